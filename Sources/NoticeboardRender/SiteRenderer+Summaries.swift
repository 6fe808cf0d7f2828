import NoticeboardModel

extension SiteRenderer {
    func bodySummary(_ body: Body, linker: Linker) -> BodySummaryView {
        let meetings = site.meetings(of: body.slug)
        return BodySummaryView(
            name: body.name,
            href: linker.href(SitePaths.body(body.slug)),
            kind: site.kind(of: body).name,
            region: site.region(body.region).name,
            meetingCount: meetings.count,
            lastMeeting: meetings.last { $0.status == .held }.map { DateView($0.date) },
            dissolved: body.dissolved.map(DateView.init),
            score: scoreView(audit.scores[body.slug] ?? 100)
        )
    }

    func meetingTitle(_ meeting: Meeting) -> String {
        meeting.title ?? "Meeting of \(meeting.date.mediumText)"
    }

    func meetingSummary(_ meeting: Meeting, linker: Linker) -> MeetingSummaryView {
        MeetingSummaryView(
            href: linker.href(SitePaths.meeting(meeting)),
            title: meetingTitle(meeting),
            body: site.body(meeting.body)?.name ?? meeting.body,
            bodyHref: linker.href(SitePaths.body(meeting.body)),
            date: DateView(meeting.date),
            status: StatusTags.meeting(meeting.status),
            session: StatusTags.session(meeting.session),
            paperCount: meeting.papers.count
        )
    }

    func paperLink(_ paper: Paper, linker: Linker) -> PaperLinkView {
        PaperLinkView(
            href: linker.href(SitePaths.paper(paper)),
            title: paper.title,
            status: StatusTags.paper(paper.status),
            isPublished: paper.status == .published,
            format: paper.format == .pdf ? "PDF" : ""
        )
    }

    /// Bodies grouped by region (regions by name, bodies by name).
    func bodiesByRegion(linker: Linker) -> [BodyGroupView] {
        usedRegions.map { region in
            BodyGroupView(
                name: region.name,
                href: linker.href(SitePaths.region(region.slug)),
                bodies: site.bodies.filter { $0.region == region.slug }
                    .sorted { $0.name < $1.name }
                    .map { bodySummary($0, linker: linker) }
            )
        }
    }

    func memberView(_ member: Member) -> MemberView {
        MemberView(
            name: member.name,
            role: member.role,
            organisation: member.organisation,
            represents: member.represents.displayName,
            isPublicVoice: site.settings.publicVoice.contains(member.represents),
            voting: member.voting ? "Voting" : "Non-voting",
            from: member.from.map(DateView.init),
            to: member.to.map(DateView.init)
        )
    }
}
