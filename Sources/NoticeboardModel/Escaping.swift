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
        // Most text placed in a page (names, dates, titles) has nothing to escape, and is returned as it is.
        UTF8Rewriter.rewrite(text, where: { needsEscaping($0, xml: xml) }) { bytes, i, out in
            switch bytes[i] {
            case UInt8(ascii: "&"): out.append(contentsOf: [0x26, 0x61, 0x6D, 0x70, 0x3B])  // &amp;
            case UInt8(ascii: "<"): out.append(contentsOf: [0x26, 0x6C, 0x74, 0x3B])  // &lt;
            case UInt8(ascii: ">"): out.append(contentsOf: [0x26, 0x67, 0x74, 0x3B])  // &gt;
            case UInt8(ascii: "\""): out.append(contentsOf: [0x26, 0x71, 0x75, 0x6F, 0x74, 0x3B])  // &quot;
            case UInt8(ascii: "'"): out.append(contentsOf: [0x26, 0x23, 0x33, 0x39, 0x3B])  // &#39;
            case 0xEF where i + 2 < bytes.count && bytes[i + 1] == 0xBF && (bytes[i + 2] == 0xBE || bytes[i + 2] == 0xBF):
                return 3  // U+FFFE or U+FFFF, which XML forbids
            case 0xEF: out.append(0xEF)  // the start of another character from U+F000 to U+FFFD
            default: break  // a control character XML forbids
            }
            return 1
        }
    }

    /// Whether `escaped` might change a byte: one it replaces, and for XML a control character other than a tab or
    /// a line break, or a byte that may start U+FFFE or U+FFFF.
    @inline(__always)
    private static func needsEscaping(_ byte: UInt8, xml: Bool) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"): return true
        case 0x09, 0x0A, 0x0D: return false
        case 0x00..<0x20, 0xEF: return xml
        default: return false
        }
    }
}
