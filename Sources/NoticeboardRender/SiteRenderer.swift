import Foundation
import NoticeboardAudit
import NoticeboardModel

/// Renders every page of a site through the theme into files in memory. Pure: writes nothing.
public struct SiteRenderer: Sendable {
    public let site: Site
    public let theme: Theme
    public let options: RenderOptions
    /// The transparency audit the pages show; computed as of `options.asOf` when not given.
    public let audit: AuditReport

    public init(site: Site, theme: Theme, options: RenderOptions, audit: AuditReport? = nil) {
        self.site = site
        self.theme = theme
        self.options = options
        self.audit = audit ?? AuditReport(site: site, asOf: options.asOf)
    }

    /// Every file of the site: pages, assets, feeds, calendars, open data (with the audit's findings), the sitemap.
    public func render() -> [OutputFile] {
        var files: [OutputFile] = []
        var pagePaths: [String] = []
        func add(_ path: String, _ html: String) {
            files.append(OutputFile(path: SitePaths.file(for: path), text: html))
            pagePaths.append(path)
        }
        add(SitePaths.home, theme.render(homeView(), with: "home"))
        add(SitePaths.bodies, theme.render(bodiesView(), with: "bodies"))
        for body in site.bodies {
            add(SitePaths.body(body.slug), theme.render(bodyView(body), with: "body"))
        }
        for meeting in site.meetings {
            add(SitePaths.meeting(meeting), theme.render(meetingView(meeting), with: "meeting"))
            for paper in meeting.papers {
                add(SitePaths.paper(paper), theme.render(paperView(paper, in: meeting), with: "paper"))
            }
        }
        add(SitePaths.gaps, theme.render(gapsView(), with: "gaps"))
        files.append(OutputFile(path: SitePaths.findingsJSON, text: audit.json()))
        files.append(OutputFile(path: SitePaths.findingsCSV, text: audit.csv()))
        let findingsSchemaID = ICalendar.isAbsolute(options.baseURL) ? options.absoluteURL(SitePaths.findingsSchema) : nil
        files.append(OutputFile(path: SitePaths.findingsSchema, text: AuditReport.jsonSchema(id: findingsSchemaID)))
        add(SitePaths.regions, theme.render(regionsView(), with: "regions"))
        for region in usedRegions {
            add(SitePaths.region(region.slug), theme.render(regionView(region), with: "region"))
        }
        for page in site.pages {
            add(SitePaths.page(page.slug), theme.render(freePageView(page), with: "page"))
        }
        add(SitePaths.search, theme.render(searchView(), with: "search"))
        let openData = openDataSet()
        add(SitePaths.data, theme.render(dataView(openData), with: "data"))
        files += feedFiles() + dataFiles(openData)
        files.append(OutputFile(path: SitePaths.notFound, text: theme.render(notFoundView(), with: "404")))
        for (name, data) in theme.assets.sorted(by: { $0.key < $1.key }) {
            files.append(OutputFile(path: "assets/\(name)", contents: data))
        }
        files.append(OutputFile(path: SitePaths.sitemap, text: Sitemap.xml(sitemapEntries(pagePaths))))
        files.append(OutputFile(path: SitePaths.robots, text: RobotsTxt.text(sitemap: options.absoluteURL(SitePaths.sitemap))))
        return files
    }

    /// Regions that have at least one body, by name.
    var usedRegions: [Region] {
        Set(site.bodies.map(\.region)).map(site.region).sorted { $0.name < $1.name }
    }
}
