import Foundation
@testable import NoticeboardContent
import NoticeboardModel
import NoticeboardTestSupport
import Testing

/// Turning extracted PDF text into paragraphs a reader can follow, and titles worth showing.
@Suite struct PDFTextTests {
    static let width = String(repeating: "x", count: 60)

    @Test func wrappedLinesJoinAndBlankLinesSeparateParagraphs() {
        let raw = """
        The board approved the financial plan for the coming year, noting that
        the deficit will be closed over three years and that savings of £12m are
        required.

        Members asked how the plan would affect community services.
        \u{0C}
        """
        #expect(PDFText.paragraphs(raw) == [
            "The board approved the financial plan for the coming year, noting that the deficit will be closed over three years and that savings of £12m are required.",
            "Members asked how the plan would affect community services.",
        ])
    }

    @Test func shortLinesHeadingsAndListItemsStandAlone() {
        let raw = """
        4. Financial plan
        The Chief Finance Officer presented the plan and explained its main risks
        to the members of the board, who discussed them at length.
        Risks:
        • workforce shortages in community nursing and in social care services
        • rising demand
        (a) first lettered point
        """
        #expect(PDFText.paragraphs(raw) == [
            "4. Financial plan",
            "The Chief Finance Officer presented the plan and explained its main risks to the members of the board, who discussed them at length.",
            "Risks:",
            "• workforce shortages in community nursing and in social care services",
            "• rising demand",
            "(a) first lettered point",
        ])
    }

    @Test func pageBreaksPageNumbersAndRunningFootersAreDropped() {
        func page(_ n: Int, _ lines: [String]) -> String {
            (["Northshire ICB Board minutes"] + lines + ["Page \(n) of 3"]).joined(separator: "\n") + "\n\n"
        }
        let raw = page(1, ["The chair welcomed members and noted that the meeting was quorate and that the"])
            + "\u{0C}" + page(2, ["agenda had been published a week before the meeting as the constitution requires."])
            + "\u{0C}" + page(3, ["Minutes of the previous meeting were approved."]) + "\u{0C}"
        #expect(PDFText.paragraphs(raw) == [
            "Northshire ICB Board minutes",
            "The chair welcomed members and noted that the meeting was quorate and that the agenda had been published a week before the meeting as the constitution requires.",
            "Minutes of the previous meeting were approved.",
        ])
    }

    @Test func cellsOfATableKeepTheirWrappedLinesTogether() {
        let raw = """
        Area

        What we will do

        Governance

        Terms of reference for the Partnership Board; a memorandum of
        understanding between partners

        Population
        health

        A shared population health management programme with
        Northshire Council's public health team
        """
        #expect(PDFText.paragraphs(raw) == [
            "Area", "What we will do", "Governance",
            "Terms of reference for the Partnership Board; a memorandum of understanding between partners",
            "Population health",
            "A shared population health management programme with Northshire Council's public health team",
        ])
        #expect(PDFText.paragraphs("3.1 Invoking asn1Parser\nasn1Parser reads a single file.") == ["3.1 Invoking asn1Parser", "asn1Parser reads a single file."])
    }

    @Test func aBulletAloneOnItsLineJoinsTheTextAfterIt() {
        #expect(PDFText.paragraphs("This specification proposes:\n•\n\nA standard way to install information.\n•\n\nA standard way to look it up.\n")
                == ["This specification proposes:", "• A standard way to install information.", "• A standard way to look it up."])
    }

    @Test func hyphenatedLineEndsJoinWithoutASpace() {
        let raw = "The board discussed the long-\nterm plan for the system, and the co-\nordinated response to winter pressures."
        #expect(PDFText.paragraphs(raw) == ["The board discussed the long-term plan for the system, and the co-ordinated response to winter pressures."])
    }

    @Test func textIsEscapedNeverPassedThroughAsHTML() {
        let document = PDFText.document("<script>alert('x')</script> & <b>bold</b>\u{01}\u{7F}\n")
        #expect(document.html == "<p>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;</p>\n")
        #expect(document.text == "<script>alert('x')</script> & <b>bold</b>")
    }

    @Test func ligaturesAndSoftHyphensAreSpelledOut() {
        #expect(PDFText.paragraphs("the ﬁnancial ﬂow\u{AD}chart") == ["the financial flowchart"])
    }

    @Test func onlyFormFeedsMeansNoText() {
        #expect(PDFText.document("\u{0C}\n\u{0C}\n").isEmpty)
    }

    @Test(arguments: [
        ("3", true), ("- 3 -", true), ("Page 3", true), ("Page 3 of 12", true), ("3/12", true), ("3 | Page", true), ("iv", true),
        ("3 members were present", false), ("Item 3", false),
    ])
    func pageNumbers(line: String, isPageNumber: Bool) {
        #expect(PDFText.isPageNumber(line) == isPageNumber)
    }

    @Test(arguments: [
        ("System financial plan 2026/27", "System financial plan 2026/27"),
        ("Microsoft Word - Board minutes March 2024.docx", "Board minutes March 2024"),
        ("Board\nminutes  March", "Board minutes March"),
        ("Untitled", nil), ("PowerPoint Presentation", nil), ("", nil), ("  ", nil), ("1234", nil),
    ] as [(String, String?)])
    func usableTitles(raw: String, title: String?) {
        #expect(PDFText.usableTitle(raw) == title)
    }

    @Test func fileNamesMadeReadable() {
        #expect(PDFText.readableTitle(fromSlug: "financial-plan-2026") == "Financial plan 2026")
        #expect(PDFText.readableTitle(fromSlug: "minutes") == "Minutes")
    }
}

/// The byte-level ways of the paragraph rules give what their definitions on characters give, ASCII or not.
@Suite struct PDFTextFastPathTests {
    static let samples = [
        "", " ", "Page 3 of 12", "  Page  4\tof 12  ", "A\r\nB", "x\u{0B}y\u{0C}z", "\tindented line ", "Northshire ICB 2026",
        "é accented Page 3", "\u{A0}no-break\u{A0}", "\u{1680}ogham\u{3000}", "e\u{301} combining", " \u{301}after a space",
        "١٢ Arabic digits", "Ⅻ roman numeral", "中文 text", "🙂 emoji 7", "UPPER lower 09",
    ]

    @Test(arguments: samples)
    func collapsingWhitespaceIsSplitAndJoin(text: String) {
        #expect(PDFText.collapsingWhitespace(text) == text.split(whereSeparator: \.isWhitespace).joined(separator: " "))
    }

    @Test(arguments: samples)
    func trimmingSpacesIsFoundationsTrimming(text: String) {
        #expect(PDFText.trimmingSpaces(Substring(text)) == text.trimmingCharacters(in: .whitespaces))
    }

    @Test(arguments: samples)
    func shapeIsLowerCaseDigitsHashedWhiteSpaceCollapsed(text: String) {
        let defined = String(text.lowercased().map { $0.isNumber ? "#" : $0 }).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(PDFText.shape(text) == defined)
    }

    /// Each case once as ASCII and once with no-break spaces (white space too), which takes the way on characters.
    @Test(arguments: [
        ("1. First", true), ("(a) lettered", true), ("iv. roman", true), ("vii) roman", true), ("A. capital", true), ("a) x", true),
        ("- dash", true), ("* star", true), ("-dash", false), ("-", false), ("12345. long number", true), ("1.2. section", true),
        ("1234567. too long", false), ("Item 3", false), ("#. hash", false), (".1 dot first", false), ("ab. two letters", false),
        ("1.", false), ("Workforce shortages", false),
    ])
    func listItemsAreFoundOnBothWays(line: String, isItem: Bool) {
        #expect(PDFText.startsListItem(line) == isItem)
        if line.utf8.prefix(9).contains(0x20) {
            #expect(PDFText.startsListItemASCII(line.replacingOccurrences(of: " ", with: "\u{A0}")) == nil)
        }
        #expect(PDFText.startsListItem(line.replacingOccurrences(of: " ", with: "\u{A0}")) == isItem)
    }

    @Test(arguments: samples)
    func characterCountIsCount(text: String) {
        #expect(PDFText.characterCount(text) == text.count)
    }

    @Test func runningLinesAreStillDroppedFromASCIIPages() {
        let texts = ["The board met in March.", "Members asked about waiting lists.", "The chair closed the meeting."]
        let pages = texts.enumerated().map { "Northshire ICB  Board\n\($0.element)\nPage \($0.offset + 1) of 3\n" }
        #expect(PDFText.paragraphs(pages.joined(separator: "\u{0C}")) == ["Northshire ICB Board"] + texts)
    }
}
