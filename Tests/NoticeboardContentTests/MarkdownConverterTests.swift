import Foundation
import NoticeboardContent
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
