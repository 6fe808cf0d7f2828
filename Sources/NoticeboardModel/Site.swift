/// Everything a site folder holds, loaded, converted and cross-checked: what every later stage reads.
public struct Site: Sendable {
    public var settings: SiteSettings
    /// Sorted by slug.
    public var bodies: [Body]
    /// Sorted by body, then folder.
    public var meetings: [Meeting]
    /// Sorted by slug.
    public var pages: [Page]

    private let bodyIndex: [String: Int]
    /// Each body's meetings as indices into `meetings`, oldest first.
    private let meetingsByBody: [String: [Int]]
    /// Each meeting's index in `meetings`, by body and folder.
    private let meetingIndex: [MeetingKey: Int]

    private struct MeetingKey: Hashable, Sendable {
        let body: String
        let folder: String
    }

    public init(settings: SiteSettings, bodies: [Body], meetings: [Meeting], pages: [Page]) {
        self.settings = settings
        self.bodies = bodies.sorted { $0.slug < $1.slug }
        let sortedMeetings = meetings.sorted { ($0.body, $0.folder) < ($1.body, $1.folder) }
        self.meetings = sortedMeetings
        self.pages = pages.sorted { $0.slug < $1.slug }
        self.bodyIndex = Dictionary(self.bodies.enumerated().map { ($1.slug, $0) }, uniquingKeysWith: { first, _ in first })
        self.meetingsByBody = Dictionary(grouping: sortedMeetings.indices, by: { sortedMeetings[$0].body }).mapValues { indices in
            indices.sorted { (sortedMeetings[$0].date, sortedMeetings[$0].folder) < (sortedMeetings[$1].date, sortedMeetings[$1].folder) }
        }
        self.meetingIndex = Dictionary(sortedMeetings.indices.map { (MeetingKey(body: sortedMeetings[$0].body, folder: sortedMeetings[$0].folder), $0) },
                                       uniquingKeysWith: { first, _ in first })
    }

    public func body(_ slug: String) -> Body? { bodyIndex[slug].map { bodies[$0] } }

    /// A body's meetings, oldest first.
    public func meetings(of body: String) -> [Meeting] {
        meetingIndices(of: body).map { meetings[$0] }
    }

    /// A body's meetings as indices into `meetings`, oldest first: for a look at a few of them without copying all.
    public func meetingIndices(of body: String) -> [Int] { meetingsByBody[body] ?? [] }

    /// The meeting of a body in a folder.
    public func meeting(of body: String, folder: String) -> Meeting? {
        meetingIndex[MeetingKey(body: body, folder: folder)].map { meetings[$0] }
    }

    /// The kind a body has, falling back to a kind with no duties if the site does not define it.
    public func kind(of body: Body) -> BodyKind {
        settings.kinds[body.kind] ?? BodyKind(slug: body.kind, name: body.kind, publicBody: false, dutyToPublish: false,
                                              meetsInPublic: false, basis: "No duty is known")
    }

    public func region(_ slug: String) -> Region { settings.regions[slug] ?? Region(slug: slug, name: slug) }

    /// Whether the body must publish its papers and minutes: its own setting, else its kind's.
    public func dutyToPublish(_ body: Body) -> Bool { body.dutyToPublish ?? kind(of: body).dutyToPublish }
    public func meetsInPublic(_ body: Body) -> Bool { body.meetsInPublic ?? kind(of: body).meetsInPublic }
    public func isPublicBody(_ body: Body) -> Bool { body.publicBody ?? kind(of: body).publicBody }
}
