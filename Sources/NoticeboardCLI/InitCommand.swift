import ArgumentParser
import Foundation
import NoticeboardBuild

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a new site folder with settings, an example body, meeting and paper, ready to build."
    )

    @Argument(help: ArgumentHelp("The new site folder (must not exist, or be empty).", valueName: "dir"))
    var folder: String

    @Option(name: .long, help: "The site's title.")
    var title = "Health Noticeboard"

    @Flag(name: .customLong("with-templates"), help: "Also copy the default theme's templates into <dir>/templates/ to change them.")
    var withTemplates = false

    func run() throws {
        let root = URL(fileURLWithPath: folder)
        let written = try authoring { () throws(AuthoringError) in try SiteInitializer.create(at: root, title: title, withTemplates: withTemplates) }
        let shown = withTemplates ? written.filter { !$0.hasPrefix("templates/") } + ["templates/ (the default theme, \(written.count { $0.hasPrefix("templates/") }) files)"] : written
        print("Created a new site in \(folder):")
        for path in shown { print("  \(path)") }
        print("""

        Next:
          cd \(folder)
          noticeboard serve                 # preview it at http://127.0.0.1:8000, rebuilt as you edit
          noticeboard new body my-icb --kind integrated-care-board --name "My Integrated Care Board" --region midlands
          noticeboard build                 # write the site into site/, ready to publish
        """)
    }
}

/// Runs an authoring step, turning its refusals into exit codes: 2 for a mistake in the command, 1 for problems in
/// the site's own files (printed as `path:line:column` lines).
func authoring<T>(_ body: () throws(AuthoringError) -> T) throws -> T {
    do {
        return try body()
    } catch {
        switch error {
        case .usage(let message):
            throw CommandLineError(message)
        case .content(let message, let diagnostics):
            DiagnosticPrinter.printText(diagnostics)
            printError("error: \(message)")
            throw ExitCode(1)
        }
    }
}
