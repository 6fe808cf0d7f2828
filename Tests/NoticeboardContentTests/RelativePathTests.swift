import NoticeboardContent
import Testing

@Suite struct RelativePathTests {
    /// Split at the last "/", one-letter parts included (Foundation's `deletingLastPathComponent` traps on "a").
    @Test(arguments: [("a", "", "a"), ("a/b", "a", "b"), ("bodies/x/index.html", "bodies/x", "index.html"), ("", "", "")])
    func splitsAtTheLastSlash(path: String, folder: String, name: String) {
        #expect(RelativePath.folder(of: path) == folder)
        #expect(RelativePath.name(of: path) == name)
    }
}
