import NoticeboardModel

/// The `/data/` page: the data files, their fields and licence, and the feeds and calendars.
public struct DataPageView: Sendable, Encodable {
    public let layout: LayoutView
    public let licence: String?
    public let asOf: DateView
    public let tables: [DataTableView]
    public let popoloHref: String
    public let popoloSchemaHref: String
    public let popoloCounts: String
    public let findings: DataFindingsView
    public let feedHref: String
    public let calendarHref: String?
    public let feedLimit: Int
    public let bodies: [FollowLinksView]
}

/// One data table's files and fields.
public struct DataTableView: Sendable, Encodable {
    public let name: String
    public let title: String
    public let description: String
    public let recordCount: Int
    public let jsonHref: String
    public let csvHref: String
    public let schemaHref: String
    public let fields: [DataFieldView]
    /// An id for the table's section on the page (`dataset-agenda-items`).
    public let anchor: String
}

public struct DataFieldView: Sendable, Encodable {
    public let name: String
    /// In words: "text", "date (YYYY-MM-DD)".
    public let type: String
    public let description: String
    /// "One of: held, scheduled, cancelled", if it is an enumeration.
    public let allowedValues: String?
    public let optional: Bool
}

/// A body's feed and calendar.
public struct FollowLinksView: Sendable, Encodable {
    public let name: String
    public let href: String
    public let feedHref: String
    public let calendarHref: String?
}

/// A `<link rel="alternate">` in a page's head (a feed, a calendar).
public struct AlternateLinkView: Sendable, Encodable {
    public let type: String
    public let title: String
    public let href: String
}

/// The audit's findings files: the shape `noticeboard audit --format json` prints, with its schema.
public struct DataFindingsView: Sendable, Encodable {
    public let count: Int
    public let jsonHref: String
    public let csvHref: String
    public let schemaHref: String
    public let gapsHref: String
}
