import NoticeboardModel

extension SiteRenderer {
    func homeView() -> HomeView {
        let path = SitePaths.home
        let linker = linker(path)
        let past = site.meetings.filter { $0.date <= options.asOf && $0.status != .cancelled }
            .sorted { ($0.date, $0.body) > ($1.date, $1.body) }
        let upcoming = site.meetings.filter { $0.date > options.asOf && $0.status == .scheduled }
            .sorted { ($0.date, $0.body) < ($1.date, $1.body) }
        return HomeView(
            layout: layout(path, title: site.settings.title, description: site.settings.description),
            intro: site.settings.description,
            bodyCount: site.bodies.count,
            meetingCount: site.meetings.count,
            paperCount: site.meetings.reduce(0) { $0 + $1.papers.count },
            regions: bodiesByRegion(linker: linker),
            latestMeetings: past.prefix(8).map { meetingSummary($0, linker: linker) },
            hasLatest: !past.isEmpty,
            upcomingMeetings: upcoming.prefix(5).map { meetingSummary($0, linker: linker) },
            hasUpcoming: !upcoming.isEmpty,
            pages: site.pages.map { LinkView(href: linker.href(SitePaths.page($0.slug)), text: $0.title) },
            gaps: gapsSummary(linker: linker)
        )
    }

    func bodiesView() -> BodiesView {
        let path = SitePaths.bodies
        return BodiesView(
            layout: layout(path, title: "Bodies", description: "Every body this site records, by region.",
                           breadcrumbs: [(path, "Bodies")]),
            regions: bodiesByRegion(linker: linker(path))
        )
    }

    func regionsView() -> RegionsView {
        let path = SitePaths.regions
        return RegionsView(
            layout: layout(path, title: "Regions", description: "The regions this site covers.", breadcrumbs: [(path, "Regions")]),
            regions: bodiesByRegion(linker: linker(path))
        )
    }

    func regionView(_ region: Region) -> RegionView {
        let path = SitePaths.region(region.slug)
        let linker = linker(path)
        let bodies = site.bodies.filter { $0.region == region.slug }
        let kinds = Set(bodies.map(\.kind)).map { site.settings.kinds[$0]?.name ?? $0 }.sorted()
        return RegionView(
            layout: layout(path, title: region.name, description: "Bodies in \(region.name) and what they publish.",
                           breadcrumbs: [(SitePaths.regions, "Regions"), (path, region.name)]),
            name: region.name,
            kinds: kinds.map { kindName in
                BodyGroupView(name: kindName, href: nil,
                              bodies: bodies.filter { site.kind(of: $0).name == kindName }.sorted { $0.name < $1.name }
                                  .map { bodySummary($0, linker: linker) })
            },
            bodyCount: bodies.count,
            score: scoreView(audit.regionScores[region.slug] ?? 100),
            gaps: bodies.sorted { $0.name < $1.name }.map { bodyFindings($0, linker: linker) }.filter { $0.count > 0 }
        )
    }

    func freePageView(_ page: Page) -> FreePageView {
        let path = SitePaths.page(page.slug)
        return FreePageView(
            layout: layout(path, title: page.title, description: page.description ?? page.content.summary,
                           breadcrumbs: [(path, page.title)]),
            title: page.title,
            contentHTML: page.content.html,
            extra: TemplateExtra(page.extra)
        )
    }

    func notFoundView() -> NotFoundView {
        let linker = Linker(page: SitePaths.notFound, absoluteBase: options.basePath)
        return NotFoundView(layout: layout(SitePaths.notFound, title: "Page not found",
                                           description: "There is no page at this address.", linker: linker))
    }
}
