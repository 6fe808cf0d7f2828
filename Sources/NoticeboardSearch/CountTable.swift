/// The counts of one document's terms or word pairs, by a 64-bit key: an open-addressing hash table that
/// `take()` empties in constant time (each slot remembers which document filled it), so one table serves every
/// document a worker reads. Entries come out in the order their keys were first added, so the index's bytes
/// never depend on hashing.
struct CountTable {
    typealias Entry = (key: UInt64, count: InvertedIndex.Count)

    private var keys: [UInt64]
    private var entryOfSlot: [Int32]
    private var filledBy: [UInt32]
    private var document: UInt32 = 1
    private var shift: UInt64
    private var entries: [Entry] = []

    init(slots: Int = 1 << 12) {
        let bits = max(4, Int.bitWidth - (slots - 1).leadingZeroBitCount)
        shift = UInt64(64 - bits)
        keys = Array(repeating: 0, count: 1 << bits)
        entryOfSlot = Array(repeating: 0, count: 1 << bits)
        filledBy = Array(repeating: 0, count: 1 << bits)
    }

    mutating func add(_ key: UInt64, _ weight: Float, fragment: Int32?) {
        if entries.count * 2 >= keys.count { grow() }
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
        entryOfSlot[slot] = Int32(entries.count)
        var count = InvertedIndex.Count()
        count.add(weight, fragment: fragment)
        entries.append((key, count))
    }

    /// This document's entries, in the order first added; the table is then empty.
    mutating func take() -> [Entry] {
        let taken = entries
        entries = []
        entries.reserveCapacity(taken.count)
        document &+= 1
        if document == 0 { // after 2^32 documents, the marks start again
            filledBy = Array(repeating: 0, count: filledBy.count)
            document = 1
        }
        return taken
    }

    private mutating func grow() {
        let kept = entries
        self = CountTable(slots: keys.count * 2)
        for entry in kept { reinsert(entry) }
    }

    private mutating func reinsert(_ entry: Entry) {
        let mask = keys.count - 1
        var slot = Int(truncatingIfNeeded: (entry.key &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while filledBy[slot] == document { slot = (slot + 1) & mask }
        filledBy[slot] = document
        keys[slot] = entry.key
        entryOfSlot[slot] = Int32(entries.count)
        entries.append(entry)
    }
}
