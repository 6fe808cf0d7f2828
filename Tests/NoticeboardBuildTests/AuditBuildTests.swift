import Foundation
import NoticeboardBuild
import NoticeboardModel
import NoticeboardTestSupport
import Testing

/// The audit in the pipeline: `check` validates its settings, `audit` reports, `build` writes its data.
@Suite struct AuditBuildTests {
    @Test func checkReportsAWrongAuditSettingWithTheContent() throws {
        var site = TestSite.minimal
        site["noticeboard.yml"]! += "\naudit:\n  rules:\n    minutes-mising: {days: 90}\n"
        site["content/pages/about.md"] = "---\ntitel: About\n---\n"
        let root = try site.write()
        defer { try? FileManager.default.removeItem(at: root) }
        let (checked, _, diagnostics) = SiteBuilder(options: BuildOptions(root: root)).check()
        #expect(checked == nil)
        #expect(diagnostics.map(\.description).contains {
            $0.hasPrefix("noticeboard.yml:6:5: error: unknown audit rule 'minutes-mising' (did you mean 'minutes-missing'?)")
        })
        #expect(diagnostics.contains { $0.location.path == "content/pages/about.md" })
    }

    @Test func auditRunsAsOfTheOptionElseTheSettings() throws {
        let root = try TestSite.minimal.write()
        defer { try? FileManager.default.removeItem(at: root) }
        let fromSettings = try #require(SiteBuilder(options: BuildOptions(root: root)).audit().report)
        #expect(fromSettings.asOf.iso == "2026-11-01")
        let given = try #require(SiteBuilder(options: BuildOptions(root: root, asOf: CalendarDate(iso: "2026-04-01"))).audit().report)
        #expect(given.asOf.iso == "2026-04-01")
    }

    @Test func buildWritesTheFindingsAndTheGapsPage() throws {
        let root = try TestSite.minimal.write()
        defer { try? FileManager.default.removeItem(at: root) }
        let report = try SiteBuilder(options: BuildOptions(root: root)).build()
        #expect(report.succeeded)
        let tree = try readTree(root.appendingPathComponent("site"))
        let json = try #require(tree["data/findings.json"])
        #expect(String(decoding: json, as: UTF8.self) == report.audit?.json())
        #expect(tree["data/findings.csv"] != nil)
        #expect(tree["gaps/index.html"] != nil)
    }
}
