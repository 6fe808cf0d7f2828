import NoticeboardModel

/// `notice-late`: a held meeting whose agenda was published fewer clear days before it than its kind's
/// `notice_days`. Clear days are the days strictly between publication and meeting.
struct NoticeLate: MeetingRule {
    let id = "notice-late"
    let title = "Late notice"
    let subject = AuditSubject.meeting
    let defaultSeverity = Finding.Severity.warning
    let defaultDays: Int? = nil
    let thresholdElsewhere: String? = "notice is set per kind, as notice_days under kinds:"

    func summary(_ settings: RuleSettings) -> String {
        "A held meeting's agenda was published fewer clear days before it than its kind's notice (clear days leave out the day of publication and the day of the meeting)."
    }

    /// The days strictly between publication and meeting; negative when published after the meeting.
    static func clearDays(from published: CalendarDate, to meeting: CalendarDate) -> Int {
        published.days(until: meeting) - 1
    }

    func findings(for meeting: Meeting, of body: AuditedBody, settings: RuleSettings) -> [Finding] {
        guard let notice = body.kind.noticeDays, let published = meeting.agendaPublished else { return [] }
        let clear = Self.clearDays(from: published, to: meeting.date)
        guard clear < notice else { return [] }
        let grade = body.publication(settings.severity)
        let when: String
        switch clear {
        case ..<(-1): when = "after the meeting"
        case -1: when = "on the day of the meeting"
        case 0: when = "the day before the meeting"
        default: when = "\(Wording.count(clear, "clear day")) before the meeting"
        }
        let expected = grade.restsOnDuty
            ? "\(Wording.count(notice, "clear day")) of notice are expected"
            : "the usual notice for its kind is \(Wording.count(notice, "clear day"))"
        let message = "The agenda was published on \(published.mediumText), \(when); \(expected)."
        return [finding(body, grade, meeting: meeting, message: message)]
    }
}
