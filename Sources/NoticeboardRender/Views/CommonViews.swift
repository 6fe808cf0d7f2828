import NoticeboardModel

// Read-only views handed to templates. Templates read stored properties only (Mustache cannot see
// computed ones), so every value a template shows is computed here, once.

/// A link: where it goes (relative to the page it is on) and its text.
public struct LinkView: Sendable, Encodable {
    public let href: String
    public let text: String
}

/// A date for people (`Thursday 12 March 2026`) with its machine-readable form for `<time datetime>`.
public struct DateView: Sendable, Encodable {
    public let iso: String
    public let text: String
    public let short: String
    public let year: Int

    public init(_ date: CalendarDate) {
        iso = date.iso
        text = date.longText
        short = date.mediumText
        year = date.year
    }
}

/// A status shown as a coloured tag whose text says the status too (never colour alone).
public struct TagView: Sendable, Encodable {
    public let text: String
    /// `green`, `blue`, `grey`, `yellow`, `red`: a CSS class suffix (`tag--green`).
    public let tone: String
}

/// An item of the main navigation.
public struct NavItem: Sendable, Encodable {
    public let href: String
    public let text: String
    public let current: Bool
}

/// What every page's layout shows: head metadata, navigation, breadcrumb.
public struct LayoutView: Sendable, Encodable {
    public let lang: String
    public let siteTitle: String
    public let title: String
    /// `<title>`: the page's title and the site's.
    public let documentTitle: String
    public let description: String
    /// Nil for pages with no address of their own (404).
    public let canonical: String?
    public let ogType: String
    /// Relative path from this page to the site root, for assets (`../../`).
    public let root: String
    public let homeHref: String
    public let stylesheetHref: String
    public let searchHref: String
    public let nav: [NavItem]
    public let breadcrumbs: [LinkView]
    public let hasBreadcrumbs: Bool
    /// Feeds and calendars of what the page shows, for `<link rel="alternate">`: the site's feed on every page.
    public let alternates: [AlternateLinkView]
    /// schema.org JSON-LD, already made safe to place inside `<script type="application/ld+json">`.
    public let structuredData: String?
    public let feedHref: String
    public let dataHref: String
}
