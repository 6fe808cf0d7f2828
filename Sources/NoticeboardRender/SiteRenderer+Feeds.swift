import Foundation
import NoticeboardContent
import NoticeboardModel

/// The Atom feeds and iCalendar files of the site, of each body, and of each meeting.
extension SiteRenderer {
    /// The site-wide feed holds this many of the newest entries; a body's feed holds all of its own.
    public static let siteFeedLimit = 50
    /// In a body's feed, entries past this many carry their summary and link but not their full text, so that the
    /// feed of a body with years of meetings stays small enough to fetch often.
    public static let fullTextLimit = 50

    /// What every feed and calendar is made from: each meeting's Atom entries (its own and one per paper, whose full
    /// text is made only when a feed carries it) and its iCalendar event.
    struct FeedParts: Sendable {
        /// Each body's entries, by the body's slug.
        let entries: [String: [FeedEntry]]
        /// Each meeting's event, by the meeting's page path.
        let events: [String: String]
        /// Every meeting's event, in the site's order of meetings.
        let allEvents: [String]
    }

    /// Made on every core, once, the first time any feed or calendar is rendered (`feedPlan`).
    func feedParts() -> FeedParts {
        let parts = concurrentMap(site.meetings, threads: ProcessInfo.processInfo.activeProcessorCount) { meeting in
            (entries: self.feedEntries(meeting), event: self.calendarEvent(meeting).text)
        }
        var entries: [String: [FeedEntry]] = [:]
        var events: [String: String] = [:]
        for (meeting, part) in zip(site.meetings, parts) {
            entries[meeting.body, default: []] += part.entries
            events[SitePaths.meeting(meeting)] = part.event
        }
        return FeedParts(entries: entries, events: events, allEvents: parts.map(\.event))
    }

    /// `feed.xml`, `calendar.ics`, and for each body `bodies/<body>/feed.xml` and `bodies/<body>/calendar.ics`, and
    /// for each meeting `bodies/<body>/<folder>/meeting.ics`, each with the sources its bytes depend on (the site's
    /// on every record, a body's on the body and its meetings, a meeting's on the body and the meeting). A calendar
    /// with no meeting is not written (RFC 5545 asks for at least one event) and not linked.
    ///
    /// Each file is made on its own from `parts`, so a build after one meeting changed makes its body's feed and the
    /// site's, not every body's (all of them, about 80 MB of XML at 10,000 documents, were a tenth of such a build).
    func feedPlan() -> [PlannedFile] {
        let made = Once { self.feedParts() }
        let parts: @Sendable () -> FeedParts = { made.value }
        var files = [PlannedFile(path: SitePaths.feed, sources: PlannedFile.everything) { self.siteFeed(parts()) }]
        if !site.meetings.isEmpty {
            files.append(PlannedFile(path: SitePaths.calendar, sources: PlannedFile.everything) { self.siteCalendar(parts()) })
        }
        for body in site.bodies {
            let sources = [Self.bodyFile(body.slug), "content/meetings/\(body.slug)"]
            files.append(PlannedFile(path: SitePaths.bodyFeed(body.slug), sources: sources) { self.bodyFeed(body, parts()) })
            if !site.meetingIndices(of: body.slug).isEmpty {
                files.append(PlannedFile(path: SitePaths.bodyCalendar(body.slug), sources: sources) { self.bodyCalendar(body, parts()) })
            }
        }
        for meeting in site.meetings {
            files.append(PlannedFile(path: SitePaths.meetingCalendar(meeting), sources: [Self.bodyFile(meeting.body), Self.meetingFolder(meeting)]) {
                self.meetingCalendar(meeting, parts())
            })
        }
        return files
    }

    private func siteFeed(_ parts: FeedParts) -> Data {
        let allEntries = FeedEntry.newestFirst(parts.entries.keys.sorted().flatMap { parts.entries[$0]! })
        return Data(AtomFeed(
            id: permanentID(SitePaths.feed),
            title: "\(site.settings.title): meetings and papers",
            subtitle: "New and updated meetings and papers of every body on \(site.settings.title) (the newest \(Self.siteFeedLimit)).",
            selfLink: options.absoluteURL(SitePaths.feed),
            pageLink: options.absoluteURL(SitePaths.home),
            language: site.settings.language,
            author: site.settings.title,
            emptyUpdated: RecordDates.lastChanged(site) ?? CalendarDate(dayNumber: 0),
            entries: allEntries.prefix(Self.siteFeedLimit).map { $0.withContent() }
        ).xml.utf8)
    }

    private func siteCalendar(_ parts: FeedParts) -> Data {
        Data(ICalendar(
            name: "\(site.settings.title): meetings",
            description: "Every meeting recorded on \(site.settings.title): held, scheduled and cancelled.",
            source: options.absoluteURL(SitePaths.calendar),
            url: options.absoluteURL(SitePaths.home),
            events: parts.allEvents
        ).text.utf8)
    }

    private func bodyFeed(_ body: Body, _ parts: FeedParts) -> Data {
        let meetings = site.meetings(of: body.slug)
        return Data(AtomFeed(
            id: permanentID(SitePaths.bodyFeed(body.slug)),
            title: "\(body.name): meetings and papers",
            subtitle: "New and updated meetings and papers of \(body.name), from \(site.settings.title).",
            selfLink: options.absoluteURL(SitePaths.bodyFeed(body.slug)),
            pageLink: options.absoluteURL(SitePaths.body(body.slug)),
            language: site.settings.language,
            author: body.name,
            emptyUpdated: RecordDates.lastChanged(body, meetings: meetings) ?? RecordDates.lastChanged(site) ?? CalendarDate(dayNumber: 0),
            entries: FeedEntry.newestFirst(parts.entries[body.slug] ?? []).enumerated().map { index, entry in
                index < Self.fullTextLimit ? entry.withContent() : entry.entry
            }
        ).xml.utf8)
    }

    private func bodyCalendar(_ body: Body, _ parts: FeedParts) -> Data {
        Data(ICalendar(
            name: "\(body.name): meetings",
            description: "Every meeting of \(body.name) recorded on \(site.settings.title).",
            source: options.absoluteURL(SitePaths.bodyCalendar(body.slug)),
            url: options.absoluteURL(SitePaths.body(body.slug)),
            events: site.meetings(of: body.slug).map { parts.events[SitePaths.meeting($0)]! }
        ).text.utf8)
    }

    private func meetingCalendar(_ meeting: Meeting, _ parts: FeedParts) -> Data {
        Data(ICalendar(
            name: "\(meetingTitle(meeting)), \(bodyName(meeting.body))",
            url: options.absoluteURL(SitePaths.meeting(meeting)),
            events: [parts.events[SitePaths.meeting(meeting)]!]
        ).text.utf8)
    }

    /// What makes a record's ids unique and stable: its absolute address, or (for a site without an absolute
    /// `base_url`) the site's title and the record's path.
    private func stableName(_ path: String) -> String {
        let url = options.absoluteURL(path)
        return ICalendar.isAbsolute(url) ? url : "\(site.settings.title)\n\(path)"
    }

    /// An Atom id: the record's permanent address, or a name-based `urn:uuid:` when the site has no absolute address.
    func permanentID(_ path: String) -> String {
        let url = options.absoluteURL(path)
        return ICalendar.isAbsolute(url) ? url : NameBasedUUID.urn(stableName(path))
    }

    /// An iCalendar UID: a UUID made from the meeting's permanent address (RFC 7986 §5.3 recommends a UUID).
    func calendarUID(_ meeting: Meeting) -> String { NameBasedUUID.uuid(stableName(SitePaths.meeting(meeting))) }

    func bodyName(_ slug: String) -> String { site.body(slug)?.name ?? slug }

    // MARK: Atom entries

    /// An Atom entry whose full text is made only when a feed carries it: the feeds carry the newest entries'
    /// text, and making every meeting's and paper's (most of a site's text, copied and escaped) was a twentieth of a
    /// large build's work.
    struct FeedEntry: Sendable {
        /// The entry without its `contentHTML`.
        var entry: AtomFeed.Entry
        let content: @Sendable () -> String

        func withContent() -> AtomFeed.Entry {
            var entry = entry
            entry.contentHTML = content()
            return entry
        }

        static func newestFirst(_ entries: [FeedEntry]) -> [FeedEntry] {
            entries.sorted { AtomFeed.isNewer($0.entry, than: $1.entry) }
        }
    }

    /// A meeting's entry and one per paper.
    func feedEntries(_ meeting: Meeting) -> [FeedEntry] {
        let body = bodyName(meeting.body)
        let path = SitePaths.meeting(meeting)
        let statusNote: String
        switch meeting.status {
        case .held: statusNote = ""
        case .scheduled: statusNote = " (scheduled)"
        case .cancelled: statusNote = " (cancelled)"
        }
        let bodiesURL = options.absoluteURL(SitePaths.bodies)
        let bodyCategory = AtomFeed.Category(term: meeting.body, label: body, scheme: ICalendar.isAbsolute(bodiesURL) ? bodiesURL : nil)
        var entries = [FeedEntry(entry: AtomFeed.Entry(
            id: permanentID(path),
            title: "\(body): " + (meeting.title.map { "\($0), \(meeting.date.mediumText)" } ?? "meeting of \(meeting.date.mediumText)") + statusNote,
            link: options.absoluteURL(path),
            updated: RecordDates.updated(meeting),
            published: RecordDates.published(meeting),
            author: body,
            categories: [AtomFeed.Category(term: "meeting", label: "Meeting"), bodyCategory],
            summary: meetingSummaryText(meeting)
        ), content: { self.meetingContentHTML(meeting) })]
        for paper in meeting.papers {
            let paperPath = SitePaths.paper(paper)
            let withheld = paper.status == .published ? "" : " (\(StatusTags.paper(paper.status).text.lowercased()))"
            entries.append(FeedEntry(entry: AtomFeed.Entry(
                id: permanentID(paperPath),
                title: "\(body): \(paper.title)\(withheld)",
                link: options.absoluteURL(paperPath),
                updated: RecordDates.updated(paper, in: meeting),
                published: paper.published,
                author: paper.author.map { "\($0), \(body)" } ?? body,
                categories: [AtomFeed.Category(term: "paper", label: "Paper"), bodyCategory],
                summary: paperSummaryText(paper, in: meeting)
            ), content: { self.paperContentHTML(paper, in: meeting) }))
        }
        return entries
    }

    private func sessionText(_ session: Meeting.Session) -> String {
        switch session {
        case .public: return "in public"
        case .private: return "in private"
        case .partPrivate: return "partly in private"
        }
    }

    private func meetingFacts(_ meeting: Meeting) -> String {
        let body = bodyName(meeting.body)
        let place = meeting.location.map { " at \($0)" } ?? ""
        switch meeting.status {
        case .held: return "\(body) met \(sessionText(meeting.session)) on \(meeting.date.longText)\(place)."
        case .scheduled: return "\(body) is to meet \(sessionText(meeting.session)) on \(meeting.date.longText)\(place)."
        case .cancelled: return "The meeting of \(body) on \(meeting.date.longText)\(place) was cancelled."
        }
    }

    func meetingSummaryText(_ meeting: Meeting) -> String {
        var parts = [meetingFacts(meeting)]
        if let agenda = meeting.agendaPublished { parts.append("Agenda published \(agenda.mediumText).") }
        if meeting.status == .held {
            parts.append(meeting.minutesPublished.map { "Minutes published \($0.mediumText)." } ?? "No minutes have been published.")
        }
        if !meeting.items.isEmpty { parts.append("\(meeting.items.count) agenda \(meeting.items.count == 1 ? "item" : "items"), \(meeting.papers.count) \(meeting.papers.count == 1 ? "paper" : "papers").") }
        return parts.joined(separator: " ")
    }

    private func meetingContentHTML(_ meeting: Meeting) -> String {
        let h = Escaping.html
        var html = "<p>\(h(meetingFacts(meeting)))</p>\n<ul>"
        if let notice = meeting.noticePublished { html += "<li>Notice published \(h(notice.longText))</li>" }
        html += "<li>Agenda " + (meeting.agendaPublished.map { "published \(h($0.longText))" } ?? "publication not recorded") + "</li>"
        if let minutes = meeting.minutesPublished {
            html += "<li>Minutes published \(h(minutes.longText))</li>"
        } else if meeting.status == .held {
            html += "<li>Minutes not published</li>"
        }
        if let webcast = meeting.webcast { html += "<li><a href=\"\(h(webcast))\">Webcast</a></li>" }
        html += "</ul>\n"
        if !meeting.items.isEmpty {
            html += "<h2>Agenda</h2>\n<ul>"
            for item in meeting.items {
                html += "<li>\(h(item.number)). \(h(item.title))"
                if let paper = item.paper.flatMap(meeting.paper) {
                    html += ": <a href=\"\(h(options.absoluteURL(SitePaths.paper(paper))))\">\(h(paper.title))</a> (\(h(StatusTags.paper(paper.status).text.lowercased())))"
                }
                if item.isPrivate { html += " — taken in private" + (item.exemption.map { " (reason given: \(h($0)))" } ?? " (no reason given)") }
                html += "</li>"
            }
            html += "</ul>\n"
        }
        if !meeting.minutes.isEmpty { html += "<h2>Minutes</h2>\n" + meeting.minutes.html }
        return html
    }

    private func paperSummaryText(_ paper: Paper, in meeting: Meeting) -> String {
        var text = "\(paper.title): a paper for the meeting of \(bodyName(meeting.body)) on \(meeting.date.longText)"
        text += (meeting.title.map { " (\($0))." } ?? ".")
        switch paper.status {
        case .published: text += paper.published.map { " Published \($0.mediumText)." } ?? ""
        case .withheld: text += " Withheld" + (paper.withheldReason.map { ": \($0)." } ?? ".")
        case .notPublished: text += " Not published" + (paper.withheldReason.map { ": \($0)." } ?? ".")
        }
        return text
    }

    private func paperContentHTML(_ paper: Paper, in meeting: Meeting) -> String {
        let h = Escaping.html
        var html = "<p>\(h(paperSummaryText(paper, in: meeting)))</p>\n"
        if paper.status != .published {
            html += "<p>This paper has not been published: its title is on the agenda, but its text is not available to the public.</p>\n"
        }
        if paper.format == .pdf, paper.file != nil {
            html += "<p><a href=\"\(h(options.absoluteURL(SitePaths.paperFile(paper))))\">Download the PDF</a></p>\n"
        } else if !paper.content.isEmpty {
            html += paper.content.html
        }
        return html
    }

    // MARK: Calendar events

    func calendarEvent(_ meeting: Meeting) -> ICalendar.Event {
        let body = bodyName(meeting.body)
        let title = meetingTitle(meeting)
        var description = meetingSummaryText(meeting)
        if !meeting.items.isEmpty {
            description += "\n\nAgenda:\n" + meeting.items.map { "\($0.number). \($0.title)" + ($0.isPrivate ? " (in private)" : "") }.joined(separator: "\n")
        }
        let url = options.absoluteURL(SitePaths.meeting(meeting))
        if ICalendar.isAbsolute(url) { description += "\n\n" + url }
        let status: ICalendar.Event.Status = meeting.status == .cancelled ? .cancelled : .confirmed
        return ICalendar.Event(
            uid: calendarUID(meeting),
            date: meeting.date,
            revised: RecordDates.updated(meeting),
            summary: (meeting.status == .cancelled ? "Cancelled: " : "") + "\(title), \(body)",
            description: description,
            location: meeting.location,
            url: options.absoluteURL(SitePaths.meeting(meeting)),
            status: status,
            categories: ["Meeting", body]
        )
    }
}

extension SiteRenderer {
    /// A body's feed and calendar, for `<link rel="alternate">` on its pages.
    /// `hasMeetings` is known on a meeting's or paper's page; a body's page works it out.
    func bodyAlternates(_ body: Body, linker: Linker, hasMeetings: Bool? = nil) -> [AlternateLinkView] {
        var links = [AlternateLinkView(type: "application/atom+xml", title: "\(body.name): meetings and papers",
                                       href: linker.href(SitePaths.bodyFeed(body.slug)))]
        if hasMeetings ?? !site.meetingIndices(of: body.slug).isEmpty {
            links.append(AlternateLinkView(type: "text/calendar", title: "\(body.name): meetings (iCalendar)",
                                           href: linker.href(SitePaths.bodyCalendar(body.slug))))
        }
        return links
    }
}
