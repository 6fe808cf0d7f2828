import Foundation
@testable import NoticeboardContent
import Testing

@Suite struct MarkdownConverterTests {
    @Test(arguments: [
        ("<script>alert(1)</script>", "<script"),
        ("<img src=x onerror=alert(1)>", "onerror"),
        ("[x](javascript:alert(1))", "javascript:"),
        ("[x](JaVaScRiPt:alert(1))", "avascript"),
        ("[x](data:text/html;base64,PHNjcmlwdD4=)", "data:"),
        ("![x](data:image/svg+xml;base64,PHN2Zz4=)", "data:"),
        ("[x](vbscript:msgbox)", "vbscript"),
        ("<a href=\"javascript:alert(1)\">x</a>", "href=\"javascript"),
    ])
    func neverPassesScriptThrough(markdown: String, forbidden: String) {
        let html = MarkdownConverter.convert(markdown).html
        #expect(!html.lowercased().contains(forbidden.lowercased()), "\(html)")
    }

    @Test func rendersGFMTablesStrikethroughAutolinksAndTaskLists() {
        let html = MarkdownConverter.convert("| a | b |\n|---|---|\n| 1 | 2 |\n\n~~old~~ https://example.org\n\n- [x] done\n").html
        #expect(html.contains("<table>"))
        #expect(html.contains("<del>old</del>"))
        #expect(html.contains("<a href=\"https://example.org\">"))
        #expect(html.contains("checkbox"))
    }

    @Test func headingsGetStableUniqueIDs() {
        let doc = MarkdownConverter.convert("# Minutes\n## 4. Finance *plan*\n## 4. Finance plan\n### `code`\n", topHeadingLevel: 1)
        #expect(doc.headings.map(\.id) == ["minutes", "4-finance-plan", "4-finance-plan-2", "code"])
        #expect(doc.html.contains("<h2 id=\"4-finance-plan\">4. Finance <em>plan</em></h2>"))
        #expect(doc.html.contains("<h2 id=\"4-finance-plan-2\">"))
    }

    @Test(arguments: [("## A\n### B\n", 3, [3, 4]), ("# A\n## B\n", 2, [2, 3]), ("### A\n", 2, [3]), ("# A\n###### B\n", 3, [3, 6])])
    func headingsMoveDownUnderThePagesOwn(markdown: String, top: Int, levels: [Int]) {
        let doc = MarkdownConverter.convert(markdown, topHeadingLevel: top)
        #expect(doc.headings.map(\.level) == levels)
        #expect(doc.html.contains("<h\(levels[0]) id="))
    }

    @Test func tableAlignmentUsesClassesNotInlineStyles() {
        let html = MarkdownConverter.convert("| a | b | c |\n|:--|:-:|--:|\n| 1 | 2 | 3 |\n").html
        #expect(!html.contains("style="))
        #expect(html.contains("<td class=\"align-left\">1</td>") && html.contains("<td class=\"align-center\">2</td>") && html.contains("<td class=\"align-right\">3</td>"))
    }

    @Test func summaryIsTheFirstParagraph() {
        let doc = MarkdownConverter.convert("# Title\n\n| a |\n|---|\n| 1 |\n\nThe board **met**.\n\nLater text.\n")
        #expect(doc.summary == "The board met.")
    }

    @Test func plainTextHasNoMarkup() {
        let text = MarkdownConverter.convert("**Resolved:** the board *approved* the [plan](https://x.org).").text
        #expect(text.trimmingCharacters(in: .whitespacesAndNewlines) == "Resolved: the board approved the plan.")
    }

    /// What a search snippet shows of a table: a line per row and its cells joined by " · ", with no pipes, no
    /// delimiter row, and nothing for an empty cell; the text around it stays in its own paragraphs.
    @Test func plainTextOfATableIsRowsOfCells() {
        let markdown = "Our year\n\n|  | 2023/24 | 2024/25 |\n| --- | --: | :-: |\n| **People** helped | 4,210 | 4,870 |\n| Reports |  | 8 |\n\nAfter the table.\n"
        let text = MarkdownConverter.convert(markdown).text
        #expect(text == "Our year\n\n2023/24 · 2024/25\nPeople helped · 4,210 · 4,870\nReports · 8\n\nAfter the table.\n")
        #expect(!text.contains("|") && !text.contains("---"))
    }

    /// Noticeboard writes plain text itself (CShims/CMarkPlainText.c), a run at a time; it must be byte for byte what
    /// the library's renderer writes, for every construct: nested, loose and tight lists, ordered ones past 9 and
    /// with `)`, task items, code in lists, headings with breaks, quotes, raw HTML, tables (a `|` escaped inside),
    /// strikethrough, hard breaks, accented and astral characters.
    @Test(arguments: [
        "",
        "Just words.",
        "One\nsoft break and  \nhard break\\\nand a backslash one.",
        "# Heading with *emphasis*\n\nText.\n\n## Second\nline\n\n---\n\nAfter a rule.",
        "Setext heading\n===\n\nBody",
        "- tight\n- list\n  - nested\n  - again\n- back\n\nAfter.",
        "- loose\n\n- list\n\n  second paragraph\n\n- end",
        "1. one\n2. two\n\n   more\n3. three\n4. 4\n5. 5\n6. 6\n7. 7\n8. 8\n9. 9\n10. ten\n11. eleven",
        "7) seven\n8) eight\n\n10. start ten\n11. next",
        "- [ ] open task\n- [x] done task\n  with more\n- plain",
        "- item\n\n  ```\n  code in item\n\n  after blank\n  ```\n- ```\n  first in item\n  ```",
        "- a list\n\n```\ncode after list\n```\n\n- list\n\n1. another list",
        "> quoted\n> lines\n>\n> - quoted list\n\nOut.",
        "    indented code\n    block\n\nText with `inline code` and <span>raw</span> html.\n\n<div>\nblock html\n</div>",
        "Links [text](https://example.org) and ![alt](x.png) and www.example.org and [bad](javascript:x).",
        "| a | b \\| c |\n| --- | --- |\n| 1 | ~~2~~ |\n|  | x \\| y |\n\nAfter.",
        "- list with table\n\n  | h |\n  |---|\n  | v |\n- end",
        "~~struck~~ and ~single~ and *em* **strong** ***both***",
        "Accents: café, naïve, Zürich; astral: 😀 𝔘; CJK: 議事録; combining: e\u{301}.",
        "1. outer\n   - inner bullet\n     1. deep\n\n        deep para\n   - inner two\n2. outer two",
        "Trailing spaces   \n\n\n\nMany blank lines\n\n",
        "# Only a heading",
        "Line\u{0}with NUL",
    ])
    func plainTextIsTheLibrarys(_ markdown: String) throws {
        let both = try #require(MarkdownConverter.plainTextBothWays(markdown))
        #expect(both.ours == both.library)
    }

    /// The same on every Markdown file of the repository's demo site and test fixtures (hostile ones included).
    @Test func plainTextIsTheLibrarysForTheRepositorysMarkdown() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let files = ["content", "Tests"].flatMap { folder in
            FileManager.default.enumerator(at: root.appendingPathComponent(folder), includingPropertiesForKeys: nil)?
                .compactMap { $0 as? URL }.filter { $0.pathExtension == "md" } ?? []
        }
        #expect(files.count > 50)
        for file in files {
            guard let markdown = try? String(contentsOf: file, encoding: .utf8) else { continue }
            let both = try #require(MarkdownConverter.plainTextBothWays(markdown))
            #expect(both.ours == both.library, "\(file.lastPathComponent)")
        }
    }

    /// Trees are allocated from a per-thread arena (CShims/CMarkArena.c) released after each document: a document
    /// bigger than the arena's chunks, its buffers grown many times, converts whole, and so do documents after it.
    @Test func documentsLargerThanTheArenasChunksConvertWhole() {
        let paragraph = String(repeating: "Words of the minutes, ", count: 40) + "end.\n\n"
        let large = "# Big\n\n" + String(repeating: paragraph, count: 2_000) + "| a |\n|---|\n| last cell |\n"
        let converted = MarkdownConverter.convert(large)
        #expect(converted.html.components(separatedBy: "end.</p>").count == 2_001)
        #expect(converted.html.hasSuffix("<td>last cell</td>\n</tr>\n</tbody>\n</table>\n"))
        #expect(converted.text.components(separatedBy: "end.").count == 2_001)
        let small = MarkdownConverter.convert("After *that*.")
        #expect(small.html == "<p>After <em>that</em>.</p>\n")
        #expect(MarkdownConverter.convert(large).html == converted.html)
    }

    /// Debian's libcmark-gfm shares a table of the extensions' special characters between parsers (see
    /// CMarkSpecialCharacters.c): concurrent conversion must give the same bytes, struck text included.
    @Test func concurrentConversionMatchesSequential() async {
        let documents = (0..<2000).map { i in
            "# Item \(i)\n\n~~struck \(i)~~ and www.example\(i).org and https://x.org/\(i)\n\n| a | b |\n|---|---|\n| \(i) | ~~x~~ |\n\n- [ ] task \(i)\n"
        }
        let sequential = documents.map { MarkdownConverter.convert($0).html }
        let parallel = await withTaskGroup(of: (Int, String).self) { group in
            for (i, doc) in documents.enumerated() { group.addTask { (i, MarkdownConverter.convert(doc).html) } }
            var results = Array(repeating: "", count: documents.count)
            for await (i, html) in group { results[i] = html }
            return results
        }
        #expect(parallel == sequential)
        #expect(sequential.allSatisfy { $0.contains("<del>struck") && $0.contains("<td><del>x</del></td>") })
        // The library took Noticeboard's version of its shared-table function, so the documents above really
        // were parsed on several threads at once.
        #expect(MarkdownConverter.parsesConcurrently)
    }
}

@Suite struct UnsafeLinkTests {
    @Test(arguments: ["[the plan](javascript:alert(1))", "[the plan](data:text/html,x)", "![the plan](javascript:x)", "[the plan](file:///etc/passwd)"])
    func refusedLinksLeaveTheirWords(markdown: String) {
        let html = MarkdownConverter.convert(markdown).html
        #expect(html == "<p>the plan</p>\n")
    }

    @Test(arguments: ["https://example.org/a?b=c#d", "http://x.org", "mailto:clerk@example.org", "tel:+441234", "/bodies/x/", "../x/", "#minutes", "paper/"])
    func ordinaryLinksStay(url: String) {
        #expect(MarkdownConverter.isSafeURL(url))
        #expect(MarkdownConverter.convert("[x](\(url))").html.contains("<a href="))
    }
}
