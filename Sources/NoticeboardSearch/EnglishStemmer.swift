import Foundation

/// The Snowball English ("Porter2") stemmer, as defined at snowballstem.org/algorithms/english/stemmer.html
/// (the original Porter2 regions: special prefixes `gener`, `commun`, `arsen`).
///
/// `search-words.js` has a line-for-line twin (`stem`); both are checked against the same recorded word list
/// (Tests/Fixtures/search/stemmer-vectors.txt). Only words of `a`-`z` and `'` are stemmed; anything else
/// (numbers, other scripts) is returned as it is.
public enum EnglishStemmer {
    /// The stem of a folded word: `procurement` → `procur`, `meetings` → `meet`.
    public static func stem(_ word: String) -> String {
        let bytes = Array(word.utf8)
        guard bytes.allSatisfy({ ($0 >= a && $0 <= z) || $0 == apostrophe }) else { return word }
        var stemming = Stemming(bytes)
        return String(decoding: stemming.run(), as: UTF8.self)
    }

    /// The index term of a folded word: its stem without apostrophes, so `o'brien` and `obrien` meet and
    /// `children's` is `children`.
    public static func term(_ word: String) -> String {
        let stem = stem(word)
        return stem.contains("'") ? stem.replacingOccurrences(of: "'", with: "") : stem
    }

    static let a = UInt8(ascii: "a"), z = UInt8(ascii: "z"), apostrophe = UInt8(ascii: "'"), capitalY = UInt8(ascii: "Y")

    /// Words with their own stems, checked before anything else.
    static let exceptions: [String: String] = [
        "skis": "ski", "skies": "sky", "dying": "die", "lying": "lie", "tying": "tie", "idly": "idl",
        "gently": "gentl", "ugly": "ugli", "early": "earli", "only": "onli", "singly": "singl",
        "sky": "sky", "news": "news", "howe": "howe", "atlas": "atlas", "cosmos": "cosmos", "bias": "bias", "andes": "andes",
    ]
    /// Words left alone after step 1a.
    static let invariantAfterStep1a: Set<String> = ["inning", "outing", "canning", "herring", "earring", "proceed", "exceed", "succeed"]
}

/// One word being stemmed: its letters (`Y` marks a consonant y) and its regions R1 and R2.
private struct Stemming {
    var w: [UInt8]
    var p1 = 0
    var p2 = 0

    init(_ word: [UInt8]) { w = word }

    static func isVowel(_ c: UInt8) -> Bool {
        switch c {
        case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"), UInt8(ascii: "y"): return true
        default: return false
        }
    }

    mutating func run() -> [UInt8] {
        let word = String(decoding: w, as: UTF8.self)
        if let special = EnglishStemmer.exceptions[word] { return Array(special.utf8) }
        if w.count < 3 { return w }
        prelude()
        markRegions()
        step0()
        step1a()
        if !EnglishStemmer.invariantAfterStep1a.contains(String(decoding: w, as: UTF8.self)) {
            step1b(); step1c(); step2(); step3(); step4(); step5()
        }
        return w.map { $0 == EnglishStemmer.capitalY ? UInt8(ascii: "y") : $0 }
    }

    // MARK: Helpers

    /// Compared in place: a text whose words follow Zipf's law stems tens of thousands of words, and copying the
    /// suffix and the word's end into arrays for each test was most of the stemmer's time.
    func ends(with suffix: String) -> Bool {
        let count = suffix.utf8.count
        return w.count >= count && w[(w.count - count)...].elementsEqual(suffix.utf8)
    }

    /// The longest of the suffixes the word ends with (two of the same length cannot both end it).
    func longest(_ suffixes: [String]) -> String? {
        var found: String? = nil
        for suffix in suffixes where suffix.utf8.count > (found?.utf8.count ?? 0) && ends(with: suffix) { found = suffix }
        return found
    }

    mutating func replace(_ suffix: String, with replacement: String) {
        w.removeLast(suffix.utf8.count)
        w.append(contentsOf: replacement.utf8)
    }

    func start(of suffix: String) -> Int { w.count - suffix.utf8.count }

    func containsVowel(before end: Int) -> Bool { w[..<end].contains(where: Self.isVowel) }

    /// Whether `w[..<end]` ends in a short syllable.
    func endsInShortSyllable(_ end: Int) -> Bool {
        if end >= 3 {
            let last = w[end - 1]
            return !Self.isVowel(w[end - 3]) && Self.isVowel(w[end - 2]) && !Self.isVowel(last)
                && last != UInt8(ascii: "w") && last != UInt8(ascii: "x") && last != EnglishStemmer.capitalY
        }
        return end == 2 && Self.isVowel(w[0]) && !Self.isVowel(w[1])
    }

    // MARK: Steps

    mutating func prelude() {
        if w.first == EnglishStemmer.apostrophe { w.removeFirst() }
        if w.first == UInt8(ascii: "y") { w[0] = EnglishStemmer.capitalY }
        for i in w.indices.dropFirst() where w[i] == UInt8(ascii: "y") && Self.isVowel(w[i - 1]) {
            w[i] = EnglishStemmer.capitalY
        }
    }

    mutating func markRegions() {
        p1 = w.count
        p2 = w.count
        func afterVowelConsonant(from start: Int) -> Int? {
            var i = start
            while i < w.count && !Self.isVowel(w[i]) { i += 1 }
            while i < w.count && Self.isVowel(w[i]) { i += 1 }
            return i < w.count ? i + 1 : nil
        }
        if let prefix = ["gener", "commun", "arsen"].first(where: { w.starts(with: $0.utf8) }) {
            p1 = prefix.utf8.count
        } else if let r1 = afterVowelConsonant(from: 0) {
            p1 = r1
        } else {
            return
        }
        p2 = afterVowelConsonant(from: p1) ?? w.count
    }

    mutating func step0() {
        if let suffix = longest(Self.step0Suffixes) { replace(suffix, with: "") }
    }

    static let step0Suffixes = ["'s'", "'s", "'"]
    static let step1aSuffixes = ["sses", "ied", "ies", "us", "ss", "s"]
    static let step1bSuffixes = ["eed", "eedly", "ed", "edly", "ing", "ingly"]

    mutating func step1a() {
        guard let suffix = longest(Self.step1aSuffixes) else { return }
        switch suffix {
        case "sses": replace(suffix, with: "ss")
        case "ied", "ies": replace(suffix, with: start(of: suffix) >= 2 ? "i" : "ie")
        case "s": if start(of: suffix) >= 2 && containsVowel(before: start(of: suffix) - 1) { replace(suffix, with: "") }
        default: break
        }
    }

    mutating func step1b() {
        guard let suffix = longest(Self.step1bSuffixes) else { return }
        if suffix == "eed" || suffix == "eedly" {
            if start(of: suffix) >= p1 { replace(suffix, with: "ee") }
            return
        }
        guard containsVowel(before: start(of: suffix)) else { return }
        replace(suffix, with: "")
        if ends(with: "at") || ends(with: "bl") || ends(with: "iz") {
            w.append(UInt8(ascii: "e"))
        } else if let double = ["bb", "dd", "ff", "gg", "mm", "nn", "pp", "rr", "tt"].first(where: ends(with:)) {
            w.removeLast(double.utf8.count - 1)
        } else if w.count <= p1 && endsInShortSyllable(w.count) {
            w.append(UInt8(ascii: "e"))
        }
    }

    mutating func step1c() {
        guard let last = w.last, last == UInt8(ascii: "y") || last == EnglishStemmer.capitalY,
              w.count >= 3, !Self.isVowel(w[w.count - 2]) else { return }
        w[w.count - 1] = UInt8(ascii: "i")
    }

    static let step2Rules: [String: String] = [
        "tional": "tion", "enci": "ence", "anci": "ance", "abli": "able", "entli": "ent", "izer": "ize", "ization": "ize",
        "ational": "ate", "ation": "ate", "ator": "ate", "alism": "al", "aliti": "al", "alli": "al", "fulness": "ful",
        "ousli": "ous", "ousness": "ous", "iveness": "ive", "iviti": "ive", "biliti": "ble", "bli": "ble", "ogi": "og",
        "fulli": "ful", "lessli": "less", "li": "",
    ]
    static let step2Suffixes = Array(step2Rules.keys)

    mutating func step2() {
        guard let suffix = longest(Self.step2Suffixes), start(of: suffix) >= p1 else { return }
        let before = start(of: suffix) > 0 ? w[start(of: suffix) - 1] : 0
        if suffix == "ogi" && before != UInt8(ascii: "l") { return }
        if suffix == "li" && !"cdeghkmnrt".utf8.contains(before) { return }
        replace(suffix, with: Self.step2Rules[suffix]!)
    }

    static let step3Rules: [String: String] = [
        "tional": "tion", "ational": "ate", "alize": "al", "icate": "ic", "iciti": "ic", "ical": "ic",
        "ful": "", "ness": "", "ative": "",
    ]
    static let step3Suffixes = Array(step3Rules.keys)

    mutating func step3() {
        guard let suffix = longest(Self.step3Suffixes), start(of: suffix) >= p1 else { return }
        if suffix == "ative" && start(of: suffix) < p2 { return }
        replace(suffix, with: Self.step3Rules[suffix]!)
    }

    static let step4Suffixes = ["al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ism",
                                "ate", "iti", "ous", "ive", "ize", "ion"]

    mutating func step4() {
        guard let suffix = longest(Self.step4Suffixes), start(of: suffix) >= p2 else { return }
        if suffix == "ion" {
            let at = start(of: suffix)
            guard at > 0, w[at - 1] == UInt8(ascii: "s") || w[at - 1] == UInt8(ascii: "t") else { return }
        }
        replace(suffix, with: "")
    }

    mutating func step5() {
        guard let last = w.last else { return }
        let at = w.count - 1
        if last == UInt8(ascii: "e") {
            if at >= p2 || (at >= p1 && !endsInShortSyllable(at)) { w.removeLast() }
        } else if last == UInt8(ascii: "l") {
            if at >= p2 && at > 0 && w[at - 1] == UInt8(ascii: "l") { w.removeLast() }
        }
    }
}
