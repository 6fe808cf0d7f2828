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
        plan().map { $0.render() }
    }

    /// Every file of the site, not yet rendered, each with the source files its bytes depend on (see `PlannedFile`).
    public func plan() -> [PlannedFile] {
        var files: [PlannedFile] = []
        var pagePaths: [String] = []
        func add(_ path: String, sources: [String], inputs: [String] = [], _ html: @escaping @Sendable () -> String) {
            files.append(PlannedFile(path: SitePaths.file(for: path), sources: sources, inputs: inputs) { Data(html().utf8) })
            pagePaths.append(path)
        }
        let lists = listInputs() + auditSummaryInputs()
        let neighbours = meetingNeighbours()
        add(SitePaths.home, sources: [], inputs: lists) { theme.render(homeView(), with: "home") }
        add(SitePaths.bodies, sources: [], inputs: lists) { theme.render(bodiesView(), with: "bodies") }
        for body in site.bodies {
            add(SitePaths.body(body.slug), sources: bodySources(body)) { theme.render(bodyView(body), with: "body") }
        }
        // Closures take the record by index: ten thousand copies of records would cost more than the lookups.
        for m in site.meetings.indices {
            let body = site.meetings[m].body, folder = site.meetings[m].folder
            let meetingFolder = "content/meetings/\(body)/\(folder)"
            add(SitePaths.meeting(body: body, folder: folder), sources: meetingSources(body: body, folder: meetingFolder, neighbours: neighbours)) {
                theme.render(meetingView(site.meetings[m]), with: "meeting")
            }
            for p in site.meetings[m].papers.indices {
                add(SitePaths.paper(site.meetings[m].papers[p]), sources: [Self.bodyFile(body), meetingFolder]) {
                    theme.render(paperView(site.meetings[m].papers[p], in: site.meetings[m]), with: "paper")
                }
            }
        }
        // Pages that show the audit's scores or findings of every body, and files made from every record, depend on
        // everything: the audit of one body can change when any of its meetings changes.
        add(SitePaths.gaps, sources: PlannedFile.everything) { theme.render(gapsView(), with: "gaps") }
        let findingsSchemaID = ICalendar.isAbsolute(options.baseURL) ? options.absoluteURL(SitePaths.findingsSchema) : nil
        files.append(PlannedFile(path: SitePaths.findingsJSON, sources: PlannedFile.everything) { Data(audit.json().utf8) })
        files.append(PlannedFile(path: SitePaths.findingsCSV, sources: PlannedFile.everything) { Data(audit.csv().utf8) })
        files.append(PlannedFile(path: SitePaths.findingsSchema, sources: []) { Data(AuditReport.jsonSchema(id: findingsSchemaID).utf8) })
        add(SitePaths.regions, sources: [], inputs: lists) { theme.render(regionsView(), with: "regions") }
        for region in usedRegions {
            add(SitePaths.region(region.slug), sources: PlannedFile.everything) { theme.render(regionView(region), with: "region") }
        }
        for page in site.pages {
            add(SitePaths.page(page.slug), sources: [page.source.path]) { theme.render(freePageView(page), with: "page") }
        }
        add(SitePaths.search, sources: PlannedFile.everything) { theme.render(searchView(), with: "search") }
        let openData = OpenDataPlan(renderer: self)
        add(SitePaths.data, sources: PlannedFile.everything) { theme.render(dataView(openData.set), with: "data") }
        files += feedPlan() + openData.files()
        files.append(PlannedFile(path: SitePaths.notFound, sources: []) { Data(theme.render(notFoundView(), with: "404").utf8) })
        for (name, data) in theme.assets.sorted(by: { $0.key < $1.key }) {
            let copy = name.hasSuffix(".js") ? ScriptCompactor.compact(data) : data
            files.append(PlannedFile(path: "assets/\(name)", sources: []) { copy })
        }
        let sitemapPaths = pagePaths
        files.append(PlannedFile(path: SitePaths.sitemap, sources: PlannedFile.everything) {
            Data(Sitemap.xml(sitemapEntries(sitemapPaths)).utf8)
        })
        files.append(PlannedFile(path: SitePaths.robots, sources: []) {
            Data(RobotsTxt.text(sitemap: options.absoluteURL(SitePaths.sitemap)).utf8)
        })
        return files
    }

    /// Regions that have at least one body, by name.
    var usedRegions: [Region] {
        Set(site.bodies.map(\.region)).map(site.region).sorted { $0.name < $1.name }
    }
}
