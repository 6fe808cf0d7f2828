import Foundation

/// Splits text into search terms' raw material: words folded for case and accents.
///
/// The rules (docs/search-index-format.md, "Tokens") are shared with the JavaScript client (`search-words.js`), which must
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
        forEachWord(in: text) { result.append(String(decoding: $0, as: UTF8.self)) }
        return result
    }

    /// Calls `body` with each folded word of the text, in order, as UTF-8 bytes that are valid only during the
    /// call (the indexer looks words up by their bytes, making no string for a word it knows). Reads UTF-8
    /// directly: ASCII, which is nearly all of the text, is folded without decoding.
    static func forEachWord(in text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var text = text
        text.withUTF8 { forEachWord(inUTF8: $0, body) }
    }

    /// `forEachWord(in:_:)` over valid UTF-8 (a piece of a document's text, read in place).
    ///
    /// A word of ASCII letters and digits ended by ASCII other than an apostrophe, nearly every word, is read in one
    /// scan and handed over in place when it has no capital letter (lower-cased in the buffer when it has); anything
    /// else is read a byte or a scalar at a time into `WordBuffer`.
    static func forEachWord(inUTF8 bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        let word = WordBuffer()
        defer { word.deallocate() }
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            if word.isEmpty && asciiWordByte[Int(byte)] != 0 {
                var end = i, capitals = false
                while end < bytes.count {
                    let kind = asciiWordByte[Int(bytes[end])]
                    if kind == 0 { break }
                    capitals = capitals || kind == capital
                    end += 1
                }
                if end == bytes.count || bytes[end] != 0x27 && bytes[end] < 0x80 {
                    if end - i <= maximumLength {
                        let run = UnsafeBufferPointer(rebasing: bytes[i..<end])
                        if capitals { word.lowercased(run, body) } else { body(run) }
                    }
                    i = end
                    continue
                }
            }
            if byte < 0x80 {
                switch byte {
                case 0x61...0x7A, 0x30...0x39: word.append(byte)
                case 0x41...0x5A: word.append(byte + 32)
                case 0x27: word.apostrophe(body)
                default: word.finish(body)
                }
                i += 1
                continue
            }
            let (scalar, length) = decode(bytes, at: i)
            i += length
            if apostrophes.contains(scalar) { word.apostrophe(body); continue }
            for folded in fold(scalar) {
                if isWordCharacter(folded) { word.append(folded) } else { word.finish(body) }
            }
        }
        word.finish(body)
    }

    /// Per byte: 0 for anything but an ASCII letter or digit, `capital` for A-Z, 1 for a-z and 0-9.
    private static let asciiWordByte: [UInt8] = (0..<256).map { byte in
        switch byte {
        case 0x41...0x5A: return capital
        case 0x61...0x7A, 0x30...0x39: return 1
        default: return 0
        }
    }
    private static let capital: UInt8 = 2

    /// The scalar whose UTF-8 encoding starts at `i` (the text is valid UTF-8) and its length in bytes.
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (Unicode.Scalar, Int) {
        let lead = UInt32(bytes[i])
        func continuation(_ k: Int) -> UInt32 { UInt32(bytes[i + k]) & 0x3F }
        if lead < 0xE0 { return (Unicode.Scalar((lead & 0x1F) << 6 | continuation(1)) ?? " ", 2) }
        if lead < 0xF0 { return (Unicode.Scalar((lead & 0x0F) << 12 | continuation(1) << 6 | continuation(2)) ?? " ", 3) }
        return (Unicode.Scalar((lead & 0x07) << 18 | continuation(1) << 12 | continuation(2) << 6 | continuation(3)) ?? " ", 4)
    }

    /// The word being read, as UTF-8 in a buffer allocated once, with its length in scalars and whether an
    /// apostrophe waits. A class over a fixed buffer: it is called for every byte of every document, and an
    /// array would check on every append whether it must be copied. A word longer than `maximumLength` scalars
    /// is dropped, so only that many scalars (4 bytes at most each) are ever kept.
    private final class WordBuffer {
        @exclusivity(unchecked) private var bytes = UnsafeMutablePointer<UInt8>.allocate(capacity: Tokenizer.maximumLength * 4)
        @exclusivity(unchecked) private var count = 0
        @exclusivity(unchecked) private var length = 0
        @exclusivity(unchecked) private var pendingApostrophe = false

        func deallocate() { bytes.deallocate() }

        /// Whether no word is being read (and so no apostrophe waits).
        var isEmpty: Bool { length == 0 }

        /// Hands over a whole ASCII word (at most `maximumLength` bytes) lower-cased; the buffer stays empty.
        func lowercased(_ run: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
            for (k, byte) in run.enumerated() { bytes[k] = byte &+ (byte &- 0x41 < 26 ? 32 : 0) }
            body(UnsafeBufferPointer(start: bytes, count: run.count))
        }

        func append(_ byte: UInt8) {
            if pendingApostrophe { store(0x27); pendingApostrophe = false }
            store(byte)
        }

        func append(_ scalar: Unicode.Scalar) {
            if scalar.isASCII { append(UInt8(scalar.value)); return }
            if pendingApostrophe { store(0x27); pendingApostrophe = false }
            length += 1
            guard length <= Tokenizer.maximumLength else { return }
            for byte in UTF8.encode(scalar)! {
                bytes[count] = byte
                count += 1
            }
        }

        /// One ASCII scalar more.
        private func store(_ byte: UInt8) {
            length += 1
            guard length <= Tokenizer.maximumLength else { return }
            bytes[count] = byte
            count += 1
        }

        func apostrophe(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
            if length > 0 && !pendingApostrophe { pendingApostrophe = true } else { finish(body) }
        }

        func finish(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
            if length > 0 && length <= Tokenizer.maximumLength { body(UnsafeBufferPointer(start: bytes, count: count)) }
            count = 0
            length = 0
            pendingApostrophe = false
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
