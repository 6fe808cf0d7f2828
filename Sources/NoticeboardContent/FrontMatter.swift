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
        let bytes = Array(source.text.utf8)
        guard let firstEnd = lineEnd(bytes, from: 0), isFence(bytes[0..<firstEnd], "---") else {
            return .success(FrontMatter(yaml: nil, yamlFirstLine: 1, markdown: source.text, markdownFirstLine: 1))
        }
        let yamlStart = min(firstEnd + 1, bytes.count)
        var lineStart = yamlStart
        var line = 2
        while lineStart < bytes.count, let end = lineEnd(bytes, from: lineStart) {
            if isFence(bytes[lineStart..<end], "---") || isFence(bytes[lineStart..<end], "...") {
                let markdownStart = min(end + 1, bytes.count)
                return .success(FrontMatter(yaml: String(decoding: bytes[yamlStart..<lineStart], as: UTF8.self), yamlFirstLine: 2,
                                            markdown: String(decoding: bytes[markdownStart...], as: UTF8.self), markdownFirstLine: line + 1))
            }
            lineStart = end + 1
            line += 1
        }
        return .failure(.error("front matter is not closed: add a line with only --- after it", at: SourceLocation(path: source.path, line: 1, column: 1)))
    }

    /// The index of the `\n` ending the line that starts at `start`, or the end of the text.
    private static func lineEnd(_ bytes: [UInt8], from start: Int) -> Int? {
        guard start <= bytes.count else { return nil }
        return bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
    }

    /// A line holding only the fence, with trailing spaces or tabs allowed.
    private static func isFence(_ line: ArraySlice<UInt8>, _ fence: String) -> Bool {
        var line = line
        while let last = line.last, last == 0x20 || last == 0x09 { line.removeLast() }
        return line.elementsEqual(fence.utf8)
    }
}
