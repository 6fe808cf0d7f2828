/// A value of a record's `extra:` map, the site's own fields, handed to templates as they are.
public indirect enum FieldValue: Hashable, Sendable {
    case string(String)
    case bool(Bool)
    case number(Double)
    case list([FieldValue])
    case map([String: FieldValue])
    case null

    /// The value as plain Swift values (String, Bool, Double, arrays, dictionaries) for templates.
    public var plain: any Sendable {
        switch self {
        case .string(let s): return s
        case .bool(let b): return b
        case .number(let n): return n
        case .list(let items): return items.map(\.plain)
        case .map(let fields): return fields.mapValues(\.plain)
        case .null: return Optional<String>.none as any Sendable
        }
    }
}
