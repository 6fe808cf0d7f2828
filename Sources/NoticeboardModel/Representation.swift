/// Whom a member of a body represents. `patient-public`, `healthwatch` and `lay` are the public voice by default.
public enum Representation: String, CaseIterable, Sendable, Hashable, Comparable, Codable {
    case nhsCommissioner = "nhs-commissioner"
    case nhsProvider = "nhs-provider"
    case primaryCare = "primary-care"
    case localAuthority = "local-authority"
    case socialCare = "social-care"
    case voluntarySector = "voluntary-sector"
    case patientPublic = "patient-public"
    case healthwatch
    case lay
    case privateProvider = "private-provider"
    case independent
    case officer

    /// The public voice unless a site says otherwise.
    public static let defaultPublicVoice: Set<Representation> = [.patientPublic, .healthwatch, .lay]

    /// A label for readers: "NHS commissioner", "Healthwatch".
    public var displayName: String {
        switch self {
        case .nhsCommissioner: return "NHS commissioner"
        case .nhsProvider: return "NHS provider"
        case .primaryCare: return "Primary care"
        case .localAuthority: return "Local authority"
        case .socialCare: return "Social care"
        case .voluntarySector: return "Voluntary sector"
        case .patientPublic: return "Patients and public"
        case .healthwatch: return "Healthwatch"
        case .lay: return "Lay member"
        case .privateProvider: return "Private provider"
        case .independent: return "Independent"
        case .officer: return "Officer"
        }
    }

    public static func < (lhs: Representation, rhs: Representation) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
