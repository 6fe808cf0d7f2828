import Foundation
import NoticeboardModel

/// Renders every page of a site through the theme into files in memory. Pure: writes nothing.
public struct SiteRenderer: Sendable {
    public let site: Site
    public let theme: Theme
    public let options: RenderOptions

    public init(site: Site, theme: Theme, options: RenderOptions) {
        self.site = site
        self.theme = theme
        self.options = options
    }

    /// Every file of the site: pages, assets, the sitemap.
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
        add(SitePaths.regions, theme.render(regionsView(), with: "regions"))
        for region in usedRegions {
            add(SitePaths.region(region.slug), theme.render(regionView(region), with: "region"))
        }
        for page in site.pages {
            add(SitePaths.page(page.slug), theme.render(freePageView(page), with: "page"))
        }
        add(SitePaths.search, theme.render(searchView(), with: "search"))
        files.append(OutputFile(path: SitePaths.notFound, text: theme.render(notFoundView(), with: "404")))
        for (name, data) in theme.assets.sorted(by: { $0.key < $1.key }) {
            files.append(OutputFile(path: "assets/\(name)", contents: data))
        }
        files.append(OutputFile(path: SitePaths.sitemap, text: Sitemap.xml(pagePaths.map(options.absoluteURL))))
        return files
    }

    /// Regions that have at least one body, by name.
    var usedRegions: [Region] {
        Set(site.bodies.map(\.region)).map(site.region).sorted { $0.name < $1.name }
    }
}
