import Foundation
@testable import NoticeboardRender
import NoticeboardModel
import NoticeboardTestSupport
import Testing

@Suite struct OpenDataTests {
    static let tables = ["bodies", "members", "meetings", "agenda-items", "papers", "attendance"]

    @Test(arguments: tables)
    func eachTableIsJSONCSVAndASchemaThatAgree(name: String) throws {
        let site = try RenderedSite(TestSite.minimal.adding("content/meetings/test-icb/2026-05-14/index.md", """
        ---
        attendees: [{name: Ann Chair, role: Chair}, {name: Guest Speaker}]
        apologies: [{name: Hal Watch}]
        ---
        """))
        let json = try site.json("data/\(name).json")
        let schema = try site.json("data/\(name).schema.json")
        #expect(schema["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        #expect(json["dataset"] as? String == name)
        #expect(json["schema"] as? String == "\(name).schema.json")
        let definitions = try #require(schema["$defs"] as? [String: Any])
        let record = try #require(definitions["record"] as? [String: Any])
        let fields = try #require(record["required"] as? [String])
        let records = try #require(json["records"] as? [[String: Any]])
        #expect(!records.isEmpty)
        for row in records { #expect(Set(row.keys) == Set(fields)) }
        let csv = try #require(site["data/\(name).csv"])
        #expect(csv.hasPrefix(fields.joined(separator: ",") + "\r\n"))
    }

    @Test func recordsCarryStableIdsAndTheLicence() throws {
        let site = try RenderedSite(TestSite.minimal.adding("noticeboard.yml", """
        title: Test Noticeboard
        base_url: https://example.org/test/
        licence: Open Government Licence v3.0
        """))
        let meetings = try site.json("data/meetings.json")
        #expect(meetings["licence"] as? String == "Open Government Licence v3.0")
        #expect(meetings["as_of"] as? String == "2026-11-01")
        let meeting = try #require((meetings["records"] as? [[String: Any]])?.first)
        #expect(meeting["id"] as? String == "test-icb/2026-03-12")
        #expect(meeting["updated"] as? String == "2026-04-20")
        #expect(meeting["notice_published"] is NSNull)
        let items = try #require(try site.json("data/agenda-items.json")["records"] as? [[String: Any]])
        #expect(items.map { $0["id"] as? String } == ["test-icb/2026-03-12#1", "test-icb/2026-03-12#4"])
        #expect(items[1]["paper_id"] as? String == "test-icb/2026-03-12/financial-plan")
        #expect(items[1]["url"] as? String == "https://example.org/test/bodies/test-icb/2026-03-12/#agendaItem-4")
        let members = try #require(try site.json("data/members.json")["records"] as? [[String: Any]])
        #expect(members.map { $0["id"] as? String } == ["test-icb/ann-chair", "test-icb/hal-watch"])
        #expect(members.map { $0["person_id"] as? String } == ["person/ann-chair", "person/hal-watch"])
        let page = try #require(site["data/index.html"])
        #expect(page.contains("Open Government Licence v3.0"))
    }

    @Test func csvCellsThatLookLikeFormulasAreGuardedButJSONKeepsThemAsRecorded() throws {
        let site = try RenderedSite(TestSite.minimal.adding("content/meetings/test-icb/2026-05-14/index.md", """
        ---
        title: "=HYPERLINK(\\"http://evil.example\\",\\"Click\\")"
        location: "+44 20 7946 0000, @office"
        ---
        """))
        let csv = try #require(site["data/meetings.csv"])
        #expect(csv.contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")\""))
        #expect(csv.contains("\"'+44 20 7946 0000, @office\""))
        let records = try #require(try site.json("data/meetings.json")["records"] as? [[String: Any]])
        #expect(records.contains { $0["title"] as? String == "=HYPERLINK(\"http://evil.example\",\"Click\")" })
    }

    @Test func popoloHasPeopleOrganisationsMembershipsAndEventsWithStableIds() throws {
        let site = try RenderedSite(TestSite.minimal.adding("content/bodies/test-hwb.md", """
        ---
        name: Test HWB
        kind: health-and-wellbeing-board
        region: midlands
        members:
          - name: Ann Chair
            organisation: Test ICB
            represents: nhs-commissioner
          - name: Zoë Brontë
            organisation: Healthwatch Test
            represents: healthwatch
        ---
        """))
        let popolo = try site.json("data/popolo.json")
        let persons = try #require(popolo["persons"] as? [[String: Any]])
        #expect(persons.map { $0["id"] as? String } == ["person/ann-chair", "person/hal-watch", "person/zoe-bronte"])
        let organizations = try #require(popolo["organizations"] as? [[String: Any]])
        #expect(organizations.map { $0["id"] as? String } == ["test-hwb", "test-icb", "organisation/healthwatch-test"])
        let memberships = try #require(popolo["memberships"] as? [[String: Any]])
        let annOnHWB = try #require(memberships.first { $0["id"] as? String == "test-hwb/ann-chair" })
        #expect(annOnHWB["person_id"] as? String == "person/ann-chair")
        #expect(annOnHWB["organization_id"] as? String == "test-hwb")
        #expect(annOnHWB["on_behalf_of_id"] as? String == "test-icb", "an organisation named like a body is that body")
        let events = try #require(popolo["events"] as? [[String: Any]])
        #expect(events.map { $0["id"] as? String } == ["test-icb/2026-03-12"])
        #expect(events.first?["start_date"] as? String == "2026-03-12")
        #expect(events.first?["organization_id"] as? String == "test-icb")
    }

    @Test func theAuditsFindingsAreListedWithTheirSchema() throws {
        let site = try RenderedSite(.minimal)
        #expect(site["data/findings.json"] != nil && site["data/findings.csv"] != nil)
        let schema = try #require(site["data/findings.schema.json"])
        #expect(schema.contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\""))
        #expect(try #require(site["data/index.html"]).contains("<a href=\"../data/findings.csv\" type=\"text/csv\">findings.csv</a>"))
    }

    @Test func theDataPageIsInTheNavigationAndExplainsEveryField() throws {
        let site = try RenderedSite(.minimal)
        let page = try #require(site["data/index.html"])
        #expect(page.contains("<li><a href=\"../data/\" aria-current=\"page\">Open data</a></li>"))
        #expect(try #require(site["index.html"]).contains("<li><a href=\"data/\">Open data</a></li>"))
        for field in ["duty_to_publish", "represents", "minutes_published", "exemption", "withheld_reason"] {
            #expect(page.contains("<code>\(field)</code>"), "\(field) is not explained")
        }
        #expect(page.contains("No licence has been set"))
    }

    @Test func twoRendersAreByteIdentical() throws {
        let one = try RenderedSite(StructuredDataTests.hostileSite)
        let two = try RenderedSite(StructuredDataTests.hostileSite)
        #expect(one.files == two.files)
    }
}
