import NoticeboardModel

/// An Atom 1.0 feed (RFC 4287). Every date comes from the records (see `RecordDates`); entry ids are stable.
public struct AtomFeed: Sendable {
    public struct Category: Sendable {
        public var term: String
        public var label: String
        public var scheme: String?
        public init(term: String, label: String, scheme: String? = nil) { self.term = term; self.label = label; self.scheme = scheme }
    }

    public struct Entry: Sendable {
        /// A permanent, universally unique IRI: the same in every build.
        public var id: String
        public var title: String
        /// The entry's page.
        public var link: String
        public var updated: CalendarDate
        public var published: CalendarDate?
        public var author: String
        public var categories: [Category]
        /// Plain text.
        public var summary: String
        /// HTML that Noticeboard made safe; relative links in it resolve against `link` (through `xml:base`).
        public var contentHTML: String?

        public init(id: String, title: String, link: String, updated: CalendarDate, published: CalendarDate? = nil,
                    author: String, categories: [Category] = [], summary: String, contentHTML: String? = nil) {
            self.id = id; self.title = title; self.link = link; self.updated = updated; self.published = published
            self.author = author; self.categories = categories; self.summary = summary; self.contentHTML = contentHTML
        }
    }

    public var id: String
    public var title: String
    public var subtitle: String?
    /// Where the feed itself lives (`rel="self"`).
    public var selfLink: String
    /// The page the feed follows (`rel="alternate"`).
    public var pageLink: String
    public var language: String
    public var author: String
    /// Used only when there are no entries to take the date from.
    public var emptyUpdated: CalendarDate
    public var entries: [Entry]

    public init(id: String, title: String, subtitle: String? = nil, selfLink: String, pageLink: String, language: String,
                author: String, emptyUpdated: CalendarDate, entries: [Entry]) {
        self.id = id; self.title = title; self.subtitle = subtitle; self.selfLink = selfLink; self.pageLink = pageLink
        self.language = language; self.author = author; self.emptyUpdated = emptyUpdated; self.entries = entries
    }

    /// The feed's `updated`: its newest entry's.
    public var updated: CalendarDate { entries.map(\.updated).max() ?? emptyUpdated }

    /// The order of a feed's entries: newest first, ties by id (so the order never depends on anything but the records).
    public static func isNewer(_ entry: Entry, than other: Entry) -> Bool {
        (entry.updated, other.id) > (other.updated, entry.id)
    }

    public var xml: String {
        let x = Escaping.xml
        var out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        out += "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"\(x(language))\">\n"
        out += "  <id>\(x(id))</id>\n"
        out += "  <title type=\"text\">\(x(title))</title>\n"
        if let subtitle { out += "  <subtitle type=\"text\">\(x(subtitle))</subtitle>\n" }
        out += "  <updated>\(updated.rfc3339)</updated>\n"
        out += "  <link rel=\"self\" type=\"application/atom+xml\" href=\"\(x(selfLink))\"/>\n"
        out += "  <link rel=\"alternate\" type=\"text/html\" href=\"\(x(pageLink))\"/>\n"
        out += "  <author><name>\(x(author))</name></author>\n"
        out += "  <generator>Noticeboard</generator>\n"
        for entry in entries {
            out += "  <entry>\n"
            out += "    <id>\(x(entry.id))</id>\n"
            out += "    <title type=\"text\">\(x(entry.title))</title>\n"
            out += "    <link rel=\"alternate\" type=\"text/html\" href=\"\(x(entry.link))\"/>\n"
            out += "    <updated>\(entry.updated.rfc3339)</updated>\n"
            if let published = entry.published { out += "    <published>\(min(published, entry.updated).rfc3339)</published>\n" }
            out += "    <author><name>\(x(entry.author))</name></author>\n"
            for category in entry.categories {
                out += "    <category term=\"\(x(category.term))\" label=\"\(x(category.label))\""
                out += (category.scheme.map { " scheme=\"\(x($0))\"" } ?? "") + "/>\n"
            }
            out += "    <summary type=\"text\">\(x(entry.summary))</summary>\n"
            if let html = entry.contentHTML {
                out += "    <content type=\"html\" xml:base=\"\(x(entry.link))\">\(x(html))</content>\n"
            }
            out += "  </entry>\n"
        }
        return out + "</feed>\n"
    }
}
