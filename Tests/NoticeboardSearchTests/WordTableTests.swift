@testable import NoticeboardSearch
import Testing

@Suite struct WordTableTests {
    private func lookUp(_ table: WordTable, _ word: String) -> Int32? {
        var word = word
        return word.withUTF8 { table.value(of: WordTable.Key($0)) }
    }

    private func insert(_ table: WordTable, _ word: String, _ value: Int32) {
        var word = word
        word.withUTF8 { table.insert(WordTable.Key($0), value: value) }
    }

    @Test func findsEveryWordItWasGivenAfterGrowingAndNoOther() {
        let table = WordTable(capacity: 4)
        let words = (0..<5000).map { "word\($0)" } + ["", "a", "é", "o'brien", String(repeating: "x", count: 40)]
        for (number, word) in words.enumerated() { insert(table, word, Int32(number)) }
        #expect(table.count == words.count)
        for (number, word) in words.enumerated() { #expect(lookUp(table, word) == Int32(number)) }
        for absent in ["word5000", "wor", "word1 ", "e", "obrien", String(repeating: "x", count: 39)] {
            #expect(lookUp(table, absent) == nil)
        }
    }

    @Test func listsWordsInTheOrderAdded() {
        let table = WordTable()
        for (number, word) in ["meeting", "meetings", "board"].enumerated() { insert(table, word, Int32(number)) }
        var listed: [(String, Int32)] = []
        table.forEach { key, value in
            #expect(key.hash == WordTable.Key(key.bytes).hash)
            listed.append((String(decoding: key.bytes, as: UTF8.self), value))
        }
        #expect(listed.map(\.0) == ["meeting", "meetings", "board"])
        #expect(listed.map(\.1) == [0, 1, 2])
    }
}
