import NoticeboardContent
import NoticeboardModel
import NoticeboardTestSupport
import Testing

/// Each planted mistake is reported once, at the right file, line and column, with a message a secretary understands.
@Suite struct DiagnosticsTests {
    static let body = "content/bodies/test-icb.md"
    static let meeting = "content/meetings/test-icb/2026-03-12/index.md"

    /// Replaces text in one file of the minimal site and returns the diagnostics of loading it.
    func diagnostics(_ path: String, replacing old: String, with new: String) -> [String] {
        var site = TestSite.minimal
        let original = site[path]!
        precondition(original.contains(old), "fixture text not found: \(old)")
        site[path] = original.replacingOccurrences(of: old, with: new)
        return site.load().diagnostics.map(\.description)
    }

    @Test func minimalSiteHasNoProblems() {
        let result = TestSite.minimal.load()
        #expect(result.diagnostics.isEmpty)
        #expect(result.site?.bodies.count == 1)
        #expect(result.site?.meetings.first?.papers.first?.title == "Financial plan 2026/27")
    }

    @Test(arguments: [
        (body, "kind: integrated-care-board", "kind: integrated-care-bord",
         "content/bodies/test-icb.md:3:7: error: unknown kind 'integrated-care-bord' (did you mean 'integrated-care-board'?) (expected clinical-commissioning-group, health-and-wellbeing-board, ics-partnership-board, integrated-care-board, integrated-care-partnership, integrated-care-provider, local-authority, nhs-trust, primary-care-network, regional-team, sustainability-transformation-partnership)"),
        (body, "cadence: bimonthly", "cadense: bimonthly",
         "content/bodies/test-icb.md:5:1: error: unknown key 'cadense' (did you mean 'cadence'?) (your own fields go under 'extra:')"),
        (body, "region: midlands", "region: northshire",
         "content/bodies/test-icb.md:4:9: error: unknown region 'northshire' (expected east-of-england, london, midlands, north-east-and-yorkshire, north-west, south-east, south-west)"),
        (body, "name: Test ICB\n", "",
         "content/bodies/test-icb.md:2:1: error: missing required field 'name'"),
        (body, "    represents: healthwatch", "    represents: healthwach",
         "content/bodies/test-icb.md:12:17: error: unknown represents 'healthwach' (did you mean 'healthwatch'?) (expected nhs-commissioner, nhs-provider, primary-care, local-authority, social-care, voluntary-sector, patient-public, healthwatch, lay, private-provider, independent, officer)"),
        (body, "cadence: bimonthly", "cadence: bimonthly\nestablished: 2022-02-30",
         "content/bodies/test-icb.md:6:14: error: 'established' is not a valid date: '2022-02-30' (expected YYYY-MM-DD, a real day)"),
        (body, "cadence: bimonthly", "cadence: bimonthly\npublic_body: sometimes",
         "content/bodies/test-icb.md:6:14: error: 'public_body' must be true or false, not 'sometimes'"),
        (body, "cadence: bimonthly", "cadence: [monthly]",
         "content/bodies/test-icb.md:5:10: error: 'cadence' must be one word, not a list"),
        (meeting, "status: held", "status: helt",
         "content/meetings/test-icb/2026-03-12/index.md:3:9: error: unknown status 'helt' (did you mean 'held'?) (expected scheduled, held, cancelled)"),
        (meeting, "title: Board meeting in public", "title: Board meeting in public\ndate: 2026-03-13",
         "content/meetings/test-icb/2026-03-12/index.md:3:7: error: 'date' says 2026-03-13 but the meeting folder is dated 2026-03-12"),
        (meeting, "title: Board meeting in public", "title: Board meeting in public\nbody: other-icb",
         "content/meetings/test-icb/2026-03-12/index.md:3:7: error: 'body' says 'other-icb' but the meeting is in the folder of body 'test-icb'"),
        (meeting, "    paper: financial-plan", "    paper: financial-plans",
         "content/meetings/test-icb/2026-03-12/index.md:10:5: error: item 4 names paper 'financial-plans', which is not in this meeting's folder (did you mean 'financial-plan'?) (expected financial-plans.md or financial-plans.pdf)"),
        (meeting, "session: public", "session: public\n  bad: [",
         "content/meetings/test-icb/2026-03-12/index.md:5:6: error: YAML syntax: mapping values are not allowed in this context"),
    ])
    func reportsMistakeAtItsLine(path: String, old: String, new: String, expected: String) {
        let found = diagnostics(path, replacing: old, with: new)
        #expect(found == [expected])
    }

    @Test func reportsEveryMistakeAtOnceSortedByFileAndLine() {
        var site = TestSite.minimal
        site[Self.body] = site[Self.body]!.replacingOccurrences(of: "cadence: bimonthly", with: "cadence: weekly\ncolour: green")
        site[Self.meeting] = site[Self.meeting]!.replacingOccurrences(of: "status: held", with: "status: done")
        let found = site.load().diagnostics
        #expect(found.map(\.location.path) == [Self.body, Self.body, Self.meeting])
        #expect(found.map(\.location.line) == [5, 6, 3])
        #expect(found.allSatisfy { $0.severity == .error })
    }

    @Test func duplicateItemNumbersAreNamedWithTheFirstLine() {
        #expect(diagnostics(Self.meeting, replacing: "number: \"4\"", with: "number: \"1\"") == [
            "content/meetings/test-icb/2026-03-12/financial-plan.md:1:1: warning: paper is for item '4', but the agenda has no such item",
            "content/meetings/test-icb/2026-03-12/index.md:10:5: error: agenda item number '1' is used twice (first at line 8)",
        ])
    }

    @Test func meetingOfMissingBodyIsNamed() {
        var site = TestSite.minimal
        site["content/meetings/test-ics/2026-01-10/index.md"] = "---\nstatus: held\n---\n"
        #expect(site.load().diagnostics.map(\.description) == [
            "content/meetings/test-ics/2026-01-10/index.md:1:1: error: meeting of body 'test-ics', which does not exist (did you mean 'test-icb'?) (no content/bodies/test-ics.md)",
        ])
    }

    @Test(arguments: [
        ("content/meetings/test-icb/2026-02-30/index.md", "content/meetings/test-icb/2026-02-30:1:1: error: meeting folder '2026-02-30' must be named YYYY-MM-DD or YYYY-MM-DD-<suffix> with a real date and a lower-case-kebab suffix"),
        ("content/meetings/test-icb/2026-03-12-Extra/index.md", "content/meetings/test-icb/2026-03-12-Extra:1:1: error: meeting folder '2026-03-12-Extra' must be named YYYY-MM-DD or YYYY-MM-DD-<suffix> with a real date and a lower-case-kebab suffix"),
        ("content/bodies/Test_Board.md", "content/bodies/Test_Board.md:1:1: error: file name 'Test_Board.md' must be a lower-case-kebab slug (a-z, 0-9 and hyphens) followed by its extension"),
        ("content/pages/bodies.md", "content/pages/bodies.md:1:1: error: two pages with one URL: /bodies/ is the site's own page; rename this file"),
    ])
    func badNamesAreErrors(path: String, expected: String) {
        var site = TestSite.minimal
        site[path] = "---\ntitle: X\n---\n"
        #expect(site.load().diagnostics.map(\.description).contains(expected))
    }

    @Test func twoMeetingsOnOneDayUseASuffix() {
        var site = TestSite.minimal
        site["content/meetings/test-icb/2026-03-12-extraordinary/index.md"] = "---\nstatus: held\n---\n"
        let loaded = site.load()
        #expect(loaded.diagnostics.isEmpty)
        #expect(loaded.site?.meetings.map(\.folder) == ["2026-03-12", "2026-03-12-extraordinary"])
    }

    @Test func unclosedFrontMatterIsAnError() {
        var site = TestSite.minimal
        site[Self.body] = "---\nname: X\n"
        #expect(site.load().diagnostics.map(\.description) == [
            "content/bodies/test-icb.md:1:1: error: front matter is not closed: add a line with only --- after it",
        ])
    }

    @Test func unexpectedFilesAreWarnedAboutNotDropped() {
        var site = TestSite.minimal
        site["content/notes.txt"] = "hello"
        site["content/meetings/test-icb/2026-03-12/photo.jpg"] = "x"
        let loaded = site.load()
        #expect(loaded.site != nil)
        #expect(loaded.diagnostics.map(\.severity) == [.warning, .warning])
        #expect(loaded.diagnostics.map(\.location.path) == ["content/meetings/test-icb/2026-03-12/photo.jpg", "content/notes.txt"])
    }

    @Test func extraFieldsAreKeptForTemplates() {
        var site = TestSite.minimal
        site[Self.body] = site[Self.body]!.replacingOccurrences(of: "cadence: bimonthly", with: "cadence: bimonthly\nextra:\n  colour: green\n  seats: 12")
        let body = site.load().site?.bodies.first
        #expect(body?.extra == ["colour": .string("green"), "seats": .number(12)])
    }
}
