import Foundation
@testable import NoticeboardRender
import NoticeboardModel
import NoticeboardTestSupport
import Testing

/// A test site rendered in memory: every output file by path.
struct RenderedSite {
    let files: [String: Data]

    init(_ testSite: TestSite, asOf: String = "2026-11-01", baseURL: String? = nil) throws {
        let loaded = testSite.load()
        guard let site = loaded.site else { throw RenderTestError.invalidSite(loaded.diagnostics.map(\.description)) }
        let (theme, diagnostics) = Theme.load(from: testSite.fileSystem)
        guard let theme else { throw RenderTestError.invalidSite(diagnostics.map(\.description)) }
        let renderer = SiteRenderer(site: site, theme: theme,
                                    options: RenderOptions(baseURL: baseURL ?? site.settings.baseURL, asOf: CalendarDate(iso: asOf)!))
        var files: [String: Data] = [:]
        for file in renderer.render() { files[file.path] = file.contents }
        self.files = files
    }

    subscript(path: String) -> String? { files[path].map { String(decoding: $0, as: UTF8.self) } }

    /// A JSON file, decoded.
    func json(_ path: String) throws -> [String: Any] {
        let data = try #require(files[path], "\(path) was not written")
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// The JSON-LD block of an HTML page, decoded.
    func jsonLD(_ path: String) throws -> [String: Any] {
        let html = try #require(self[path])
        let start = try #require(html.range(of: "<script type=\"application/ld+json\">"))
        let end = try #require(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
        let text = String(html[start.upperBound..<end.lowerBound])
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }
}

enum RenderTestError: Error { case invalidSite([String]) }

extension TestSite {
    /// The minimal site with one more meeting written as given.
    func adding(_ path: String, _ text: String) -> TestSite {
        var site = self
        site[path] = text
        return site
    }
}
