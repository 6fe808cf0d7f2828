import Foundation
import NoticeboardContent
import NoticeboardModel

/// What `noticeboard build` was asked to do.
public struct BuildOptions: Sendable {
    /// The site folder (holding `noticeboard.yml`, `content/`, `templates/`).
    public var root: URL
    /// The output folder itself; by default `<root>/site`.
    public var output: URL
    /// Overrides `as_of` in `noticeboard.yml`; without either, today.
    public var asOf: CalendarDate?
    /// Overrides `base_url` in `noticeboard.yml`.
    public var baseURL: String?
    /// Links name their `index.html`, so the site works opened from disk.
    public var portable: Bool
    /// Reads the text of PDF papers (by default poppler's pdftotext from `PATH`).
    public var pdfTextExtractor: any PDFTextExtractor = PopplerPDFTextExtractor()
    /// Where work is kept between builds (extracted PDF text): by default `<root>/.noticeboard-cache`, outside
    /// `content/`; nil keeps nothing.
    public var cacheFolder: URL?

    public init(root: URL, output: URL? = nil, asOf: CalendarDate? = nil, baseURL: String? = nil, portable: Bool = false) {
        self.root = root.standardizedFileURL
        self.output = (output ?? root.appendingPathComponent("site")).standardizedFileURL
        self.asOf = asOf
        self.baseURL = baseURL
        self.portable = portable
        self.cacheFolder = self.root.appendingPathComponent(".noticeboard-cache")
    }
}

extension BuildOptions {
    /// The date the audit and the site are computed as of: `--as-of`, else `as_of` in `noticeboard.yml`, else today.
    public func asOf(for settings: SiteSettings) -> CalendarDate { asOf ?? settings.asOf ?? .today }
}

extension CalendarDate {
    /// Today's date in UTC: the default "as of" when neither the command nor the settings give one.
    public static var today: CalendarDate {
        CalendarDate(dayNumber: Int(floor(Date().timeIntervalSince1970 / 86_400)))
    }
}

extension BuildOptions {
    /// The configured PDF text extractor, behind the extraction cache when there is one.
    var cachedPDFTextExtractor: any PDFTextExtractor {
        guard let cacheFolder else { return pdfTextExtractor }
        return CachingPDFTextExtractor(pdfTextExtractor, cache: ExtractionCache(root: cacheFolder))
    }
}
