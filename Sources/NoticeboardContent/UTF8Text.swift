import CShims
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Byte-level text operations for hot paths: Foundation's `String` searching and replacing is slow on Linux.
enum UTF8Text {
    /// Replaces every occurrence of each pattern (the earliest first; at one place, the first pattern listed).
    /// Each pattern is found with `memmem`, and the text between is copied in one piece.
    static func replacing(_ text: String, _ replacements: [(String, String)]) -> String {
        let patterns = replacements.map { (Array($0.0.utf8), Array($0.1.utf8)) }.filter { !$0.0.isEmpty }
        var text = text
        let replaced: [UInt8]? = text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return nil }
            func find(_ pattern: [UInt8], from start: Int) -> Int {
                guard start < bytes.count else { return bytes.count }
                let found = pattern.withUnsafeBytes { noticeboard_find_bytes(base + start, bytes.count - start, $0.baseAddress, $0.count) }
                return found.map { UnsafeRawPointer($0) - UnsafeRawPointer(base) } ?? bytes.count
            }
            var next = patterns.map { find($0.0, from: 0) }
            guard next.contains(where: { $0 < bytes.count }) else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 64)
            var copied = 0
            while let at = next.min(), at < bytes.count {
                let which = next.firstIndex(of: at)!
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<at]))
                out.append(contentsOf: patterns[which].1)
                copied = at + patterns[which].0.count
                for index in next.indices where next[index] < copied { next[index] = find(patterns[index].0, from: copied) }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
            return out
        }
        return replaced.map { String(decoding: $0, as: UTF8.self) } ?? text
    }

    /// Copies the text, and at each `marker` byte lets `edit` replace what starts there: it returns how many
    /// bytes it consumed and what goes in their place, or nil to keep the byte. Runs between markers are found
    /// with `memchr` and copied in one piece.
    static func rewriting(_ text: String, at marker: UInt8,
                          _ edit: (UnsafeBufferPointer<UInt8>, Int) -> (consumed: Int, replacement: [UInt8])?) -> String {
        var text = text
        let out: [UInt8] = text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return [] }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 256)
            var copied = 0, at = 0
            while at < bytes.count, let found = memchr(base + at, Int32(marker), bytes.count - at) {
                at = UnsafeRawPointer(found) - UnsafeRawPointer(base)
                if let change = edit(bytes, at) {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<at]))
                    out.append(contentsOf: change.replacement)
                    at += change.consumed
                    copied = at
                } else {
                    at += 1
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
            return out
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether the text contains the pattern (`memmem`).
    static func contains(_ text: String, _ pattern: String) -> Bool {
        guard !pattern.isEmpty else { return true }
        var text = text, pattern = pattern
        return text.withUTF8 { bytes in
            pattern.withUTF8 { needle in
                noticeboard_find_bytes(bytes.baseAddress, bytes.count, needle.baseAddress, needle.count) != nil
            }
        }
    }

    /// The text without leading and trailing white space (spaces, tabs, line ends).
    /// The kept part is copied whole (a scalar at a time, the first paragraph and headings of every document were
    /// about 1 % of a 10,000-document build).
    static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let end = scalars.index(after: scalars.lastIndex(where: { !$0.properties.isWhitespace })!)
        return String(text[start..<end])
    }
}
