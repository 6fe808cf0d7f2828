import NoticeboardModel
import Yams

/// Reads a YAML mapping against a fixed schema: each typed accessor marks its key as known and logs a
/// `path:line:column` diagnostic for a wrong type or value; `finish()` reports every key nobody asked for.
public final class FieldReader {
    let path: String
    let firstLine: Int
    let log: DiagnosticLog
    /// Where the mapping itself starts (for "missing field" errors).
    public let location: SourceLocation
    private var pairs: [(key: String, keyNode: Node, value: Node)] = []
    private var known: Set<String> = []

    init(mapping: Node.Mapping, path: String, firstLine: Int, log: DiagnosticLog, at location: SourceLocation) {
        self.path = path
        self.firstLine = firstLine
        self.log = log
        self.location = location
        for (key, value) in mapping {
            guard case .scalar(let scalar) = key else {
                log.error("a key must be a plain name", at: self.location(of: key))
                continue
            }
            pairs.append((scalar.string, key, value))
        }
    }

    func location(of node: Node) -> SourceLocation {
        guard let mark = node.mark else { return location }
        return SourceLocation(path: path, line: firstLine + mark.line - 1, column: mark.column)
    }

    private func value(_ key: String) -> Node? {
        known.insert(key)
        guard let pair = pairs.first(where: { $0.key == key }) else { return nil }
        if case .scalar(let s) = pair.value, s.style == .plain, ["", "~", "null", "Null", "NULL"].contains(s.string) { return nil }
        return pair.value
    }

    /// Where a key was written (its value), for diagnostics raised later.
    public func location(ofKey key: String) -> SourceLocation? {
        pairs.first(where: { $0.key == key }).map { location(of: $0.value) }
    }

    public func has(_ key: String) -> Bool { pairs.contains { $0.key == key } }

    private func scalar(_ key: String, expected: String) -> (String, Node.Scalar, SourceLocation)? {
        guard let node = value(key) else { return nil }
        let at = location(of: node)
        switch node {
        case .scalar(let s): return (s.string, s, at)
        case .alias:
            log.error("'\(key)' uses a YAML alias; write the value out", at: at)
        default:
            log.error("'\(key)' must be \(expected), not a \(node.isMapping ? "map" : "list")", at: at)
        }
        return nil
    }

    private func missing(_ key: String) {
        log.error("missing required field '\(key)'", at: location)
    }

    // MARK: Typed fields

    public func string(_ key: String) -> String? {
        guard let (text, _, _) = scalar(key, expected: "text") else { return nil }
        return text
    }

    public func requiredString(_ key: String) -> String? {
        guard has(key) else { known.insert(key); missing(key); return nil }
        let isNull = value(key) == nil
        let text = string(key)
        if isNull || text?.allSatisfy(\.isWhitespace) == true {
            log.error("'\(key)' must not be empty", at: location(ofKey: key) ?? location)
            return nil
        }
        return text
    }

    /// Reads a field that must be present with the given accessor, logging "missing required field" if absent.
    public func required<T>(_ key: String, _ read: (String) -> T?) -> T? {
        guard has(key) else { known.insert(key); missing(key); return nil }
        return read(key)
    }

    public func bool(_ key: String) -> Bool? {
        guard let (text, s, at) = scalar(key, expected: "true or false") else { return nil }
        if s.style == .plain {
            switch text.lowercased() {
            case "true": return true
            case "false": return false
            default: break
            }
        }
        log.error("'\(key)' must be true or false, not '\(text)'", at: at)
        return nil
    }

    public func integer(_ key: String, in range: ClosedRange<Int> = 0...100_000) -> Int? {
        guard let (text, _, at) = scalar(key, expected: "a whole number") else { return nil }
        guard let n = Int(text), range.contains(n) else {
            log.error("'\(key)' must be a whole number from \(range.lowerBound) to \(range.upperBound), not '\(text)'", at: at)
            return nil
        }
        return n
    }

    public func date(_ key: String) -> CalendarDate? {
        guard let (text, _, at) = scalar(key, expected: "a date") else { return nil }
        guard let date = CalendarDate(iso: text) else {
            log.error("'\(key)' is not a valid date: '\(text)' (expected YYYY-MM-DD, a real day)", at: at)
            return nil
        }
        return date
    }

    public func enumeration<E: RawRepresentable & CaseIterable>(_ key: String, _ type: E.Type) -> E? where E.RawValue == String {
        guard let (text, _, at) = scalar(key, expected: "one word") else { return nil }
        if let value = E(rawValue: text) { return value }
        let allowed = E.allCases.map(\.rawValue)
        log.error("unknown \(key) '\(text)'\(DidYouMean.hint(for: text, among: allowed)) (expected \(allowed.joined(separator: ", ")))", at: at)
        return nil
    }

    /// A value from a set of names defined elsewhere (kinds, regions), with the allowed ones listed.
    public func name(_ key: String, among allowed: [String], what: String) -> String? {
        guard let (text, _, at) = scalar(key, expected: "a name") else { return nil }
        if allowed.contains(text) { return text }
        log.error("unknown \(what) '\(text)'\(DidYouMean.hint(for: text, among: allowed)) (expected \(allowed.sorted().joined(separator: ", ")))", at: at)
        return nil
    }

    public func slug(_ key: String) -> String? {
        guard let (text, _, at) = scalar(key, expected: "a slug") else { return nil }
        guard Slug.isValid(text) else {
            log.error("'\(key)' must be a lower-case-kebab slug (a-z, 0-9 and hyphens), not '\(text)'", at: at)
            return nil
        }
        return text
    }

    /// An http or https address.
    public func url(_ key: String) -> String? {
        guard let (text, _, at) = scalar(key, expected: "a web address") else { return nil }
        let lower = text.lowercased()
        guard (lower.hasPrefix("https://") || lower.hasPrefix("http://")), text.count > 8,
              !text.contains(where: { $0.isWhitespace || $0 == "\"" || $0 == "<" || $0 == ">" }) else {
            log.error("'\(key)' must be a web address starting https:// or http://, not '\(text)'", at: at)
            return nil
        }
        return text
    }

    /// Reads a list whose entries are maps, each with its own reader.
    public func list<T>(_ key: String, _ read: (FieldReader) -> T?) -> [T] {
        guard let node = value(key) else { return [] }
        guard case .sequence(let sequence) = node else {
            log.error("'\(key)' must be a list (lines starting with '- ')", at: location(of: node))
            return []
        }
        return sequence.compactMap { entry in
            guard case .mapping(let mapping) = entry else {
                log.error("each entry of '\(key)' must be a map of `key: value`", at: location(of: entry))
                return nil
            }
            let reader = FieldReader(mapping: mapping, path: path, firstLine: firstLine, log: log, at: location(of: entry))
            defer { reader.finish() }
            return read(reader)
        }
    }

    /// Reads a map whose values are maps (`rules: {minutes-missing: {...}}`), each with its own reader.
    public func map<T>(_ key: String, _ read: (String, FieldReader) -> T?) -> [String: T] {
        guard let node = value(key) else { return [:] }
        guard case .mapping(let mapping) = node else {
            log.error("'\(key)' must be a map of `name: …` lines", at: location(of: node))
            return [:]
        }
        let outer = FieldReader(mapping: mapping, path: path, firstLine: firstLine, log: log, at: location(of: node))
        var result: [String: T] = [:]
        for pair in outer.pairs {
            outer.known.insert(pair.key)
            let reader: FieldReader
            switch pair.value {
            case .mapping(let inner):
                // Located at its name, so a diagnostic about the entry as a whole points at the line that names it.
                reader = FieldReader(mapping: inner, path: path, firstLine: firstLine, log: log, at: location(of: pair.keyNode))
            case .scalar(let s) where s.style == .plain && ["", "~", "null"].contains(s.string):
                reader = FieldReader(mapping: Node.Mapping([]), path: path, firstLine: firstLine, log: log, at: location(of: pair.keyNode))
            default:
                log.error("'\(pair.key)' under '\(key)' must be a map of `key: value`", at: location(of: pair.value))
                continue
            }
            if let value = read(pair.key, reader) { result[pair.key] = value }
            reader.finish()
        }
        return result
    }

    /// A reader for a value that is itself a map (`audit:`); the caller must `finish()` it.
    public func nested(_ key: String) -> FieldReader? {
        guard let node = value(key) else { return nil }
        guard case .mapping(let mapping) = node else {
            log.error("'\(key)' must be a map of `key: value` lines", at: location(of: node))
            return nil
        }
        return FieldReader(mapping: mapping, path: path, firstLine: firstLine, log: log, at: location(of: node))
    }

    /// The keys written in this map, in file order.
    public var keys: [String] { pairs.map(\.key) }

    /// A map of names to text (`regions: {northshire: Northshire}`).
    public func stringMap(_ key: String) -> [String: (String, SourceLocation)] {
        guard let node = value(key) else { return [:] }
        guard case .mapping(let mapping) = node else {
            log.error("'\(key)' must be a map of `name: text` lines", at: location(of: node))
            return [:]
        }
        var result: [String: (String, SourceLocation)] = [:]
        for (k, v) in mapping {
            guard case .scalar(let ks) = k, case .scalar(let vs) = v else {
                log.error("each entry of '\(key)' must be `name: text`", at: location(of: v))
                continue
            }
            result[ks.string] = (vs.string, location(of: k))
        }
        return result
    }

    /// A list of one-word values.
    public func stringList(_ key: String) -> [(String, SourceLocation)] {
        guard let node = value(key) else { return [] }
        guard case .sequence(let sequence) = node else {
            log.error("'\(key)' must be a list", at: location(of: node))
            return []
        }
        return sequence.compactMap { entry in
            guard case .scalar(let s) = entry else {
                log.error("each entry of '\(key)' must be a single value", at: location(of: entry))
                return nil
            }
            return (s.string, location(of: entry))
        }
    }

    /// The `extra:` map, passed to templates as it is (bounded in size so no alias bomb can blow it up).
    public func extra() -> [String: FieldValue] {
        guard let node = value("extra") else { return [:] }
        guard case .mapping = node else {
            log.error("'extra' must be a map of your own fields", at: location(of: node))
            return [:]
        }
        var budget = 10_000
        guard case .map(let fields) = convert(node, budget: &budget, depth: 0) else { return [:] }
        if budget < 0 { log.error("'extra' is too large or too deeply nested (limit 10,000 values, 32 levels)", at: location(of: node)) }
        return fields
    }

    private func convert(_ node: Node, budget: inout Int, depth: Int) -> FieldValue {
        budget -= 1
        guard budget >= 0, depth < 32 else { budget = -1; return .null }
        switch node {
        case .scalar(let s):
            if s.style == .plain {
                switch s.string.lowercased() {
                case "true": return .bool(true)
                case "false": return .bool(false)
                case "", "~", "null": return .null
                default: if let n = Double(s.string), s.string.first?.isNumber == true || s.string.first == "-" { return .number(n) }
                }
            }
            return .string(s.string)
        case .sequence(let items):
            return .list(items.map { convert($0, budget: &budget, depth: depth + 1) })
        case .mapping(let mapping):
            var fields: [String: FieldValue] = [:]
            for (k, v) in mapping {
                fields[k.string ?? "\(k)"] = convert(v, budget: &budget, depth: depth + 1)
            }
            return .map(fields)
        case .alias:
            return .null
        }
    }

    /// Marks keys as read without reading them (for keys checked elsewhere, like `body` and `date`).
    public func accept(_ keys: String...) { known.formUnion(keys) }

    /// Reports each key that no accessor asked for, with a "did you mean" where one is close.
    public func finish() {
        for pair in pairs where !known.contains(pair.key) {
            log.error("unknown key '\(pair.key)'\(DidYouMean.hint(for: pair.key, among: known)) (your own fields go under 'extra:')", at: location(of: pair.keyNode))
        }
        known.formUnion(pairs.map(\.key))
    }
}

extension Node {
    var isMapping: Bool { if case .mapping = self { return true } else { return false } }
}
