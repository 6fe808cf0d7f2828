import Foundation
import NoticeboardBuild
import NoticeboardModel
import NoticeboardTestSupport
import Testing

/// Sites kept as folders under `Tests/Fixtures`: invalid ones with the exact diagnostics expected, and a golden one
/// whose every output file is compared with a recorded snapshot (re-record with `NOTICEBOARD_RECORD=1 swift test`).
@Suite struct FixtureSiteTests {
    static let fixtures = packageRoot.appendingPathComponent("Tests/Fixtures")
    static let invalidSites = ((try? FileManager.default.contentsOfDirectory(atPath: fixtures.appendingPathComponent("invalid").path)) ?? []).sorted()

    @Test(arguments: invalidSites)
    func invalidSiteReportsExactlyTheExpectedDiagnostics(name: String) throws {
        let root = Self.fixtures.appendingPathComponent("invalid/\(name)")
        let expected = try String(contentsOf: root.appendingPathComponent("expected-diagnostics.txt"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
        let diagnostics = SiteBuilder(options: BuildOptions(root: root)).check().diagnostics
        #expect(diagnostics.map(\.description) + [diagnostics.summary] == expected)
    }

    @Test func invalidSitesWriteNothing() throws {
        for name in Self.invalidSites {
            let root = Self.fixtures.appendingPathComponent("invalid/\(name)")
            let out = Scratch.url("nb-invalid")
            let report = try SiteBuilder(options: BuildOptions(root: root, output: out)).build()
            #expect(!report.succeeded)
            #expect(!FileManager.default.fileExists(atPath: out.path))
        }
    }

    @Test func goldenSiteMatchesItsSnapshot() throws {
        let root = Self.fixtures.appendingPathComponent("golden/site")
        let expectedFolder = Self.fixtures.appendingPathComponent("golden/expected")
        let out = Scratch.url("nb-golden")
        let report = try SiteBuilder(options: BuildOptions(root: root, output: out)).build()
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        if ProcessInfo.processInfo.environment["NOTICEBOARD_RECORD"] == "1" {
            try? FileManager.default.removeItem(at: expectedFolder)
            try FileManager.default.copyItem(at: out, to: expectedFolder)
            return
        }
        let built = try readTree(out)
        let expected = try readTree(expectedFolder)
        #expect(built.keys.sorted() == expected.keys.sorted(), "files differ from the snapshot")
        for path in built.keys.sorted() where built[path] != expected[path] {
            Issue.record("\(path) differs from its snapshot:\n\(lineDiff(expected[path], built[path]))")
        }
    }

    /// The first lines that differ, `-` expected and `+` built.
    func lineDiff(_ old: Data?, _ new: Data?) -> String {
        let a = String(decoding: old ?? Data(), as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let b = String(decoding: new ?? Data(), as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        var lines: [String] = []
        for i in 0..<max(a.count, b.count) where lines.count < 12 {
            let x = i < a.count ? String(a[i]) : nil, y = i < b.count ? String(b[i]) : nil
            if x != y {
                if let x { lines.append("\(i + 1) - \(x)") }
                if let y { lines.append("\(i + 1) + \(y)") }
            }
        }
        return lines.joined(separator: "\n")
    }
}
