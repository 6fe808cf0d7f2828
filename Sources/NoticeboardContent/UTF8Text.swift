/// Byte-level text operations for hot paths: Foundation's `String` searching and replacing is slow on Linux.
enum UTF8Text {
    /// Replaces every occurrence of each pattern, scanning the text once.
    static func replacing(_ text: String, _ replacements: [(String, String)]) -> String {
        let patterns = replacements.map { (Array($0.0.utf8), Array($0.1.utf8)) }
        var out: [UInt8] = []
        var changed = false
        text.utf8.withContiguousStorageIfAvailable { bytes in
            out.reserveCapacity(bytes.count + 64)
            var i = 0
            outer: while i < bytes.count {
                for (pattern, replacement) in patterns where bytes[i] == pattern[0] && i + pattern.count <= bytes.count {
                    if bytes[i..<(i + pattern.count)].elementsEqual(pattern) {
                        out.append(contentsOf: replacement)
                        i += pattern.count
                        changed = true
                        continue outer
                    }
                }
                out.append(bytes[i])
                i += 1
            }
        }
        return changed ? String(decoding: out, as: UTF8.self) : text
    }

    /// Whether the text contains the pattern.
    static func contains(_ text: String, _ pattern: String) -> Bool {
        let needle = Array(pattern.utf8)
        return text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard needle.count <= bytes.count, let first = needle.first else { return needle.isEmpty }
            var i = 0
            while i + needle.count <= bytes.count {
                if bytes[i] == first && bytes[i..<(i + needle.count)].elementsEqual(needle) { return true }
                i += 1
            }
            return false
        } ?? text.contains(pattern)
    }

    /// The text without leading and trailing white space (spaces, tabs, line ends).
    static func trimmed(_ text: some StringProtocol) -> String {
        let scalars = text.unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(String.UnicodeScalarView(scalars[start...end]))
    }
}
