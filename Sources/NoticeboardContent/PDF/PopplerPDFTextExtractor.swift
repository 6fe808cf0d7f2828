import Foundation

/// Reads PDFs with poppler's `pdftotext`, whose `-htmlmeta` report gives the text, the title and the pages in one
/// run (`PDFToTextReport`); `pdfinfo` is asked for the pages and title only when that report fails or is cut short.
/// Each runs as a separate program with a time limit, a memory limit and a cap on its output. The PDF's bytes are written to a private temporary folder and
/// the programs read only that copy, so they never see a path of the site folder or anything outside it.
public struct PopplerPDFTextExtractor: PDFTextExtractor {
    public let pdftotext: URL?
    public let pdfinfo: URL?
    /// Seconds each program may run before it is stopped.
    public var timeout: TimeInterval
    /// The most text kept from one PDF, in bytes; a PDF that unpacks to more is stopped there.
    public var outputLimit: Int

    /// Uses `pdftotext` and `pdfinfo` from `PATH`.
    public init(timeout: TimeInterval = 60, outputLimit: Int = 32 * 1024 * 1024) {
        self.init(pdftotext: Subprocess.find("pdftotext"), pdfinfo: Subprocess.find("pdfinfo"), timeout: timeout, outputLimit: outputLimit)
    }

    /// Uses the programs at these paths (nil: not installed).
    public init(pdftotext: URL?, pdfinfo: URL?, timeout: TimeInterval = 60, outputLimit: Int = 32 * 1024 * 1024) {
        self.pdftotext = pdftotext
        self.pdfinfo = pdfinfo
        self.timeout = timeout
        self.outputLimit = outputLimit
    }

    /// Version 2: pages and title from pdftotext's report (a title over several lines is kept whole).
    public var identity: String { "poppler-pdftotext-2" }

    public var unavailableReason: String? {
        guard let pdftotext, FileManager.default.isExecutableFile(atPath: pdftotext.path) else {
            return "pdftotext was not found (it comes with poppler-utils: `apt-get install poppler-utils`)"
        }
        return nil
    }

    public func extract(_ pdf: Data) -> PDFExtraction {
        if let reason = unavailableReason { return PDFExtraction(problem: .toolMissing(reason)) }
        guard let pdftotext else { return PDFExtraction(problem: .toolMissing("pdftotext was not found")) }
        let folder: URL
        do {
            folder = try Self.privateFolder()
        } catch {
            return PDFExtraction(problem: .toolMissing("no temporary folder to read the PDF in: \(error.localizedDescription)"))
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("paper.pdf")
        do {
            try pdf.write(to: file)
        } catch {
            return PDFExtraction(problem: .toolMissing("cannot write a temporary copy of the PDF: \(error.localizedDescription)"))
        }

        let text: Subprocess.Outcome
        do {
            text = try run(pdftotext, ["-htmlmeta", "-enc", "UTF-8", "-eol", "unix", "-nodiag", file.path, "-"], in: folder,
                           limit: outputLimit)
        } catch {
            return PDFExtraction(problem: .toolMissing("pdftotext could not be run: \(error.localizedDescription)"))
        }
        let report = PDFToTextReport(text.timedOut ? Data() : text.output)
        var (pages, title) = (report.pages, report.title)
        if pages == nil { (pages, title) = info(of: file, in: folder) }
        if text.timedOut { return PDFExtraction(pages: pages, title: title, problem: .timedOut(Int(timeout))) }
        guard text.status == 0 || (text.overflowed && !report.text.isEmpty) else {
            let errors = String(decoding: text.errorOutput, as: UTF8.self)
            return PDFExtraction(pages: pages, title: title, problem: .unreadable(Self.reason(status: text.status, errors: errors)))
        }
        return PDFExtraction(text: report.text, pages: pages, title: title)
    }

    /// The pages and title pdfinfo reports, for a PDF whose text could not be had whole.
    private func info(of file: URL, in folder: URL) -> (pages: Int?, title: String?) {
        guard let pdfinfo, let info = try? run(pdfinfo, ["-enc", "UTF-8", file.path], in: folder, limit: 1024 * 1024),
              info.status == 0, !info.timedOut else { return (nil, nil) }
        let fields = Self.infoFields(String(decoding: info.output, as: UTF8.self))
        return (fields["Pages"].flatMap { Int($0) }, fields["Title"].flatMap { $0.isEmpty ? nil : $0 })
    }

    /// Memory the program may use, in kilobytes: far more than poppler needs to read text, far less than a
    /// crafted PDF could make it take.
    public var memoryLimitKilobytes = 2 * 1024 * 1024

    private func run(_ program: URL, _ arguments: [String], in folder: URL, limit: Int) throws -> Subprocess.Outcome {
        // Through the shell only to set the limits (the shell then becomes the program): memory, and CPU time.
        let shell = URL(fileURLWithPath: "/bin/sh")
        guard FileManager.default.isExecutableFile(atPath: shell.path) else {
            return try Subprocess(executable: program, arguments: arguments, workingDirectory: folder, timeout: timeout, outputLimit: limit).run()
        }
        let limits = "ulimit -v \(memoryLimitKilobytes) 2>/dev/null; ulimit -t \(Int(timeout.rounded(.up)) + 1) 2>/dev/null; exec \"$0\" \"$@\""
        return try Subprocess(executable: shell, arguments: ["-c", limits, program.path] + arguments, workingDirectory: folder,
                              timeout: timeout, outputLimit: limit).run()
    }

    /// A new folder only this user can read, for the temporary copy of one PDF.
    private static func privateFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("noticeboard-pdf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false,
                                                attributes: [.posixPermissions: 0o700])
        return folder
    }

    /// `Key: value` lines of pdfinfo's report.
    static func infoFields(_ report: String) -> [String: String] {
        var fields: [String: String] = [:]
        for line in report.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = String(line[..<colon])
            if fields[key] == nil { fields[key] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces) }
        }
        return fields
    }

    /// A reader's reason from pdftotext's exit status and messages.
    static func reason(status: Int32, errors: String) -> String {
        let lower = errors.lowercased()
        if lower.contains("incorrect password") || lower.contains("encrypt") {
            return "it is encrypted with a password"
        }
        if lower.contains("may not be a pdf") || lower.contains("couldn't find trailer") || lower.contains("couldn't read xref")
            || lower.contains("document stream is empty") || lower.contains("syntax error") {
            return "it is damaged or not a PDF"
        }
        if status == 3 { return "its permissions do not allow copying its text" }
        let first = errors.split(separator: "\n").first.map { String($0.prefix(200)) }
        return "pdftotext failed (exit status \(status))" + (first.map { ": \($0)" } ?? "")
    }
}
