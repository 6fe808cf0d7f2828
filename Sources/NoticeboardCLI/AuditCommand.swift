import ArgumentParser
import NoticeboardAudit
import NoticeboardBuild

/// `noticeboard audit`: prints where public representation or publication is missing.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Print the transparency audit's findings and openness scores; can fail on a severity.",
        discussion: "Exit status: 0 when no finding is at or above --fail-on, 1 when one is or the content has errors, 2 for a usage error."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json, csv }

    /// The least severity that makes the command fail, or never.
    enum FailOn: String, ExpressibleByArgument, CaseIterable {
        case error, warning, never

        var severity: Finding.Severity? {
            switch self {
            case .error: return .error
            case .warning: return .warning
            case .never: return nil
            }
        }
    }

    @OptionGroup var site: SiteOptions

    @Option(name: .customLong("as-of"), help: ArgumentHelp("The date the audit is computed as of (default: as_of in noticeboard.yml, else today).", valueName: "YYYY-MM-DD"))
    var asOf: AsOfDate?

    @Option(name: .long, help: "Output format: table, json or csv.")
    var format: Format = .table

    @Option(name: .customLong("fail-on"), help: "Exit with status 1 when a finding at or above this severity exists: error, warning or never.")
    var failOn: FailOn = .never

    func run() throws {
        let (report, diagnostics) = SiteBuilder(options: BuildOptions(root: site.rootURL, asOf: asOf?.date)).audit()
        DiagnosticPrinter.printText(diagnostics)
        guard let report else {
            printError("audit failed: the content has errors")
            throw ExitCode(1)
        }
        switch format {
        case .table: print(AuditTable.text(report), terminator: "")
        case .json: print(report.json(), terminator: "")
        case .csv: print(report.csv(), terminator: "")
        }
        if let threshold = failOn.severity, report.hasFinding(atLeast: threshold) { throw ExitCode(1) }
    }
}
