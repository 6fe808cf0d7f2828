import Foundation
import NoticeboardModel

/// Writing to the terminal: diagnostics to standard error, results to standard output.
enum FileHandleOutput {
    static func standardError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    static var standardErrorIsTerminal: Bool { isatty(2) == 1 }
}

/// Prints diagnostics as `path:line:column: severity: message`, then a count.
enum DiagnosticPrinter {
    static func printText(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics { printError(diagnostic.description) }
        if !diagnostics.isEmpty { printError(diagnostics.summary) }
    }

    static func json(_ diagnostics: [Diagnostic]) -> String {
        struct Entry: Encodable {
            let path: String, line: Int, column: Int, severity: String, message: String
        }
        struct Document: Encodable {
            let errors: Int, warnings: Int, diagnostics: [Entry]
        }
        let document = Document(errors: diagnostics.errorCount, warnings: diagnostics.warningCount,
                                diagnostics: diagnostics.map {
                                    Entry(path: $0.location.path, line: $0.location.line, column: $0.location.column,
                                          severity: $0.severity.rawValue, message: $0.message)
                                })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(document)) ?? Data(), as: UTF8.self)
    }
}
