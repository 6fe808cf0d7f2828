import NoticeboardModel

extension SiteRenderer {
    /// Every page for the sitemap, with the date its record last changed (`RecordDates`): a meeting's or paper's own,
    /// a body's latest meeting's, a region's latest body's, and for the lists and the data page the latest of all.
    /// Pages with no known date of change carry none: free pages, and a scheduled meeting with no published date
    /// (its own date is in the future, which a sitemap should not claim).
    func sitemapEntries(_ pagePaths: [String]) -> [Sitemap.Entry] {
        var dates: [String: CalendarDate] = [:]
        let latest = RecordDates.lastChanged(site)
        for path in [SitePaths.home, SitePaths.bodies, SitePaths.regions, SitePaths.data] { dates[path] = latest }
        var regionDates: [String: CalendarDate] = [:]
        for body in site.bodies {
            guard let date = RecordDates.lastChanged(body, meetings: site.meetings(of: body.slug)) else { continue }
            dates[SitePaths.body(body.slug)] = date
            regionDates[body.region] = max(regionDates[body.region] ?? date, date)
        }
        for (region, date) in regionDates { dates[SitePaths.region(region)] = date }
        for meeting in site.meetings {
            dates[SitePaths.meeting(meeting)] = RecordDates.lastChanged(meeting)
            for paper in meeting.papers { dates[SitePaths.paper(paper)] = paper.published ?? RecordDates.lastChanged(meeting) }
        }
        return pagePaths.map { Sitemap.Entry(url: options.absoluteURL($0), lastModified: dates[$0]) }
    }
}
