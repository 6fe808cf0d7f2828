import Foundation
import NoticeboardTestSupport
import Testing

/// Runs the built `noticeboard` binary as a user would.
@Suite struct CommandLineTests {
    struct Run { let status: Int32; let stdout: String; let stderr: String }

    static var binary: URL {
        if let path = ProcessInfo.processInfo.environment["NOTICEBOARD_BIN"] { return URL(fileURLWithPath: path) }
        // swift test puts test bundles beside the products they depend on.
        let products = Bundle.allBundles.map(\.bundleURL).first { $0.pathExtension == "xctest" }?.deletingLastPathComponent()
            ?? packageRoot.appendingPathComponent(".build/debug")
        return products.appendingPathComponent("noticeboard")
    }

    func run(_ arguments: String..., in folder: URL? = nil) throws -> Run {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = folder }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }

    @Test func buildsAValidSite() throws {
        let root = try TestSite.minimal.write()
        let result = try run("build", "--root", root.path)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Built"))
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("site/bodies/test-icb/index.html").path))
    }

    @Test func buildFromTheSiteFolderByDefault() throws {
        let root = try TestSite.minimal.write()
        let out = root.appendingPathComponent("elsewhere")
        let result = try run("build", "--out", out.path, "--as-of", "2026-06-01", in: root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("index.html").path))
    }

    @Test func checkReportsEveryMistakeAndExitsOne() throws {
        var site = TestSite.minimal
        site["content/bodies/test-icb.md"] = site["content/bodies/test-icb.md"]!
            .replacingOccurrences(of: "kind: integrated-care-board", with: "kind: integrated-care-bord")
            .replacingOccurrences(of: "cadence: bimonthly", with: "cadance: bimonthly")
        let root = try site.write()
        let result = try run("check", "--root", root.path)
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix("content/bodies/test-icb.md:3:7: error: unknown kind 'integrated-care-bord'"))
        #expect(lines[1] == "content/bodies/test-icb.md:5:1: error: unknown key 'cadance' (did you mean 'cadence'?) (your own fields go under 'extra:')")
        #expect(lines[2] == "2 errors, 0 warnings")
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("site").path))
    }

    @Test func checkAsJSON() throws {
        var site = TestSite.minimal
        site["content/pages/about.md"] = "---\ntitel: About\n---\n"
        let root = try site.write()
        let result = try run("check", "--root", root.path, "--format", "json")
        #expect(result.status == 1)
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(json?["errors"] as? Int == 2)
        let first = (json?["diagnostics"] as? [[String: Any]])?.first
        #expect(first?["path"] as? String == "content/pages/about.md")
        #expect(first?["line"] as? Int == 2)
    }

    @Test func failedBuildSaysNothingWasWrittenAndKeepsTheOldSite() throws {
        var site = TestSite.minimal
        let root = try site.write()
        #expect(try run("build", "--root", root.path).status == 0)
        let before = try readTree(root.appendingPathComponent("site"))
        site["content/meetings/test-icb/2026-03-12/index.md"] = "---\nstatus: [\n---\n"
        try site.write(to: root)
        let result = try run("build", "--root", root.path)
        #expect(result.status == 1)
        #expect(result.stderr.contains("content/meetings/test-icb/2026-03-12/index.md:3:1: error: YAML syntax: while parsing a flow node did not find expected node content"))
        #expect(result.stderr.contains("nothing was written"))
        #expect(try readTree(root.appendingPathComponent("site")) == before)
    }

    @Test(arguments: [["build", "--as-of", "2026-02-30"], ["build", "--frobnicate"], ["nonsense"], ["check", "--format", "xml"]])
    func usageErrorsExitTwo(arguments: [String]) throws {
        let root = try TestSite.minimal.write()
        let result = try runArguments(arguments, in: root)
        #expect(result.status == 2, "\(result.stderr)")
    }

    func runArguments(_ arguments: [String], in folder: URL) throws -> Run {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let err = Pipe()
        process.standardError = err
        process.standardOutput = Pipe()
        try process.run()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: "", stderr: String(decoding: stderr, as: UTF8.self))
    }
}
