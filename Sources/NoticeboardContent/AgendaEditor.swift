import Yams

/// Surgical edits of a meeting's `index.md`: one line inserted into the front matter, every other byte of the
/// file (comments, key order, quoting, blank lines, the minutes) left exactly as it was.
///
/// The edit is checked by reading the result back: the new YAML must be the old YAML plus the one key, or the
/// edit is refused and the file is not touched.
public enum AgendaEditor {
    public enum EditError: Error, Equatable, CustomStringConvertible {
        case noFrontMatter
        case invalidYAML(String)
        case noItems
        case noSuchItem(number: String, available: [String])
        case itemHasPaper(number: String, paper: String)
        case cannotEdit(number: String, reason: String)

        public var description: String {
            switch self {
            case .noFrontMatter:
                return "the meeting's index.md has no front matter (--- lines) to add the paper to"
            case .invalidYAML(let problem):
                return "the meeting's front matter is not valid YAML (\(problem)); run `noticeboard check` and fix it first"
            case .noItems:
                return "the meeting has no agenda items"
            case .noSuchItem(let number, let available):
                let list = available.isEmpty ? "none" : available.joined(separator: ", ")
                return "the agenda has no item '\(number)' (its items are: \(list))"
            case .itemHasPaper(let number, let paper):
                return "agenda item \(number) already has a paper ('\(paper)'); an item links to one paper"
            case .cannotEdit(let number, let reason):
                return "could not add the paper to item \(number) automatically (\(reason)); add a `paper:` line to it by hand"
            }
        }
    }

    /// The file's text with `paper: <slug>` added to the agenda item numbered `number`, on a new line after the
    /// item's `number:` and `title:` lines, indented like them.
    public static func addingPaper(_ slug: String, toItem number: String, in source: String) throws(EditError) -> String {
        // Split on "\n" scalars: a Swift Character would keep "\r\n" together.
        var lines = source.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { String(String.UnicodeScalarView($0)) }
        let crlf = lines.first?.hasSuffix("\r") ?? false
        func bare(_ line: String) -> String { line.hasSuffix("\r") ? String(line.dropLast()) : line }
        let opening = lines.first.map(bare).map { $0.hasPrefix("\u{FEFF}") ? String($0.dropFirst()) : $0 }
        guard opening?.trimmingTrailingBlanks == "---",
              let close = lines.indices.dropFirst().first(where: { ["---", "..."].contains(bare(lines[$0]).trimmingTrailingBlanks) })
        else { throw .noFrontMatter }

        let yamlLines = lines[1..<close].map(bare)
        let yaml = yamlLines.joined(separator: "\n")
        let (item, _) = try findItem(number, in: yaml)

        if let existing = item.mapping.first(where: { $0.key.string == "paper" }) {
            throw .itemHasPaper(number: number, paper: existing.value.string ?? "\(existing.value)")
        }
        guard item.mapping.style != .flow else {
            throw .cannotEdit(number: number, reason: "the item is written on one line in { }")
        }
        let anchors = item.mapping.keys.filter { ["number", "title"].contains($0.string ?? "") }
        guard let anchor = anchors.max(by: { ($0.mark?.line ?? 0) < ($1.mark?.line ?? 0) }), let mark = anchor.mark else {
            throw .cannotEdit(number: number, reason: "its lines could not be found")
        }
        let keyIndent = mark.column - 1
        // After the anchor key's line and any lines that continue its value (indented deeper than the key).
        var insertAt = mark.line // index in yamlLines of the line after the anchor
        var probe = insertAt
        while probe < yamlLines.count {
            let line = yamlLines[probe]
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) { probe += 1; continue }
            guard line.prefix(while: { $0 == " " }).count > keyIndent, !line.trimmingLeadingSpaces.hasPrefix("#") else { break }
            probe += 1
            insertAt = probe
        }
        let newLine = String(repeating: " ", count: keyIndent) + "paper: " + YAMLText.scalar(slug)
        var newYAMLLines = yamlLines
        newYAMLLines.insert(newLine, at: insertAt)

        // Read the result back: exactly the old document plus this one key, or nothing is changed.
        let (edited, editedRoot) = try findItem(number, in: newYAMLLines.joined(separator: "\n"))
        var withoutPaper = edited.mapping
        withoutPaper["paper"] = nil
        let (_, originalRoot) = try findItem(number, in: yaml)
        guard edited.mapping["paper"]?.string == slug, withoutPaper == item.mapping,
              replacingItem(number, in: editedRoot, with: withoutPaper) == originalRoot else {
            throw .cannotEdit(number: number, reason: "the result would not read back as the same agenda")
        }

        lines.insert(newLine + (crlf ? "\r" : ""), at: 1 + insertAt)
        return lines.joined(separator: "\n")
    }

    /// The agenda item numbered `number` (compared as written, ignoring surrounding spaces) and the whole document.
    private static func findItem(_ number: String, in yaml: String) throws(EditError) -> (item: (mapping: Node.Mapping, index: Int), root: Node) {
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml, .default, .default, .utf8) // not `.default`, which reads the whole environment each time
        } catch let error as YamlError {
            throw .invalidYAML(YAMLDocument.describe(error).0)
        } catch {
            throw .invalidYAML("\(error)")
        }
        guard let root, case .mapping(let top) = root, let items = top["items"], case .sequence(let sequence) = items else {
            throw .noItems
        }
        var available: [String] = []
        let wanted = number.trimmingSpaces
        for (index, entry) in sequence.enumerated() {
            guard case .mapping(let mapping) = entry, let written = mapping["number"]?.string else { continue }
            if written.trimmingSpaces == wanted { return ((mapping, index), root) }
            available.append(written.trimmingSpaces)
        }
        throw .noSuchItem(number: wanted, available: available)
    }

    private static func replacingItem(_ number: String, in root: Node, with mapping: Node.Mapping) -> Node {
        guard case .mapping(var top) = root, case .sequence(var sequence)? = top["items"] else { return root }
        for index in sequence.indices {
            if case .mapping(let entry) = sequence[index], entry["number"]?.string?.trimmingSpaces == number.trimmingSpaces {
                sequence[index] = .mapping(mapping)
            }
        }
        top["items"] = .sequence(sequence)
        return .mapping(top)
    }
}

extension String {
    var trimmingTrailingBlanks: String {
        var s = self[...]
        while let last = s.last, last == " " || last == "\t" { s.removeLast() }
        return String(s)
    }

    var trimmingLeadingSpaces: Substring { drop { $0 == " " || $0 == "\t" } }

    var trimmingSpaces: String {
        String(trimmingLeadingSpaces).trimmingTrailingBlanks
    }
}
