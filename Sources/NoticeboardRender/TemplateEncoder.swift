import NoticeboardModel

/// Turns a view into what Mustache reads (`TemplateFields` for structs, arrays, and the values themselves) through
/// the view's own `Encodable` conformance, which the compiler writes: every stored property, by name, with no
/// reflection at run time. `Mirror` looked each property's type up by its mangled name on every page (about 2 s of
/// CPU time in a 10,000-document build).
///
/// A nil optional stays present as `Absent`, so a name that is nil in a view is found there (and renders as nothing)
/// rather than being looked up again in the views around it.
enum TemplateEncoder {
    static func value<T: Encodable>(_ value: T) -> Any {
        // Types compared, not values cast: a cast that fails asks the runtime about conformances every time.
        if T.self == String.self { return TemplateText(value as! String) }
        if T.self == Bool.self || T.self == Int.self || T.self == Double.self { return value }
        if T.self == TemplateExtra.self { return (value as! TemplateExtra).templateValue }
        let encoder = Encoder()
        try? value.encode(to: encoder)
        return encoder.result?.value ?? Absent()
    }

    /// What a container collects: fields by name, or elements in order, or one value.
    /// A container opened inside another (a hand-written `encode(to:)` may open one; the compiler's never do) is
    /// kept as its `Result` until the outer one is finished.
    fileprivate final class Result {
        var names: [String] = []
        var fields: [Any] = []
        var elements: [Any] = []
        var single: Any = Absent()
        var hasNested = false
        let kind: Kind
        enum Kind { case fields, elements, single }
        init(_ kind: Kind) { self.kind = kind }

        var value: Any {
            func finished(_ value: Any) -> Any { hasNested ? ((value as? Result)?.value ?? value) : value }
            switch kind {
            case .fields: return TemplateFields(names: names, values: hasNested ? fields.map(finished) : fields)
            case .elements: return hasNested ? elements.map(finished) : elements
            case .single: return single
            }
        }

        func nested(_ kind: Kind) -> Result {
            hasNested = true
            return Result(kind)
        }
    }

    fileprivate final class Encoder: Swift.Encoder {
        var codingPath: [any CodingKey] = []
        var userInfo: [CodingUserInfoKey: Any] = [:]
        var result: Result?

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            let fields = result ?? Result(.fields)
            result = fields
            return KeyedEncodingContainer(Fields<Key>(result: fields))
        }

        func unkeyedContainer() -> any UnkeyedEncodingContainer {
            let elements = Result(.elements)
            result = elements
            return Elements(result: elements)
        }

        func singleValueContainer() -> any SingleValueEncodingContainer {
            let single = Result(.single)
            result = single
            return Single(result: single)
        }
    }

    fileprivate struct Fields<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let result: Result
        var codingPath: [any CodingKey] { [] }

        private func set(_ value: Any, _ key: Key) {
            result.names.append(key.stringValue)
            result.fields.append(value)
        }

        mutating func encodeNil(forKey key: Key) { set(Absent(), key) }
        mutating func encode(_ value: Bool, forKey key: Key) { set(value, key) }
        mutating func encode(_ value: String, forKey key: Key) { set(TemplateText(value), key) }
        mutating func encode(_ value: Double, forKey key: Key) { set(value, key) }
        mutating func encode(_ value: Float, forKey key: Key) { set(value, key) }
        mutating func encode(_ value: Int, forKey key: Key) { set(value, key) }
        mutating func encode(_ value: Int8, forKey key: Key) { set(value, key) }
        mutating func encode(_ value: Int16, forKey key: Key) { set(value, key) }
        mutating func encode(_ value: Int32, forKey key: Key) { set(value, key) }
        mutating func encode(_ value: Int64, forKey key: Key) { set(value, key) }
        mutating func encode(_ value: UInt, forKey key: Key) { set(value, key) }
        mutating func encode(_ value: UInt8, forKey key: Key) { set(value, key) }
        mutating func encode(_ value: UInt16, forKey key: Key) { set(value, key) }
        mutating func encode(_ value: UInt32, forKey key: Key) { set(value, key) }
        mutating func encode(_ value: UInt64, forKey key: Key) { set(value, key) }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) { set(TemplateEncoder.value(value), key) }

        // The compiler encodes an optional property with these, whose defaults would leave a nil one out.
        mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) { set(value ?? Absent(), key) }
        mutating func encodeIfPresent(_ value: String?, forKey key: Key) { set(value.map(TemplateText.init) ?? Absent(), key) }
        mutating func encodeIfPresent(_ value: Double?, forKey key: Key) { set(value ?? Absent(), key) }
        mutating func encodeIfPresent(_ value: Int?, forKey key: Key) { set(value ?? Absent(), key) }
        mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) {
            if let value { set(TemplateEncoder.value(value), key) } else { set(Absent(), key) }
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            let nested = result.nested(.fields)
            set(nested, key)
            return KeyedEncodingContainer(Fields<NestedKey>(result: nested))
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            let nested = result.nested(.elements)
            set(nested, key)
            return Elements(result: nested)
        }

        mutating func superEncoder() -> any Swift.Encoder { Encoder() }
        mutating func superEncoder(forKey key: Key) -> any Swift.Encoder { Encoder() }
    }

    fileprivate struct Elements: UnkeyedEncodingContainer {
        let result: Result
        var codingPath: [any CodingKey] { [] }
        var count: Int { result.elements.count }

        private func append(_ value: Any) { result.elements.append(value) }

        mutating func encodeNil() { append(Absent()) }
        mutating func encode(_ value: Bool) { append(value) }
        mutating func encode(_ value: String) { append(TemplateText(value)) }
        mutating func encode(_ value: Double) { append(value) }
        mutating func encode(_ value: Float) { append(value) }
        mutating func encode(_ value: Int) { append(value) }
        mutating func encode(_ value: Int8) { append(value) }
        mutating func encode(_ value: Int16) { append(value) }
        mutating func encode(_ value: Int32) { append(value) }
        mutating func encode(_ value: Int64) { append(value) }
        mutating func encode(_ value: UInt) { append(value) }
        mutating func encode(_ value: UInt8) { append(value) }
        mutating func encode(_ value: UInt16) { append(value) }
        mutating func encode(_ value: UInt32) { append(value) }
        mutating func encode(_ value: UInt64) { append(value) }
        mutating func encode<T: Encodable>(_ value: T) { append(TemplateEncoder.value(value)) }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            let nested = result.nested(.fields)
            append(nested)
            return KeyedEncodingContainer(Fields<NestedKey>(result: nested))
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            let nested = result.nested(.elements)
            append(nested)
            return Elements(result: nested)
        }

        mutating func superEncoder() -> any Swift.Encoder { Encoder() }
    }

    fileprivate struct Single: SingleValueEncodingContainer {
        let result: Result
        var codingPath: [any CodingKey] { [] }

        private func set(_ value: Any) { result.single = value }

        mutating func encodeNil() { set(Absent()) }
        mutating func encode(_ value: Bool) { set(value) }
        mutating func encode(_ value: String) { set(TemplateText(value)) }
        mutating func encode(_ value: Double) { set(value) }
        mutating func encode(_ value: Float) { set(value) }
        mutating func encode(_ value: Int) { set(value) }
        mutating func encode(_ value: Int8) { set(value) }
        mutating func encode(_ value: Int16) { set(value) }
        mutating func encode(_ value: Int32) { set(value) }
        mutating func encode(_ value: Int64) { set(value) }
        mutating func encode(_ value: UInt) { set(value) }
        mutating func encode(_ value: UInt8) { set(value) }
        mutating func encode(_ value: UInt16) { set(value) }
        mutating func encode(_ value: UInt32) { set(value) }
        mutating func encode(_ value: UInt64) { set(value) }
        mutating func encode<T: Encodable>(_ value: T) { set(TemplateEncoder.value(value)) }
    }
}

/// A record's own front-matter fields (`extra:` in a view), which have no fixed shape: `TemplateEncoder` hands them
/// to Mustache as they are (maps as `TemplateFields`, lists as arrays, null as `Absent`), and other encoders see an
/// empty object.
public struct TemplateExtra: Sendable, Encodable {
    public let fields: [String: FieldValue]
    public init(_ fields: [String: FieldValue]) { self.fields = fields }
    public func encode(to encoder: any Encoder) throws {}

    var templateValue: Any { TemplateFields(fields.mapValues(Self.value)) }

    private static func value(_ field: FieldValue) -> Any {
        switch field {
        case .string(let text): return TemplateText(text)
        case .bool(let flag): return flag
        case .number(let number): return number
        case .list(let items): return items.map(value)
        case .map(let fields): return TemplateFields(fields.mapValues(value))
        case .null: return Absent()
        }
    }
}
