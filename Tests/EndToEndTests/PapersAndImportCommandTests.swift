import Foundation
import NoticeboardTestSupport
import Testing

/// `noticeboard import`, and PDF papers, run through the built binary as a user would.
@Suite final class PapersAndImportCommandTests {
    struct Run { let status: Int32; let stdout: String; let stderr: String }

    /// Each test's temporary folders, removed when it ends.
    private var temporary: [URL] = []
    deinit { for folder in temporary { try? FileManager.default.removeItem(at: folder) } }

    func run(_ arguments: String..., environment: [String: String]? = nil) throws -> Run {
        let process = Process()
        process.executableURL = CommandLineTests.binary
        process.arguments = arguments
        if let environment { process.environment = environment }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// The import fixture's site and minutes, copied.
    func fixture() throws -> (root: URL, minutes: URL) {
        let fixture = packageRoot.appendingPathComponent("Tests/Fixtures/import")
        let base = Scratch.url("nb-e2e-import")
        temporary.append(base)
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        let root = base.appendingPathComponent("site"), minutes = base.appendingPathComponent("minutes")
        try FileManager.default.copyItem(at: fixture.appendingPathComponent("site"), to: root)
        try FileManager.default.copyItem(at: fixture.appendingPathComponent("minutes"), to: minutes)
        return (root, minutes)
    }

    @Test func importThenCheckPassesAndBuildSucceeds() throws {
        let (root, minutes) = try fixture()
        let imported = try run("import", minutes.path, "--body", "riverside-icb", "--root", root.path)
        #expect(imported.status == 0, "\(imported.stderr)")
        let lines = imported.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("result") == true)
        #expect(lines.contains { $0.hasPrefix("imported  meetings/2018-01-31-V8.md") && $0.contains("2018-01-31-v8") })
        #expect(lines.contains { $0.hasPrefix("skipped   2024-05-20.md") && $0.hasSuffix("a meeting already exists at content/meetings/riverside-icb/2024-05-20") })
        #expect(lines.contains { $0.hasPrefix("skipped   undated-notes.md") && $0.hasSuffix("no date in its name or first lines") })
        #expect(lines.last == "Imported 10 meetings into content/meetings/riverside-icb/, skipped 4.")
        let check = try run("check", "--root", root.path)
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout.contains("No problems found."))
        let build = try run("build", "--root", root.path)
        #expect(build.status == 0, "\(build.stderr)")
    }

    @Test func aDryRunSaysSoAndWritesNothing() throws {
        let (root, minutes) = try fixture()
        let before = try readTree(root)
        let result = try run("import", minutes.path, "--body", "riverside-icb", "--root", root.path, "--dry-run")
        #expect(result.status == 0)
        #expect(result.stdout.contains("would import  2024-03-12.md"))
        #expect(result.stdout.hasSuffix("Would import 10 meetings into content/meetings/riverside-icb/, skipped 4. Dry run: nothing was written.\n"))
        #expect(try readTree(root) == before)
    }

    @Test func anUnknownBodyExitsTwoWithASuggestion() throws {
        let (root, minutes) = try fixture()
        let result = try run("import", minutes.path, "--body", "riverside-ibc", "--root", root.path)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("error: no body 'riverside-ibc' in content/bodies/ (did you mean 'riverside-icb'?)"))
    }

    @Test func aMissingFolderOrBodyOptionExitsTwo() throws {
        let (root, _) = try fixture()
        #expect(try run("import", "/nonexistent/minutes", "--body", "riverside-icb", "--root", root.path).status == 2)
        #expect(try run("import", root.path, "--root", root.path).status == 2)
    }

    @Test func withoutPdftotextABuildWarnsOnceAndSucceeds() throws {
        var site = TestSite.minimal
        site["content/meetings/test-icb/2026-03-12/board-pack.yml"] = "title: Board pack\n"
        let root = try site.write(adding: [
            "content/meetings/test-icb/2026-03-12/board-pack.pdf": TestPDF.text(pages: [["Board pack"]]),
            "content/meetings/test-icb/2026-03-12/annex.pdf": TestPDF.text(pages: [["Annex"]]),
        ])
        let emptyPath = Scratch.url("nb-empty-path")
        temporary += [emptyPath, root]
        try FileManager.default.createDirectory(at: emptyPath, withIntermediateDirectories: true)
        let result = try run("build", "--root", root.path, environment: ["PATH": emptyPath.path])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        #expect(lines.first?.hasPrefix("content/meetings/test-icb/2026-03-12/annex.pdf:1:1: warning: pdftotext was not found") == true)
        #expect(lines.first?.contains("the text of 2 PDF papers is not extracted") == true)
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("site/bodies/test-icb/2026-03-12/board-pack/board-pack.pdf").path))
    }
}
