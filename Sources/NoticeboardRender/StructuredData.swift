import Foundation
import NoticeboardModel

/// schema.org JSON-LD for body pages (`GovernmentOrganization` with its members) and meeting pages (`Event`).
///
/// The JSON goes inside `<script type="application/ld+json">` in the page's head. A data block is never run, so the
/// pages' Content-Security-Policy (`script-src 'self'`) does not block it, but its text must never be able to end the
/// element: `embed(_:)` writes `<`, `>` and `&` (and U+2028, U+2029) as `\u…` escapes, which JSON reads back as the
/// same characters, so `</script>` in a name or a location stays inside the string.
public enum StructuredData {
    /// The JSON text, safe to place between `<script type="application/ld+json">` and `</script>`.
    public static func embed(_ value: JSONValue) -> String {
        UTF8Rewriter.rewrite(value.droppingNulls.compactText, where: { $0 == 0x3C || $0 == 0x3E || $0 == 0x26 || $0 == 0xE2 }) { bytes, i, out in
            switch bytes[i] {
            case UInt8(ascii: "<"): out.append(contentsOf: "\\u003c".utf8)
            case UInt8(ascii: ">"): out.append(contentsOf: "\\u003e".utf8)
            case UInt8(ascii: "&"): out.append(contentsOf: "\\u0026".utf8)
            default:  // 0xE2, which starts U+2028 and U+2029 among others
                guard i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9 else {
                    out.append(0xE2)
                    return 1
                }
                out.append(contentsOf: (bytes[i + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                return 3
            }
            return 1
        }
    }

    /// A body as a `GovernmentOrganization`, with its current members as `member` roles (`OrganizationRole` holding a
    /// `Person`).
    static func organization(_ body: Body, site: Site, options: RenderOptions) -> JSONValue {
        let asOf = min(options.asOf, body.dissolved ?? options.asOf)
        let url = options.absoluteURL(SitePaths.body(body.slug))
        let description = body.description.text.trimmingCharacters(in: .whitespacesAndNewlines)
        return [
            "@context": "https://schema.org",
            "@type": "GovernmentOrganization",
            "@id": .string(url + "#organization"),
            "name": .string(body.name),
            "url": .string(url),
            "description": description.isEmpty ? .string(site.kind(of: body).name) : .string(description),
            "areaServed": ["@type": "AdministrativeArea", "name": .string(site.region(body.region).name)],
            "foundingDate": .text(body.established?.iso),
            "dissolutionDate": .text(body.dissolved?.iso),
            "sameAs": .text(body.website),
            "parentOrganization": body.parent.flatMap(site.body).map { parent in
                ["@type": "GovernmentOrganization", "name": .string(parent.name), "url": .string(options.absoluteURL(SitePaths.body(parent.slug)))]
            } ?? .null,
            "member": .array(body.members(currentOn: asOf).map { member in
                [
                    "@type": "OrganizationRole",
                    "roleName": .text(member.role),
                    "startDate": .text(member.from?.iso),
                    "endDate": .text(member.to?.iso),
                    "member": [
                        "@type": "Person",
                        "name": .string(member.name),
                        "affiliation": member.organisation.map { ["@type": "Organization", "name": .string($0)] } ?? .null,
                    ],
                ]
            }),
        ]
    }

    /// A meeting as an `Event` organised by its body.
    static func event(_ meeting: Meeting, title: String, site: Site, options: RenderOptions) -> JSONValue {
        let url = options.absoluteURL(SitePaths.meeting(meeting))
        let body = site.body(meeting.body)
        let session: String
        switch meeting.session {
        case .public: session = "in public"
        case .private: session = "in private"
        case .partPrivate: session = "partly in private"
        }
        var location: JSONValue = .null
        if let place = meeting.location, !place.isEmpty {
            location = ["@type": "Place", "name": .string(place), "address": .string(place)]
        } else if let webcast = meeting.webcast {
            location = ["@type": "VirtualLocation", "url": .string(webcast)]
        }
        return [
            "@context": "https://schema.org",
            "@type": "Event",
            "@id": .string(url + "#event"),
            "name": .string("\(title), \(body?.name ?? meeting.body)"),
            "url": .string(url),
            "description": .string("A meeting of \(body?.name ?? meeting.body) on \(meeting.date.longText), \(session) (\(meeting.status.rawValue))."),
            "startDate": .string(meeting.date.iso),
            "endDate": .string(meeting.date.iso),
            "eventStatus": .string(meeting.status == .cancelled ? "https://schema.org/EventCancelled" : "https://schema.org/EventScheduled"),
            "eventAttendanceMode": .string(meeting.webcast == nil ? "https://schema.org/OfflineEventAttendanceMode" : "https://schema.org/MixedEventAttendanceMode"),
            "location": location,
            "organizer": [
                "@type": "GovernmentOrganization",
                "@id": .string(options.absoluteURL(SitePaths.body(meeting.body)) + "#organization"),
                "name": .string(body?.name ?? meeting.body),
                "url": .string(options.absoluteURL(SitePaths.body(meeting.body))),
            ],
            "recordedIn": meeting.webcast.map { ["@type": "CreativeWork", "url": .string($0)] } ?? .null,
        ]
    }
}
