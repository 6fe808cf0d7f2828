/// The postings of each word pair of one part of the index (`InvertedIndex.pairs`), by the pair's key
/// (`first << 32 | second`): an open-addressing table over the keys, in the order the pairs were first met, with a
/// posting list for each. A 10,000-document site adds some twenty million pair postings, and a dictionary hashed
/// each key with SipHash. One thread fills a table (a class, so no copy is ever checked for), and several may read
/// it once it is filled; iterating gives `(key, postings)` in the order first met.
final class PairTable: Sequence, @unchecked Sendable {
    @exclusivity(unchecked) private var slots: UnsafeMutableBufferPointer<Int32>
    @exclusivity(unchecked) private var shift: UInt64
    @exclusivity(unchecked) private(set) var keys: [UInt64] = []
    @exclusivity(unchecked) private(set) var lists: [PostingList] = []

    init() {
        shift = 64 - 12
        slots = .allocate(capacity: 1 << 12)
        slots.initialize(repeating: -1)
    }

    deinit { slots.deallocate() }

    var count: Int { keys.count }

    func append(_ key: UInt64, _ posting: InvertedIndex.Posting) {
        lists[index(of: key)].append(posting)
    }

    func makeIterator() -> Zip2Sequence<[UInt64], [PostingList]>.Iterator { zip(keys, lists).makeIterator() }

    /// Where the key's postings are, a new empty list if the table did not have it.
    private func index(of key: UInt64) -> Int {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while true {
            let index = Int(slots[slot])
            if index < 0 { break }
            if keys[index] == key { return index }
            slot = (slot + 1) & mask
        }
        slots[slot] = Int32(keys.count)
        keys.append(key)
        lists.append(PostingList())
        if keys.count * 2 > slots.count { grow() }
        return keys.count - 1
    }

    private func grow() {
        let larger = slots.count * 2
        slots.deallocate()
        slots = .allocate(capacity: larger)
        slots.initialize(repeating: -1)
        shift -= 1
        let mask = larger - 1
        for (index, key) in keys.enumerated() {
            var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index)
        }
    }
}
