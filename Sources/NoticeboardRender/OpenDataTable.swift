import NoticeboardModel

/// One table of open data. From one description of its columns Noticeboard writes `data/<name>.json`,
/// `data/<name>.csv` and `data/<name>.schema.json` (JSON Schema 2020-12), and lists its fields on the `/data/` page,
/// so the files, the schema and the documentation cannot drift apart.
///
/// The site's own records become tables in `OpenData`. The audit's findings are written by the audit itself, in
/// the shape its command prints (`AuditReport.json()`, `csv()`, `jsonSchema(id:)`).
public struct OpenDataTable: Sendable {
    public enum ColumnType: String, Sendable {
        case string, integer, boolean
        /// `YYYY-MM-DD`.
        case date
        /// An address elsewhere, always absolute (`https://…`).
        case url
        /// An address on this site: absolute when the site has an absolute `base_url`, else a path from its root.
        case siteURL
        /// A list of strings (joined by `; ` in CSV).
        case list
    }

    public struct Column: Sendable {
        public var name: String
        public var type: ColumnType
        /// Whether the value may be missing (JSON null, an empty CSV cell).
        public var nullable: Bool
        public var description: String
        /// The only values it can take, if it is an enumeration.
        public var allowedValues: [String]?

        public init(_ name: String, _ type: ColumnType, nullable: Bool = false, allowedValues: [String]? = nil, _ description: String) {
            self.name = name; self.type = type; self.nullable = nullable; self.allowedValues = allowedValues
            self.description = description
        }
    }

    public enum Value: Sendable, Hashable {
        case string(String)
        case integer(Int)
        case boolean(Bool)
        case date(CalendarDate)
        case list([String])
        case null

        public static func text(_ value: String?) -> Value { value.map(Value.string) ?? .null }
        public static func day(_ value: CalendarDate?) -> Value { value.map(Value.date) ?? .null }
        public static func number(_ value: Int?) -> Value { value.map(Value.integer) ?? .null }
        public static func flag(_ value: Bool?) -> Value { value.map(Value.boolean) ?? .null }

        var json: JSONValue {
            switch self {
            case .string(let text): return .string(text)
            case .integer(let number): return .integer(number)
            case .boolean(let flag): return .bool(flag)
            case .date(let date): return .string(date.iso)
            case .list(let items): return .array(items.map(JSONValue.string))
            case .null: return .null
            }
        }

        var csv: String {
            switch self {
            case .string(let text): return text
            case .integer(let number): return String(number)
            case .boolean(let flag): return flag ? "true" : "false"
            case .date(let date): return date.iso
            case .list(let items): return items.joined(separator: "; ")
            case .null: return ""
            }
        }
    }

    /// The file name without extension (`agenda-items`).
    public var name: String
    public var title: String
    /// What one row is, in a sentence.
    public var description: String
    public var columns: [Column]
    /// One value per column, in the columns' order.
    public var rows: [[Value]]

    public init(name: String, title: String, description: String, columns: [Column], rows: [[Value]]) {
        precondition(rows.allSatisfy { $0.count == columns.count }, "every row of \(name) needs one value per column")
        self.name = name; self.title = title; self.description = description; self.columns = columns; self.rows = rows
    }

    public var jsonFile: String { "\(name).json" }
    public var csvFile: String { "\(name).csv" }
    public var schemaFile: String { "\(name).schema.json" }

    /// `{"dataset": …, "title": …, "licence": …, "as_of": …, "schema": …, "records": [{…}, …]}`.
    public func json(licence: String?, asOf: CalendarDate) -> JSONValue {
        .object([
            "dataset": .string(name),
            "title": .string(title),
            "licence": .text(licence),
            "as_of": .string(asOf.iso),
            "schema": .string(schemaFile),
            "records": .array(rows.map { row in
                .object(Dictionary(uniqueKeysWithValues: zip(columns, row).map { ($0.name, $1.json) }))
            }),
        ])
    }

    public var csv: CSVTable {
        CSVTable(header: columns.map(\.name), rows: rows.map { $0.map(\.csv) })
    }

    /// A JSON Schema (draft 2020-12) that the JSON file, and only a file of this shape, satisfies.
    public func schema(id: String?, absoluteSiteURLs: Bool) -> JSONValue {
        var record: [String: JSONValue] = [:]
        for column in columns { record[column.name] = Self.schema(of: column, absoluteSiteURLs: absoluteSiteURLs) }
        var document: [String: JSONValue] = [
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "title": .string(title),
            "description": .string("\(title) (\(jsonFile)): \(description)"),
            "type": "object",
            "additionalProperties": false,
            "required": ["dataset", "title", "licence", "as_of", "schema", "records"],
            "properties": [
                "dataset": ["const": .string(name)],
                "title": ["type": "string"],
                "licence": ["type": ["string", "null"], "description": "The licence the data is published under (licence: in noticeboard.yml), or null if none is set."],
                "as_of": Self.dateSchema("The date the site was built as of: which members are current."),
                "schema": ["const": .string(schemaFile)],
                "records": ["type": "array", "items": ["$ref": "#/$defs/record"]],
            ],
            "$defs": [
                "record": .object([
                    "type": "object",
                    "additionalProperties": false,
                    "required": .array(columns.map { .string($0.name) }),
                    "properties": .object(record),
                ]),
            ],
        ]
        if let id { document["$id"] = .string(id) }
        return .object(document)
    }

    static let datePattern = "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"

    static func dateSchema(_ description: String) -> JSONValue {
        ["type": "string", "format": "date", "pattern": .string(datePattern), "description": .string(description)]
    }

    static func schema(of column: Column, absoluteSiteURLs: Bool) -> JSONValue {
        var schema: [String: JSONValue] = ["description": .string(column.description)]
        let type: String
        switch column.type {
        case .string: type = "string"
        case .integer: type = "integer"; schema["minimum"] = 0
        case .boolean: type = "boolean"
        case .date: type = "string"; schema["format"] = "date"; schema["pattern"] = .string(datePattern)
        case .url: type = "string"; schema["format"] = "uri"; schema["pattern"] = "^https?://"
        case .siteURL:
            type = "string"
            schema["format"] = absoluteSiteURLs ? "uri" : "uri-reference"
            if absoluteSiteURLs { schema["pattern"] = "^https?://" }
        case .list: type = "array"; schema["items"] = ["type": "string"]
        }
        schema["type"] = column.nullable ? [.string(type), "null"] : .string(type)
        if let allowed = column.allowedValues {
            schema["enum"] = .array(allowed.map(JSONValue.string) + (column.nullable ? [.null] : []))
        }
        return .object(schema)
    }
}
