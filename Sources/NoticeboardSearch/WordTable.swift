import Foundation
import NoticeboardModel

/// Words (their UTF-8 bytes) with a number each: an open-addressing hash table over one run of bytes, so the
/// indexer looks up every word of every document without making a string of it. Words are never removed.
/// A class over buffers it grows itself, for the same reason as `CountTable`: one thread writes a table, and
/// several may read it only while none writes (the round's workers read the words known before the round).
///
/// A lookup touches as little memory as it can, since it runs for every word of every document and, with words that
/// follow Zipf's law, the tables outgrow the processor's caches: each slot holds 32 bits of its word's hash beside the
/// entry's number, so a slot of another word is passed over without reading its entry, and each entry holds its
/// word's first 16 bytes, so a word of up to 16 bytes (nearly all) is compared in two steps without reading the
/// table's bytes. Comparing entries' bytes with `memcmp` and a hash read a byte at a time were a tenth of the
/// index's time with Zipf-law words.
final class WordTable: @unchecked Sendable {
    /// A word as the table looks it up: its bytes (valid only while the caller holds them), its first 16 bytes
    /// as two numbers (zero past the end) and its hash.
    struct Key {
        let bytes: UnsafeBufferPointer<UInt8>
        let head: (UInt64, UInt64)
        let hash: UInt64

        @inline(__always)
        init(_ bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
            let count = bytes.count
            guard let base = bytes.baseAddress, count > 0 else {
                head = (0, 0)
                hash = StableHasher.avalanche(0)
                return
            }
            let raw = UnsafeRawPointer(base)
            @inline(__always) func load64(_ offset: Int) -> UInt64 { raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self) }
            // Overlapping loads: bytes read twice land in the same place, so the halves or together.
            let first: UInt64, second: UInt64
            if count >= 8 {
                first = load64(0)
                second = count >= 16 ? load64(8) : count > 8 ? load64(count - 8) >> UInt64(8 * (16 - count)) : 0
            } else if count >= 4 {
                let low = UInt64(raw.loadUnaligned(as: UInt32.self))
                let high = UInt64(raw.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self))
                first = low | high << UInt64(8 * (count - 4))
                second = 0
            } else {
                first = UInt64(base[0]) | UInt64(base[count / 2]) << UInt64(8 * (count / 2)) | UInt64(base[count - 1]) << UInt64(8 * (count - 1))
                second = 0
            }
            head = (first, second)
            var mixed = (first &* 0x9E37_79B9_7F4A_7C15) ^ ((second ^ UInt64(count)) &* 0xC2B2_AE3D_27D4_EB4F)
            var offset = 16
            while offset < count {
                // Past 16 bytes (rare): the rest, 8 bytes at a time, the last 8 read overlapping.
                mixed = ((mixed ^ load64(min(offset, count - 8))) &* 0x87C3_7B91_1142_53D5).rotated(27)
                offset += 8
            }
            hash = StableHasher.avalanche(mixed)
        }

        /// A key whose head and hash the table kept when it was added.
        fileprivate init(bytes: UnsafeBufferPointer<UInt8>, head: (UInt64, UInt64), hash: UInt64) {
            (self.bytes, self.head, self.hash) = (bytes, head, hash)
        }
    }

    private struct Entry {
        var head: (UInt64, UInt64)
        var start: Int
        var count: Int32
        var value: Int32
    }

    /// Per slot, 0 when empty, else the hash's low 32 bits above the entry's index + 1.
    @exclusivity(unchecked) private var slots: UnsafeMutableBufferPointer<UInt64>
    @exclusivity(unchecked) private var shift: UInt64
    @exclusivity(unchecked) private var entries: UnsafeMutablePointer<Entry>
    @exclusivity(unchecked) private var hashes: UnsafeMutablePointer<UInt64>
    @exclusivity(unchecked) private var entryCapacity: Int
    @exclusivity(unchecked) private(set) var count = 0
    @exclusivity(unchecked) private var bytes: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) private var byteCount = 0
    @exclusivity(unchecked) private var byteCapacity: Int

    init(capacity: Int = 1024) {
        let bits = max(4, Int.bitWidth - (capacity * 2 - 1).leadingZeroBitCount)
        shift = UInt64(64 - bits)
        slots = .allocate(capacity: 1 << bits)
        slots.initialize(repeating: 0)
        entryCapacity = max(8, capacity)
        entries = .allocate(capacity: entryCapacity)
        hashes = .allocate(capacity: entryCapacity)
        byteCapacity = entryCapacity * 8
        bytes = .allocate(capacity: byteCapacity)
    }

    deinit {
        slots.deallocate()
        entries.deallocate()
        hashes.deallocate()
        bytes.deallocate()
    }

    /// The word's number, if the table has the word.
    @inline(__always)
    func value(of key: Key) -> Int32? {
        let mask = slots.count - 1
        let tag = key.hash << 32
        var slot = self.slot(of: key.hash)
        while true {
            let mark = slots[slot]
            if mark == 0 { return nil }
            if mark & 0xFFFF_FFFF_0000_0000 == tag {
                let entry = entries[Int(mark & 0xFFFF_FFFF) - 1]
                if entry.head == key.head && Int(entry.count) == key.bytes.count
                    && (key.bytes.count <= 16 || memcmp(bytes + entry.start + 16, key.bytes.baseAddress! + 16, key.bytes.count - 16) == 0) {
                    return entry.value
                }
            }
            slot = (slot + 1) & mask
        }
    }

    /// Adds a word the table does not have.
    func insert(_ key: Key, value: Int32) {
        if (count + 1) * 2 > slots.count { growSlots() }
        if count == entryCapacity { growEntries() }
        while byteCount + key.bytes.count > byteCapacity { growBytes() }
        if let base = key.bytes.baseAddress { (bytes + byteCount).update(from: base, count: key.bytes.count) }
        entries[count] = Entry(head: key.head, start: byteCount, count: Int32(key.bytes.count), value: value)
        hashes[count] = key.hash
        byteCount += key.bytes.count
        place(count, hash: key.hash)
        count += 1
    }

    /// Calls `body` with every word (as its key, with the head and hash kept, not worked out again) and its number, in
    /// the order they were added.
    func forEach(_ body: (Key, Int32) -> Void) {
        for index in 0..<count {
            let entry = entries[index]
            body(Key(bytes: UnsafeBufferPointer(start: bytes + entry.start, count: Int(entry.count)), head: entry.head, hash: hashes[index]), entry.value)
        }
    }

    /// Where a hash's search starts: its product with a Fibonacci constant, top bits.
    private func slot(of hash: UInt64) -> Int { Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    private func place(_ index: Int, hash: UInt64) {
        let mask = slots.count - 1
        var slot = self.slot(of: hash)
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = hash << 32 | UInt64(index + 1)
    }

    private func growSlots() {
        let larger = slots.count * 2
        slots.deallocate()
        slots = .allocate(capacity: larger)
        slots.initialize(repeating: 0)
        shift -= 1
        for index in 0..<count { place(index, hash: hashes[index]) }
    }

    private func growEntries() {
        let larger = UnsafeMutablePointer<Entry>.allocate(capacity: entryCapacity * 2)
        larger.moveInitialize(from: entries, count: count)
        entries.deallocate()
        entries = larger
        let largerHashes = UnsafeMutablePointer<UInt64>.allocate(capacity: entryCapacity * 2)
        largerHashes.moveInitialize(from: hashes, count: count)
        hashes.deallocate()
        hashes = largerHashes
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

private extension UInt64 {
    func rotated(_ bits: UInt64) -> UInt64 { self << bits | self >> (64 - bits) }
}
