/// What a kind of body is expected to do: publish, meet in public, give notice, seat certain members.
/// Kinds are data: the built-in ones below can be changed and new ones added in `noticeboard.yml`.
public struct BodyKind: Hashable, Sendable {
    public var slug: String
    public var name: String
    public var publicBody: Bool
    public var dutyToPublish: Bool
    public var meetsInPublic: Bool
    /// Clear days of notice expected before a meeting, when there is such a duty.
    public var noticeDays: Int?
    /// The least number of current members each group must have (`healthwatch: 1`).
    public var requiredMembers: [Representation: Int]
    /// Members are elected (councillors), so no public-voice seat is expected.
    public var electedMembers: Bool
    /// Why this is expected, with its source, for readers.
    public var basis: String

    public init(slug: String, name: String, publicBody: Bool, dutyToPublish: Bool, meetsInPublic: Bool,
                noticeDays: Int? = nil, requiredMembers: [Representation: Int] = [:], electedMembers: Bool = false,
                basis: String) {
        self.slug = slug; self.name = name; self.publicBody = publicBody; self.dutyToPublish = dutyToPublish
        self.meetsInPublic = meetsInPublic; self.noticeDays = noticeDays; self.requiredMembers = requiredMembers
        self.electedMembers = electedMembers; self.basis = basis
    }
}

extension BodyKind {
    /// The baseline for England's integrated care (SPEC.md, "The transparency audit").
    public static let builtIn: [BodyKind] = [
        BodyKind(slug: "health-and-wellbeing-board", name: "Health and Wellbeing Board", publicBody: true,
                 dutyToPublish: true, meetsInPublic: true, noticeDays: 5, requiredMembers: [.healthwatch: 1],
                 basis: "A council committee: Local Government Act 1972 Part VA (s100A-D); Health and Social Care Act 2012 s194"),
        BodyKind(slug: "local-authority", name: "Local authority", publicBody: true, dutyToPublish: true,
                 meetsInPublic: true, noticeDays: 5, electedMembers: true,
                 basis: "Local Government Act 1972 Part VA: agenda, reports and minutes published; kept six years, background papers four"),
        BodyKind(slug: "integrated-care-board", name: "Integrated Care Board", publicBody: true, dutyToPublish: true,
                 meetsInPublic: true, noticeDays: 3,
                 basis: "NHS Act 2006 Schedule 1B (inserted by the Health and Care Act 2022) and the board's constitution; Public Bodies (Admission to Meetings) Act 1960"),
        BodyKind(slug: "integrated-care-partnership", name: "Integrated Care Partnership", publicBody: true,
                 dutyToPublish: true, meetsInPublic: true, noticeDays: 3,
                 basis: "Statutory guidance on integrated care partnerships (2022): meetings should be in public, with papers and minutes published"),
        BodyKind(slug: "clinical-commissioning-group", name: "Clinical Commissioning Group", publicBody: true,
                 dutyToPublish: true, meetsInPublic: true, noticeDays: 3, requiredMembers: [.lay: 2],
                 basis: "NHS (Clinical Commissioning Groups) Regulations 2012, regulations 11-12, and the group's constitution"),
        BodyKind(slug: "nhs-trust", name: "NHS trust", publicBody: true, dutyToPublish: true, meetsInPublic: true,
                 noticeDays: 3, basis: "Public Bodies (Admission to Meetings) Act 1960 and the trust's constitution"),
        BodyKind(slug: "ics-partnership-board", name: "ICS partnership board", publicBody: false, dutyToPublish: false,
                 meetsInPublic: false,
                 basis: "No duty is known: partnership boards were not statutory and not required to meet in public (written answers to Parliament; NHS Long Term Plan 2019)"),
        BodyKind(slug: "sustainability-transformation-partnership", name: "Sustainability and Transformation Partnership",
                 publicBody: false, dutyToPublish: false, meetsInPublic: false,
                 basis: "No duty is known: STPs were not statutory bodies (NHS Long Term Plan 2019)"),
        BodyKind(slug: "regional-team", name: "NHS England regional team", publicBody: false, dutyToPublish: false,
                 meetsInPublic: false,
                 basis: "No duty is known: regional teams are not public bodies and there is no requirement for them to publish their papers"),
        BodyKind(slug: "primary-care-network", name: "Primary Care Network", publicBody: false, dutyToPublish: false,
                 meetsInPublic: false, basis: "No duty is known for primary care networks"),
        BodyKind(slug: "integrated-care-provider", name: "Integrated care provider", publicBody: true, dutyToPublish: true,
                 meetsInPublic: true, noticeDays: 3,
                 basis: "As the contract holder's own kind, usually an NHS trust (ICP contract consultation, NHS England 2018-19)"),
    ]
}
