/// A value of a record's `extra:` map, the site's own fields, handed to templates as they are.
public indirect enum FieldValue: Hashable, Sendable {
    case string(String)
    case bool(Bool)
    case number(Double)
    case list([FieldValue])
    case map([String: FieldValue])
    case null

}
