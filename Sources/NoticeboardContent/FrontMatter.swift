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
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        lines.removeFirst()
        for (index, line) in lines.enumerated() where line.trimmingTrailingSpaces == "---" || line.trimmingTrailingSpaces == "..." {
            let yaml = lines[..<index].joined(separator: "\n")
            let markdown = lines[(index + 1)...].joined(separator: "\n")
            return .success(FrontMatter(yaml: yaml, yamlFirstLine: 2, markdown: markdown, markdownFirstLine: index + 3))
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
