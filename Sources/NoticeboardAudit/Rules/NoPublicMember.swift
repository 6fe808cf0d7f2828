import NoticeboardModel

/// `no-public-member`: no current member speaks for patients and the public (patient-public, healthwatch or
/// lay by default). Not for kinds whose members are elected, such as local authorities.
struct NoPublicMember: AuditRule {
    let id = "no-public-member"
    let title = "No public member"
    let subject = AuditSubject.body
    let defaultSeverity = Finding.Severity.warning
    let defaultDays: Int? = nil

    func summary(_ settings: RuleSettings) -> String {
        "No current member represents patients and the public (a patient or public member, Healthwatch or a lay member), for bodies whose members are not elected."
    }

    func findings(for body: AuditedBody, settings: RuleSettings) -> [Finding] {
        guard !body.kind.electedMembers, body.existsAsOf else { return [] }
        let members = body.currentMembers
        guard !members.contains(where: { body.publicVoice.contains($0.represents) }) else { return [] }
        let missing = Wording.either(body.publicVoice.sorted().map(Wording.member))
        let who: String
        switch members.count {
        case 0: who = "No members are recorded on \(Wording.asOf(body)), so no one is known to speak"
        case 1: who = "Its only member on \(Wording.asOf(body)) does not speak"
        default: who = "None of its \(members.count) members on \(Wording.asOf(body)) speaks"
        }
        let message = "\(who) for patients and the public: there is no \(missing)."
        let grade = Grade(severity: settings.severity,
                          basis: "no duty is known: a seat for patients and the public is what this site looks for on every body whose members are not elected",
                          restsOnDuty: false)
        return [finding(body, grade, message: message)]
    }
}
