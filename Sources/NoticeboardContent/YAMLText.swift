/// Writing values into YAML text by hand (scaffolds, surgical edits): a plain scalar where YAML reads it back
/// as the same text, else a double-quoted one.
public enum YAMLText {
    /// `Northshire ICB` stays plain; `Yes`, `4`, `a: b`, `#1` and the like are double-quoted.
    public static func scalar(_ text: String) -> String {
        needsQuotes(text) ? quoted(text) : text
    }

    /// Always double-quoted: for values that must stay text, like agenda item numbers (`"4"`).
    public static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    out += "\\x" + String(repeating: "0", count: 2 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    private static let reserved: Set<String> = ["", "~", "null", "true", "false", "yes", "no", "on", "off", "y", "n"]

    static func needsQuotes(_ text: String) -> Bool {
        if reserved.contains(text.lowercased()) { return true }
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return true }
        if first == " " || last == " " || first == "\t" || last == "\t" { return true }
        if "-?:,[]{}#&*!|>'\"%@`".unicodeScalars.contains(first) { return true }
        if text.contains(": ") || text.contains(" #") || text.hasSuffix(":") { return true }
        if text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) { return true }
        // Numbers and dates would be read back as numbers and dates.
        if first.properties.numericType != nil || first == "." || first == "+" { return true }
        return false
    }
}
