import Foundation
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

    /// Each folder's files are written by one thread: the groups hold every file once, by folder, the biggest first.
    @Test func filesAreGroupedByFolderBiggestFirst() {
        let paths = ["index.html", "a/1.js", "b/index.html", "a/2.js", "c/x", "a/3.js", "c/y", "robots.txt"]
        #expect(OutputWriter.folderGroups(paths) == [[1, 3, 5], [0, 7], [4, 6], [2]])
    }

    @Test func manyFilesInOneFolderAreAllWritten() throws {
        let out = Scratch.url("nb-out-many").appendingPathComponent("site")
        let files = (0..<500).map { OutputFile(path: "f/\($0 % 3)/\($0).js", text: "\($0)") } + [OutputFile(path: "index.html", text: "home")]
        try OutputWriter(output: out).write(files)
        for file in files {
            #expect(try Data(contentsOf: out.appendingPathComponent(file.path)) == file.contents)
        }
    }
}
