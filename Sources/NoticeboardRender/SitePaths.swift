import NoticeboardModel

/// Where each record's page lives, as a path relative to the site root (`bodies/northshire-icb/`).
/// Directory paths end in `/` and are written as `<path>index.html`.
public enum SitePaths {
    public static let home = ""
    public static let bodies = "bodies/"
    public static let regions = "regions/"
    public static let notFound = "404.html"
    public static let sitemap = "sitemap.xml"
    public static let stylesheet = "assets/style.css"
    /// Every finding of the transparency audit, by rule and by body.
    public static let gaps = "gaps/"
    /// The `/data/` page; the data files sit beside it.
    public static let data = "data/"
    /// The audit's findings and scores, in the shape `noticeboard audit --format json` prints.
    public static let findingsJSON = "data/findings.json"
    public static let findingsCSV = "data/findings.csv"
    public static let findingsSchema = "data/findings.schema.json"
    public static let search = "search/"
    /// The search index's folder (docs/search-index-format.md).
    public static let searchIndex = "search-index/"

    public static func body(_ slug: String) -> String { "bodies/\(slug)/" }
    public static func meeting(_ meeting: Meeting) -> String { Self.meeting(body: meeting.body, folder: meeting.folder) }
    public static func meeting(body: String, folder: String) -> String { "bodies/\(body)/\(folder)/" }
    public static func paper(_ paper: Paper) -> String { "bodies/\(paper.body)/\(paper.meeting)/\(paper.slug)/" }
    /// A PDF paper's original file, copied beside its page.
    public static func paperFile(_ paper: Paper) -> String { "\(Self.paper(paper))\(paper.slug).pdf" }
    public static func region(_ slug: String) -> String { "regions/\(slug)/" }
    public static func page(_ slug: String) -> String { "\(slug)/" }

    /// The file a page path is written to: `bodies/x/` → `bodies/x/index.html`.
    public static func file(for path: String) -> String { path.isEmpty || path.hasSuffix("/") ? path + "index.html" : path }

    /// The page path a file is written for, the inverse of `file(for:)`: `bodies/x/index.html` → `bodies/x/`.
    public static func path(ofFile file: String) -> String {
        file == "index.html" || file.hasSuffix("/index.html") ? String(file.dropLast("index.html".count)) : file
    }
}

/// Turns site paths into links from one page to another: relative, so the site works under any base path
/// and from disk; in portable builds directory links name their `index.html`.
public struct Linker: Sendable {
    /// The page the links are written on.
    public let page: String
    public let portable: Bool
    /// For pages served at any address (404.html): the base path links start from, instead of relative ones.
    public let absoluteBase: String?
    /// `../../` from `bodies/x/` to the root; `./` from the root itself (made once: every link starts with it).
    public let root: String

    public init(page: String, portable: Bool = false, absoluteBase: String? = nil) {
        self.page = page
        self.portable = portable
        self.absoluteBase = absoluteBase
        if let absoluteBase {
            root = absoluteBase
        } else {
            let depth = Self.segments(page) - (page.hasSuffix("/") || page.isEmpty ? 0 : 1)
            root = depth == 0 ? "./" : String(repeating: "../", count: depth)
        }
    }

    /// How many non-empty parts `/` divides the path into, counted on its bytes: splitting it as a `String`
    /// compared every character with `/` (about 17,000 instructions a page).
    private static func segments(_ path: String) -> Int {
        var count = 0
        var previous = UInt8(ascii: "/")
        for byte in path.utf8 {
            if previous == UInt8(ascii: "/") && byte != UInt8(ascii: "/") { count += 1 }
            previous = byte
        }
        return count
    }

    public func href(_ target: String) -> String {
        let file = portable && (target.isEmpty || target.hasSuffix("/")) ? target + "index.html" : target
        return root == "./" && !file.isEmpty ? file : root + file
    }
}
