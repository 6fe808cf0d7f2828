@testable import NoticeboardContent
import Testing

@Suite struct UTF8TextTests {
    /// White space is any Unicode white space at either end (a no-break space too); what is between is kept whole,
    /// combining marks and all.
    @Test(arguments: [
        ("", ""), ("   ", ""), ("a", "a"), ("  a b  ", "a b"), ("\n\ta\r\n", "a"),
        ("\u{00A0}Minutes\u{2003}", "Minutes"), ("cafe\u{301} ", "cafe\u{301}"), (" \u{1F3E5} ward ", "\u{1F3E5} ward"),
    ])
    func trimmedDropsWhiteSpaceAtTheEndsOnly(_ text: String, _ expected: String) {
        #expect(UTF8Text.trimmed(text) == expected)
        #expect(UTF8Text.trimmed(text).unicodeScalars.elementsEqual(expected.unicodeScalars))
    }
}
