/// Escaping for text placed in HTML and XML: by the feeds and calendars, and by the templates (`Theme` gives Mustache
/// this HTML escaping in place of its own, which looked every character up in a dictionary).
/// Works on UTF-8 bytes: feeds escape whole documents, and character-by-character string building was slow.
public enum Escaping {
    public static func html(_ text: String) -> String {
        escaped(text, xml: false)
    }

    /// XML text also drops the characters XML 1.0 forbids (control characters, U+FFFE and U+FFFF).
    public static func xml(_ text: String) -> String {
        escaped(text, xml: true)
    }

    private static func escaped(_ text: String, xml: Bool) -> String {
        // Most text placed in a page (names, dates, titles) has nothing to escape.
        guard text.utf8.contains(where: { needsEscaping($0, xml: xml) }) else { return text }
        let utf8 = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count + utf8.count / 16)
        var i = 0
        let count = utf8.count
        utf8.withUnsafeBufferPointer { bytes in
            while i < count {
                let byte = bytes[i]
                switch byte {
                case UInt8(ascii: "&"): out.append(contentsOf: [0x26, 0x61, 0x6D, 0x70, 0x3B])  // &amp;
                case UInt8(ascii: "<"): out.append(contentsOf: [0x26, 0x6C, 0x74, 0x3B])  // &lt;
                case UInt8(ascii: ">"): out.append(contentsOf: [0x26, 0x67, 0x74, 0x3B])  // &gt;
                case UInt8(ascii: "\""): out.append(contentsOf: [0x26, 0x71, 0x75, 0x6F, 0x74, 0x3B])  // &quot;
                case UInt8(ascii: "'"): out.append(contentsOf: [0x26, 0x23, 0x33, 0x39, 0x3B])  // &#39;
                case 0x00..<0x20 where xml && byte != 0x09 && byte != 0x0A && byte != 0x0D:
                    break  // a control character XML forbids
                case 0xEF where xml && i + 2 < count && bytes[i + 1] == 0xBF && (bytes[i + 2] == 0xBE || bytes[i + 2] == 0xBF):
                    i += 2  // U+FFFE or U+FFFF
                default:
                    out.append(byte)
                }
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether `escaped` might change a byte: one it replaces, and for XML one that may start what XML forbids.
    @inline(__always)
    private static func needsEscaping(_ byte: UInt8, xml: Bool) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"): return true
        case 0x00..<0x20, 0xEF: return xml
        default: return false
        }
    }
}
