import Foundation
#if canImport(Glibc)
import Glibc
#endif
@testable import NoticeboardBuild
import NoticeboardRender
import Testing
import NoticeboardTestSupport

@Suite struct OutputWriterTests {
    @Test(arguments: ["../escape.html", "/etc/passwd", "a/../../b", "a//b", "", "./x", "a\\b"])
    func refusesPathsThatLeaveTheOutput(path: String) throws {
        let out = Scratch.url("nb-out").appendingPathComponent("site")
        #expect(throws: OutputPathError.self) {
            try OutputWriter(output: out).write([OutputFile(path: "index.html", text: "ok"), OutputFile(path: path, text: "bad")])
        }
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    /// The check reads bytes: names of three dots or with a dot inside are plain; `.` and `..` anywhere, empty
    /// names (a leading, doubled or trailing `/`), NUL and backslash are not.
    @Test func plainPathsAreTold() {
        for plain in ["index.html", "a/b/c.js", ".../x", "a/.hidden", "a..b/c", "é/ü.html", "a/..."] {
            #expect((try? OutputWriter.checkedPath(plain)) == plain, "\(plain)")
        }
        for bad in ["a/", "/a", "a/.", "a/..", "..", ".", "a/./b", "a\0b", "x/\\y"] {
            #expect(throws: OutputPathError.self, "\(bad)") { try OutputWriter.checkedPath(bad) }
        }
    }

    /// Each folder's files are written by one thread: the groups hold every file once, by folder, the biggest first.
    @Test func filesAreGroupedByFolderBiggestFirst() {
        let paths = ["index.html", "a/1.js", "b/index.html", "a/2.js", "c/x", "a/3.js", "c/y", "robots.txt"]
        #expect(OutputWriter.folderGroups(paths) == [[1, 3, 5], [0, 7], [4, 6], [2]])
    }

    /// Folders holding a file marked to start with come first (the gaps page, made from every record, takes longest).
    @Test func foldersOfFilesToStartWithComeFirst() {
        let paths = ["index.html", "a/1.js", "b/index.html", "a/2.js", "c/x", "a/3.js", "c/y", "robots.txt"]
        let first = paths.map { $0 == "b/index.html" || $0 == "c/y" }
        #expect(OutputWriter.folderGroups(paths, startingWith: first) == [[4, 6], [2], [1, 3, 5], [0, 7]])
    }

    /// Told to stop (as a build is once its search index is made), the workers begin no other folder and return the
    /// files of the folders not begun, so that each file is worked on exactly once, by this call or the next.
    @Test func stoppingLeavesWholeFoldersForLater() throws {
        let paths = (0..<300).map { "f/\($0 % 60)/\($0).html" }
        let worked = TimesWorked(paths.count)
        let asked = Counter()
        let left = try OutputWriter.forEachByFolder(paths, stopping: { asked.increment() >= 10 }) { worked.add($0) }
        #expect(!left.isEmpty && left.count < paths.count)
        #expect(left == left.sorted())
        let folder = { (index: Int) in paths[index].split(separator: "/")[1] }
        let foldersWorked = Set(paths.indices.filter { worked.times[$0] > 0 }.map(folder))
        #expect(Set(left.map(folder)).isDisjoint(with: foldersWorked))
        try OutputWriter.forEachByFolder(left.map { paths[$0] }) { worked.add(left[$0]) }
        #expect(worked.times.allSatisfy { $0 == 1 })
        #expect(try OutputWriter.forEachByFolder(paths) { _ in }.isEmpty)
    }

    private final class TimesWorked: @unchecked Sendable {
        private let lock = NSLock()
        private var counts: [Int]
        init(_ count: Int) { counts = Array(repeating: 0, count: count) }
        func add(_ index: Int) { lock.withLock { counts[index] += 1 } }
        var times: [Int] { lock.withLock { counts } }
    }

    @Test func manyFilesInOneFolderAreAllWritten() throws {
        let out = Scratch.url("nb-out-many").appendingPathComponent("site")
        let files = (0..<500).map { OutputFile(path: "f/\($0 % 3)/\($0).js", text: "\($0)") } + [OutputFile(path: "index.html", text: "home")]
        try OutputWriter(output: out).write(files)
        for file in files {
            #expect(try Data(contentsOf: out.appendingPathComponent(file.path)) == file.contents)
        }
    }

    /// A removed file of the spare is reused for a new one only when it has no other name: a file it shares with
    /// the output being served (a hard link) is deleted from the spare, never renamed or overwritten.
    @Test func recycledFilesNeverTakeAFileThatHasAnotherName() throws {
        let root = Scratch.url("nb-recycle")
        let spare = root.appendingPathComponent("spare"), served = root.appendingPathComponent("served")
        for folder in [spare, served] { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
        let page = served.appendingPathComponent("page.html"), shared = spare.appendingPathComponent("shared.html")
        let own = spare.appendingPathComponent("own.js")
        try Data("served page".utf8).write(to: page)
        for order in [["shared.html", "own.js"], ["own.js", "shared.html"]] {
            #expect(link(page.path, shared.path) == 0)
            try Data("old fragment".utf8).write(to: own)
            let recycled = OutputWriter.RecycledFiles(folder: spare.path, paths: order)
            let target = spare.appendingPathComponent("new.js").path
            #expect(recycled.take(to: target))
            try OutputWriter.overwriteFile(Data("new".utf8), at: target)
            #expect(!recycled.take(to: spare.appendingPathComponent("another.js").path))
            recycled.removeRest()
            #expect(try String(contentsOf: page, encoding: .utf8) == "served page", "order \(order)")
            #expect(try String(contentsOfFile: target, encoding: .utf8) == "new")
            #expect(!FileManager.default.fileExists(atPath: shared.path) && !FileManager.default.fileExists(atPath: own.path))
            try FileManager.default.removeItem(atPath: target)
        }
    }

    /// The stamps a staged write returns are taken as each file is written (or kept), not by walking the output
    /// afterwards: they must be what a walk of the swapped-in output finds, kept (hard-linked) files included.
    @Test func stampsOfAStagedWriteAreThoseOnDisk() throws {
        let out = Scratch.url("nb-out-stamps").appendingPathComponent("site")
        let writer = OutputWriter(output: out)
        let first = (0..<40).map { OutputFile(path: "p/\($0 % 4)/\($0).html", text: "page \($0)") }
        try writer.write(first)
        let second = (0..<40).filter { $0 % 2 == 0 }.map { OutputFile(path: "p/\($0 % 4)/\($0).html", text: "new \($0)") }
        let kept = (0..<40).filter { $0 % 2 == 1 }.map { "p/\($0 % 4)/\($0).html" }
        let stamps = try writer.write(second, keeping: kept)
        #expect(stamps.count == 40)
        #expect(stamps == FileStamp.scan(out.path))
    }
}
