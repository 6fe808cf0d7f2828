import NoticeboardModel

/// The small encodings of the index files (docs/search-index-format.md, "Encodings").
enum IndexEncoding {
    /// 64 characters that need no escaping in a JSON string. A character's position is its value.
    static let alphabet = Array("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_".utf8)

    /// Appends a non-negative number: 5 bits per character, most significant first; every character but the
    /// last carries 32 (so values 0-31 take one character, up to 1023 two, up to 32767 three).
    static func appendNumber(_ value: Int, to out: inout [UInt8]) {
        precondition(value >= 0)
        if value < 32 { out.append(alphabet[value]); return } // most gaps, impacts and fragments
        var highest = 0 // the most significant 5-bit group, counting from 0 for the least
        while value >> (5 * (highest + 1)) > 0 { highest += 1 }
        for group in stride(from: highest, through: 0, by: -1) {
            out.append(alphabet[((value >> (5 * group)) & 31) + (group == 0 ? 0 : 32)])
        }
    }

    /// Appends one character for a value 0-63.
    static func appendDigit(_ value: Int, to out: inout [UInt8]) {
        out.append(alphabet[value])
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
