/// A governance body: a board, partnership, team or network whose meetings the site records.
public struct Body: Hashable, Sendable {
    public enum Cadence: String, CaseIterable, Sendable, Codable {
        case monthly, bimonthly, quarterly, none

        /// The usual interval between meetings in days, or nil for `none`.
        public var days: Int? {
            switch self {
            case .monthly: return 30
            case .bimonthly: return 61
            case .quarterly: return 91
            case .none: return nil
            }
        }
    }

    /// The file name without `.md`, used in URLs.
    public var slug: String
    public var name: String
    public var kind: String
    public var region: String
    public var parent: String?
    public var website: String?
    public var publicBody: Bool?
    public var dutyToPublish: Bool?
    public var meetsInPublic: Bool?
    public var cadence: Cadence
    public var established: CalendarDate?
    public var dissolved: CalendarDate?
    public var members: [Member]
    /// The Markdown after the front matter: what this body is.
    public var description: MarkdownDocument
    public var extra: [String: FieldValue]
    public var source: SourceLocation
    /// Where each reference to another record was written, for diagnostics found while resolving.
    public var fieldLocations: [String: SourceLocation]

    public init(slug: String, name: String, kind: String, region: String, parent: String? = nil, website: String? = nil,
                publicBody: Bool? = nil, dutyToPublish: Bool? = nil, meetsInPublic: Bool? = nil, cadence: Cadence = .none,
                established: CalendarDate? = nil, dissolved: CalendarDate? = nil, members: [Member] = [],
                description: MarkdownDocument = .empty, extra: [String: FieldValue] = [:],
                source: SourceLocation, fieldLocations: [String: SourceLocation] = [:]) {
        self.slug = slug; self.name = name; self.kind = kind; self.region = region; self.parent = parent
        self.website = website; self.publicBody = publicBody; self.dutyToPublish = dutyToPublish
        self.meetsInPublic = meetsInPublic; self.cadence = cadence; self.established = established
        self.dissolved = dissolved; self.members = members; self.description = description; self.extra = extra
        self.source = source; self.fieldLocations = fieldLocations
    }

    /// Members whose term includes the date (a missing bound is open).
    public func members(currentOn date: CalendarDate) -> [Member] {
        members.filter { $0.isCurrent(on: date) }
    }
}

/// A seat on a body and whom it represents.
public struct Member: Hashable, Sendable {
    public var name: String
    public var role: String?
    public var organisation: String?
    public var represents: Representation
    public var voting: Bool
    public var from: CalendarDate?
    public var to: CalendarDate?

    public init(name: String, role: String? = nil, organisation: String? = nil, represents: Representation,
                voting: Bool = true, from: CalendarDate? = nil, to: CalendarDate? = nil) {
        self.name = name; self.role = role; self.organisation = organisation; self.represents = represents
        self.voting = voting; self.from = from; self.to = to
    }

    public func isCurrent(on date: CalendarDate) -> Bool {
        (from.map { $0 <= date } ?? true) && (to.map { date <= $0 } ?? true)
    }
}
