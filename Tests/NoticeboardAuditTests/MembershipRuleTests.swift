import NoticeboardAudit
import Testing

/// `no-public-member`, `required-member-missing` and `no-duty-to-publish`: findings about the body itself.
@Suite struct MembershipRuleTests {
    static let noPublicMemberCases: [RuleCase] = [
        RuleCase("a current lay member is a public voice", []) { AuditFixture() },
        RuleCase("only officers and providers", [.warning]) {
            AuditFixture(members: "members:\n  - {name: A, represents: officer}\n  - {name: B, represents: nhs-provider}")
        },
        RuleCase("no members recorded at all", [.warning]) { AuditFixture(members: "") },
        RuleCase("the Healthwatch member's term ended before the as-of date", [.warning]) {
            AuditFixture(members: "members:\n  - {name: A, represents: healthwatch, to: 2026-05-31}")
        },
        RuleCase("the Healthwatch member's term ends on the as-of date", []) {
            AuditFixture(members: "members:\n  - {name: A, represents: healthwatch, to: 2026-06-01}")
        },
        RuleCase("the patient member starts after the as-of date", [.warning]) {
            AuditFixture(members: "members:\n  - {name: A, represents: patient-public, from: 2026-06-02}")
        },
        RuleCase("a local authority's members are elected", []) {
            AuditFixture(kind: "local-authority", members: "members:\n  - {name: Cllr A, represents: local-authority}")
        },
        RuleCase("a dissolved body is judged on its dissolution date", []) {
            AuditFixture(body: "dissolved: 2022-06-30", members: "members:\n  - {name: A, represents: lay, to: 2022-12-31}")
        },
        RuleCase("a dissolved body whose public member left before it ended", [.warning]) {
            AuditFixture(body: "dissolved: 2022-06-30", members: "members:\n  - {name: A, represents: lay, to: 2022-03-31}\n  - {name: B, represents: officer}")
        },
        RuleCase("the site counts the voluntary sector as the public voice", []) {
            AuditFixture(members: "members:\n  - {name: A, represents: voluntary-sector}", settings: "public_voice: [voluntary-sector]\n")
        },
    ]

    @Test(arguments: noPublicMemberCases)
    func noPublicMember(_ rule: RuleCase) throws {
        #expect(try rule.fixture().severities("no-public-member", asOf: rule.asOf) == rule.expected)
    }

    static let requiredMembersCases: [RuleCase] = [
        RuleCase("a Health and Wellbeing Board with a Healthwatch member", []) {
            AuditFixture(kind: "health-and-wellbeing-board", members: "members:\n  - {name: A, represents: healthwatch}")
        },
        RuleCase("a Health and Wellbeing Board without one", [.error]) {
            AuditFixture(kind: "health-and-wellbeing-board", members: "members:\n  - {name: Cllr A, represents: local-authority}")
        },
        RuleCase("a Health and Wellbeing Board whose Healthwatch member's term ended", [.error]) {
            AuditFixture(kind: "health-and-wellbeing-board", members: "members:\n  - {name: A, represents: healthwatch, from: 2024-01-01, to: 2025-12-31}")
        },
        RuleCase("a CCG with one lay member of the two required", [.error]) {
            AuditFixture(kind: "clinical-commissioning-group", members: "members:\n  - {name: A, represents: lay}")
        },
        RuleCase("a CCG with two lay members on the day it was dissolved", []) {
            AuditFixture(kind: "clinical-commissioning-group", body: "dissolved: 2022-06-30",
                         members: "members:\n  - {name: A, represents: lay}\n  - {name: B, represents: lay, to: 2022-06-30}")
        },
        RuleCase("an ICB requires no members by law", []) { AuditFixture(members: "") },
        RuleCase("a site's own kind that requires two voluntary sector members, with none", [.error]) {
            AuditFixture(kind: "forum", settings: "kinds:\n  forum:\n    name: Forum\n    required_members: {voluntary-sector: 2}\n")
        },
        RuleCase("a kind requiring two groups, both missing, gives one finding each", [.error, .error]) {
            AuditFixture(kind: "forum", members: "",
                         settings: "kinds:\n  forum:\n    name: Forum\n    required_members: {healthwatch: 1, lay: 1}\n")
        },
    ]

    @Test(arguments: requiredMembersCases)
    func requiredMemberMissing(_ rule: RuleCase) throws {
        #expect(try rule.fixture().severities("required-member-missing", asOf: rule.asOf) == rule.expected)
    }

    static let dutyCases: [RuleCase] = [
        RuleCase("an ICB has a duty to publish", []) { AuditFixture() },
        RuleCase("an ICS partnership board has none known", [.info]) { AuditFixture(kind: "ics-partnership-board") },
        RuleCase("a regional team has none known", [.info]) { AuditFixture(kind: "regional-team") },
        RuleCase("an ICB whose own record says it has none", [.info]) { AuditFixture(body: "duty_to_publish: false") },
        RuleCase("a partnership board whose own record gives it a duty", []) {
            AuditFixture(kind: "ics-partnership-board", body: "duty_to_publish: true")
        },
    ]

    @Test(arguments: dutyCases)
    func noDutyToPublish(_ rule: RuleCase) throws {
        #expect(try rule.fixture().severities("no-duty-to-publish", asOf: rule.asOf) == rule.expected)
    }

    @Test func requiredMemberFindingNamesTheGroupAndRestsOnTheKind() throws {
        let finding = try #require(try AuditFixture(kind: "health-and-wellbeing-board", members: "")
            .findings("required-member-missing").first)
        #expect(finding.message.contains("at least 1 Healthwatch member"))
        #expect(finding.basis.contains("Health and Social Care Act 2012 s194"))
        #expect(finding.meeting == nil && finding.item == nil && finding.paper == nil)
    }

    @Test func noPublicMemberNeverClaimsABreach() throws {
        let finding = try #require(try AuditFixture(members: "").findings("no-public-member").first)
        #expect(finding.basis.hasPrefix("no duty is known"))
        #expect(!finding.message.contains("fail"))
    }
}
