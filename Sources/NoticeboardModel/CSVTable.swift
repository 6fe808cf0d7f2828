import Foundation

/// A CSV file (RFC 4180): a header row, then one row per record; CRLF line ends; UTF-8 without a byte-order mark.
/// A field is quoted only when it holds a comma, a double quote, a CR or an LF, and a double quote inside a field
/// is doubled.
///
/// Formula injection: a spreadsheet opening the file may run a cell that starts with `=`, `+`, `-` or `@` (or a
/// tab or CR) as a formula. As OWASP recommends, such a cell is written with a single quote (`'`) before it, so it
/// is shown as text (`=SUM(A1)` is written `'=SUM(A1)`). The full-width forms of those four characters are
/// guarded too. The JSON files carry every value exactly as recorded.
public struct CSVTable: Sendable {
    public var header: [String]
    public var rows: [[String]]

    public init(header: [String], rows: [[String]]) {
        self.header = header
        self.rows = rows
    }

    public var text: String {
        var out = ""
        for row in [header] + rows {
            out += row.map { Self.field($0) }.joined(separator: ",") + "\r\n"
        }
        return out
    }

    /// The characters that make a spreadsheet read a cell as a formula when they come first.
    static let formulaTriggers: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r", "\u{FF1D}", "\u{FF0B}", "\u{FF0D}", "\u{FF20}"]

    /// One cell, guarded against formula injection, then quoted if it must be.
    public static func field(_ value: String) -> String {
        var cell = value
        if let first = cell.unicodeScalars.first, formulaTriggers.contains(first) { cell = "'" + cell }
        guard cell.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0D || $0 == 0x0A }) else { return cell }
        return "\"" + UTF8Rewriter.rewrite(cell, where: { $0 == 0x22 }) { _, _, out in out += [0x22, 0x22]; return 1 } + "\""
    }
}
