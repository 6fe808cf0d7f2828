import Foundation
import NoticeboardModel

/// The people, organisations, memberships and meetings in Popolo JSON (popoloproject.com): one file with
/// `persons`, `organizations`, `memberships`, `events` and `areas`, as civic-tech tools read it. Ids are the same
/// as in the other data files: bodies by slug, people `person/<name-slug>`, memberships `<body>/<person>`,
/// meetings `<body>/<folder>`, regions `region/<slug>`, and the organisations members come from
/// `organisation/<name-slug>` (or the body's own id when the name is a body's).
struct Popolo {
    let data: OpenData
    var site: Site { data.site }

    var document: JSONValue {
        let organisations = representedOrganisations
        return JSONValue.object([
            "areas": .array(usedRegions.map { region in
                ["id": .string("region/\(region.slug)"), "name": .string(region.name), "classification": "region"]
            }),
            "organizations": .array(site.bodies.map(organization) + organisations.values.sorted { $0.id < $1.id }.compactMap { entry in
                entry.isBody ? nil : ["id": .string(entry.id), "name": .string(entry.name), "classification": "organisation"]
            }),
            "persons": .array(data.people.all.map { person in ["id": .string(person.id), "name": .string(person.name)] }),
            "memberships": .array(site.bodies.flatMap { body in
                zip(data.memberIDs(body), body.members).map { id, member in
                    JSONValue.object([
                        "id": .string(id),
                        "person_id": .string(data.people.id(member.name)),
                        "organization_id": .string(body.slug),
                        "role": .text(member.role),
                        "label": .string("\(member.role ?? "Member") (\(member.represents.displayName))"),
                        "on_behalf_of_id": .text(member.organisation.flatMap { organisations[$0]?.id }),
                        "start_date": .text(member.from?.iso),
                        "end_date": .text(member.to?.iso),
                    ])
                }
            }),
            "events": .array(site.meetings.map(event)),
        ]).droppingNulls
    }

    private var usedRegions: [Region] {
        Set(site.bodies.map(\.region)).sorted().map(site.region)
    }

    private func sources(_ path: String) -> JSONValue {
        let url = data.url(path)
        return ICalendar.isAbsolute(url) ? [["url": .string(url), "note": "Noticeboard page"]] : .null
    }

    private func organization(_ body: Body) -> JSONValue {
        .object([
            "id": .string(body.slug),
            "name": .string(body.name),
            "classification": .string(site.kind(of: body).name),
            "parent_id": .text(body.parent),
            "area_id": .string("region/\(body.region)"),
            "founding_date": .text(body.established?.iso),
            "dissolution_date": .text(body.dissolved?.iso),
            "identifiers": [["scheme": "noticeboard", "identifier": .string(body.slug)]],
            "links": body.website.map { [["url": .string($0), "note": "website"]] } ?? .null,
            "sources": sources(SitePaths.body(body.slug)),
        ])
    }

    private func event(_ meeting: Meeting) -> JSONValue {
        .object([
            "id": .string(OpenData.meetingID(meeting)),
            "name": .string(meeting.title ?? "Meeting of \(meeting.date.mediumText)"),
            "classification": "meeting",
            "start_date": .string(meeting.date.iso),
            "end_date": .string(meeting.date.iso),
            "location": .text(meeting.location),
            "status": .string(meeting.status.rawValue),
            "organization_id": .string(meeting.body),
            "sources": sources(SitePaths.meeting(meeting)),
        ])
    }

    /// The organisations members come from, by the name written in `organisation:`. A name that is a body's
    /// name (ignoring case) is that body.
    private var representedOrganisations: [String: (id: String, name: String, isBody: Bool)] {
        let bodiesByName = Dictionary(site.bodies.map { ($0.name.lowercased(), $0.slug) }, uniquingKeysWith: { first, _ in first })
        var result: [String: (id: String, name: String, isBody: Bool)] = [:]
        var used: Set<String> = []
        for name in Set(site.bodies.flatMap { $0.members.compactMap(\.organisation) }).sorted() {
            if let slug = bodiesByName[name.lowercased()] {
                result[name] = (slug, name, true)
                continue
            }
            var slug = Slug.make(from: name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil))
            if slug.isEmpty { slug = String(NameBasedUUID.uuid("organisation:" + name).prefix(8)) }
            result[name] = ("organisation/" + uniqueName(slug, in: &used), name, false)
        }
        return result
    }
}
