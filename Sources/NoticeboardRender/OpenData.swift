import Foundation
import NoticeboardModel

/// The site's records as open data tables: bodies, members, meetings, agenda items, papers and attendance.
/// Ids are stable: a body's is its slug, a meeting's `<body>/<folder>`, a paper's `<body>/<folder>/<paper>`,
/// an agenda item's `<meeting>#<number>`, a member's `<body>/<person>`; people are `person/<name-slug>`.
struct OpenData {
    let site: Site
    let options: RenderOptions
    let people: PersonIndex

    init(site: Site, options: RenderOptions) {
        self.site = site
        self.options = options
        self.people = PersonIndex(names: site.bodies.flatMap { $0.members.map(\.name) })
    }

    var tables: [OpenDataTable] { [bodies, members, meetings, agendaItems, papers, attendance] }

    /// The names of `tables`, known without making them (a test holds the two equal).
    static let tableNames = ["bodies", "members", "meetings", "agenda-items", "papers", "attendance"]

    // MARK: Ids and addresses

    static func meetingID(_ meeting: Meeting) -> String { "\(meeting.body)/\(meeting.folder)" }
    static func paperID(_ paper: Paper) -> String { "\(paper.body)/\(paper.meeting)/\(paper.slug)" }
    static func itemID(_ item: AgendaItem, in meeting: Meeting) -> String { "\(meetingID(meeting))#\(item.number)" }
    static func itemAnchor(_ item: AgendaItem) -> String { "agendaItem-" + Slug.make(from: item.number) }

    /// Each member's id (`<body>/<person-slug>`, `-2` for the same person's second seat on the body), in file order.
    func memberIDs(_ body: Body) -> [String] {
        var used: Set<String> = []
        return body.members.map { member in
            "\(body.slug)/" + uniqueName(String(people.id(member.name).dropFirst("person/".count)), in: &used)
        }
    }

    func url(_ path: String) -> String { options.absoluteURL(path) }

    /// Membership is judged as of the build date, or a dissolved body's dissolution if earlier (as on its page).
    func asOf(_ body: Body) -> CalendarDate { min(options.asOf, body.dissolved ?? options.asOf) }

    // MARK: Tables

    var bodies: OpenDataTable {
        OpenDataTable(
            name: "bodies", title: "Bodies",
            description: "One row per governance body.",
            columns: [
                .init("id", .string, "The body's slug: its file name and its address on this site."),
                .init("name", .string, "The body's name."),
                .init("url", .siteURL, "The body's page on this site."),
                .init("kind", .string, "The kind of body (a slug, e.g. integrated-care-board)."),
                .init("kind_name", .string, "The kind's name."),
                .init("region", .string, "The region (a slug)."),
                .init("region_name", .string, "The region's name."),
                .init("parent_id", .string, nullable: true, "The id of the body it is part of."),
                .init("website", .url, nullable: true, "The body's own website."),
                .init("public_body", .boolean, "Whether it is a public body (its own setting, else its kind's)."),
                .init("duty_to_publish", .boolean, "Whether it has a known duty to publish its papers and minutes (its own setting, else its kind's)."),
                .init("meets_in_public", .boolean, "Whether it must meet in public (its own setting, else its kind's)."),
                .init("basis", .string, "Why that is expected of its kind, with the source."),
                .init("cadence", .string, allowedValues: Body.Cadence.allCases.map(\.rawValue), "How often it is expected to meet."),
                .init("established", .date, nullable: true, "When it was established."),
                .init("dissolved", .date, nullable: true, "When it was dissolved."),
                .init("current_member_count", .integer, "Members whose term includes the as-of date (for a dissolved body, its dissolution date)."),
                .init("public_voice_member_count", .integer, "How many of those represent the public voice (patients and public, Healthwatch, lay members)."),
                .init("meeting_count", .integer, "Meetings recorded, of any status."),
                .init("last_held", .date, nullable: true, "The date of its latest held meeting."),
                .init("updated", .date, nullable: true, "When its record last changed: the latest change to any of its meetings, else when it was established or dissolved."),
                .init("feed_url", .siteURL, "Its Atom feed of meetings and papers."),
                .init("calendar_url", .siteURL, nullable: true, "Its iCalendar of meetings (none if it has no meetings)."),
                .init("description", .string, "The description on its page, as plain text."),
            ],
            rows: site.bodies.map { body in
                let meetings = site.meetings(of: body.slug)
                let current = body.members(currentOn: asOf(body))
                return [
                    .string(body.slug), .string(body.name), .string(url(SitePaths.body(body.slug))),
                    .string(body.kind), .string(site.kind(of: body).name),
                    .string(body.region), .string(site.region(body.region).name),
                    .text(body.parent), .text(body.website),
                    .boolean(site.isPublicBody(body)), .boolean(site.dutyToPublish(body)), .boolean(site.meetsInPublic(body)),
                    .string(site.kind(of: body).basis), .string(body.cadence.rawValue),
                    .day(body.established), .day(body.dissolved),
                    .integer(current.count), .integer(current.count { site.settings.publicVoice.contains($0.represents) }),
                    .integer(meetings.count), .day(meetings.last { $0.status == .held }?.date),
                    .day(RecordDates.lastChanged(body, meetings: meetings)),
                    .string(url(SitePaths.bodyFeed(body.slug))),
                    meetings.isEmpty ? .null : .string(url(SitePaths.bodyCalendar(body.slug))),
                    .string(body.description.text.trimmingCharacters(in: .whitespacesAndNewlines)),
                ]
            }
        )
    }

    var members: OpenDataTable {
        OpenDataTable(
            name: "members", title: "Members",
            description: "One row per seat on a body: who holds it and whom they represent, current and former.",
            columns: [
                .init("id", .string, "The seat's id: the body's id and the person's name as a slug."),
                .init("body_id", .string, "The body's id."),
                .init("person_id", .string, "The person's id (person/<name-slug>); the same name on several bodies is one person."),
                .init("name", .string, "The member's name as recorded."),
                .init("role", .string, nullable: true, "Their role on the body."),
                .init("organisation", .string, nullable: true, "The organisation they come from."),
                .init("represents", .string, allowedValues: Representation.allCases.map(\.rawValue), "Whom the seat represents."),
                .init("represents_name", .string, "The same, in words."),
                .init("public_voice", .boolean, "Whether the seat counts as the public voice on this site."),
                .init("voting", .boolean, "Whether the seat has a vote."),
                .init("from", .date, nullable: true, "When the term began (none: not recorded)."),
                .init("to", .date, nullable: true, "When the term ended or ends (none: open)."),
                .init("current", .boolean, "Whether the term includes the as-of date (for a dissolved body, its dissolution date)."),
            ],
            rows: site.bodies.flatMap { body in
                zip(memberIDs(body), body.members).map { id, member in
                    [
                        .string(id), .string(body.slug), .string(people.id(member.name)), .string(member.name),
                        .text(member.role), .text(member.organisation), .string(member.represents.rawValue),
                        .string(member.represents.displayName), .boolean(site.settings.publicVoice.contains(member.represents)),
                        .boolean(member.voting), .day(member.from), .day(member.to), .boolean(member.isCurrent(on: asOf(body))),
                    ] as [OpenDataTable.Value]
                }
            }
        )
    }

    var meetings: OpenDataTable {
        OpenDataTable(
            name: "meetings", title: "Meetings",
            description: "One row per meeting: held, scheduled or cancelled.",
            columns: [
                .init("id", .string, "The meeting's id: the body's id and the meeting's folder (<body>/<YYYY-MM-DD>)."),
                .init("body_id", .string, "The body's id."),
                .init("date", .date, "The date of the meeting."),
                .init("title", .string, "Its title (\"Meeting of <date>\" when none is recorded)."),
                .init("status", .string, allowedValues: Meeting.Status.allCases.map(\.rawValue), "Whether it was held, is scheduled, or was cancelled."),
                .init("session", .string, allowedValues: Meeting.Session.allCases.map(\.rawValue), "Whether it was in public, in private, or partly in private."),
                .init("location", .string, nullable: true, "Where it met."),
                .init("notice_published", .date, nullable: true, "When notice of it was published."),
                .init("agenda_published", .date, nullable: true, "When its agenda was published."),
                .init("minutes_published", .date, nullable: true, "When its minutes were published (none: not published)."),
                .init("has_minutes", .boolean, "Whether the text of its minutes is on this site."),
                .init("public_questions", .boolean, nullable: true, "Whether questions from the public were taken (none: not known)."),
                .init("webcast", .url, nullable: true, "A recording or webcast."),
                .init("item_count", .integer, "Agenda items."),
                .init("private_item_count", .integer, "Agenda items taken in private."),
                .init("paper_count", .integer, "Papers."),
                .init("unpublished_paper_count", .integer, "Papers withheld or not published."),
                .init("attendee_count", .integer, "People recorded as present."),
                .init("apology_count", .integer, "People recorded as sending apologies."),
                .init("updated", .date, "When the record last changed: the latest of its notice, agenda, minutes and papers' dates and (unless it is still scheduled) its own date."),
                .init("url", .siteURL, "The meeting's page on this site."),
                .init("calendar_url", .siteURL, "The meeting as an iCalendar file."),
            ],
            rows: site.meetings.map { meeting in
                [
                    .string(Self.meetingID(meeting)), .string(meeting.body), .date(meeting.date),
                    .string(meeting.title ?? "Meeting of \(meeting.date.mediumText)"),
                    .string(meeting.status.rawValue), .string(meeting.session.rawValue), .text(meeting.location),
                    .day(meeting.noticePublished), .day(meeting.agendaPublished), .day(meeting.minutesPublished),
                    .boolean(!meeting.minutes.isEmpty), .flag(meeting.publicQuestions), .text(meeting.webcast),
                    .integer(meeting.items.count), .integer(meeting.items.count(where: \.isPrivate)),
                    .integer(meeting.papers.count), .integer(meeting.papers.count { $0.status != .published }),
                    .integer(meeting.attendees.count), .integer(meeting.apologies.count),
                    .date(RecordDates.updated(meeting)), .string(url(SitePaths.meeting(meeting))),
                    .string(url(SitePaths.meetingCalendar(meeting))),
                ]
            }
        )
    }

    var agendaItems: OpenDataTable {
        OpenDataTable(
            name: "agenda-items", title: "Agenda items",
            description: "One row per item on a meeting's agenda, in agenda order.",
            columns: [
                .init("id", .string, "The item's id: the meeting's id, # and the item's number."),
                .init("meeting_id", .string, "The meeting's id."),
                .init("body_id", .string, "The body's id."),
                .init("meeting_date", .date, "The date of the meeting."),
                .init("position", .integer, "Its place on the agenda, from 1."),
                .init("number", .string, "Its number as written (4, 4a, 2.1)."),
                .init("title", .string, "Its title."),
                .init("paper_id", .string, nullable: true, "The id of its paper."),
                .init("private", .boolean, "Whether it was taken in private."),
                .init("exemption", .string, nullable: true, "The reason given for taking it in private."),
                .init("url", .siteURL, "The item on the meeting's page."),
            ],
            rows: site.meetings.flatMap { meeting in
                meeting.items.enumerated().map { index, item in
                    [
                        .string(Self.itemID(item, in: meeting)), .string(Self.meetingID(meeting)), .string(meeting.body),
                        .date(meeting.date), .integer(index + 1), .string(item.number), .string(item.title),
                        .text(item.paper.flatMap(meeting.paper).map(Self.paperID)), .boolean(item.isPrivate), .text(item.exemption),
                        .string(url(SitePaths.meeting(meeting)) + "#" + Self.itemAnchor(item)),
                    ] as [OpenDataTable.Value]
                }
            }
        )
    }

    var papers: OpenDataTable {
        OpenDataTable(
            name: "papers", title: "Papers",
            description: "One row per board paper, published or not.",
            columns: [
                .init("id", .string, "The paper's id: the meeting's id and the paper's slug."),
                .init("meeting_id", .string, "The meeting's id."),
                .init("body_id", .string, "The body's id."),
                .init("meeting_date", .date, "The date of the meeting."),
                .init("title", .string, "Its title."),
                .init("item", .string, nullable: true, "The number of the agenda item it is for."),
                .init("author", .string, nullable: true, "Who wrote it."),
                .init("published", .date, nullable: true, "When it was published."),
                .init("status", .string, allowedValues: Paper.Status.allCases.map(\.rawValue), "Whether it is published, withheld or not published."),
                .init("withheld_reason", .string, nullable: true, "The reason given for withholding it."),
                .init("format", .string, allowedValues: ["markdown", "pdf"], "Whether it is written in Markdown or is a PDF."),
                .init("file_url", .siteURL, nullable: true, "The PDF, for a PDF paper."),
                .init("file_size", .integer, nullable: true, "The PDF's size in bytes."),
                .init("file_pages", .integer, nullable: true, "The PDF's number of pages, when known."),
                .init("updated", .date, "When the record last changed: when it was published, else when its meeting's record did."),
                .init("url", .siteURL, "The paper's page on this site."),
            ],
            rows: site.meetings.flatMap { meeting in
                meeting.papers.map { paper in
                    [
                        .string(Self.paperID(paper)), .string(Self.meetingID(meeting)), .string(meeting.body), .date(meeting.date),
                        .string(paper.title), .text(paper.item), .text(paper.author), .day(paper.published),
                        .string(paper.status.rawValue), .text(paper.withheldReason), .string(paper.format.rawValue),
                        paper.format == .pdf && paper.file != nil ? .string(url(SitePaths.paperFile(paper))) : .null,
                        .number(paper.file?.size), .number(paper.file?.pages),
                        .date(RecordDates.updated(paper, in: meeting)), .string(url(SitePaths.paper(paper))),
                    ] as [OpenDataTable.Value]
                }
            }
        )
    }

    var attendance: OpenDataTable {
        OpenDataTable(
            name: "attendance", title: "Attendance",
            description: "One row per person recorded as present at a meeting or as sending apologies.",
            columns: [
                .init("meeting_id", .string, "The meeting's id."),
                .init("body_id", .string, "The body's id."),
                .init("meeting_date", .date, "The date of the meeting."),
                .init("name", .string, "The person's name as recorded."),
                .init("role", .string, nullable: true, "Their role as recorded."),
                .init("attendance", .string, allowedValues: ["present", "apologies"], "Whether they were present or sent apologies."),
                .init("person_id", .string, nullable: true, "The person's id, when the same name is recorded as a member of any body."),
            ],
            rows: site.meetings.flatMap { meeting in
                (meeting.attendees.map { ($0, "present") } + meeting.apologies.map { ($0, "apologies") }).map { person, attendance in
                    [
                        .string(Self.meetingID(meeting)), .string(meeting.body), .date(meeting.date), .string(person.name),
                        .text(person.role), .string(attendance), .text(people.knownID(person.name)),
                    ] as [OpenDataTable.Value]
                }
            }
        )
    }
}

/// `name`, or `name-2`, `name-3`… if it is taken; marks the result as taken.
func uniqueName(_ name: String, in used: inout Set<String>) -> String {
    var candidate = name
    var count = 1
    while used.contains(candidate) {
        count += 1
        candidate = "\(name)-\(count)"
    }
    used.insert(candidate)
    return candidate
}

/// Stable ids for people, made from their names: `person/jane-smith`. The same name is the same person; two
/// different names that make the same slug are told apart by `-2`, `-3` in the order of the names.
struct PersonIndex {
    private let ids: [String: String]

    init(names: [String]) {
        var ids: [String: String] = [:]
        var used: Set<String> = []
        for name in Set(names).sorted() {
            var slug = Slug.make(from: name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil))
            if slug.isEmpty { slug = String(NameBasedUUID.uuid("person:" + name).prefix(8)) }
            let id = uniqueName(slug, in: &used)
            ids[name] = "person/" + id
        }
        self.ids = ids
    }

    /// The id of a name in the index.
    func id(_ name: String) -> String { ids[name] ?? "person/" + Slug.make(from: name) }

    /// The id of a name if it is in the index.
    func knownID(_ name: String) -> String? { ids[name] }

    /// Every person, by id.
    var all: [(id: String, name: String)] { ids.map { (id: $0.value, name: $0.key) }.sorted { $0.id < $1.id } }
}
