import Testing
@testable import NoticeboardSearch

@Suite struct CountTableTests {
    /// Many keys (the table grows several times), repeated, over several documents: the same sums and first
    /// fragments as a dictionary, in the order first added, and nothing carried from one document to the next.
    @Test func countsLikeADictionaryAcrossDocuments() {
        let table = CountTable(slots: 16)
        var generator = SystemRandomNumberGenerator()
        for document in 0..<3 {
            var expected: [UInt64: (Float, Int32)] = [:]
            var order: [UInt64] = []
            for step in 0..<20_000 {
                let key = UInt64.random(in: 0..<5_000, using: &generator) << (document == 1 ? 32 : 0)
                let fragment: Int32? = step % 3 == 0 ? nil : Int32(step)
                table.add(key, 1.5, fragment: fragment)
                if expected[key] == nil { order.append(key); expected[key] = (0, -1) }
                expected[key]!.0 += 1.5
                if expected[key]!.1 == -1, let fragment { expected[key]!.1 = fragment }
            }
            let taken = table.take()
            #expect(taken.map(\.key) == order)
            for entry in taken {
                #expect(entry.count.frequency == expected[entry.key]!.0)
                #expect(entry.count.fragment == max(0, expected[entry.key]!.1))
            }
        }
        #expect(table.take().isEmpty)
    }
}
