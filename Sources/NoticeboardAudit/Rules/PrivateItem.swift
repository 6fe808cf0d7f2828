import NoticeboardModel

/// `private-item`: an agenda item with `private: true` in a held meeting. Graded at the rule's severity
/// (error) where no reason is recorded, and one step lower (warning) where an exemption is stated.
struct PrivateItem: MeetingRule {
    let id = "private-item"
    let title = "Item in private"
    let subject = AuditSubject.item
    let defaultSeverity = Finding.Severity.error
    let defaultDays: Int? = nil

    func summary(_ settings: RuleSettings) -> String {
        "An agenda item was taken in private: \(settings.severity.rawValue) with no reason recorded, \(settings.severity.lowered.rawValue) with a stated exemption."
    }

    func findings(for meeting: Meeting, of body: AuditedBody, settings: RuleSettings) -> [Finding] {
        meeting.items.filter(\.isPrivate).map { item in
            let reason = item.exemption.flatMap { $0.allSatisfy(\.isWhitespace) ? nil : $0 }
            // Graded as the table says whatever the body's duties; the basis says which duty, if any, is known.
            let duty = body.meetingInPublic(settings.severity)
            let grade = Grade(severity: reason == nil ? settings.severity : settings.severity.lowered, basis: duty.basis,
                              restsOnDuty: duty.restsOnDuty)
            let message = reason.map { "\(Wording.item(item)) was taken in private; the reason given: \($0)." }
                ?? "\(Wording.item(item)) was taken in private with no reason recorded."
            return finding(body, grade, meeting: meeting, item: item.number, message: message)
        }
    }
}
