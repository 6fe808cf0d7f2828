import Foundation

/// What `pdftotext -htmlmeta` prints: an HTML head with the document's title (escaped), then the text as it is,
/// unescaped, inside `<pre>`, a form feed after each page. One run of the program gives the text, the title and the
/// number of pages, which otherwise take `pdfinfo` as well.
struct PDFToTextReport: Equatable {
    var text: String
    var title: String?
    /// Pages, counted by their form feeds; nil when the report was cut short (the text stopped at the output cap).
    var pages: Int?

    static let start = Array("<pre>\n".utf8)
    static let end = Array("</pre>\n</body>\n</html>\n".utf8)

    /// Reads a report. Without the closing tags (the program was stopped at the output cap) the text is what came,
    /// and the pages are unknown; without a `<pre>`, the whole output is the text (as plain pdftotext prints it).
    init(_ output: Data) {
        let bytes = [UInt8](output)
        guard let pre = Self.firstIndex(of: Self.start, in: bytes) else {
            (text, title, pages) = (String(decoding: bytes, as: UTF8.self), nil, nil)
            return
        }
        let head = String(decoding: bytes[..<pre], as: UTF8.self)
        var body = bytes[(pre + Self.start.count)...]
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
        let title = head[open.upperBound..<close.lowerBound]
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
        return title.isEmpty ? nil : title
    }

    private static func firstIndex(of pattern: [UInt8], in bytes: [UInt8]) -> Int? {
        guard bytes.count >= pattern.count else { return nil }
        return (0...(bytes.count - pattern.count)).first { at in bytes[at..<(at + pattern.count)].elementsEqual(pattern) }
    }
}
