import NoticeboardModel

/// Reads `noticeboard.yml`. A site without one gets the defaults (built-in kinds and regions).
enum SettingsParser {
    static let path = "noticeboard.yml"

    static func parse(from files: FileSystem, log: DiagnosticLog) -> SiteSettings {
        var settings = SiteSettings()
        guard files.exists(path), let fields = ContentFile.readYAML(path, from: files, log: log) else { return settings }
        defer { fields.finish() }
        if let title = fields.string("title") { settings.title = title }
        settings.description = fields.string("description")
        if let base = fields.url("base_url") { settings.baseURL = base.hasSuffix("/") ? base : base + "/" }
        if let language = fields.string("language") { settings.language = language }
        settings.asOf = fields.date("as_of")
        settings.licence = fields.string("licence")
        for (slug, (name, at)) in fields.stringMap("regions") {
            guard Slug.isValid(slug) else {
                log.error("region '\(slug)' must be a lower-case-kebab slug", at: at)
                continue
            }
            settings.regions[slug] = Region(slug: slug, name: name)
        }
        let voice = fields.stringList("public_voice")
        if fields.has("public_voice") {
            settings.publicVoice = Set(voice.compactMap { value, at in
                if let r = Representation(rawValue: value) { return r }
                let allowed = Representation.allCases.map(\.rawValue)
                log.error("unknown represents '\(value)'\(DidYouMean.hint(for: value, among: allowed)) (expected \(allowed.joined(separator: ", ")))", at: at)
                return nil
            })
        }
        let kinds = fields.map("kinds") { slug, kind in readKind(slug, kind, base: settings.kinds[slug], log: log) }
        settings.kinds.merge(kinds) { _, new in new }
        if let audit = fields.nested("audit") {
            settings.auditRules = audit.map("rules") { _, rule in
                AuditRuleSetting(enabled: rule.bool("enabled") ?? true, severity: rule.enumeration("severity", SeverityName.self)?.rawValue,
                                 days: rule.integer("days", in: 0...3650), source: rule.location)
            }
            audit.finish()
        }
        settings.extra = fields.extra()
        return settings
    }

    private static func readKind(_ slug: String, _ fields: FieldReader, base: BodyKind?, log: DiagnosticLog) -> BodyKind? {
        guard Slug.isValid(slug) else {
            log.error("kind '\(slug)' must be a lower-case-kebab slug", at: fields.location)
            return nil
        }
        var kind = base ?? BodyKind(slug: slug, name: slug, publicBody: false, dutyToPublish: false, meetsInPublic: false,
                                    basis: "No duty is known")
        if let name = fields.string("name") { kind.name = name }
        if let v = fields.bool("public_body") { kind.publicBody = v }
        if let v = fields.bool("duty_to_publish") { kind.dutyToPublish = v }
        if let v = fields.bool("meets_in_public") { kind.meetsInPublic = v }
        if fields.has("notice_days") { kind.noticeDays = fields.integer("notice_days", in: 0...365) }
        if let v = fields.bool("elected_members") { kind.electedMembers = v }
        if let basis = fields.string("basis") { kind.basis = basis }
        if let required = fields.nested("required_members") {
            kind.requiredMembers = [:]
            for group in required.keys {
                guard let representation = Representation(rawValue: group) else {
                    let allowed = Representation.allCases.map(\.rawValue)
                    required.accept(group)
                    log.error("unknown represents '\(group)'\(DidYouMean.hint(for: group, among: allowed)) (expected \(allowed.joined(separator: ", ")))",
                              at: required.location(ofKey: group) ?? required.location)
                    continue
                }
                if let count = required.integer(group, in: 0...100) { kind.requiredMembers[representation] = count }
            }
            required.finish()
        }
        return kind
    }

    /// The severities a rule can be re-graded to in `audit: {rules: {<rule-id>: {severity: …}}}`.
    enum SeverityName: String, CaseIterable { case error, warning, info }
}
