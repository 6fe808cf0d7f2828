import NoticeboardModel

/// Every rule of the transparency audit, in the order of SPEC.md's table: the one list the audit, the
/// settings check, the site and the documentation read.
public enum AuditRegistry {
    /// Every rule, in SPEC.md's order (which is also the order of the gaps page).
    public static let rules: [any AuditRule] = [
        NoPublicMember(),
        RequiredMemberMissing(),
        NoDutyToPublish(),
        MeetingInPrivate(),
        PrivateItem(),
        PaperNotPublished(),
        NoticeLate(),
        AgendaMissing(),
        MinutesMissing(),
        MinutesLate(),
        MeetingGap(),
        NoPublicQuestions(),
    ]

    /// Every rule id, in the registry's order.
    public static var ids: [String] { rules.map(\.id) }

    /// The rule with this id, if there is one.
    public static func rule(_ id: String) -> (any AuditRule)? { rules.first { $0.id == id } }
}
