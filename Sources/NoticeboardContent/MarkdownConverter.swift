import CMarkGFM
import CShims
import Foundation
import NoticeboardModel
import Synchronization

/// Markdown to safe HTML and plain text with libcmark-gfm and its GFM extensions.
///
/// Safety: cmark-gfm's safe mode replaces raw HTML with a comment; links and images whose URL has any scheme
/// but http, https, mailto and tel (`javascript:`, `vbscript:`, `data:`, `file:` …) are replaced by their text. Headings get stable, unique ids.
///
/// Concurrency: Debian's libcmark-gfm adds and removes its extensions' special characters in one global table
/// around every document (upstream cmark-gfm PR #176). CShims replaces the library's function for that
/// (`CMarkSpecialCharacters.c`) so the characters are added once and never removed; when the first parse shows
/// the replacement is in effect, documents are parsed in parallel. Otherwise they are parsed one at a time
/// behind a lock. Turning a parsed tree into HTML and text always runs in parallel. A test compares parallel
/// and sequential output byte for byte.
public enum MarkdownConverter {
    private static let lock = NSLock()
    private static let parsesInParallel = Atomic<Bool>(false)
    private static let extensionNames = ["table", "strikethrough", "autolink", "tasklist", "tagfilter"]
    /// No `CMARK_OPT_VALIDATE_UTF8`: the Markdown comes from a Swift string, which is valid UTF-8, so checking it again
    /// changed nothing and cost about 1 % of a build (the parser turns a NUL into U+FFFD with or without it).
    private static let options = CMARK_OPT_DEFAULT | CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES
    nonisolated(unsafe) private static var registered = false

    /// Converts Markdown. Its headings are moved down so the highest one is `<h{topHeadingLevel}>`, to fit
    /// under the page's own headings (a paper's `# Summary` under the page's `<h1>` becomes `<h2>`).
    public static func convert(_ markdown: String, topHeadingLevel: Int = 2) -> MarkdownDocument {
        if markdown.allSatisfy(\.isWhitespace) { return .empty }
        return withParsed(markdown) { parser, root in
            let headings = prepare(root, topHeadingLevel: topHeadingLevel)
            let html = take(cmark_render_html_with_mem(root, options, cmark_parser_get_syntax_extensions(parser),
                                                       cmark_get_default_mem_allocator()))
            return MarkdownDocument(html: alignmentClasses(addHeadingIDs(html, headings)), text: plainText(root),
                                    headings: headings, summary: firstParagraph(root))
        } ?? .empty
    }

    /// `body` of the parsed document; then the tree, its parser and the thread's arena they came from are freed
    /// (what `body` renders is allocated with malloc and outlives them).
    private static func withParsed<T>(_ markdown: String, _ body: (_ parser: OpaquePointer, _ root: OpaquePointer) -> T) -> T? {
        defer { noticeboard_cmark_arena_release() }
        guard let (parser, root) = parse(markdown) else { return nil }
        defer {
            cmark_node_free(root)
            cmark_parser_free(parser)
        }
        return body(parser, root)
    }

    /// Parses in parallel once the library's shared table is known to stay fixed (see the type's comment), and
    /// under the lock until then. Rendering the tree it returns needs no lock.
    private static func parse(_ markdown: String) -> (parser: OpaquePointer, root: OpaquePointer)? {
        if parsesInParallel.load(ordering: .acquiring) { return parseDocument(markdown) }
        lock.lock()
        defer { lock.unlock() }
        if !registered {
            cmark_gfm_core_extensions_ensure_registered()
            _ = noticeboard_cmark_plain_tables()
            registered = true
        }
        let parsed = parseDocument(markdown)
        if noticeboard_cmark_table_is_fixed() != 0 { parsesInParallel.store(true, ordering: .releasing) }
        return parsed
    }

    /// True when documents are parsed on several threads at once (the library's table stays fixed).
    public static var parsesConcurrently: Bool { parsesInParallel.load(ordering: .acquiring) }

    private static func parseDocument(_ markdown: String) -> (parser: OpaquePointer, root: OpaquePointer)? {
        // The tree is allocated from the thread's arena (CShims/CMarkArena.c), released by the caller when done;
        // what is rendered from it is allocated with malloc, and outlives it.
        let arena = noticeboard_cmark_arena().assumingMemoryBound(to: cmark_mem.self)
        guard let parser = cmark_parser_new_with_mem(options, arena) else { return nil }
        for name in extensionNames {
            if let syntax = cmark_find_syntax_extension(name) { cmark_parser_attach_syntax_extension(parser, syntax) }
        }
        var utf8 = Array(markdown.utf8)
        utf8.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                cmark_parser_feed(parser, $0, buffer.count)
            }
        }
        guard let root = cmark_parser_finish(parser) else {
            cmark_parser_free(parser)
            return nil
        }
        return (parser, root)
    }

    /// The plain text of the document's first top-level paragraph, or "".
    private static func firstParagraph(_ root: OpaquePointer) -> String {
        var node = cmark_node_first_child(root)
        while let current = node {
            if cmark_node_get_type(current) == CMARK_NODE_PARAGRAPH {
                return UTF8Text.trimmed(plainText(current))
            }
            node = cmark_node_next(current)
        }
        return ""
    }

    /// Table cells aligned by class, not by `style` (the pages' Content-Security-Policy refuses inline styles).
    private static func alignmentClasses(_ html: String) -> String {
        guard UTF8Text.contains(html, " style=\"text-align: ") else { return html }
        return UTF8Text.replacing(html, [
            (" style=\"text-align: left\"", " class=\"align-left\""),
            (" style=\"text-align: center\"", " class=\"align-center\""),
            (" style=\"text-align: right\"", " class=\"align-right\""),
        ])
    }

    /// The node's plain text: what libcmark-gfm's `cmark_render_plaintext` writes with no line width, a run of text
    /// at a time (`CShims/CMarkPlainText.c`).
    private static func plainText(_ node: OpaquePointer) -> String {
        take(noticeboard_cmark_render_plaintext(node, options))
    }

    /// The document's plain text as CShims writes it and as the library writes it, for the test that they agree.
    static func plainTextBothWays(_ markdown: String) -> (ours: String, library: String)? {
        withParsed(markdown) { _, root in
            (plainText(root), take(cmark_render_plaintext_with_mem(root, options, 0, cmark_get_default_mem_allocator())))
        }
    }

    private static func take(_ pointer: UnsafeMutablePointer<CChar>?) -> String {
        guard let pointer else { return "" }
        defer { free(pointer) }
        return String(cString: pointer)
    }

    /// Blanks dangerous link targets, collects headings in document order and moves them down to the top level.
    private static func prepare(_ root: OpaquePointer, topHeadingLevel: Int) -> [MarkdownDocument.Heading] {
        var headings: [MarkdownDocument.Heading] = []
        var headingNodes: [OpaquePointer] = []
        var usedIDs: [String: Int] = [:]
        var unsafeLinks: [OpaquePointer] = []
        guard let iterator = cmark_iter_new(root) else { return [] }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE {
                if let url = cmark_node_get_url(node), !isSafeURL(String(cString: url)) {
                    unsafeLinks.append(node)
                }
            } else if type == CMARK_NODE_HEADING {
                let text = UTF8Text.trimmed(plainText(node))
                var id = Slug.make(from: text)
                if id.isEmpty { id = "section" }
                let seen = usedIDs[id, default: 0]
                usedIDs[id] = seen + 1
                if seen > 0 { id += "-\(seen + 1)" }
                headings.append(.init(level: Int(cmark_node_get_heading_level(node)), text: text, id: id))
                headingNodes.append(node)
            }
        }
        cmark_iter_free(iterator)
        unsafeLinks.forEach(unwrap)
        let shift = max(0, topHeadingLevel - (headings.map(\.level).min() ?? topHeadingLevel))
        for (index, node) in headingNodes.enumerated() where shift > 0 {
            headings[index].level = min(6, headings[index].level + shift)
            cmark_node_set_heading_level(node, Int32(headings[index].level))
        }
        return headings
    }

    /// Replaces a link or image by its text, so a refused URL leaves words, not a dead link.
    private static func unwrap(_ node: OpaquePointer) {
        while let child = cmark_node_first_child(node) {
            cmark_node_insert_before(node, child)
        }
        cmark_node_unlink(node)
        cmark_node_free(node)
    }

    /// True unless the URL's scheme is one that can run script or embed content (`javascript:`, `data:` …).
    public static func isSafeURL(_ url: String) -> Bool {
        let cleaned = url.unicodeScalars.filter { $0.value > 0x20 && $0 != "\u{7F}" }
        let lower = String(String.UnicodeScalarView(cleaned)).lowercased()
        guard let colon = lower.firstIndex(of: ":") else { return true }
        let scheme = lower[..<colon]
        if scheme.contains("/") || scheme.contains("?") || scheme.contains("#") { return true }
        return ["http", "https", "mailto", "tel"].contains(String(scheme))
    }

    /// Adds `id` attributes to the rendered `<hN>` tags, which appear in the same order as the heading nodes.
    private static func addHeadingIDs(_ html: String, _ headings: [MarkdownDocument.Heading]) -> String {
        guard !headings.isEmpty else { return html }
        var next = 0
        return UTF8Text.rewriting(html, at: UInt8(ascii: "<")) { bytes, i in
            // `<hN>` with N the level of the next heading.
            guard next < headings.count, i + 3 < bytes.count, bytes[i + 1] == UInt8(ascii: "h"),
                  bytes[i + 2] == UInt8(ascii: "0") + UInt8(headings[next].level), bytes[i + 3] == UInt8(ascii: ">") else { return nil }
            defer { next += 1 }
            return (4, Array("<h\(headings[next].level) id=\"\(headings[next].id)\">".utf8))
        }
    }
}
