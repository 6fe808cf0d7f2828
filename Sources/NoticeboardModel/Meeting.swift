/// One meeting of a body: its agenda (front matter), minutes (Markdown) and papers (files beside it).
public struct Meeting: Hashable, Sendable {
    public enum Status: String, CaseIterable, Sendable, Codable { case scheduled, held, cancelled }
    public enum Session: String, CaseIterable, Sendable, Codable {
        case `public`, `private`, partPrivate = "part-private"
    }

    /// The body's slug (the folder above the meeting's).
    public var body: String
    /// The folder name: `2026-03-12` or `2026-03-12-extraordinary`; unique within the body and used in URLs.
    public var folder: String
    public var date: CalendarDate
    public var title: String?
    public var status: Status
    public var session: Session
    public var location: String?
    public var noticePublished: CalendarDate?
    public var agendaPublished: CalendarDate?
    public var minutesPublished: CalendarDate?
    public var publicQuestions: Bool?
    public var webcast: String?
    public var attendees: [Person]
    public var apologies: [Person]
    public var items: [AgendaItem]
    public var minutes: MarkdownDocument
    public var papers: [Paper]
    public var extra: [String: FieldValue]
    public var source: SourceLocation

    public init(body: String, folder: String, date: CalendarDate, title: String? = nil, status: Status = .held,
                session: Session = .public, location: String? = nil, noticePublished: CalendarDate? = nil,
                agendaPublished: CalendarDate? = nil, minutesPublished: CalendarDate? = nil, publicQuestions: Bool? = nil,
                webcast: String? = nil, attendees: [Person] = [], apologies: [Person] = [], items: [AgendaItem] = [],
                minutes: MarkdownDocument = .empty, papers: [Paper] = [], extra: [String: FieldValue] = [:],
                source: SourceLocation) {
        self.body = body; self.folder = folder; self.date = date; self.title = title; self.status = status
        self.session = session; self.location = location; self.noticePublished = noticePublished
        self.agendaPublished = agendaPublished; self.minutesPublished = minutesPublished
        self.publicQuestions = publicQuestions; self.webcast = webcast; self.attendees = attendees
        self.apologies = apologies; self.items = items; self.minutes = minutes; self.papers = papers
        self.extra = extra; self.source = source
    }

    /// The paper with this slug, if the meeting has one.
    public func paper(_ slug: String) -> Paper? { papers.first { $0.slug == slug } }
}

/// A person named in a meeting's attendance or apologies.
public struct Person: Hashable, Sendable {
    public var name: String
    public var role: String?
    public init(name: String, role: String? = nil) { self.name = name; self.role = role }
}

/// One line of an agenda.
public struct AgendaItem: Hashable, Sendable {
    /// As written: `4`, `4a`, `2.1`.
    public var number: String
    public var title: String
    /// The slug of a paper in the meeting's folder.
    public var paper: String?
    public var isPrivate: Bool
    /// The stated reason an item was taken in private.
    public var exemption: String?
    public var source: SourceLocation

    public init(number: String, title: String, paper: String? = nil, isPrivate: Bool = false,
                exemption: String? = nil, source: SourceLocation) {
        self.number = number; self.title = title; self.paper = paper; self.isPrivate = isPrivate
        self.exemption = exemption; self.source = source
    }
}
