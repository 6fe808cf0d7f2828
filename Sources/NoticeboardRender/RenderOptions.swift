import NoticeboardModel

/// How to render: where the site will live, the audit's date, and whether links must work from disk.
public struct RenderOptions: Sendable {
    /// Ends in `/`; may carry a path. Used for canonical URLs, the sitemap and the 404 page.
    public var baseURL: String
    /// "Today" for the site: which members are current, which meetings are upcoming.
    public var asOf: CalendarDate
    /// Links name their `index.html` so the site works opened from disk.
    public var portable: Bool

    public init(baseURL: String, asOf: CalendarDate, portable: Bool = false) {
        self.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        self.asOf = asOf
        self.portable = portable
    }

    /// The path part of the base URL (`/northshire/`), for pages served at any address.
    public var basePath: String {
        guard let scheme = baseURL.range(of: "://") else { return baseURL.hasPrefix("/") ? baseURL : "/" }
        let rest = baseURL[scheme.upperBound...]
        guard let slash = rest.firstIndex(of: "/") else { return "/" }
        return String(rest[slash...])
    }

    public func absoluteURL(_ path: String) -> String { baseURL + path }
}
