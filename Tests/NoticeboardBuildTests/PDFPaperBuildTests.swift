import Foundation
import NoticeboardBuild
import NoticeboardContent
import NoticeboardModel
import NoticeboardTestSupport
import Testing

/// PDF papers through the whole build: copied unchanged, shown with their text, cached by content.
@Suite struct PDFPaperBuildTests {
    static let meeting = "content/meetings/test-icb/2026-03-12"
    static let plan = TestPDF.text(pages: [
        ["Community services contract", "", "The board is asked to note that <script>alert(1)</script> is only text here,"],
        ["and that the contract runs for seven years & may be extended."],
    ], title: "Community services contract")

    func options(_ root: URL, extractor: (any PDFTextExtractor)? = nil) -> BuildOptions {
        var options = BuildOptions(root: root, asOf: CalendarDate(year: 2026, month: 11, day: 1))
        if let extractor { options.pdfTextExtractor = extractor }
        return options
    }

    @Test func aPDFPaperIsCopiedLinkedAndShownWithItsText() throws {
        var site = TestSite.minimal
        site["\(Self.meeting)/index.md"] = site["\(Self.meeting)/index.md"]!.replacingOccurrences(
            of: "    paper: financial-plan", with: "    paper: financial-plan\n  - number: \"5\"\n    title: Community contract\n    paper: contract")
        site["\(Self.meeting)/contract.yml"] = "item: \"5\"\npublished: 2026-03-05\n"
        let root = try site.write(adding: ["\(Self.meeting)/contract.pdf": Self.plan, "\(Self.meeting)/locked.pdf": TestPDF.passwordLocked()])
        let report = try SiteBuilder(options: options(root)).build()
        #expect(report.succeeded)
        #expect(report.diagnostics.map(\.description) == [
            "\(Self.meeting)/locked.pdf:1:1: warning: cannot read the text of this PDF: it is encrypted with a password; the paper is listed and linked, but its text is not shown or searchable",
        ])
        let out = root.appendingPathComponent("site/bodies/test-icb/2026-03-12")
        #expect(try Data(contentsOf: out.appendingPathComponent("contract/contract.pdf")) == Self.plan)
        let page = try String(contentsOf: out.appendingPathComponent("contract/index.html"), encoding: .utf8)
        #expect(page.contains("<h1>Community services contract</h1>"))
        #expect(page.contains("2 pages"))
        #expect(page.contains("<time datetime=\"2026-03-05\">"))
        #expect(page.contains("<h2>Text of the PDF</h2>"))
        #expect(page.contains("<p>The board is asked to note that &lt;script&gt;alert(1)&lt;/script&gt; is only text here, and that the contract runs for seven years &amp; may be extended.</p>"))
        #expect(!page.contains("<script>alert"))
        let meeting = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(meeting.contains("contract/"))
        let locked = try String(contentsOf: out.appendingPathComponent("locked/index.html"), encoding: .utf8)
        #expect(locked.contains("The text of this PDF could not be read"))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("locked/locked.pdf").path))
    }

    @Test func aOnePagePDFSaysOnePage() throws {
        let root = try TestSite.minimal.write(adding: ["\(Self.meeting)/note.pdf": TestPDF.text(pages: [["A short note."]])])
        #expect(try SiteBuilder(options: options(root)).build().succeeded)
        let page = try String(contentsOf: root.appendingPathComponent("site/bodies/test-icb/2026-03-12/note/index.html"), encoding: .utf8)
        #expect(page.contains("Download the PDF</a> (1 KB, 1 page)"))
        #expect(page.contains("<h1>Note</h1>"))
    }

    @Test func aRebuildDoesNotExtractUnchangedPDFsAgain() throws {
        let root = try TestSite.minimal.write(adding: ["\(Self.meeting)/contract.pdf": Self.plan])
        let fake = FakePDFTextExtractor(fallback: PDFExtraction(text: "Cached words.\n\u{0C}", pages: 2))
        #expect(try SiteBuilder(options: options(root, extractor: fake)).build().succeeded)
        #expect(try SiteBuilder(options: options(root, extractor: fake)).build().succeeded)
        #expect(fake.calls == 1)
        let cache = root.appendingPathComponent(".noticeboard-cache/pdf-text")
        #expect(try FileManager.default.contentsOfDirectory(atPath: cache.path) == ["\(SHA256.hex(Self.plan)).json"])
        // Loading reads content/ and writes nothing there.
        #expect(try readTree(root.appendingPathComponent("content")).count == TestSite.minimal.files.keys.filter { $0.hasPrefix("content/") }.count + 1)
    }

    @Test func manyPDFsAreReadAtOnceAndEachOnlyOnce() throws {
        var binaries: [String: Data] = [:]
        for n in 1...6 { binaries["\(Self.meeting)/paper-\(n).pdf"] = TestPDF.text(pages: [["Paper \(n)"]]) }
        let root = try TestSite.minimal.write(adding: binaries)
        let fake = FakePDFTextExtractor(fallback: PDFExtraction(text: "Words.\n\u{0C}", pages: 1))
        let report = try SiteBuilder(options: options(root, extractor: fake)).build()
        #expect(report.succeeded)
        #expect(fake.calls == 6)
    }

    @Test func warmedExtractionsAreHandedOutOnceFromMemory() throws {
        let cacheRoot = Scratch.url("nb-warmed-cache")
        defer { try? FileManager.default.removeItem(at: cacheRoot) }
        let fake = FakePDFTextExtractor(fallback: PDFExtraction(text: "Words.\n\u{0C}", pages: 1))
        let caching = CachingPDFTextExtractor(fake, cache: ExtractionCache(root: cacheRoot))
        caching.warm(Self.plan)
        #expect(fake.calls == 1)
        try FileManager.default.removeItem(at: cacheRoot)
        #expect(caching.extract(Self.plan).text == "Words.\n\u{0C}")
        #expect(fake.calls == 1, "the warmed extraction came from memory, not the (removed) cache")
        _ = caching.extract(Self.plan)
        #expect(fake.calls == 2, "and only once")
    }

    /// In `serve`, a rebuild reads ahead only the PDFs of bodies whose folder changed: the others' papers are
    /// reused from the last load, so reading their PDFs (and cache entries) again would be wasted.
    @Test func aRebuildReadsAheadOnlyThePDFsOfChangedBodies() throws {
        var site = TestSite.minimal
        site["content/bodies/other-icb.md"] = site["content/bodies/test-icb.md"]!.replacingOccurrences(of: "Test ICB", with: "Other ICB")
        for name in ["index.md", "financial-plan.md"] {
            site["content/meetings/other-icb/2026-03-12/\(name)"] = site["\(Self.meeting)/\(name)"]
        }
        let otherPlan = TestPDF.text(pages: [["Other plan"]])
        let root = try site.write(adding: ["\(Self.meeting)/contract.pdf": Self.plan, "content/meetings/other-icb/2026-03-12/contract.pdf": otherPlan])
        let fake = FakePDFTextExtractor(fallback: PDFExtraction(text: "Words.\n\u{0C}", pages: 1))
        let options = options(root, extractor: fake)
        let session = BuildSession(options: options)
        #expect(try SiteBuilder(options: options).build(in: session).succeeded)
        #expect(fake.calls == 2)
        // Without the cache, any PDF read again reaches the extractor.
        try FileManager.default.removeItem(at: root.appendingPathComponent(".noticeboard-cache"))
        let minutes = root.appendingPathComponent("\(Self.meeting)/index.md")
        try (String(contentsOf: minutes, encoding: .utf8) + "More notes.\n").write(to: minutes, atomically: true, encoding: .utf8)
        session.invalidate(["\(Self.meeting)/index.md"]) // as serve's watcher does
        #expect(try SiteBuilder(options: options).build(in: session).succeeded)
        #expect(fake.calls == 3, "only the edited body's PDF is read again")
    }

    @Test func aCorruptCacheEntryIsIgnoredAndReplaced() throws {
        let root = try TestSite.minimal.write(adding: ["\(Self.meeting)/contract.pdf": Self.plan])
        let fake = FakePDFTextExtractor(fallback: PDFExtraction(text: "Fresh words.\n\u{0C}", pages: 2))
        let entry = root.appendingPathComponent(".noticeboard-cache/pdf-text/\(SHA256.hex(Self.plan)).json")
        try FileManager.default.createDirectory(at: entry.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("{\"version\": 1, \"extraction\": {\"text\": \"trunc".utf8).write(to: entry)
        #expect(try SiteBuilder(options: options(root, extractor: fake)).build().succeeded)
        #expect(fake.calls == 1)
        let page = try String(contentsOf: root.appendingPathComponent("site/bodies/test-icb/2026-03-12/contract/index.html"), encoding: .utf8)
        #expect(page.contains("Fresh words."))
        let cache = ExtractionCache(root: root.appendingPathComponent(".noticeboard-cache"))
        #expect(cache.extraction(sha256: SHA256.hex(Self.plan), extractor: fake.identity)?.text == "Fresh words.\n\u{0C}")
    }

    @Test func anotherExtractorsCacheEntriesAreNotUsed() throws {
        let root = try TestSite.minimal.write(adding: ["\(Self.meeting)/contract.pdf": Self.plan])
        let first = FakePDFTextExtractor(identity: "first"), second = FakePDFTextExtractor(identity: "second")
        _ = try SiteBuilder(options: options(root, extractor: first)).build()
        _ = try SiteBuilder(options: options(root, extractor: second)).build()
        #expect(first.calls == 1 && second.calls == 1)
    }

    @Test func timeOutsAreNotCached() throws {
        let root = try TestSite.minimal.write(adding: ["\(Self.meeting)/contract.pdf": Self.plan])
        let slow = FakePDFTextExtractor(fallback: PDFExtraction(problem: .timedOut(60)))
        let report = try SiteBuilder(options: options(root, extractor: slow)).build()
        #expect(report.succeeded)
        #expect(report.diagnostics.first?.message.hasPrefix("reading the text of this PDF took over 60 s") == true)
        _ = try SiteBuilder(options: options(root, extractor: slow)).build()
        #expect(slow.calls == 2)
    }

    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func sha256MatchesTheStandardVectors(input: String, digest: String) {
        #expect(SHA256.hex(Data(input.utf8)) == digest)
    }

    @Test func sha256OfAMillionAs() {
        #expect(SHA256.hex(Data(repeating: UInt8(ascii: "a"), count: 1_000_000)) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }
}
