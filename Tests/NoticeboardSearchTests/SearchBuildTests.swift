import Foundation
import Testing
import NoticeboardBuild
import NoticeboardTestSupport

/// A build writes the search page and the index, and every page can reach the engine.
@Suite struct SearchBuildTests {
    func build(portable: Bool) throws -> [String: Data] {
        let output = Scratch.url("noticeboard-search")
        defer { try? FileManager.default.removeItem(at: output) }
        let report = try SiteBuilder(options: BuildOptions(root: SearchFixtures.site, output: output, portable: portable)).build()
        #expect(report.succeeded, "\(report.diagnostics)")
        return try readTree(output)
    }

    @Test func writesTheSearchPageAndIndex() throws {
        let files = try build(portable: false)
        let page = String(decoding: try #require(files["search/index.html"]), as: UTF8.self)
        for needle in ["id=\"search-results\"", "id=\"search-count\"", "aria-live=\"polite\"", "<noscript>",
                       "href=\"../bodies/\"", "src=\"../assets/search-page.js\"", "href=\"../assets/search.css\""] {
            #expect(page.contains(needle), "\(needle)")
        }
        #expect(!page.contains("data-portable"))
        let manifest = String(decoding: try #require(files["search-index/manifest.js"]), as: UTF8.self)
        #expect(manifest.contains("\"documents\":7,"))
        #expect(files.keys.contains { $0.hasPrefix("search-index/t/") })
        #expect(files.keys.contains { $0.hasPrefix("search-index/f/") })
    }

    @Test func everyPageLoadsTheEngine() throws {
        let files = try build(portable: false)
        let home = String(decoding: try #require(files["index.html"]), as: UTF8.self)
        #expect(home.contains("<script defer src=\"./assets/search-words.js\"></script>"))
        #expect(home.contains("<script defer src=\"./assets/search.js\"></script>"))
        let meeting = String(decoding: try #require(files["bodies/northshire-icb/2026-03-12/index.html"]), as: UTF8.self)
        #expect(meeting.contains("<script defer src=\"../../../assets/search.js\"></script>"))
        #expect(files["assets/search.js"] != nil && files["assets/search-page.js"] != nil)
    }

    @Test func portableBuildsLinkResultsToIndexFiles() throws {
        let files = try build(portable: true)
        let page = String(decoding: try #require(files["search/index.html"]), as: UTF8.self)
        #expect(page.contains("data-portable=\"true\""))
        let home = String(decoding: try #require(files["index.html"]), as: UTF8.self)
        #expect(home.contains("action=\"search/index.html\""))
    }

    @Test func buildsAreByteIdentical() throws {
        #expect(try build(portable: false) == build(portable: false))
    }
}
