import ArgumentParser

/// The `noticeboard` command: turns a folder of minutes, agendas and papers into a public website.
public struct Noticeboard: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "noticeboard",
        abstract: "Build a public, searchable website from the minutes, agendas and papers of governance bodies.",
        version: "0.1.0",
        subcommands: [BuildCommand.self, CheckCommand.self, AuditCommand.self, InitCommand.self, NewCommand.self,
                      ServeCommand.self, ImportCommand.self]
    )

    public init() {}

    /// Runs the command line, mapping outcomes to exit codes: 0 success, 1 content errors, 2 usage errors.
    public static func run(_ arguments: [String]? = nil) -> Never {
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
            Self.exit()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure || error is CommandLineError {
                let message = error is CommandLineError ? "error: \(error)" : fullMessage(for: error)
                printError(message)
                Self.exit(withError: ExitCode(2))
            }
            Self.exit(withError: error)
        }
    }
}

/// A mistake in how a command was called (not in the content): exit code 2.
struct CommandLineError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

func printError(_ text: String) {
    var standardError = StandardError()
    print(text, to: &standardError)
}

struct StandardError: TextOutputStream {
    mutating func write(_ string: String) {
        FileHandleOutput.standardError(string)
    }
}
