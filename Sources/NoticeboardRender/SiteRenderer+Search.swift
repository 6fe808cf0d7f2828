import NoticeboardModel

extension SiteRenderer {
    /// `/search/`: the form, and empty places the search script fills (results, count, filters).
    func searchView() -> SearchView {
        let path = SitePaths.search
        let linker = linker(path)
        return SearchView(
            layout: layout(path, title: "Search", description: "Search every meeting, agenda, paper and body on \(site.settings.title).",
                           breadcrumbs: [(path, "Search")]),
            bodiesHref: linker.href(SitePaths.bodies),
            searchScriptHref: linker.href("assets/search-page.js"),
            searchStylesheetHref: linker.href("assets/search.css"),
            portable: options.portable
        )
    }
}
