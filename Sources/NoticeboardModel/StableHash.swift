/// A 128-bit digest that is the same in every process and on every machine (unlike Swift's `Hasher`), for
/// cache keys and checksums. Not cryptographic: it guards against accidents (stale or corrupt caches), not attackers.
public struct StableDigest: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var high: UInt64
    public var low: UInt64

    public init(high: UInt64, low: UInt64) { self.high = high; self.low = low }

    /// 32 lower-case hex digits.
    public var description: String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(32)
        appendHex(to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    public init?(hex: some StringProtocol) {
        self.init(hexUTF8: ArraySlice(hex.utf8))
    }

    /// A digest from its 32 hexadecimal digits as UTF-8 bytes (how a manifest holds 57,000 of them; reading them
    /// as `Substring`s took a tenth of a no-change rebuild).
    public init?(hexUTF8 bytes: ArraySlice<UInt8>) {
        guard bytes.count == 32 else { return nil }
        var halves: (UInt64, UInt64) = (0, 0)
        var index = bytes.startIndex
        for half in 0..<2 {
            var value: UInt64 = 0
            for _ in 0..<16 {
                let byte = bytes[index]
                let digit: UInt8
                switch byte {
                case 0x30...0x39: digit = byte - 0x30
                case 0x61...0x66: digit = byte - 0x61 + 10
                case 0x41...0x46: digit = byte - 0x41 + 10
                default: return nil
                }
                value = value << 4 | UInt64(digit)
                index += 1
            }
            if half == 0 { halves.0 = value } else { halves.1 = value }
        }
        self.init(high: halves.0, low: halves.1)
    }

    public static let zero = StableDigest(high: 0, low: 0)

    public static func < (a: StableDigest, b: StableDigest) -> Bool { (a.high, a.low) < (b.high, b.low) }

    /// Appends `description` as UTF-8 (how a manifest writes 57,000 of them without a string each).
    public func appendHex(to bytes: inout [UInt8]) {
        for value in [high, low] {
            for shift in stride(from: 60, through: 0, by: -4) {
                let digit = UInt8((value >> UInt64(shift)) & 0xF)
                bytes.append(digit < 10 ? 0x30 + digit : 0x61 + digit - 10)
            }
        }
    }

    /// The digest of some bytes.
    public static func of(_ bytes: some Collection<UInt8>) -> StableDigest {
        var hasher = StableHasher()
        hasher.combine(bytes: bytes)
        return hasher.finalize()
    }

    public static func of(_ text: String) -> StableDigest {
        var hasher = StableHasher()
        hasher.combine(text)
        return hasher.finalize()
    }
}

/// Feeds bytes, strings and numbers into a `StableDigest`: two 64-bit lanes mixed per 8-byte word, finished with
/// MurmurHash3's avalanche. Each `combine` of a string or a byte run also mixes in its length, so
/// `("ab", "c")` and `("a", "bc")` differ.
public struct StableHasher: Sendable {
    private var a: UInt64 = 0x9E37_79B9_7F4A_7C15
    private var b: UInt64 = 0xC2B2_AE3D_27D4_EB4F
    private var length: UInt64 = 0

    public init() {}

    private static let p1: UInt64 = 0x87C3_7B91_1142_53D5
    private static let p2: UInt64 = 0x4CF5_AD43_2745_937F

    @inline(__always)
    private mutating func mix(_ word: UInt64) {
        a = (a ^ word) &* Self.p1
        a = (a << 31) | (a >> 33)
        b = (b ^ ((word << 17) | (word >> 47))) &* Self.p2
        b = (b << 29) | (b >> 35)
        b = b &+ a
        length &+= 8
    }

    public mutating func combine(bytes: some Collection<UInt8>) {
        let done = bytes.withContiguousStorageIfAvailable { buffer in
            combine(buffer: UnsafeRawBufferPointer(buffer))
            return true
        }
        if done == nil { combine(buffer: Array(bytes)) }
    }

    private mutating func combine(buffer: [UInt8]) {
        buffer.withUnsafeBytes { combine(buffer: $0) }
    }

    public mutating func combine(buffer: UnsafeRawBufferPointer) {
        let count = buffer.count
        var offset = 0
        while offset + 8 <= count {
            mix(buffer.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            offset += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while offset < count {
            tail |= UInt64(buffer[offset]) << shift
            shift += 8
            offset += 1
        }
        mix(tail ^ (UInt64(count) << 56) ^ 0xA5)
    }

    public mutating func combine(_ text: String) {
        var text = text
        text.withUTF8 { combine(buffer: UnsafeRawBufferPointer($0)) }
    }

    public mutating func combine(_ value: Int) { mix(UInt64(bitPattern: Int64(value))) }

    public mutating func combine(_ digest: StableDigest) {
        mix(digest.high)
        mix(digest.low)
    }

    /// MurmurHash3's 64-bit finisher: every bit of the result depends on every bit of `x`.
    @inline(__always)
    public static func avalanche(_ x: UInt64) -> UInt64 {
        var k = x
        k ^= k >> 33
        k = k &* 0xFF51_AFD7_ED55_8CCD
        k ^= k >> 33
        k = k &* 0xC4CE_B9FE_1A85_EC53
        k ^= k >> 33
        return k
    }

    public func finalize() -> StableDigest {
        let x = Self.avalanche(a ^ length), y = Self.avalanche(b &+ a &+ length)
        return StableDigest(high: x, low: Self.avalanche(y ^ x))
    }
}
