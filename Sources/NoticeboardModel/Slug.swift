/// Lower-case kebab names used in paths and URLs: `northshire-icb`, `2026-03-12`.
public enum Slug {
    /// True for one or more runs of `a-z0-9` joined by single hyphens.
    public static func isValid(_ text: some StringProtocol) -> Bool {
        guard let first = text.first, let last = text.last, first != "-", last != "-", text.count <= 200 else { return false }
        var previousHyphen = false
        for c in text.unicodeScalars {
            switch c {
            case "a"..."z", "0"..."9": previousHyphen = false
            case "-":
                if previousHyphen { return false }
                previousHyphen = true
            default: return false
            }
        }
        return true
    }

    /// A kebab slug made from any text (for heading anchors): `System financial plan 2026/27` → `system-financial-plan-2026-27`.
    /// Read as UTF-8 bytes: a byte of a non-ASCII character is never a letter or digit, so it breaks words as the
    /// character would. Only text that is not ASCII is lowercased first (a few characters, the Kelvin sign for one,
    /// lowercase to ASCII letters); ASCII capitals are lowered byte by byte.
    public static func make(from text: String) -> String {
        let source = text.utf8.allSatisfy { $0 < 0x80 } ? text : text.lowercased()
        var out: [UInt8] = []
        out.reserveCapacity(source.utf8.count)
        var pendingHyphen = false
        for byte in source.utf8 {
            let lower = (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
            if (0x61...0x7A).contains(lower) || (0x30...0x39).contains(lower) {
                if pendingHyphen && !out.isEmpty { out.append(UInt8(ascii: "-")) }
                pendingHyphen = false
                out.append(lower)
            } else {
                pendingHyphen = true
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
