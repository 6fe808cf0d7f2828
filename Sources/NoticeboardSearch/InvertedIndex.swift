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
    /// Documents containing each pair of consecutive terms (`first << 32 | second`), ascending.
    private(set) var pairs: [UInt64: [Int32]] = [:]
    /// Words (unweighted) per document.
    private(set) var lengths: [Int] = []
    /// Each document's text cut into fragments.
    private(set) var fragments: [[String]] = []

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
        let stem = EnglishStemmer.stem(word)
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

    private mutating func add(_ document: SearchDocument, as number: Int32) {
        var frequencies: [Int32: (frequency: Float, fragment: Int32, inText: Bool)] = [:]
        var documentPairs = Set<UInt64>()
        var length = 0
        func addField(_ text: String, weight: Float, fragment: Int32?, previous: inout Int32?) {
            Tokenizer.forEachWord(in: text) { word in
                let t = term(for: word)
                length += 1
                var entry = frequencies[t] ?? (0, 0, false)
                entry.frequency += weight
                if let fragment, !entry.inText { entry.fragment = fragment; entry.inText = true }
                frequencies[t] = entry
                if let p = previous { documentPairs.insert(UInt64(UInt32(p)) << 32 | UInt64(UInt32(t))) }
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
        for (t, entry) in frequencies {
            postings[Int(t)].append(Posting(document: number, frequency: entry.frequency, fragment: entry.fragment))
        }
        for pair in documentPairs { pairs[pair, default: []].append(number) }
        lengths.append(length)
        fragments.append(pieces.isEmpty ? [""] : pieces)
    }

    /// Text cut at the first white space after every `characters` characters, each piece trimmed.
    static func cut(_ text: String, every characters: Int) -> [String] {
        var pieces: [String] = []
        var current = String.UnicodeScalarView()
        var count = 0
        func close() {
            let piece = String(current).trimmingWhitespace
            if !piece.isEmpty { pieces.append(piece) }
            current = String.UnicodeScalarView()
            count = 0
        }
        for scalar in text.unicodeScalars {
            if count >= characters && scalar.properties.isWhitespace { close() }
            current.append(scalar)
            count += 1
        }
        close()
        return pieces
    }

    /// The pair of two term numbers as `first second` stems.
    func pairKey(_ pair: UInt64) -> String {
        terms[Int(pair >> 32)] + " " + terms[Int(pair & 0xFFFF_FFFF)]
    }
}

extension String {
    /// Without leading and trailing white space (Unicode White_Space).
    var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}
