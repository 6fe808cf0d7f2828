import NoticeboardAudit
import Testing

/// `notice-late`, `agenda-missing`, `minutes-missing` and `minutes-late`: when things were published.
@Suite struct PublicationTimingTests {
    static func meeting(_ frontMatter: String, kind: String = "integrated-care-board", body: String = "",
                        date: String = "2026-03-12", settings: String = "") -> @Sendable () -> AuditFixture {
        { AuditFixture(kind: kind, body: body, settings: settings).meeting(date, frontMatter) }
    }

    static let noticeLateCases: [RuleCase] = [
        // An ICB gives 3 clear days: for a meeting on Thursday 12 March, an agenda on Sunday 8 March.
        RuleCase("exactly 3 clear days", [], meeting("agenda_published: 2026-03-08")),
        RuleCase("more than 3 clear days", [], meeting("agenda_published: 2026-03-01")),
        RuleCase("2 clear days", [.warning], meeting("agenda_published: 2026-03-09")),
        RuleCase("the day before", [.warning], meeting("agenda_published: 2026-03-11")),
        RuleCase("on the day of the meeting", [.warning], meeting("agenda_published: 2026-03-12")),
        RuleCase("after the meeting", [.warning], meeting("agenda_published: 2026-03-20")),
        // A Health and Wellbeing Board gives 5.
        RuleCase("exactly 5 clear days for a council committee", [],
                 meeting("agenda_published: 2026-03-06", kind: "health-and-wellbeing-board")),
        RuleCase("4 clear days for a council committee", [.warning],
                 meeting("agenda_published: 2026-03-07", kind: "health-and-wellbeing-board")),
        RuleCase("a kind with no notice period", [], meeting("agenda_published: 2026-03-12", kind: "ics-partnership-board")),
        RuleCase("a late agenda of a body with no duty to publish", [.info],
                 meeting("agenda_published: 2026-03-11", body: "duty_to_publish: false")),
        RuleCase("a site that sets its kind's notice to 7 days", [.warning],
                 meeting("agenda_published: 2026-03-06", settings: "kinds:\n  integrated-care-board: {notice_days: 7}\n")),
        RuleCase("a scheduled meeting", [], meeting("status: scheduled\nagenda_published: 2026-03-11")),
        RuleCase("a cancelled meeting", [], meeting("status: cancelled\nagenda_published: 2026-03-11")),
        RuleCase("a late agenda for a meeting on the as-of date", [.warning],
                 meeting("agenda_published: 2026-05-31", date: "2026-06-01")),
        RuleCase("a late agenda for a meeting after the as-of date", [],
                 meeting("agenda_published: 2026-05-31", date: "2026-06-02")),
    ]

    @Test(arguments: noticeLateCases)
    func noticeLate(_ rule: RuleCase) throws {
        #expect(try rule.fixture().severities("notice-late", asOf: rule.asOf) == rule.expected)
    }

    @Test(arguments: [
        ("2026-03-09", "published on 9 March 2026, 2 clear days before the meeting; 3 clear days of notice are expected."),
        ("2026-03-10", "1 clear day before the meeting"),
        ("2026-03-11", "the day before the meeting"),
        ("2026-03-12", "on the day of the meeting"),
        ("2026-03-13", "after the meeting"),
    ])
    func lateNoticeSaysHowLate(published: String, words: String) throws {
        let finding = try #require(try Self.meeting("agenda_published: \(published)")().findings("notice-late").first)
        #expect(finding.message.contains(words))
    }

    static let agendaMissingCases: [RuleCase] = [
        RuleCase("a held meeting with no agenda", [.warning], meeting("session: public")),
        RuleCase("a held meeting with its agenda", [], meeting("agenda_published: 2026-03-01")),
        RuleCase("a body with no duty to publish", [.info], meeting("session: public", kind: "regional-team")),
        RuleCase("a scheduled meeting", [], meeting("status: scheduled")),
        RuleCase("a cancelled meeting", [], meeting("status: cancelled")),
        RuleCase("a meeting on the as-of date", [.warning], meeting("status: held", date: "2026-06-01")),
        RuleCase("a meeting after the as-of date", [], meeting("status: held", date: "2026-06-02")),
    ]

    @Test(arguments: agendaMissingCases)
    func agendaMissing(_ rule: RuleCase) throws {
        #expect(try rule.fixture().severities("agenda-missing", asOf: rule.asOf) == rule.expected)
    }

    static let minutesMissingCases: [RuleCase] = [
        // As of 1 June 2026: 61 days after 1 April, 60 after 2 April.
        RuleCase("61 days with no minutes", [.error], meeting("agenda_published: 2026-03-20", date: "2026-04-01")),
        RuleCase("exactly 60 days with no minutes", [], meeting("agenda_published: 2026-03-20", date: "2026-04-02")),
        RuleCase("minutes published", [], meeting("minutes_published: 2026-04-20", date: "2026-04-01")),
        RuleCase("a body with no duty to publish", [.info], meeting("status: held", kind: "ics-partnership-board", date: "2026-04-01")),
        RuleCase("a cancelled meeting", [], meeting("status: cancelled", date: "2026-01-01")),
        RuleCase("a scheduled meeting never updated", [], meeting("status: scheduled", date: "2026-01-01")),
        RuleCase("a site that allows 90 days", [],
                 meeting("status: held", date: "2026-04-01", settings: "audit:\n  rules:\n    minutes-missing: {days: 90}\n")),
        RuleCase("a body dissolved 50 days after its last meeting", [],
                 meeting("status: held", body: "dissolved: 2022-06-30", date: "2022-05-11")),
        RuleCase("a body dissolved 61 days after a meeting with no minutes", [.error],
                 meeting("status: held", body: "dissolved: 2022-06-30", date: "2022-04-30")),
    ]

    @Test(arguments: minutesMissingCases)
    func minutesMissing(_ rule: RuleCase) throws {
        #expect(try rule.fixture().severities("minutes-missing", asOf: rule.asOf) == rule.expected)
    }

    static let minutesLateCases: [RuleCase] = [
        // 42 days after Thursday 12 March 2026 is 23 April.
        RuleCase("exactly 42 days", [], meeting("minutes_published: 2026-04-23")),
        RuleCase("43 days", [.warning], meeting("minutes_published: 2026-04-24")),
        RuleCase("43 days, for a body with no duty to publish", [.info], meeting("minutes_published: 2026-04-24", kind: "regional-team")),
        RuleCase("a site that expects minutes within 30 days", [.warning],
                 meeting("minutes_published: 2026-04-16", settings: "audit:\n  rules:\n    minutes-late: {days: 30}\n")),
        RuleCase("a cancelled meeting", [], meeting("status: cancelled\nminutes_published: 2026-05-30")),
    ]

    @Test(arguments: minutesLateCases)
    func minutesLate(_ rule: RuleCase) throws {
        #expect(try rule.fixture().severities("minutes-late", asOf: rule.asOf) == rule.expected)
    }
}
