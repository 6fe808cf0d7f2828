import NoticeboardModel

/// `meeting-gap`: a body with a cadence went longer than one and a half times it without a meeting, between
/// two consecutive non-cancelled meetings or between its last one and the as-of date; one finding per gap.
/// Meetings before the body was established are not counted, and no meeting is due after its dissolution.
struct MeetingGap: AuditRule {
    let id = "meeting-gap"
    let title = "Gap between meetings"
    let subject = AuditSubject.body
    let defaultSeverity = Finding.Severity.warning
    let defaultDays: Int? = nil

    func summary(_ settings: RuleSettings) -> String {
        "A body with a regular cadence went more than one and a half times it without a meeting (monthly: 45 days; every two months: 91½; quarterly: 136½), between two meetings or since its last one."
    }

    /// True when two dates are further apart than one and a half times the cadence.
    static func isGap(days: Int, cadence: Int) -> Bool { 2 * days > 3 * cadence }

    func findings(for body: AuditedBody, settings: RuleSettings) -> [Finding] {
        guard let cadence = body.body.cadence.days, body.existsAsOf else { return [] }
        let established = body.body.established
        let dates = body.meetings
            .filter { meeting in meeting.status != .cancelled && meeting.date <= body.asOf && established.map { meeting.date >= $0 } ?? true }
            .map(\.date)
        guard let last = dates.last else { return [] }
        let grade = Grade(severity: settings.severity,
                          basis: "no duty is known: measured against the body's own cadence (it meets \(Self.words(body.body.cadence)))",
                          restsOnDuty: false)
        var found: [Finding] = []
        for (earlier, later) in zip(dates, dates.dropFirst()) where Self.isGap(days: earlier.days(until: later), cadence: cadence) {
            found.append(finding(body, grade, message: "No meeting is recorded between \(earlier.mediumText) and \(later.mediumText), "
                                 + "\(Wording.count(earlier.days(until: later), "day")), for a body that meets \(Self.words(body.body.cadence))."))
        }
        let since = last.days(until: body.asOf)
        if Self.isGap(days: since, cadence: cadence) {
            found.append(finding(body, grade, message: "No meeting is recorded since \(last.mediumText): "
                                 + "\(Wording.count(since, "day")) by \(Wording.asOf(body)), for a body that meets \(Self.words(body.body.cadence))."))
        }
        return found
    }

    static func words(_ cadence: Body.Cadence) -> String {
        switch cadence {
        case .monthly: return "monthly"
        case .bimonthly: return "every two months"
        case .quarterly: return "quarterly"
        case .none: return "with no regular cycle"
        }
    }
}
