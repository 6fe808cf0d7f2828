import NoticeboardContent
import Testing

@Suite struct AgendaEditorTests {
    static let meeting = """
    ---
    # The board's March meeting.
    title: Board meeting   # in public
    items:
      # Opening business
      - number: "1"
        title: Welcome
      - number: 4
        title: >-
          System financial plan
          2026/27
        private: false   # discussed in public

      - title: Contract award
        number: "7"
        private: true
    ---
    ## Minutes
    - number: "4"
    """

    @Test func insertsOneLineAfterTheItemsTitleKeepingEverythingElse() throws {
        let edited = try AgendaEditor.addingPaper("financial-plan", toItem: "4", in: Self.meeting)
        var expected = Self.meeting.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        expected.insert("    paper: financial-plan", at: 11)
        #expect(edited == expected.joined(separator: "\n"))
    }

    @Test func findsTheItemWhateverTheOrderOfItsKeys() throws {
        let edited = try AgendaEditor.addingPaper("contract", toItem: "7", in: Self.meeting)
        #expect(edited.contains("  - title: Contract award\n    number: \"7\"\n    paper: contract\n    private: true\n---"))
    }

    @Test func firstItemAndCRLFLineEndings() throws {
        let crlf = Self.meeting.replacingOccurrences(of: "\n", with: "\r\n")
        let edited = try AgendaEditor.addingPaper("welcome-pack", toItem: "1", in: crlf)
        #expect(edited.contains("    title: Welcome\r\n    paper: welcome-pack\r\n  - number: 4\r\n"))
        #expect(edited.replacingOccurrences(of: "    paper: welcome-pack\r\n", with: "") == crlf)
    }

    @Test func refusesAnItemThatAlreadyHasAPaper() throws {
        let once = try AgendaEditor.addingPaper("financial-plan", toItem: "4", in: Self.meeting)
        #expect(throws: AgendaEditor.EditError.itemHasPaper(number: "4", paper: "financial-plan")) {
            try AgendaEditor.addingPaper("other", toItem: "4", in: once)
        }
    }

    @Test func namesTheItemsThereAreWhenTheNumberIsUnknown() throws {
        #expect(throws: AgendaEditor.EditError.noSuchItem(number: "5", available: ["1", "4", "7"])) {
            try AgendaEditor.addingPaper("x", toItem: "5", in: Self.meeting)
        }
    }

    @Test(arguments: [
        "no front matter at all\n",
        "---\ntitle: x\n",
        "---\nitems: [\n---\n",
    ])
    func refusesFilesItCannotReadSafely(source: String) {
        #expect(throws: AgendaEditor.EditError.self) { try AgendaEditor.addingPaper("x", toItem: "1", in: source) }
    }

    @Test func refusesOneLineItemsRatherThanRewriteThem() {
        let source = "---\nitems:\n  - {number: \"1\", title: Welcome}\n---\n"
        #expect(throws: AgendaEditor.EditError.self) { try AgendaEditor.addingPaper("x", toItem: "1", in: source) }
    }

    @Test func quotesWhatYAMLWouldReadAsSomethingElse() {
        #expect(YAMLText.scalar("Northshire ICB") == "Northshire ICB")
        #expect(YAMLText.scalar("Yes") == "\"Yes\"")
        #expect(YAMLText.scalar("2026") == "\"2026\"")
        #expect(YAMLText.scalar("Item: budget") == "\"Item: budget\"")
        #expect(YAMLText.scalar("#1 \"plan\"") == "\"#1 \\\"plan\\\"\"")
    }
}
