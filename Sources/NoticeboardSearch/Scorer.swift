import Foundation

/// BM25 impacts of postings, encoded as the index stores them (docs/search-index-format.md, "Term shards").
struct Scorer {
    let parameters: IndexParameters
    private let documentCount: Int
    /// Each document's `k1·(1 − b + b·length/averageLength)`, worked out once rather than for each of its postings.
    private let norms: [Double]

    init(parameters: IndexParameters, lengths: [Int]) {
        self.parameters = parameters
        documentCount = lengths.count
        let averageLength = max(1, Double(lengths.reduce(0, +)) / Double(max(1, lengths.count)))
        norms = lengths.map { parameters.k1 * (1 - parameters.b + parameters.b * Double($0) / averageLength) }
    }

    private func idf(_ documentFrequency: Int) -> Double {
        let n = Double(documentCount), df = Double(documentFrequency)
        return log(1 + (n - df + 0.5) / (df + 0.5))
    }

    /// `impact = idf · tf·(k1 + 1) / (tf + k1·(1 − b + b·length/averageLength))`.
    private func impact(_ posting: InvertedIndex.Posting, idf: Double) -> Double {
        let tf = Double(posting.frequency)
        return idf * tf * (parameters.k1 + 1) / (tf + norms[Int(posting.document)])
    }

    /// The postings as the index stores them, in a new array (`append(_:to:)`).
    func encode(_ postings: some Collection<InvertedIndex.Posting>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(postings.count * 3 + 4)
        append(postings, to: &out)
        return out
    }

    /// Appends the largest impact (×1000), then per document: `2·gap + f`, the impact step, and the fragment if f;
    /// as UTF-8 of the 64 characters of `IndexEncoding.alphabet`, which need no escaping in JSON. Each impact is
    /// worked out twice (for the largest, then for its step), which costs less than an array of them for each of
    /// millions of word pairs; the impact of a single posting (most word pairs have one) is worked out once.
    func append(_ postings: some Collection<InvertedIndex.Posting>, to out: inout [UInt8]) {
        let idf = idf(postings.count)
        let top = parameters.impactLevels - 1
        let only = postings.count == 1 ? postings.first.map { impact($0, idf: idf) } : nil
        let largest = max(only ?? postings.reduce(-Double.infinity) { max($0, impact($1, idf: idf)) }, 0.001)
        let levels = Double(parameters.impactLevels)
        IndexEncoding.withRoom(IndexEncoding.largestNumber * (1 + 2 * postings.count) + postings.count, in: &out) { out, end in
            IndexEncoding.putNumber(Int((largest * 1000).rounded()), into: out, at: &end)
            var previous: Int32 = -1
            for posting in postings {
                IndexEncoding.putNumber(Int(posting.document - previous - 1) * 2 + (posting.fragment > 0 ? 1 : 0), into: out, at: &end)
                previous = posting.document
                let step = min(top, max(0, Int(((only ?? impact(posting, idf: idf)) / largest * levels).rounded(.up)) - 1))
                out[end] = IndexEncoding.character(step)
                end += 1
                if posting.fragment > 0 { IndexEncoding.putNumber(Int(posting.fragment), into: out, at: &end) }
            }
        }
    }
}
