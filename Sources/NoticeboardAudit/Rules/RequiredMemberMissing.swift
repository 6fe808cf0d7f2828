import NoticeboardModel

/// `required-member-missing`: fewer current members of a group than the body's kind requires
/// (`required_members`), one finding per requirement.
struct RequiredMemberMissing: AuditRule {
    let id = "required-member-missing"
    let title = "Required member missing"
    let subject = AuditSubject.body
    let defaultSeverity = Finding.Severity.error
    let defaultDays: Int? = nil

    func summary(_ settings: RuleSettings) -> String {
        "Fewer current members of a group than the body's kind requires, such as a Healthwatch member on a Health and Wellbeing Board."
    }

    func findings(for body: AuditedBody, settings: RuleSettings) -> [Finding] {
        guard body.existsAsOf else { return [] }
        let members = body.currentMembers
        return body.kind.requiredMembers.sorted { $0.key < $1.key }.compactMap { group, required in
            let seated = members.count { $0.represents == group }
            guard seated < required else { return nil }
            let noun = Wording.member(group)
            let message = "A \(body.kind.name) is expected to have at least \(Wording.count(required, noun)); "
                + "on \(Wording.asOf(body)) it had \(seated == 0 ? "none" : String(seated))."
            return finding(body, Grade(severity: settings.severity, basis: body.kind.basis, restsOnDuty: true), message: message)
        }
    }
}
