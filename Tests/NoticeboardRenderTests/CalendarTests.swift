import Foundation
@testable import NoticeboardRender
import NoticeboardModel
import NoticeboardTestSupport
import Testing

@Suite struct CalendarTests {
    static var site: TestSite {
        TestSite.minimal
            .adding("content/meetings/test-icb/2026-12-10/index.md", """
            ---
            title: Board meeting, with a comma; and a semicolon
            status: scheduled
            location: "Council Chamber, Town Hall; Room 2\\\\B"
            notice_published: 2026-11-20
            ---
            """)
            .adding("content/meetings/test-icb/2026-07-09/index.md", """
            ---
            status: cancelled
            ---
            """)
    }

    /// Unfolds an iCalendar text into its logical lines.
    func lines(_ text: String) -> [String] {
        text.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n").filter { !$0.isEmpty }
    }

    func events(_ text: String) -> [[String]] {
        var result: [[String]] = []
        for line in lines(text) {
            if line == "BEGIN:VEVENT" { result.append([]) } else if line != "END:VEVENT", !result.isEmpty, !lines(text).isEmpty {
                result[result.count - 1].append(line)
            }
        }
        return result
    }

    @Test func everyMeetingIsAnAllDayEventWithAStableUIDAndItsStatus() throws {
        let rendered = try RenderedSite(Self.site)
        let ics = try #require(rendered["bodies/test-icb/calendar.ics"])
        let all = events(ics)
        #expect(all.count == 3)
        let held = all[0], cancelled = all[1], scheduled = all[2]
        #expect(held.contains("DTSTART;VALUE=DATE:20260312"))
        #expect(held.contains("DTEND;VALUE=DATE:20260313"))
        #expect(held.contains("DTSTAMP:20260420T000000Z"), "DTSTAMP is when the minutes were published")
        #expect(held.contains("STATUS:CONFIRMED"))
        #expect(held.contains("URL;VALUE=URI:https://example.org/test/bodies/test-icb/2026-03-12/"))
        #expect(cancelled.contains("STATUS:CANCELLED"))
        #expect(cancelled.contains("SUMMARY:Cancelled: Meeting of 9 July 2026\\, Test ICB"))
        #expect(scheduled.contains("STATUS:CONFIRMED"))
        #expect(scheduled.contains("DTSTAMP:20261120T000000Z"), "DTSTAMP is when notice was given")
        #expect(scheduled.contains("LOCATION:Council Chamber\\, Town Hall\\; Room 2\\\\B"))
        #expect(scheduled.contains("SUMMARY:Board meeting\\, with a comma\\; and a semicolon\\, Test ICB"))
        let uids = all.compactMap { $0.first { $0.hasPrefix("UID:") } }
        #expect(Set(uids).count == 3)
        // The same meeting has the same UID in every calendar it is in, and in every build.
        let again = try RenderedSite(Self.site, asOf: "2027-06-01")
        #expect(again["bodies/test-icb/calendar.ics"] == ics)
        #expect(try #require(rendered["calendar.ics"]).contains(uids[0]))
        #expect(try #require(rendered["bodies/test-icb/2026-03-12/meeting.ics"]).contains(uids[0]))
    }

    @Test func calendarsUseCRLFAndFoldedLines() throws {
        let ics = try #require(try RenderedSite(Self.site)["calendar.ics"])
        #expect(ics.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"))
        #expect(ics.hasSuffix("END:VCALENDAR\r\n"))
        let physical = ics.components(separatedBy: "\r\n")
        #expect(physical.allSatisfy { $0.utf8.count <= 75 && !$0.contains("\n") && !$0.contains("\r") })
        #expect(physical.contains { $0.hasPrefix(" ") }, "the descriptions are long enough to fold")
    }

    @Test func eachMeetingPageOffersItsOwnCalendarFile() throws {
        let rendered = try RenderedSite(Self.site)
        let page = try #require(rendered["bodies/test-icb/2026-03-12/index.html"])
        #expect(page.contains("<a href=\"../../../bodies/test-icb/2026-03-12/meeting.ics\" type=\"text/calendar\" download=\"test-icb-2026-03-12.ics\">Add to calendar</a>"))
        #expect(events(try #require(rendered["bodies/test-icb/2026-03-12/meeting.ics"])).count == 1)
    }

    @Test func aBodyWithNoMeetingsHasNoCalendarAndNoLinkToOne() throws {
        let rendered = try RenderedSite(TestSite.minimal.adding("content/bodies/quiet-pcn.md", """
        ---
        name: Quiet PCN
        kind: primary-care-network
        region: midlands
        ---
        """))
        #expect(rendered["bodies/quiet-pcn/calendar.ics"] == nil)
        #expect(rendered["bodies/quiet-pcn/feed.xml"] != nil)
        #expect(!(try #require(rendered["bodies/quiet-pcn/index.html"])).contains("calendar.ics"))
    }
}
