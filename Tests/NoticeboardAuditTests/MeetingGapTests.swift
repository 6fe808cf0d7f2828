import NoticeboardAudit
import Testing

/// `meeting-gap`: gaps longer than one and a half times a body's cadence.
@Suite struct MeetingGapTests {
    /// A body of this cadence with held meetings on these dates (a `!` after a date marks it cancelled,
    /// a `?` scheduled).
    static func body(_ cadence: String, _ dates: [String], body extra: String = "", kind: String = "integrated-care-board") -> @Sendable () -> AuditFixture {
        {
            var fixture = AuditFixture(kind: kind, body: "cadence: \(cadence)\n\(extra)")
            for date in dates {
                let status = date.hasSuffix("!") ? "cancelled" : date.hasSuffix("?") ? "scheduled" : "held"
                fixture = fixture.meeting(String(date.prefix(10)), "status: \(status)\nagenda_published: \(date.prefix(10))\nminutes_published: \(date.prefix(10))")
            }
            return fixture
        }
    }

    static let cases: [RuleCase] = [
        // As of 1 June 2026. Monthly allows 45 days, every two months 91½, quarterly 136½.
        RuleCase("monthly, 45 days apart and 45 days to the as-of date", [], body("monthly", ["2026-03-03", "2026-04-17"])),
        RuleCase("monthly, 46 days apart", [.warning], body("monthly", ["2026-03-02", "2026-04-17"])),
        RuleCase("monthly, 46 days since the last meeting", [.warning], body("monthly", ["2026-04-16"])),
        RuleCase("monthly, two gaps and a gap since", [.warning, .warning, .warning], body("monthly", ["2025-10-01", "2026-01-01", "2026-02-01", "2026-04-01"])),
        RuleCase("a cancelled meeting does not close a gap", [.warning], body("monthly", ["2026-03-02", "2026-03-30!", "2026-04-17"])),
        RuleCase("a scheduled meeting not yet updated closes it", [], body("monthly", ["2026-03-02", "2026-03-30?", "2026-04-17"])),
        RuleCase("a meeting after the as-of date does not close a gap", [.warning], body("monthly", ["2026-04-01", "2026-06-10?"])),
        RuleCase("every two months, 91 days apart", [], body("bimonthly", ["2026-01-01", "2026-04-02"])),
        RuleCase("every two months, 92 days apart", [.warning], body("bimonthly", ["2026-01-01", "2026-04-03"])),
        RuleCase("quarterly, 136 days since", [], body("quarterly", ["2026-01-16"])),
        RuleCase("quarterly, 137 days since", [.warning], body("quarterly", ["2026-01-15"])),
        RuleCase("no regular cycle", [], body("none", ["2024-01-01"])),
        RuleCase("no meetings recorded", [], body("monthly", [])),
        RuleCase("meetings before it was established are not counted", [],
                 body("monthly", ["2025-01-01", "2026-05-01"], body: "established: 2026-04-01")),
        RuleCase("no gap is due after its dissolution", [],
                 body("monthly", ["2022-05-20", "2023-01-01"], body: "dissolved: 2022-06-30")),
        RuleCase("a gap before its dissolution counts", [.warning],
                 body("monthly", ["2022-03-01", "2022-06-01"], body: "dissolved: 2022-06-30")),
        RuleCase("a body with no duty to publish still keeps its own cadence", [.warning],
                 body("monthly", ["2026-04-16"], kind: "ics-partnership-board")),
    ]

    @Test(arguments: cases)
    func meetingGap(_ rule: RuleCase) throws {
        #expect(try rule.fixture().severities("meeting-gap", asOf: rule.asOf) == rule.expected)
    }

    @Test func gapIsAboutTheBodyAndNamesItsDates() throws {
        let findings = try Self.body("monthly", ["2026-01-01", "2026-03-01"])().findings("meeting-gap")
        #expect(findings.map(\.message) == [
            "No meeting is recorded between 1 January 2026 and 1 March 2026, 59 days, for a body that meets monthly.",
            "No meeting is recorded since 1 March 2026: 92 days by 1 June 2026, for a body that meets monthly.",
        ])
        #expect(findings.allSatisfy { $0.meeting == nil && $0.item == nil })
    }
}
