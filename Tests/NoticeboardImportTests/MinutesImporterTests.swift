import Foundation
import NoticeboardBuild
import NoticeboardContent
import NoticeboardImport
import NoticeboardModel
import NoticeboardTestSupport
import Testing

/// The import fixture (`Tests/Fixtures/import`): a site with one body and one meeting written by hand, and a folder of
/// minutes in the shapes real collections have, plus PDFs written by the test.
@Suite final class MinutesImporterTests {
    static let fixture = packageRoot.appendingPathComponent("Tests/Fixtures/import")
    static let asOf = CalendarDate(year: 2026, month: 11, day: 1)!

    /// Each test's temporary folders, removed when it ends.
    private var temporary: [URL] = []
    deinit { for folder in temporary { try? FileManager.default.removeItem(at: folder) } }

    /// A fresh copy of the fixture's site and minutes, with PDF minutes added.
    func copyOfFixture() throws -> (root: URL, minutes: URL) {
        let base = Scratch.url("nb-import")
        temporary.append(base)
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        let root = base.appendingPathComponent("site"), minutes = base.appendingPathComponent("minutes")
        try FileManager.default.copyItem(at: Self.fixture.appendingPathComponent("site"), to: root)
        try FileManager.default.copyItem(at: Self.fixture.appendingPathComponent("minutes"), to: minutes)
        try TestPDF.text(pages: [
            ["Riverside ICB", "Minutes of the board meeting held on 14 September 2022", "", "The board approved the dental access plan."],
            ["Actions were agreed."],
        ], title: "Board minutes September 2022").write(to: minutes.appendingPathComponent("board-minutes.pdf"))
        try TestPDF.withoutText().write(to: minutes.appendingPathComponent("2019-11-05.pdf"))
        try Data([0x89, 0x50, 0x4E, 0x47]).write(to: minutes.appendingPathComponent("logo.png"))
        return (root, minutes)
    }

    func importer(_ root: URL, _ minutes: URL, body: String = "riverside-icb", dryRun: Bool = false) -> MinutesImporter {
        MinutesImporter(options: .init(source: minutes, root: root, body: body, asOf: Self.asOf, dryRun: dryRun,
                                       pdfText: PopplerPDFTextExtractor()))
    }

    static let expected: [(file: String, outcome: MinutesImporter.Entry.Outcome)] = [
        ("03-04-2024.md", .skipped(reason: "the date '03-04-2024' in its name could be 4 March 2024 or 3 April 2024; rename it YYYY-MM-DD")),
        ("2018-01/jan-24.md", .imported(folder: "2018-01-24")),
        ("2019-11-05.pdf", .imported(folder: "2019-11-05")),
        ("2021-07-07.md", .imported(folder: "2021-07-07")),
        ("2023-06-01.md", .imported(folder: "2023-06-01")),
        ("2024-01-10/minutes.md", .imported(folder: "2024-01-10")),
        ("2024-03-12.md", .imported(folder: "2024-03-12")),
        ("2024-05-20.md", .skipped(reason: "a meeting already exists at content/meetings/riverside-icb/2024-05-20")),
        ("2024/2024-02-14.md", .imported(folder: "2024-02-14")),
        ("2030-01-15.md", .imported(folder: "2030-01-15")),
        ("README.md", .skipped(reason: "no date in its name, and a file named 'README.md' is not minutes")),
        ("autumn-notes.md", .imported(folder: "2025-03-03")),
        ("board-minutes.pdf", .imported(folder: "2022-09-14")),
        ("meetings/2018-01-31-V8.md", .imported(folder: "2018-01-31-v8")),
        ("spring-notes.md", .imported(folder: "2022-04-05")),
        ("undated-notes.md", .skipped(reason: "no date in its name or first lines")),
    ]

    @Test func importsEveryDatedFileSkipsTheRestAndSaysWhy() throws {
        let (root, minutes) = try copyOfFixture()
        let report = try importer(root, minutes).run()
        #expect(report.entries.map(\.file) == Self.expected.map(\.file))
        for (entry, expected) in zip(report.entries, Self.expected) {
            #expect(entry.outcome == expected.outcome, "\(entry.file): \(entry.notes)")
        }
        #expect(report.otherFiles == [".png": 1])
        #expect(report.importedCount == 12 && report.skippedCount == 4)
    }

    @Test func theImportedSitePassesCheckAndBuilds() throws {
        let (root, minutes) = try copyOfFixture()
        _ = try importer(root, minutes).run()
        let builder = SiteBuilder(options: BuildOptions(root: root, asOf: Self.asOf))
        let (site, _, diagnostics) = builder.check()
        #expect(!diagnostics.hasErrors, "\(diagnostics.map(\.description))")
        // The one warning: the scanned PDF without text.
        #expect(diagnostics.map(\.description) == [
            "content/meetings/riverside-icb/2019-11-05/minutes.pdf:1:1: warning: this PDF has no text to extract (a scanned image without a text layer?); the paper is listed and linked, but its text is not shown or searchable",
        ])
        let meetings = try #require(site?.meetings)
        #expect(meetings.count == 13)
        let report = try builder.build()
        #expect(report.succeeded)
        let page = try String(contentsOf: root.appendingPathComponent("site/bodies/riverside-icb/2024-03-12/index.html"), encoding: .utf8)
        #expect(page.contains("procurement of community nursing services"))
        let paper = try String(contentsOf: root.appendingPathComponent("site/bodies/riverside-icb/2022-09-14/minutes/index.html"), encoding: .utf8)
        #expect(paper.contains("The board approved the dental access plan."))
    }

    func meeting(_ root: URL, _ folder: String) throws -> Meeting {
        let loaded = SiteLoader(files: LocalFileSystem(root: root)).load()
        return try #require(loaded.site?.meetings.first { $0.folder == folder })
    }

    @Test func titleStatusAttendanceAndMinutesAreRead() throws {
        let (root, minutes) = try copyOfFixture()
        _ = try importer(root, minutes).run()
        let march = try meeting(root, "2024-03-12")
        #expect(march.title == "Riverside ICB board meeting")
        #expect(march.status == .held)
        #expect(march.minutesPublished == CalendarDate(iso: "2024-03-12"))
        #expect(march.attendees == [Person(name: "Ann Chair", role: "Chair"), Person(name: "Bob Lee", role: "Director of Finance"),
                                    Person(name: "Cllr Dee Ward", role: "Riverside Council")])
        #expect(march.apologies == [Person(name: "Eve Fox", role: "Healthwatch Riverside")])
        #expect(march.extra["imported_from"] == .string("2024-03-12.md"))
        // The body is copied unchanged.
        let original = try String(contentsOf: minutes.appendingPathComponent("2024-03-12.md"), encoding: .utf8)
        let written = try String(contentsOf: root.appendingPathComponent("content/meetings/riverside-icb/2024-03-12/index.md"), encoding: .utf8)
        #expect(written.hasSuffix("---\n" + original))

        #expect(try meeting(root, "2030-01-15").status == .scheduled)
        #expect(try meeting(root, "2030-01-15").minutesPublished == nil)
        #expect(try meeting(root, "2024-01-10").attendees.map(\.name) == ["Ann Chair", "Frank Green"])
        #expect(try meeting(root, "2022-04-05").attendees == [Person(name: "Ann Chair", role: "Chair"), Person(name: "Gus Hill", role: "Lay member")])
        #expect(try meeting(root, "2018-01-31-v8").title == "V8 working group")
    }

    @Test func frontMatterIsKeptAndOtherToolsKeysMoveUnderExtra() throws {
        let (root, minutes) = try copyOfFixture()
        _ = try importer(root, minutes).run()
        let february = try meeting(root, "2024-02-14")
        #expect(february.title == "Board: February")
        #expect(february.location == "Riverside House")
        #expect(february.status == .held)
        #expect(february.attendees.map(\.name) == ["Ann Chair", "Bob Lee"])
        #expect(february.extra["layout"] == .string("post"))
        #expect(february.extra["author"] == .string("Secretariat"))
        #expect(february.extra["status"] == .string("done"))
        #expect(february.extra["source_id"] == .number(42))
        #expect(february.extra["tags"] == .list([.string("board"), .string("minutes")]))
        #expect(february.extra["date"] == .string("2024-02-14 18:00:00 +0000"))
        // Front matter that is not valid YAML is kept as text, and its title still found.
        let july = try meeting(root, "2021-07-07")
        #expect(july.title == "Meeting: notes from July")
        #expect(july.extra["front_matter"] == .string("title: Meeting: notes from July\nmood: good"))
    }

    @Test func minutesNotTakenOrEmptyAreNotPublished() throws {
        let (root, minutes) = try copyOfFixture()
        _ = try importer(root, minutes).run()
        #expect(try meeting(root, "2024-02-14").minutesPublished == nil) // "No minutes were taken."
        #expect(try meeting(root, "2023-06-01").minutesPublished == nil) // empty file
        #expect(try meeting(root, "2023-06-01").status == .held)
    }

    @Test func pdfMinutesBecomeAPaperOfTheirMeeting() throws {
        let (root, minutes) = try copyOfFixture()
        _ = try importer(root, minutes).run()
        let folder = root.appendingPathComponent("content/meetings/riverside-icb/2022-09-14")
        #expect(try Data(contentsOf: folder.appendingPathComponent("minutes.pdf")) == Data(contentsOf: minutes.appendingPathComponent("board-minutes.pdf")))
        let september = try meeting(root, "2022-09-14")
        #expect(september.minutesPublished == CalendarDate(iso: "2022-09-14"))
        #expect(september.minutes.text.contains("minutes of this meeting are in a PDF"))
        #expect(september.papers.map(\.title) == ["Board minutes September 2022"])
        #expect(try meeting(root, "2019-11-05").papers.map(\.slug) == ["minutes"])
    }

    @Test func noMinutesTakenForOneItemDeepInLongMinutesIsNotTheWholeMeeting() throws {
        let (root, _) = try copyOfFixture()
        let folder = root.deletingLastPathComponent().appendingPathComponent("long")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let long = String(repeating: "The board discussed the winter plan at length and agreed the actions set out below.\n\n", count: 30)
            + "## 9. Confidential item\nNo minutes were taken of this item.\n"
        try long.write(to: folder.appendingPathComponent("2015-06-01.md"), atomically: true, encoding: .utf8)
        _ = try importer(root, folder).run()
        #expect(try meeting(root, "2015-06-01").minutesPublished == CalendarDate(iso: "2015-06-01"))
    }

    @Test func neverOverwritesAMeetingAndASecondRunImportsNothing() throws {
        let (root, minutes) = try copyOfFixture()
        let handWritten = root.appendingPathComponent("content/meetings/riverside-icb/2024-05-20/index.md")
        let before = try Data(contentsOf: handWritten)
        _ = try importer(root, minutes).run()
        #expect(try Data(contentsOf: handWritten) == before)
        let content = try readTree(root.appendingPathComponent("content"))
        let second = try importer(root, minutes).run()
        #expect(second.importedCount == 0)
        #expect(try readTree(root.appendingPathComponent("content")) == content)
    }

    @Test func aDryRunWritesNothing() throws {
        let (root, minutes) = try copyOfFixture()
        let before = try readTree(root)
        let report = try importer(root, minutes, dryRun: true).run()
        #expect(report.importedCount == 12)
        #expect(try readTree(root) == before)
    }

    @Test func anUnknownBodyIsAUsageErrorWithASuggestion() throws {
        let (root, minutes) = try copyOfFixture()
        #expect {
            try importer(root, minutes, body: "riverside-ibc").run()
        } throws: { error in
            "\(error)".hasPrefix("no body 'riverside-ibc' in content/bodies/ (did you mean 'riverside-icb'?)")
        }
    }

    @Test func filesSharingTheSameDateGetSeparateMeetings() throws {
        let (root, _) = try copyOfFixture()
        let folder = root.deletingLastPathComponent().appendingPathComponent("twins")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("a"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("b"), withIntermediateDirectories: true)
        try "Morning session.".write(to: folder.appendingPathComponent("a/2023-03-01.md"), atomically: true, encoding: .utf8)
        try "Afternoon session.".write(to: folder.appendingPathComponent("b/2023-03-01.md"), atomically: true, encoding: .utf8)
        let report = try importer(root, folder).run()
        #expect(report.entries.map(\.outcome) == [.imported(folder: "2023-03-01"), .imported(folder: "2023-03-01-2")])
    }

    @Test func filesInOneDatedFolderAreNamedByTheirOwnNames() throws {
        let (root, _) = try copyOfFixture()
        let folder = root.deletingLastPathComponent().appendingPathComponent("one-day")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("2023-03-01"), withIntermediateDirectories: true)
        try "Minutes.".write(to: folder.appendingPathComponent("2023-03-01/minutes.md"), atomically: true, encoding: .utf8)
        try "Agenda.".write(to: folder.appendingPathComponent("2023-03-01/public-session.md"), atomically: true, encoding: .utf8)
        let report = try importer(root, folder).run()
        #expect(report.entries.map(\.outcome) == [.imported(folder: "2023-03-01"), .imported(folder: "2023-03-01-public-session")])
    }

    @Test func aSuffixSharedByMostFilesIsLeftOutOfFolderNames() throws {
        let (root, _) = try copyOfFixture()
        let folder = root.deletingLastPathComponent().appendingPathComponent("tsc")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in ["2016-01-13-tsc-meeting.md", "2016-01-20-tsc-meeting.md", "2016-01-27-tsc-meeting.md", "2016-02-03-tsc-special.md"] {
            try "Minutes.".write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let report = try importer(root, folder).run()
        #expect(report.entries.map(\.outcome) == [.imported(folder: "2016-01-13"), .imported(folder: "2016-01-20"),
                                                  .imported(folder: "2016-01-27"), .imported(folder: "2016-02-03-tsc-special")])
    }

    @Test func textInWindows1252IsConvertedAndNonTextSkipped() throws {
        let (root, _) = try copyOfFixture()
        let folder = root.deletingLastPathComponent().appendingPathComponent("legacy")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("Budget of \u{A3}5m agreed.".data(using: .windowsCP1252)!).write(to: folder.appendingPathComponent("2015-06-01.txt"))
        try Data([0x00, 0x01, 0x02]).write(to: folder.appendingPathComponent("2015-07-01.md"))
        let report = try importer(root, folder).run()
        #expect(report.entries.map(\.outcome) == [.imported(folder: "2015-06-01"), .skipped(reason: "not text (it holds NUL bytes)")])
        #expect(try meeting(root, "2015-06-01").minutes.text.contains("£5m"))
    }

    @Test func controlCharactersAreDroppedSoEveryPageIsValid() throws {
        let (root, _) = try copyOfFixture()
        let folder = root.deletingLastPathComponent().appendingPathComponent("controls")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "Bell\u{07} and vertical\u{0B}tab.\u{0C}Next page.".write(to: folder.appendingPathComponent("2015-06-01.md"), atomically: true, encoding: .utf8)
        let report = try importer(root, folder).run()
        #expect(report.entries.first?.notes.contains("control characters removed") == true)
        let written = try String(contentsOf: root.appendingPathComponent("content/meetings/riverside-icb/2015-06-01/index.md"), encoding: .utf8)
        #expect(written.hasSuffix("---\nBell and verticaltab.\nNext page."))
    }

    @Test func aStatusTheFileGivesIsKeptAndDecidesWhetherMinutesArePublished() throws {
        let (root, _) = try copyOfFixture()
        let folder = root.deletingLastPathComponent().appendingPathComponent("statuses")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "---\nstatus: cancelled\n---\nThe meeting was cancelled.".write(to: folder.appendingPathComponent("2015-06-01.md"), atomically: true, encoding: .utf8)
        try "---\nstatus: held\n---\nHeld, though dated after the as-of date.".write(to: folder.appendingPathComponent("2027-06-01.md"), atomically: true, encoding: .utf8)
        _ = try importer(root, folder).run()
        #expect(try meeting(root, "2015-06-01").status == .cancelled)
        #expect(try meeting(root, "2015-06-01").minutesPublished == nil)
        #expect(try meeting(root, "2027-06-01").status == .held)
        #expect(try meeting(root, "2027-06-01").minutesPublished == CalendarDate(iso: "2027-06-01"))
    }
}
