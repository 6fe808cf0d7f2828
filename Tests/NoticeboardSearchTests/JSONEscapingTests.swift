import Foundation
import Testing
@testable import NoticeboardSearch

@Suite struct JSONEscapingTests {
    /// Every string comes back from a JSON parser unchanged, and the literal is safe inside a `.js` file loaded
    /// with `<script>`: no `</`, no raw U+2028 or U+2029, no raw control character.
    static let texts = ["", "plain words", "a \"quote\" and a \\ backslash", "</script><script>alert(1)</script>",
                        "line\nbreak\r\ttab \u{0}\u{1}\u{1F}", "\u{2028}\u{2029} separators", "€ and ‘quotes’ — dashes",
                        "ends with <", "</", "/ and </ and < /", String(repeating: "long run ", count: 500) + "\""]

    /// By number, so the test log does not print the control characters and line separators themselves.
    @Test(arguments: texts.indices)
    func escapedTextParsesBackAndIsScriptSafe(number: Int) throws {
        let text = Self.texts[number]
        let literal = IndexEncoding.json(text)
        #expect(!literal.contains("</"))
        #expect(!literal.unicodeScalars.contains { $0.value < 0x20 || $0 == "\u{2028}" || $0 == "\u{2029}" })
        let parsed = try JSONSerialization.jsonObject(with: Data("[\(literal)]".utf8)) as? [String]
        #expect(parsed == [text])
    }
}
