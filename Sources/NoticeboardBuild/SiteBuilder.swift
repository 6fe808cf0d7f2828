import Foundation
import NoticeboardContent
import NoticeboardModel
import NoticeboardRender

/// The build pipeline: load (discover, parse, resolve, convert) → theme → render → write, run by a `BuildSession`.
/// `check` runs the same loading and stops before rendering. Only this target writes to disk.
public struct SiteBuilder: Sendable {
    public struct Report: Sendable {
        public var diagnostics: [Diagnostic]
        public var filesWritten: Int
        /// Files in the output after the build: written, or kept as they were.
        public var filesInOutput: Int = 0
        public var succeeded: Bool { !diagnostics.hasErrors }
    }

    public let options: BuildOptions
    /// Told the name of each step as it starts (`[2/4] Rendering pages`).
    public var progress: @Sendable (String) -> Void

    public init(options: BuildOptions, progress: @escaping @Sendable (String) -> Void = { _ in }) {
        self.options = options
        self.progress = progress
    }

    /// Loads and validates the site and its theme; writes nothing.
    public func check() -> (site: Site?, theme: Theme?, diagnostics: [Diagnostic]) {
        let files = LocalFileSystem(root: options.root)
        progress("[1/4] Loading content")
        let loaded = SiteLoader(files: files).load()
        let (theme, themeDiagnostics) = Theme.load(from: files)
        let diagnostics = (loaded.diagnostics + themeDiagnostics).sorted()
        return (diagnostics.hasErrors ? nil : loaded.site, theme, diagnostics)
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
