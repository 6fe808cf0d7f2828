import NoticeboardModel

/// `no-public-questions`: a held meeting in public (wholly or in part) with `public_questions: false`.
/// Where the field is absent nothing is known, so nothing is found.
struct NoPublicQuestions: MeetingRule {
    let id = "no-public-questions"
    let title = "No public questions"
    let subject = AuditSubject.meeting
    let defaultSeverity = Finding.Severity.info
    let defaultDays: Int? = nil

    func summary(_ settings: RuleSettings) -> String {
        "A meeting held in public took no questions from the public."
    }

    func findings(for meeting: Meeting, of body: AuditedBody, settings: RuleSettings) -> [Finding] {
        guard meeting.session != .private, meeting.publicQuestions == false else { return [] }
        let grade = Grade(severity: settings.severity,
                          basis: "no duty is known: taking questions from the public is good practice, not a legal requirement",
                          restsOnDuty: false)
        return [finding(body, grade, meeting: meeting, message: "Questions from the public were not taken at this meeting.")]
    }
}
