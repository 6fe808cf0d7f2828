import Testing
@testable import NoticeboardSearch

@Suite struct PostingListTests {
    /// Packed and unpacked again: whole and fractional frequencies, large gaps and fragments come back exactly.
    @Test func unpacksWhatWasPacked() {
        let postings: [InvertedIndex.Posting] = [
            .init(document: 0, frequency: 1, fragment: 0),
            .init(document: 1, frequency: 7, fragment: 3),
            .init(document: 200, frequency: 0.75, fragment: 0),
            .init(document: 70_000, frequency: 123_456, fragment: 40_000),
            .init(document: 2_000_000_000, frequency: 3.3, fragment: 1),
        ]
        var list = PostingList()
        for posting in postings { list.append(posting) }
        #expect(list.count == postings.count)
        let unpacked = list.postings
        #expect(unpacked.map(\.document) == postings.map(\.document))
        #expect(unpacked.map(\.frequency) == postings.map(\.frequency))
        #expect(unpacked.map(\.fragment) == postings.map(\.fragment))
        #expect(PostingList().postings.isEmpty)
    }
}
