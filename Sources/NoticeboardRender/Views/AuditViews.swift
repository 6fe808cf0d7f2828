import NoticeboardModel

/// One finding of the audit as a reader sees it.
public struct FindingView: Sendable, Encodable {
    /// The rule's id (`minutes-missing`) and short name (`Minutes missing`).
    public let rule: String
    public let ruleTitle: String
    /// `error`, `warning` or `info`, with its tag (the tag's text says the severity too).
    public let severity: String
    public let tag: TagView
    // Where the finding applies, for lists that span bodies or meetings; nil where the page already says.
    // (Named apart from the pages' own `body` and `meeting`: Mustache looks a missing name up in the page.)
    public let bodyLink: LinkView?
    public let meetingLink: LinkView?
    /// `Item 4`, linked to its row of the agenda.
    public let itemLink: LinkView?
    public let paperLink: LinkView?
    public let message: String
    /// The duty or guidance it rests on, or that none is known; starts with a capital letter.
    public let basis: String
    /// The element id on pages where badges link to it (`finding-2`), else nil.
    public let elementID: String?
}

/// The findings shown together on one page or under one heading.
public struct FindingsView: Sendable, Encodable {
    public let findings: [FindingView]
    public let hasFindings: Bool
    /// `2 errors, 1 warning and 3 for information`, or `No gaps found`.
    public let summary: String
    public let asOf: DateView
    /// The gaps page's account of the rules and the score.
    public let methodHref: String
}

/// A badge on an agenda item: one finding about it, linked to the finding in the meeting's banner.
public struct FindingBadgeView: Sendable, Encodable {
    public let text: String
    public let tone: String
    public let href: String
}

/// An openness score, 0 to 100, with words and a tone (the words carry the meaning; colour only repeats it).
public struct ScoreView: Sendable, Encodable {
    public let value: Int
    /// `72 out of 100`.
    public let text: String
    public let tone: String
}

/// A rule with its findings (the gaps page's "by rule").
public struct RuleFindingsView: Sendable, Encodable {
    public let id: String
    public let title: String
    public let summary: String
    public let severity: String
    public let count: Int
    public let errors: Int
    public let warnings: Int
    public let infos: Int
    public let findings: FindingsView
}

/// A body with its score and findings (the gaps page's "by body", a region's gaps).
public struct BodyFindingsView: Sendable, Encodable {
    public let name: String
    public let href: String
    public let region: String
    public let score: ScoreView
    public let count: Int
    public let findings: FindingsView
}

/// A chart drawn at build time as inline SVG. The SVG is decorative: the page gives the same numbers as text.
public struct ChartView: Sendable, Encodable {
    public let svg: String
}

/// `/gaps/`: every finding by rule and by body, the charts, the score's formula, the downloads.
public struct GapsView: Sendable, Encodable {
    public let layout: LayoutView
    public let asOf: DateView
    public let total: Int
    public let errors: Int
    public let warnings: Int
    public let infos: Int
    public let bodiesWithFindings: Int
    public let rules: [RuleFindingsView]
    public let rulesChart: ChartView
    public let bodies: [BodyFindingsView]
    public let scoresChart: ChartView
    public let scoreExplanation: [String]
    public let jsonHref: String
    public let csvHref: String
}

/// The home page's summary of the worst gaps.
public struct GapsSummaryView: Sendable, Encodable {
    public let href: String
    public let asOf: DateView
    public let total: Int
    public let errors: Int
    public let warnings: Int
    public let infos: Int
    /// The bodies with the lowest scores, worst first.
    public let worstBodies: [BodyFindingsView]
    public let hasWorstBodies: Bool
}
