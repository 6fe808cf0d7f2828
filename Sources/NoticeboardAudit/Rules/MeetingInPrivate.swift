import NoticeboardModel

/// `meeting-in-private`: a held meeting with `session: private`; info where the body need not meet in
/// public or publish.
struct MeetingInPrivate: MeetingRule {
    let id = "meeting-in-private"
    let title = "Meeting in private"
    let subject = AuditSubject.meeting
    let defaultSeverity = Finding.Severity.warning
    let defaultDays: Int? = nil

    func summary(_ settings: RuleSettings) -> String {
        "A held meeting was held wholly in private (for information only where the body need not meet in public)."
    }

    func findings(for meeting: Meeting, of body: AuditedBody, settings: RuleSettings) -> [Finding] {
        guard meeting.session == .private else { return [] }
        let grade = body.meetingInPublic(settings.severity)
        let message = grade.restsOnDuty
            ? "The whole meeting was held in private, although a \(body.kind.name) is expected to meet in public."
            : "The whole meeting was held in private."
        return [finding(body, grade, meeting: meeting, message: message)]
    }
}
