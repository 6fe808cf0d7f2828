/// `noticeboard.yml`: the site's title, address, language, as-of date, kinds, regions and audit settings.
public struct SiteSettings: Hashable, Sendable {
    public var title: String
    public var description: String?
    /// Where the site will be published, ending in `/`; may carry a path (`https://example.github.io/northshire/`).
    public var baseURL: String
    public var language: String
    /// The date the audit is computed as of, unless `--as-of` says otherwise.
    public var asOf: CalendarDate?
    /// The licence of the open data, shown on `/data/`.
    public var licence: String?
    public var kinds: [String: BodyKind]
    public var regions: [String: Region]
    public var publicVoice: Set<Representation>
    /// Per-rule settings for the audit, keyed by rule id.
    public var auditRules: [String: AuditRuleSetting]
    public var extra: [String: FieldValue]
    public var source: SourceLocation

    public init(title: String = "Noticeboard", description: String? = nil, baseURL: String = "/",
                language: String = "en-GB", asOf: CalendarDate? = nil, licence: String? = nil,
                kinds: [String: BodyKind] = Dictionary(uniqueKeysWithValues: BodyKind.builtIn.map { ($0.slug, $0) }),
                regions: [String: Region] = Dictionary(uniqueKeysWithValues: Region.builtIn.map { ($0.slug, $0) }),
                publicVoice: Set<Representation> = Representation.defaultPublicVoice,
                auditRules: [String: AuditRuleSetting] = [:], extra: [String: FieldValue] = [:],
                source: SourceLocation = SourceLocation(path: "noticeboard.yml")) {
        self.title = title; self.description = description; self.baseURL = baseURL; self.language = language
        self.asOf = asOf; self.licence = licence; self.kinds = kinds; self.regions = regions
        self.publicVoice = publicVoice; self.auditRules = auditRules; self.extra = extra; self.source = source
    }
}

/// A rule's settings in `noticeboard.yml` (`audit: {rules: {minutes-missing: {severity: warning, days: 90}}}`).
public struct AuditRuleSetting: Hashable, Sendable {
    public var enabled: Bool
    /// `error`, `warning` or `info`; nil keeps the rule's default.
    public var severity: String?
    /// The rule's threshold in days, where it has one.
    public var days: Int?
    public var source: SourceLocation

    public init(enabled: Bool = true, severity: String? = nil, days: Int? = nil, source: SourceLocation) {
        self.enabled = enabled; self.severity = severity; self.days = days; self.source = source
    }
}
