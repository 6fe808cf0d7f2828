import Foundation
import NoticeboardContent
import NoticeboardModel
import NoticeboardTestSupport
import Testing

/// Broken input never crashes: every case ends in diagnostics or a loaded site, in bounded time and memory.
@Suite struct BrokenInputTests {
    static let body = "content/bodies/test-icb.md"
    static let meeting = "content/meetings/test-icb/2026-03-12/index.md"

    func load(replacing path: String, with bytes: [UInt8]) -> SiteLoader.Result {
        var files = TestSite.minimal.fileSystem.files
        files[path] = Data(bytes)
        return SiteLoader(files: InMemoryFileSystem(files: files)).load()
    }

    /// Either a site, or at least one error naming a file.
    func expectOutcome(_ result: SiteLoader.Result, _ label: String) {
        if result.site == nil {
            #expect(result.diagnostics.hasErrors, "\(label): no site and no error")
        }
        for diagnostic in result.diagnostics {
            #expect(diagnostic.location.line >= 1 && diagnostic.location.column >= 1, "\(label): \(diagnostic)")
        }
    }

    static let cases: [(String, String, [UInt8])] = {
        let yamlBomb = """
        ---
        name: Bomb
        kind: integrated-care-board
        region: midlands
        extra:
          a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
          b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
          c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
          d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
          e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
          f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
          g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
          h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
        ---
        """
        let aliasName = "---\nbase: &n Test\nname: *n\nkind: integrated-care-board\nregion: midlands\n---\n"
        let deepYAML = "---\nname: Deep\nkind: integrated-care-board\nregion: midlands\nextra:\n  x: " + String(repeating: "[", count: 20000) + String(repeating: "]", count: 20000) + "\n---\n"
        let deepMarkdown = "---\nname: X\nkind: integrated-care-board\nregion: midlands\n---\n" + String(repeating: ">", count: 20000) + " quote\n\n"
            + String(repeating: "- ", count: 5000) + "item\n\n" + String(repeating: "*", count: 20000) + "a" + String(repeating: "*", count: 20000)
            + "\n" + String(repeating: "[", count: 20000) + "\n"
        let bigMinutes = "---\nstatus: held\n---\n" + String(repeating: "The board discussed the plan at length. ", count: 260_000) // ~10 MB
        let manyItems = "---\nstatus: held\nitems:\n" + (1...10_000).map { "  - number: \"\($0)\"\n    title: Item \($0)\n" }.joined() + "---\n"
        return [
            ("empty file", body, []),
            ("only the opening fence", body, Array("---".utf8)),
            ("truncated in a key", body, Array("---\nname: Test ICB\nki".utf8)),
            ("NUL bytes", body, Array("---\nname: A\0B\n---\n".utf8)),
            ("invalid UTF-8", body, [0x2D, 0x2D, 0x2D, 0x0A, 0xC3, 0x28, 0x0A, 0x2D, 0x2D, 0x2D, 0x0A]),
            ("overlong UTF-8", body, [0xC0, 0xAF]),
            ("UTF-16 with a BOM", body, [0xFF, 0xFE, 0x2D, 0x00, 0x2D, 0x00]),
            ("BOM and CRLF", body, [0xEF, 0xBB, 0xBF] + Array("---\r\nname: A\r\nkind: integrated-care-board\r\nregion: midlands\r\n---\r\nText\r\n".utf8)),
            ("old Mac line ends", body, Array("---\rname: A\rkind: integrated-care-board\rregion: midlands\r---\r".utf8)),
            ("a list, not a map", body, Array("---\n- a\n- b\n---\n".utf8)),
            ("a plain string", body, Array("---\njust text\n---\n".utf8)),
            ("tabs in YAML", body, Array("---\nname: A\n\tkind: x\n---\n".utf8)),
            ("duplicate keys", body, Array("---\nname: A\nname: B\nkind: integrated-care-board\nregion: midlands\n---\n".utf8)),
            ("YAML alias bomb", body, Array(yamlBomb.utf8)),
            ("alias for a field", body, Array(aliasName.utf8)),
            ("20,000 nested YAML lists", body, Array(deepYAML.utf8)),
            ("deeply nested Markdown", body, Array(deepMarkdown.utf8)),
            ("date 2026-02-30", body, Array("---\nname: A\nkind: integrated-care-board\nregion: midlands\nestablished: 2026-02-30\n---\n".utf8)),
            ("date as a timestamp", body, Array("---\nname: A\nkind: integrated-care-board\nregion: midlands\nestablished: 2026-02-03T10:00:00Z\n---\n".utf8)),
            ("members as a map", body, Array("---\nname: A\nkind: integrated-care-board\nregion: midlands\nmembers: {a: b}\n---\n".utf8)),
            ("member as a string", body, Array("---\nname: A\nkind: integrated-care-board\nregion: midlands\nmembers: [x]\n---\n".utf8)),
            ("a 10 MB minutes file", meeting, Array(bigMinutes.utf8)),
            ("10,000 agenda items", meeting, Array(manyItems.utf8)),
            ("items as numbers", meeting, Array("---\nitems: [1, 2, 3]\n---\n".utf8)),
            ("binary junk", meeting, (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919 &+ 13) }),
        ]
    }()

    @Test(arguments: cases.indices)
    func brokenFileEndsInDiagnosticsOrASite(index: Int) {
        let (label, path, bytes) = Self.cases[index]
        expectOutcome(load(replacing: path, with: bytes), label)
    }

    @Test func tenThousandItemsLoadAndKeepTheirOrder() {
        let (_, path, bytes) = Self.cases.first { $0.0 == "10,000 agenda items" }!
        let result = load(replacing: path, with: bytes)
        #expect(result.site?.meetings.first?.items.count == 10_000)
        #expect(result.site?.meetings.first?.items.last?.number == "10000")
    }

    @Test func aliasBombIsRefusedNotExpanded() {
        let (_, path, bytes) = Self.cases.first { $0.0 == "YAML alias bomb" }!
        let messages = load(replacing: path, with: bytes).diagnostics.map(\.message)
        #expect(messages.contains { $0.contains("too large or too deeply nested") })
    }

    /// Random damage to every file of a valid site, with a fixed seed so failures repeat.
    @Test func seededMutationsNeverCrash() {
        var random = SeededGenerator(seed: 0x4E6F7469636562)
        let original = TestSite.minimal.fileSystem.files
        let paths = original.keys.sorted()
        let fragments: [[UInt8]] = ["\n", "---\n", ": ", "- ", "[", "]", "{", "}", "&a ", "*a", "\"", "'", "\0", "\r\n", "\u{FEFF}",
                                    "\t", "#", "|", ">", "2026-02-30", "items:\n  - number: 1\n", "\u{202E}", "<script>"].map { Array($0.utf8) }
        for round in 0..<400 {
            var files = original
            for _ in 0..<(1 + Int(random.next() % 3)) {
                let path = paths[Int(random.next() % UInt64(paths.count))]
                var bytes = Array(files[path]!)
                switch random.next() % 4 {
                case 0: bytes = Array(bytes.prefix(Int(random.next() % UInt64(bytes.count + 1))))
                case 1 where !bytes.isEmpty: bytes[Int(random.next() % UInt64(bytes.count))] = UInt8(truncatingIfNeeded: random.next())
                case 2:
                    let at = Int(random.next() % UInt64(bytes.count + 1))
                    bytes.insert(contentsOf: fragments[Int(random.next() % UInt64(fragments.count))], at: at)
                default:
                    if bytes.count > 2 {
                        let a = Int(random.next() % UInt64(bytes.count)), b = Int(random.next() % UInt64(bytes.count))
                        bytes.removeSubrange(min(a, b)..<max(a, b))
                    }
                }
                files[path] = Data(bytes)
            }
            expectOutcome(SiteLoader(files: InMemoryFileSystem(files: files)).load(), "round \(round)")
        }
    }
}
