import NoticeboardModel

/// Reads `content/bodies/<slug>.md`.
enum BodyParser {
    static func parse(_ file: ContentFile, slug: String, settings: SiteSettings, log: DiagnosticLog) -> Body? {
        guard let fields = file.fields else { return nil }
        defer { fields.finish() }
        let name = fields.requiredString("name")
        let kind = fields.required("kind") { fields.name($0, among: Array(settings.kinds.keys), what: "kind") }
        let region = fields.required("region") { fields.name($0, among: Array(settings.regions.keys), what: "region") }
        var locations: [String: SourceLocation] = [:]
        locations["parent"] = fields.location(ofKey: "parent")
        let body = Body(
            slug: slug,
            name: name ?? slug,
            kind: kind ?? "",
            region: region ?? "",
            parent: fields.slug("parent"),
            website: fields.url("website"),
            publicBody: fields.bool("public_body"),
            dutyToPublish: fields.bool("duty_to_publish"),
            meetsInPublic: fields.bool("meets_in_public"),
            cadence: fields.enumeration("cadence", Body.Cadence.self) ?? .none,
            established: fields.date("established"),
            dissolved: fields.date("dissolved"),
            members: fields.list("members", member),
            description: MarkdownConverter.convert(file.markdown),
            extra: fields.extra(),
            source: file.location,
            fieldLocations: locations
        )
        if let established = body.established, let dissolved = body.dissolved, dissolved < established {
            log.error("'dissolved' (\(dissolved)) is before 'established' (\(established))", at: fields.location(ofKey: "dissolved") ?? file.location)
        }
        return name == nil || kind == nil || region == nil ? nil : body
    }

    static func member(_ fields: FieldReader) -> Member? {
        let name = fields.requiredString("name")
        let represents = fields.required("represents") { fields.enumeration($0, Representation.self) }
        let member = Member(name: name ?? "", role: fields.string("role"), organisation: fields.string("organisation"),
                            represents: represents ?? .independent, voting: fields.bool("voting") ?? true,
                            from: fields.date("from"), to: fields.date("to"))
        if let from = member.from, let to = member.to, to < from {
            fields.log.error("'to' (\(to)) is before 'from' (\(from))", at: fields.location(ofKey: "to") ?? fields.location)
        }
        guard name != nil, represents != nil else { return nil }
        return member
    }
}
