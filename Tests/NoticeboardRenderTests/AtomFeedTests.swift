import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import NoticeboardRender
import NoticeboardModel
import NoticeboardTestSupport
import Testing

@Suite struct AtomFeedTests {
    /// Entry ids and updated dates, in feed order.
    func entries(_ xml: String) -> [(id: String, updated: String)] {
        xml.components(separatedBy: "<entry>").dropFirst().map { entry in
            (id: between(entry, "<id>", "</id>"), updated: between(entry, "<updated>", "</updated>"))
        }
    }

    func between(_ text: String, _ start: String, _ end: String) -> String {
        guard let a = text.range(of: start), let b = text.range(of: end, range: a.upperBound..<text.endIndex) else { return "" }
        return String(text[a.upperBound..<b.lowerBound])
    }

    @Test func entryIdsArePermalinksAndStayTheSameWhenTheSiteGrows() throws {
        let before = try RenderedSite(.minimal)
        let after = try RenderedSite(TestSite.minimal.adding("content/meetings/test-icb/2026-05-14/index.md", """
        ---
        title: Board meeting
        agenda_published: 2026-05-07
        ---
        """))
        let old = entries(try #require(before["feed.xml"]))
        let new = entries(try #require(after["feed.xml"]))
        #expect(old.map(\.id) == ["https://example.org/test/bodies/test-icb/2026-03-12/",
                                  "https://example.org/test/bodies/test-icb/2026-03-12/financial-plan/"])
        #expect(new.map(\.id) == ["https://example.org/test/bodies/test-icb/2026-05-14/"] + old.map(\.id))
        #expect(Array(new.dropFirst()).map(\.updated) == old.map(\.updated))
    }

    @Test func withoutAnAbsoluteBaseURLIdsAreNameBasedUUIDs() throws {
        let first = try RenderedSite(.minimal, baseURL: "/")
        let second = try RenderedSite(.minimal, baseURL: "/")
        let ids = entries(try #require(first["feed.xml"])).map(\.id)
        #expect(ids.count == 2)
        #expect(ids.allSatisfy { $0.hasPrefix("urn:uuid:") && $0.count == 45 })
        #expect(Set(ids).count == 2)
        #expect(first["feed.xml"] == second["feed.xml"])
        // Every IRI the feed needs absolute is left out rather than written relative.
        #expect(!(try #require(first["feed.xml"])).contains("scheme=\"/"))
        #expect(!(try #require(first["calendar.ics"])).contains("URL"))
    }

    @Test func updatedDatesComeFromTheRecordsNotTheClockOrTheAsOfDate() throws {
        let one = try RenderedSite(.minimal, asOf: "2026-11-01")
        let two = try RenderedSite(.minimal, asOf: "2030-01-01")
        for path in ["feed.xml", "bodies/test-icb/feed.xml", "calendar.ics", "bodies/test-icb/calendar.ics",
                     "bodies/test-icb/2026-03-12/meeting.ics", "sitemap.xml"] {
            #expect(one[path] != nil && one[path] == two[path], "\(path) depends on the as-of date")
        }
        let feed = entries(try #require(one["feed.xml"]))
        // The meeting changed last when its minutes were published; the paper has no date of its own, so its meeting's.
        #expect(feed.map(\.updated) == ["2026-04-20T00:00:00Z", "2026-04-20T00:00:00Z"])
        #expect(one["feed.xml"]!.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en-GB\">\n  <id>https://example.org/test/feed.xml</id>"))
        #expect(one["feed.xml"]!.contains("<updated>2026-04-20T00:00:00Z</updated>\n  <link rel=\"self\""))
    }

    @Test func theSiteFeedHoldsTheNewestFiftyAndABodyFeedHoldsEverything() throws {
        var site = TestSite.minimal
        for month in 1...12 {
            for day in [3, 10, 17, 24, 28] {
                let date = CalendarDate(year: 2025, month: month, day: day)!
                site["content/meetings/test-icb/\(date.iso)/index.md"] = "---\nminutes_published: \(date.adding(days: 20).iso)\n---\n"
            }
        }
        let rendered = try RenderedSite(site)
        let siteFeed = entries(try #require(rendered["feed.xml"]))
        let bodyFeed = entries(try #require(rendered["bodies/test-icb/feed.xml"]))
        #expect(siteFeed.count == SiteRenderer.siteFeedLimit)
        #expect(bodyFeed.count == 62)
        #expect(siteFeed.map(\.id) == Array(bodyFeed.prefix(50)).map(\.id))
        #expect(bodyFeed.map(\.updated) == bodyFeed.map(\.updated).sorted(by: >))
        // Every entry has its summary; only the newest carry their full text.
        let bodyXML = try #require(rendered["bodies/test-icb/feed.xml"])
        #expect(bodyXML.components(separatedBy: "<summary").count - 1 == 62)
        #expect(bodyXML.components(separatedBy: "<content").count - 1 == SiteRenderer.fullTextLimit)
    }

    @Test func textIsEscapedAndTheFeedIsWellFormedXML() throws {
        let site = try RenderedSite(TestSite.minimal.adding("content/meetings/test-icb/2026-05-14/index.md", """
        ---
        title: "Pay & conditions <review> \\"2026\\""
        ---
        Minutes with <b>raw</b> HTML & an ampersand.
        """))
        let xml = try #require(site["feed.xml"])
        #expect(xml.contains("Pay &amp; conditions &lt;review&gt; &quot;2026&quot;"))
        let parser = XMLParser(data: Data(xml.utf8))
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
    }

    @Test func everyPageLinksTheSiteFeedAndBodyPagesTheirOwnFeedAndCalendar() throws {
        let site = try RenderedSite(.minimal)
        let home = try #require(site["index.html"])
        #expect(home.contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Test Noticeboard: meetings and papers\" href=\"feed.xml\">"))
        let body = try #require(site["bodies/test-icb/index.html"])
        #expect(body.contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Test ICB: meetings and papers\" href=\"../../bodies/test-icb/feed.xml\">"))
        #expect(body.contains("<link rel=\"alternate\" type=\"text/calendar\" title=\"Test ICB: meetings (iCalendar)\" href=\"../../bodies/test-icb/calendar.ics\">"))
    }

    @Test func nameBasedUUIDsMatchRFC9562() {
        #expect(SHA1.digest(Array("abc".utf8)).map { String(format: "%02x", $0) }.joined() == "a9993e364706816aba3e25717850c26c9cd0d89d")
        #expect(SHA1.digest(Array(String(repeating: "a", count: 1000).utf8)).map { String(format: "%02x", $0) }.joined() == "291e9a6c66994949b57ba5e650361e98fc36b1ba")
        // Python: uuid.uuid5(uuid.NAMESPACE_URL, "http://python.org/")
        #expect(NameBasedUUID.uuid("http://python.org/") == "4c565f0d-3f5a-5890-b41b-20cf47701c5e")
    }
}
