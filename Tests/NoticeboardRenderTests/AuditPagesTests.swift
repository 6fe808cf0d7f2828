import Foundation
import NoticeboardAudit
import NoticeboardModel
import NoticeboardRender
import NoticeboardTestSupport
import Testing

/// The audit as a reader sees it: banners, badges, scores, the gaps page, the data downloads.
@Suite struct AuditPagesTests {
    /// The minimal site with gaps planted: item 4's paper withheld, item 7 taken in private with no reason,
    /// no minutes for the March meeting by November, and no public voice once Hal Watch's term ended.
    static var site: TestSite {
        var site = TestSite.minimal
        site["content/meetings/test-icb/2026-03-12/index.md"] = """
        ---
        title: Board meeting in public
        status: held
        session: public
        agenda_published: 2026-03-05
        items:
          - number: "4"
            title: Financial plan
            paper: financial-plan
          - number: "7"
            title: Contract award
            private: true
        ---
        """
        site["content/meetings/test-icb/2026-03-12/financial-plan.md"] = "---\ntitle: Financial plan 2026/27\nstatus: withheld\n---\n"
        site["content/bodies/test-icb.md"] = site["content/bodies/test-icb.md"]!
            .replacingOccurrences(of: "represents: healthwatch", with: "represents: healthwatch\n    to: 2026-09-30")
        return site
    }

    static func render(_ site: TestSite = site) throws -> (pages: [String: String], audit: AuditReport) {
        let loaded = site.load()
        let model = try #require(loaded.site, "\(loaded.diagnostics)")
        let theme = try #require(Theme.load(from: site.fileSystem).theme)
        let asOf = try #require(CalendarDate(iso: "2026-11-01"))
        let renderer = SiteRenderer(site: model, theme: theme, options: RenderOptions(baseURL: "https://example.org/test/", asOf: asOf))
        let files = renderer.render()
        return (Dictionary(uniqueKeysWithValues: files.map { ($0.path, String(decoding: $0.contents, as: UTF8.self)) }), renderer.audit)
    }

    @Test func meetingPageHasABannerAndBadges() throws {
        let page = try #require(try Self.render().pages["bodies/test-icb/2026-03-12/index.html"])
        #expect(page.contains("<h2 id=\"findingsHeading\">What is missing</h2>"))
        #expect(page.contains("3 errors"))
        #expect(page.contains("Item 7 (Contract award) was taken in private with no reason recorded."))
        #expect(page.contains("The paper “Financial plan 2026/27” for item 4 was withheld with no reason recorded."))
        #expect(page.contains("No minutes are recorded as published by 1 November 2026, 234 days after the meeting."))
        // Each affected agenda item carries a badge that links to its finding in the banner.
        let row = try #require(page.range(of: "<tr id=\"agendaItem-7\">").map { String(page[$0.lowerBound...].prefix(600)) })
        let badge = try #require(row.range(of: "<a class=\"tag tag--red\" href=\"#auditFinding-"))
        let anchor = String(row[badge.upperBound...].prefix { $0 != "\"" })
        #expect(page.contains("id=\"auditFinding-\(anchor)\""))
        #expect(row.contains("Error: Item in private"))
        #expect(!page.contains("<tr id=\"agendaItem-7\">\n      <td>7</td>\n      <th scope=\"row\">Contract award</th>"))
    }

    @Test func meetingWithNoFindingsHasNoBanner() throws {
        let page = try #require(try Self.render(TestSite.minimal).pages["bodies/test-icb/2026-03-12/index.html"])
        #expect(!page.contains("findings-heading"))
        #expect(!page.contains("href=\"#auditFinding-"))
    }

    @Test func bodyPageShowsItsScoreAndFindings() throws {
        let (pages, audit) = try Self.render()
        let page = try #require(pages["bodies/test-icb/index.html"])
        let score = try #require(audit.scores["test-icb"])
        #expect(page.contains("<dt>Openness score</dt>"))
        #expect(page.contains("\(score) out of 100"))
        #expect(page.contains("No public member"))
        #expect(page.contains("Board meeting in public, 12 March 2026"))
    }

    @Test func listsAndRegionsShowScores() throws {
        let (pages, audit) = try Self.render()
        let score = try #require(audit.scores["test-icb"])
        #expect(try #require(pages["bodies/index.html"]).contains("<th scope=\"col\">Openness</th>"))
        #expect(try #require(pages["bodies/index.html"]).contains("\(score) out of 100"))
        let region = try #require(pages["regions/midlands/index.html"])
        #expect(region.contains("Openness score for the region"))
        #expect(region.contains("Gaps in this region"))
        #expect(try #require(pages["index.html"]).contains("Worst gaps"))
    }

    @Test func gapsPageGroupsByRuleAndBodyWithChartsAndTheFormula() throws {
        let (pages, audit) = try Self.render()
        let page = try #require(pages["gaps/index.html"])
        for rule in AuditRegistry.rules {
            #expect(page.contains("<h3 id=\"rule-\(rule.id)\">"), "no section for \(rule.id)")
        }
        #expect(page.contains("Every finding, by body"))
        #expect(page.components(separatedBy: "<svg class=\"chart\"").count == 3)
        #expect(page.components(separatedBy: "aria-hidden=\"true\" focusable=\"false\"").count >= 3)
        #expect(page.contains("\(audit.findings.count) findings"))
        #expect(page.contains(OpennessScore.explanation[0]))
        #expect(page.contains("href=\"../data/findings.json\"") && page.contains("href=\"../data/findings.csv\""))
        #expect(try #require(pages["index.html"]).contains("href=\"gaps/\">Gaps</a>"))
    }

    @Test func noPageUsesInlineStyles() throws {
        for (path, page) in try Self.render().pages where path.hasSuffix(".html") {
            #expect(!page.contains(" style="), "\(path) has an inline style")
        }
    }

    @Test func dataDownloadsMatchTheAuditCommand() throws {
        let (pages, audit) = try Self.render()
        #expect(pages["data/findings.json"] == audit.json())
        #expect(pages["data/findings.csv"] == audit.csv())
    }

    @Test func renderingTwiceGivesTheSameBytes() throws {
        #expect(try Self.render().pages == (try Self.render().pages))
    }
}
