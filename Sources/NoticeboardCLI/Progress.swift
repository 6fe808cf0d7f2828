import Foundation
import NoticeboardBuild

/// Prints a build's stages with the time since it started (`  2.4 s  [2/4] Rendered 4,000 of 10,078 files`) on
/// standard error, only when that is a terminal and `--quiet` was not given.
final class ProgressPrinter: @unchecked Sendable {
    let enabled: Bool
    let started = Date()
    private let lock = NSLock()

    init(enabled: Bool) { self.enabled = enabled }

    func callAsFunction(_ message: String) {
        guard enabled else { return }
        let elapsed = String(format: "%5.1f s", Date().timeIntervalSince(started))
        lock.withLock { printError("\(elapsed)  \(message)") }
    }

    /// The one line a build ends with: where, how long, what was written, how many warnings.
    static func summary(_ report: SiteBuilder.Report, output: String, seconds: Double) -> String {
        let time = seconds < 1 ? "\(Int((seconds * 1000).rounded())) ms" : String(format: "%.2f s", seconds)
        let warnings = "\(report.diagnostics.warningCount) warning\(report.diagnostics.warningCount == 1 ? "" : "s")"
        if report.filesWritten == 0 && report.filesInOutput > 0 {
            return "\(output) is up to date: \(count(report.filesInOutput)) files, none changed (\(time), \(warnings))"
        }
        let kept = report.filesInOutput - report.filesWritten
        let keptText = kept > 0 ? ", \(count(kept)) unchanged" : ""
        return "Built \(output) in \(time): \(count(report.filesWritten)) files written\(keptText) (\(warnings))"
    }

    static func count(_ n: Int) -> String {
        let formatter = NumberFormatter()
        formatter.numberStyle = .decimal
        formatter.locale = Locale(identifier: "en_GB")
        return formatter.string(from: NSNumber(value: n)) ?? String(n)
    }
}
