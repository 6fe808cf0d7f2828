/// `robots.txt`: every page may be crawled; the sitemap's absolute address when the site has one. Crawlers read
/// `robots.txt` only at the root of a host, so under a base path (`https://example.github.io/northshire/`) it is
/// written but only takes effect if the host's own `robots.txt` points to the sitemap too.
enum RobotsTxt {
    static func text(sitemap: String) -> String {
        var text = "User-agent: *\nAllow: /\n"
        if ICalendar.isAbsolute(sitemap) { text += "\nSitemap: \(sitemap)\n" }
        return text
    }
}
