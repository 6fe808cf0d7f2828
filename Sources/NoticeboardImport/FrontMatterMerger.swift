import Foundation
import NoticeboardModel
import Yams

/// Merges the front matter an imported file already has with what the importer found, into front matter that
/// validates: every meeting field that is written correctly is kept; fields of other tools (`layout`, `tags`,
/// `author`), and meeting fields whose values would not validate, move under `extra:` with their values, so nothing
/// is lost and nothing fails `noticeboard check`.
public enum FrontMatterMerger {
    /// A source file's front matter, as found.
    public enum Source {
        case none
        case yaml(Node.Mapping)
        /// Front matter that is not YAML that can be read (TOML `+++`, or broken YAML): kept as text.
        case text(String, problem: String)
    }

    /// A file split into its front matter and its body (line ends made `\n`, a byte-order mark dropped).
    public static func split(_ text: String) -> (source: Source, body: String) {
        var text = text
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        if text.contains("\r") { text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n") }
        for fence in ["---", "+++"] {
            guard text.hasPrefix(fence + "\n") else { continue }
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            guard let close = lines.indices.dropFirst().first(where: {
                let line = lines[$0].trimmingCharacters(in: .whitespaces)
                return line == fence || (fence == "---" && line == "...")
            }) else { continue }
            let inner = lines[1..<close].joined(separator: "\n")
            let body = lines[(close + 1)...].joined(separator: "\n")
            if fence == "+++" { return (.text(inner, problem: "TOML front matter"), body) }
            do {
                switch try Yams.compose(yaml: inner) {
                case .mapping(let mapping): return (.yaml(mapping), body)
                case nil: return (.none, body)
                default: return (.text(inner, problem: "front matter that is not a map of keys"), body)
                }
            } catch {
                return (.text(inner, problem: "front matter that is not valid YAML"), body)
            }
        }
        return (.none, text)
    }

    /// What the importer worked out for the meeting.
    public struct Facts: Sendable {
        public var body: String
        public var date: CalendarDate
        public var title: String?
        public var status: Meeting.Status
        public var minutesPublished: CalendarDate?
        public var attendance: AttendanceReader.Attendance
        /// Where the file came from, kept under `extra.imported_from`.
        public var importedFrom: String

        public init(body: String, date: CalendarDate, title: String?, status: Meeting.Status, minutesPublished: CalendarDate?,
                    attendance: AttendanceReader.Attendance, importedFrom: String) {
            self.body = body; self.date = date; self.title = title; self.status = status
            self.minutesPublished = minutesPublished; self.attendance = attendance; self.importedFrom = importedFrom
        }
    }

    /// The merged front matter as YAML (without the `---` lines), and notes on what was moved.
    public struct Result: Sendable {
        public var yaml: String
        /// Keys that were moved under `extra:`.
        public var movedToExtra: [String]
        /// Where the attendance written came from (`front matter` or `minutes`), and how many of each.
        public var attendeesFrom: String?
        public var attendeeCount = 0
        public var apologyCount = 0
    }

    /// The merge. With `minimal`, only what the importer found plus the source front matter as text under `extra`
    /// (the fallback when the full merge would not validate).
    public static func merge(_ frontMatter: Source, facts: Facts, minimal: Bool = false) throws -> Result {
        var fields: [(String, Node)] = []
        var extra: [(Node, Node)] = []
        var moved: [String] = []
        var sourcePairs: [(String, Node)] = []
        switch frontMatter {
        case .yaml(let mapping) where !minimal:
            for (key, value) in mapping {
                guard let name = key.scalar?.string else { continue }
                sourcePairs.append((name, value))
            }
        case .yaml(let mapping):
            extra.append(("front_matter", literal(try Yams.serialize(node: .mapping(mapping), allowUnicode: true))))
        case .text(let raw, _):
            extra.append(("front_matter", literal(raw)))
        case .none:
            break
        }
        func source(_ key: String) -> Node? {
            guard let node = sourcePairs.first(where: { $0.0 == key })?.1, !isNull(node) else { return nil }
            return node
        }
        var used: Set<String> = []
        func keep(_ key: String, _ isValid: (Node) -> Bool) -> Node? {
            guard let node = source(key) else { return nil }
            used.insert(key)
            if isValid(node) { return node }
            moved.append(key)
            extra.append((scalar(key), node))
            return nil
        }

        let title = keep("title", isText)
        if let title {
            fields.append(("title", title))
        } else if case .text(let raw, _) = frontMatter, let written = titleLine(raw) {
            fields.append(("title", scalar(written)))
        } else if let heading = facts.title {
            fields.append(("title", scalar(heading)))
        }
        fields.append(("status", keep("status", isOne(of: Meeting.Status.allCases.map(\.rawValue))) ?? scalar(facts.status.rawValue)))
        if let node = keep("session", isOne(of: Meeting.Session.allCases.map(\.rawValue))) { fields.append(("session", node)) }
        if let node = keep("location", isText) { fields.append(("location", node)) }
        for key in ["notice_published", "agenda_published"] {
            if let node = keep(key, isDate) { fields.append((key, node)) }
        }
        if let node = keep("minutes_published", isDate) {
            fields.append(("minutes_published", node))
        } else if let published = facts.minutesPublished {
            fields.append(("minutes_published", scalar(published.iso)))
        }
        if let node = keep("public_questions", isBool) { fields.append(("public_questions", node)) }
        if let node = keep("webcast", isWebAddress) { fields.append(("webcast", node)) }
        var attendeesFrom: String?
        var counts: [Int] = []
        for (key, found) in [("attendees", facts.attendance.attendees), ("apologies", facts.attendance.apologies)] {
            if let node = keep(key, { people($0) != nil }), let list = people(node), case .sequence(let entries) = list {
                fields.append((key, list))
                attendeesFrom = "front matter"
                counts.append(entries.count)
            } else if !found.isEmpty {
                fields.append((key, .sequence(Node.Sequence(found.map(personNode)))))
                if attendeesFrom == nil { attendeesFrom = "minutes" }
                counts.append(found.count)
            } else {
                counts.append(0)
            }
        }
        if let node = keep("items", isAgenda) { fields.append(("items", node)) }
        if let node = keep("body", { $0.scalar?.string == facts.body }) { fields.append(("body", node)) }
        if let node = keep("date", { $0.scalar?.string == facts.date.iso }) { fields.append(("date", node)) }

        // Everything else, and the source's own `extra:`, goes under `extra:`.
        var sourceExtra: [(Node, Node)] = []
        if let node = source("extra") {
            used.insert("extra")
            if case .mapping(let mapping) = node { sourceExtra = Array(mapping) } else { moved.append("extra"); sourceExtra = [("extra", node)] }
        }
        for (key, value) in sourcePairs where !used.contains(key) && key != "extra" {
            if isNull(value) { continue }
            moved.append(key)
            extra.append((scalar(key), value))
        }
        var merged = sourceExtra
        for pair in extra where !merged.contains(where: { $0.0.scalar?.string == pair.0.scalar?.string }) { merged.append(pair) }
        if !merged.contains(where: { $0.0.scalar?.string == "imported_from" }) {
            merged.append(("imported_from", scalar(facts.importedFrom)))
        }
        fields.append(("extra", .mapping(Node.Mapping(merged))))

        let root = Node.mapping(Node.Mapping(fields.map { (scalar($0.0), $0.1) }))
        let yaml = try Yams.serialize(node: root, width: -1, allowUnicode: true)
        return Result(yaml: yaml, movedToExtra: moved, attendeesFrom: attendeesFrom, attendeeCount: counts[0], apologyCount: counts[1])
    }

    /// The title in front matter that could not be parsed: a `title: …` (YAML) or `title = "…"` (TOML) line.
    static func titleLine(_ raw: String) -> String? {
        for line in raw.split(separator: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed.lowercased().hasPrefix("title") else { continue }
            let rest = trimmed.dropFirst(5).trimmingCharacters(in: .whitespaces)
            guard let mark = rest.first, mark == ":" || mark == "=" else { continue }
            let value = rest.dropFirst().trimmingCharacters(in: CharacterSet(charactersIn: " \"'"))
            return value.isEmpty ? nil : String(value.prefix(300))
        }
        return nil
    }

    /// A PDF paper's details (`<paper>.yml`): its title, and where it came from under `extra:`.
    public static func paperDetails(title: String, importedFrom: String) throws -> String {
        let root = Node.mapping(Node.Mapping([
            (scalar("title"), scalar(title)),
            (scalar("extra"), .mapping(Node.Mapping([(scalar("imported_from"), scalar(importedFrom))]))),
        ]))
        return try Yams.serialize(node: root, width: -1, allowUnicode: true)
    }

    // MARK: Values

    static func isNull(_ node: Node) -> Bool {
        guard case .scalar(let s) = node else { return false }
        return s.style == .plain && ["", "~", "null", "Null", "NULL"].contains(s.string)
    }

    static func isText(_ node: Node) -> Bool {
        guard case .scalar(let s) = node else { return false }
        return !s.string.allSatisfy(\.isWhitespace)
    }

    static func isOne(of values: [String]) -> (Node) -> Bool {
        { node in node.scalar.map { values.contains($0.string) } ?? false }
    }

    static func isDate(_ node: Node) -> Bool { node.scalar.flatMap { CalendarDate(iso: $0.string) } != nil }

    static func isBool(_ node: Node) -> Bool {
        guard case .scalar(let s) = node, s.style == .plain else { return false }
        return ["true", "false"].contains(s.string.lowercased())
    }

    static func isWebAddress(_ node: Node) -> Bool {
        guard let text = node.scalar?.string else { return false }
        let lower = text.lowercased()
        return (lower.hasPrefix("https://") || lower.hasPrefix("http://")) && text.count > 8
            && !text.contains(where: { $0.isWhitespace || $0 == "\"" || $0 == "<" || $0 == ">" })
    }

    /// A list of people as the meeting schema wants it (`[{name, role}]`), from such a list or a list of names.
    static func people(_ node: Node) -> Node? {
        guard case .sequence(let sequence) = node else { return nil }
        var result: [Node] = []
        for entry in sequence {
            switch entry {
            case .scalar(let s) where !isNull(entry) && !s.string.allSatisfy(\.isWhitespace):
                result.append(personNode(Person(name: s.string)))
            case .mapping(let mapping):
                let keys = mapping.keys.compactMap(\.scalar?.string)
                guard keys.count == mapping.count, Set(keys).isSubset(of: ["name", "role"]),
                      let name = mapping["name"], isText(name), !isNull(name),
                      mapping["role"].map({ isNull($0) || $0.scalar != nil }) ?? true else { return nil }
                result.append(entry)
            default:
                return nil
            }
        }
        return .sequence(Node.Sequence(result))
    }

    /// Agenda items that validate: maps of number and title (both text), with `private` true or false and an
    /// `exemption`; a `paper` is not kept, since the importer brings no papers for it to name.
    static func isAgenda(_ node: Node) -> Bool {
        guard case .sequence(let sequence) = node else { return false }
        var numbers: Set<String> = []
        for entry in sequence {
            guard case .mapping(let mapping) = entry else { return false }
            let keys = mapping.keys.compactMap(\.scalar?.string)
            guard keys.count == mapping.count, Set(keys).isSubset(of: ["number", "title", "private", "exemption"]),
                  let number = mapping["number"], isText(number), !isNull(number), let title = mapping["title"], isText(title), !isNull(title),
                  mapping["private"].map({ isNull($0) || isBool($0) }) ?? true,
                  mapping["exemption"].map({ isNull($0) || $0.scalar != nil }) ?? true,
                  numbers.insert(number.scalar!.string.trimmingCharacters(in: .whitespaces)).inserted else { return false }
        }
        return true
    }

    static func personNode(_ person: Person) -> Node {
        var pairs: [(Node, Node)] = [("name", scalar(person.name))]
        if let role = person.role { pairs.append(("role", scalar(role))) }
        return .mapping(Node.Mapping(pairs))
    }

    /// Text as a YAML scalar that reads back as the same text (quoted where it could be read as something else).
    static func scalar(_ text: String) -> Node {
        let risky = ["", "~", "null", "true", "false", "yes", "no", "on", "off", "y", "n"].contains(text.lowercased())
            || Double(text) != nil || text.first?.isWhitespace == true || text.last?.isWhitespace == true
        return .scalar(Node.Scalar(text, .init(.str), risky ? .doubleQuoted : .any))
    }

    static func literal(_ text: String) -> Node {
        .scalar(Node.Scalar(text, .init(.str), text.contains("\n") ? .literal : .any))
    }
}
