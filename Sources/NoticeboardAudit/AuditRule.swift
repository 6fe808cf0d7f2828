import NoticeboardModel

/// One check of the transparency audit (SPEC.md, "The transparency audit"). Each rule is a type of its own
/// under `Rules/`, listed once in `AuditRegistry`; a site switches it off, re-grades it or changes its
/// threshold in `noticeboard.yml` (`audit: {rules: {<id>: {enabled, severity, days}}}`).
public protocol AuditRule: Sendable {
    /// Stable kebab-case id, used in `noticeboard.yml`, the JSON and CSV and the site (`minutes-missing`).
    var id: String { get }
    /// A short name for headings and badges (`Minutes missing`).
    var title: String { get }
    /// What a finding concerns: the body, one of its meetings, or an agenda item of a meeting.
    var subject: AuditSubject { get }
    /// The severity of a finding where the body has the duty the rule rests on.
    var defaultSeverity: Finding.Severity { get }
    /// The rule's threshold in days, for rules that have one; nil for rules that take no `days`.
    var defaultDays: Int? { get }
    /// For a rule that takes no `days` but has a threshold set elsewhere, where (told to a site that sets `days`).
    var thresholdElsewhere: String? { get }
    /// When the rule finds something, in one sentence for readers, with the settings it runs with.
    func summary(_ settings: RuleSettings) -> String
    /// The findings about one body and its meetings.
    func findings(for body: AuditedBody, settings: RuleSettings) -> [Finding]
}

/// What a rule's findings are about.
public enum AuditSubject: String, Sendable {
    case body, meeting, item
}

/// The settings a rule runs with: its defaults, changed by `noticeboard.yml`.
public struct RuleSettings: Hashable, Sendable {
    /// False when `noticeboard.yml` switches the rule off.
    public var enabled: Bool
    /// The severity where the body has the duty the rule rests on.
    public var severity: Finding.Severity
    /// The threshold in days, for rules that have one.
    public var days: Int?

    public init(enabled: Bool = true, severity: Finding.Severity, days: Int? = nil) {
        self.enabled = enabled; self.severity = severity; self.days = days
    }
}

extension AuditRule {
    /// No other place, unless a rule says so.
    public var thresholdElsewhere: String? { nil }

    /// The settings this rule runs with on a site: `noticeboard.yml` over the rule's defaults.
    public func settings(in site: SiteSettings) -> RuleSettings {
        let written = site.auditRules[id]
        return RuleSettings(enabled: written?.enabled ?? true,
                            severity: written?.severity.flatMap(Finding.Severity.init(rawValue:)) ?? defaultSeverity,
                            days: defaultDays.map { written?.days ?? $0 })
    }

    /// A finding of this rule about the body, or one of its meetings, items or papers.
    func finding(_ body: AuditedBody, _ grade: Grade, meeting: Meeting? = nil, item: String? = nil, paper: String? = nil,
                 message: String) -> Finding {
        Finding(rule: id, severity: grade.severity, body: body.body.slug, meeting: meeting?.folder, item: item,
                paper: paper, message: message, basis: grade.basis)
    }
}

/// A rule whose findings are about single meetings: it is asked about each held meeting that is due
/// (dated on or before the as-of date); scheduled and cancelled meetings are never due anything.
protocol MeetingRule: AuditRule {
    func findings(for meeting: Meeting, of body: AuditedBody, settings: RuleSettings) -> [Finding]
}

extension MeetingRule {
    /// The findings about each of the body's meetings that are due.
    public func findings(for body: AuditedBody, settings: RuleSettings) -> [Finding] {
        body.meetingsDue.flatMap { findings(for: $0, of: body, settings: settings) }
    }
}
