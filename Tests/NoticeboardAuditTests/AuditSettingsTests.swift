import NoticeboardAudit
import NoticeboardModel
import NoticeboardTestSupport
import Testing

/// Rules switched off, re-graded and given thresholds in `noticeboard.yml`, and mistakes there.
@Suite struct AuditSettingsTests {
    static let privateMeeting = AuditFixture().meeting("2026-03-12", "session: private\nitems:\n  - {number: '1', title: A, private: true, exemption: staffing}\n  - {number: '2', title: B, private: true}")

    static func with(_ settings: String, kind: String = "integrated-care-board") -> AuditFixture {
        var fixture = AuditFixture(kind: kind, settings: "audit:\n  rules:\n" + settings)
        fixture.site.files.merge(privateMeeting.site.files.filter { $0.key.hasPrefix("content/meetings") }) { a, _ in a }
        return fixture
    }

    @Test func aRuleSwitchedOffFindsNothing() throws {
        #expect(try Self.with("    meeting-in-private: {enabled: false}\n").findings("meeting-in-private").isEmpty)
        #expect(try Self.privateMeeting.findings("meeting-in-private").count == 1)
    }

    @Test func aRuleCanBeRegraded() throws {
        #expect(try Self.with("    meeting-in-private: {severity: error}\n").severities("meeting-in-private") == [.error])
        #expect(try Self.with("    agenda-missing:\n      severity: info\n").severities("agenda-missing") == [.info])
    }

    @Test func privateItemKeepsItsStepWhenRegraded() throws {
        #expect(try Self.privateMeeting.severities("private-item") == [.warning, .error])
        #expect(try Self.with("    private-item: {severity: warning}\n").severities("private-item") == [.info, .warning])
        #expect(try Self.with("    private-item: {severity: info}\n").severities("private-item") == [.info, .info])
    }

    @Test func regradingNeverClaimsABreachWhereNoDutyIsKnown() throws {
        let findings = try Self.with("    meeting-in-private: {severity: error}\n    agenda-missing: {severity: error}\n",
                                     kind: "ics-partnership-board").report().findings
        #expect(findings.filter { ["meeting-in-private", "agenda-missing"].contains($0.rule) }.map(\.severity) == [.info, .info])
    }

    static func diagnostics(_ yaml: String) -> [Diagnostic] {
        let loaded = TestSite(["noticeboard.yml": yaml, "content/pages/about.md": "---\ntitle: About\n---\n"]).load()
        return AuditSettingsValidator.diagnostics(for: loaded.settings)
    }

    @Test(arguments: [
        ("audit:\n  rules:\n    minutes-mising:\n      days: 90\n",
         "noticeboard.yml:3:5: error: unknown audit rule 'minutes-mising' (did you mean 'minutes-missing'?)"),
        ("audit:\n  rules:\n    no-public-members: {enabled: false}\n",
         "noticeboard.yml:3:5: error: unknown audit rule 'no-public-members' (did you mean 'no-public-member'?)"),
        ("audit:\n  rules:\n    notice-late: {days: 5}\n",
         "noticeboard.yml:3:5: error: audit rule 'notice-late' has no threshold in days"),
    ])
    func aWrongSettingIsAnErrorAtItsLine(yaml: String, expected: String) {
        let found = Self.diagnostics(yaml)
        #expect(found.count == 1)
        #expect(found.first?.description.hasPrefix(expected) == true, "\(found)")
    }

    @Test func rightSettingsPass() {
        #expect(Self.diagnostics("audit:\n  rules:\n    minutes-missing: {days: 90, severity: warning}\n    no-public-questions: {enabled: false}\n").isEmpty)
    }

    @Test func everyRuleHasAStableKebabIdOnce() {
        let ids = AuditRegistry.ids
        #expect(Set(ids).count == ids.count)
        #expect(ids.allSatisfy(Slug.isValid))
        #expect(ids == ["no-public-member", "required-member-missing", "no-duty-to-publish", "meeting-in-private", "private-item",
                        "paper-not-published", "notice-late", "agenda-missing", "minutes-missing", "minutes-late", "meeting-gap",
                        "no-public-questions"])
    }
}
