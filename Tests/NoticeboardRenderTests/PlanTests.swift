@testable import NoticeboardRender
import NoticeboardModel
import NoticeboardTestSupport
import Testing

/// Files are planned by path before they are made. Files made together (the open data) must be exactly the files
/// planned, or a file would be lost or written empty; files made from shared parts (feeds and calendars) must be
/// the same made alone as in a whole render.
@Suite struct PlanTests {
    func renderer(_ testSite: TestSite) throws -> SiteRenderer {
        let site = try #require(testSite.load().site)
        let theme = try #require(Theme.load(from: testSite.fileSystem).theme)
        return SiteRenderer(site: site, theme: theme, options: RenderOptions(baseURL: "https://example.org/", asOf: CalendarDate(iso: "2026-11-01")!))
    }

    /// Each feed and calendar is made on its own (a build after one change makes only those it needs): made alone,
    /// from a plan of its own, each is what a whole render makes. A body with no meetings has a feed but no calendar.
    @Test func eachFeedMadeAloneIsTheOneAWholeRenderMakes() throws {
        var site = TestSite.minimal
        site["content/bodies/quiet-board.md"] = "---\nname: Quiet board\nkind: nhs-trust\nregion: midlands\n---\n"
        let renderer = try renderer(site)
        let whole = Dictionary(uniqueKeysWithValues: renderer.render().map { ($0.path, $0.contents) })
        let paths = renderer.feedPlan().map(\.path)
        #expect(paths.contains("bodies/quiet-board/feed.xml") && !paths.contains("bodies/quiet-board/calendar.ics"))
        #expect(paths.contains("feed.xml") && paths.contains("calendar.ics") && paths.contains { $0.hasSuffix("/meeting.ics") })
        for path in paths {
            let alone = try #require(renderer.feedPlan().first { $0.path == path }).render()
            #expect(alone.contents == whole[path], "\(path)")
        }
    }

    @Test func plannedDataFilesAreTheDataFilesMade() throws {
        let renderer = try renderer(.minimal)
        #expect(OpenDataPlan(renderer: renderer).files().map(\.path).sorted() == renderer.dataFiles(renderer.openDataSet()).map(\.path).sorted())
        #expect(OpenData.tableNames == OpenData(site: renderer.site, options: renderer.options).tables.map(\.name))
    }

    @Test func everyPlannedPathIsUniqueAndNonEmpty() throws {
        let files = try renderer(.minimal).render()
        #expect(Set(files.map(\.path)).count == files.count)
        #expect(files.allSatisfy { !$0.contents.isEmpty }, "\(files.filter { $0.contents.isEmpty }.map(\.path))")
    }
}
