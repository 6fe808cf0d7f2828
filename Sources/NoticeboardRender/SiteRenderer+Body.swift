import NoticeboardModel

extension SiteRenderer {
    func bodyView(_ body: Body) -> BodyView {
        let path = SitePaths.body(body.slug)
        let linker = linker(path)
        let kind = site.kind(of: body)
        // A dissolved body's membership is shown as it was when it ended.
        let asOf = min(options.asOf, body.dissolved ?? options.asOf)
        let current = body.members(currentOn: asOf)
        let past = body.members.filter { !$0.isCurrent(on: asOf) }
        let meetings = site.meetings(of: body.slug).reversed()
        let years = Dictionary(grouping: meetings, by: \.date.year).keys.sorted(by: >)
        return BodyView(
            layout: layout(path, title: body.name, description: body.description.summary.isEmpty ? "\(body.name): \(kind.name)" : body.description.summary,
                           breadcrumbs: [(SitePaths.bodies, "Bodies"), (path, body.name)], ogType: "profile",
                           alternates: bodyAlternates(body, linker: linker),
                           structuredData: StructuredData.organization(body, site: site, options: options)),
            name: body.name,
            kind: kind.name,
            kindBasis: kind.basis,
            region: LinkView(href: linker.href(SitePaths.region(body.region)), text: site.region(body.region).name),
            descriptionHTML: body.description.html,
            website: body.website,
            parent: body.parent.flatMap(site.body).map { LinkView(href: linker.href(SitePaths.body($0.slug)), text: $0.name) },
            children: site.bodies.filter { $0.parent == body.slug }.map { LinkView(href: linker.href(SitePaths.body($0.slug)), text: $0.name) },
            established: body.established.map(DateView.init),
            dissolved: body.dissolved.map(DateView.init),
            cadence: cadenceText(body.cadence),
            isPublicBody: Self.yesNo(site.isPublicBody(body)),
            dutyToPublish: site.dutyToPublish(body) ? "Yes" : "None known",
            meetsInPublic: site.meetsInPublic(body) ? "Yes" : "Not required",
            currentMembers: current.map(memberView),
            pastMembers: past.map(memberView),
            representation: RepresentationChart.view(for: current, publicVoice: site.settings.publicVoice),
            membersAsOf: DateView(asOf),
            meetingsByYear: years.map { year in
                YearGroupView(year: year, meetings: meetings.filter { $0.date.year == year }.map { meetingSummary($0, linker: linker) })
            },
            meetingCount: meetings.count,
            score: scoreView(audit.scores[body.slug] ?? 100),
            findings: findingsView(audit.findings(of: body.slug), at: .bodyPage, linker: linker),
            extra: TemplateExtra(body.extra),
            follow: followLinks(body, linker: linker)
        )
    }

    private func cadenceText(_ cadence: Body.Cadence) -> String {
        switch cadence {
        case .monthly: return "Monthly"
        case .bimonthly: return "Every two months"
        case .quarterly: return "Quarterly"
        case .none: return "No regular cycle"
        }
    }
}
