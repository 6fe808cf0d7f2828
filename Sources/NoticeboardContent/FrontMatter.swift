import NoticeboardModel

/// A Markdown file split into its YAML front matter and its Markdown body, with the line each starts on.
public struct FrontMatter: Sendable {
    /// The YAML between the `---` lines, or nil if the file has none.
    public var yaml: String?
    /// The file line of the YAML's first line (the line after the opening `---`).
    public var yamlFirstLine: Int
    public var markdown: String
    /// The file line the Markdown body starts on.
    public var markdownFirstLine: Int

    /// Splits a file's text. A file that opens with `---` but never closes it is an error.
    public static func split(_ source: SourceText) -> Result<FrontMatter, Diagnostic> {
        let text = source.text
        guard text.hasPrefix("---\n") || text == "---" || text.hasPrefix("---\u{20}\n") else {
            return .success(FrontMatter(yaml: nil, yamlFirstLine: 1, markdown: text, markdownFirstLine: 1))
        }
        // Scans the UTF-8 bytes line by line (splitting a long file into Characters was most of the time spent
        // reading a site). Lines end with "\n" only: SourceText has already turned "\r\n" into "\n".
        let bytes = text.utf8
        guard let firstEnd = bytes.firstIndex(of: UInt8(ascii: "\n")) else {
            return .failure(.error("front matter is not closed: add a line with only --- after it", at: SourceLocation(path: source.path, line: 1, column: 1)))
        }
        let yamlStart = bytes.index(after: firstEnd)
        var lineStart = yamlStart
        var fileLine = 2
        while true {
            let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
            var trimmed = bytes[lineStart..<lineEnd]
            while let last = trimmed.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") { trimmed = trimmed.dropLast() }
            if trimmed.elementsEqual("---".utf8) || trimmed.elementsEqual("...".utf8) {
                let yaml = lineStart == yamlStart ? "" : String(text[yamlStart..<bytes.index(before: lineStart)])
                let markdown = lineEnd == bytes.endIndex ? "" : String(text[bytes.index(after: lineEnd)...])
                return .success(FrontMatter(yaml: yaml, yamlFirstLine: 2, markdown: markdown, markdownFirstLine: fileLine + 1))
            }
            guard lineEnd != bytes.endIndex else { break }
            lineStart = bytes.index(after: lineEnd)
            fileLine += 1
        }
        return .failure(.error("front matter is not closed: add a line with only --- after it", at: SourceLocation(path: source.path, line: 1, column: 1)))
    }
}

extension Substring {
    var trimmingTrailingSpaces: Substring {
        var s = self
        while let last = s.last, last == " " || last == "\t" { s.removeLast() }
        return s
    }
}
