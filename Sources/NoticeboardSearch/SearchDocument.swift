import NoticeboardModel

/// One thing a reader can find: a meeting (agenda and minutes), a paper, a body or a free page,
/// reduced to the fields the index weighs and the facets it filters by.
public struct SearchDocument: Hashable, Sendable {
    /// The document type, also a search filter (`type`).
    public enum DocumentType: String, CaseIterable, Sendable {
        case meeting, paper, body, page
    }

    /// A facet value: a stable slug to filter by and a name to show.
    public struct Label: Hashable, Sendable {
        public var slug: String
        public var name: String
        public init(slug: String, name: String) { self.slug = slug; self.name = name }
    }

    /// The page's path relative to the site root, as a directory (`bodies/northshire-icb/2026-03-12/`).
    public var url: String
    public var type: DocumentType
    public var title: String
    /// Headings and agenda item titles: weighted above the text, below the title.
    public var headings: [String]
    /// Everything else a reader may search for, in reading order; snippets are cut from it.
    public var text: String
    /// The body the document belongs to (a body document belongs to itself; pages to none).
    public var body: Label?
    public var kind: Label?
    public var region: Label?
    public var date: CalendarDate?
    /// Whether the audit found something about this document; nil until an audit sets it.
    public var hasFindings: Bool?

    public init(url: String, type: DocumentType, title: String, headings: [String] = [], text: String,
                body: Label? = nil, kind: Label? = nil, region: Label? = nil, date: CalendarDate? = nil,
                hasFindings: Bool? = nil) {
        self.url = url; self.type = type; self.title = title; self.headings = headings; self.text = text
        self.body = body; self.kind = kind; self.region = region; self.date = date; self.hasFindings = hasFindings
    }
}
