import NoticeboardAudit
import NoticeboardContent
import NoticeboardModel
import NoticeboardTestSupport
import Testing

/// A one-body site written as front matter, for the audit's rule tests: the body `test-body` of a kind, with
/// members that give it a public voice unless a test says otherwise, and meetings added one by one.
struct AuditFixture {
    var site: TestSite

    /// A lay member, so `no-public-member` stays quiet unless a test replaces the members.
    static let publicMember = """
    members:
      - name: Lee Lay
        represents: lay
    """

    init(kind: String = "integrated-care-board", body: String = "", members: String = AuditFixture.publicMember,
         settings: String = "") {
        site = TestSite([
            "noticeboard.yml": "title: Audit test\n" + settings,
            "content/bodies/test-body.md": """
            ---
            name: Test Body
            kind: \(kind)
            region: midlands
            \(body)
            \(members)
            ---
            """,
        ])
    }

    /// Adds a meeting folder with this front matter (the date is the folder's first ten characters).
    func meeting(_ folder: String, _ frontMatter: String) -> AuditFixture {
        var copy = self
        copy.site["content/meetings/test-body/\(folder)/index.md"] = "---\n\(frontMatter)\n---\n"
        return copy
    }

    /// Adds a Markdown paper to a meeting folder.
    func paper(_ folder: String, _ slug: String, _ frontMatter: String) -> AuditFixture {
        var copy = self
        copy.site["content/meetings/test-body/\(folder)/\(slug).md"] = "---\ntitle: Paper \(slug)\n\(frontMatter)\n---\n"
        return copy
    }

    /// The audit as of a date; the site must load without errors.
    func report(asOf: String = "2026-06-01") throws -> AuditReport {
        let loaded = site.load()
        let site = try #require(loaded.site, "the fixture does not load: \(loaded.diagnostics)")
        return AuditReport(site: site, asOf: try #require(CalendarDate(iso: asOf)))
    }

    /// The findings of one rule.
    func findings(_ rule: String, asOf: String = "2026-06-01") throws -> [Finding] {
        try report(asOf: asOf).findings.filter { $0.rule == rule }
    }

    /// The severities of one rule's findings, in order: what most tests compare.
    func severities(_ rule: String, asOf: String = "2026-06-01") throws -> [Finding.Severity] {
        try findings(rule, asOf: asOf).map(\.severity)
    }
}

/// One row of a rule's argument table: a named fixture and the severities it must produce.
struct RuleCase: Sendable, CustomTestStringConvertible {
    let name: String
    let fixture: @Sendable () -> AuditFixture
    let expected: [Finding.Severity]
    var asOf = "2026-06-01"

    init(_ name: String, _ expected: [Finding.Severity], asOf: String = "2026-06-01", _ fixture: @escaping @Sendable () -> AuditFixture) {
        self.name = name; self.expected = expected; self.asOf = asOf; self.fixture = fixture
    }

    var testDescription: String { name }
}
