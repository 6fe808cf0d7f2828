import NoticeboardModel

/// One body as the audit judges it: its kind and effective duties, and the date it is judged as of.
public struct AuditedBody: Sendable {
    public let body: Body
    /// Its kind (`kind:`), as the site defines it.
    public let kind: BodyKind
    /// The audit's as-of date, or the body's dissolution date where that is earlier: membership is judged
    /// then, and no meeting is due after it.
    public let asOf: CalendarDate
    /// Its own `duty_to_publish`, else its kind's.
    public let dutyToPublish: Bool
    /// Its own `meets_in_public`, else its kind's.
    public let meetsInPublic: Bool
    /// The groups that count as the public voice (`public_voice` in `noticeboard.yml`).
    public let publicVoice: Set<Representation>
    /// Every meeting of the body, oldest first.
    public let meetings: [Meeting]

    /// The body as judged as of the audit's date.
    public init(_ body: Body, in site: Site, asOf: CalendarDate) {
        self.body = body
        self.kind = site.kind(of: body)
        self.asOf = min(asOf, body.dissolved ?? asOf)
        self.dutyToPublish = site.dutyToPublish(body)
        self.meetsInPublic = site.meetsInPublic(body)
        self.publicVoice = site.settings.publicVoice
        self.meetings = site.meetings(of: body.slug)
    }

    /// Held meetings dated on or before the as-of date: the only meetings that are due anything.
    public var meetingsDue: [Meeting] {
        meetings.filter { $0.status == .held && $0.date <= asOf }
    }

    /// Members whose term includes the as-of date.
    public var currentMembers: [Member] { body.members(currentOn: asOf) }

    /// False for a body established after the as-of date: it had no members and held no meetings yet.
    public var existsAsOf: Bool { body.established.map { $0 <= asOf } ?? true }

    // MARK: Grading

    /// How a finding about missing publication is graded: at the rule's severity, on the basis of the
    /// body's duty, where it has a duty to publish; otherwise at info, with no breach claimed.
    public func publication(_ severity: Finding.Severity) -> Grade {
        guard dutyToPublish else { return Grade(severity: .info, basis: Finding.noDutyToPublish, restsOnDuty: false) }
        return Grade(severity: severity, basis: dutyBasis, restsOnDuty: true)
    }

    /// How a finding about a meeting held in private is graded: as a publication finding, and at info where
    /// the body need not meet in public.
    public func meetingInPublic(_ severity: Finding.Severity) -> Grade {
        guard dutyToPublish else { return publication(severity) }
        guard meetsInPublic else { return Grade(severity: .info, basis: Finding.noDutyToMeetInPublic, restsOnDuty: false) }
        let basis = body.meetsInPublic == true && !kind.meetsInPublic
            ? "This body's own record says it meets in public (meets_in_public: true)" : kind.basis
        return Grade(severity: severity, basis: basis, restsOnDuty: true)
    }

    /// Where its duty to publish (or the lack of one) comes from: its own record, else its kind's basis.
    public var dutyBasis: String {
        switch (body.dutyToPublish, kind.dutyToPublish) {
        case (true?, false): return "This body's own record says it has a duty to publish (duty_to_publish: true)"
        case (false?, true): return "This body's own record says it has no duty to publish (duty_to_publish: false)"
        default: return kind.basis
        }
    }
}

/// How one finding is graded and what it rests on.
public struct Grade: Hashable, Sendable {
    public var severity: Finding.Severity
    /// The duty or guidance the finding rests on, or that none is known.
    public var basis: String
    /// True where a duty (or guidance) is known, so the wording may say what is expected.
    public var restsOnDuty: Bool

    public init(severity: Finding.Severity, basis: String, restsOnDuty: Bool) {
        self.severity = severity; self.basis = basis; self.restsOnDuty = restsOnDuty
    }
}

extension Finding.Severity {
    /// One step less grave, never below info.
    public var lowered: Finding.Severity {
        switch self {
        case .error: return .warning
        case .warning, .info: return .info
        }
    }
}
