import NoticeboardModel

/// `minutes-late`: a held meeting whose minutes were published more than `days` (42) days after it.
struct MinutesLate: MeetingRule {
    let id = "minutes-late"
    let title = "Minutes late"
    let subject = AuditSubject.meeting
    let defaultSeverity = Finding.Severity.warning
    let defaultDays: Int? = 42

    func summary(_ settings: RuleSettings) -> String {
        "A meeting's minutes were published more than \(Wording.count(settings.days ?? 0, "day")) after it."
    }

    func findings(for meeting: Meeting, of body: AuditedBody, settings: RuleSettings) -> [Finding] {
        guard let published = meeting.minutesPublished else { return [] }
        let delay = meeting.date.days(until: published)
        let limit = settings.days ?? 0
        guard delay > limit else { return [] }
        let message = "The minutes were published on \(published.mediumText), \(Wording.count(delay, "day")) after the meeting; "
            + "this site looks for minutes within \(Wording.count(limit, "day"))."
        return [finding(body, body.publication(settings.severity), meeting: meeting, message: message)]
    }
}
