/// The text rules of iCalendar (RFC 5545): escaping TEXT values (§3.3.11) and folding content lines (§3.1).
public enum ICalendarText {
    /// The most octets a line may hold, not counting its CRLF (a continuation line's leading space counts).
    public static let lineLimit = 75

    /// Escapes a TEXT value: `\` → `\\`, `;` → `\;`, `,` → `\,`, a line break (CRLF, CR or LF) → `\n`.
    /// Other control characters, which TEXT may not hold, are dropped; a tab is kept.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\r": out += "\\n"
            case "\n": if !previousWasCR { out += "\\n" }
            case "\t": out += "\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Folds one content line into lines of at most 75 octets joined by CRLF and a space, and ends it with CRLF.
    /// Breaks fall between characters where they can (never inside a UTF-8 sequence, never inside an escape such
    /// as `\,`); a character longer than a whole line is broken between its Unicode scalars.
    public static func fold(_ line: String) -> String {
        var out = ""
        var used = 0
        var limit = lineLimit
        func append(_ unit: Substring.UnicodeScalarView) {
            let size = unit.reduce(0) { $0 + UTF8.width($1) }
            if used + size > limit {
                out += "\r\n "
                used = 0
                limit = lineLimit - 1
            }
            out.unicodeScalars.append(contentsOf: unit)
            used += size
        }
        var characters = Substring(line)[...]
        while let first = characters.first {
            // An escape (`\,`) is kept whole with the character after it.
            let length = first == "\\" && characters.count > 1 ? 2 : 1
            let unit = characters.prefix(length)
            characters = characters.dropFirst(length)
            if unit.utf8.count <= lineLimit - 1 {
                append(unit.unicodeScalars)
            } else {
                for scalar in unit.unicodeScalars { append(Substring(String(scalar)).unicodeScalars) }
            }
        }
        return out + "\r\n"
    }

    /// A property as a folded content line: `NAME;PARAM=VALUE:value` + CRLF. `value` is written as given, so escape
    /// TEXT values first with `escape(_:)` (dates, URIs and other value types are not escaped).
    public static func property(_ name: String, _ value: String, parameters: [(String, String)] = []) -> String {
        fold(name + parameters.map { ";\($0.0)=\($0.1)" }.joined() + ":" + value)
    }
}
