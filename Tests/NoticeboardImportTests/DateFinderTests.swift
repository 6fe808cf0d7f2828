import NoticeboardModel
import Testing
@testable import NoticeboardImport

@Suite struct DateFinderTests {
    static func day(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

    @Test(arguments: [
        ("2024-03-12.md", "2024-03-12", nil),
        ("2024/2024-03-12.md", "2024-03-12", nil),
        ("meetings/2018-01-31-V8.md", "2018-01-31", "v8"),
        ("2024-03-12/minutes.md", "2024-03-12", nil),
        ("2024-03-12-extraordinary/minutes.md", "2024-03-12", "extraordinary"),
        ("2018-01/jan-24.md", "2018-01-24", nil),
        ("2024/03/12.md", "2024-03-12", nil),
        ("2024/03-12.md", "2024-03-12", nil),
        ("board-minutes-2019_01_16.txt", "2019-01-16", nil),
        ("20190116.md", "2019-01-16", nil),
        ("2019-01-16-tsc-meeting-minutes.md", "2019-01-16", "tsc"),
        ("12-march-2024.md", "2024-03-12", nil),
        ("12th March 2024 board.md", "2024-03-12", "board"),
        ("march-12-2024.md", "2024-03-12", nil),
        ("2024-mar-12.md", "2024-03-12", nil),
        ("31-01-2018.md", "2018-01-31", nil),
        ("2020-05-13-type-ascription.md", "2020-05-13", "type-ascription"),
        ("2024-03-12T1800.md", "2024-03-12", "t1800"),
    ] as [(String, String, String?)])
    func datesInPaths(path: String, iso: String, suffix: String?) {
        #expect(DateFinder.date(inPath: path) == .found(.init(date: Self.day(iso), suffix: suffix)))
    }

    @Test(arguments: ["README.md", "notes.md", "2021-02-steering-council-update.md", "2024-02-30.md", "item-4.md", "may-update.md", "2024/notes/12.md"])
    func pathsWithoutADate(path: String) {
        #expect(DateFinder.date(inPath: path) == .none)
    }

    @Test func dayAndMonthEitherWayRoundIsAmbiguous() {
        #expect(DateFinder.date(inPath: "03-04-2024.md") == .ambiguous([Self.day("2024-03-04"), Self.day("2024-04-03")], suffix: nil, written: "03-04-2024"))
    }

    @Test func theImportedFolderCompletesADayWithoutAYear() {
        #expect(DateFinder.date(inPath: "03-12.md", outerFolders: ["2024"]) == .found(.init(date: Self.day("2024-03-12"), suffix: nil)))
        // A whole date in the imported folder's own name is not given to every file in it.
        #expect(DateFinder.date(inPath: "README.md", outerFolders: ["2024-03-12"]) == .none)
    }

    @Test(arguments: [
        ("# Board meeting 2024-03-12\n", "2024-03-12"),
        ("Minutes of the meeting held on 12 March 2024", "2024-03-12"),
        ("Held on Tuesday 12th March 2024 at 2pm", "2024-03-12"),
        ("Held on the 12th of March, 2024", "2024-03-12"),
        ("Meeting: March 12, 2024", "2024-03-12"),
        ("Date: Mar 12th 2024", "2024-03-12"),
        ("Date: 12 Sept 2024", "2024-09-12"),
        ("Date: 2024/03/12", "2024-03-12"),
        ("**Date:** 31/01/2024", "2024-01-31"),
        ("Date: 13.03.2024, 6pm", "2024-03-13"),
    ])
    func datesInText(text: String, iso: String) {
        #expect(DateFinder.firstDate(inText: text) == Self.day(iso))
    }

    @Test(arguments: ["Held on 12/03/2024", "No date here", "Score 12 3 2024", "Budget of 2024 12 items", "In 2024, 12 members met"])
    func textWithoutAClearDate(text: String) {
        #expect(DateFinder.firstDate(inText: text) == nil)
    }

    @Test func onlyTheFirstLinesAreRead() {
        let text = (1...20).map { "Line \($0)" }.joined(separator: "\n") + "\n12 March 2024"
        #expect(DateFinder.firstDate(inText: text) == nil)
    }
}
