/// Escaping for text placed in HTML and XML outside templates (which escape for themselves).
public enum Escaping {
    public static func html(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in text.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// XML text also drops the characters XML 1.0 forbids (control characters, U+FFFE and U+FFFF).
    public static func xml(_ text: String) -> String {
        html(String(String.UnicodeScalarView(text.unicodeScalars.filter {
            ($0.value >= 0x20 || $0 == "\t" || $0 == "\n" || $0 == "\r") && $0.value != 0xFFFE && $0.value != 0xFFFF
        })))
    }
}
