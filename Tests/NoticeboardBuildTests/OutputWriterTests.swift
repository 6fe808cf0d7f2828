import Foundation
import NoticeboardBuild
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
}
