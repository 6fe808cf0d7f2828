import Foundation

/// A JSON value built in code and written with sorted keys, so the same value is always the same bytes. Used for
/// the open data, its schemas, Popolo and JSON-LD. `JSONValueWriter` writes it, byte for byte as Foundation's
/// `JSONEncoder` would (a test compares the two) and several times faster.
public indirect enum JSONValue: Sendable, Hashable, Encodable, ExpressibleByStringLiteral, ExpressibleByArrayLiteral,
    ExpressibleByDictionaryLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral {
    case string(String)
    case integer(Int)
    case bool(Bool)
    case array([JSONValue])
    case object([String: JSONValue])
    case null

    public init(stringLiteral value: String) { self = .string(value) }
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(integerLiteral value: Int) { self = .integer(value) }

    /// A string, or null for nil.
    public static func text(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let value): try container.encode(value)
        case .integer(let value): try container.encode(value)
        case .bool(let value): try container.encode(value)
        case .array(let values): try container.encode(values)
        case .object(let fields): try container.encode(fields)
        case .null: try container.encodeNil()
        }
    }

    /// An object without its null members (for JSON-LD, where an absent property is better than a null one).
    public var droppingNulls: JSONValue {
        switch self {
        case .object(let fields): return .object(fields.filter { $0.value != .null }.mapValues(\.droppingNulls))
        case .array(let values): return .array(values.map(\.droppingNulls))
        default: return self
        }
    }

    /// Pretty-printed, sorted keys, slashes unescaped, ending in a newline: for files people may read.
    public var prettyText: String { JSONValueWriter.text(self, pretty: true) + "\n" }

    /// On one line, sorted keys.
    public var compactText: String { JSONValueWriter.text(self, pretty: false) }
}
