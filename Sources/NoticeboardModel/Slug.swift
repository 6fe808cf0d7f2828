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
    public static func make(from text: String) -> String {
        var out = ""
        var pendingHyphen = false
        for c in text.lowercased().unicodeScalars {
            if ("a"..."z").contains(c) || ("0"..."9").contains(c) {
                if pendingHyphen && !out.isEmpty { out.append("-") }
                pendingHyphen = false
                out.unicodeScalars.append(c)
            } else {
                pendingHyphen = true
            }
        }
        return out
    }
}
