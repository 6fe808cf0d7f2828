import NoticeboardModel

/// `agenda-missing`: a held meeting with no `agenda_published`.
struct AgendaMissing: MeetingRule {
    let id = "agenda-missing"
    let title = "Agenda missing"
    let subject = AuditSubject.meeting
    let defaultSeverity = Finding.Severity.warning
    let defaultDays: Int? = nil

    func summary(_ settings: RuleSettings) -> String {
        "No published agenda is recorded for a held meeting."
    }

    func findings(for meeting: Meeting, of body: AuditedBody, settings: RuleSettings) -> [Finding] {
        guard meeting.agendaPublished == nil else { return [] }
        return [finding(body, body.publication(settings.severity), meeting: meeting,
                        message: "No published agenda is recorded for this meeting.")]
    }
}
