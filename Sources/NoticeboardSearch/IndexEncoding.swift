import NoticeboardModel

/// The small encodings of the index files (docs/search-index-format.md, "Encodings").
enum IndexEncoding {
    /// 64 characters that need no escaping in a JSON string. A character's position is its value.
    static let alphabet = Array("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_".utf8)

    /// The character of a value 0-63 (`alphabet[value]`), worked out rather than looked up: postings are written a
    /// character at a time, tens of millions of them, and each look-up first checked that the table was made.
    @inline(__always)
    static func character(_ value: Int) -> UInt8 {
        let v = UInt8(truncatingIfNeeded: value)
        if v < 10 { return 0x30 + v }  // 0-9
        if v < 36 { return 0x61 - 10 + v }  // a-z
        if v < 62 { return 0x41 - 36 + v }  // A-Z
        return v == 62 ? 0x2D : 0x5F  // - _
    }

    /// The most characters `putNumber` writes (for a number below 2^35).
    static let largestNumber = 7

    /// Writes a non-negative number below 2^35 at `end` and moves `end` past it: 5 bits per character, most
    /// significant first; every character but the last carries 32 (so values 0-31 take one character, up to 1023
    /// two, up to 32767 three). The memory must have room (`largestNumber` characters).
    @inline(__always)
    static func putNumber(_ value: Int, into out: UnsafeMutablePointer<UInt8>, at end: inout Int) {
        precondition(value >= 0 && value >> 35 == 0)
        if value < 32 { out[end] = character(value); end += 1; return } // most gaps, impacts and fragments
        var highest = 1 // the most significant 5-bit group, counting from 0 for the least
        while value >> (5 * (highest + 1)) > 0 { highest += 1 }
        for group in stride(from: highest, through: 1, by: -1) {
            out[end] = character(((value >> (5 * group)) & 31) + 32)
            end += 1
        }
        out[end] = character(value & 31)
        end += 1
    }

    /// Appends a number as `putNumber` writes it.
    static func appendNumber(_ value: Int, to out: inout [UInt8]) {
        withRoom(largestNumber, in: &out) { putNumber(value, into: $0, at: &$1) }
    }

    /// Appends what `write` writes into memory of `room` bytes, starting at 0, moving the end past what it wrote:
    /// written in place, then copied in one piece. Appending a character at a time checked for each whether the
    /// array was shared (with millions of word pairs, that was most of the cost of encoding their postings).
    @inline(__always)
    static func withRoom(_ room: Int, in out: inout [UInt8], _ write: (UnsafeMutablePointer<UInt8>, inout Int) -> Void) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: room) { buffer in
            var end = 0
            write(buffer.baseAddress!, &end)
            out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[..<end]))
        }
    }

    /// A JSON string literal, safe inside a `.js` file: also escapes U+2028 and U+2029 and `</`.
    static func json(_ text: String) -> String {
        var out: [UInt8] = []
        appendJSON(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Bytes that may need escaping in a JSON string: control characters, `"`, `\`, `/` (after `<`) and the first
    /// byte of U+2028 and U+2029.
    private static let mayNeedEscape: [Bool] = (0...255).map { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x2F || $0 == 0xE2 }

    /// Whether any of eight bytes (read as one number) may need escaping, as `mayNeedEscape` says of one: tested
    /// together, a word at a time (a byte at a time, the fragments' 150 MB of text at 10,000 documents took longer
    /// to escape than to write). `(v − 0x01…01) & ~v & 0x80…80` is non-zero when some byte of `v` is zero, and with
    /// `0x20…20` in place of `0x01…01`, when some byte is below 0x20.
    @inline(__always)
    static func mayNeedEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func hasZero(_ v: UInt64) -> UInt64 { (v &- ones) & ~v & highs }
        let control = (word &- ones &* 0x20) & ~word & highs
        return control | hasZero(word ^ (ones &* 0x22)) | hasZero(word ^ (ones &* 0x5C)) | hasZero(word ^ (ones &* 0x2F))
            | hasZero(word ^ (ones &* 0xE2)) != 0
    }

    /// Appends `text` as a JSON string literal (see `json`), working on its UTF-8 bytes: runs that need no
    /// escaping, nearly all of the text, are copied in one piece.
    static func appendJSON(_ text: String, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { appendJSON(utf8: $0, to: &out) }
    }

    /// `appendJSON(_:to:)` of valid UTF-8 read in place (a piece of a longer text, with no string made of it).
    static func appendJSON(utf8 bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        out.append(0x22)
        out.reserveCapacity(out.count + bytes.count + 2)
        var copied = 0
        var i = 0
        while i < bytes.count {
            if i + 8 <= bytes.count && !mayNeedEscape(UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self)) {
                i += 8
                continue
            }
            let byte = bytes[i]
            guard mayNeedEscape[Int(byte)] else { i += 1; continue }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<i]))
            switch byte {
            case 0x22: out.append(0x5C); out.append(0x22)
            case 0x5C: out.append(0x5C); out.append(0x5C)
            case 0x0A: out.append(0x5C); out.append(0x6E)
            case 0x0D: out.append(0x5C); out.append(0x72)
            case 0x09: out.append(0x5C); out.append(0x74)
            case 0x2F where i > 0 && bytes[i - 1] == 0x3C: out.append(0x5C); out.append(0x2F)
            case 0xE2 where i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9):
                out.append(contentsOf: Array((bytes[i + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8))
                i += 2
            case 0..<0x20:
                let hex = Array(String(byte, radix: 16).utf8)
                out.append(contentsOf: Array("\\u00".utf8) + (hex.count == 1 ? [0x30] : []) + hex)
            default: out.append(byte)
            }
            i += 1
            copied = i
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
        out.append(0x22)
    }

    /// A JSON array of strings.
    static func json(_ texts: [String]) -> String { "[" + texts.map(json).joined(separator: ",") + "]" }

    /// The first 10 hexadecimal digits of the bytes' `StableDigest`: names files by their content.
    static func hash(_ bytes: [UInt8]) -> String {
        var hasher = Hasher()
        hasher.add(bytes)
        return hasher.hex
    }

    /// A `StableHasher` over several byte arrays in turn (each is added with its length, so that `ab`, `c` and
    /// `a`, `bc` differ). It reads eight bytes at a time: the index's files are 200-400 MB at 10,000 documents, and
    /// FNV-1a (format 3 before session 16) read them a byte at a time.
    struct Hasher {
        private var hasher = StableHasher()

        mutating func add(_ bytes: [UInt8]) {
            bytes.withUnsafeBufferPointer { add($0) }
        }

        mutating func add(_ bytes: UnsafeBufferPointer<UInt8>) {
            hasher.combine(buffer: UnsafeRawBufferPointer(bytes))
        }

        /// Adds the text's UTF-8.
        mutating func add(_ text: String) {
            var text = text
            text.withUTF8 { add($0) }
        }

        var hex: String { String(hasher.finalize().description.prefix(10)) }
    }

    /// JavaScript strings compare by UTF-16 code units; the index sorts terms the same way. Compared on UTF-8, whose
    /// byte order is code point order: that is UTF-16's too, except that a character above U+FFFF (a surrogate pair,
    /// UTF-8 lead byte F0-F4) sorts before one from U+E000 to U+FFFF (lead byte EE or EF). Where two strings first
    /// differ, both bytes begin a character, or both continue characters with the same lead byte (the same range).
    static func utf16Less(_ a: String, _ b: String) -> Bool {
        var a = a, b = b
        return a.withUTF8 { x in
            b.withUTF8 { y in
                let common = min(x.count, y.count)
                var i = 0
                while i < common && x[i] == y[i] { i += 1 }
                guard i < common else { return x.count < y.count }
                let (p, q) = (x[i], y[i])
                if p >= 0xF0 && (q == 0xEE || q == 0xEF) { return true }
                if q >= 0xF0 && (p == 0xEE || p == 0xEF) { return false }
                return p < q
            }
        }
    }
}
