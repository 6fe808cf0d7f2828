import NoticeboardModel

public struct HomeView: Sendable, Encodable {
    public let layout: LayoutView
    public let intro: String?
    public let bodyCount: Int
    public let meetingCount: Int
    public let paperCount: Int
    public let regions: [BodyGroupView]
    public let latestMeetings: [MeetingSummaryView]
    public let hasLatest: Bool
    public let upcomingMeetings: [MeetingSummaryView]
    public let hasUpcoming: Bool
    public let pages: [LinkView]
    /// The worst gaps the audit found.
    public let gaps: GapsSummaryView
}

public struct BodiesView: Sendable, Encodable {
    public let layout: LayoutView
    public let regions: [BodyGroupView]
}

public struct BodyView: Sendable, Encodable {
    public let layout: LayoutView
    public let name: String
    public let kind: String
    public let kindBasis: String
    public let region: LinkView
    public let descriptionHTML: String
    public let website: String?
    public let parent: LinkView?
    public let children: [LinkView]
    public let established: DateView?
    public let dissolved: DateView?
    public let cadence: String
    public let isPublicBody: String
    public let dutyToPublish: String
    public let meetsInPublic: String
    public let currentMembers: [MemberView]
    public let pastMembers: [MemberView]
    public let representation: RepresentationView
    public let membersAsOf: DateView
    public let meetingsByYear: [YearGroupView]
    public let meetingCount: Int
    /// The body's openness score and the audit's findings about it and its meetings.
    public let score: ScoreView
    public let findings: FindingsView
    public let extra: TemplateExtra
    /// The body's Atom feed and (if it has meetings) its calendar.
    public let follow: FollowLinksView
}

public struct MeetingView: Sendable, Encodable {
    public let layout: LayoutView
    public let title: String
    public let body: LinkView
    public let date: DateView
    public let status: TagView
    public let session: TagView
    public let location: String?
    public let noticePublished: DateView?
    public let agendaPublished: DateView?
    public let minutesPublished: DateView?
    public let publicQuestions: String?
    public let webcast: String?
    public let attendees: [PersonView]
    public let apologies: [PersonView]
    public let items: [AgendaItemView]
    public let otherPapers: [PaperLinkView]
    public let minutesHTML: String
    public let hasMinutes: Bool
    public let previous: LinkView?
    public let next: LinkView?
    /// The audit's findings about the meeting and its items (the banner).
    public let findings: FindingsView
    public let extra: TemplateExtra
    /// The meeting as an iCalendar file ("Add to calendar") and the name to save it under.
    public let calendarHref: String
    public let calendarFileName: String
}

public struct PaperView: Sendable, Encodable {
    public let layout: LayoutView
    public let title: String
    public let meeting: LinkView
    public let body: LinkView
    public let item: String?
    public let itemTitle: String?
    public let author: String?
    public let published: DateView?
    public let status: TagView
    public let isPublished: Bool
    public let withheldReason: String?
    public let contentHTML: String
    public let hasContent: Bool
    public let isPDF: Bool
    public let fileHref: String?
    public let fileSize: String?
    /// "1 page", "12 pages".
    public let filePages: String?
    public let extra: TemplateExtra
}

public struct RegionsView: Sendable, Encodable {
    public let layout: LayoutView
    public let regions: [BodyGroupView]
}

public struct RegionView: Sendable, Encodable {
    public let layout: LayoutView
    public let name: String
    public let kinds: [BodyGroupView]
    public let bodyCount: Int
    /// The mean of its bodies' openness scores, and its bodies' findings.
    public let score: ScoreView
    public let gaps: [BodyFindingsView]
}

public struct FreePageView: Sendable, Encodable {
    public let layout: LayoutView
    public let title: String
    public let contentHTML: String
    public let extra: TemplateExtra
}

public struct NotFoundView: Sendable, Encodable {
    public let layout: LayoutView
}
