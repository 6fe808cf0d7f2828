@testable import NoticeboardRender
import NoticeboardTestSupport
import Testing

@Suite struct SitemapTests {
    @Test func lastmodComesFromTheRecords() throws {
        let site = try RenderedSite(TestSite.minimal.adding("content/meetings/test-icb/2027-01-20/index.md", """
        ---
        status: scheduled
        ---
        """))
        let xml = try #require(site["sitemap.xml"])
        #expect(xml.contains("<url><loc>https://example.org/test/bodies/test-icb/2026-03-12/</loc><lastmod>2026-04-20</lastmod></url>"))
        #expect(xml.contains("<url><loc>https://example.org/test/bodies/test-icb/2026-03-12/financial-plan/</loc><lastmod>2026-04-20</lastmod></url>"))
        #expect(xml.contains("<url><loc>https://example.org/test/bodies/test-icb/</loc><lastmod>2026-04-20</lastmod></url>"))
        // A scheduled meeting with no published date has no known change: no lastmod in the future.
        #expect(xml.contains("<url><loc>https://example.org/test/bodies/test-icb/2027-01-20/</loc></url>"))
        #expect(xml.contains("<url><loc>https://example.org/test/about/</loc></url>"))
        #expect(xml.contains("<url><loc>https://example.org/test/data/</loc><lastmod>2026-04-20</lastmod></url>"))
    }

    @Test func robotsTxtPointsToTheSitemap() throws {
        #expect(try RenderedSite(.minimal)["robots.txt"] == "User-agent: *\nAllow: /\n\nSitemap: https://example.org/test/sitemap.xml\n")
        #expect(try RenderedSite(.minimal, baseURL: "/")["robots.txt"] == "User-agent: *\nAllow: /\n")
    }
}
