import Foundation
import NoticeboardContent
import NoticeboardModel
import NoticeboardTestSupport
import Testing

@Suite struct EncodingTests {
    func load(_ bytes: [UInt8]) -> SiteLoader.Result {
        var files = TestSite.minimal.fileSystem.files
        files["content/bodies/test-icb.md"] = Data(bytes)
        return SiteLoader(files: InMemoryFileSystem(files: files)).load()
    }

    @Test func notUTF8IsAnErrorAtTheByte() {
        let bytes = Array("---\nname: Caf".utf8) + [0xE9] + Array(" Board\n---\n".utf8)
        #expect(load(bytes).diagnostics.map(\.description) == [
            "content/bodies/test-icb.md:2:10: error: file is not UTF-8 text: a byte that is not UTF-8 at byte 14; save it as UTF-8",
        ])
    }

    @Test func nulByteIsAnError() {
        let bytes = Array("---\nname: A\u{0}B\n---\n".utf8)
        #expect(load(bytes).diagnostics.first?.message.contains("NUL") == true)
    }

    @Test func byteOrderMarkAndCRLFAreAccepted() {
        let text = TestSite.minimal["content/bodies/test-icb.md"]!.replacingOccurrences(of: "\n", with: "\r\n")
        let loaded = load([0xEF, 0xBB, 0xBF] + Array(text.utf8))
        #expect(loaded.diagnostics.isEmpty)
        #expect(loaded.site?.bodies.first?.name == "Test ICB")
    }

    @Test func linesAfterCRLFAreCountedRight() {
        let text = "---\r\nname: A\r\nkind: nope\r\nregion: midlands\r\n---\r\n"
        #expect(load(Array(text.utf8)).diagnostics.first?.location.line == 3)
    }
}
