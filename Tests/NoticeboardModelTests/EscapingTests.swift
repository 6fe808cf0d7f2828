import NoticeboardModel
import Testing

@Suite struct EscapingTests {
    @Test(arguments: [
        ("plain", "plain"), ("a & b", "a &amp; b"), ("<script>\"x\"</script>", "&lt;script&gt;&quot;x&quot;&lt;/script&gt;"),
        ("it's", "it&#39;s"), ("café ünïcode 😀", "café ünïcode 😀"), ("", ""),
    ])
    func htmlEscapesTheFiveCharacters(text: String, expected: String) {
        #expect(Escaping.html(text) == expected)
    }

    @Test func xmlAlsoDropsWhatXMLForbids() {
        #expect(Escaping.xml("a\u{0}b\u{1F}c\td\ne\rf\u{FFFE}g\u{FFFF}h\u{FFFD}&") == "abc\td\ne\rfgh\u{FFFD}&amp;")
        #expect(Escaping.html("a\u{0}b") == "a\u{0}b")
    }

    @Test func plainRunsAroundWhatIsEscapedAreKeptWhole() {
        let run = String(repeating: "minutes café ﬁnance \u{F8FF} ", count: 40)
        #expect(Escaping.xml(run + "<" + run + "\u{1}" + run) == run + "&lt;" + run + run)
        #expect(Escaping.html("&" + run + "'") == "&amp;" + run + "&#39;")
        #expect(Escaping.xml("\u{FFFF}") == "" && Escaping.xml("x\u{EF}") == "x\u{EF}")
    }
}
