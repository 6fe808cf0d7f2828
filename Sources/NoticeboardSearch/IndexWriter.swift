import Foundation
import NoticeboardModel

/// Writes the search index of a set of documents as files in memory (docs/search-index-format.md):
/// a manifest, term shards cut by sorted term ranges, phrase shards, document metadata in chunks, and
/// per-document text fragments. Deterministic: the same documents give the same bytes.
public struct IndexWriter: Sendable {
    /// The version of the format written; the client refuses a manifest with another.
    public static let formatVersion = 1
    /// The manifest's fixed name (every other file is named by its content's hash).
    public static let manifestPath = "manifest.js"

    public var parameters: IndexParameters

    public init(parameters: IndexParameters = IndexParameters()) { self.parameters = parameters }

    /// Documents in index order: newest first (undated last), then by type and URL.
    public static func ordered(_ documents: [SearchDocument]) -> [SearchDocument] {
        let typeOrder = Dictionary(uniqueKeysWithValues: SearchDocument.DocumentType.allCases.enumerated().map { ($1, $0) })
        return documents.sorted { a, b in
            if a.date != b.date {
                guard let da = a.date else { return false }
                guard let db = b.date else { return true }
                return da > db
            }
            if a.type != b.type { return typeOrder[a.type]! < typeOrder[b.type]! }
            return IndexEncoding.utf16Less(a.url, b.url)
        }
    }

    /// Every file of the index for these documents.
    public func write(_ unordered: [SearchDocument]) -> [IndexFile] {
        let documents = Self.ordered(unordered)
        let index = InvertedIndex(documents: documents, parameters: parameters)
        let facets = FacetTables(documents)
        var files: [IndexFile] = []

        let termShards = ShardCutter(targetBytes: parameters.termShardBytes).cut(
            termEntries(index, documentCount: documents.count), folder: "t")
        files += termShards.files
        let phraseShards = ShardCutter(targetBytes: parameters.phraseShardBytes).cut(phraseEntries(index), folder: "p")
        files += phraseShards.files
        let phraseTable = IndexFile.hashed(in: "p", payload: "{\"first\":\(IndexEncoding.json(phraseShards.firstKeys)),\"files\":\(IndexEncoding.json(phraseShards.hashes))}")
        files.append(phraseTable.file)

        var chunkHashes: [String] = []
        for start in stride(from: 0, to: documents.count, by: parameters.documentsPerChunk) {
            let range = start..<min(documents.count, start + parameters.documentsPerChunk)
            let chunk = documentChunk(range, documents: documents, index: index, facets: facets)
            files += chunk.files
            chunkHashes.append(chunk.hash)
        }

        let manifest = manifestPayload(documentCount: documents.count, termShards: termShards, phraseTable: phraseTable.hash,
                                       chunkHashes: chunkHashes, facets: facets)
        files.append(IndexFile.script(key: "manifest", payload: manifest))
        return files.sorted { $0.path < $1.path }
    }

    // MARK: Terms and phrases

    /// Each term's postings: the term's largest impact (×1000), then per document the gap from the previous
    /// document (doubled, plus 1 when a fragment number follows), the impact step, and the fragment number.
    private func termEntries(_ index: InvertedIndex, documentCount: Int) -> [(key: String, value: String)] {
        let n = Double(documentCount)
        let averageLength = max(1, Double(index.lengths.reduce(0, +)) / max(1, n))
        var entries: [(key: String, value: String)] = []
        entries.reserveCapacity(index.terms.count)
        for (number, term) in index.terms.enumerated() {
            let postings = index.postings[number]
            let df = Double(postings.count)
            let idf = log(1 + (n - df + 0.5) / (df + 0.5))
            let impacts = postings.map { posting -> Double in
                let tf = Double(posting.frequency)
                let norm = parameters.k1 * (1 - parameters.b + parameters.b * Double(index.lengths[Int(posting.document)]) / averageLength)
                return idf * tf * (parameters.k1 + 1) / (tf + norm)
            }
            let largest = max(impacts.max() ?? 0, 0.001)
            var out: [UInt8] = []
            out.reserveCapacity(postings.count * 3 + 4)
            IndexEncoding.appendNumber(Int((largest * 1000).rounded()), to: &out)
            var previous: Int32 = -1
            for (posting, impact) in zip(postings, impacts) {
                let gap = Int(posting.document - previous - 1)
                previous = posting.document
                IndexEncoding.appendNumber(gap * 2 + (posting.fragment > 0 ? 1 : 0), to: &out)
                let levels = Double(parameters.impactLevels)
                IndexEncoding.appendDigit(min(parameters.impactLevels - 1, max(0, Int((impact / largest * levels).rounded(.up)) - 1)), to: &out)
                if posting.fragment > 0 { IndexEncoding.appendNumber(Int(posting.fragment), to: &out) }
            }
            entries.append((term, String(decoding: out, as: UTF8.self)))
        }
        return entries.sorted { IndexEncoding.utf16Less($0.key, $1.key) }
    }

    /// Each pair of consecutive stems (`first second`) with the documents it occurs in, as gaps.
    private func phraseEntries(_ index: InvertedIndex) -> [(key: String, value: String)] {
        var entries: [(key: String, value: String)] = []
        entries.reserveCapacity(index.pairs.count)
        for (pair, documents) in index.pairs {
            var out: [UInt8] = []
            var previous: Int32 = -1
            for document in documents {
                IndexEncoding.appendNumber(Int(document - previous - 1), to: &out)
                previous = document
            }
            entries.append((index.pairKey(pair), String(decoding: out, as: UTF8.self)))
        }
        return entries.sorted { IndexEncoding.utf16Less($0.key, $1.key) }
    }

    // MARK: Documents

    /// One metadata file for a range of documents, and the fragments of those documents in a folder named
    /// by their combined hash.
    private func documentChunk(_ range: Range<Int>, documents: [SearchDocument], index: InvertedIndex,
                               facets: FacetTables) -> (files: [IndexFile], hash: String) {
        var fragmentPayloads: [(name: String, payload: String)] = []
        var meta: [UInt8] = []
        for number in range {
            let document = documents[number]
            let flags = facets.typeIndex(document.type) * 2 + (document.hasFindings == true ? 1 : 0)
            IndexEncoding.appendNumber(flags, to: &meta)
            IndexEncoding.appendNumber(facets.bodyIndex(document).map { $0 + 1 } ?? 0, to: &meta)
            IndexEncoding.appendNumber(facets.yearIndex(document).map { $0 + 1 } ?? 0, to: &meta)
            for (fragment, text) in index.fragments[number].enumerated() {
                let payload = "{\"url\":\(IndexEncoding.json(document.url)),\"title\":\(IndexEncoding.json(document.title))"
                    + ",\"type\":\(IndexEncoding.json(document.type.rawValue)),\"body\":\(IndexEncoding.json(document.body?.name ?? ""))"
                    + ",\"date\":\(IndexEncoding.json(document.date?.iso ?? "")),\"text\":\(IndexEncoding.json(text))}"
                fragmentPayloads.append(("\(number)-\(fragment)", payload))
            }
        }
        let fragmentHash = IndexEncoding.hash(fragmentPayloads.flatMap { Array(($0.name + "\n" + $0.payload + "\n").utf8) })
        var files = fragmentPayloads.map { IndexFile.script(key: "f/\(fragmentHash)/\($0.name)", payload: $0.payload) }
        let chunk = IndexFile.hashed(in: "d", payload: "{\"first\":\(range.lowerBound),\"meta\":\(IndexEncoding.json(String(decoding: meta, as: UTF8.self))),\"fragments\":\(IndexEncoding.json(fragmentHash))}")
        files.append(chunk.file)
        return (files, chunk.hash)
    }

    // MARK: Manifest

    private func manifestPayload(documentCount: Int, termShards: ShardCutter.Result, phraseTable: String,
                                 chunkHashes: [String], facets: FacetTables) -> String {
        func pairs(_ labels: [SearchDocument.Label]) -> String {
            "[" + labels.map { "[\(IndexEncoding.json($0.slug)),\(IndexEncoding.json($0.name))]" }.joined(separator: ",") + "]"
        }
        let bodies = facets.bodies.map { body in
            "[\(IndexEncoding.json(body.label.slug)),\(IndexEncoding.json(body.label.name)),\(body.kind ?? -1),\(body.region ?? -1)]"
        }
        let fields: [(String, String)] = [
            ("format", IndexEncoding.json("noticeboard-search")),
            ("version", String(Self.formatVersion)),
            ("documents", String(documentCount)),
            ("impactLevels", String(parameters.impactLevels)),
            ("prefixMinimum", String(parameters.prefixMinimum)),
            ("documentsPerChunk", String(parameters.documentsPerChunk)),
            ("terms", "{\"first\":\(IndexEncoding.json(termShards.firstKeys)),\"files\":\(IndexEncoding.json(termShards.hashes))}"),
            ("phrases", IndexEncoding.json(phraseTable)),
            ("chunks", IndexEncoding.json(chunkHashes)),
            ("types", IndexEncoding.json(SearchDocument.DocumentType.allCases.map(\.rawValue))),
            ("bodies", "[" + bodies.joined(separator: ",") + "]"),
            ("kinds", pairs(facets.kinds)),
            ("regions", pairs(facets.regions)),
            ("years", "[" + facets.years.map(String.init).joined(separator: ",") + "]"),
            ("hasFindings", facets.anyFindings ? "true" : "false"),
        ]
        return "{" + fields.map { "\(IndexEncoding.json($0.0)):\($0.1)" }.joined(separator: ",") + "}"
    }
}
