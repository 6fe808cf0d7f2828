import Foundation
import NoticeboardTestSupport
import Testing

/// `noticeboard audit` run as a user runs it: the built binary on a site folder.
@Suite(.serialized) struct AuditCommandTests {
    static let binary = packageRoot.appendingPathComponent(".build/debug/noticeboard")

    /// Runs the binary; returns its exit status and standard output.
    static func run(_ arguments: [String]) throws -> (status: Int32, output: String, errors: String) {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }

    /// The minimal site with one planted gap: item 1 taken in private, with a reason (a warning).
    static func site() throws -> URL {
        var site = TestSite.minimal
        site["content/meetings/test-icb/2026-03-12/index.md"] = site["content/meetings/test-icb/2026-03-12/index.md"]!
            .replacingOccurrences(of: "title: Welcome", with: "title: Welcome\n    private: true\n    exemption: staffing")
        return try site.write()
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: binary.path)), arguments: [
        (["--format", "json"], 0), (["--fail-on", "never"], 0), (["--fail-on", "error"], 0), (["--fail-on", "warning"], 1),
        (["--format", "xml"], 2), (["--as-of", "2026-02-30"], 2), (["--fail-on", "sometimes"], 2),
    ])
    func exitStatus(arguments: [String], status: Int) throws {
        let root = try Self.site()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try Self.run(["audit", "--root", root.path] + arguments).status == Int32(status))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: binary.path)))
    func jsonFindsThePlantedGapAndNothingElse() throws {
        let root = try Self.site()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try Self.run(["audit", "--root", root.path, "--format", "json", "--as-of", "2026-06-01"])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(document["as_of"] as? String == "2026-06-01")
        let findings = try #require(document["findings"] as? [[String: Any]])
        #expect(findings.map { [$0["rule"], $0["severity"], $0["body"], $0["meeting"], $0["item"]].map { "\($0 ?? "nil")" } }
                == [["private-item", "warning", "test-icb", "2026-03-12", "1"]])
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: binary.path)))
    func tableAndCSVNameTheFinding() throws {
        let root = try Self.site()
        defer { try? FileManager.default.removeItem(at: root) }
        let table = try Self.run(["audit", "--root", root.path, "--as-of", "2026-04-01"])
        #expect(table.output.hasPrefix("Audit as of 2026-04-01: 0 errors, 1 warning, 0 info"))
        #expect(table.output.contains("warning   private-item  test-icb 2026-03-12 item 1  Item 1 (Welcome) was taken in private; the reason given: staffing."))
        let csv = try Self.run(["audit", "--root", root.path, "--format", "csv", "--as-of", "2026-04-01"])
        #expect(csv.output.hasPrefix("rule,severity,body,meeting,item,paper,message,basis\r\nprivate-item,warning,test-icb,2026-03-12,1,,"))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: binary.path)))
    func contentErrorsExitOneWithDiagnostics() throws {
        var site = TestSite.minimal
        site["noticeboard.yml"]! += "\naudit:\n  rules:\n    private-itm: {enabled: false}\n"
        let root = try site.write()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try Self.run(["audit", "--root", root.path, "--format", "json"])
        #expect(result.status == 1)
        #expect(result.output.isEmpty)
        #expect(result.errors.contains("noticeboard.yml:6:5: error: unknown audit rule 'private-itm' (did you mean 'private-item'?)"))
    }
}
