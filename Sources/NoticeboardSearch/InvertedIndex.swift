/// Stems, postings and word pairs of a set of documents, in document order: what the index files encode.
struct InvertedIndex {
    struct Posting {
        var document: Int32
        /// The weighted term frequency (IndexParameters).
        var frequency: Float
        /// The first text fragment the term occurs in (0 when it occurs only in the title or headings).
        var fragment: Int32
    }

    /// Stems by term number.
    private(set) var terms: [String] = []
    /// Postings by term number, documents ascending.
    private(set) var postings: [[Posting]] = []
    /// Postings of each pair of consecutive terms (`first << 32 | second`), documents ascending.
    private(set) var pairs: [UInt64: [Posting]] = [:]
    /// Words (unweighted) per document.
    private(set) var lengths: [Int] = []

    private var termNumbers: [String: Int32] = [:]
    private var wordTerms: [String: Int32] = [:]
    private let parameters: IndexParameters

    init(documents: [SearchDocument], parameters: IndexParameters) {
        self.parameters = parameters
        lengths.reserveCapacity(documents.count)
        for (number, document) in documents.enumerated() {
            add(document, as: Int32(number))
        }
    }

    private mutating func term(for word: String) -> Int32 {
        if let known = wordTerms[word] { return known }
        let stem = EnglishStemmer.term(word)
        let number: Int32
        if let existing = termNumbers[stem] {
            number = existing
        } else {
            number = Int32(terms.count)
            terms.append(stem)
            postings.append([])
            termNumbers[stem] = number
        }
        wordTerms[word] = number
        return number
    }

    /// Per-document counts of a term or pair: weighted frequency and first fragment.
    private struct Count {
        var frequency: Float = 0
        var fragment: Int32 = 0
        var inText = false

        mutating func add(_ weight: Float, fragment: Int32?) {
            frequency += weight
            if let fragment, !inText { self.fragment = fragment; inText = true }
        }
    }

    private mutating func add(_ document: SearchDocument, as number: Int32) {
        var termCounts: [Int32: Count] = [:]
        var pairCounts: [UInt64: Count] = [:]
        var length = 0
        func addField(_ text: String, weight: Float, fragment: Int32?, previous: inout Int32?) {
            Tokenizer.forEachWord(in: text) { word in
                let t = term(for: word)
                length += 1
                termCounts[t, default: Count()].add(weight, fragment: fragment)
                if let p = previous {
                    pairCounts[UInt64(UInt32(p)) << 32 | UInt64(UInt32(t)), default: Count()].add(weight, fragment: fragment)
                }
                previous = t
            }
        }
        var previous: Int32? = nil
        addField(document.title, weight: Float(parameters.titleWeight), fragment: nil, previous: &previous)
        for heading in document.headings {
            previous = nil
            addField(heading, weight: Float(parameters.headingWeight), fragment: nil, previous: &previous)
        }
        let pieces = Self.cut(document.text, every: parameters.fragmentCharacters)
        previous = nil
        for (index, piece) in pieces.enumerated() {
            addField(piece, weight: 1, fragment: Int32(index), previous: &previous)
        }
        for (t, count) in termCounts {
            postings[Int(t)].append(Posting(document: number, frequency: count.frequency, fragment: count.fragment))
        }
        for (pair, count) in pairCounts {
            pairs[pair, default: []].append(Posting(document: number, frequency: count.frequency, fragment: count.fragment))
        }
        lengths.append(length)
    }

    /// A document's fragments: its text cut by `cut`, or one empty fragment when it has none.
    static func fragments(of text: String, every bytes: Int) -> [String] {
        let pieces = cut(text, every: bytes)
        return pieces.isEmpty ? [""] : pieces
    }

    /// Text cut at the first ASCII white space after every `bytes` bytes of UTF-8, each piece trimmed.
    static func cut(_ text: String, every bytes: Int) -> [String] {
        let utf8 = Array(text.utf8)
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D }
        var pieces: [String] = []
        var start = 0
        while start < utf8.count {
            var end = min(utf8.count, start + bytes)
            while end < utf8.count && !isSpace(utf8[end]) { end += 1 }
            var from = start, to = end
            while from < to && isSpace(utf8[from]) { from += 1 }
            while to > from && isSpace(utf8[to - 1]) { to -= 1 }
            if from < to { pieces.append(String(decoding: utf8[from..<to], as: UTF8.self)) }
            start = end + 1
        }
        return pieces
    }

    /// Term numbers in the index's order (UTF-16 code units, as JavaScript compares), and each term's rank in it.
    func termOrder() -> (order: [Int], rank: [UInt32]) {
        let order = terms.indices.sorted { IndexEncoding.utf16Less(terms[$0], terms[$1]) }
        var rank = [UInt32](repeating: 0, count: terms.count)
        for (position, term) in order.enumerated() { rank[term] = UInt32(position) }
        return (order, rank)
    }

    /// The pair of two term numbers as `first second` stems.
    func pairKey(_ pair: UInt64) -> String {
        terms[Int(pair >> 32)] + " " + terms[Int(pair & 0xFFFF_FFFF)]
    }
}
