import NoticeboardModel

/// `minutes-missing`: a held meeting more than `days` (60) days before the as-of date with no `minutes_published`.
struct MinutesMissing: MeetingRule {
    let id = "minutes-missing"
    let title = "Minutes missing"
    let subject = AuditSubject.meeting
    let defaultSeverity = Finding.Severity.error
    let defaultDays: Int? = 60

    func summary(_ settings: RuleSettings) -> String {
        "No minutes are recorded as published for a meeting held more than \(Wording.count(settings.days ?? 0, "day")) before the as-of date."
    }

    func findings(for meeting: Meeting, of body: AuditedBody, settings: RuleSettings) -> [Finding] {
        let elapsed = meeting.date.days(until: body.asOf)
        guard meeting.minutesPublished == nil, elapsed > settings.days ?? 0 else { return [] }
        let message = "No minutes are recorded as published by \(Wording.asOf(body)), \(Wording.count(elapsed, "day")) after the meeting."
        return [finding(body, body.publication(settings.severity), meeting: meeting, message: message)]
    }
}
