import Foundation
import NoticeboardBuild
import NoticeboardModel
import NoticeboardTestSupport
import Testing

@Suite struct BuildTests {
    func build(_ site: TestSite, root: URL? = nil, out: URL? = nil) throws -> (URL, SiteBuilder.Report) {
        let root = try root ?? site.write()
        let report = try SiteBuilder(options: BuildOptions(root: root, output: out)).build()
        return (root, report)
    }

    @Test func writesEveryPageAtItsURL() throws {
        let (root, report) = try build(.minimal)
        #expect(report.succeeded)
        let files = Set(try readTree(root.appendingPathComponent("site")).keys)
        for page in ["index.html", "404.html", "sitemap.xml", "bodies/index.html", "bodies/test-icb/index.html",
                     "bodies/test-icb/2026-03-12/index.html", "bodies/test-icb/2026-03-12/financial-plan/index.html",
                     "regions/index.html", "regions/midlands/index.html", "about/index.html", "assets/style.css"] {
            #expect(files.contains(page), "missing \(page)")
        }
    }

    @Test func twoBuildsAreByteIdentical() throws {
        let root = try TestSite.minimal.write()
        let first = root.appendingPathComponent("one"), second = root.appendingPathComponent("two")
        _ = try build(.minimal, root: root, out: first)
        _ = try build(.minimal, root: root, out: second)
        #expect(try readTree(first) == readTree(second))
    }

    @Test func failedBuildLeavesThePreviousSiteUntouched() throws {
        var site = TestSite.minimal
        let root = try site.write()
        _ = try build(site, root: root)
        let before = try readTree(root.appendingPathComponent("site"))
        site["content/bodies/test-icb.md"] = site["content/bodies/test-icb.md"]!.replacingOccurrences(of: "kind: integrated-care-board", with: "kind: nope")
        site["content/pages/about.md"] = "---\ntitle: Changed\n---\nNew text."
        try site.write(to: root)
        let (_, report) = try build(site, root: root)
        #expect(!report.succeeded)
        #expect(report.filesWritten == 0)
        #expect(try readTree(root.appendingPathComponent("site")) == before)
    }

    @Test func successfulBuildReplacesTheSiteWholeAndLeavesNoTemporaryFolders() throws {
        var site = TestSite.minimal
        let root = try site.write()
        _ = try build(site, root: root)
        try FileManager.default.createDirectory(at: root.appendingPathComponent(".site.tmp-leftover"), withIntermediateDirectories: true)
        try FileManager.default.removeItem(at: root.appendingPathComponent("content/pages/about.md"))
        site.files["content/pages/about.md"] = nil
        _ = try build(site, root: root)
        let files = try readTree(root.appendingPathComponent("site"))
        #expect(files["about/index.html"] == nil)
        let siblings = try FileManager.default.contentsOfDirectory(atPath: root.path)
        #expect(!siblings.contains { $0.hasPrefix(".site.tmp-") })
    }

    @Test func leftoversOfAKilledBuildGoEvenWhenNothingChanged() throws {
        let root = try TestSite.minimal.write()
        _ = try build(.minimal, root: root)
        _ = try build(.minimal, root: root)  // a second build takes the incremental path
        let leftover = root.appendingPathComponent(".site.tmp-killed")
        try FileManager.default.createDirectory(at: leftover.appendingPathComponent("bodies"), withIntermediateDirectories: true)
        let (_, report) = try build(.minimal, root: root)
        #expect(report.filesWritten == 0)
        #expect(!FileManager.default.fileExists(atPath: leftover.path))
    }

    @Test func buildNeverWritesIntoContent() throws {
        let root = try TestSite.minimal.write()
        let before = try readTree(root.appendingPathComponent("content"))
        _ = try build(.minimal, root: root)
        #expect(try readTree(root.appendingPathComponent("content")) == before)
        #expect(throws: UnsafeOutputError.self) { try build(.minimal, root: root, out: root.appendingPathComponent("content")) }
        #expect(throws: UnsafeOutputError.self) { try build(.minimal, root: root, out: root) }
        #expect(throws: UnsafeOutputError.self) { try build(.minimal, root: root, out: root.deletingLastPathComponent()) }
        #expect(try readTree(root.appendingPathComponent("content")) == before)
    }

    @Test func linksWorkUnderABasePathAndCanonicalURLsUseIt() throws {
        let (root, _) = try build(.minimal)
        let meeting = String(decoding: try Data(contentsOf: root.appendingPathComponent("site/bodies/test-icb/2026-03-12/index.html")), as: UTF8.self)
        #expect(meeting.contains("<link rel=\"canonical\" href=\"https://example.org/test/bodies/test-icb/2026-03-12/\">"))
        #expect(meeting.contains("href=\"../../../assets/style.css\""))
        #expect(meeting.contains("href=\"financial-plan/\"") || meeting.contains("href=\"../../../bodies/test-icb/2026-03-12/financial-plan/\""))
        let notFound = String(decoding: try Data(contentsOf: root.appendingPathComponent("site/404.html")), as: UTF8.self)
        #expect(notFound.contains("href=\"/test/assets/style.css\""))
    }
}
