/// The postings of the word pairs of one part of the index (`InvertedIndex.pairs`), kept by the pair's first term:
/// for each first term of the part (its number divided by the parts), one packed list of every posting of every
/// pair it starts, in document order; per posting the second term, the gap to the list's previous document (0 for
/// another pair of the same document), the weighted frequency and the fragment (`PackedNumbers`).
///
/// No table of pairs: a site whose words follow Zipf's law, as real text does, has millions of pairs, most in one
/// document (6.2 million at 10,000 documents, bench/RESULTS.md), and a hash table with a list for each pair spent
/// most of the index's time on cache misses, allocations and page faults. Lists by first term are appended to in
/// order and read in order once (`forEachPair`), sorting only each first term's own postings.
///
/// One thread fills a part (a class, so no copy is ever checked for), and several may read it once it is filled.
final class PairPostings: @unchecked Sendable {
    private struct List {
        var bytes: [UInt8] = []
        var used = 0
        var lastDocument: Int32 = 0
    }

    /// A list per first term of the part, in memory this class manages: `append` runs for each of tens of millions
    /// of postings, and an array would check on each whether it must be copied.
    @exclusivity(unchecked) private var lists: UnsafeMutableBufferPointer<List> = .init(start: nil, count: 0)
    @exclusivity(unchecked) private var listCount = 0
    @exclusivity(unchecked) private(set) var postingCount = 0
    let parts: Int

    init(parts: Int) { self.parts = parts }

    deinit {
        lists.baseAddress?.deinitialize(count: listCount)
        lists.deallocate()
    }

    /// The most bytes a posting takes: four numbers of at most 32 bits, 5 bytes each.
    private static let largestPosting = 20

    /// Makes room for the pairs of first terms numbered below `terms` (before a round's postings are added).
    func reserve(terms: Int) {
        let needed = (terms + parts - 1) / parts
        guard needed > listCount else { return }
        if needed > lists.count {
            let larger = UnsafeMutableBufferPointer<List>.allocate(capacity: max(needed, lists.count * 2, 64))
            if let base = lists.baseAddress { larger.baseAddress!.moveInitialize(from: base, count: listCount) }
            lists.deallocate()
            lists = larger
        }
        (lists.baseAddress! + listCount).initialize(repeating: List(), count: needed - listCount)
        listCount = needed
    }

    /// Adds a posting of the pair `first second` (`reserve` made room for `first`); a first term's postings must come
    /// in document order.
    func append(first: UInt32, second: UInt32, _ posting: InvertedIndex.Posting) {
        let slot = Int(first) / parts
        precondition(slot < listCount, "room is reserved for every first term")
        let list = lists.baseAddress! + slot
        precondition(posting.document >= list.pointee.lastDocument, "postings are appended in document order")
        let gap = UInt64(posting.document - list.pointee.lastDocument)
        list.pointee.lastDocument = posting.document
        PackedNumbers.reserve(Self.largestPosting, in: &list.pointee.bytes, after: list.pointee.used)
        let used = list.pointee.used
        list.pointee.used = list.pointee.bytes.withUnsafeMutableBufferPointer { buffer in
            var end = used
            PackedNumbers.put(UInt64(second), into: buffer, at: &end)
            PackedNumbers.put(gap, into: buffer, at: &end)
            PackedNumbers.put(PackedNumbers.code(frequency: posting.frequency), into: buffer, at: &end)
            PackedNumbers.put(UInt64(UInt32(bitPattern: posting.fragment)), into: buffer, at: &end)
            return end
        }
        postingCount += 1
    }

    /// Whether the part holds pairs starting with `first`, and about how many bytes their postings take.
    func packedBytes(startingWith first: UInt32) -> Int {
        let slot = Int(first) / parts
        return slot < listCount ? lists[slot].used : 0
    }

    /// Calls `body` with each posting of the pairs starting with `first`, as `(second, posting)`, in document order.
    func forEachPosting(startingWith first: UInt32, _ body: (UInt32, InvertedIndex.Posting) -> Void) {
        let slot = Int(first) / parts
        guard slot < listCount else { return }
        let list = lists[slot]
        list.bytes.withUnsafeBufferPointer { bytes in
            var at = 0
            var document: Int32 = 0
            while at < list.used {
                let second = UInt32(PackedNumbers.read(bytes, at: &at))
                document += Int32(PackedNumbers.read(bytes, at: &at))
                let frequency = PackedNumbers.frequency(code: PackedNumbers.read(bytes, at: &at))
                let fragment = Int32(bitPattern: UInt32(PackedNumbers.read(bytes, at: &at)))
                body(second, InvertedIndex.Posting(document: document, frequency: frequency, fragment: fragment))
            }
        }
    }
}
