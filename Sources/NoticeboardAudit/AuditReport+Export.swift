import Foundation
import NoticeboardModel

extension AuditReport {
    /// The findings and scores as JSON, the shape `noticeboard audit --format json` prints and
    /// `/data/findings.json` holds: `{"as_of", "findings": [{"rule", "severity", "body", "meeting", "item",
    /// "paper", "message", "basis"}], "scores": {"<body>": 0-100}}`, with `null` where a field does not apply.
    /// Keys are sorted, so the same site always gives the same bytes.
    public func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(Document(asOf: asOf.iso, findings: findings, scores: scores))) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// The columns of `csv()`, in order.
    public static let csvColumns = ["rule", "severity", "body", "meeting", "item", "paper", "message", "basis"]

    /// The findings as CSV (`CSVTable`: RFC 4180, a header row, an empty cell where a field does not apply,
    /// cells guarded against formula injection).
    public func csv() -> String {
        CSVTable(header: Self.csvColumns, rows: findings.map {
            [$0.rule, $0.severity.rawValue, $0.body, $0.meeting ?? "", $0.item ?? "", $0.paper ?? "", $0.message, $0.basis]
        }).text
    }

    private struct Document: Encodable {
        let asOf: String
        let findings: [Finding]
        let scores: [String: Int]
        enum CodingKeys: String, CodingKey { case asOf = "as_of", findings, scores }
    }
}

extension Finding: Encodable {
    private enum CodingKeys: String, CodingKey { case rule, severity, body, meeting, item, paper, message, basis }

    /// Every key is written, `null` where a field does not apply.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(rule, forKey: .rule)
        try container.encode(severity, forKey: .severity)
        try container.encode(body, forKey: .body)
        try container.encode(meeting, forKey: .meeting)
        try container.encode(item, forKey: .item)
        try container.encode(paper, forKey: .paper)
        try container.encode(message, forKey: .message)
        try container.encode(basis, forKey: .basis)
    }
}
