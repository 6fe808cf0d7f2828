import Foundation
import NoticeboardContent
import NoticeboardModel
import NoticeboardTestSupport
import Testing

/// The real extractor (poppler's pdftotext and pdfinfo, which scripts/setup.sh installs) on real PDFs written by
/// the tests, and the loader's use of an extractor.
@Suite final class PDFExtractionTests {
    let poppler = PopplerPDFTextExtractor()

    /// Each test's temporary files, removed when it ends.
    private var temporary: [URL] = []
    deinit { for file in temporary { try? FileManager.default.removeItem(at: file) } }

    static let planPages = [
        ["System financial plan 2026/27", "", "The plan sets out how the system will close its deficit of", "£12m over three years."],
        ["Risks", "", "Workforce shortages in community nursing are the largest risk."],
        ["Recommendation", "", "The board is asked to approve the plan."],
    ]

    @Test func readsTheTextPagesAndTitleOfAMultiPagePDF() throws {
        #expect(poppler.unavailableReason == nil, "pdftotext is needed: run scripts/setup.sh")
        let extraction = poppler.extract(TestPDF.text(pages: Self.planPages, title: "System financial plan"))
        #expect(extraction.problem == nil)
        #expect(extraction.pages == 3)
        #expect(extraction.title == "System financial plan")
        #expect(extraction.text.contains("£12m over three years."))
        #expect(extraction.text.filter { $0 == "\u{0C}" }.count == 3)
        let document = PDFText.document(extraction.text)
        #expect(document.text.contains("The plan sets out how the system will close its deficit of £12m over three years."))
        #expect(document.text.contains("The board is asked to approve the plan."))
        #expect(!document.html.contains("\u{0C}"))
    }

    @Test func aTitleWithMarkupCharactersAndSeveralLinesIsReadWhole() {
        let title = "Plan <b> & \"costs\" it's\nsecond line"
        #expect(poppler.extract(TestPDF.text(pages: [["x"]], title: title)).title == title)
    }

    @Test func textPagesAndTitleComeFromOneRunOfPdftotext() throws {
        let marker = Scratch.url("nb-pdfinfo-ran")
        temporary.append(marker)
        let pdfinfo = try script("touch '\(marker.path)'; exec pdfinfo \"$@\"")
        let extractor = PopplerPDFTextExtractor(pdftotext: poppler.pdftotext, pdfinfo: pdfinfo)
        let extraction = extractor.extract(TestPDF.text(pages: Self.planPages, title: "System financial plan"))
        #expect(extraction.pages == 3)
        #expect(extraction.title == "System financial plan")
        #expect(!FileManager.default.fileExists(atPath: marker.path), "pdfinfo is not needed for a readable PDF")

        // Text cut short at the output cap has lost its page breaks: pdfinfo tells the pages.
        let capped = PopplerPDFTextExtractor(pdftotext: poppler.pdftotext, pdfinfo: pdfinfo, outputLimit: 400)
        let cut = capped.extract(TestPDF.text(pages: Self.planPages, title: "System financial plan"))
        #expect(cut.problem == nil)
        #expect(cut.pages == 3)
        #expect(cut.title == "System financial plan")
        #expect(FileManager.default.fileExists(atPath: marker.path))
    }

    @Test func aPasswordLockedPDFIsUnreadable() {
        let extraction = poppler.extract(TestPDF.passwordLocked())
        #expect(extraction.problem == .unreadable("it is encrypted with a password"))
    }

    static var qpdf: String? {
        ["/usr/bin/qpdf", "/usr/local/bin/qpdf"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    @Test(.enabled(if: qpdf != nil, "qpdf is installed by scripts/setup.sh --test"))
    func aPDFEncryptedByQPDFIsUnreadable() throws {
        let folder = Scratch.url("nb-qpdf")
        temporary.append(folder)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let plain = folder.appendingPathComponent("plain.pdf"), locked = folder.appendingPathComponent("locked.pdf")
        try TestPDF.text(pages: Self.planPages).write(to: plain)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.qpdf!)
        process.arguments = ["--encrypt", "user-secret", "owner-secret", "256", "--", plain.path, locked.path]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let extraction = poppler.extract(try Data(contentsOf: locked))
        #expect(extraction.problem == .unreadable("it is encrypted with a password"))
    }

    @Test func aTruncatedPDFIsUnreadable() {
        #expect(poppler.extract(TestPDF.truncated()).problem == .unreadable("it is damaged or not a PDF"))
        #expect(poppler.extract(Data("not a PDF at all".utf8)).problem == .unreadable("it is damaged or not a PDF"))
    }

    @Test func aPDFWithoutATextLayerHasNoText() {
        let extraction = poppler.extract(TestPDF.withoutText(pages: 2))
        #expect(extraction.problem == nil)
        #expect(extraction.pages == 2)
        #expect(extraction.hasNoText)
    }

    /// A program standing in for pdftotext, written to a temporary folder.
    func script(_ body: String) throws -> URL {
        let url = Scratch.url("nb-fake-pdftotext")
        temporary.append(url)
        try "#!/bin/sh\n\(body)\n".write(to: url, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
        return url
    }

    @Test func anExtractorThatHangsIsStopped() throws {
        let hanging = PopplerPDFTextExtractor(pdftotext: try script("exec sleep 60"), pdfinfo: nil, timeout: 1)
        #expect(hanging.extract(TestPDF.text(pages: [["x"]])).problem == .timedOut(1))
    }

    @Test func anExtractorThatNeverStopsPrintingIsCutOff() throws {
        let flood = PopplerPDFTextExtractor(pdftotext: try script("exec yes 'the same line again'"), pdfinfo: nil,
                                            timeout: 30, outputLimit: 10_000)
        let extraction = flood.extract(TestPDF.text(pages: [["x"]]))
        #expect(extraction.problem == nil)
        #expect(extraction.text.utf8.count == 10_000)
    }

    @Test func anExtractorThatWantsTooMuchMemoryFails() throws {
        // Doubling a string 28 times wants 256 MB; the limit here is 100 MB.
        var greedy = PopplerPDFTextExtractor(pdftotext: try script("exec awk 'BEGIN { s = \"x\"; for (i = 0; i < 28; i++) s = s s; print length(s) }'"),
                                             pdfinfo: nil, timeout: 30)
        greedy.memoryLimitKilobytes = 100 * 1024
        let extraction = greedy.extract(TestPDF.text(pages: [["x"]]))
        #expect(extraction.problem != nil)
        #expect(!extraction.text.contains("268435456"))
    }

    @Test func theExtractorReadsOnlyACopyNeverTheSitePath() throws {
        // The program is handed a path in a private temporary folder, never one under the site.
        let recorder = try script("for argument; do case \"$argument\" in *.pdf) echo \"$argument\";; esac; done")
        let extraction = PopplerPDFTextExtractor(pdftotext: recorder, pdfinfo: nil).extract(TestPDF.text(pages: [["x"]]))
        let path = extraction.text.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(path.hasPrefix(FileManager.default.temporaryDirectory.path))
        #expect(path.hasSuffix("/paper.pdf"))
        #expect(!FileManager.default.fileExists(atPath: path), "the temporary copy is removed")
    }

    @Test func aMissingPdftotextIsReported() {
        let missing = PopplerPDFTextExtractor(pdftotext: URL(fileURLWithPath: "/nonexistent/pdftotext"), pdfinfo: nil)
        #expect(missing.unavailableReason?.contains("poppler-utils") == true)
    }

    // MARK: Loading

    static let meeting = "content/meetings/test-icb/2026-03-12"

    func load(_ binaries: [String: Data], extractor: (any PDFTextExtractor)?, yml: String? = nil) -> SiteLoader.Result {
        var site = TestSite.minimal
        if let yml { site["\(Self.meeting)/board-pack.yml"] = yml }
        return SiteLoader(files: site.fileSystem(adding: binaries), pdfText: extractor).load()
    }

    @Test func aPDFPaperGetsItsTextPagesAndTitle() throws {
        let pdf = TestPDF.text(pages: Self.planPages, title: "System financial plan")
        let result = load(["\(Self.meeting)/board-pack.pdf": pdf], extractor: poppler)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let paper = try #require(result.site?.meetings.first?.paper("board-pack"))
        #expect(paper.format == .pdf)
        #expect(paper.title == "System financial plan")
        #expect(paper.file == PaperFile(path: "\(Self.meeting)/board-pack.pdf", size: pdf.count, pages: 3))
        #expect(paper.content.text.contains("Workforce shortages in community nursing are the largest risk."))
        #expect(paper.content.html.hasPrefix("<p>System financial plan 2026/27</p>"))
    }

    @Test func theTitleComesFromTheDetailsThenThePDFThenTheFileName() throws {
        let titled = TestPDF.text(pages: [["Text"]], title: "Title inside the PDF")
        let untitled = TestPDF.text(pages: [["Text"]])
        let path = "\(Self.meeting)/board-pack.pdf"
        #expect(load([path: titled], extractor: poppler, yml: "title: Board pack\n").site?.meetings[0].paper("board-pack")?.title == "Board pack")
        #expect(load([path: titled], extractor: poppler).site?.meetings[0].paper("board-pack")?.title == "Title inside the PDF")
        #expect(load([path: untitled], extractor: poppler).site?.meetings[0].paper("board-pack")?.title == "Board pack")
        #expect(load([path: titled], extractor: nil).site?.meetings[0].paper("board-pack")?.title == "Board pack")
    }

    @Test func unreadablePDFsAreWarningsAndThePapersStayListed() throws {
        let result = load([
            "\(Self.meeting)/locked.pdf": TestPDF.passwordLocked(),
            "\(Self.meeting)/damaged.pdf": TestPDF.truncated(),
            "\(Self.meeting)/scanned.pdf": TestPDF.withoutText(),
        ], extractor: poppler)
        #expect(result.diagnostics.map(\.description) == [
            "\(Self.meeting)/damaged.pdf:1:1: warning: cannot read the text of this PDF: it is damaged or not a PDF; the paper is listed and linked, but its text is not shown or searchable",
            "\(Self.meeting)/locked.pdf:1:1: warning: cannot read the text of this PDF: it is encrypted with a password; the paper is listed and linked, but its text is not shown or searchable",
            "\(Self.meeting)/scanned.pdf:1:1: warning: this PDF has no text to extract (a scanned image without a text layer?); the paper is listed and linked, but its text is not shown or searchable",
        ])
        #expect(result.site?.meetings[0].papers.map(\.slug) == ["damaged", "financial-plan", "locked", "scanned"])
    }

    @Test func aMissingExtractorIsOneWarningForTheWholeSite() {
        let missing = PopplerPDFTextExtractor(pdftotext: URL(fileURLWithPath: "/nonexistent/pdftotext"), pdfinfo: nil)
        let result = load([
            "\(Self.meeting)/one.pdf": TestPDF.text(pages: [["One"]]),
            "\(Self.meeting)/two.pdf": TestPDF.text(pages: [["Two"]]),
        ], extractor: missing)
        #expect(result.site != nil)
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics.first?.severity == .warning)
        #expect(result.diagnostics.first?.location == SourceLocation(path: "\(Self.meeting)/one.pdf"))
        #expect(result.diagnostics.first?.message.contains("the text of 2 PDF papers is not extracted") == true)
    }

    @Test func aFakeExtractorCanStandIn() throws {
        let fake = FakePDFTextExtractor(fallback: PDFExtraction(text: "Words from the fake.\n\u{0C}", pages: 7, title: "Fake title"))
        let result = load(["\(Self.meeting)/board-pack.pdf": Data("%PDF-1.4".utf8)], extractor: fake)
        let paper = try #require(result.site?.meetings.first?.paper("board-pack"))
        #expect(paper.content.text == "Words from the fake.")
        #expect(paper.file?.pages == 7)
        #expect(paper.title == "Fake title")
        #expect(fake.calls == 1)
    }
}
