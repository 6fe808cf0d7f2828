import Foundation

/// Splits text into search terms' raw material: words folded for case and accents.
///
/// The rules (docs/search-index-format.md, "Tokens") are shared with the JavaScript client, which must
/// produce the same words for the same text:
/// 1. Each character is decomposed (Unicode NFKD); combining marks are dropped (`é` → `e`).
/// 2. The rest is lower-cased by the Unicode default mapping, then a few letters that do not decompose
///    are folded by `foldedLetters` (`ß` → `ss`, `æ` → `ae`).
/// 3. A word is a run of letters and numbers (general categories L and N); an apostrophe between two
///    such characters stays inside the word (`o'brien`, `council's`), normalised to `'`.
/// 4. Words longer than `maximumLength` characters are dropped (hashes, URLs run together).
public enum Tokenizer {
    /// Words longer than this (in Unicode scalars, after folding) are not indexed.
    public static let maximumLength = 40

    /// Letters that survive NFKD and lower-casing but that readers type differently.
    public static let foldedLetters: [Unicode.Scalar: String] = [
        "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "ł": "l", "ı": "i", "ς": "σ",
    ]

    /// Characters read as an apostrophe inside a word.
    static let apostrophes: Set<Unicode.Scalar> = ["'", "\u{2019}", "\u{2018}", "\u{02BC}"]

    /// The folded words of the text, in order.
    public static func words(in text: String) -> [String] {
        var result: [String] = []
        forEachWord(in: text) { result.append($0) }
        return result
    }

    /// Calls `body` with each folded word of the text, in order.
    public static func forEachWord(in text: String, _ body: (String) -> Void) {
        var word = String.UnicodeScalarView()
        var length = 0
        var pendingApostrophe = false
        func finish() {
            if length > 0 && length <= maximumLength { body(String(word)) }
            word = String.UnicodeScalarView()
            length = 0
            pendingApostrophe = false
        }
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                let v = scalar.value
                if (0x61...0x7A).contains(v) || (0x30...0x39).contains(v) {
                    append(scalar)
                } else if (0x41...0x5A).contains(v) {
                    append(Unicode.Scalar(v + 32)!)
                } else if v == 0x27 {
                    apostrophe()
                } else {
                    finish()
                }
                continue
            }
            if apostrophes.contains(scalar) { apostrophe(); continue }
            for folded in fold(scalar) {
                if isWordCharacter(folded) { append(folded) } else { finish() }
            }
        }
        finish()

        func append(_ scalar: Unicode.Scalar) {
            if pendingApostrophe { word.append("'"); length += 1; pendingApostrophe = false }
            word.append(scalar)
            length += 1
        }
        func apostrophe() {
            if length > 0 && !pendingApostrophe { pendingApostrophe = true } else { finish() }
        }
    }

    /// A non-ASCII scalar decomposed, stripped of marks, lower-cased and folded. Cached: text repeats its letters.
    static func fold(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        cacheLock.lock()
        defer { cacheLock.unlock() }
        if let cached = cache[scalar] { return cached }
        var out: [Unicode.Scalar] = []
        for decomposed in String(scalar).decomposedStringWithCompatibilityMapping.unicodeScalars where !isMark(decomposed) {
            for lower in decomposed.properties.lowercaseMapping.unicodeScalars where !isMark(lower) {
                if let replacement = foldedLetters[lower] { out.append(contentsOf: replacement.unicodeScalars) } else { out.append(lower) }
            }
        }
        cache[scalar] = out
        return out
    }

    private static let cacheLock = NSLock()
    nonisolated(unsafe) private static var cache: [Unicode.Scalar: [Unicode.Scalar]] = [:]

    static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }
}
