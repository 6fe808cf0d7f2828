import Foundation
@testable import NoticeboardRender
import NoticeboardModel
import NoticeboardTestSupport
import Testing

@Suite struct StructuredDataTests {
    static let payload = "</script><script>alert(1)</script> & <!-- \u{2028}"
    /// What YAML keeps of it (a YAML reader treats U+2028 as a line break).
    static let yamlPayload = "</script><script>alert(1)</script> & <!--"

    static var hostileSite: TestSite {
        var site = TestSite.minimal
        site["content/bodies/test-icb.md"] = """
        ---
        name: "Test ICB </script><script>alert(1)</script> & <!--"
        kind: integrated-care-board
        region: midlands
        members:
          - name: "Ann </script> Chair"
            role: Chair
            organisation: "Acme <b>&</b>"
            represents: independent
        ---
        The board. </script>
        """
        site["content/meetings/test-icb/2026-03-12/index.md"] = """
        ---
        title: "Budget </SCRIPT > meeting"
        status: cancelled
        location: "Hall </script><img src=x onerror=alert(1)>, Room 2"
        ---
        """
        site["content/meetings/test-icb/2026-03-12/financial-plan.md"] = nil
        return site
    }

    @Test func embeddingEscapesEverythingThatCouldEndTheScriptElement() throws {
        let embedded = StructuredData.embed(["name": .string(Self.payload)])
        #expect(!embedded.contains("<") && !embedded.contains(">") && !embedded.contains("&"))
        #expect(!embedded.lowercased().contains("</script"))
        #expect(!embedded.contains("\u{2028}"))
        let decoded = try #require(try JSONSerialization.jsonObject(with: Data(embedded.utf8)) as? [String: String])
        #expect(decoded["name"] == Self.payload)
    }

    @Test func aScriptEndTagInContentStaysInsideTheJSON() throws {
        let site = try RenderedSite(Self.hostileSite)
        for page in ["bodies/test-icb/index.html", "bodies/test-icb/2026-03-12/index.html"] {
            let html = try #require(site[page])
            // Only the theme's script elements (one JSON-LD block and the search client's files), each closed once:
            // the payload's `</script>` closes nothing.
            let opened = html.components(separatedBy: "<script").count - 1
            #expect(opened == 1 + html.components(separatedBy: "<script defer src=").count - 1, "\(page)")
            #expect(html.lowercased().components(separatedBy: "</script").count - 1 == opened, "\(page)")
            #expect(html.components(separatedBy: "<script type=\"application/ld+json\">").count == 2, "\(page)")
        }
        let organization = try site.jsonLD("bodies/test-icb/index.html")
        #expect(organization["name"] as? String == "Test ICB " + Self.yamlPayload)
        let event = try site.jsonLD("bodies/test-icb/2026-03-12/index.html")
        let location = try #require(event["location"] as? [String: Any])
        #expect(location["name"] as? String == "Hall </script><img src=x onerror=alert(1)>, Room 2")
    }

    @Test func bodyPagesDescribeAGovernmentOrganizationWithItsMembers() throws {
        let site = try RenderedSite(.minimal)
        let ld = try site.jsonLD("bodies/test-icb/index.html")
        #expect(ld["@context"] as? String == "https://schema.org")
        #expect(ld["@type"] as? String == "GovernmentOrganization")
        #expect(ld["name"] as? String == "Test ICB")
        #expect(ld["url"] as? String == "https://example.org/test/bodies/test-icb/")
        let members = try #require(ld["member"] as? [[String: Any]])
        #expect(members.count == 2)
        #expect(members.allSatisfy { $0["@type"] as? String == "OrganizationRole" })
        let people = members.compactMap { $0["member"] as? [String: Any] }
        #expect(people.map { $0["@type"] as? String } == ["Person", "Person"])
        #expect(people.map { $0["name"] as? String } == ["Ann Chair", "Hal Watch"])
        #expect(members.first?["roleName"] as? String == "Chair")
    }

    @Test func meetingPagesDescribeAnEvent() throws {
        let site = try RenderedSite(TestSite.minimal.adding("content/meetings/test-icb/2026-12-10/index.md", """
        ---
        status: scheduled
        location: Town Hall, Northshire
        webcast: https://example.org/live
        ---
        """))
        let held = try site.jsonLD("bodies/test-icb/2026-03-12/index.html")
        #expect(held["@type"] as? String == "Event")
        #expect(held["startDate"] as? String == "2026-03-12")
        #expect(held["eventStatus"] as? String == "https://schema.org/EventScheduled")
        #expect(held["eventAttendanceMode"] as? String == "https://schema.org/OfflineEventAttendanceMode")
        let organizer = try #require(held["organizer"] as? [String: Any])
        #expect(organizer["name"] as? String == "Test ICB")
        let upcoming = try site.jsonLD("bodies/test-icb/2026-12-10/index.html")
        let place = try #require(upcoming["location"] as? [String: Any])
        #expect(place["@type"] as? String == "Place")
        #expect(place["name"] as? String == "Town Hall, Northshire")
        #expect(upcoming["eventAttendanceMode"] as? String == "https://schema.org/MixedEventAttendanceMode")
        let cancelled = try RenderedSite(Self.hostileSite).jsonLD("bodies/test-icb/2026-03-12/index.html")
        #expect(cancelled["eventStatus"] as? String == "https://schema.org/EventCancelled")
    }
}
