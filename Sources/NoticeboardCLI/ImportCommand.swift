import ArgumentParser
import Foundation
import NoticeboardBuild
import NoticeboardContent
import NoticeboardImport
import NoticeboardModel

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Bring a folder of existing minutes (Markdown or PDF, one file per meeting, dated in their names) into the site as meetings of one body.",
        discussion: """
        Each file becomes content/meetings/<body>/<date>/index.md (a PDF becomes a paper, minutes.pdf, of its meeting). \
        The date comes from the file or folder name (2024-03-12.md, 2024/2024-03-12.md, 2024-03-12/minutes.md, \
        2018-01-31-V8.md), else from a date in the first lines; files with no date are listed and skipped. \
        Existing meetings are never overwritten.
        """
    )

    @Argument(help: ArgumentHelp("The folder of minutes to import.", valueName: "dir"))
    var folder: String

    @Option(name: .long, help: ArgumentHelp("The body whose meetings these are (a file in content/bodies/).", valueName: "slug"))
    var body: String

    @OptionGroup var site: SiteOptions

    @Option(name: .customLong("as-of"), help: ArgumentHelp("Meetings after this date are scheduled, others held (default: as_of in noticeboard.yml, else today).", valueName: "YYYY-MM-DD"))
    var asOf: AsOfDate?

    @Flag(name: .customLong("dry-run"), help: "Show what would be imported, and write nothing.")
    var dryRun = false

    func run() throws {
        let root = site.rootURL
        // A real import keeps the PDFs' text in the build's cache, so the next build need not read them again; a dry
        // run writes nothing at all.
        let cache = ExtractionCache(root: root.appendingPathComponent(".noticeboard-cache"))
        let pdfText: any PDFTextExtractor = dryRun ? PopplerPDFTextExtractor() : CachingPDFTextExtractor(PopplerPDFTextExtractor(), cache: cache)
        let options = MinutesImporter.Options(
            source: URL(fileURLWithPath: folder), root: root, body: body,
            asOf: asOf?.date ?? MinutesImporter.settingsAsOf(root: root) ?? .today, dryRun: dryRun, pdfText: pdfText)
        let report: MinutesImporter.Report
        do {
            report = try MinutesImporter(options: options).run()
        } catch let error as MinutesImporter.UsageError {
            throw CommandLineError(error.description)
        }
        print(ImportTable.render(report))
    }
}

/// The import's report as a table a person reads: what was imported where, what was skipped and why.
enum ImportTable {
    static func render(_ report: MinutesImporter.Report) -> String {
        var rows: [[String]] = [["result", "file", "meeting", "notes"]]
        for entry in report.entries {
            switch entry.outcome {
            case .imported(let folder):
                rows.append([report.dryRun ? "would import" : "imported", entry.file, folder, entry.notes.joined(separator: "; ")])
            case .skipped(let reason):
                rows.append(["skipped", entry.file, "-", ([reason] + entry.notes).joined(separator: "; ")])
            }
        }
        let widths = (0..<3).map { column in rows.map { $0[column].count }.max() ?? 0 }
        var lines = rows.map { row in
            (0..<3).map { row[$0].padding(toLength: widths[$0], withPad: " ", startingAt: 0) }.joined(separator: "  ")
                + (row[3].isEmpty ? "" : "  " + row[3])
        }.map { $0.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) }
        if !report.otherFiles.isEmpty {
            let counts = report.otherFiles.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
            lines.append("not minutes (not Markdown, text or PDF), passed over: \(counts)")
        }
        let verb = report.dryRun ? "Would import" : "Imported"
        let meetings = report.importedCount == 1 ? "meeting" : "meetings"
        var summary = "\(verb) \(report.importedCount) \(meetings) into \(report.meetingsFolder)/, skipped \(report.skippedCount)."
        if report.dryRun { summary += " Dry run: nothing was written." }
        lines.append(summary)
        return lines.joined(separator: "\n")
    }
}
