import Foundation
@testable import NoticeboardRender
import NoticeboardTestSupport
import Testing

@Suite struct JSONValueWriterTests {
    /// What Foundation's encoder writes, which the writer replaces byte for byte.
    private func foundation(_ value: JSONValue, pretty: Bool) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    @Test func writesWhatJSONEncoderWrites() throws {
        let strings: [String] = ["", "plain", "quote \" backslash \\ slash / </script>", "tab\tnew\nline\rfeed\u{0C}back\u{08}",
                                 "\u{0}\u{1}\u{1F}\u{7F}", "café ✓ 😀 \u{2028}\u{2029}", "https://example.org/a?b=c&d"]
        let keys = ["b", "a", "B", "A", "_x", "@type", "@context", "a1", "a10", "a2", "é", "Z", "z", "records", "as_of"]
        var generator = SeededGenerator(seed: 7)
        func make(_ depth: Int) -> JSONValue {
            switch Int.random(in: 0..<(depth > 2 ? 4 : 6), using: &generator) {
            case 0: return .string(strings.randomElement(using: &generator)!)
            case 1: return .integer(Int.random(in: -1_000_000...1_000_000, using: &generator))
            case 2: return .bool(Bool.random(using: &generator))
            case 3: return .null
            case 4: return .array((0..<Int.random(in: 0..<4, using: &generator)).map { _ in make(depth + 1) })
            default:
                return .object(Dictionary((0..<Int.random(in: 0..<6, using: &generator)).map { _ in
                    (keys.randomElement(using: &generator)!, make(depth + 1))
                }, uniquingKeysWith: { first, _ in first }))
            }
        }
        for _ in 0..<300 {
            let value = make(0)
            #expect(JSONValueWriter.text(value, pretty: true) == (try foundation(value, pretty: true)))
            #expect(JSONValueWriter.text(value, pretty: false) == (try foundation(value, pretty: false)))
        }
    }
}
