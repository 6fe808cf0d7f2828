import Foundation

/// What `pdftotext -htmlmeta` prints: an HTML head with the document's title (escaped), then the text as it is,
/// unescaped, inside `<pre>`, a form feed after each page. One run of the program gives the text, the title and the
/// number of pages, which otherwise take `pdfinfo` as well.
struct PDFToTextReport {
    var text: String
    var title: String?
    /// Pages, counted by their form feeds; nil when the report was cut short (the text stopped at the output cap).
    var pages: Int?

    static let start = Data("<pre>\n".utf8)
    static let end = Array("</pre>\n</body>\n</html>\n".utf8)

    /// Reads a report. Without the closing tags (the program was stopped at the output cap) the text is what came,
    /// and the pages are unknown; without a `<pre>`, the whole output is the text (as plain pdftotext prints it).
    init(_ output: Data) {
        guard let pre = output.range(of: Self.start) else {
            (text, title, pages) = (String(decoding: output, as: UTF8.self), nil, nil)
            return
        }
        let head = String(decoding: output[..<pre.lowerBound], as: UTF8.self)
        var body = output[pre.upperBound...]
        let complete = body.count >= Self.end.count && body.suffix(Self.end.count).elementsEqual(Self.end)
        if complete { body = body.dropLast(Self.end.count) }
        text = String(decoding: body, as: UTF8.self)
        pages = complete ? body.lazy.filter { $0 == 0x0C }.count : nil
        title = Self.title(in: head)
    }

    /// The `<title>` of the head, its character references resolved.
    static func title(in head: String) -> String? {
        guard let open = head.range(of: "<title>"), let close = head.range(of: "</title>", range: open.upperBound..<head.endIndex)
        else { return nil }
        let title = UTF8Text.replacing(String(head[open.upperBound..<close.lowerBound]),
                                       [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&apos;", "'"), ("&amp;", "&")])
        return title.isEmpty ? nil : title
    }
}
