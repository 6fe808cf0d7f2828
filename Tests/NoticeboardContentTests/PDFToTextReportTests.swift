import Foundation
@testable import NoticeboardContent
import Testing

/// Reading what `pdftotext -htmlmeta` prints: the title from the head, the text from `<pre>`, pages by form feeds.
@Suite struct PDFToTextReportTests {
    static let head = """
        <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "x"><html xmlns="http://www.w3.org/1999/xhtml">
        <head>
        <title>It&apos;s a &lt;b&gt; &amp;amp; &quot;plan&quot;</title>
        <meta name="Producer" content="x"/>
        </head>
        <body>
        <pre>

        """

    @Test func aWholeReportGivesTitleTextAndPages() {
        let report = PDFToTextReport(Data((Self.head + "One <b> & two\n\u{0C}</pre> stays\n\u{0C}</pre>\n</body>\n</html>\n").utf8))
        #expect(report.title == "It's a <b> &amp; \"plan\"")
        #expect(report.text == "One <b> & two\n\u{0C}</pre> stays\n\u{0C}")
        #expect(report.pages == 2)
    }

    @Test func aReportCutShortKeepsItsTextButNotItsPages() {
        let report = PDFToTextReport(Data((Self.head + "One page\n\u{0C}and half a").utf8))
        #expect(report.text == "One page\n\u{0C}and half a")
        #expect(report.pages == nil)
        #expect(report.title != nil)
    }

    @Test func plainOutputIsAllText() {
        let report = PDFToTextReport(Data("just text\n\u{0C}".utf8))
        #expect(report.text == "just text\n\u{0C}")
        #expect(report.title == nil && report.pages == nil)
    }

    @Test func aHeadWithoutATitleHasNone() {
        let report = PDFToTextReport(Data("<html>\n<head>\n</head>\n<body>\n<pre>\nx\n\u{0C}</pre>\n</body>\n</html>\n".utf8))
        #expect(report.title == nil)
        #expect(report.pages == 1)
        #expect(report.text == "x\n\u{0C}")
    }
}
