import NoticeboardModel

/// One thing the audit found missing: which rule found it, how much it matters, what it concerns,
/// a sentence a reader understands, and the duty or guidance it rests on.
public struct Finding: Hashable, Sendable {
    /// How much a finding matters. `error` is kept for what a known duty requires.
    public enum Severity: String, CaseIterable, Sendable, Comparable, Codable {
        case info, warning, error

        /// `info` < `warning` < `error`.
        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }

        private var rank: Int {
            switch self {
            case .info: return 0
            case .warning: return 1
            case .error: return 2
            }
        }
    }

    /// The rule's stable id (`minutes-missing`).
    public var rule: String
    public var severity: Severity
    /// The body's slug.
    public var body: String
    /// The meeting's folder name (`2026-03-12`), when the finding concerns a meeting.
    public var meeting: String?
    /// The agenda item's number as written (`4a`), when the finding concerns an item.
    public var item: String?
    /// The paper's slug, when the finding concerns a paper.
    public var paper: String?
    /// One plain sentence for a reader.
    public var message: String
    /// Why this is expected, with its source, or that no duty is known.
    public var basis: String

    public init(rule: String, severity: Severity, body: String, meeting: String? = nil, item: String? = nil,
                paper: String? = nil, message: String, basis: String) {
        self.rule = rule; self.severity = severity; self.body = body; self.meeting = meeting; self.item = item
        self.paper = paper; self.message = message; self.basis = basis
    }
}

extension Finding {
    /// The basis of a publication finding about a body with no duty to publish (SPEC.md, "Fairness").
    public static let noDutyToPublish = "no duty to publish is known"
    /// The basis of a finding about a meeting in private where the body need not meet in public.
    public static let noDutyToMeetInPublic = "no duty to meet in public is known"
}
