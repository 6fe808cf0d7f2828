import Foundation

/// Words (their UTF-8 bytes) with a number each: an open-addressing hash table over one run of bytes, so the
/// indexer looks up every word of every document without making a string of it. Words are never removed.
/// A class over buffers it grows itself, for the same reason as `CountTable`: one thread writes a table, and
/// several may read it only while none writes (the round's workers read the words known before the round).
final class WordTable: @unchecked Sendable {
    private struct Entry {
        var hash: UInt64
        var start: Int
        var count: Int
        var value: Int32
    }

    @exclusivity(unchecked) private var slots: UnsafeMutableBufferPointer<Int32>
    @exclusivity(unchecked) private var shift: UInt64
    @exclusivity(unchecked) private var entries: UnsafeMutablePointer<Entry>
    @exclusivity(unchecked) private var entryCapacity: Int
    @exclusivity(unchecked) private(set) var count = 0
    @exclusivity(unchecked) private var bytes: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) private var byteCount = 0
    @exclusivity(unchecked) private var byteCapacity: Int

    init(capacity: Int = 1024) {
        let bits = max(4, Int.bitWidth - (capacity * 2 - 1).leadingZeroBitCount)
        shift = UInt64(64 - bits)
        slots = .allocate(capacity: 1 << bits)
        slots.initialize(repeating: -1)
        entryCapacity = max(8, capacity)
        entries = .allocate(capacity: entryCapacity)
        byteCapacity = entryCapacity * 8
        bytes = .allocate(capacity: byteCapacity)
    }

    deinit {
        slots.deallocate()
        entries.deallocate()
        bytes.deallocate()
    }

    /// 64-bit FNV-1a of the word's bytes.
    static func hash(_ word: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in word { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return hash
    }

    /// The word's number, if the table has the word.
    func value(of word: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32? {
        let mask = slots.count - 1
        var slot = self.slot(of: hash)
        while true {
            let index = Int(slots[slot])
            if index < 0 { return nil }
            let entry = entries[index]
            if entry.hash == hash && entry.count == word.count
                && (word.isEmpty || memcmp(bytes + entry.start, word.baseAddress!, word.count) == 0) {
                return entry.value
            }
            slot = (slot + 1) & mask
        }
    }

    /// Adds a word the table does not have.
    func insert(_ word: UnsafeBufferPointer<UInt8>, hash: UInt64, value: Int32) {
        if (count + 1) * 2 > slots.count { growSlots() }
        if count == entryCapacity { growEntries() }
        while byteCount + word.count > byteCapacity { growBytes() }
        if let base = word.baseAddress { (bytes + byteCount).update(from: base, count: word.count) }
        entries[count] = Entry(hash: hash, start: byteCount, count: word.count, value: value)
        byteCount += word.count
        let mask = slots.count - 1
        var slot = self.slot(of: hash)
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(count)
        count += 1
    }

    /// Calls `body` with every word and its number, in the order they were added.
    func forEach(_ body: (UnsafeBufferPointer<UInt8>, UInt64, Int32) -> Void) {
        for index in 0..<count {
            let entry = entries[index]
            body(UnsafeBufferPointer(start: bytes + entry.start, count: entry.count), entry.hash, entry.value)
        }
    }

    /// Where a hash's search starts: its product with a Fibonacci constant, top bits (FNV's low bits alone
    /// would cluster).
    private func slot(of hash: UInt64) -> Int { Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    private func growSlots() {
        let larger = slots.count * 2
        slots.deallocate()
        slots = .allocate(capacity: larger)
        slots.initialize(repeating: -1)
        shift -= 1
        let mask = slots.count - 1
        for index in 0..<count {
            var slot = self.slot(of: entries[index].hash)
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index)
        }
    }

    private func growEntries() {
        let larger = UnsafeMutablePointer<Entry>.allocate(capacity: entryCapacity * 2)
        larger.moveInitialize(from: entries, count: count)
        entries.deallocate()
        entries = larger
        entryCapacity *= 2
    }

    private func growBytes() {
        let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: byteCapacity * 2)
        larger.update(from: bytes, count: byteCount)
        bytes.deallocate()
        bytes = larger
        byteCapacity *= 2
    }
}
