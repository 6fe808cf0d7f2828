import NoticeboardAudit

/// The audit as a table for a terminal: one finding a line (severity, rule, subject, sentence), then the scores.
enum AuditTable {
    static func text(_ report: AuditReport) -> String {
        let counts = report.counts
        var out = "Audit as of \(report.asOf.iso): \(report.findings.isEmpty ? "no findings" : summary(counts))\n"
        if !report.findings.isEmpty {
            let rows = [["SEVERITY", "RULE", "SUBJECT", "FINDING"]] + report.findings.map {
                [$0.severity.rawValue, $0.rule, subject($0), $0.message]
            }
            out += "\n" + aligned(rows)
        }
        if !report.scores.isEmpty {
            out += "\n" + aligned([["BODY", "OPENNESS"]] + report.scores.sorted { $0.key < $1.key }.map { [$0.key, String($0.value)] })
        }
        return out
    }

    /// `northshire-icb 2026-03-12 item 4`.
    static func subject(_ finding: Finding) -> String {
        [finding.body, finding.meeting, finding.item.map { "item \($0)" }].compactMap { $0 }.joined(separator: " ")
    }

    /// `2 errors, 1 warning, 3 info`.
    static func summary(_ counts: [Finding.Severity: Int]) -> String {
        Finding.Severity.allCases.reversed().map { severity in
            let n = counts[severity] ?? 0
            return severity == .info ? "\(n) info" : "\(n) \(severity.rawValue)\(n == 1 ? "" : "s")"
        }.joined(separator: ", ")
    }

    /// Columns padded to their widest cell; the last column is left as it is.
    private static func aligned(_ rows: [[String]]) -> String {
        let widths = (0..<(rows.first?.count ?? 0)).map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { column, cell in
                column == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[column] - cell.count)
            }.joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }
}
