import NoticeboardModel

/// The text rules of iCalendar (RFC 5545): escaping TEXT values (§3.3.11) and folding content lines (§3.1).
public enum ICalendarText {
    /// The most octets a line may hold, not counting its CRLF (a continuation line's leading space counts).
    public static let lineLimit = 75

    /// Escapes a TEXT value: `\` → `\\`, `;` → `\;`, `,` → `\,`, a line break (CRLF, CR or LF) → `\n`.
    /// Other control characters, which TEXT may not hold, are dropped; a tab is kept.
    public static func escape(_ text: String) -> String {
        // Most values have nothing to escape or drop, and are returned as they are.
        UTF8Rewriter.rewrite(text, where: mayChange) { bytes, i, out in
            switch bytes[i] {
            case UInt8(ascii: "\\"), UInt8(ascii: ";"), UInt8(ascii: ","): out.append(contentsOf: [UInt8(ascii: "\\"), bytes[i]])
            case UInt8(ascii: "\r"):
                out.append(contentsOf: "\\n".utf8)
                if i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: "\n") { return 2 }
            case UInt8(ascii: "\n"): out.append(contentsOf: "\\n".utf8)
            default: break  // a control character TEXT may not hold
            }
            return 1
        }
    }

    /// A byte `escape` changes or drops: a control character other than a tab, `\`, `;` or `,`.
    private static func mayChange(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x09: false
        case 0x00..<0x20, 0x7F, UInt8(ascii: "\\"), UInt8(ascii: ";"), UInt8(ascii: ","): true
        default: false
        }
    }

    /// Folds one content line into lines of at most 75 octets joined by CRLF and a space, and ends it with CRLF.
    /// Breaks fall between Unicode scalars, never inside a UTF-8 sequence, and never inside an escape such as `\,`.
    /// Where they can they also keep a character whole: combining marks, emoji modifiers and joined emoji stay with
    /// the scalar before them (a character longer than a whole line is broken between its scalars).
    public static func fold(_ line: String) -> String {
        if line.utf8.count <= lineLimit { return line + "\r\n" }
        var out = ""
        out.reserveCapacity(line.utf8.count + line.utf8.count / 36)
        var used = 0
        var limit = lineLimit
        var unit: [Unicode.Scalar] = []
        var unitSize = 0
        func flush() {
            guard !unit.isEmpty else { return }
            if used + unitSize > limit && unitSize <= lineLimit - 1 {
                out += "\r\n "
                used = 0
                limit = lineLimit - 1
            }
            for scalar in unit {
                let size = UTF8.width(scalar)
                if used + size > limit {
                    out += "\r\n "
                    used = 0
                    limit = lineLimit - 1
                }
                out.unicodeScalars.append(scalar)
                used += size
            }
            unit.removeAll(keepingCapacity: true)
            unitSize = 0
        }
        var previous: Unicode.Scalar?
        var escaping = false
        var escapeEnded = false
        for scalar in line.unicodeScalars {
            // An escape (`\,`, `\\`) is a unit of its own, so a break can never fall inside it.
            // (Every combining mark, joiner and emoji modifier is at U+0300 or above.)
            let joins = escaping || !escapeEnded && scalar.value >= 0x300 && (previous == "\u{200D}" || scalar == "\u{200D}"
                || scalar.properties.isGraphemeExtend || scalar.properties.isEmojiModifier)
            if !joins { flush() }
            unit.append(scalar)
            unitSize += UTF8.width(scalar)
            escapeEnded = escaping
            escaping = scalar == "\\" && !escaping
            previous = scalar
        }
        flush()
        return out + "\r\n"
    }

    /// A property as a folded content line: `NAME;PARAM=VALUE:value` + CRLF. `value` is written as given, so escape
    /// TEXT values first with `escape(_:)` (dates, URIs and other value types are not escaped).
    public static func property(_ name: String, _ value: String, parameters: [(String, String)] = []) -> String {
        fold(name + parameters.map { ";\($0.0)=\($0.1)" }.joined() + ":" + value)
    }
}
