import NoticeboardModel

extension SiteRenderer {
    func meetingView(_ meeting: Meeting) -> MeetingView {
        let path = SitePaths.meeting(meeting)
        let linker = linker(path)
        let bodyName = site.body(meeting.body)?.name ?? meeting.body
        let title = meetingTitle(meeting)
        let onAgenda = Set(meeting.items.compactMap(\.paper))
        let siblings = site.meetingIndices(of: meeting.body)
        let position = siblings.firstIndex { site.meetings[$0].folder == meeting.folder }
        let findings = audit.findings(of: meeting.body, meeting: meeting.folder)
        let link = { (other: Meeting) in LinkView(href: linker.href(SitePaths.meeting(other)), text: "\(self.meetingTitle(other)), \(other.date.mediumText)") }
        return MeetingView(
            layout: layout(path, title: "\(title), \(bodyName)",
                           description: "\(bodyName): \(title), \(meeting.date.longText). \(meeting.minutes.summary)",
                           breadcrumbs: [(SitePaths.bodies, "Bodies"), (SitePaths.body(meeting.body), bodyName), (path, meeting.date.mediumText)],
                           ogType: "article", alternates: site.body(meeting.body).map { bodyAlternates($0, linker: linker, hasMeetings: true) } ?? [],
                           structuredData: StructuredData.event(meeting, title: title, site: site, options: options)),
            title: title,
            body: LinkView(href: linker.href(SitePaths.body(meeting.body)), text: bodyName),
            date: DateView(meeting.date),
            status: StatusTags.meeting(meeting.status),
            session: StatusTags.session(meeting.session),
            location: meeting.location,
            noticePublished: meeting.noticePublished.map(DateView.init),
            agendaPublished: meeting.agendaPublished.map(DateView.init),
            minutesPublished: meeting.minutesPublished.map(DateView.init),
            publicQuestions: meeting.publicQuestions.map { $0 ? "Taken" : "Not taken" },
            webcast: meeting.webcast,
            attendees: meeting.attendees.map { PersonView(name: $0.name, role: $0.role) },
            apologies: meeting.apologies.map { PersonView(name: $0.name, role: $0.role) },
            items: meeting.items.map { item in
                AgendaItemView(number: item.number, title: item.title,
                               paper: item.paper.flatMap(meeting.paper).map { paperLink($0, linker: linker) },
                               isPrivate: item.isPrivate, exemption: item.exemption,
                               anchor: Self.itemAnchor(item.number), findings: findingBadges(for: item, among: findings))
            },
            otherPapers: meeting.papers.filter { !onAgenda.contains($0.slug) }.map { paperLink($0, linker: linker) },
            minutesHTML: meeting.minutes.html,
            hasMinutes: !meeting.minutes.isEmpty,
            previous: position.flatMap { $0 > 0 ? link(site.meetings[siblings[$0 - 1]]) : nil },
            next: position.flatMap { $0 + 1 < siblings.count ? link(site.meetings[siblings[$0 + 1]]) : nil },
            findings: findingsView(findings, at: .meetingPage, linker: linker),
            extra: TemplateExtra(meeting.extra),
            calendarHref: linker.href(SitePaths.meetingCalendar(meeting)),
            calendarFileName: "\(meeting.body)-\(meeting.folder).ics"
        )
    }

    func paperView(_ paper: Paper, in meeting: Meeting) -> PaperView {
        let path = SitePaths.paper(paper)
        let linker = linker(path)
        let bodyName = site.body(paper.body)?.name ?? paper.body
        let meetingPath = SitePaths.meeting(meeting)
        let item = meeting.items.first { $0.paper == paper.slug } ?? paper.item.flatMap { number in meeting.items.first { $0.number == number } }
        return PaperView(
            layout: layout(path, title: paper.title, description: "\(bodyName), \(meeting.date.mediumText). \(paper.content.summary)",
                           breadcrumbs: [(SitePaths.bodies, "Bodies"), (SitePaths.body(paper.body), bodyName),
                                         (meetingPath, meeting.date.mediumText), (path, paper.title)],
                           ogType: "article", alternates: site.body(paper.body).map { bodyAlternates($0, linker: linker, hasMeetings: true) } ?? []),
            title: paper.title,
            meeting: LinkView(href: linker.href(meetingPath), text: "\(meetingTitle(meeting)), \(meeting.date.longText)"),
            body: LinkView(href: linker.href(SitePaths.body(paper.body)), text: bodyName),
            item: item?.number ?? paper.item,
            itemTitle: item?.title,
            author: paper.author,
            published: paper.published.map(DateView.init),
            status: StatusTags.paper(paper.status),
            isPublished: paper.status == .published,
            withheldReason: paper.withheldReason,
            contentHTML: paper.content.html,
            hasContent: !paper.content.isEmpty,
            isPDF: paper.format == .pdf,
            fileHref: paper.format == .pdf ? linker.href(SitePaths.paperFile(paper)) : nil,
            fileSize: paper.file.map { Self.byteCount($0.size) },
            filePages: paper.file?.pages.map { $0 == 1 ? "1 page" : "\($0) pages" },
            extra: TemplateExtra(paper.extra)
        )
    }

    /// `1.2 MB`, `340 KB`.
    static func byteCount(_ bytes: Int) -> String {
        if bytes >= 1_000_000 { return "\((Double(bytes) / 100_000).rounded() / 10) MB" }
        return "\(max(1, (bytes + 500) / 1000)) KB"
    }
}
