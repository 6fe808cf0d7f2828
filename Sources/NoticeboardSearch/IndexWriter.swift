import Dispatch
import Foundation
import NoticeboardModel

/// Writes the search index of a set of documents as files in memory (docs/search-index-format.md):
/// a manifest, term shards cut by sorted term ranges, phrase shards, document metadata in chunks, and
/// per-document text fragments. Deterministic: the same documents give the same bytes.
public struct IndexWriter: Sendable {
    /// The version of the format written; the client refuses a manifest with another.
    public static let formatVersion = 4
    /// The manifest's fixed name (every other file is named by its content's hash).
    public static let manifestPath = "manifest.js"

    public var parameters: IndexParameters

    public init(parameters: IndexParameters = IndexParameters()) { self.parameters = parameters }

    /// Documents in index order: the dated ones oldest first, then the undated ones. Within a date the order is
    /// the reverse of the ranking's (which puts, among equal scores, the newest first, then meetings, papers,
    /// bodies and pages, then by URL), and the undated ones are in the ranking's order, so the client recovers
    /// that order from the numbers alone. A new meeting, the usual change, is numbered after every other dated
    /// document, and only the numbers of the undated ones (bodies and pages) move to make room: the fragment
    /// folders of the older documents keep their names.
    public static func ordered(_ documents: [SearchDocument]) -> [SearchDocument] {
        let typeOrder = Dictionary(uniqueKeysWithValues: SearchDocument.DocumentType.allCases.enumerated().map { ($1, $0) })
        let ranked = documents.sorted { a, b in
            if a.date != b.date {
                guard let da = a.date else { return false }
                guard let db = b.date else { return true }
                return da > db
            }
            if a.type != b.type { return typeOrder[a.type]! < typeOrder[b.type]! }
            return IndexEncoding.utf16Less(a.url, b.url)
        }
        let firstUndated = ranked.firstIndex { $0.date == nil } ?? ranked.count
        return ranked[..<firstUndated].reversed() + ranked[firstUndated...]
    }

    /// Every file of the index for these documents.
    public func write(_ unordered: [SearchDocument]) -> [IndexFile] {
        let documents = Self.ordered(unordered)
        let facets = FacetTables(documents)
        // The postings (and the shards made from them) and the documents' own files need nothing from each other:
        // the documents' files are made alongside, using what the postings' work leaves of the cores.
        let ((termShards, phraseShards), (chunks, fragmentFolders)) = Parallel.both({
            let index = InvertedIndex(documents: documents, parameters: parameters)
            return Parallel.both(
                { ShardCutter(targetBytes: parameters.termShardBytes).cut(termEntries(index), folder: "t") },
                { phraseShardsOfPairs(index) })
        }, {
            // On every core too: the postings' work often ends first, and these would end the stage on one core.
            let cores = ProcessInfo.processInfo.activeProcessorCount
            return (concurrentMap(ranges(documents.count, by: parameters.documentsPerChunk), threads: cores) {
                        documentChunk($0, documents: documents, facets: facets)
                    },
                    concurrentMap(ranges(documents.count, by: parameters.documentsPerFragmentFolder), threads: cores) {
                        fragmentFolder($0, documents: documents, facets: facets)
                    })
        })
        let termTable = termShards.pagedTable(pagedAbove: parameters.shardTablePagedAbove, folder: "t")
        let phraseTable = phraseShards.pagedTable(pagedAbove: parameters.shardTablePagedAbove, folder: "p")
        let manifest = manifestPayload(documentCount: documents.count, termTable: termTable.table, phraseTable: phraseTable.table,
                                       chunkHashes: chunks.map(\.hash), fragmentFolders: fragmentFolders.map(\.hash), facets: facets)
        var manifestFile = IndexFile.script(key: "manifest", payload: manifest)
        manifestFile.isNamedByContent = false
        let files = termShards.files + termTable.pages + phraseShards.files + phraseTable.pages + chunks.map(\.file)
            + fragmentFolders.flatMap(\.files)
            + [manifestFile]
        return files.sorted { $0.path < $1.path }
    }

    // MARK: Terms and phrases

    /// Each term with its postings, in the index's order.
    private func termEntries(_ index: InvertedIndex) -> ShardEntries {
        let scorer = Scorer(parameters: parameters, lengths: index.lengths)
        var entries = ShardEntries()
        for term in index.termOrder().order {
            entries.append(key: { ShardEntries.append(index.terms[term], to: &$0) }, value: { scorer.append(index.postings[term].postings, to: &$0) })
        }
        return entries
    }

    /// The shards of each pair of consecutive terms (`first second`) with its postings, in the index's order: a
    /// pair's key sorts as its two terms' ranks do, since a space sorts before every character of a term.
    ///
    /// Made on every core, in pieces of first terms (in the index's order) with about as many postings each; each
    /// piece is cut into shards of its own, so that its entries are let go of as soon as its shards are made (a
    /// site whose words follow Zipf's law has some 200 MB of them at 10,000 documents). The pieces depend on the
    /// postings alone, so the shards are the same for any number of cores.
    private func phraseShardsOfPairs(_ index: InvertedIndex) -> ShardCutter.Result {
        let scorer = Scorer(parameters: parameters, lengths: index.lengths)
        let order = index.termOrder()
        let work = order.order.map { index.pairWork(startingWith: $0) }
        let total = work.reduce(0, +)
        let pieces = max(1, min(total / max(1, parameters.phrasePieceBytes), 64))
        var bounds = [0]
        var sum = 0
        for (position, bytes) in work.enumerated() {
            sum += bytes
            if bounds.count < pieces && sum >= total * bounds.count / pieces { bounds.append(position + 1) }
        }
        bounds.append(order.order.count)
        let cuts = bounds
        let shards = ParallelResults<[ShardCutter.Shard]>(count: cuts.count - 1)
        let spool = parameters.spoolsPhraseShards ? Spool() : nil
        DispatchQueue.concurrentPerform(iterations: cuts.count - 1) { piece in
            var entries = ShardEntries()
            var buffer = InvertedIndex.PairBuffer()
            for first in order.order[cuts[piece]..<cuts[piece + 1]] {
                let firstTerm = index.terms[first]
                index.forEachPair(startingWith: first, order: order, buffer: &buffer) { second, postings in
                    entries.append(key: { key in
                        ShardEntries.append(firstTerm, to: &key)
                        key.append(0x20)
                        ShardEntries.append(index.terms[second], to: &key)
                    }, value: { scorer.append(postings, to: &$0) })
                }
            }
            shards.set(piece, ShardCutter(targetBytes: parameters.phraseShardBytes, spool: spool).shards(of: entries, folder: "p"))
        }
        return ShardCutter.table(shards.values.flatMap { $0 })
    }

    // MARK: Documents

    /// `0..<count` in consecutive ranges of `size`.
    private func ranges(_ count: Int, by size: Int) -> [Range<Int>] {
        stride(from: 0, to: count, by: size).map { $0..<min(count, $0 + size) }
    }

    /// One metadata file for a range of documents.
    private func documentChunk(_ range: Range<Int>, documents: [SearchDocument], facets: FacetTables) -> (file: IndexFile, hash: String) {
        var meta: [UInt8] = []
        var previousBody = 0
        for number in range {
            let (body, flags) = code(documents[number], facets: facets)
            // One number: type and findings below 8 mean "the same body as the document before".
            IndexEncoding.appendNumber(body == previousBody ? flags : (body + 1) * 8 + flags, to: &meta)
            previousBody = body
        }
        return IndexFile.hashed(in: "d", payload: "{\"first\":\(range.lowerBound),\"meta\":\(IndexEncoding.json(String(decoding: meta, as: UTF8.self)))}")
    }

    /// A document's body (its index + 1, or 0 for none) and its type and findings flags.
    private func code(_ document: SearchDocument, facets: FacetTables) -> (body: Int, flags: Int) {
        (facets.bodyIndex(document).map { $0 + 1 } ?? 0, facets.typeIndex(document.type) * 2 + (document.hasFindings == true ? 1 : 0))
    }

    /// The fragments of a range of documents, in a folder named by a hash of what they hold: each fragment's name,
    /// code and text and its document's fields, as they are before JSON escapes them. A fragment's bytes are made when
    /// the file is written, rather than held from here (at 10,000 documents, fragments are 150 MB).
    private func fragmentFolder(_ range: Range<Int>, documents: [SearchDocument], facets: FacetTables) -> (files: [IndexFile], hash: String) {
        var fragments: [(name: String, document: Int, code: Int, bytes: Range<Int>)] = []
        var hasher = IndexEncoding.Hasher()
        for number in range {
            let document = documents[number]
            let (body, flags) = code(document, facets: facets)
            for (fragment, bytes) in InvertedIndex.fragmentRanges(of: document.text, every: parameters.fragmentCharacters).enumerated() {
                let name = "\(number)-\(fragment)"
                hasher.add(Array("\(name) \(body * 8 + flags) \(document.type.rawValue) \(document.date?.iso ?? "")".utf8))
                hasher.add(document.url)
                hasher.add(document.title)
                hasher.add(document.body?.name ?? "")
                var text = document.text
                text.withUTF8 { hasher.add(UnsafeBufferPointer(rebasing: $0[bytes])) }
                fragments.append((name, number, body * 8 + flags, bytes))
            }
        }
        let hash = hasher.hex
        let files = fragments.map { name, number, code, bytes in
            let document = documents[number]
            return IndexFile.script(key: "f/\(hash)/\(name)") { Self.fragmentPayload(document, code: code, bytes: bytes) }
        }
        return (files, hash)
    }

    /// A fragment file's JSON: what a result shows, and the fragment's text (`bytes` of the document's text).
    private static func fragmentPayload(_ document: SearchDocument, code: Int, bytes: Range<Int>) -> [UInt8] {
        var payload = Array("{\"code\":\(code),\"url\":".utf8)
        payload.reserveCapacity(bytes.count + 256)
        IndexEncoding.appendJSON(document.url, to: &payload)
        payload += Array(",\"title\":".utf8)
        IndexEncoding.appendJSON(document.title, to: &payload)
        payload += Array(",\"type\":\"\(document.type.rawValue)\",\"body\":".utf8)
        IndexEncoding.appendJSON(document.body?.name ?? "", to: &payload)
        payload += Array(",\"date\":\"\(document.date?.iso ?? "")\",\"text\":".utf8)
        var text = document.text
        text.withUTF8 { IndexEncoding.appendJSON(utf8: UnsafeBufferPointer(rebasing: $0[bytes]), to: &payload) }
        payload.append(0x7D)
        return payload
    }

    // MARK: Manifest

    private func manifestPayload(documentCount: Int, termTable: String, phraseTable: String,
                                 chunkHashes: [String], fragmentFolders: [String], facets: FacetTables) -> String {
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
            ("documentsPerFragmentFolder", String(parameters.documentsPerFragmentFolder)),
            ("terms", termTable),
            ("phrases", phraseTable),
            ("chunks", IndexEncoding.json(chunkHashes)),
            ("fragments", IndexEncoding.json(fragmentFolders)),
            ("types", IndexEncoding.json(SearchDocument.DocumentType.allCases.map(\.rawValue))),
            ("bodies", "[" + bodies.joined(separator: ",") + "]"),
            ("kinds", pairs(facets.kinds)),
            ("regions", pairs(facets.regions)),
            ("years", "[" + facets.yearStarts.map { "[\($0.year),\($0.first)]" }.joined(separator: ",") + "]"),
            ("undated", String(facets.firstUndated)),
            ("hasFindings", facets.anyFindings ? "true" : "false"),
        ]
        return "{" + fields.map { "\(IndexEncoding.json($0.0)):\($0.1)" }.joined(separator: ",") + "}"
    }
}
