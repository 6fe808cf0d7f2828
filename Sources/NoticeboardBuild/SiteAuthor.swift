import Foundation
import NoticeboardContent
import NoticeboardModel
import NoticeboardRender

/// Writes new content files from scaffolds (`noticeboard new body|meeting|paper`). The only code besides
/// `import` that writes into `content/`; it never overwrites a file.
public struct SiteAuthor: Sendable {
    public let root: URL
    let files: LocalFileSystem

    public init(root: URL) {
        self.root = root.standardizedFileURL
        self.files = LocalFileSystem(root: root)
    }

    /// The result of `new paper`: the file written and what happened to the agenda.
    public struct NewPaper: Sendable {
        public var path: String
        /// The meeting's `index.md` when the item's `paper:` line was added to it.
        public var linkedIn: String?
        /// Something the secretary should know (the item is not on the agenda, …).
        public var note: String?
    }

    // MARK: new body

    /// `region` nil: the region most of the site's bodies have (a site usually covers one area).
    public func newBody(slug: String, kind: String, name: String, region requested: String?) throws(AuthoringError) -> String {
        guard Slug.isValid(slug) else { throw .usage("body slug '\(slug)' must be lower-case-kebab (a-z, 0-9 and single hyphens), e.g. northshire-icb") }
        guard !name.allSatisfy(\.isWhitespace), !name.contains("\n") else { throw .usage("--name must be the body's name on one line") }
        let settings = try loadSettings()
        guard let bodyKind = settings.kinds[kind] else {
            throw .usage("unknown kind '\(kind)'\(Self.hint(kind, settings.kinds.keys)) (expected one of: \(settings.kinds.keys.sorted().joined(separator: ", ")))")
        }
        let counts = Dictionary(SiteLoader(files: files).bodyRegions().map { ($0, 1) }, uniquingKeysWith: +)
        guard let region = requested ?? counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) })?.key else {
            throw .usage("give the body's region with --region (one of: \(settings.regions.keys.sorted().joined(separator: ", ")))")
        }
        guard let bodyRegion = settings.regions[region] else {
            throw .usage("unknown region '\(region)'\(Self.hint(region, settings.regions.keys)) (expected one of: \(settings.regions.keys.sorted().joined(separator: ", ")); add your own under regions: in noticeboard.yml)")
        }
        let path = "content/bodies/\(slug).md"
        try refuseExisting(path)
        let text = try render("body.md", [
            "name": name, "nameYAML": YAMLText.scalar(name), "slug": slug,
            "kind": kind, "kindName": bodyKind.name, "region": region, "regionName": bodyRegion.name,
        ])
        try write(text, to: path)
        return path
    }

    // MARK: new meeting

    public func newMeeting(body: String, date: String, suffix: String?, title: String?, today: CalendarDate = .today) throws(AuthoringError) -> String {
        guard Slug.isValid(body) else { throw .usage("body slug '\(body)' must be lower-case-kebab, e.g. northshire-icb") }
        guard files.exists("content/bodies/\(body).md") else {
            let known = existingBodies()
            throw .usage("there is no body '\(body)'\(Self.hint(body, known)) (no content/bodies/\(body).md); add it first with `noticeboard new body \(body) --kind KIND --name NAME`")
        }
        guard let day = CalendarDate(iso: date) else { throw .usage("--date '\(date)' is not a real date (expected YYYY-MM-DD)") }
        if let suffix, !Slug.isValid(suffix) {
            throw .usage("--suffix '\(suffix)' must be lower-case-kebab, e.g. extraordinary")
        }
        if let title, title.allSatisfy(\.isWhitespace) || title.contains("\n") { throw .usage("--title must be one line of text") }
        let folder = suffix.map { "\(day.iso)-\($0)" } ?? day.iso
        let path = "content/meetings/\(body)/\(folder)/index.md"
        try refuseExisting(path)
        let bodyName = SiteLoader(files: files).bodyName(body) ?? body
        let text = try render("meeting.md", [
            "body": body, "bodyName": bodyName, "folder": folder, "date": day.iso, "dateText": day.longText,
            "title": title as Any, "titleYAML": title.map(YAMLText.scalar) as Any,
            "status": day > today ? "scheduled" : "held",
        ])
        try write(text, to: path)
        return path
    }

    // MARK: new paper

    public func newPaper(meeting: String, title: String, slug requestedSlug: String?, item: String?) throws(AuthoringError) -> NewPaper {
        let parts = meeting.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2, Slug.isValid(parts[0]), let day = CalendarDate(iso: parts[1].prefix(10)) else {
            throw .usage("--meeting '\(meeting)' must be BODY/FOLDER, e.g. northshire-icb/2026-03-12")
        }
        let (body, folder) = (parts[0], parts[1])
        let index = "content/meetings/\(body)/\(folder)/index.md"
        guard files.exists(index) else {
            let known = ((try? files.entries(in: "content/meetings/\(body)")) ?? []).map(\.name)
            throw .usage("there is no meeting '\(meeting)'\(Self.hint(folder, known)) (no \(index)); add it first with `noticeboard new meeting --body \(body) --date \(day.iso)`")
        }
        guard !title.allSatisfy(\.isWhitespace), !title.contains("\n") else { throw .usage("--title must be the paper's title on one line") }
        let slug = requestedSlug ?? Self.slug(fromTitle: title)
        guard Slug.isValid(slug), slug != "index" else {
            throw .usage(requestedSlug == nil ? "cannot make a file name from the title '\(title)': give one with --slug, e.g. --slug financial-plan"
                                              : "--slug '\(slug)' must be lower-case-kebab (a-z, 0-9 and single hyphens), and not 'index'")
        }
        let path = "content/meetings/\(body)/\(folder)/\(slug).md"
        try refuseExisting(path)
        if files.exists("content/meetings/\(body)/\(folder)/\(slug).pdf") {
            throw .usage("the meeting already has a paper '\(slug)' (\(slug).pdf); choose another --slug")
        }
        if let item, item.allSatisfy(\.isWhitespace) { throw .usage("--item must be an agenda item number, e.g. 4 or 4a") }

        // Work out the agenda edit before writing anything, so a refusal leaves every file as it was.
        var editedIndex: String?
        var note: String?
        if let item {
            let source: String
            do { source = String(decoding: try files.contents(of: index), as: UTF8.self) } catch {
                throw .usage("cannot read \(index): \(error.localizedDescription)")
            }
            do {
                editedIndex = try AgendaEditor.addingPaper(slug, toItem: item, in: source)
            } catch {
                switch error {
                case .itemHasPaper: throw .usage("\(error)")
                case .noSuchItem, .noItems:
                    note = "\(error); the paper says `item: \(item)`, so add that item to the agenda in \(index) with `paper: \(slug)`"
                case .noFrontMatter, .invalidYAML, .cannotEdit:
                    note = "\(error)"
                }
            }
        }
        let bodyName = SiteLoader(files: files).bodyName(body) ?? body
        let text = try render("paper.md", [
            "title": title, "titleYAML": YAMLText.scalar(title), "slug": slug,
            "item": item as Any, "itemYAML": item.map { YAMLText.quoted($0.trimmingCharacters(in: .whitespaces)) } as Any,
            "body": body, "bodyName": bodyName, "folder": folder, "dateText": day.longText,
        ])
        try write(text, to: path)
        if let editedIndex {
            do {
                try Data(editedIndex.utf8).write(to: root.appendingPathComponent(index), options: .atomic)
            } catch {
                return NewPaper(path: path, linkedIn: nil, note: "could not add `paper: \(slug)` to \(index): \(error.localizedDescription)")
            }
        }
        return NewPaper(path: path, linkedIn: editedIndex == nil ? nil : index, note: note)
    }

    /// `System financial plan 2026/27` → `system-financial-plan-2026-27`, cut at a word to at most 60 characters.
    static func slug(fromTitle title: String) -> String {
        var slug = Slug.make(from: title)
        while slug.count > 60, let hyphen = slug.lastIndex(of: "-") { slug = String(slug[..<hyphen]) }
        return String(slug.prefix(60))
    }

    // MARK: Helpers

    func loadSettings() throws(AuthoringError) -> SiteSettings {
        let (settings, diagnostics) = SiteLoader(files: files).loadSettings()
        if diagnostics.hasErrors { throw .content("noticeboard.yml has errors; fix them first", diagnostics) }
        return settings
    }

    func existingBodies() -> [String] {
        ((try? files.entries(in: "content/bodies")) ?? []).compactMap { $0.name.hasSuffix(".md") ? String($0.name.dropLast(3)) : nil }
    }

    func refuseExisting(_ path: String) throws(AuthoringError) {
        if FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path) {
            throw .usage("\(path) already exists; refusing to overwrite it")
        }
    }

    func render(_ scaffold: String, _ values: [String: Any]) throws(AuthoringError) -> String {
        guard let template = Scaffold.named(scaffold, in: files) else { throw .usage("no scaffold templates/scaffolds/\(scaffold)") }
        do { return try template.render(values) } catch { throw .usage("\(error)") }
    }

    /// Writes a new file, creating its folders; fails rather than replace a file that appeared meanwhile.
    func write(_ text: String, to path: String) throws(AuthoringError) {
        let url = root.appendingPathComponent(path)
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url, options: .withoutOverwriting)
        } catch {
            throw .usage("cannot write \(path): \(error.localizedDescription)")
        }
    }

    static func hint(_ word: String, _ candidates: some Sequence<String>) -> String {
        let word = word.lowercased()
        let best = candidates.map { ($0, DidYouMeanDistance.distance(word, $0.lowercased())) }.min { $0.1 < $1.1 }
        guard let best, best.1 <= max(1, min(3, word.count / 3)) else { return "" }
        return " (did you mean '\(best.0)'?)"
    }
}

/// Why a `new` or `init` command refused: a mistake in the command (exit 2) or in the site's settings (exit 1).
public enum AuthoringError: Error, CustomStringConvertible {
    case usage(String)
    case content(String, [Diagnostic])

    public var description: String {
        switch self {
        case .usage(let message): return message
        case .content(let message, _): return message
        }
    }
}

/// Edit distance for "did you mean" (Levenshtein).
enum DidYouMeanDistance {
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
