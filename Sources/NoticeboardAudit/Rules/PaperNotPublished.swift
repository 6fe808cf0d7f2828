import NoticeboardModel

/// `paper-not-published`: a paper of a held meeting has status `withheld` or `not-published`. Its subject is
/// the agenda item that names the paper, or the item the paper says it is for.
struct PaperNotPublished: MeetingRule {
    let id = "paper-not-published"
    let title = "Paper not published"
    let subject = AuditSubject.item
    let defaultSeverity = Finding.Severity.error
    let defaultDays: Int? = nil

    func summary(_ settings: RuleSettings) -> String {
        "A paper of a held meeting was withheld or not published."
    }

    func findings(for meeting: Meeting, of body: AuditedBody, settings: RuleSettings) -> [Finding] {
        let grade = body.publication(settings.severity)
        return meeting.papers.filter { $0.status != .published }.flatMap { paper in
            let items = meeting.items.filter { $0.paper == paper.slug }
            let numbers: [String?] = items.isEmpty ? [paper.item] : items.map(\.number)
            return numbers.map { number in
                let what = "The paper “\(paper.title)”" + (number.map { " for item \($0)" } ?? "")
                let message: String
                switch paper.status {
                case .withheld:
                    message = paper.withheldReason.map { "\(what) was withheld; the reason given: \(Self.sentence($0))" }
                        ?? "\(what) was withheld with no reason recorded."
                case .notPublished, .published:
                    message = "\(what) has not been published."
                }
                return finding(body, grade, meeting: meeting, item: number, paper: paper.slug, message: message)
            }
        }
    }

    /// The reason as written, ending in exactly one full stop.
    static func sentence(_ text: String) -> String {
        var text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        while text.hasSuffix(".") { text.removeLast() }
        return text + "."
    }
}
