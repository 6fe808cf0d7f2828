import NoticeboardModel

/// Small pieces of plain English shared by the rules' sentences.
enum Wording {
    /// `1 clear day`, `3 clear days`.
    static func count(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(n) \(n == 1 ? singular : plural ?? singular + "s")"
    }

    /// `a`, `b or c`.
    static func either(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " or " + items.last!
    }

    /// What one seat of a group is called: `Healthwatch member`, `lay member`.
    static func member(_ group: Representation) -> String {
        switch group {
        case .nhsCommissioner: return "NHS commissioner member"
        case .nhsProvider: return "NHS provider member"
        case .primaryCare: return "primary care member"
        case .localAuthority: return "local authority member"
        case .socialCare: return "social care member"
        case .voluntarySector: return "voluntary sector member"
        case .patientPublic: return "patient or public member"
        case .healthwatch: return "Healthwatch member"
        case .lay: return "lay member"
        case .privateProvider: return "private provider member"
        case .independent: return "independent member"
        case .officer: return "officer"
        }
    }

    /// `Item 4 (Financial plan)`.
    static func item(_ item: AgendaItem) -> String { "Item \(item.number) (\(item.title))" }

    /// The date a body is judged as of, in words: `1 November 2026`, or `30 June 2022 (when it was dissolved)`.
    static func asOf(_ body: AuditedBody) -> String {
        body.body.dissolved == body.asOf ? "\(body.asOf.mediumText) (when it was dissolved)" : body.asOf.mediumText
    }
}
