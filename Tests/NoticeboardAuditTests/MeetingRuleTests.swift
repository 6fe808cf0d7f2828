import NoticeboardAudit
import Testing

/// `meeting-in-private`, `private-item`, `paper-not-published` and `no-public-questions`.
@Suite struct MeetingRuleTests {
    static let meetingInPrivateCases: [RuleCase] = [
        RuleCase("an ICB meeting held in private", [.warning]) { AuditFixture().meeting("2026-03-12", "session: private") },
        RuleCase("an ICB meeting held in public", []) { AuditFixture().meeting("2026-03-12", "session: public") },
        RuleCase("an ICB meeting partly in private", []) { AuditFixture().meeting("2026-03-12", "session: part-private") },
        RuleCase("a partnership board need not meet in public", [.info]) {
            AuditFixture(kind: "ics-partnership-board").meeting("2026-03-12", "session: private")
        },
        RuleCase("an ICB whose own record says it need not meet in public", [.info]) {
            AuditFixture(body: "meets_in_public: false").meeting("2026-03-12", "session: private")
        },
        RuleCase("a scheduled private meeting is not due anything", []) {
            AuditFixture().meeting("2026-03-12", "status: scheduled\nsession: private")
        },
        RuleCase("a cancelled private meeting is not due anything", []) {
            AuditFixture().meeting("2026-03-12", "status: cancelled\nsession: private")
        },
        RuleCase("a private meeting on the as-of date is due", [.warning]) {
            AuditFixture().meeting("2026-06-01", "session: private")
        },
        RuleCase("a private meeting after the as-of date is not yet due", []) {
            AuditFixture().meeting("2026-06-02", "session: private")
        },
        RuleCase("a private meeting after the body's dissolution is not due", []) {
            AuditFixture(body: "dissolved: 2026-04-30").meeting("2026-05-14", "session: private")
        },
    ]

    @Test(arguments: meetingInPrivateCases)
    func meetingInPrivate(_ rule: RuleCase) throws {
        #expect(try rule.fixture().severities("meeting-in-private", asOf: rule.asOf) == rule.expected)
    }

    @Test func privateMeetingOfABodyWithNoDutySaysSo() throws {
        let finding = try #require(try AuditFixture(kind: "ics-partnership-board").meeting("2026-03-12", "session: private")
            .findings("meeting-in-private").first)
        #expect(finding.basis == "no duty to publish is known")
        #expect(finding.message == "The whole meeting was held in private.")
        let noDutyToMeet = try #require(try AuditFixture(body: "meets_in_public: false").meeting("2026-03-12", "session: private")
            .findings("meeting-in-private").first)
        #expect(noDutyToMeet.basis == "no duty to meet in public is known")
    }

    static func items(_ items: String, status: String = "held", date: String = "2026-03-12") -> @Sendable () -> AuditFixture {
        { AuditFixture().meeting(date, "status: \(status)\nitems:\n\(items)") }
    }

    static let privateItemCases: [RuleCase] = [
        RuleCase("a private item with a stated exemption", [.warning],
                 items("  - {number: '7', title: Contract, private: true, exemption: commercial interests}")),
        RuleCase("a private item with no reason", [.error], items("  - {number: '7', title: Contract, private: true}")),
        RuleCase("a private item whose reason is blank", [.error], items("  - {number: '7', title: Contract, private: true, exemption: ' '}")),
        RuleCase("an item in public", [], items("  - {number: '7', title: Contract}")),
        RuleCase("two private items, one with a reason", [.warning, .error],
                 items("  - {number: '6', title: A, private: true, exemption: staffing}\n  - {number: '7', title: B, private: true}")),
        RuleCase("a private item of a cancelled meeting", [], items("  - {number: '7', title: Contract, private: true}", status: "cancelled")),
        RuleCase("a private item of a meeting after the as-of date", [],
                 items("  - {number: '7', title: Contract, private: true}", date: "2026-07-01")),
    ]

    @Test(arguments: privateItemCases)
    func privateItem(_ rule: RuleCase) throws {
        #expect(try rule.fixture().severities("private-item", asOf: rule.asOf) == rule.expected)
    }

    @Test func privateItemNamesTheItemAndTheReason() throws {
        let finding = try #require(try Self.items("  - {number: '7a', title: Contract award, private: true, exemption: commercial interests}")()
            .findings("private-item").first)
        #expect(finding.meeting == "2026-03-12")
        #expect(finding.item == "7a")
        #expect(finding.message == "Item 7a (Contract award) was taken in private; the reason given: commercial interests.")
    }

    static func paper(_ status: String, kind: String = "integrated-care-board", onAgenda: Bool = true) -> @Sendable () -> AuditFixture {
        {
            AuditFixture(kind: kind)
                .meeting("2026-03-12", onAgenda ? "items:\n  - {number: '5', title: Procurement, paper: plan}" : "items:\n  - {number: '5', title: Procurement}")
                .paper("2026-03-12", "plan", "item: '5'\nstatus: \(status)")
        }
    }

    static let paperNotPublishedCases: [RuleCase] = [
        RuleCase("a withheld paper", [.error], paper("withheld")),
        RuleCase("a paper marked not published", [.error], paper("not-published")),
        RuleCase("a published paper", [], paper("published")),
        RuleCase("a withheld paper of a body with no duty to publish", [.info], paper("withheld", kind: "regional-team")),
        RuleCase("a withheld paper the agenda does not link, for item 5", [.error], paper("withheld", onAgenda: false)),
    ]

    @Test(arguments: paperNotPublishedCases)
    func paperNotPublished(_ rule: RuleCase) throws {
        #expect(try rule.fixture().severities("paper-not-published", asOf: rule.asOf) == rule.expected)
    }

    @Test(arguments: [true, false])
    func paperFindingIsAboutTheItemAndThePaper(onAgenda: Bool) throws {
        let finding = try #require(try Self.paper("withheld", onAgenda: onAgenda)().findings("paper-not-published").first)
        #expect(finding.meeting == "2026-03-12")
        #expect(finding.item == "5")
        #expect(finding.paper == "plan")
    }

    @Test func withheldPaperOfABodyWithNoDutyClaimsNoBreach() throws {
        let finding = try #require(try Self.paper("withheld", kind: "regional-team")().findings("paper-not-published").first)
        #expect(finding.basis == "no duty to publish is known")
        #expect(finding.message == "The paper “Paper plan” for item 5 was withheld with no reason recorded.")
    }

    static let publicQuestionsCases: [RuleCase] = [
        RuleCase("a meeting in public that took no questions", [.info]) {
            AuditFixture().meeting("2026-03-12", "session: public\npublic_questions: false")
        },
        RuleCase("a meeting partly in private that took no questions", [.info]) {
            AuditFixture().meeting("2026-03-12", "session: part-private\npublic_questions: false")
        },
        RuleCase("a meeting that took questions", []) { AuditFixture().meeting("2026-03-12", "public_questions: true") },
        RuleCase("a meeting where it is not known", []) { AuditFixture().meeting("2026-03-12", "session: public") },
        RuleCase("a private meeting takes no public questions", []) {
            AuditFixture().meeting("2026-03-12", "session: private\npublic_questions: false")
        },
        RuleCase("a scheduled meeting", []) { AuditFixture().meeting("2026-03-12", "status: scheduled\npublic_questions: false") },
    ]

    @Test(arguments: publicQuestionsCases)
    func noPublicQuestions(_ rule: RuleCase) throws {
        #expect(try rule.fixture().severities("no-public-questions", asOf: rule.asOf) == rule.expected)
    }
}
