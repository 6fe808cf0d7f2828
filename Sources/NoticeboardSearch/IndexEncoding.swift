/// The small encodings of the index files (docs/search-index-format.md, "Encodings").
enum IndexEncoding {
    /// 64 characters that need no escaping in a JSON string. A character's position is its value.
    static let alphabet = Array("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_".utf8)

    /// Appends a non-negative number: 5 bits per character, most significant first; every character but the
    /// last carries 32 (so values 0-31 take one character, up to 1023 two, up to 32767 three).
    static func appendNumber(_ value: Int, to out: inout [UInt8]) {
        precondition(value >= 0)
        var groups: [Int] = [value & 31]
        var rest = value >> 5
        while rest > 0 {
            groups.append(rest & 31)
            rest >>= 5
        }
        for (i, group) in groups.reversed().enumerated() {
            out.append(alphabet[group + (i == groups.count - 1 ? 0 : 32)])
        }
    }

    /// Appends one character for a value 0-63.
    static func appendDigit(_ value: Int, to out: inout [UInt8]) {
        out.append(alphabet[value])
    }

    /// A JSON string literal, safe inside a `.js` file: also escapes U+2028 and U+2029 and `</`.
    static func json(_ text: String) -> String {
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        var previous: Unicode.Scalar = " "
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            case "/" where previous == "<": out += "\\/"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
            previous = scalar
        }
        return out + "\""
    }

    /// A JSON array of strings.
    static func json(_ texts: [String]) -> String { "[" + texts.map(json).joined(separator: ",") + "]" }

    /// 64-bit FNV-1a of the bytes as 16 hexadecimal digits: names files by their content.
    static func hash(_ bytes: some Sequence<UInt8>) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            h ^= UInt64(byte)
            h = h &* 0x0000_0100_0000_01b3
        }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// JavaScript strings compare by UTF-16 code units; the index sorts terms the same way.
    static func utf16Less(_ a: String, _ b: String) -> Bool {
        a.utf16.lexicographicallyPrecedes(b.utf16)
    }
}
