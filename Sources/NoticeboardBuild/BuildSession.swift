import Foundation
import NoticeboardAudit
import NoticeboardContent
import NoticeboardModel
import NoticeboardRender
import NoticeboardSearch

/// Builds a site incrementally: what a build learns (file contents and digests, parsed records, the key and stamp of
/// every output file) is kept for the next build, in memory for `serve` and in `.noticeboard-cache/` between
/// `build` runs. The result is always byte-identical to a full build; a cache that cannot be verified is ignored.
///
/// - Inputs: one `SourceSnapshot` reads each file once and gives digests of files and folders.
/// - Parse: a `ParseMemo` reuses the record of every file whose bytes did not change (in memory only).
/// - Render: each planned file's key is a digest of the global inputs and of its `sources`; a file whose key did not
///   change is not rendered again: its bytes are already in the output folder.
/// - Write: `.atomicSwap` (build) stages a whole new folder, hard-linking unchanged files from the previous output,
///   and swaps it in; when nothing changed at all it writes nothing. `.inPlace` (serve's private folder) rewrites only
///   the files that changed, each atomically.
public final class BuildSession: @unchecked Sendable {
    public enum WriteMode: Sendable { case atomicSwap, inPlace }

    public let options: BuildOptions
    public let mode: WriteMode
    /// The site's files as this session knows them; `invalidate` it with the paths that changed.
    public let snapshot: SourceSnapshot
    let memo = ParseMemo()
    /// Whether to read and write the manifest in `.noticeboard-cache/`.
    let persistent: Bool
    private var manifest: BuildManifest?
    private var manifestLoaded = false

    /// Counts of the last build, for progress and the summary line.
    public struct Statistics: Sendable {
        /// Files parsed (the others were unchanged and reused).
        public var parsed = 0
        public var rendered = 0
        public var renderReused = 0
        public var written = 0
        public var removed = 0
        /// Nothing changed since the last build: nothing was parsed, rendered or written.
        public var upToDate = false
        /// The build updated the spare copy of the output and swapped it in (rather than staging a whole folder).
        public var updatedSpare = false
        /// Output paths written or removed by the last build (for `serve`'s reload).
        public var changedPaths: [String] = []
    }
    public private(set) var statistics = Statistics()

    /// In `serve` (`.inPlace`, once its folder is checked), called as the changed pages are written, before the search
    /// index is remade (2 s at 10,000 documents), with the build's diagnostics and the site paths of the pages just
    /// written (`bodies/x/2026-03-12/`), so the preview can reload them then. Pages are written in two waves, each told: first those of the
    /// records that changed (a meeting's page, its papers', its body's), then those made from every record (the gaps
    /// page is 5.8 MB at 10,000 documents); told once, with no paths, when no page changed. The build goes on to write
    /// the other files.
    public var onPagesWritten: (@Sendable (_ diagnostics: [Diagnostic], _ pages: [String]) -> Void)?

    public init(options: BuildOptions, mode: WriteMode = .atomicSwap, persistent: Bool = true) {
        self.options = options
        self.mode = mode
        self.persistent = persistent
        self.snapshot = SourceSnapshot(base: LocalFileSystem(root: options.root))
    }

    /// Tells the session which site paths changed (files or folders, relative to the root). Nil: anything may have.
    public func invalidate(_ paths: [String]?) {
        if let paths { snapshot.invalidate(paths) } else { snapshot.invalidateAll() }
    }

    private var manifestURL: URL { BuildManifest.location(root: options.root, output: options.output) }

    // MARK: Build

    /// Fewer changed files than this are always written by bringing the spare up to date, however small the site.
    static let mostFilesChanged = 2_000

    func build(progress: (String) -> Void) throws -> SiteBuilder.Report {
        let trace = Trace()
        defer { trace.finish() }
        var stats = Statistics()
        defer { statistics = stats }
        // Source files changed since a while before this moment are not trusted unread by the next build (see
        // `SourceSnapshot.trustedDigests`): two seconds cover the coarsest file system clocks.
        let trustedBefore = Int(Date().timeIntervalSince1970 * 1_000_000_000) - 2_000_000_000
        loadManifestIfNeeded()
        if let manifest { snapshot.trust(manifest.sources) }
        // Staging folders a killed build left beside the output go first, whatever this build then does.
        if mode == .atomicSwap { OutputWriter(output: options.output).removeLeftovers() }
        progress("[1/4] Reading content")

        // Global inputs: every page depends on them.
        let (settings, _) = SiteLoader(files: snapshot).loadSettings()
        let renderOptions = RenderOptions(baseURL: options.baseURL ?? settings.baseURL,
                                          asOf: options.asOf ?? settings.asOf ?? .today, portable: options.portable)
        var global = StableHasher()
        global.combine(BuildManifest.version)
        global.combine(BuildManifest.currentBinary)
        global.combine(renderOptions.baseURL)
        global.combine(renderOptions.asOf.iso)
        global.combine(renderOptions.portable ? 1 : 0)
        // Another PDF text extractor (or none available) can give other text for the same PDFs.
        global.combine(options.pdfTextExtractor.identity)
        global.combine(options.pdfTextExtractor.unavailableReason ?? "")
        for input in ["noticeboard.yml", Theme.folder, "content/pages"] {
            global.combine(input)
            global.combine(snapshot.digest(ofTree: input))
        }
        let globalKey = global.finalize()
        var all = StableHasher()
        all.combine(globalKey)
        all.combine(snapshot.digest(ofTree: "content"))
        let inputsKey = all.finalize()

        // Nothing changed since the last build, and its output is intact: done.
        // (A PDF whose reading timed out is tried again, so such a build is never "up to date".)
        let retry = manifest?.diagnostics.contains { $0.message.hasPrefix("reading the text of this PDF took over") } ?? false
        if var manifest, manifest.inputs == inputsKey, !retry, outputIsIntact(manifest) {
            // Files read this time (changed too recently before to trust, or new in the cache) can be trusted next time.
            let sources = snapshot.trustedDigests(changedBefore: trustedBefore)
            if sources != manifest.sources {
                manifest.sources = sources
                save(manifest)
            }
            stats.upToDate = true
            stats.renderReused = manifest.files.count
            progress("Up to date: no file changed since the last build")
            return SiteBuilder.Report(diagnostics: manifest.diagnostics, filesWritten: 0, filesInOutput: manifest.files.count)
        }

        trace("inputs")
        // Load (parse what changed), then the theme.
        memo.beginLoad()
        let pdfText = options.cachedPDFTextExtractor
        if let caching = pdfText as? CachingPDFTextExtractor { PDFTextPrefetch.warm(caching, files: snapshot, memo: memo) }
        let loaded = SiteLoader(files: snapshot, pdfText: pdfText, memo: memo).load()
        memo.dropUnused()
        stats.parsed = memo.misses
        trace("load")
        let (theme, themeDiagnostics) = Theme.load(from: snapshot)
        // A build (unlike `serve`, whose snapshot lives on) needs no file's bytes again once its records and theme
        // are loaded but the papers' own files, copied into the output (read again then): at 10,000 documents they
        // are 133 MB, held through the rest of the build otherwise.
        if mode == .atomicSwap { snapshot.forgetContents() }
        trace("theme")
        let diagnostics = (loaded.diagnostics + AuditSettingsValidator.diagnostics(for: loaded.settings) + themeDiagnostics).sorted()
        guard !diagnostics.hasErrors, let site = loaded.site, let theme else {
            return SiteBuilder.Report(diagnostics: diagnostics, filesWritten: 0)
        }
        let papers = site.meetings.reduce(0) { $0 + $1.papers.count }
        let records = site.bodies.count + site.meetings.count + papers + site.pages.count
        let parsed = stats.parsed >= records ? "parsed every file" : "parsed \(count(stats.parsed, "changed file")), reused the rest"
        progress("[1/4] Read \(count(site.bodies.count, "body", "bodies")), \(count(site.meetings.count, "meeting")), \(count(papers, "paper")), \(count(site.pages.count, "page")); \(parsed)")

        let audit = AuditReport(site: site, asOf: renderOptions.asOf)
        trace("audit")
        // The search index is made whenever the content changed, on a thread of its own while the pages are planned
        // and rendered (in `serve`, once its changed pages are written, so as not to slow them); a file named by its
        // content that is already in the output is kept as it is.
        let withFindings = Set(audit.findings.flatMap(SiteBuilder.pagesOf))
        func startIndexing() -> BackgroundWork<[IndexFile]> {
            BackgroundWork { SearchIndexFiles.files(for: site, hasFindings: { withFindings.contains($0.url) }) }
        }
        let indexingEarly = mode == .inPlace ? nil : startIndexing()
        // Plan every output file and its key.
        var planned = SiteRenderer(site: site, theme: theme, options: renderOptions, audit: audit).plan()
        func key(of file: PlannedFile) -> StableDigest {
            var hasher = StableHasher()
            hasher.combine(globalKey)
            hasher.combine(file.path)
            for source in file.sources {
                hasher.combine(source)
                hasher.combine(snapshot.digest(ofTree: source))
            }
            hasher.combine(file.inputs.count)
            for input in file.inputs { hasher.combine(input) }
            return hasher.finalize()
        }
        let pageKeys = planned.map(key(of:))
        let early = try writePagesFirst(planned, keys: pageKeys, diagnostics: diagnostics)
        trace("pages")
        let indexing = indexingEarly ?? startIndexing()
        let pageCount = planned.count
        let (previous, onDisk) = usableOutput()
        let writer = OutputWriter(output: options.output)
        // What the staging writes first: the folders of files made from every record (the gaps page, the open data,
        // the site's feed), as they take longest, and one left to the end was made on one core while the others
        // stood idle (0.4 s at 10,000 documents); then the biggest folders, folders alike in both in the order given.
        // Returns the indices (of `planned`) not written, when `stopping` said to stop.
        func writeStaged(_ indices: [Int], into staging: StagingFolder, of total: Int, stopping: (() -> Bool)? = nil) throws -> [Int] {
            try OutputWriter.writeConcurrently(indices.map { planned[$0] }, into: staging, path: \.path,
                                               startingWith: { $0.sources == PlannedFile.everything && !$0.path.hasPrefix(SitePaths.searchIndex) },
                                               stopping: stopping, making: { $0.render() }) { done in
                if done % 2000 == 0 && done < total { progress("[2/4] Rendered and wrote \(count(done)) of \(count(total)) files") }
            }.map { indices[$0] }
        }
        // With no spare copy of the output to bring up to date, a whole new folder is staged (below), so the pages
        // are rendered into it while the index is made: the index's work alone kept one core of two busy for about
        // a fifth of its time at 10,000 documents. Once the index is made, the pages left wait to be written with
        // its files: they are small folders, which keep both cores busy to the end.
        let stagesWhole = mode == .atomicSwap && ((manifest?.spare ?? [:]).isEmpty || !FileManager.default.fileExists(atPath: options.output.path))
        var staging: StagingFolder?
        var pagesLeft: [Int] = []
        if stagesWhole {
            let changedPages = planned.indices.filter { previous[planned[$0].path]?.key != pageKeys[$0] }
            let unchangedPages = planned.indices.filter { previous[planned[$0].path]?.key == pageKeys[$0] }.map { planned[$0].path }
            progress("[2/4] Rendering and writing \(count(changedPages.count)) of \(count(pageCount, "file")) while the search index is made")
            let folder = try writer.beginStaging(keeping: unchangedPages)
            staging = folder
            do { pagesLeft = try writeStaged(changedPages, into: folder, of: changedPages.count, stopping: { indexing.isDone }) } catch {
                OutputWriter.removeTree(folder.url.path)
                throw error
            }
            trace("render pages (the index alongside)")
        }
        let indexFiles = indexing.take()
        trace("index")
        trace.note("the index took \(Int(indexing.seconds * 1000)) ms on its own thread")
        for file in indexFiles {
            let contents = ContentsOnce(file)
            let sources = file.isNamedByContent ? [] : PlannedFile.everything
            planned.append(PlannedFile(path: file.path, sources: sources) { contents.take() })
        }
        let searchIndex = pageCount..<planned.count
        for meeting in site.meetings {
            for paper in meeting.papers {
                guard let file = paper.file else { continue }
                let snapshot = snapshot
                planned.append(PlannedFile(path: SitePaths.paperFile(paper), sources: [file.path]) {
                    (try? snapshot.contents(of: file.path)) ?? Data()
                })
            }
        }
        trace("plan")
        let keys = pageKeys + planned[pageKeys.count...].map(key(of:))
        trace("keys")
        let toRender = planned.indices.filter { previous[planned[$0].path]?.key != keys[$0] }
        stats.rendered = toRender.count + early.count
        stats.renderReused = planned.count - toRender.count - early.count

        let removed: [String]
        let unknown = planned.reduce(0) { $0 + (previous[$1.path] == nil ? 1 : 0) }
        if onDisk == nil && previous.count + unknown == planned.count {
            removed = [] // every file of the last build is still planned
        } else {
            let plannedPaths = Set(planned.map(\.path))
            removed = (onDisk ?? Set(previous.keys)).filter { !plannedPaths.contains($0) }.sorted()
        }
        stats.removed = removed.count
        stats.changedPaths = early + toRender.map { planned[$0].path } + removed
        var newFiles = previous
        var newSpare = manifest?.spare ?? [:]
        for path in removed { newFiles[path] = nil }
        let unchangedFiles = planned.indices.filter { previous[planned[$0].path]?.key == keys[$0] }
        let unchanged = unchangedFiles.map { planned[$0].path }
        let spare = BuildManifest.spareLocation(root: options.root, output: options.output)
        let rendering = "\(count(toRender.count)) of \(count(planned.count, "file"))\(toRender.count < planned.count ? " (the others are unchanged)" : "")"

        if toRender.isEmpty, removed.isEmpty, !previous.isEmpty, staging == nil {
            trace("render")
            progress("[3/4] Nothing to write: every file is as it was")
        } else if stagesWhole || mode == .atomicSwap && toRender.count > max(planned.count / 2, Self.mostFilesChanged) {
            // A whole new folder is staged (no spare to bring up to date, or most files changed: a new binary,
            // template or setting), each file written into it as soon as it is rendered, so the pages are never all
            // held in memory at once. Bringing the spare up to date when every file had changed held them all in
            // memory and took 40-45 s at 10,000 documents, against 12-15 s this way. The search index's files go in
            // the biggest folders among the first (their bytes are let go as they are written).
            let rest = stagesWhole ? pagesLeft + toRender.filter { $0 >= pageCount } : toRender
            let order = rest.filter { searchIndex.contains($0) } + rest.filter { !searchIndex.contains($0) }
            progress(stagesWhole ? "[2/4] Search index made; rendering and writing \(count(rest.count, "file")) more (\(rendering) in all)"
                                 : "[2/4] Rendering and writing \(rendering)")
            let staging = try staging ?? writer.beginStaging(keeping: unchanged)
            do {
                // The pages kept were linked when the staging began.
                if stagesWhole { try writer.keep(unchangedFiles.filter { $0 >= pageCount }.map { planned[$0].path }, in: staging) }
                _ = try writeStaged(order, into: staging, of: rest.count)
            } catch {
                OutputWriter.removeTree(staging.url.path)
                throw error
            }
            trace("render")
            progress("[3/4] Swapping in the new site")
            let (stamps, keptPrevious) = try writer.finishStaging(staging, previousTo: spare)
            newFiles = entries(planned, keys: keys, stamps: stamps)
            newSpare = keptPrevious ? previous : [:]
            stats.written = toRender.count
        } else {
            // Render what changed, on every core, then write it.
            progress("[2/4] Rendering \(rendering)")
            let rendered = Self.render(toRender.map { planned[$0] }) { done in
                progress("[2/4] Rendered \(count(done)) of \(count(toRender.count)) files")
            }
            trace("render")
            progress("[3/4] Writing \(count(rendered.count)) files\(mode == .atomicSwap ? ", keeping \(count(planned.count - rendered.count)) as they were" : "")")
            switch mode {
            case .atomicSwap:
                let renderedByPath = Dictionary(rendered.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
                if let entries = writer.updateSpareAndSwap(spare: spare, spareEntries: manifest?.spare ?? [:],
                                                           planned: planned.indices.map { (planned[$0].path, keys[$0]) },
                                                           rendered: renderedByPath, current: previous) {
                    newFiles = entries
                    newSpare = previous
                    stats.updatedSpare = true
                } else {
                    let (stamps, keptPrevious) = try writer.write(rendered, keeping: unchanged, previousTo: spare)
                    newFiles = entries(planned, keys: keys, stamps: stamps)
                    newSpare = keptPrevious ? previous : [:]
                }
            case .inPlace:
                let stamps = try writer.writeInPlace(rendered, removing: removed)
                for index in toRender {
                    let path = planned[index].path
                    if let stamp = stamps[path] { newFiles[path] = BuildManifest.Entry(key: keys[index], stamp: stamp) } else { newFiles[path] = nil }
                }
            }
            stats.written = rendered.count + early.count
        }
        trace("write")
        progress("[4/4] Saving the build cache")
        let newManifest = BuildManifest(binary: BuildManifest.currentBinary, output: options.output.path, inputs: inputsKey,
                                        diagnostics: diagnostics, files: newFiles, spare: mode == .atomicSwap ? newSpare : [:],
                                        sources: snapshot.trustedDigests(changedBefore: trustedBefore))
        save(newManifest)
        return SiteBuilder.Report(diagnostics: diagnostics, filesWritten: stats.written, audit: audit, filesInOutput: planned.count)
    }

    /// Removes the manifests (and spares) of output folders that no longer exist, such as a test's temporary folder.
    private func pruneCache(keeping current: URL) {
        let folder = current.deletingLastPathComponent()
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in names where name.hasPrefix("build-") && name.hasSuffix(".manifest") && name != current.lastPathComponent {
            let url = folder.appendingPathComponent(name)
            guard let handle = try? FileHandle(forReadingFrom: url) else { continue }
            let head = String(decoding: (try? handle.read(upToCount: 8192)) ?? Data(), as: UTF8.self)
            try? handle.close()
            guard let line = head.split(separator: "\n").first(where: { $0.hasPrefix("output\t") }) else { continue }
            let output = BuildManifest.unescape(line.dropFirst("output\t".count))
            guard !FileManager.default.fileExists(atPath: output) else { continue }
            try? FileManager.default.removeItem(at: url)
            let spare = BuildManifest.spareLocation(root: options.root, output: URL(fileURLWithPath: output))
            if FileManager.default.fileExists(atPath: spare.path) { OutputWriter.removeTree(spare.path) }
        }
    }

    // MARK: Rendering

    /// With `NOTICEBOARD_TRACE=1`, prints how long each part of a build took, and the CPU time the process spent in
    /// it (user and system, all threads: twice the time on two busy cores), for tuning; off by default.
    private final class Trace {
        let enabled = ProcessInfo.processInfo.environment["NOTICEBOARD_TRACE"] == "1"
        var last = Date()
        var lastCPU = Trace.cpuMilliseconds()
        var parts: [String] = []
        /// Adds a remark, such as the time of work done alongside the stages.
        func note(_ text: String) {
            if enabled { parts.append(text) }
        }
        func callAsFunction(_ name: String) {
            guard enabled else { return }
            let now = Date(), cpu = Self.cpuMilliseconds()
            parts.append("\(name) \(Int(now.timeIntervalSince(last) * 1000)) ms (CPU \(cpu - lastCPU))")
            last = now
            lastCPU = cpu
        }
        static func cpuMilliseconds() -> Int {
            var usage = rusage()
            getrusage(RUSAGE_SELF.rawValue, &usage)
            return Int(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000 + Int(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000
        }
        func finish() {
            guard enabled else { return }
            callAsFunction("rest")
            FileHandle.standardError.write(Data(("trace: " + parts.joined(separator: ", ") + "\n").utf8))
        }
    }

    /// Renders files in parallel, keeping their order; tells `done` how many are rendered every 2,000 files.
    static func render(_ files: [PlannedFile], done: (Int) -> Void = { _ in }) -> [OutputFile] {
        guard files.count > 8 else { return files.map { $0.render() } }
        let results = ParallelResults<OutputFile>(count: files.count)
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8))
        let counter = Counter()
        withoutActuallyEscaping(done) { done in
            nonisolated(unsafe) let done = done
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                var index = worker
                while index < files.count {
                    results.set(index, files[index].render())
                    index += workers
                    counter.increment { total in if total % 2000 == 0 && total < files.count { done(total) } }
                }
            }
        }
        return results.values
    }

    /// `1 body`, `10,078 files`
    private func count(_ n: Int, _ one: String, _ many: String? = nil) -> String {
        "\(count(n)) \(n == 1 ? one : many ?? one + "s")"
    }

    /// `10,078`
    private func count(_ n: Int) -> String {
        let digits = String(n)
        var result = ""
        for (i, digit) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return result
    }

    /// The manifest's entries for a freshly staged output: each planned file with its key and the stamp it has on disk.
    private func entries(_ planned: [PlannedFile], keys: [StableDigest], stamps: [String: FileStamp]) -> [String: BuildManifest.Entry] {
        var entries: [String: BuildManifest.Entry] = [:]
        entries.reserveCapacity(planned.count)
        for (index, file) in planned.enumerated() {
            if let stamp = stamps[file.path] { entries[file.path] = BuildManifest.Entry(key: keys[index], stamp: stamp) }
        }
        return entries
    }

    /// A search index file, handed to the writer once and then let go, so the index's bytes (about 50 MB at 10,000
    /// documents, besides the fragments, which are made as they are written) are not held while the pages are
    /// rendered. A build renders each planned file at most once.
    private final class ContentsOnce: @unchecked Sendable {
        private let lock = NSLock()
        private var file: IndexFile?
        init(_ file: IndexFile) { self.file = file }
        func take() -> Data {
            let taken = lock.withLock {
                defer { file = nil }
                return file
            }
            guard let taken else { preconditionFailure("a search index file was rendered twice in one build") }
            return taken.contents
        }
    }

    // MARK: The previous output

    private func loadManifestIfNeeded() {
        guard !manifestLoaded else { return }
        manifestLoaded = true
        guard persistent, let data = try? Data(contentsOf: manifestURL) else { return }
        manifest = BuildManifest.decode(data, binary: BuildManifest.currentBinary).flatMap { $0.output == options.output.path ? $0 : nil }
    }

    /// The output files of the last build that are still exactly as it wrote them, by path; and every file now in
    /// the output folder (nil: exactly the usable ones, in serve's own folder).
    private func usableOutput() -> (usable: [String: BuildManifest.Entry], onDisk: Set<String>?) {
        if mode == .inPlace && verifiedInPlace, let manifest { return (manifest.files, nil) }
        let onDisk = FileStamp.scan(options.output.path)
        let usable = manifest?.files.filter { onDisk[$0.key] == $0.value.stamp } ?? [:]
        return (usable, Set(onDisk.keys))
    }

    /// In `serve` after its first build, renders and writes the pages whose keys changed before the search index is
    /// made, records them in the session's manifest (so the rest of the build sees them as done) and calls
    /// `onPagesWritten`. Returns the paths written; elsewhere, nothing. Only pages (`.html`): the feeds, calendars,
    /// open data and sitemap, most of them made from every record, follow with the search index (the open data alone
    /// was most of this step's CPU at 10,000 documents).
    private func writePagesFirst(_ pages: [PlannedFile], keys: [StableDigest], diagnostics: [Diagnostic]) throws -> [String] {
        guard mode == .inPlace, verifiedInPlace, var current = manifest, let onPagesWritten else { return [] }
        let changed = pages.indices.filter { pages[$0].path.hasSuffix(".html") && current.files[pages[$0].path]?.key != keys[$0] }
        let waves = [changed.filter { pages[$0].sources != PlannedFile.everything },
                     changed.filter { pages[$0].sources == PlannedFile.everything }].filter { !$0.isEmpty }
        for wave in waves {
            let stamps = try OutputWriter(output: options.output).writeInPlace(Self.render(wave.map { pages[$0] }), removing: [])
            for index in wave {
                if let stamp = stamps[pages[index].path] { current.files[pages[index].path] = BuildManifest.Entry(key: keys[index], stamp: stamp) }
            }
            manifest = current
            onPagesWritten(diagnostics, wave.map { SitePaths.path(ofFile: pages[$0].path) })
        }
        if waves.isEmpty { onPagesWritten(diagnostics, []) }
        return changed.map { pages[$0].path }
    }

    /// In `serve`, the output folder is private: once checked, the session's own record of it is trusted.
    private var verifiedInPlace = false

    /// Every file the manifest lists is on disk as written, and there is no other file.
    private func outputIsIntact(_ manifest: BuildManifest) -> Bool {
        if mode == .inPlace && verifiedInPlace { return true }
        let onDisk = FileStamp.scan(options.output.path)
        guard onDisk.count == manifest.files.count else { return false }
        return manifest.files.allSatisfy { onDisk[$0.key] == $0.value.stamp }
    }

    private func save(_ newManifest: BuildManifest) {
        manifest = newManifest
        // serve rebuilds often: it writes the manifest after its first build and when it stops (`saveCache`).
        // A manifest older than the output is safe: files whose stamps differ are simply rendered again.
        if mode == .inPlace {
            defer { verifiedInPlace = true }
            if verifiedInPlace { return }
        }
        saveCache()
    }

    /// Writes what the session knows about its output into `.noticeboard-cache/`, for the next build or serve.
    public func saveCache() {
        guard persistent, let manifest else { return }
        let url = manifestURL
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? manifest.encoded().write(to: url, options: .atomic)
        pruneCache(keeping: url)
    }
}

