import Foundation
@testable import NoticeboardBuild
import NoticeboardContent
import NoticeboardModel
import NoticeboardRender
import NoticeboardTestSupport
import Testing

/// Incremental builds (a cache on disk between builds, a session kept by `serve`) must give exactly the bytes a full
/// build gives, after any series of edits, additions and deletions.
@Suite struct IncrementalBuildTests {
    /// The minimal site with a second body and more meetings, so pages list and link each other.
    static var site: TestSite {
        var site = TestSite.minimal
        site["content/bodies/test-partnership.md"] = """
        ---
        name: Test Partnership
        kind: ics-partnership-board
        region: midlands
        parent: test-icb
        ---
        A partnership.
        """
        site["content/meetings/test-icb/2026-01-15/index.md"] = """
        ---
        title: January board
        items:
          - number: "1"
            title: Welcome
        ---
        ## Minutes
        The board met.
        """
        site["content/meetings/test-icb/2026-05-14/index.md"] = """
        ---
        title: May board
        status: scheduled
        ---
        """
        site["content/meetings/test-partnership/2025-11-03/index.md"] = "---\ntitle: Partnership meeting\n---\nNotes.\n"
        return site
    }

    typealias Edit = (name: String, apply: @Sendable (inout TestSite) -> Void)

    static let edits: [Edit] = [
        ("minutes changed", { $0["content/meetings/test-icb/2026-03-12/index.md"]! += "\nA new paragraph of minutes.\n" }),
        ("meeting title changed (neighbours link it)", {
            $0["content/meetings/test-icb/2026-01-15/index.md"] = $0["content/meetings/test-icb/2026-01-15/index.md"]!
                .replacingOccurrences(of: "January board", with: "January board in public")
        }),
        ("body renamed (its meetings, papers, child and lists show the name)", {
            $0["content/bodies/test-icb.md"] = $0["content/bodies/test-icb.md"]!.replacingOccurrences(of: "name: Test ICB", with: "name: Test Integrated Care Board")
        }),
        ("meeting added between two others", {
            $0["content/meetings/test-icb/2026-02-10/index.md"] = "---\ntitle: February extraordinary\n---\nHeld at short notice.\n"
        }),
        ("paper text changed", { $0["content/meetings/test-icb/2026-03-12/financial-plan.md"]! += "\nRevised.\n" }),
        ("paper added to an item", {
            $0["content/meetings/test-icb/2026-01-15/welcome-pack.md"] = "---\ntitle: Welcome pack\nitem: \"1\"\n---\nHello.\n"
            $0["content/meetings/test-icb/2026-01-15/index.md"] = $0["content/meetings/test-icb/2026-01-15/index.md"]!
                .replacingOccurrences(of: "    title: Welcome\n", with: "    title: Welcome\n    paper: welcome-pack\n")
        }),
        ("meeting deleted", { $0.files = $0.files.filter { !$0.key.hasPrefix("content/meetings/test-icb/2026-05-14/") } }),
        ("page title changed (every page's navigation)", {
            $0["content/pages/about.md"] = "---\ntitle: About us\n---\nA test site.\n"
        }),
        ("page added", { $0["content/pages/contact.md"] = "---\ntitle: Contact\n---\nWrite to us.\n" }),
        // A one-letter folder: Foundation's `deletingLastPathComponent` traps on "a", so the writer must not use it.
        ("page with a one-letter name added", { $0["content/pages/a.md"] = "---\ntitle: A\n---\nA page.\n" }),
        ("page with a one-letter name deleted", { $0.files["content/pages/a.md"] = nil }),
        ("settings changed", { $0["noticeboard.yml"]! += "\ndescription: A site for tests.\n" }),
        ("template overridden", {
            $0["templates/partials/meeting-item.mustache"] = String(decoding: DefaultThemeFile.data("partials/meeting-item.mustache"), as: UTF8.self) + "<!-- overridden -->\n"
        }),
        ("body deleted with its meetings", {
            $0.files = $0.files.filter { !$0.key.contains("test-partnership") }
            $0["content/bodies/test-icb.md"] = $0["content/bodies/test-icb.md"]!
        }),
    ]

    /// Replaces the site folder's files with the site's (deleting files the site no longer has).
    func sync(_ site: TestSite, to root: URL) throws {
        for folder in ["content", "templates"] { try? FileManager.default.removeItem(at: root.appendingPathComponent(folder)) }
        try site.write(to: root)
    }

    func fullBuild(_ root: URL, asOf: CalendarDate) throws -> [String: Data] {
        let out = Scratch.url("nb-full")
        let session = BuildSession(options: BuildOptions(root: root, output: out, asOf: asOf), persistent: false)
        let report = try SiteBuilder(options: session.options).build(in: session)
        #expect(report.succeeded, "\(report.diagnostics)")
        defer { try? FileManager.default.removeItem(at: out) }
        return try readTree(out)
    }

    @Test func buildsWithTheCacheEqualFullBuildsAfterEveryEdit() throws {
        var site = Self.site
        let root = try site.write()
        let asOf = CalendarDate(iso: "2026-11-01")!
        let out = root.appendingPathComponent("site")
        let options = BuildOptions(root: root, output: out, asOf: asOf)
        #expect(try SiteBuilder(options: options).build().succeeded)
        for edit in Self.edits {
            edit.apply(&site)
            try sync(site, to: root)
            let report = try SiteBuilder(options: options).build()
            #expect(report.succeeded, "\(edit.name): \(report.diagnostics)")
            #expect(try readTree(out) == fullBuild(root, asOf: asOf), "after \(edit.name)")
        }
    }

    @Test func aServeSessionEqualsFullBuildsAfterEveryEdit() throws {
        var site = Self.site
        let root = try site.write()
        let asOf = CalendarDate(iso: "2026-11-01")!
        let out = root.appendingPathComponent(".noticeboard-cache/serve/test")
        let session = BuildSession(options: BuildOptions(root: root, output: out, asOf: asOf), mode: .inPlace)
        // As in `serve`: the changed pages are written before the search index, and the preview told then.
        let meetingPage = out.appendingPathComponent("bodies/test-icb/2026-03-12/index.html")
        let told = Told()
        session.onPagesWritten = { _, pages in told.record((try? String(contentsOf: meetingPage, encoding: .utf8)) ?? "", pages) }
        #expect(try SiteBuilder(options: session.options).build(in: session).succeeded)
        for edit in Self.edits {
            let before = site.files
            edit.apply(&site)
            try sync(site, to: root)
            let changed = Set(before.keys).union(site.files.keys).filter { before[$0] != site.files[$0] }
            session.invalidate(Array(changed))
            let toldBefore = told.calls
            let report = try SiteBuilder(options: session.options).build(in: session)
            #expect(report.succeeded, "\(edit.name): \(report.diagnostics)")
            let waves = told.waves.dropFirst(toldBefore)
            #expect((1...2).contains(waves.count), "the preview is told once per wave of pages (\(edit.name))")
            let toldPages = Array(waves.joined())
            #expect(Set(toldPages).count == toldPages.count && Set(toldPages).isSubset(of: session.statistics.changedPaths.map(SitePaths.path(ofFile:))),
                    "each page told of was written, once (\(edit.name))")
            #expect(try readTree(out) == fullBuild(root, asOf: asOf), "after \(edit.name)")
            if edit.name == "minutes changed" {
                #expect(told.page.contains("A new paragraph of minutes."), "the page was written before the preview was told")
                // The edited record's pages come first; the pages made from every record (the gaps page) after them.
                #expect(waves.count == 2 && waves.first!.contains("bodies/test-icb/2026-03-12/") && !waves.first!.contains("gaps/"),
                        "waves: \(Array(waves))")
                #expect(waves.last!.contains("gaps/"))
            }
            if edit.name == "minutes changed" {
                // Record pages: the meeting, its paper, its body, and the meetings before and after it (they link it
                // by title). Files made from every record (feeds, data, the search index, /gaps/) are made again too.
                #expect(Self.recordPages(session.statistics.changedPaths).count == 5, "rendered \(session.statistics.changedPaths)")
            }
        }
    }

    /// What a serve session told the preview: how many times, and the meeting page as it was on disk the last time.
    final class Told: @unchecked Sendable {
        private let lock = NSLock()
        private var told: [[String]] = [], text = ""
        func record(_ page: String, _ pages: [String]) { lock.withLock { told.append(pages); text = page } }
        var calls: Int { lock.withLock { told.count } }
        /// The pages told of, call by call.
        var waves: [[String]] { lock.withLock { told } }
        var page: String { lock.withLock { text } }
    }

    /// The pages of bodies, meetings and papers among some output paths, sorted.
    static func recordPages(_ paths: [String]) -> [String] {
        paths.filter { $0.hasPrefix("bodies/") && $0.hasSuffix("/index.html") }.sorted()
    }

    @Test func aSecondBuildOfAnUnchangedSiteWritesNothing() throws {
        let root = try Self.site.write()
        let options = BuildOptions(root: root, asOf: CalendarDate(iso: "2026-11-01")!)
        let first = try SiteBuilder(options: options).build()
        #expect(first.filesWritten == first.filesInOutput)
        let stamps = FileStamp.scan(options.output.path)
        let second = try SiteBuilder(options: options).build()
        #expect(second.filesWritten == 0)
        #expect(second.filesInOutput == first.filesInOutput)
        #expect(FileStamp.scan(options.output.path) == stamps)
    }

    @Test func oneChangedMeetingRendersOnlyThePagesThatShowIt() throws {
        var site = Self.site
        let root = try site.write()
        let options = BuildOptions(root: root, asOf: CalendarDate(iso: "2026-11-01")!)
        _ = try SiteBuilder(options: options).build()
        site["content/meetings/test-partnership/2025-11-03/index.md"]! += "More notes.\n"
        try sync(site, to: root)
        let session = BuildSession(options: options)
        _ = try SiteBuilder(options: options).build(in: session)
        // Of the record pages, the meeting's and its body's; lists show only titles and dates, which did not change.
        #expect(Self.recordPages(session.statistics.changedPaths) == ["bodies/test-partnership/2025-11-03/index.html", "bodies/test-partnership/index.html"])
        #expect(!session.statistics.changedPaths.contains("bodies/index.html") && !session.statistics.changedPaths.contains("index.html"))
    }

    /// Paths and messages with tabs, line breaks (a CR LF too), backslashes and non-ASCII text, and digests with
    /// leading zeros, come back as they were written.
    @Test func theManifestReadsBackWhatItWrote() throws {
        let stamp = FileStamp(size: 12, modified: 1_700_000_000_123_456_789, inode: 42)
        let odd = "bodies/caf\u{E9} \u{1F3E5}/a\tb\\c\nd\re\r\nf/index.html"
        let manifest = BuildManifest(
            binary: "/opt/noticeboard\twith a tab", output: "/srv/site \u{E9}", inputs: StableDigest.of("inputs"),
            diagnostics: [Diagnostic(.warning, "a message\twith\nbreaks and \\ \u{2014}", at: SourceLocation(path: "content/caf\u{E9}.md", line: 3, column: 7))],
            files: [odd: BuildManifest.Entry(key: StableDigest.of("one"), stamp: stamp), "index.html": BuildManifest.Entry(key: StableDigest.of("two"), stamp: stamp),
                    "small.html": BuildManifest.Entry(key: StableDigest(high: 0x1, low: 0xABC), stamp: stamp)],
            spare: ["index.html": BuildManifest.Entry(key: StableDigest.of("three"), stamp: stamp)],
            sources: [odd: StampedDigest(stamp: SourceStamp(size: 9, inode: 7, modified: 1_700_000_000_000_000_001, changed: 1_700_000_000_000_000_002),
                                         digest: StableDigest(high: 0, low: 0x5)),
                      "content/bodies/test-icb.md": StampedDigest(stamp: SourceStamp(size: 0, inode: UInt64.max, modified: -5, changed: 1),
                                                                  digest: StableDigest.of("four"))])
        let decoded = BuildManifest.decode(manifest.encoded(), binary: manifest.binary)
        #expect(decoded == manifest)
        #expect(BuildManifest.decode(manifest.encoded().dropLast(), binary: manifest.binary) == nil)
    }

    @Test func manifestNumbersAreReadFromTheirBytes() {
        func read<T: FixedWidthInteger>(_ text: String, as: T.Type) -> T? { BuildManifest.number(ArraySlice(text.utf8)) }
        #expect(read("0", as: Int.self) == 0)
        #expect(read("1700000000123456789", as: Int.self) == 1_700_000_000_123_456_789)
        #expect(read("-9223372036854775808", as: Int.self) == Int.min)
        #expect(read("9223372036854775808", as: Int.self) == nil)
        #expect(read("18446744073709551615", as: UInt64.self) == UInt64.max)
        #expect(read("-1", as: UInt64.self) == nil)
        for bad in ["", "-", "1a", " 1", "+1"] { #expect(read(bad, as: Int.self) == nil, "\(bad)") }
    }

    /// A source file is not read again while its stamp is what it was when it was read, long enough after it last
    /// changed; its change time, which cannot be set back, gives away an edit that kept the size and modification time.
    @Test func sourceDigestsAreTrustedOnlyWhileTheirStampsHold() throws {
        let root = try Self.site.write()
        let path = "content/meetings/test-icb/2026-01-15/index.md"
        let file = root.appendingPathComponent(path)
        func snapshot(trusting known: [String: StampedDigest] = [:]) -> SourceSnapshot {
            let snapshot = SourceSnapshot(base: LocalFileSystem(root: root))
            snapshot.trust(known)
            _ = snapshot.digest(ofTree: "content")
            return snapshot
        }
        let now = Int(Date().timeIntervalSince1970 * 1_000_000_000)
        let read = snapshot()
        let real = try #require(read.digest(of: path))
        #expect(read.trustedDigests(changedBefore: now - 60_000_000_000).isEmpty, "a file changed a moment ago is not trusted")
        var known = read.trustedDigests(changedBefore: now + 60_000_000_000)
        #expect(known[path]?.digest == real)
        // A digest that is not the file's shows whether the file was read again or the digest trusted.
        let sentinel = StableDigest.of("not the file's digest")
        known[path]?.digest = sentinel
        #expect(snapshot(trusting: known).digest(of: path) == sentinel, "unchanged: not read again")

        let modified = try Self.modificationTime(of: file.path)
        var text = try String(contentsOf: file, encoding: .utf8)
        text = text.replacingOccurrences(of: "The board met.", with: "The board sat.")
        try text.write(to: file, atomically: false, encoding: .utf8)
        try Self.setModificationTime(of: file.path, to: modified)
        let edited = snapshot(trusting: known).digest(of: path)
        #expect(edited != sentinel && edited != real, "the same size and modification time, but changed: read again")
    }

    /// A file's modification time, to the nanosecond.
    static func modificationTime(of path: String) throws -> timespec {
        var info = stat()
        guard stat(path, &info) == 0 else { throw CocoaError(.fileReadNoSuchFile) }
        return info.st_mtim
    }

    /// Sets a file's modification time back (its change time becomes now: nothing can set that back).
    static func setModificationTime(of path: String, to time: timespec) throws {
        let times = [time, time]  // access and modification
        guard utimensat(AT_FDCWD, path, times, 0) == 0 else { throw CocoaError(.fileWriteUnknown) }
        #expect(try modificationTime(of: path).tv_nsec == time.tv_nsec && modificationTime(of: path).tv_sec == time.tv_sec)
    }

    /// A build after an edit that kept the file's size and modification time equals a full build.
    @Test func aBuildSeesAnEditThatKeptSizeAndTime() throws {
        var site = Self.site
        let root = try site.write()
        let asOf = CalendarDate(iso: "2026-11-01")!
        let options = BuildOptions(root: root, asOf: asOf)
        _ = try SiteBuilder(options: options).build()
        // Sources changed less than two seconds before a build are read again by the next one; these must be trusted.
        Thread.sleep(forTimeInterval: 2.2)
        #expect(try SiteBuilder(options: options).build().filesWritten == 0)
        let manifest = try #require(BuildManifest.decode(try Data(contentsOf: BuildManifest.location(root: root, output: options.output)),
                                                         binary: BuildManifest.currentBinary))
        let path = "content/meetings/test-partnership/2025-11-03/index.md"
        #expect(manifest.sources[path] != nil, "the up-to-date build recorded the sources it can trust")
        let file = root.appendingPathComponent(path)
        let modified = try Self.modificationTime(of: file.path)
        // Written over in place (the same inode), then its modification time set back to the nanosecond.
        site[path] = site[path]!.replacingOccurrences(of: "Notes.", with: "Nodes.")
        try site[path]!.write(to: file, atomically: false, encoding: .utf8)
        try Self.setModificationTime(of: file.path, to: modified)
        let report = try SiteBuilder(options: options).build()
        #expect(report.filesWritten > 0)
        #expect(try readTree(options.output) == fullBuild(root, asOf: asOf))
    }

    @Test func aCorruptOrForeignCacheIsIgnored() throws {
        var site = Self.site
        let root = try site.write()
        let asOf = CalendarDate(iso: "2026-11-01")!
        let options = BuildOptions(root: root, asOf: asOf)
        _ = try SiteBuilder(options: options).build()
        let manifest = BuildManifest.location(root: root, output: options.output)
        var bytes = try Data(contentsOf: manifest)
        #expect(BuildManifest.decode(bytes, binary: BuildManifest.currentBinary) != nil)
        #expect(BuildManifest.decode(bytes, binary: "another noticeboard") == nil)
        // Corrupt one byte in the middle: the checksum no longer matches, so the whole manifest is ignored.
        bytes[bytes.count / 2] ^= 0x20
        #expect(BuildManifest.decode(bytes, binary: BuildManifest.currentBinary) == nil)
        try bytes.write(to: manifest)
        site["content/pages/about.md"] = "---\ntitle: About\n---\nChanged.\n"
        try sync(site, to: root)
        #expect(try SiteBuilder(options: options).build().succeeded)
        #expect(try readTree(options.output) == fullBuild(root, asOf: asOf))
    }

    @Test func anOutputFileChangedByHandIsRebuilt() throws {
        let root = try Self.site.write()
        let asOf = CalendarDate(iso: "2026-11-01")!
        let options = BuildOptions(root: root, asOf: asOf)
        _ = try SiteBuilder(options: options).build()
        let page = options.output.appendingPathComponent("bodies/test-icb/index.html")
        try Data("edited by hand".utf8).write(to: page)
        try Data("stray".utf8).write(to: options.output.appendingPathComponent("stray.html"))
        let report = try SiteBuilder(options: options).build()
        #expect(report.filesWritten == 1)
        #expect(try readTree(options.output) == fullBuild(root, asOf: asOf))
    }
}

extension IncrementalBuildTests {
    @Test func theSpareCopyIsUpdatedAndSwappedInAndNeverTrustedBlindly() throws {
        var site = Self.site
        let root = try site.write()
        let asOf = CalendarDate(iso: "2026-11-01")!
        let options = BuildOptions(root: root, asOf: asOf)
        let spare = BuildManifest.spareLocation(root: root, output: options.output)
        func edit(_ n: Int) throws -> BuildSession {
            site["content/meetings/test-icb/2026-03-12/index.md"]! += "\nEdit \(n).\n"
            try sync(site, to: root)
            let served = try readTree(options.output)
            let session = BuildSession(options: options)
            #expect(try SiteBuilder(options: options).build(in: session).succeeded)
            #expect(try readTree(options.output) == fullBuild(root, asOf: asOf), "after edit \(n)")
            // The output served while the spare was updated (it shares files with the spare as hard links, and the
            // spare's removed files are reused for new ones) is untouched: it is the spare now.
            if session.statistics.updatedSpare { #expect(try readTree(spare) == served, "served output kept at edit \(n)") }
            return session
        }
        _ = try SiteBuilder(options: options).build()
        _ = try edit(1) // stages a new folder; the previous output becomes the spare
        #expect(try edit(2).statistics.updatedSpare)
        #expect(try edit(3).statistics.updatedSpare)
        // A spare changed behind Noticeboard's back is not trusted: the changed file is made again.
        let page = spare.appendingPathComponent("bodies/test-partnership/index.html")
        try FileManager.default.removeItem(at: page)
        try Data("tampered".utf8).write(to: page)
        _ = try edit(4)
        try FileManager.default.removeItem(at: spare)
        _ = try edit(5)
    }
}

/// The built-in theme's files, for tests that override one.
enum DefaultThemeFile {
    static func data(_ name: String) -> Data {
        (try? Data(contentsOf: packageRoot.appendingPathComponent("templates/\(name)"))) ?? Data()
    }
}
