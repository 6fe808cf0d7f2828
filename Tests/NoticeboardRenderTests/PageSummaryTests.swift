@testable import NoticeboardRender
import Testing

/// `SiteRenderer.summary`, the page description: ASCII text is read as bytes, any other as characters, with one result.
@Suite struct PageSummaryTests {
    let words = (1...60).map { "word\($0)" }

    @Test func shortTextIsItsWordsJoinedBySingleSpaces() {
        #expect(SiteRenderer.summary("  The   board\r\nmet.\t") == "The board met.")
        #expect(SiteRenderer.summary("") == "")
    }

    @Test func longTextIsCutAtAWordWithAnEllipsis() {
        let summary = SiteRenderer.summary(words.joined(separator: " \n "))
        #expect(summary.hasSuffix("…") && summary.count <= 158)
        #expect(words.joined(separator: " ").hasPrefix(String(summary.dropLast())))
    }

    @Test func textWithOtherWhiteSpaceGivesWhatTheSameASCIITextGives() {
        for separator in [" ", "  ", "\n", "\r\n"] {
            let ascii = words.joined(separator: separator)
            // A no-break space is white space too, and not ASCII: this text is read by characters.
            let other = words.joined(separator: separator == " " ? "\u{00A0}" : separator + "\u{00A0}")
            #expect(SiteRenderer.summary(ascii) == SiteRenderer.summary(other))
        }
        #expect(SiteRenderer.summary("Café board") == "Café board")
    }
}
