import NoticeboardModel

/// A body in a list (home, `/bodies/`, a region).
public struct BodySummaryView: Sendable, Encodable {
    public let name: String
    public let href: String
    public let kind: String
    public let region: String
    public let meetingCount: Int
    public let lastMeeting: DateView?
    public let dissolved: DateView?
    public let score: ScoreView
}

/// A group of bodies under a heading (a region, a kind).
public struct BodyGroupView: Sendable, Encodable {
    public let name: String
    public let href: String?
    public let bodies: [BodySummaryView]
}

public struct MemberView: Sendable, Encodable {
    public let name: String
    public let role: String?
    public let organisation: String?
    public let represents: String
    public let isPublicVoice: Bool
    public let voting: String
    public let from: DateView?
    public let to: DateView?
}

/// How many seats each `represents` group holds, with a bar drawn at build time.
public struct RepresentationView: Sendable, Encodable {
    public struct Row: Sendable, Encodable {
        public let group: String
        public let count: Int
        public let isPublicVoice: Bool
        /// A small square of the group's colour in the bar.
        public let swatch: String
    }
    public let rows: [Row]
    public let total: Int
    public let publicVoiceCount: Int
    /// An inline SVG bar (decorative: the rows give the same numbers in text).
    public let svg: String
}

/// A meeting in a list.
public struct MeetingSummaryView: Sendable, Encodable {
    public let href: String
    public let title: String
    public let body: String
    public let bodyHref: String
    public let date: DateView
    public let status: TagView
    public let session: TagView
    public let paperCount: Int
}

public struct YearGroupView: Sendable, Encodable {
    public let year: Int
    public let meetings: [MeetingSummaryView]
}

public struct PersonView: Sendable, Encodable {
    public let name: String
    public let role: String?
}

/// A link to a paper with its publication status.
public struct PaperLinkView: Sendable, Encodable {
    public let href: String
    public let title: String
    public let status: TagView
    public let isPublished: Bool
    public let format: String
}

public struct AgendaItemView: Sendable, Encodable {
    public let number: String
    public let title: String
    public let paper: PaperLinkView?
    public let isPrivate: Bool
    public let exemption: String?
    public let anchor: String
    /// The audit's findings about this item.
    public let findings: [FindingBadgeView]
}
