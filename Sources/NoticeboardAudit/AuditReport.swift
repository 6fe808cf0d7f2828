import NoticeboardModel

/// The audit of a whole site as of a date: every finding, sorted by body, meeting, agenda item and rule,
/// and every body's and region's openness score.
public struct AuditReport: Sendable {
    /// The date the audit was computed as of.
    public let asOf: CalendarDate
    /// Sorted by body, meeting (body findings first), agenda item (in agenda order), rule.
    public let findings: [Finding]
    /// Body slug → openness score, 0 to 100.
    public let scores: [String: Int]
    /// Region slug → the mean of its bodies' scores.
    public let regionScores: [String: Int]
    /// The enabled rules, in the registry's order, with the settings they ran with.
    public let rules: [(rule: any AuditRule, settings: RuleSettings)]

    private let findingsByBody: [String: [Finding]]

    /// Runs the enabled rules over every body of the site.
    public init(site: Site, asOf: CalendarDate, rules: [any AuditRule] = AuditRegistry.rules) {
        self.asOf = asOf
        let enabled = rules.map { ($0, $0.settings(in: site.settings)) }.filter { $0.1.enabled }
        self.rules = enabled
        var findings: [Finding] = []
        var scores: [String: Int] = [:]
        for body in site.bodies {
            let audited = AuditedBody(body, in: site, asOf: asOf)
            let found = enabled.flatMap { rule, settings in rule.findings(for: audited, settings: settings) }
            findings += Self.sorted(found, meetings: audited.meetings)
            scores[body.slug] = OpennessScore.score(found, meetingsHeld: audited.meetingsDue.count)
        }
        self.findings = findings
        self.scores = scores
        self.regionScores = Dictionary(grouping: site.bodies, by: \.region).compactMapValues { bodies in
            OpennessScore.regionScore(bodies.compactMap { scores[$0.slug] })
        }
        self.findingsByBody = Dictionary(grouping: findings, by: \.body)
    }

    /// One body's findings, sorted.
    public func findings(of body: String) -> [Finding] { findingsByBody[body] ?? [] }

    /// One meeting's findings (including those about its items), sorted.
    public func findings(of body: String, meeting: String) -> [Finding] {
        findings(of: body).filter { $0.meeting == meeting }
    }

    /// How many findings there are of each severity.
    public var counts: [Finding.Severity: Int] {
        Dictionary(grouping: findings, by: \.severity).mapValues(\.count)
    }

    /// True when a finding at or above the severity exists.
    public func hasFinding(atLeast severity: Finding.Severity) -> Bool {
        findings.contains { $0.severity >= severity }
    }

    /// One body's findings sorted by meeting (body findings first), agenda item (in agenda order, papers on no
    /// item first), rule id, then the order the rule found them (a body's gaps in date order).
    private static func sorted(_ findings: [Finding], meetings: [Meeting]) -> [Finding] {
        let itemOrder = Dictionary(uniqueKeysWithValues: meetings.map { meeting in
            (meeting.folder, Dictionary(meeting.items.enumerated().map { ($1.number, $0) }, uniquingKeysWith: { first, _ in first }))
        })
        func key(_ finding: Finding) -> (String, Int, String) {
            let position = finding.item.map { itemOrder[finding.meeting ?? ""]?[$0] ?? Int.max } ?? -1
            return (finding.meeting ?? "", position, finding.rule)
        }
        return findings.enumerated().sorted { a, b in
            let (ka, kb) = (key(a.element), key(b.element))
            return ka != kb ? ka < kb : a.offset < b.offset
        }.map(\.element)
    }
}
