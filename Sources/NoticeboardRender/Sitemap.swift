/// `sitemap.xml` (sitemaps.org protocol) listing every page's absolute URL.
enum Sitemap {
    static func xml(_ urls: [String]) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for url in urls {
            xml += "  <url><loc>\(Escaping.xml(url))</loc></url>\n"
        }
        return xml + "</urlset>\n"
    }
}
