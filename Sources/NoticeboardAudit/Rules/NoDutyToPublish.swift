import NoticeboardModel

/// `no-duty-to-publish`: the body's effective duty to publish (its own setting, else its kind's) is false.
/// It says so once, so readers know why its other publication findings are only for information.
struct NoDutyToPublish: AuditRule {
    let id = "no-duty-to-publish"
    let title = "No duty to publish"
    let subject = AuditSubject.body
    let defaultSeverity = Finding.Severity.info
    let defaultDays: Int? = nil

    func summary(_ settings: RuleSettings) -> String {
        "No duty to publish papers and minutes is known for the body, so what it does not publish is shown for information, not as a failure."
    }

    func findings(for body: AuditedBody, settings: RuleSettings) -> [Finding] {
        guard !body.dutyToPublish else { return [] }
        let message = "No duty to publish its papers and minutes is known, so what it does not publish is shown for information, not as a failure."
        return [finding(body, Grade(severity: settings.severity, basis: body.dutyBasis, restsOnDuty: false), message: message)]
    }
}
