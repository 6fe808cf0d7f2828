import Foundation
import NoticeboardBuild
import NoticeboardRender
import Testing

@Suite struct OutputWriterTests {
    @Test(arguments: ["../escape.html", "/etc/passwd", "a/../../b", "a//b", "", "./x", "a\\b"])
    func refusesPathsThatLeaveTheOutput(path: String) throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("nb-out-\(UUID().uuidString)/site")
        #expect(throws: OutputPathError.self) {
            try OutputWriter(output: out).write([OutputFile(path: "index.html", text: "ok"), OutputFile(path: path, text: "bad")])
        }
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }
}
