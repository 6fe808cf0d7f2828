/// The tunable numbers of the search index. They are written into the manifest where the client needs them.
///
/// Ranking is Okapi BM25 over one weighted term frequency per document (a BM25F-style sum):
/// `tf = titleWeight·tf(title) + headingWeight·tf(headings) + tf(text)`, and for a term t in a document d
/// `impact = idf(t) · tf·(k1 + 1) / (tf + k1·(1 − b + b·length(d)/averageLength))`, with
/// `idf(t) = ln(1 + (N − df + 0.5)/(df + 0.5))`. Impacts are computed at build time and stored per posting,
/// quantised to `impactLevels` steps of the term's largest impact; a document's score is the sum of its
/// query terms' impacts, and equal scores put the newest first (the document numbers say it: see `IndexWriter.ordered`).
public struct IndexParameters: Sendable, Hashable {
    /// Term-frequency saturation.
    public var k1 = 1.2
    /// Length normalisation.
    public var b = 0.75
    /// How much a word in the title counts, against 1 for the text.
    public var titleWeight = 4.0
    /// How much a word in a heading or an agenda item title counts.
    public var headingWeight = 2.0
    /// Impacts are stored as one character: 64 steps.
    public var impactLevels = 64
    /// A term shard is closed once its entries reach this many bytes (a single long posting list may exceed it).
    /// Smaller shards mean fewer bytes for a query word; 6 KB makes about 320 term shards at 10,000 documents with
    /// the benchmark's small vocabulary, and 4,400 with words that follow Zipf's law.
    public var termShardBytes = 6_000
    /// The same for phrase (word pair) shards.
    public var phraseShardBytes = 16_000
    /// A shard table of more shards than this is written as a table of pages (`ShardCutter.Result.pagedTable`):
    /// a query then loads a page of the table, at one more request, rather than all of it. 256 entries are about
    /// 4 KB of the manifest, which every query loads.
    public var shardTablePagedAbove = 256
    /// Phrase shards are made on every core in pieces of first terms whose pairs' postings take about this many
    /// bytes while the index is built (64 pieces at most), each cut into shards of its own. Not in the manifest:
    /// it only moves where a few shards end.
    public var phrasePieceBytes = 65_536
    /// Whether phrase shards wait for writing in a temporary file (`Spool`) rather than in memory, where a site
    /// whose words follow Zipf's law held some 200 MB of them at 10,000 documents. Not in the manifest: the bytes
    /// are the same.
    public var spoolsPhraseShards = true
    /// Documents per metadata file (about 1.8 bytes each). A query with matches in every chunk fetches them all, at
    /// the same time as the fragments of its results: large chunks keep that to one or a few requests (a browser
    /// asks for six files at a time from a host over HTTP/1.1).
    public var documentsPerChunk = 16_384
    /// Documents whose fragments share a folder (named by the hash of those fragments). A change to one document's
    /// text renames its folder, so a rebuild writes this many documents' fragments again, not every document's
    /// (a folder per 16,384 documents made a one-meeting change at 10,000 documents rewrite 39,000 files, 1,024
    /// about 4,100); each folder adds 13 bytes to the manifest that every query loads (about 500 bytes at 10,000
    /// documents, 2.5 KB at 50,000).
    public var documentsPerFragmentFolder = 256
    /// A document's text is cut into fragments of about this many bytes of UTF-8, at a space. Each fragment is a
    /// file that a result showing it fetches: 4,000 bytes keeps a 10,000-document site at about 40,000 fragment
    /// files (1,000 made 140,000, 3,000 made 51,000, and creating files is much of a build's time on ext4) for about
    /// 1 KB more per result than 3,000 (bench/README.md).
    public var fragmentCharacters = 4_000
    /// The last query word is matched as a prefix only from this many characters on.
    public var prefixMinimum = 3

    public init() {}
}
