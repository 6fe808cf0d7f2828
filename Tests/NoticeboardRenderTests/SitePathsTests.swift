@testable import NoticeboardRender
import Testing

@Suite struct SitePathsTests {
    /// A page's file and the page a file is written for are each other's inverse; other files are their own path.
    @Test func aFileNamesThePageItIsWrittenFor() {
        for page in ["", "bodies/", "bodies/x/2026-03-12/", "gaps/"] {
            #expect(SitePaths.path(ofFile: SitePaths.file(for: page)) == page)
        }
        #expect(SitePaths.path(ofFile: "index.html") == "")
        #expect(SitePaths.path(ofFile: "404.html") == "404.html")
        #expect(SitePaths.path(ofFile: "bodies/x/feed.xml") == "bodies/x/feed.xml")
        #expect(SitePaths.path(ofFile: "notindex.html") == "notindex.html", "only a whole file name index.html")
    }
}
