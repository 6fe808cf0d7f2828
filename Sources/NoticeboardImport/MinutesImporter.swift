import Foundation
import NoticeboardContent
import NoticeboardModel
import Yams

/// Brings a folder of existing minutes (Markdown, text or PDF, one file per meeting) into a site as meetings of
/// one body. Each file's meeting date comes from its path, else from its front matter's `date`, else from a date in
/// its first lines; a file with no date is skipped and listed, never guessed. An existing meeting is never
/// overwritten. Every meeting is checked with the site's own loader before it is written, so the imported site
/// passes `noticeboard check`.
public struct MinutesImporter: Sendable {
    public struct Options: Sendable {
        /// The folder of minutes to import.
        public var source: URL
        /// The site folder.
        public var root: URL
        /// The slug of the body whose meetings these are (`content/bodies/<body>.md` must exist).
        public var body: String
        /// Past meetings are held, later ones scheduled.
        public var asOf: CalendarDate
        /// Plan and report, but write nothing.
        public var dryRun: Bool
        /// Reads PDFs' text (for a date in their first lines, and their title); nil reads none.
        public var pdfText: (any PDFTextExtractor)?

        public init(source: URL, root: URL, body: String, asOf: CalendarDate, dryRun: Bool = false, pdfText: (any PDFTextExtractor)? = nil) {
            self.source = source.standardizedFileURL; self.root = root.standardizedFileURL; self.body = body
            self.asOf = asOf; self.dryRun = dryRun; self.pdfText = pdfText
        }
    }

    /// What happened to one file.
    public struct Entry: Hashable, Sendable {
        public enum Outcome: Hashable, Sendable {
            /// Imported as (or, in a dry run, would be imported as) the meeting in this folder.
            case imported(folder: String)
            case skipped(reason: String)
        }
        /// The file's path inside the imported folder.
        public var file: String
        public var outcome: Outcome
        /// What a person may want to know: where the date came from, what moved under `extra:`, attendance read.
        public var notes: [String]
    }

    public struct Report: Sendable {
        public var entries: [Entry]
        /// Files that are not minutes (not Markdown, text or PDF), counted by extension.
        public var otherFiles: [String: Int]
        /// Where the meetings go: `content/meetings/<body>`.
        public var meetingsFolder: String
        public var dryRun: Bool
        public var importedCount: Int { entries.count { if case .imported = $0.outcome { true } else { false } } }
        public var skippedCount: Int { entries.count - importedCount }
    }

    /// A mistake in how the import was asked for (exit code 2).
    public struct UsageError: Error, CustomStringConvertible {
        public let description: String
    }

    public let options: Options
    public init(options: Options) { self.options = options }

    static let textExtensions: Set<String> = ["md", "markdown", "mdown", "mkd", "txt"]

    public func run() throws -> Report {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        guard manager.fileExists(atPath: options.source.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw UsageError(description: "no folder of minutes at '\(options.source.path)'")
        }
        let site = LocalFileSystem(root: options.root)
        guard site.exists("content") || site.exists("noticeboard.yml") else {
            throw UsageError(description: "'\(options.root.path)' is not a site folder (it has no noticeboard.yml or content/)")
        }
        let bodies = ((try? site.entries(in: "content/bodies")) ?? []).map(\.name).filter { $0.hasSuffix(".md") }.map { String($0.dropLast(3)) }
        guard bodies.contains(options.body) else {
            let hint = DidYouMean.hint(for: options.body, among: bodies)
            let known = bodies.isEmpty ? "the site has no bodies yet: add content/bodies/\(options.body).md first"
                                       : "bodies: \(bodies.sorted().joined(separator: ", "))"
            throw UsageError(description: "no body '\(options.body)' in content/bodies/\(hint); \(known)")
        }
        let meetingsFolder = "content/meetings/\(options.body)"
        let existing = Set(((try? site.entries(in: meetingsFolder)) ?? []).map(\.name))
        var taken = existing
        let validator = Validator(site: site, body: options.body)

        var entries: [Entry] = []
        var others: [String: Int] = [:]
        let files = try sourceFiles()
        let sharedSuffixes = Self.sharedSuffixes(files)
        for file in files {
            let ext = (file as NSString).pathExtension.lowercased()
            guard Self.textExtensions.contains(ext) || ext == "pdf" else {
                others[ext.isEmpty ? "(none)" : ".\(ext)", default: 0] += 1
                continue
            }
            var entry = plan(file, isPDF: ext == "pdf", existing: existing, taken: &taken, sharedSuffixes: sharedSuffixes, validator: validator)
            if case .imported(let folder) = entry.outcome, !options.dryRun, let files = entry.pendingFiles {
                do {
                    try write(files, folder: "\(meetingsFolder)/\(folder)")
                } catch {
                    entry.outcome = .skipped(reason: "could not be written: \(error.localizedDescription)")
                }
            }
            entries.append(entry.entry)
        }
        return Report(entries: entries, otherFiles: others, meetingsFolder: meetingsFolder, dryRun: options.dryRun)
    }

    /// Every file under the source folder, as sorted relative paths; hidden files and folders are passed over.
    func sourceFiles() throws -> [String] {
        let base = options.source.resolvingSymlinksInPath().path
        guard let walker = FileManager.default.enumerator(atPath: base) else { return [] }
        var files: [String] = []
        for case let path as String in walker {
            let name = (path as NSString).lastPathComponent
            if name.hasPrefix(".") {
                walker.skipDescendants()
                continue
            }
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: base + "/" + path, isDirectory: &isFolder), !isFolder.boolValue {
                files.append(path)
            }
        }
        return files.sorted()
    }

    // MARK: Planning one file

    struct Planned {
        var entry: Entry
        /// Path inside the meeting folder → contents.
        var pendingFiles: [String: Data]?
        var outcome: Entry.Outcome {
            get { entry.outcome }
            set { entry.outcome = newValue }
        }
    }

    private func plan(_ file: String, isPDF: Bool, existing: Set<String>, taken: inout Set<String>, sharedSuffixes: Set<String>,
                      validator: Validator) -> Planned {
        func skip(_ reason: String, _ notes: [String] = []) -> Planned {
            Planned(entry: Entry(file: file, outcome: .skipped(reason: reason), notes: notes), pendingFiles: nil)
        }
        let data: Data
        do {
            data = try Data(contentsOf: options.source.appendingPathComponent(file))
        } catch {
            return skip("cannot be read: \(error.localizedDescription)")
        }
        var notes: [String] = []

        // The text: the file's, or the PDF's.
        var text = ""
        var pdfTitle: String?
        if isPDF {
            if let extractor = options.pdfText, extractor.unavailableReason == nil {
                let extraction = extractor.extract(data)
                switch extraction.problem {
                case nil: text = PDFText.document(extraction.text).text
                case .unreadable(let reason): notes.append("its text cannot be read: \(reason)")
                case .timedOut(let seconds): notes.append("reading its text took over \(seconds) s and was stopped")
                case .toolMissing(let reason): notes.append("its text was not read: \(reason)")
                }
                pdfTitle = PDFText.usableTitle(extraction.title)
            }
        } else {
            guard let decoded = Self.decode(data) else { return skip("not text (it holds NUL bytes)") }
            text = decoded.text
            if let note = decoded.note { notes.append(note) }
        }
        let (frontMatter, body) = isPDF ? (FrontMatterMerger.Source.none, text) : FrontMatterMerger.split(text)
        if case .text(_, let problem) = frontMatter { notes.append("\(problem) kept as text under extra.front_matter") }

        // The date.
        let writtenDate = Self.frontMatterDate(frontMatter)
        let textDate = DateFinder.firstDate(inText: body)
        let date: CalendarDate
        var suffix: String?
        switch DateFinder.date(inPath: file, outerFolders: [options.source.lastPathComponent]) {
        case .found(let found):
            date = found.date
            suffix = found.suffix.flatMap { sharedSuffixes.contains($0) ? nil : $0 }
        case .ambiguous(let candidates, let foundSuffix, let written):
            guard let settled = candidates.first(where: { $0 == writtenDate || $0 == textDate }) else {
                let readings = candidates.map(\.mediumText).joined(separator: " or ")
                return skip("the date '\(written)' in its name could be \(readings); rename it YYYY-MM-DD")
            }
            date = settled
            suffix = foundSuffix
            notes.append("day and month settled by the date in the text")
        case .none:
            let name = ((file as NSString).lastPathComponent as NSString).deletingPathExtension.lowercased()
            if Self.notMinutesNames.contains(name) || name.contains("template") {
                return skip("no date in its name, and a file named '\((file as NSString).lastPathComponent)' is not minutes")
            }
            if let writtenDate {
                date = writtenDate
                notes.append("date from its front matter")
            } else if let textDate {
                date = textDate
                notes.append("date from its first lines")
            } else {
                return skip("no date in its name or first lines", notes)
            }
        }

        // The folder: never an existing meeting's.
        let natural = suffix.map { "\(date.iso)-\($0)" } ?? date.iso
        if existing.contains(natural) {
            return skip("a meeting already exists at content/meetings/\(options.body)/\(natural)")
        }
        var folder = natural
        if taken.contains(folder), let named = Self.nameSuffix(file).map({ "\(natural)-\($0)" }), !taken.contains(named) {
            folder = named // 2024-03-12/agenda.md beside 2024-03-12/minutes.md
        }
        var counter = 2
        while taken.contains(folder) {
            folder = "\(natural)-\(counter)"
            counter += 1
        }

        // The meeting.
        // "No minutes were taken" near the top says so for the meeting; deep in long minutes it is about one item.
        let opening = String(Self.withoutLeadingTitle(body).prefix(1500))
        let noMinutesTaken = ["no minutes were taken", "no minutes taken", "no minutes were recorded"].contains {
            opening.range(of: $0, options: [.caseInsensitive]) != nil
        }
        let heading = isPDF ? nil : Self.leadingTitle(body)
        let isEmpty = Self.withoutLeadingTitle(body).allSatisfy(\.isWhitespace) && !isPDF
        // A status the file gives is kept (the merger keeps it); otherwise the date decides.
        let status = Self.frontMatterStatus(frontMatter) ?? (date > options.asOf ? .scheduled : .held)
        let minutesPublished = (status == .held && !noMinutesTaken && !isEmpty) ? date : nil
        if status == .held && minutesPublished == nil {
            notes.append(noMinutesTaken ? "minutes not published: \"no minutes were taken\"" : "minutes not published: the file has no minutes")
        }
        if status == .scheduled, date > options.asOf { notes.append("scheduled: dated after \(options.asOf.iso)") }
        let attendance = isPDF ? AttendanceReader.Attendance() : AttendanceReader.read(body)
        let facts = FrontMatterMerger.Facts(body: options.body, date: date, title: heading, status: status,
                                            minutesPublished: minutesPublished, attendance: attendance,
                                            importedFrom: file)
        let minutes: String
        var files: [String: Data] = [:]
        if isPDF {
            let paperTitle = pdfTitle ?? "Minutes"
            minutes = "The minutes of this meeting are in a PDF, published with the meeting as the paper “\(paperTitle)”.\n"
            files["minutes.pdf"] = data
            files["minutes.yml"] = Data(Self.paperDetails(title: paperTitle, importedFrom: file).utf8)
        } else {
            minutes = body
        }

        var problems: [String] = []
        for minimal in [false, true] {
            guard let merged = try? FrontMatterMerger.merge(frontMatter, facts: facts, minimal: minimal) else { continue }
            files["index.md"] = Data("---\n\(merged.yaml)---\n\(minutes)".utf8)
            problems = validator.problems(folder: folder, files: files)
            if problems.isEmpty {
                if minimal { notes.append("its front matter would not validate, so it is kept as text under extra.front_matter") }
                if !merged.movedToExtra.isEmpty { notes.append("moved under extra: \(merged.movedToExtra.joined(separator: ", "))") }
                if let from = merged.attendeesFrom {
                    notes.append("attendance from its \(from): \(merged.attendeeCount) present, \(merged.apologyCount) apologies")
                }
                if isPDF { notes.append("minutes kept as the paper minutes.pdf") }
                taken.insert(folder)
                return Planned(entry: Entry(file: file, outcome: .imported(folder: folder), notes: notes), pendingFiles: files)
            }
        }
        return skip("it would not pass noticeboard check: \(problems.first ?? "its front matter cannot be written")", notes)
    }

    // MARK: Pieces

    /// Files that go with a collection of minutes but are not minutes, whatever dates they mention.
    static let notMinutesNames: Set<String> = ["readme", "contributing", "license", "licence", "changelog", "code_of_conduct",
                                               "code-of-conduct", "security", "index", "_index", "summary", "toc", "contents"]

    /// Suffixes most dated names share (`2016-01-13-tsc-meeting.md`, `2016-01-27-tsc-meeting.md` …): they say
    /// nothing about which meeting a file is, so they do not go into folder names.
    static func sharedSuffixes(_ files: [String]) -> Set<String> {
        var counts: [String: Int] = [:]
        var dated = 0
        for file in files {
            guard case .found(let found) = DateFinder.date(inPath: file) else { continue }
            dated += 1
            if let suffix = found.suffix { counts[suffix, default: 0] += 1 }
        }
        return Set(counts.filter { $0.value >= 3 && $0.value * 2 > dated }.keys)
    }

    /// The file's own name as a suffix, when the date came from a folder (`2024-03-12/agenda.md` gives `agenda`).
    static func nameSuffix(_ file: String) -> String? {
        let name = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
        guard DateFinder.date(inPath: name) == .none else { return nil }
        let slug = String(Slug.make(from: name).prefix(40)).trimmingCharacters(in: CharacterSet(charactersIn: "-"))
        return slug.isEmpty ? nil : slug
    }

    /// `as_of` from the site's `noticeboard.yml`, if it has a valid one.
    public static func settingsAsOf(root: URL) -> CalendarDate? {
        guard let data = try? LocalFileSystem(root: root).contents(of: "noticeboard.yml"),
              case .mapping(let mapping)? = try? Yams.compose(yaml: String(decoding: data, as: UTF8.self)),
              let text = mapping["as_of"]?.scalar?.string else { return nil }
        return CalendarDate(iso: text)
    }

    /// UTF-8, else Windows-1252 (what older office tools saved), converted to UTF-8; nil for binary files.
    /// Control characters (other than tabs and line ends) are dropped: no page may carry them.
    static func decode(_ data: Data) -> (text: String, note: String?)? {
        if data.contains(0) { return nil }
        var notes: [String] = []
        var text: String
        if let utf8 = String(data: data, encoding: .utf8) {
            text = utf8
        } else if let windows = String(data: data, encoding: .windowsCP1252) {
            text = windows
            notes.append("converted from Windows-1252 to UTF-8")
        } else {
            text = String(decoding: data, as: UTF8.self)
            notes.append("bytes that are not UTF-8 replaced")
        }
        let isControl: (Unicode.Scalar) -> Bool = { scalar in
            (scalar.value < 0x20 && !["\t", "\n", "\r"].contains(scalar)) || (0x7F...0x9F).contains(scalar.value)
        }
        if text.unicodeScalars.contains(where: isControl) {
            text = String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "\u{0C}" ? "\n" : $0 }.filter { !isControl($0) }))
            notes.append("control characters removed")
        }
        return (text, notes.isEmpty ? nil : notes.joined(separator: "; "))
    }

    static func frontMatterDate(_ source: FrontMatterMerger.Source) -> CalendarDate? {
        switch source {
        case .yaml(let mapping):
            guard let text = mapping["date"]?.scalar?.string else { return nil }
            return CalendarDate(iso: text.prefix(10)) ?? DateFinder.firstDate(inText: text, lines: 1)
        case .text(let raw, _):
            for line in raw.split(separator: "\n") where line.hasPrefix("date") {
                let value = line.drop { $0 != "=" && $0 != ":" }.dropFirst().trimmingCharacters(in: CharacterSet(charactersIn: " \"'"))
                if let date = CalendarDate(iso: value.prefix(10)) ?? DateFinder.firstDate(inText: value, lines: 1) { return date }
            }
            return nil
        case .none:
            return nil
        }
    }

    static func frontMatterStatus(_ source: FrontMatterMerger.Source) -> Meeting.Status? {
        guard case .yaml(let mapping) = source, let text = mapping["status"]?.scalar?.string else { return nil }
        return Meeting.Status(rawValue: text)
    }

    /// The text of a `# Title` (or `Title` underlined with `===`) opening the minutes.
    static func leadingTitle(_ body: String) -> String? {
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false).drop { $0.allSatisfy(\.isWhitespace) }
        guard let first = lines.first?.trimmingCharacters(in: .whitespaces) else { return nil }
        var title: String?
        if first.hasPrefix("# ") {
            title = String(first.dropFirst(2))
            while title?.hasSuffix("#") == true { title?.removeLast() }
        } else if lines.count > 1, let under = lines.dropFirst().first, under.count >= 3, under.allSatisfy({ $0 == "=" }) {
            title = first
        }
        guard let raw = title else { return nil }
        let plain = AttendanceReader.plain(raw).trimmingCharacters(in: CharacterSet(charactersIn: " *_#"))
        return plain.isEmpty ? nil : String(plain.prefix(300))
    }

    static func withoutLeadingTitle(_ body: String) -> String {
        guard leadingTitle(body) != nil else { return body }
        var lines = Array(body.split(separator: "\n", omittingEmptySubsequences: false).drop { $0.allSatisfy(\.isWhitespace) })
        lines.removeFirst()
        if let next = lines.first, !next.isEmpty, next.allSatisfy({ $0 == "=" }) { lines.removeFirst() }
        return lines.joined(separator: "\n")
    }

    static func paperDetails(title: String, importedFrom: String) -> String {
        (try? FrontMatterMerger.paperDetails(title: title, importedFrom: importedFrom)) ?? "title: Minutes\n"
    }

    /// Writes a meeting folder whole: into a hidden folder beside it, then renamed into place (never over one).
    private func write(_ files: [String: Data], folder: String) throws {
        let manager = FileManager.default
        let target = options.root.appendingPathComponent(folder)
        let parent = target.deletingLastPathComponent()
        try manager.createDirectory(at: parent, withIntermediateDirectories: true)
        let staging = parent.appendingPathComponent(".import-\(UUID().uuidString.prefix(8).lowercased())")
        try manager.createDirectory(at: staging, withIntermediateDirectories: false)
        do {
            for (name, data) in files.sorted(by: { $0.key < $1.key }) {
                try data.write(to: staging.appendingPathComponent(name))
            }
            guard !manager.fileExists(atPath: target.path) else {
                throw CocoaError(.fileWriteFileExists, userInfo: [NSFilePathErrorKey: folder])
            }
            try manager.moveItem(at: staging, to: target)
        } catch {
            try? manager.removeItem(at: staging)
            throw error
        }
    }
}

/// Checks a planned meeting with the site's own loader, on a small site in memory: the settings, the body, and
/// the meeting's files. Only problems in the meeting's own files count.
struct Validator: Sendable {
    let settings: Data?
    let bodyFile: Data?
    let body: String

    init(site: LocalFileSystem, body: String) {
        settings = try? site.contents(of: "noticeboard.yml")
        bodyFile = try? site.contents(of: "content/bodies/\(body).md")
        self.body = body
    }

    func problems(folder: String, files: [String: Data]) -> [String] {
        let meetingPath = "content/meetings/\(body)/\(folder)"
        var all: [String: Data] = [:]
        if let settings { all["noticeboard.yml"] = settings }
        if let bodyFile { all["content/bodies/\(body).md"] = bodyFile }
        for (name, data) in files { all["\(meetingPath)/\(name)"] = data }
        let result = SiteLoader(files: InMemoryFileSystem(files: all)).load()
        return result.diagnostics
            .filter { $0.severity == .error && ($0.location.path == meetingPath || $0.location.path.hasPrefix(meetingPath + "/")) }
            .map { "\($0.location.path.dropFirst(meetingPath.count + 1)):\($0.location.line):\($0.location.column): \($0.message)" }
    }
}
