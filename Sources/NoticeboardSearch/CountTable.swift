/// The counts of one document's terms or word pairs, by a 64-bit key: an open-addressing hash table that
/// `take()` empties in constant time (each slot remembers which document filled it), so one table serves every
/// document a worker reads. Entries come out in the order their keys were first added, so the index's bytes
/// never depend on hashing. A class over buffers allocated once: it is called for every word of every document,
/// and arrays would check on every call whether they must be copied. One thread uses a table at a time, and no
/// method hands out access to a property, so the properties skip Swift's run-time exclusivity checks (the search
/// stage took about 7 % less time without them, in alternated runs of the `search-bench` executable).
final class CountTable {
    typealias Entry = (key: UInt64, count: InvertedIndex.Count)

    @exclusivity(unchecked) private var keys: UnsafeMutableBufferPointer<UInt64>
    @exclusivity(unchecked) private var entryOfSlot: UnsafeMutableBufferPointer<Int32>
    @exclusivity(unchecked) private var filledBy: UnsafeMutableBufferPointer<UInt32>
    @exclusivity(unchecked) private var document: UInt32 = 1
    @exclusivity(unchecked) private var shift: UInt64
    /// This document's entries, in memory the table manages (an array checked on each of millions of adds
    /// whether it must be copied).
    @exclusivity(unchecked) private var entries: UnsafeMutablePointer<Entry>
    @exclusivity(unchecked) private var entryCount = 0

    init(slots: Int = 1 << 12) {
        let bits = max(4, Int.bitWidth - (slots - 1).leadingZeroBitCount)
        shift = UInt64(64 - bits)
        keys = .allocate(capacity: 1 << bits)
        entryOfSlot = .allocate(capacity: 1 << bits)
        filledBy = .allocate(capacity: 1 << bits)
        filledBy.initialize(repeating: 0)
        // At most half the slots are filled (`add` grows the table before), so the entries never need more room.
        entries = .allocate(capacity: (1 << bits) / 2)
    }

    deinit {
        keys.deallocate()
        entryOfSlot.deallocate()
        filledBy.deallocate()
        entries.deallocate()
    }

    func add(_ key: UInt64, _ weight: Float, fragment: Int32?) {
        if entryCount * 2 >= keys.count { grow() }
        let mask = keys.count - 1
        // Fibonacci hashing: the multiplication spreads consecutive term numbers over the table.
        var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while filledBy[slot] == document {
            if keys[slot] == key {
                entries[Int(entryOfSlot[slot])].count.add(weight, fragment: fragment)
                return
            }
            slot = (slot + 1) & mask
        }
        filledBy[slot] = document
        keys[slot] = key
        entryOfSlot[slot] = Int32(entryCount)
        var count = InvertedIndex.Count()
        count.add(weight, fragment: fragment)
        (entries + entryCount).initialize(to: (key, count))
        entryCount += 1
    }

    /// This document's entries, in the order first added; the table is then empty.
    func take() -> [Entry] {
        let taken = Array(UnsafeBufferPointer(start: entries, count: entryCount))
        entryCount = 0
        document &+= 1
        if document == 0 { // after 2^32 documents, the marks start again
            filledBy.update(repeating: 0)
            document = 1
        }
        return taken
    }

    /// Twice the slots, the current document's entries placed again.
    private func grow() {
        let bits = Int.bitWidth - (keys.count * 2 - 1).leadingZeroBitCount
        keys.deallocate()
        entryOfSlot.deallocate()
        filledBy.deallocate()
        shift = UInt64(64 - bits)
        keys = .allocate(capacity: 1 << bits)
        entryOfSlot = .allocate(capacity: 1 << bits)
        filledBy = .allocate(capacity: 1 << bits)
        filledBy.initialize(repeating: 0)
        let larger = UnsafeMutablePointer<Entry>.allocate(capacity: (1 << bits) / 2)
        larger.moveInitialize(from: entries, count: entryCount)
        entries.deallocate()
        entries = larger
        let mask = keys.count - 1
        for index in 0..<entryCount {
            var slot = Int(truncatingIfNeeded: (entries[index].key &* 0x9E37_79B9_7F4A_7C15) >> shift)
            while filledBy[slot] == document { slot = (slot + 1) & mask }
            filledBy[slot] = document
            keys[slot] = entries[index].key
            entryOfSlot[slot] = Int32(index)
        }
    }
}
