import Foundation
@testable import NoticeboardRender
import NoticeboardTestSupport
import Testing

@Suite struct ScriptCompactorTests {
    private func compact(_ text: String) -> String {
        String(decoding: ScriptCompactor.compact(Data(text.utf8)), as: UTF8.self)
    }

    @Test func dropsCommentLinesBlankLinesAndIndentation() {
        let source = """
        /* A file comment
         * over lines. */
        (function () {
          // a line comment
          var url = 'http://example.org/'; // a comment after code stays

          /** One line. */
          return url; /* after code */
        })();
        """
        #expect(compact(source) == "(function () {\nvar url = 'http://example.org/'; // a comment after code stays\nreturn url; /* after code */\n})();\n")
    }

    @Test func keepsCodeThatFollowsAComment() {
        #expect(compact("/* note */ var a = 1;\n") == "/* note */ var a = 1;\n")
        let codeAfterBlock = "/* a\n  b */ var a = 1;\n"
        #expect(compact(codeAfterBlock) == codeAfterBlock)
    }

    @Test func leavesFilesItCannotReadSafelyAlone() {
        for source in ["var t = `\n  // text, not a comment\n`;\n", "var s = 'a\\\n  // text';\n", "/* never closed\nvar a;\n"] {
            #expect(compact(source) == source)
        }
        let notText = Data([0xff, 0xfe, 0x00])
        #expect(ScriptCompactor.compact(notText) == notText)
    }

    @Test func theBuiltInEngineShrinksByAFifth() throws {
        let theme = try #require(Theme.load(from: TestSite.minimal.fileSystem).theme)
        let source = try #require(theme.assets["search.js"])
        #expect(ScriptCompactor.compact(source).count < source.count * 4 / 5)
    }
}
