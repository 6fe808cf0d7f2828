import Foundation
import Testing
@testable import NoticeboardSearch

@Suite struct JSONEscapingTests {
    /// Every string comes back from a JSON parser unchanged, and the literal is safe inside a `.js` file loaded
    /// with `<script>`: no `</`, no raw U+2028 or U+2029, no raw control character.
    static let texts = ["", "plain words", "a \"quote\" and a \\ backslash", "</script><script>alert(1)</script>",
                        "line\nbreak\r\ttab \u{0}\u{1}\u{1F}", "\u{2028}\u{2029} separators", "€ and ‘quotes’ — dashes",
                        "ends with <", "</", "/ and </ and < /", String(repeating: "long run ", count: 500) + "\"",
                        "eight by eight: </tag> then \u{2028} and \"quoted\" after clean runs\n"]

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

    /// The eight-bytes-at-once test agrees with the byte-at-a-time one for every byte in every place of a word of
    /// letters: it may never pass over a byte that needs escaping.
    @Test func aWordMayNeedEscapingExactlyWhenOneOfItsBytesMay() {
        func mayNeedEscape(_ byte: UInt8) -> Bool { byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x2F || byte == 0xE2 }
        for byte in UInt8.min...UInt8.max {
            for place in 0..<8 {
                var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 8)
                bytes[place] = byte
                let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
                #expect(IndexEncoding.mayNeedEscape(word) == mayNeedEscape(byte), "byte \(byte) at \(place)")
            }
        }
    }

    /// The characters of postings are the alphabet's, worked out rather than looked up.
    @Test func eachValueIsWrittenAsItsCharacterOfTheAlphabet() {
        #expect((0..<64).map(IndexEncoding.character) == IndexEncoding.alphabet)
    }
}
