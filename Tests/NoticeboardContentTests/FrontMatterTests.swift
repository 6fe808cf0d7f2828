import NoticeboardContent
import Testing

/// The byte-scanning split gives what splitting the text into lines gives.
@Suite struct FrontMatterTests {
    /// The obvious (slower) split, for comparison.
    func reference(_ text: String) -> (String?, String, Int)? {
        guard text.hasPrefix("---\n") || text == "---" || text.hasPrefix("--- \n") else { return (nil, text, 1) }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        lines.removeFirst()
        for (index, line) in lines.enumerated() {
            var trimmed = line
            while let last = trimmed.last, last == " " || last == "\t" { trimmed.removeLast() }
            if trimmed == "---" || trimmed == "..." {
                return (lines[..<index].joined(separator: "\n"), lines[(index + 1)...].joined(separator: "\n"), index + 3)
            }
        }
        return nil
    }

    @Test(arguments: [
        "---\ntitle: x\n---\nBody\n", "---\n---\n", "---\n---", "---\ntitle: x\n--- \t\n\nBody", "---\na: 1\n...\nrest",
        "--- \ntitle: é\n---\n# Ünïcode ✓\n", "---", "---\ntitle: never closed\n", "no front matter\n---\n", "",
        "---\na: b\n----\n---\nafter\n", "---\nkey: value\n---\n---\nmore\n",
    ])
    func splitsLikeLines(text: String) throws {
        let source = try SourceText.decode(Array(text.utf8), path: "x.md").get()
        let result = FrontMatter.split(source)
        switch (result, reference(text)) {
        case (.success(let split), .some(let expected)):
            #expect(split.yaml == expected.0)
            #expect(split.markdown == expected.1)
            #expect(split.markdownFirstLine == expected.2)
        case (.failure, .none):
            break
        default:
            Issue.record("\(text.debugDescription): \(result) but expected \(String(describing: reference(text)))")
        }
    }
}
