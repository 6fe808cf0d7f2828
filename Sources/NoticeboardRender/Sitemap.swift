import NoticeboardModel

/// `sitemap.xml` (sitemaps.org protocol) listing every page's absolute URL, with the date its record last changed
/// (`lastmod`, from `RecordDates`) where the page shows a dated record.
enum Sitemap {
    struct Entry {
        var url: String
        var lastModified: CalendarDate?
    }

    static func xml(_ entries: [Entry]) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for entry in entries {
            xml += "  <url><loc>\(Escaping.xml(entry.url))</loc>"
            if let date = entry.lastModified { xml += "<lastmod>\(date.iso)</lastmod>" }
            xml += "</url>\n"
        }
        return xml + "</urlset>\n"
    }
}
