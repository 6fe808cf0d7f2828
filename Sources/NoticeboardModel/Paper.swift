/// A board paper: a Markdown file, or a PDF with optional `<paper>.yml` details, in a meeting's folder.
public struct Paper: Hashable, Sendable {
    public enum Status: String, CaseIterable, Sendable, Codable {
        case published, withheld, notPublished = "not-published"
    }
    public enum Format: String, Sendable, Codable { case markdown, pdf }

    public var slug: String
    public var body: String
    public var meeting: String
    public var title: String
    public var item: String?
    public var author: String?
    public var published: CalendarDate?
    public var status: Status
    public var withheldReason: String?
    public var format: Format
    /// For Markdown papers, the paper; for PDF papers, the text extracted from it.
    public var content: MarkdownDocument
    /// For PDF papers: the file's path relative to the site root, its size in bytes and page count when known.
    public var file: PaperFile?
    public var extra: [String: FieldValue]
    public var source: SourceLocation

    public init(slug: String, body: String, meeting: String, title: String, item: String? = nil, author: String? = nil,
                published: CalendarDate? = nil, status: Status = .published, withheldReason: String? = nil,
                format: Format = .markdown, content: MarkdownDocument = .empty, file: PaperFile? = nil,
                extra: [String: FieldValue] = [:], source: SourceLocation) {
        self.slug = slug; self.body = body; self.meeting = meeting; self.title = title; self.item = item
        self.author = author; self.published = published; self.status = status; self.withheldReason = withheldReason
        self.format = format; self.content = content; self.file = file; self.extra = extra; self.source = source
    }
}

/// The original file behind a PDF paper.
public struct PaperFile: Hashable, Sendable {
    public var path: String
    public var size: Int
    public var pages: Int?
    public init(path: String, size: Int, pages: Int? = nil) { self.path = path; self.size = size; self.pages = pages }
}

/// A free page such as `about` or `methodology`.
public struct Page: Hashable, Sendable {
    public var slug: String
    public var title: String
    public var description: String?
    public var content: MarkdownDocument
    public var extra: [String: FieldValue]
    public var source: SourceLocation

    public init(slug: String, title: String, description: String? = nil, content: MarkdownDocument,
                extra: [String: FieldValue] = [:], source: SourceLocation) {
        self.slug = slug; self.title = title; self.description = description; self.content = content
        self.extra = extra; self.source = source
    }
}

/// Markdown converted once: safe HTML for pages, plain text for search and descriptions, headings for anchors.
public struct MarkdownDocument: Hashable, Sendable {
    public struct Heading: Hashable, Sendable {
        public var level: Int
        public var text: String
        public var id: String
        public init(level: Int, text: String, id: String) { self.level = level; self.text = text; self.id = id }
    }

    public var html: String
    public var text: String
    public var headings: [Heading]
    /// The first paragraph as plain text, for page descriptions and result snippets.
    public var summary: String

    public init(html: String, text: String, headings: [Heading] = [], summary: String? = nil) {
        self.html = html; self.text = text; self.headings = headings
        self.summary = summary ?? text
    }

    public static let empty = MarkdownDocument(html: "", text: "")
    public var isEmpty: Bool { text.allSatisfy(\.isWhitespace) }
}
