import Dispatch
import Foundation
import NoticeboardModel

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
    private(set) var postings: [PostingList] = []
    /// Postings of each pair of consecutive terms, documents ascending, in `pairPartitions` parts by the first
    /// term (`partition(of:)`), each filled by its own thread; read with `forEachPair`.
    private let pairs: [PairPostings] = (0..<pairPartitions).map { _ in PairPostings(parts: pairPartitions) }
    static let pairPartitions = 4
    /// Words (unweighted) per document.
    private(set) var lengths: [Int] = []

    private var termNumbers: [String: Int32] = [:]
    /// Each word met so far with its term's number (shared with the round's workers, which only read it).
    private let wordTerms = WordTable(capacity: 1 << 14)
    private let parameters: IndexParameters

    /// Reads the documents in rounds. In each round every core counts the words of its own run of documents
    /// against the terms known so far; then the round's new words become terms, and the postings are added in
    /// document order, terms and word pairs at the same time. The result is the same for any number of cores
    /// (`workers`, by default one per core) and any round size (`documentsPerWorker` bounds the counts held at once).
    init(documents: [SearchDocument], parameters: IndexParameters, workers: Int? = nil, documentsPerWorker: Int = 256) {
        self.parameters = parameters
        lengths.reserveCapacity(documents.count)
        let workers = max(1, workers ?? min(ProcessInfo.processInfo.activeProcessorCount, 8))
        var start = 0
        while start < documents.count {
            let round = start..<min(documents.count, start + max(1, documentsPerWorker) * workers)
            let runs = (0..<workers).map { w in
                (round.lowerBound + round.count * w / workers)..<(round.lowerBound + round.count * (w + 1) / workers)
            }
            let counted = ParallelResults<WordCounter>(count: workers)
            let (knownWords, knownStems) = (wordTerms, termNumbers)
            DispatchQueue.concurrentPerform(iterations: workers) { w in
                var counter = WordCounter(knownWords: knownWords, knownStems: knownStems, parameters: parameters)
                for number in runs[w] { counter.count(documents[number]) }
                counted.set(w, counter)
            }
            add(counted.values, runs: runs)
            start = round.upperBound
        }
    }

    /// The postings of one round's counts, in document order.
    private mutating func add(_ counters: [WordCounter], runs: [Range<Int>]) {
        // Stems first met in this round become terms, in document order, so numbering does not depend on timing.
        var newTerms: [[Int32]] = []
        for counter in counters { newTerms.append(counter.newStems.map { term(forStem: $0) }) }
        for (w, counter) in counters.enumerated() {
            // Two workers may both have met a word; the first adds it (both resolve it to the same term).
            counter.newWords.forEach { word, number in
                guard wordTerms.value(of: word) == nil else { return }
                wordTerms.insert(word, value: number >= 0 ? number : newTerms[w][Int(-number - 1)])
            }
        }
        let termStore = UncheckedBox(postings), pairTables = pairs
        for table in pairTables { table.reserve(terms: terms.count) }
        postings = []
        let newTermsOfRound = newTerms
        let countsOfRound = counters.map(\.documents)
        // One task for the terms, one for each part of the pairs, each in document order. A pair whose first word
        // was new in this round is in every task's extra list; the task whose part it falls in takes it.
        // Everything a task reads for each posting is reached once, outside its loops: reaching an array or the
        // part's table inside them retained and released it for each of millions of postings.
        DispatchQueue.concurrentPerform(iterations: 1 + pairTables.count) { task in
            let part = task - 1
            let table: PairPostings? = task == 0 ? nil : pairTables[part]
            for (w, documents) in countsOfRound.enumerated() {
                let newOfWorker = newTermsOfRound[w], first = runs[w].lowerBound
                func resolve(_ word: UInt64) -> UInt32 {
                    let number = Int32(truncatingIfNeeded: word)
                    return UInt32(number >= 0 ? number : newOfWorker[Int(-number - 1)])
                }
                documents.withUnsafeBufferPointer { documents in
                    for offset in documents.indices {
                        let document = Int32(first + offset)
                        guard let table else {
                            termStore.value.withUnsafeMutableBufferPointer { lists in
                                documents[offset].terms.withUnsafeBufferPointer { terms in
                                    for (word, count) in terms {
                                        lists[Int(resolve(word))].append(Posting(document: document, frequency: count.frequency, fragment: count.fragment))
                                    }
                                }
                            }
                            continue
                        }
                        documents[offset].pairs[part].withUnsafeBufferPointer { pairs in
                            for (pair, count) in pairs {
                                table.append(first: UInt32(pair >> 32), second: resolve(pair & 0xFFFF_FFFF),
                                             Posting(document: document, frequency: count.frequency, fragment: count.fragment))
                            }
                        }
                        documents[offset].pairs[Self.pairPartitions].withUnsafeBufferPointer { pairs in
                            for (pair, count) in pairs {
                                let key = UInt64(resolve(pair >> 32)) << 32 | UInt64(resolve(pair & 0xFFFF_FFFF))
                                guard Self.partition(of: key) == part else { continue }
                                table.append(first: UInt32(key >> 32), second: UInt32(key & 0xFFFF_FFFF),
                                             Posting(document: document, frequency: count.frequency, fragment: count.fragment))
                            }
                        }
                    }
                }
            }
        }
        postings = termStore.value
        for counter in counters { lengths += counter.documents.map(\.length) }
    }

    /// Which part of `pairs` holds a pair: by its first term, so that the worker counting a document can sort its
    /// pairs into parts already when that term is known.
    static func partition(of pair: UInt64) -> Int { Int(pair >> 32) % pairPartitions }

    private mutating func term(forStem stem: String) -> Int32 {
        if let existing = termNumbers[stem] { return existing }
        let number = Int32(terms.count)
        terms.append(stem)
        postings.append(PostingList())
        termNumbers[stem] = number
        return number
    }

    /// Per-document counts of a term or pair: weighted frequency and first fragment.
    struct Count {
        var frequency: Float = 0
        var fragment: Int32 = 0
        var inText = false

        mutating func add(_ weight: Float, fragment: Int32?) {
            frequency += weight
            if let fragment, !inText { self.fragment = fragment; inText = true }
        }
    }

    /// Counts the words of a run of documents on one thread. A word is its term's number when the index already
    /// knew the term at the start of the round, and otherwise `-(n + 1)` for the n-th new stem of this run (two
    /// words with one stem, `meeting` and `meetings`, must count as one term).
    struct WordCounter {
        struct Counts {
            /// Term numbers (as in `word`, in the low 32 bits) with their counts.
            var terms: [CountTable.Entry]
            /// Pairs of term numbers (`first << 32 | second`) with their counts, by part (`partition(of:)`), and
            /// last those whose first word is new in this round, whose part is not known yet.
            var pairs: [[CountTable.Entry]]
            var length: Int
        }
        let knownWords: WordTable
        let knownStems: [String: Int32]
        let parameters: IndexParameters
        /// New stems, in the order first met.
        private(set) var newStems: [String] = []
        /// New words, with their numbers.
        let newWords = WordTable()
        private var newStemNumbers: [String: Int32] = [:]
        private(set) var documents: [Counts] = []
        private let termTable = CountTable(slots: 1 << 11)
        private let pairTable = CountTable(slots: 1 << 12)

        init(knownWords: WordTable, knownStems: [String: Int32], parameters: IndexParameters) {
            self.knownWords = knownWords
            self.knownStems = knownStems
            self.parameters = parameters
        }

        /// The number of a word that neither the known words nor this run's new words hold.
        private mutating func newWord(_ word: WordTable.Key) -> Int32 {
            let stem = EnglishStemmer.term(String(decoding: word.bytes, as: UTF8.self))
            let number: Int32
            if let term = knownStems[stem] ?? newStemNumbers[stem] {
                number = term
            } else {
                newStems.append(stem)
                number = -Int32(newStems.count)
                newStemNumbers[stem] = number
            }
            newWords.insert(word, value: number)
            return number
        }

        mutating func count(_ document: SearchDocument) {
            var length = 0
            // Tables as locals: the closure below runs for every word, and reaching them through `self` there cost
            // a retain and a release of each on every call.
            let (known, new, terms, pairs) = (knownWords, newWords, termTable, pairTable)
            func addField(_ text: UnsafeBufferPointer<UInt8>, weight: Float, fragment: Int32?, previous: inout Int32?) {
                Tokenizer.forEachWord(inUTF8: text) { bytes in
                    let word = WordTable.Key(bytes)
                    let t = known.value(of: word) ?? new.value(of: word) ?? newWord(word)
                    length += 1
                    terms.add(UInt64(UInt32(bitPattern: t)), weight, fragment: fragment)
                    if let p = previous {
                        pairs.add(UInt64(UInt32(bitPattern: p)) << 32 | UInt64(UInt32(bitPattern: t)), weight, fragment: fragment)
                    }
                    previous = t
                }
            }
            func addField(_ text: String, weight: Float, fragment: Int32?, previous: inout Int32?) {
                var text = text
                text.withUTF8 { addField($0, weight: weight, fragment: fragment, previous: &previous) }
            }
            var previous: Int32? = nil
            addField(document.title, weight: Float(parameters.titleWeight), fragment: nil, previous: &previous)
            for heading in document.headings {
                previous = nil
                addField(heading, weight: Float(parameters.headingWeight), fragment: nil, previous: &previous)
            }
            previous = nil
            var text = document.text
            text.withUTF8 { utf8 in
                for (index, piece) in InvertedIndex.pieces(of: utf8, every: parameters.fragmentCharacters).enumerated() {
                    addField(UnsafeBufferPointer(rebasing: utf8[piece]), weight: 1, fragment: Int32(index), previous: &previous)
                }
            }
            var parts = Array(repeating: [CountTable.Entry](), count: InvertedIndex.pairPartitions + 1)
            for entry in pairTable.take() {
                let first = Int32(truncatingIfNeeded: entry.key >> 32)
                parts[first >= 0 ? InvertedIndex.partition(of: entry.key) : InvertedIndex.pairPartitions].append(entry)
            }
            documents.append(Counts(terms: termTable.take(), pairs: parts, length: length))
        }
    }


    /// A document's fragments: its text cut by `cut`, or one empty fragment when it has none.
    static func fragments(of text: String, every bytes: Int) -> [String] {
        let pieces = cut(text, every: bytes)
        return pieces.isEmpty ? [""] : pieces
    }

    /// Where `fragments(of:every:)` cuts: the byte ranges of the UTF-8 text (one empty range for a text with none).
    static func fragmentRanges(of text: String, every bytes: Int) -> [Range<Int>] {
        var text = text
        let ranges = text.withUTF8 { pieces(of: $0, every: bytes) }
        return ranges.isEmpty ? [0..<0] : ranges
    }

    /// Text cut at the first ASCII white space after every `bytes` bytes of UTF-8, each piece trimmed.
    static func cut(_ text: String, every bytes: Int) -> [String] {
        var text = text
        return text.withUTF8 { utf8 in pieces(of: utf8, every: bytes).map { String(decoding: utf8[$0], as: UTF8.self) } }
    }

    /// Where `cut` cuts: the byte ranges of the pieces, none of them empty.
    static func pieces(of utf8: UnsafeBufferPointer<UInt8>, every bytes: Int) -> [Range<Int>] {
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D }
        var pieces: [Range<Int>] = []
        var start = 0
        while start < utf8.count {
            var end = min(utf8.count, start + bytes)
            while end < utf8.count && !isSpace(utf8[end]) { end += 1 }
            var from = start, to = end
            while from < to && isSpace(utf8[from]) { from += 1 }
            while to > from && isSpace(utf8[to - 1]) { to -= 1 }
            if from < to { pieces.append(from..<to) }
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

    /// What `forEachPair` reuses from one first term to the next.
    struct PairBuffer {
        fileprivate var records: [(second: UInt32, posting: Posting)] = []
        /// Per term, its place in `seconds` while a first term's pairs are read (-1 for none).
        fileprivate var placeOfSecond: [Int32] = []
        fileprivate var seconds: [(rank: UInt32, term: UInt32, count: Int)] = []
        fileprivate var grouped: [Posting] = []
        init() {}
    }

    /// How many pair postings start with the term `first` (about: the bytes they are packed in), to share the
    /// pairs' work out evenly.
    func pairWork(startingWith first: Int) -> Int {
        pairs[Self.partition(of: UInt64(first) << 32)].packedBytes(startingWith: UInt32(first))
    }

    /// Calls `body` with each pair starting with the term `first`: the second term and the pair's postings
    /// (documents ascending), the pairs in the index's order of their second terms (`termOrder()`). The postings come
    /// in document order and are grouped by second term in two passes (counted, then placed), keeping that order.
    func forEachPair(startingWith first: Int, order: (order: [Int], rank: [UInt32]), buffer: inout PairBuffer,
                     _ body: (Int, ArraySlice<Posting>) -> Void) {
        if buffer.placeOfSecond.count < terms.count { buffer.placeOfSecond = Array(repeating: -1, count: terms.count) }
        buffer.records.removeAll(keepingCapacity: true)
        buffer.seconds.removeAll(keepingCapacity: true)
        pairs[Self.partition(of: UInt64(first) << 32)].forEachPosting(startingWith: UInt32(first)) { second, posting in
            buffer.records.append((second, posting))
            let place = buffer.placeOfSecond[Int(second)]
            if place < 0 {
                buffer.placeOfSecond[Int(second)] = Int32(buffer.seconds.count)
                buffer.seconds.append((order.rank[Int(second)], second, 1))
            } else {
                buffer.seconds[Int(place)].count += 1
            }
        }
        guard !buffer.records.isEmpty else { return }
        buffer.seconds.sort { $0.rank < $1.rank }
        // Where each second term's postings start, in that order.
        var start = 0
        var starts = [Int](repeating: 0, count: buffer.seconds.count)
        for (place, second) in buffer.seconds.enumerated() {
            buffer.placeOfSecond[Int(second.term)] = Int32(place)
            starts[place] = start
            start += second.count
        }
        var next = starts
        buffer.grouped = Array(repeating: Posting(document: 0, frequency: 0, fragment: 0), count: buffer.records.count)
        for record in buffer.records {
            let place = Int(buffer.placeOfSecond[Int(record.second)])
            buffer.grouped[next[place]] = record.posting
            next[place] += 1
        }
        for (place, second) in buffer.seconds.enumerated() {
            buffer.placeOfSecond[Int(second.term)] = -1
            body(Int(second.term), buffer.grouped[starts[place]..<(starts[place] + second.count)])
        }
    }
}
