import Foundation
import NoticeboardAudit
import NoticeboardContent
import NoticeboardModel
import NoticeboardRender

/// The build pipeline: load (discover, parse, resolve, convert) → audit → theme → render → index → write, run by a
/// `BuildSession`.
/// `check` runs the same loading and stops before rendering. Only this target writes to disk.
public struct SiteBuilder: Sendable {
    public struct Report: Sendable {
        public var diagnostics: [Diagnostic]
        public var filesWritten: Int
        /// The audit the site was built with; nil when the content had errors.
        public var audit: AuditReport?
        /// Files in the output after the build: written, or kept as they were.
        public var filesInOutput: Int = 0
        public var succeeded: Bool { !diagnostics.hasErrors }
    }

    public let options: BuildOptions
    /// Told the name of each step as it starts (`[2/6] Auditing`).
    public var progress: @Sendable (String) -> Void

    public init(options: BuildOptions, progress: @escaping @Sendable (String) -> Void = { _ in }) {
        self.options = options
        self.progress = progress
    }

    /// Loads and validates the content and the audit settings of `noticeboard.yml`; no theme. Writes nothing but
    /// the cache of PDF text (outside `content/`).
    public func loadContent() -> (site: Site?, diagnostics: [Diagnostic]) {
        let files = LocalFileSystem(root: options.root)
        let pdfText = options.cachedPDFTextExtractor
        if let caching = pdfText as? CachingPDFTextExtractor { PDFTextPrefetch.warm(caching, files: files) }
        let loaded = SiteLoader(files: files, pdfText: pdfText).load()
        let diagnostics = (loaded.diagnostics + AuditSettingsValidator.diagnostics(for: loaded.settings)).sorted()
        return (diagnostics.hasErrors ? nil : loaded.site, diagnostics)
    }

    /// Loads and validates the site, its audit settings and its theme; writes nothing but the PDF text cache.
    public func check() -> (site: Site?, theme: Theme?, diagnostics: [Diagnostic]) {
        progress("[1/6] Loading content")
        let (site, contentDiagnostics) = loadContent()
        let (theme, themeDiagnostics) = Theme.load(from: LocalFileSystem(root: options.root))
        let diagnostics = (contentDiagnostics + themeDiagnostics).sorted()
        return (diagnostics.hasErrors ? nil : site, theme, diagnostics)
    }

    /// Loads the content and runs the audit as of `--as-of`, else `as_of` in `noticeboard.yml`, else today.
    /// With content errors there is no report, only the diagnostics.
    public func audit() -> (report: AuditReport?, diagnostics: [Diagnostic]) {
        let (site, diagnostics) = loadContent()
        return (site.map { AuditReport(site: $0, asOf: options.asOf(for: $0.settings)) }, diagnostics)
    }

    /// Builds the site into the output folder. With any error, nothing is written and the previous output stays.
    /// Incremental: unchanged files are neither parsed, rendered nor written again (see `BuildSession`).
    public func build() throws -> Report {
        try build(in: BuildSession(options: options))
    }

    /// Builds with a session kept across builds (`serve`), which remembers what earlier builds parsed and wrote.
    public func build(in session: BuildSession) throws -> Report {
        try checkOutputIsSafe()
        return try session.build(progress: progress)
    }


    /// The pages a finding is about (its body's, its meeting's, its paper's), as the search index names them.
    static func pagesOf(_ finding: Finding) -> [String] {
        var pages = [SitePaths.body(finding.body)]
        if let meeting = finding.meeting {
            pages.append(SitePaths.meeting(body: finding.body, folder: meeting))
            if let paper = finding.paper { pages.append("\(SitePaths.meeting(body: finding.body, folder: meeting))\(paper)/") }
        }
        return pages
    }

    /// Refuses an output folder that would replace the site folder or anything under `content/` or `templates/`.
    private func checkOutputIsSafe() throws {
        let root = options.root.resolvingSymlinksInPath().path
        let output = options.output.resolvingSymlinksInPath().path
        func isInside(_ path: String, _ folder: String) -> Bool { path == folder || path.hasPrefix(folder + "/") }
        let replacesSite = isInside(root, output)
        let replacesSources = ["content", "templates", "noticeboard.yml"].contains { isInside(output, root + "/" + $0) }
        if replacesSite || replacesSources { throw UnsafeOutputError(output: options.output.path) }
    }
}

/// An output folder that would overwrite the site's own files.
public struct UnsafeOutputError: Error, CustomStringConvertible {
    public let output: String
    public var description: String {
        "refusing to build into '\(output)': it would replace the site folder, its content/ or its templates/"
    }
}
