import Foundation
import NoticeboardModel

/// Reads who attended and who sent apologies from the usual sections of minutes, where they are simple lists:
///
///     ## Present                     **Apologies:** Cara Dean, Eve Fox (Healthwatch)
///     - Ann Chair, Chair
///     - Bob Lee (Director of Finance)
///
/// A section is a heading or a line of its own (`Present:`, `**In attendance**`) followed by list items, lines of
/// one name each, or a two-column table; or the label and the names on one line. Anything that does not read as
/// a person (a sentence, a link to elsewhere) ends the section; nothing is guessed from prose.
public enum AttendanceReader {
    public struct Attendance: Hashable, Sendable {
        public var attendees: [Person] = []
        public var apologies: [Person] = []
    }

    enum Section { case attendees, apologies }

    static let attendeeLabels: Set<String> = [
        "present", "attendance", "attendees", "attending", "attended", "in attendance", "also in attendance", "also present",
        "members present", "present members", "board members present", "those present", "people present", "participants",
        "present at the meeting", "in attendance members", "members in attendance", "attendees present", "present in person",
        "present in the room", "present online", "present remotely", "attendance record", "present and voting",
    ]
    static let apologyLabels: Set<String> = [
        "apologies", "apologies for absence", "apologies received", "apologies for absence received", "regrets", "apologies noted",
    ]
    /// Lines inside a section that group its names (`Members:`, `**Officers**`); they are passed over.
    static let groupLabels: Set<String> = [
        "members", "voting members", "non voting members", "board members", "officers", "guests", "observers", "staff",
        "in attendance", "also present", "also in attendance", "directors", "executive directors", "non executive directors",
        "partners", "public", "members of the public", "attendees", "others", "invited", "by invitation", "remote", "in person",
        "online", "in the room", "virtual",
    ]
    static let nobody: Set<String> = ["none", "nil", "n/a", "na", "no apologies", "no apologies were received", "nobody", "-", "tbc", "tba"]

    public static func read(_ markdown: String) -> Attendance {
        var attendance = Attendance()
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var section: Section?
        var sectionHeadingLevel = 0
        var inFence = false
        var blankRun = 0
        func add(_ people: [Person]) {
            guard let section else { return }
            for person in people {
                switch section {
                case .attendees where !attendance.attendees.contains(where: { $0.name == person.name }): attendance.attendees.append(person)
                case .apologies where !attendance.apologies.contains(where: { $0.name == person.name }): attendance.apologies.append(person)
                default: break
                }
            }
        }
        for raw in lines {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("```") || line.hasPrefix("~~~") { inFence.toggle(); section = nil; continue }
            if inFence { continue }
            if line.isEmpty {
                blankRun += 1
                if blankRun > 2 { section = nil }
                continue
            }
            defer { blankRun = 0 }
            // A new labelled section, by heading or by a label line.
            let heading = headingLevel(line)
            let (label, rest) = labelAndRest(line, isHeading: heading > 0)
            if let label, let kind = sectionKind(label) {
                section = kind
                sectionHeadingLevel = heading
                if let rest, !rest.isEmpty { add(inlinePeople(rest)) }
                continue
            }
            guard section != nil else { continue }
            if heading > 0 {
                if let label, groupLabels.contains(label), sectionHeadingLevel > 0, heading > sectionHeadingLevel { continue }
                section = nil
                continue
            }
            if let label, groupLabels.contains(label) {
                if let rest, !rest.isEmpty { add(inlinePeople(rest)) }
                continue
            }
            if line.hasPrefix("|") {
                let cells = tableCells(line)
                if cells.allSatisfy({ $0.allSatisfy { "-: ".contains($0) } }) { continue }
                if cells.first.map({ ["name", "member", "attendee", "who"].contains(normalized($0)) }) == true { continue }
                let role = cells.dropFirst().filter { !$0.isEmpty }.joined(separator: ", ")
                if let name = cells.first, let person = person(name + (role.isEmpty ? "" : " (\(role))")) {
                    add([person])
                    continue
                }
                section = nil
                continue
            }
            if let item = listItem(line) {
                if let person = person(item) {
                    add([person])
                } else if !groupLabels.contains(normalized(item)) {
                    section = nil
                }
                continue
            }
            if let person = person(line), !line.hasSuffix(".") || line.split(separator: " ").count <= 4 {
                add([person])
                continue
            }
            section = nil
        }
        return attendance
    }

    // MARK: Lines

    static func headingLevel(_ line: String) -> Int {
        let hashes = line.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes), line.dropFirst(hashes).first == " " else { return 0 }
        return hashes
    }

    /// A line's label if it is one (`## Present`, `Present:`, `**Apologies:**`, `Present: Ann, Bob`), normalised,
    /// and whatever follows the label on the line.
    static func labelAndRest(_ line: String, isHeading: Bool) -> (String?, String?) {
        var text = Substring(line)
        if isHeading { text = text.drop { $0 == "#" }.dropFirst() }
        text = text.drop { $0 == " " }
        // **Present:** rest   or   **Present**: rest   or   Present: rest
        var label: Substring
        var rest: Substring?
        if text.hasPrefix("**") || text.hasPrefix("__") {
            let marker = text.prefix(2)
            let inner = text.dropFirst(2)
            guard let close = inner.range(of: marker) else { return (nil, nil) }
            label = inner[..<close.lowerBound]
            rest = inner[close.upperBound...]
            if rest?.hasPrefix(":") == true { rest = rest?.dropFirst() }
            if label.hasSuffix(":") { label = label.dropLast() }
            else if !(rest?.trimmingCharacters(in: .whitespaces).isEmpty ?? true) && !isHeading { return (nil, nil) }
        } else if let colon = text.firstIndex(of: ":") {
            label = text[..<colon]
            rest = text[text.index(after: colon)...]
        } else if isHeading || text.count <= 40 {
            label = text
            rest = nil
        } else {
            return (nil, nil)
        }
        let normalizedLabel = normalized(String(label))
        guard !normalizedLabel.isEmpty, normalizedLabel.split(separator: " ").count <= 6 else { return (nil, nil) }
        return (normalizedLabel, rest.map { String($0).trimmingCharacters(in: .whitespaces) })
    }

    static func sectionKind(_ label: String) -> Section? {
        if attendeeLabels.contains(label) { return .attendees }
        if apologyLabels.contains(label) { return .apologies }
        // Short labels built on the same words: "Voting members present", "Officers in attendance".
        let words = Set(label.split(separator: " ").map(String.init))
        guard words.count <= 4, words.isDisjoint(with: ["absent", "not", "no", "non"]) || words.contains("present") && words.contains("voting") else { return nil }
        if !words.isDisjoint(with: ["apologies", "apology", "regrets"]) { return .apologies }
        if !words.isDisjoint(with: ["present", "attendance", "attendees", "attending"]) { return .attendees }
        return nil
    }

    /// Lower case, letters, digits and single spaces only; a leading item number (`1.`, `2`) dropped.
    static func normalized(_ text: String) -> String {
        var words = text.lowercased().split { !($0.isLetter || $0.isNumber || $0 == "/") }.map(String.init)
        if let first = words.first, first.allSatisfy(\.isNumber) { words.removeFirst() }
        return words.joined(separator: " ")
    }

    static func listItem(_ line: String) -> String? {
        if let first = line.first, "-*+•".contains(first), line.dropFirst().first == " " {
            var item = String(line.dropFirst(2)).trimmingCharacters(in: .whitespaces)
            if item.hasPrefix("[ ] ") || item.hasPrefix("[x] ") || item.hasPrefix("[X] ") { item = String(item.dropFirst(4)) }
            return item
        }
        let digits = line.prefix { $0.isNumber }
        if !digits.isEmpty, digits.count <= 3 {
            let rest = line.dropFirst(digits.count)
            if (rest.hasPrefix(". ") || rest.hasPrefix(") ")) { return String(rest.dropFirst(2)).trimmingCharacters(in: .whitespaces) }
        }
        return nil
    }

    static func tableCells(_ line: String) -> [String] {
        var cells = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        if cells.first == "" { cells.removeFirst() }
        if cells.last == "" { cells.removeLast() }
        return cells
    }

    /// `Ann Chair, Chair`, `Ann Chair (Chair)`, `Ann Chair - Chair`, `Ann Chair`, `Ann Chair @annc (TSC)`.
    static func inlinePeople(_ text: String) -> [Person] {
        var text = text
        if text.hasSuffix(".") { text.removeLast() }
        // Split on commas, semicolons and "and" outside parentheses.
        var parts: [String] = []
        var current = ""
        var depth = 0
        for c in text {
            if c == "(" { depth += 1 } else if c == ")" { depth = max(0, depth - 1) }
            if depth == 0, c == "," || c == ";" {
                parts.append(current)
                current = ""
            } else {
                current.append(c)
            }
        }
        parts.append(current)
        parts = parts.flatMap { $0.components(separatedBy: " and ") }
        let people = parts.compactMap { person($0, allowCommaRole: false) }
        return people.count == parts.filter({ !$0.trimmingCharacters(in: .whitespaces).isEmpty }).count ? people : []
    }

    /// One person from a list item or line, or nil if it does not read as one.
    static func person(_ item: String, allowCommaRole: Bool = true) -> Person? {
        var text = plain(item)
        if nobody.contains(text.lowercased()) { return nil }
        var roles: [String] = []
        // Parenthesised roles: "Name (Role)", dropping parentheses that hold only a handle.
        while let open = text.lastIndex(of: "("), let close = text[open...].firstIndex(of: ")") {
            let inside = text[text.index(after: open)..<close].trimmingCharacters(in: .whitespaces)
            if !inside.isEmpty && !inside.hasPrefix("@") { roles.insert(inside, at: 0) }
            text.removeSubrange(open...close)
        }
        let words = text.split(separator: " ")
        let handles = words.filter { $0.hasPrefix("@") && $0.count > 1 }
        text = words.filter { !$0.hasPrefix("@") }.joined(separator: " ")
        var name = text.trimmingCharacters(in: .whitespaces)
        if name.isEmpty, let handle = handles.first { return Person(name: String(handle), role: roles.isEmpty ? nil : roles.joined(separator: ", ")) }
        for separator in [" – ", " — ", " - ", ": "] {
            if let range = name.range(of: separator) {
                let role = name[range.upperBound...].trimmingCharacters(in: .whitespaces)
                if !role.isEmpty { roles.insert(role, at: 0) }
                name = String(name[..<range.lowerBound])
                break
            }
        }
        if allowCommaRole, let comma = name.firstIndex(of: ",") {
            let role = name[name.index(after: comma)...].trimmingCharacters(in: .whitespaces)
            if !role.isEmpty { roles.insert(role, at: 0) }
            name = String(name[..<comma])
        }
        name = name.trimmingCharacters(in: CharacterSet(charactersIn: " *_`.;:"))
        guard looksLikeName(name) else { return nil }
        let role = roles.joined(separator: ", ").trimmingCharacters(in: .whitespaces)
        guard role.count <= 200 else { return nil }
        return Person(name: name, role: role.isEmpty ? nil : role)
    }

    /// Words that may stand in lower case inside a name (`Ludwig van Beethoven`, `Maria de la Cruz`).
    static let nameParticles: Set<String> = ["de", "da", "do", "dos", "das", "van", "von", "der", "den", "la", "le", "du", "di",
                                             "del", "della", "bin", "bint", "al", "el", "y", "ter", "ten", "op", "zu"]

    /// Up to six words, each starting with a capital letter (or a particle such as `van`): how people are listed.
    /// Sentences and agenda lines ("Minutes of the last meeting") are not names.
    static func looksLikeName(_ name: String) -> Bool {
        let words = name.split(separator: " ")
        guard (2...80).contains(name.count), (1...6).contains(words.count), name.first?.isLetter == true,
              !name.contains("://"), !name.contains("<"), !name.contains("|"), !nobody.contains(name.lowercased()) else { return false }
        return words.allSatisfy { word in
            guard let first = word.first else { return false }
            return first.isUppercase || nameParticles.contains(word.lowercased()) || (first == "'" || first == "(")
        } && words.first!.first!.isUppercase
    }

    /// Markdown emphasis, code and links reduced to their text.
    static func plain(_ text: String) -> String {
        var out = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "[") {
            out += rest[..<open]
            let after = rest[rest.index(after: open)...]
            if let close = after.firstIndex(of: "]") {
                out += after[..<close]
                var tail = after[after.index(after: close)...]
                if tail.first == "(", let end = tail.firstIndex(of: ")") { tail = tail[tail.index(after: end)...] }
                rest = tail
            } else {
                out += rest[open...]
                rest = ""
            }
        }
        out += rest
        return out.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "__", with: "")
            .replacingOccurrences(of: "`", with: "").trimmingCharacters(in: .whitespaces)
    }
}
