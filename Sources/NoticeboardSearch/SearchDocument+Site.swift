import Foundation
import NoticeboardModel

extension SearchDocument {
    /// Where each record's page lives, relative to the site root; given by the caller, which owns URLs.
    public struct Paths: Sendable {
        public var body: @Sendable (Body) -> String
        public var meeting: @Sendable (Meeting) -> String
        public var paper: @Sendable (Paper) -> String
        public var page: @Sendable (Page) -> String

        public init(body: @escaping @Sendable (Body) -> String, meeting: @escaping @Sendable (Meeting) -> String,
                    paper: @escaping @Sendable (Paper) -> String, page: @escaping @Sendable (Page) -> String) {
            self.body = body; self.meeting = meeting; self.paper = paper; self.page = page
        }
    }

    /// Every searchable document of a site: each body, meeting, paper and free page, in the site's order.
    public static func documents(of site: Site, paths: Paths) -> [SearchDocument] {
        var documents = site.bodies.map { document(for: $0, in: site, paths: paths) }
        // Each meeting's documents are made on every core: one thread took about a quarter of a second at 10,000
        // documents, with the other core idle.
        let ofMeetings = concurrentMap(site.meetings, threads: ProcessInfo.processInfo.activeProcessorCount) { meeting in
            [document(for: meeting, in: site, paths: paths)] + meeting.papers.map { document(for: $0, of: meeting, in: site, paths: paths) }
        }
        documents += ofMeetings.joined()
        for page in site.pages {
            documents.append(SearchDocument(url: paths.page(page), type: .page, title: page.title,
                                            headings: page.content.headings.map(\.text),
                                            text: lines([page.description, page.content.text])))
        }
        return documents
    }

    /// The body, kind and region labels a body's documents carry.
    static func labels(of slug: String, in site: Site) -> (body: Label?, kind: Label?, region: Label?) {
        guard let body = site.body(slug) else { return (Label(slug: slug, name: slug), nil, nil) }
        let kind = site.kind(of: body)
        let region = site.region(body.region)
        return (Label(slug: body.slug, name: body.name), Label(slug: kind.slug, name: kind.name),
                Label(slug: region.slug, name: region.name))
    }

    static func document(for body: Body, in site: Site, paths: Paths) -> SearchDocument {
        let (label, kind, region) = labels(of: body.slug, in: site)
        let members = body.members.map { member in
            [member.name, member.role, member.organisation, member.represents.displayName].compactMap { $0 }.joined(separator: ", ")
        }
        return SearchDocument(
            url: paths.body(body), type: .body, title: body.name, headings: body.description.headings.map(\.text),
            text: lines([kind?.name, region?.name, body.description.text] + members),
            body: label, kind: kind, region: region)
    }

    static func document(for meeting: Meeting, in site: Site, paths: Paths) -> SearchDocument {
        let (body, kind, region) = labels(of: meeting.body, in: site)
        let agenda = meeting.items.map { item in
            "\(item.number) \(item.title)" + (item.isPrivate ? " (in private\(item.exemption.map { ": \($0)" } ?? ""))" : "")
        }
        func people(_ label: String, _ list: [Person]) -> String? {
            list.isEmpty ? nil : "\(label): " + list.map { [$0.name, $0.role].compactMap { $0 }.joined(separator: ", ") }.joined(separator: "; ")
        }
        return SearchDocument(
            url: paths.meeting(meeting), type: .meeting, title: meeting.title ?? "Meeting of \(meeting.date.mediumText)",
            headings: meeting.items.map(\.title) + meeting.minutes.headings.map(\.text),
            text: lines([body?.name, meeting.location] + agenda + [people("Present", meeting.attendees),
                         people("Apologies", meeting.apologies), meeting.minutes.text]),
            body: body, kind: kind, region: region, date: meeting.date)
    }

    static func document(for paper: Paper, of meeting: Meeting, in site: Site, paths: Paths) -> SearchDocument {
        let (body, kind, region) = labels(of: meeting.body, in: site)
        return SearchDocument(
            url: paths.paper(paper), type: .paper, title: paper.title, headings: paper.content.headings.map(\.text),
            text: lines([body?.name, paper.author, paper.withheldReason, paper.content.text]),
            body: body, kind: kind, region: region, date: meeting.date)
    }

    /// The parts that are not blank, one per line.
    static func lines(_ parts: [String?]) -> String {
        parts.compactMap { $0 }.filter { !$0.utf8.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x09 || $0 == 0x0D } }
            .joined(separator: "\n")
    }
}
