import Foundation

/// BM25 impacts of postings, encoded as the index stores them (docs/search-index-format.md, "Term shards").
struct Scorer {
    let parameters: IndexParameters
    let lengths: [Int]
    let averageLength: Double

    init(parameters: IndexParameters, lengths: [Int]) {
        self.parameters = parameters
        self.lengths = lengths
        averageLength = max(1, Double(lengths.reduce(0, +)) / Double(max(1, lengths.count)))
    }

    /// `impact = idf · tf·(k1 + 1) / (tf + k1·(1 − b + b·length/averageLength))`.
    func impacts(_ postings: [InvertedIndex.Posting]) -> [Double] {
        let n = Double(lengths.count), df = Double(postings.count)
        let idf = log(1 + (n - df + 0.5) / (df + 0.5))
        return postings.map { posting in
            let tf = Double(posting.frequency)
            let norm = parameters.k1 * (1 - parameters.b + parameters.b * Double(lengths[Int(posting.document)]) / averageLength)
            return idf * tf * (parameters.k1 + 1) / (tf + norm)
        }
    }

    /// The largest impact (×1000), then per document: `2·gap + f`, the impact step, and the fragment if f; as
    /// UTF-8 of the 64 characters of `IndexEncoding.alphabet`, which need no escaping in JSON.
    func encode(_ postings: [InvertedIndex.Posting]) -> [UInt8] {
        let impacts = impacts(postings)
        let largest = max(impacts.max() ?? 0, 0.001)
        let levels = Double(parameters.impactLevels)
        var out: [UInt8] = []
        out.reserveCapacity(postings.count * 3 + 4)
        IndexEncoding.appendNumber(Int((largest * 1000).rounded()), to: &out)
        var previous: Int32 = -1
        for (posting, impact) in zip(postings, impacts) {
            IndexEncoding.appendNumber(Int(posting.document - previous - 1) * 2 + (posting.fragment > 0 ? 1 : 0), to: &out)
            previous = posting.document
            IndexEncoding.appendDigit(min(parameters.impactLevels - 1, max(0, Int((impact / largest * levels).rounded(.up)) - 1)), to: &out)
            if posting.fragment > 0 { IndexEncoding.appendNumber(Int(posting.fragment), to: &out) }
        }
        return out
    }
}
