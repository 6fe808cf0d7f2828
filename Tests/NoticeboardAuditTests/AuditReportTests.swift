import Foundation
import NoticeboardAudit
import NoticeboardModel
import NoticeboardTestSupport
import Testing

/// The report's order and its JSON and CSV: the shape `noticeboard audit` prints and `/data/` holds.
@Suite struct AuditReportTests {
    /// Two bodies: an ICB with findings at body, meeting and item level, and a partnership board.
    static var site: TestSite {
        var site = AuditFixture(members: "")
            .meeting("2026-03-12", "session: part-private\npublic_questions: false\nitems:\n  - {number: '10', title: Late, private: true}\n  - {number: '2', title: Early, paper: plan}")
            .paper("2026-03-12", "plan", "status: withheld\nwithheld_reason: \"commercially sensitive, for now\"")
            .meeting("2026-01-15", "agenda_published: 2026-01-01\nminutes_published: 2026-02-01")
            .site
        site["content/bodies/a-board.md"] = "---\nname: A Board\nkind: ics-partnership-board\nregion: london\n---\n"
        return site
    }

    static func report() throws -> AuditReport {
        let loaded = site.load()
        return AuditReport(site: try #require(loaded.site, "\(loaded.diagnostics)"), asOf: try #require(CalendarDate(iso: "2026-06-01")))
    }

    @Test func findingsAreSortedByBodyMeetingItemAndRule() throws {
        let subjects = try Self.report().findings.map { [$0.body, $0.meeting ?? "-", $0.item ?? "-", $0.rule].joined(separator: " ") }
        #expect(subjects == [
            "a-board - - no-duty-to-publish",
            "a-board - - no-public-member",
            "test-body - - no-public-member",
            "test-body 2026-03-12 - agenda-missing",
            "test-body 2026-03-12 - minutes-missing",
            "test-body 2026-03-12 - no-public-questions",
            "test-body 2026-03-12 10 private-item",
            "test-body 2026-03-12 2 paper-not-published",
        ])
    }

    @Test func jsonHasTheDocumentedShape() throws {
        let report = try Self.report()
        let document = try #require(try JSONSerialization.jsonObject(with: Data(report.json().utf8)) as? [String: Any])
        #expect(Set(document.keys) == ["as_of", "findings", "scores"])
        #expect(document["as_of"] as? String == "2026-06-01")
        let findings = try #require(document["findings"] as? [[String: Any]])
        #expect(findings.count == report.findings.count)
        for finding in findings {
            #expect(Set(finding.keys) == ["rule", "severity", "body", "meeting", "item", "paper", "message", "basis"])
        }
        let first = findings[0]
        #expect(first["rule"] as? String == "no-duty-to-publish")
        #expect(first["severity"] as? String == "info")
        #expect(first["meeting"] is NSNull && first["item"] is NSNull && first["paper"] is NSNull)
        let paper = try #require(findings.first { $0["rule"] as? String == "paper-not-published" })
        #expect(paper["meeting"] as? String == "2026-03-12" && paper["item"] as? String == "2" && paper["paper"] as? String == "plan")
        let scores = try #require(document["scores"] as? [String: Int])
        #expect(Set(scores.keys) == ["a-board", "test-body"])
        #expect(scores.values.allSatisfy { (0...100).contains($0) })
    }

    @Test func jsonIsTheSameEveryTimeWithSortedKeys() throws {
        let json = try Self.report().json()
        #expect(json == (try Self.report().json()))
        let keys = json.split(separator: "\n").compactMap { line in line.split(separator: "\"").dropFirst().first }.prefix(10)
        #expect(Array(keys) == ["as_of", "findings", "basis", "body", "item", "meeting", "message", "paper", "rule", "severity"])
    }

    @Test func csvHasAHeaderAndQuotesWhatNeedsIt() throws {
        let lines = try Self.report().csv().components(separatedBy: "\r\n")
        #expect(lines.first == "rule,severity,body,meeting,item,paper,message,basis")
        #expect(lines.last == "")
        #expect(lines.contains("no-duty-to-publish,info,a-board,,,,\"No duty to publish its papers and minutes is known, so what it does not publish is shown for information, not as a failure.\",No duty is known: partnership boards were not statutory and not required to meet in public (written answers to Parliament; NHS Long Term Plan 2019)"))
        let paper = try #require(lines.first { $0.hasPrefix("paper-not-published") })
        #expect(paper.contains("\"The paper “Paper plan” for item 2 was withheld; the reason given: commercially sensitive, for now.\""))
    }

    @Test func failOnComparesSeverities() throws {
        let report = try Self.report()
        #expect(report.hasFinding(atLeast: .error))
        #expect(report.hasFinding(atLeast: .info))
        let quiet = AuditReport(site: Site(settings: SiteSettings(), bodies: [], meetings: [], pages: []),
                                asOf: try #require(CalendarDate(iso: "2026-06-01")))
        #expect(!quiet.hasFinding(atLeast: .info))
        #expect(quiet.json().contains("\"findings\" : [\n\n  ]") || quiet.json().contains("\"findings\" : []"))
    }
}
