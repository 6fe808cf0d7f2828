import ArgumentParser
import Foundation
import NoticeboardBuild

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the site into a folder (default <root>/site), replacing it whole only if the build succeeds."
    )

    @OptionGroup var site: SiteOptions

    @Option(name: .long, help: ArgumentHelp("The output folder (default: <root>/site).", valueName: "dir"))
    var out: String?

    @Option(name: .customLong("as-of"), help: ArgumentHelp("The date the audit is computed as of (default: as_of in noticeboard.yml, else today).", valueName: "YYYY-MM-DD"))
    var asOf: AsOfDate?

    @Option(name: .customLong("base-url"), help: ArgumentHelp("Where the site will be published (overrides base_url).", valueName: "url"))
    var baseURL: String?

    @Flag(name: .long, help: "Links name their index.html files, so the site works opened from disk.")
    var portable = false

    @Flag(name: .long, help: "Print nothing but problems.")
    var quiet = false

    func validate() throws {
        if let baseURL, !(baseURL.hasPrefix("https://") || baseURL.hasPrefix("http://") || baseURL.hasPrefix("/")) {
            throw ValidationError("--base-url must start with https://, http:// or /")
        }
    }

    func run() throws {
        let options = BuildOptions(root: site.rootURL, output: out.map { URL(fileURLWithPath: $0) },
                                   asOf: asOf?.date, baseURL: baseURL, portable: portable)
        let progress = ProgressPrinter(enabled: !quiet && FileHandleOutput.standardErrorIsTerminal)
        let started = Date()
        let builder = SiteBuilder(options: options, progress: { progress($0) })
        let report: SiteBuilder.Report
        do {
            report = try builder.build()
        } catch let error as UnsafeOutputError {
            throw CommandLineError(error.description)
        }
        DiagnosticPrinter.printText(report.diagnostics)
        guard report.succeeded else {
            printError("build failed: nothing was written; \(options.output.path) is unchanged")
            throw ExitCode(1)
        }
        if !quiet {
            print(ProgressPrinter.summary(report, output: options.output.path, seconds: Date().timeIntervalSince(started)))
            if let audit = report.audit { print("Audit as of \(audit.asOf.iso): \(AuditTable.summary(audit.counts)); see gaps/ or run noticeboard audit") }
        }
    }
}
