import NoticeboardModel

extension SiteRenderer {
    /// The layout of the page at `path`: metadata, navigation and a breadcrumb of `(path, text)` pairs.
    func layout(_ path: String, title: String, description: String?, breadcrumbs: [(String, String)] = [],
                ogType: String = "website", linker: Linker? = nil, alternates: [AlternateLinkView] = [],
                structuredData: JSONValue? = nil) -> LayoutView {
        let linker = linker ?? self.linker(path)
        let sections: [(String, String)] = [(SitePaths.home, "Home"), (SitePaths.bodies, "Bodies"), (SitePaths.regions, "Regions"),
                                         (SitePaths.gaps, "Gaps"), (SitePaths.data, "Open data")]
            + site.pages.map { (SitePaths.page($0.slug), $0.title) }
        let isHome = path.isEmpty
        return LayoutView(
            lang: site.settings.language,
            siteTitle: site.settings.title,
            title: title,
            documentTitle: isHome ? site.settings.title : "\(title) – \(site.settings.title)",
            description: Self.summary(description ?? site.settings.description ?? site.settings.title),
            canonical: path == SitePaths.notFound ? nil : options.absoluteURL(path),
            ogType: ogType,
            root: linker.root,
            homeHref: linker.href(SitePaths.home),
            stylesheetHref: linker.href(SitePaths.stylesheet),
            searchHref: linker.href("search/"),
            nav: sections.map { NavItem(href: linker.href($0.0), text: $0.1, current: isCurrent(section: $0.0, page: path)) },
            breadcrumbs: breadcrumbs.isEmpty ? [] : ([(SitePaths.home, "Home")] + breadcrumbs).map { LinkView(href: linker.href($0.0), text: $0.1) },
            hasBreadcrumbs: !breadcrumbs.isEmpty,
            alternates: [AlternateLinkView(type: "application/atom+xml", title: "\(site.settings.title): meetings and papers",
                                           href: linker.href(SitePaths.feed))] + alternates,
            structuredData: structuredData.map(StructuredData.embed),
            feedHref: linker.href(SitePaths.feed),
            dataHref: linker.href(SitePaths.data)
        )
    }

    func linker(_ path: String) -> Linker { Linker(page: path, portable: options.portable) }

    private func isCurrent(section: String, page: String) -> Bool {
        section.isEmpty ? page.isEmpty : page.hasPrefix(section)
    }

    /// At most about 160 characters of plain text, cut at a word, for `<meta name="description">`.
    static func summary(_ text: String) -> String {
        if let summary = asciiSummary(text) { return summary }
        // The words joined by single spaces, read only as far as needed (minutes can be long).
        var flat = ""
        var pendingSpace = false
        var count = 0
        for character in text {
            if character.isWhitespace {
                pendingSpace = !flat.isEmpty
                continue
            }
            if pendingSpace { flat.append(" "); pendingSpace = false; count += 1 }
            flat.append(character)
            count += 1
            if count > 160 { break }
        }
        guard count > 160 else { return flat }
        let cut = flat.prefix(157)
        return (cut.lastIndex(of: " ").map { String(cut[..<$0]) } ?? String(cut)) + "…"
    }

    /// `summary` on bytes, for text that is ASCII as far as the summary reads (characters are bytes there, and
    /// reading characters cost about 1,000 instructions each); nil for any other text.
    private static func asciiSummary(_ text: String) -> String? {
        guard let flat = ASCIIWhitespace.collapsed(text, stoppingAfter: 160) else { return nil }
        guard flat.count > 160 else { return String(decoding: flat, as: UTF8.self) }
        let cut = flat.prefix(157)
        return String(decoding: cut.lastIndex(of: 0x20).map { cut[..<$0] } ?? cut, as: UTF8.self) + "…"
    }

    static func yesNo(_ value: Bool) -> String { value ? "Yes" : "No" }
}
