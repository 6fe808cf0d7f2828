import Foundation
import NoticeboardTestSupport
import Testing

/// A board secretary's first session, through the built binary: init → new body, meeting, paper → check → build.
@Suite struct AuthoringTests {
    struct Run { let status: Int32; let stdout: String; let stderr: String }

    func noticeboard(_ arguments: String..., in folder: URL) throws -> Run {
        let process = Process()
        process.executableURL = CommandLineTests.binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }

    func temporaryFolder() throws -> URL {
        let url = Scratch.url("nb-authoring")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func text(_ url: URL) throws -> String { try String(contentsOf: url, encoding: .utf8) }

    @Test func aNewSiteGetsABodyMeetingAndPaperAndBuilds() throws {
        let parent = try temporaryFolder()
        let initialized = try noticeboard("init", "northshire", "--title", "Northshire Health Noticeboard", in: parent)
        #expect(initialized.status == 0, "\(initialized.stderr)")
        let root = parent.appendingPathComponent("northshire")
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("templates").path))

        // The new site builds at once, with no problems.
        let fresh = try noticeboard("check", in: root)
        #expect(fresh.status == 0 && fresh.stderr.isEmpty, "\(fresh.stderr)")

        let body = try noticeboard("new", "body", "northshire-icb", "--kind", "integrated-care-board", "--name", "Northshire ICB", "--region", "midlands", in: root)
        #expect(body.status == 0, "\(body.stderr)")
        #expect(body.stdout == "content/bodies/northshire-icb.md\n")

        let meeting = try noticeboard("new", "meeting", "--body", "northshire-icb", "--date", "2026-03-12", "--title", "Board meeting in public", in: root)
        #expect(meeting.status == 0, "\(meeting.stderr)")
        #expect(meeting.stdout == "content/meetings/northshire-icb/2026-03-12/index.md\n")
        let index = root.appendingPathComponent("content/meetings/northshire-icb/2026-03-12/index.md")
        let before = try text(index)

        let paper = try noticeboard("new", "paper", "--meeting", "northshire-icb/2026-03-12", "--title", "System financial plan 2026/27", "--item", "3", in: root)
        #expect(paper.status == 0, "\(paper.stderr)")
        #expect(paper.stdout == "content/meetings/northshire-icb/2026-03-12/system-financial-plan-2026-27.md\n")
        // Exactly one line was added to the agenda, after item 3's title, and every comment stayed.
        let after = try text(index)
        var expected = before.components(separatedBy: "\n")
        let title = try #require(expected.firstIndex { $0.hasPrefix("    title: Finance report") })
        expected.insert("    paper: system-financial-plan-2026-27", at: title + 1)
        #expect(after == expected.joined(separator: "\n"))

        let check = try noticeboard("check", in: root)
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout.contains("No problems found."))
        let build = try noticeboard("build", in: root)
        #expect(build.status == 0, "\(build.stderr)")
        let page = try text(root.appendingPathComponent("site/bodies/northshire-icb/2026-03-12/index.html"))
        #expect(page.contains("Board meeting in public"))
        #expect(page.contains("2026-03-12/system-financial-plan-2026-27/\">System financial plan 2026/27</a>"))
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("site/bodies/northshire-icb/2026-03-12/system-financial-plan-2026-27/index.html").path))
    }

    @Test func mistakesInTheCommandExitTwoAndWriteNothing() throws {
        let parent = try temporaryFolder()
        #expect(try noticeboard("init", "site", in: parent).status == 0)
        let root = parent.appendingPathComponent("site")
        let before = try readTree(root)
        let cases: [([String], String)] = [
            (["init", "."], "already exists and is not empty"),
            (["new", "body", "Northshire_ICB", "--kind", "integrated-care-board", "--name", "X"], "must be lower-case-kebab"),
            (["new", "body", "x", "--kind", "integrated-care-bord", "--name", "X"], "unknown kind 'integrated-care-bord' (did you mean 'integrated-care-board'?)"),
            (["new", "body", "x", "--kind", "nhs-trust", "--name", "X", "--region", "midland"], "unknown region 'midland' (did you mean 'midlands'?)"),
            (["new", "body", "example-icb", "--kind", "nhs-trust", "--name", "X"], "content/bodies/example-icb.md already exists; refusing to overwrite it"),
            (["new", "meeting", "--body", "example-icx", "--date", "2026-03-12"], "there is no body 'example-icx' (did you mean 'example-icb'?)"),
            (["new", "meeting", "--body", "example-icb", "--date", "2026-02-30"], "--date '2026-02-30' is not a real date"),
            (["new", "meeting", "--body", "example-icb", "--date", "2026-03-12", "--suffix", "Extra Ordinary"], "--suffix 'Extra Ordinary' must be lower-case-kebab"),
            (["new", "meeting", "--body", "example-icb", "--date", "2026-01-15"], "already exists; refusing to overwrite it"),
            (["new", "paper", "--meeting", "example-icb/2026-01-16", "--title", "X"], "there is no meeting 'example-icb/2026-01-16'"),
            (["new", "paper", "--meeting", "example-icb/2026-01-15", "--title", "Another plan", "--item", "2"], "agenda item 2 already has a paper ('financial-plan')"),
            (["new", "paper", "--meeting", "example-icb/2026-01-15", "--title", "Financial plan"], "financial-plan.md already exists"),
        ]
        for (arguments, message) in cases {
            let process = Process()
            process.executableURL = CommandLineTests.binary
            process.arguments = arguments
            process.currentDirectoryURL = root
            let err = Pipe()
            process.standardError = err
            process.standardOutput = Pipe()
            try process.run()
            let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 2, "\(arguments): \(stderr)")
            #expect(stderr.contains(message), "\(arguments): \(stderr)")
        }
        #expect(try readTree(root) == before)
    }

    @Test func aPaperForAnItemNotOnTheAgendaIsWrittenWithANote() throws {
        let parent = try temporaryFolder()
        #expect(try noticeboard("init", "site", in: parent).status == 0)
        let root = parent.appendingPathComponent("site")
        let index = root.appendingPathComponent("content/meetings/example-icb/2026-01-15/index.md")
        let before = try text(index)
        let result = try noticeboard("new", "paper", "--meeting", "example-icb/2026-01-15", "--title", "Risk register", "--item", "9", in: root)
        #expect(result.status == 0)
        #expect(result.stderr.contains("the agenda has no item '9' (its items are: 1, 2)"))
        #expect(try text(index) == before)
        #expect(try text(root.appendingPathComponent("content/meetings/example-icb/2026-01-15/risk-register.md")).contains("item: \"9\""))
    }

    @Test func theSitesOwnScaffoldsAndTemplatesAreUsed() throws {
        let parent = try temporaryFolder()
        let result = try noticeboard("init", "site", "--with-templates", in: parent)
        #expect(result.status == 0, "\(result.stderr)")
        let root = parent.appendingPathComponent("site")
        for file in ["templates/layout.mustache", "templates/assets/style.css", "templates/scaffolds/meeting.md"] {
            #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent(file).path), "\(file)")
        }
        let scaffold = root.appendingPathComponent("templates/scaffolds/body.md")
        try Data("---\nname: {{{nameYAML}}}\nkind: {{kind}}\nregion: {{region}}\nextra:\n  scaffolded: by the site\n---\n".utf8).write(to: scaffold)
        #expect(try noticeboard("new", "body", "our-pcn", "--kind", "primary-care-network", "--name", "Our PCN: North", in: root).status == 0)
        #expect(try text(root.appendingPathComponent("content/bodies/our-pcn.md")) == "---\nname: \"Our PCN: North\"\nkind: primary-care-network\nregion: midlands\nextra:\n  scaffolded: by the site\n---\n")
        let build = try noticeboard("build", in: root)
        #expect(build.status == 0, "\(build.stderr)")
    }
}
