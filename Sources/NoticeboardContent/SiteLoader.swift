import Foundation
import NoticeboardModel

/// Loads a site folder into one `Site`: discover every file, parse each (collecting every problem, never
/// dropping a file silently), then resolve references between records. `check` is exactly this.
public struct SiteLoader: Sendable {
    public struct Result: Sendable {
        /// Nil when there were errors.
        public var site: Site?
        /// Every problem found, sorted by file and line.
        public var diagnostics: [Diagnostic]
        /// The settings as read from `noticeboard.yml`, even when the content has errors (for later checks).
        public var settings: SiteSettings
    }

    /// URLs the site itself uses at its top level, which no free page may take.
    public static let reservedPageSlugs: Set<String> = ["bodies", "regions", "gaps", "search", "data", "assets", "404", "index"]

    public let files: FileSystem
    /// Reads the text of PDF papers; without one, PDF papers are listed with no text.
    public let pdfText: (any PDFTextExtractor)?
    /// Earlier parses to reuse for files whose bytes have not changed (see `ParseMemo`).
    public var memo: ParseMemo?

    public init(files: FileSystem, pdfText: (any PDFTextExtractor)? = nil, memo: ParseMemo? = nil) {
        self.files = files
        self.pdfText = pdfText
        self.memo = memo
    }

    /// Parses one file, or reuses its earlier parse when the memo has one for the same bytes.
    private func parsed<T>(_ path: String, salt: Int = 0, log: DiagnosticLog, _ parse: (DiagnosticLog) -> T?) -> T? {
        guard let memo else { return parse(log) }
        return memo.value(path, digest: (files as? ContentFingerprinting)?.digest(of: path), salt: salt, log: log, parse: parse)
    }

    /// Like `parsed`, for everything under a folder at once (keyed `<folder>/`, by the digest of the whole tree).
    private func parsedTree<T>(_ folder: String, log: DiagnosticLog, _ parse: (DiagnosticLog) -> T?) -> T? {
        guard let memo, let fingerprints = files as? ContentFingerprinting else { return parse(log) }
        return memo.value(folder + "/", digest: fingerprints.digest(ofTree: folder), log: log, parse: parse)
    }

    public func load() -> Result {
        let log = DiagnosticLog()
        let settings = SettingsParser.parse(from: files, log: log)
        if !files.exists("content") {
            log.error("no content/ folder: a site keeps its bodies, meetings and pages under content/", at: SourceLocation(path: "content"))
        }
        var bodies: [Body] = []
        var meetings: [Meeting] = []
        var pages: [Page] = []
        // Bodies whose file exists, even if it failed to parse: their meetings are not reported a second time.
        let bodyFiles = Set(entries("content/bodies", log: DiagnosticLog()).map { String($0.name.prefix { $0 != "." }) })
        for entry in entries("content", log: log) {
            switch (entry.name, entry.kind) {
            case ("bodies", .folder): bodies = loadBodies(settings: settings, log: log)
            case ("meetings", .folder): meetings = loadMeetings(log: log)
            case ("pages", .folder): pages = loadPages(log: log)
            default: ignored("content/\(entry.name)", "content/ holds bodies/, meetings/ and pages/", log: log)
            }
        }
        if let reason = pdfText?.unavailableReason,
           let warning = PDFPaperReader.unavailable(reason, pdfPaths: meetings.flatMap(\.papers).compactMap(\.file?.path)) {
            log.add(warning)
        }
        let site = Site(settings: settings, bodies: bodies, meetings: meetings, pages: pages)
        SiteResolver.check(site, bodyFiles: bodyFiles, log: log)
        let diagnostics = log.entries.sorted()
        return Result(site: diagnostics.hasErrors ? nil : site, diagnostics: diagnostics, settings: settings)
    }

    // MARK: Discovery

    /// A folder's entries; links that point outside the site folder are errors and are not followed.
    private func entries(_ folder: String, log: DiagnosticLog) -> [FileEntry] {
        let all = (try? files.entries(in: folder)) ?? []
        for entry in all where entry.kind == .symlinkOutside {
            log.error("symbolic link points outside the site folder; it is not read", at: SourceLocation(path: "\(folder)/\(entry.name)"))
        }
        return all.filter { $0.kind == .file || $0.kind == .folder }.filter { !$0.name.hasPrefix(".") }
    }

    private func ignored(_ path: String, _ why: String, log: DiagnosticLog) {
        log.warning("ignored: \(why)", at: SourceLocation(path: path))
    }

    /// The slug of a `<slug>.<ext>` file name, or nil (with an error) if the name is not lower-case-kebab.
    private func slug(of name: String, in folder: String, log: DiagnosticLog) -> String? {
        let stem = String(name[..<(name.lastIndex(of: ".") ?? name.endIndex)])
        guard Slug.isValid(stem) else {
            log.error("file name '\(name)' must be a lower-case-kebab slug (a-z, 0-9 and hyphens) followed by its extension", at: SourceLocation(path: "\(folder)/\(name)"))
            return nil
        }
        return stem
    }

    private func loadBodies(settings: SiteSettings, log: DiagnosticLog) -> [Body] {
        let folder = "content/bodies"
        return entries(folder, log: log).compactMap { entry in
            guard entry.kind == .file, entry.name.hasSuffix(".md") else {
                ignored("\(folder)/\(entry.name)", "bodies are Markdown files named <slug>.md", log: log)
                return nil
            }
            let path = "\(folder)/\(entry.name)"
            guard let slug = slug(of: entry.name, in: folder, log: log) else { return nil }
            return parsed(path, salt: settings.hashValue, log: log) { log in
                guard let file = ContentFile.read(path, from: files, log: log) else { return nil }
                return BodyParser.parse(file, slug: slug, settings: settings, log: log)
            }
        }
    }

    private func loadPages(log: DiagnosticLog) -> [Page] {
        let folder = "content/pages"
        return entries(folder, log: log).compactMap { entry in
            guard entry.kind == .file, entry.name.hasSuffix(".md") else {
                ignored("\(folder)/\(entry.name)", "pages are Markdown files named <slug>.md", log: log)
                return nil
            }
            let path = "\(folder)/\(entry.name)"
            guard let slug = slug(of: entry.name, in: folder, log: log) else { return nil }
            return parsed(path, log: log) { log in
                guard let file = ContentFile.read(path, from: files, log: log) else { return nil }
                if SiteLoader.reservedPageSlugs.contains(slug) {
                    log.error("two pages with one URL: /\(slug)/ is the site's own page; rename this file", at: SourceLocation(path: path))
                    return nil
                }
                return PageParser.parse(file, slug: slug)
            }
        }
    }

    private func loadMeetings(log: DiagnosticLog) -> [Meeting] {
        var bodyFolders: [String] = []
        for bodyEntry in entries("content/meetings", log: log) {
            let bodyFolder = "content/meetings/\(bodyEntry.name)"
            guard bodyEntry.kind == .folder else {
                ignored(bodyFolder, "content/meetings/ holds one folder per body, named by the body's slug", log: log)
                continue
            }
            guard Slug.isValid(bodyEntry.name) else {
                log.error("folder name '\(bodyEntry.name)' must be a body's lower-case-kebab slug", at: SourceLocation(path: bodyFolder))
                continue
            }
            bodyFolders.append(bodyEntry.name)
        }
        // Each body's meetings are read on their own (on every core), each with its own log; the results are put
        // together in order, so the site and its diagnostics are the same as read one by one.
        let bodies = bodyFolders
        let results = ParallelResults<([Meeting], [Diagnostic])>(count: bodies.count)
        DispatchQueue.concurrentPerform(iterations: bodies.count) { index in
            let bodyLog = DiagnosticLog()
            let meetings = loadMeetings(ofBody: bodies[index], log: bodyLog)
            results.set(index, (meetings, bodyLog.entries))
        }
        var meetings: [Meeting] = []
        for (bodyMeetings, diagnostics) in results.values {
            meetings += bodyMeetings
            log.add(contentsOf: diagnostics)
        }
        return meetings
    }

    private func loadMeetings(ofBody body: String, log: DiagnosticLog) -> [Meeting] {
        let bodyFolder = "content/meetings/\(body)"
        // A body's meetings are reused whole while nothing under its folder changed.
        return parsedTree(bodyFolder, log: log) { log -> [Meeting]? in
            var bodyMeetings: [Meeting] = []
            for meetingEntry in entries(bodyFolder, log: log) {
                let folder = "\(bodyFolder)/\(meetingEntry.name)"
                guard meetingEntry.kind == .folder else {
                    ignored(folder, "a meeting is a folder named YYYY-MM-DD holding index.md", log: log)
                    continue
                }
                guard let (date, _) = MeetingParser.folderDate(meetingEntry.name) else {
                    log.error("meeting folder '\(meetingEntry.name)' must be named YYYY-MM-DD or YYYY-MM-DD-<suffix> with a real date and a lower-case-kebab suffix", at: SourceLocation(path: folder))
                    continue
                }
                if let meeting = loadMeeting(body: body, folder: meetingEntry.name, date: date, log: log) {
                    bodyMeetings.append(meeting)
                }
            }
            return bodyMeetings
        } ?? []
    }

    private func loadMeeting(body: String, folder name: String, date: CalendarDate, log: DiagnosticLog) -> Meeting? {
        let folder = "content/meetings/\(body)/\(name)"
        let contents = entries(folder, log: log)
        guard contents.contains(where: { $0.name == "index.md" && $0.kind == .file }) else {
            log.error("meeting folder has no index.md (the agenda and minutes)", at: SourceLocation(path: folder))
            return nil
        }
        var papers: [Paper] = []
        var slugs: [String: String] = [:]
        let names = Set(contents.map(\.name))
        for entry in contents where entry.name != "index.md" {
            let path = "\(folder)/\(entry.name)"
            let ext = entry.name.split(separator: ".").last.map(String.init) ?? ""
            guard entry.kind == .file, ["md", "pdf", "yml"].contains(ext) else {
                ignored(path, "a meeting folder holds index.md and papers (<paper>.md, or <paper>.pdf with an optional <paper>.yml)", log: log)
                continue
            }
            guard let slug = slug(of: entry.name, in: folder, log: log) else { continue }
            if ext == "yml" {
                if !names.contains("\(slug).pdf") {
                    log.error("'\(entry.name)' describes a PDF paper, but there is no \(slug).pdf beside it", at: SourceLocation(path: path))
                }
                continue
            }
            if let other = slugs[slug] {
                log.error("two papers with one URL: '\(other)' and '\(entry.name)' are both /\(slug)/", at: SourceLocation(path: path))
                continue
            }
            slugs[slug] = entry.name
            let paper = ext == "md"
                ? loadMarkdownPaper(path, slug: slug, body: body, meeting: name, log: log)
                : loadPDFPaper(path, slug: slug, body: body, meeting: name, hasDetails: names.contains("\(slug).yml"), log: log)
            if let paper { papers.append(paper) }
        }
        let index = "\(folder)/index.md"
        guard var meeting = parsed(index, log: log, { log in
            ContentFile.read(index, from: files, log: log).flatMap { MeetingParser.parse($0, body: body, folder: name, date: date, log: log) }
        }) else { return nil }
        meeting.papers = papers.sorted { $0.slug < $1.slug }
        return meeting
    }

    private func loadMarkdownPaper(_ path: String, slug: String, body: String, meeting: String, log: DiagnosticLog) -> Paper? {
        parsed(path, log: log) { log in
            guard let file = ContentFile.read(path, from: files, log: log) else { return nil }
            return PaperParser.parse(file.fields, slug: slug, body: body, meeting: meeting, format: .markdown,
                                     content: MarkdownConverter.convert(file.markdown), file: nil, source: file.location)
        }
    }

    private func loadPDFPaper(_ path: String, slug: String, body: String, meeting: String, hasDetails: Bool, log: DiagnosticLog) -> Paper? {
        let detailsPath = String(path.dropLast(4)) + ".yml"
        let fields = hasDetails ? ContentFile.readYAML(detailsPath, from: files, log: log)
                                : YAMLDocument.mapping("", path: detailsPath, firstLine: 1, log: log)
        let data: Data
        do {
            data = try files.contents(of: path)
        } catch {
            log.error("cannot read the file: \(error.localizedDescription)", at: SourceLocation(path: path))
            return nil
        }
        let reading = PDFPaperReader(extractor: pdfText).read(data, path: path, log: log)
        return PaperParser.parse(fields, slug: slug, body: body, meeting: meeting, format: .pdf, content: reading.content,
                                 file: PaperFile(path: path, size: data.count, pages: reading.pages),
                                 defaultTitle: reading.title ?? PDFText.readableTitle(fromSlug: slug),
                                 source: SourceLocation(path: hasDetails ? detailsPath : path))
    }
}
