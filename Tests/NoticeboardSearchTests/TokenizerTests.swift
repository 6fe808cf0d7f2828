import Foundation
import Testing
@testable import NoticeboardSearch

@Suite struct TokenizerTests {
    struct Case: Decodable, Sendable, CustomTestStringConvertible {
        var text: String
        var words: [String]
        var testDescription: String { text }
    }

    /// Shared with the JavaScript tests (Tests/js), which check search.js's tokenizer against the same cases.
    static let cases: [Case] = {
        let url = SearchFixtures.folder.appendingPathComponent("tokenizer-cases.json")
        return (try? JSONDecoder().decode([Case].self, from: Data(contentsOf: url))) ?? []
    }()

    @Test(arguments: cases)
    func words(_ example: Case) {
        #expect(Tokenizer.words(in: example.text) == example.words)
    }

    @Test func casesAreThere() { #expect(Self.cases.count >= 10) }

    @Test func dropsOverlongWords() {
        let long = String(repeating: "a", count: Tokenizer.maximumLength + 1)
        #expect(Tokenizer.words(in: "before \(long) after") == ["before", "after"])
    }

    @Test func cutsTextAtSpaces() {
        let pieces = InvertedIndex.cut("one two three four five", every: 6)
        #expect(pieces == ["one two", "three four", "five"])
    }
}
