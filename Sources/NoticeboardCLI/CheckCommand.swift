import ArgumentParser
import NoticeboardBuild

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check every file of the site and report each problem as path:line:column; changes no file of the site."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @OptionGroup var site: SiteOptions

    @Option(name: .long, help: "Output format: text or json.")
    var format: Format = .text

    func run() throws {
        let (_, _, diagnostics) = SiteBuilder(options: BuildOptions(root: site.rootURL)).check()
        switch format {
        case .text:
            DiagnosticPrinter.printText(diagnostics)
            if diagnostics.isEmpty { print("No problems found.") }
        case .json:
            print(DiagnosticPrinter.json(diagnostics))
        }
        if diagnostics.hasErrors { throw ExitCode(1) }
    }
}
