import Testing
@testable import NoticeboardSearch

@Suite struct UTF16OrderTests {
    /// The UTF-8 comparison agrees with JavaScript's UTF-16 order on strings mixing ASCII, accents, characters from
    /// U+E000 to U+FFFF and characters above U+FFFF (where code point order and UTF-16 order disagree).
    @Test func agreesWithUTF16CodeUnits() {
        let pool: [Character] = ["a", "b", "z", "'", "é", "ß", "\u{E000}", "\u{FFFD}", "ｆ", "😀", "\u{10000}", "東"]
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(seed >> 33) % bound
        }
        func word() -> String { String((0..<next(5)).map { _ in pool[next(pool.count)] }) }
        for _ in 0..<20_000 {
            let (a, b) = (word(), word())
            #expect(IndexEncoding.utf16Less(a, b) == a.utf16.lexicographicallyPrecedes(b.utf16), "\(a) < \(b)")
        }
        #expect(IndexEncoding.utf16Less("\u{10000}", "\u{E000}"))
        #expect(!IndexEncoding.utf16Less("\u{FFFD}", "😀"))
        #expect(IndexEncoding.utf16Less("ab", "abc") && !IndexEncoding.utf16Less("abc", "abc"))
    }
}
