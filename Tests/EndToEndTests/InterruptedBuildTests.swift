import Foundation
import NoticeboardTestSupport
import Testing

/// A build killed at any moment leaves the output either as it was or as the new complete site, never half.
@Suite struct InterruptedBuildTests {
    /// A site big enough that a build takes a noticeable time, so kills land in every stage.
    func largeSite(meetings: Int, marker: String) -> TestSite {
        var site = TestSite.minimal
        for i in 0..<meetings {
            let date = CalendarDay.date(offset: i)
            site["content/meetings/test-icb/\(date)/index.md"] = """
            ---
            status: held
            items:
              - number: "1"
                title: Item \(i) \(marker)
            ---
            \(String(repeating: "The board discussed the plan for \(marker) in detail. ", count: 40))
            """
        }
        return site
    }

    @Test func killedBuildsLeaveTheOldOrTheNewSite() throws {
        let old = largeSite(meetings: 300, marker: "old")
        let new = largeSite(meetings: 300, marker: "new")
        let root = try old.write()
        let output = root.appendingPathComponent("site")
        try run(["build", "--root", root.path, "--quiet"])
        let oldTree = try readTree(output)
        let newRoot = try new.write()
        try run(["build", "--root", newRoot.path, "--quiet"])
        let newTree = try readTree(newRoot.appendingPathComponent("site"))
        try new.write(to: root)

        var generator = SeededGenerator(seed: 20261123)
        var outcomes: [String: Int] = [:]
        for _ in 0..<12 {
            let process = Process()
            process.executableURL = CommandLineTests.binary
            process.arguments = ["build", "--root", root.path, "--quiet"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(UInt32.random(in: 0...400_000, using: &generator))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let tree = try readTree(output)
            if tree == oldTree { outcomes["old", default: 0] += 1 }
            else if tree == newTree { outcomes["new", default: 0] += 1 }
            else { Issue.record("the output is neither the old site nor the new one after a kill") }
            // Back to the old site for the next round, when the kill came too late.
            if tree == newTree {
                try old.write(to: root)
                for path in new.files.keys where old.files[path] == nil { try? FileManager.default.removeItem(at: root.appendingPathComponent(path)) }
                try run(["build", "--root", root.path, "--quiet"])
                try new.write(to: root)
            }
        }
        // The next build completes and cleans up what the killed ones left.
        try run(["build", "--root", root.path, "--quiet"])
        #expect(try readTree(output) == newTree)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.hasPrefix(".site.tmp-") }
        #expect(leftovers.isEmpty)
        #expect(outcomes.values.reduce(0, +) == 12)
    }

    @discardableResult
    func run(_ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = CommandLineTests.binary
        process.arguments = arguments
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }
}

/// Dates for generated meetings: one a week from 2020-01-06.
enum CalendarDay {
    static func date(offset: Int) -> String {
        var components = DateComponents()
        components.year = 2020; components.month = 1; components.day = 6 + offset * 7
        let calendar = Calendar(identifier: .gregorian)
        var utc = calendar
        utc.timeZone = TimeZone(identifier: "UTC")!
        let date = utc.date(from: components)!
        let parts = utc.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
    }
}
