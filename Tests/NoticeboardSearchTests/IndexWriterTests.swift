import Foundation
import Testing
@testable import NoticeboardBuild
import NoticeboardContent
import NoticeboardModel
import NoticeboardTestSupport
@testable import NoticeboardSearch

@Suite struct IndexWriterTests {
    /// Small shards, chunks and fragments, so the golden index has several of each.
    static var goldenParameters: IndexParameters {
        var parameters = IndexParameters()
        parameters.termShardBytes = 600
        parameters.phraseShardBytes = 800
        parameters.shardTablePagedAbove = 2
        parameters.documentsPerChunk = 3
        parameters.documentsPerFragmentFolder = 2
        parameters.fragmentCharacters = 160
        return parameters
    }

    /// The fixture site's documents; the private partnership meeting is flagged as having findings.
    static func fixtureDocuments() throws -> [SearchDocument] {
        let loaded = SiteLoader(files: LocalFileSystem(root: SearchFixtures.site)).load()
        let site = try #require(loaded.site, "\(loaded.diagnostics)")
        var documents = SearchDocument.documents(of: site, paths: SearchIndexFiles.paths)
        for i in documents.indices where documents[i].url == "bodies/southvale-ics-board/2026-01-15/" {
            documents[i].hasFindings = true
        }
        return documents
    }

    /// The golden index that Tests/js reads: byte for byte, re-recorded with NOTICEBOARD_RECORD=1.
    @Test func goldenIndex() throws {
        let files = IndexWriter(parameters: Self.goldenParameters).write(try Self.fixtureDocuments())
        let folder = SearchFixtures.goldenIndex
        if SearchFixtures.recording {
            try? FileManager.default.removeItem(at: folder)
            for file in files {
                let url = folder.appendingPathComponent(file.path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try file.contents.write(to: url)
            }
        }
        let recorded = try NoticeboardTestSupport.readTree(folder)
        #expect(Set(recorded.keys) == Set(files.map(\.path)))
        for file in files {
            #expect(recorded[file.path] == file.contents, "\(file.path) differs from the golden index")
        }
    }

    /// Phrase shards set aside in a temporary file are the same files as those held in memory.
    @Test func spooledPhraseShardsAreTheSameFiles() throws {
        var inMemory = Self.goldenParameters
        inMemory.spoolsPhraseShards = false
        var spooled = Self.goldenParameters
        spooled.spoolsPhraseShards = true
        let documents = try Self.fixtureDocuments()
        let files = IndexWriter(parameters: spooled).write(documents)
        #expect(files.contains { $0.path.hasPrefix("p/") })
        #expect(files == IndexWriter(parameters: inMemory).write(documents))
    }

    @Test func deterministic() throws {
        let documents = try Self.fixtureDocuments()
        #expect(IndexWriter().write(documents) == IndexWriter().write(documents.reversed()))
    }

    /// Counting words on several cores in small rounds gives the same terms, postings, pairs and lengths as one
    /// core in one round (words with one stem, like `meeting` and `meetings`, met by different workers included).
    /// A change to one document's text renames only the fragment folder it shares with its neighbours, so a
    /// rebuild writes those fragments again and keeps every other folder's.
    @Test func aChangedDocumentRenamesOnlyItsOwnFragmentFolder() throws {
        let documents = try Self.fixtureDocuments()
        let writer = IndexWriter(parameters: Self.goldenParameters)
        func folders(_ files: [IndexFile]) -> [String] {
            Array(Set(files.map(\.path).filter { $0.hasPrefix("f/") }.map { String($0.split(separator: "/")[1]) })).sorted()
        }
        let before = folders(writer.write(documents))
        #expect(before.count == (documents.count + 1) / 2)
        // The oldest document comes first in the index: its folder is the first.
        var edited = documents
        let oldest = IndexWriter.ordered(documents).first!
        let at = try #require(edited.firstIndex { $0.url == oldest.url })
        edited[at].text += " A late correction."
        let after = folders(writer.write(edited))
        #expect(after.count == before.count)
        #expect(Set(before).subtracting(after).count == 1)
    }

    /// A meeting newer than every other document is numbered after the dated ones: only the undated documents'
    /// numbers move, so every folder before theirs keeps its name (a rebuild writes those fragments again only).
    @Test func aNewestMeetingRenamesOnlyTheLastFolders() throws {
        let documents = try Self.fixtureDocuments()
        var parameters = Self.goldenParameters
        parameters.documentsPerFragmentFolder = 1
        let writer = IndexWriter(parameters: parameters)
        func folders(_ files: [IndexFile]) -> [String] {
            Array(Set(files.map(\.path).filter { $0.hasPrefix("f/") }.map { String($0.split(separator: "/")[1]) }))
        }
        let newest = try #require(IndexWriter.ordered(documents).last { $0.date != nil })
        var meeting = try #require(documents.first { $0.type == .meeting })
        meeting.url = "bodies/new-meeting/"
        meeting.date = CalendarDate(year: newest.date!.year + 1, month: 1, day: 1)
        let undated = documents.filter { $0.date == nil }.count
        let before = Set(folders(writer.write(documents)))
        let after = Set(folders(writer.write(documents + [meeting])))
        #expect(undated > 0)
        // One folder per document here: the new meeting's and the undated documents' are the only new names.
        #expect(after.subtracting(before).count == undated + 1)
        #expect(before.subtracting(after).count == undated)
    }

    @Test func indexIsTheSameForAnyNumberOfWorkers() throws {
        let documents = IndexWriter.ordered(try Self.fixtureDocuments())
        func canonical(_ index: InvertedIndex) -> (terms: [String: String], pairs: [String: String], lengths: [Int]) {
            func text(_ postings: [InvertedIndex.Posting]) -> String {
                postings.map { "\($0.document):\($0.frequency):\($0.fragment)" }.joined(separator: " ")
            }
            var terms: [String: String] = [:]
            for (number, term) in index.terms.enumerated() { terms[term] = text(index.postings[number].postings) }
            var pairs: [String: String] = [:]
            var buffer = InvertedIndex.PairBuffer()
            let order = index.termOrder()
            for first in index.terms.indices {
                index.forEachPair(startingWith: first, order: order, buffer: &buffer) { second, postings in
                    pairs[index.terms[first] + " " + index.terms[second]] = text(Array(postings))
                }
            }
            return (terms, pairs, index.lengths)
        }
        let one = canonical(InvertedIndex(documents: documents, parameters: Self.goldenParameters, workers: 1, documentsPerWorker: 1_000))
        #expect(one.terms.count > 100 && one.pairs.count > 100)
        for (workers, perWorker) in [(2, 1), (3, 2), (4, 5)] {
            let many = canonical(InvertedIndex(documents: documents, parameters: Self.goldenParameters, workers: workers, documentsPerWorker: perWorker))
            #expect(many.terms == one.terms)
            #expect(many.pairs == one.pairs)
            #expect(many.lengths == one.lengths)
        }
    }

    /// Phrase shards made in many pieces hold the same pairs and postings as shards made in one, each shard's keys
    /// in order and within the range the phrase table gives it.
    @Test func phraseShardsCutInPiecesFindEveryPair() throws {
        // Words from a few common ones and a longer tail, as text has.
        let documents = Self.papers(300, words: 300, seed: 9) { random in
            "word\(Int.random(in: 0..<(Bool.random(using: &random) ? 40 : 400), using: &random))"
        }
        func phrases(pieceBytes: Int) throws -> (pairs: [String: String], shards: Int) {
            var parameters = Self.goldenParameters
            parameters.phraseShardBytes = 2_000
            parameters.phrasePieceBytes = pieceBytes
            parameters.shardTablePagedAbove = .max
            let files = IndexWriter(parameters: parameters).write(documents)
            func payload(_ path: String) throws -> [String: Any] { try Self.payload(path, in: files) }
            let manifest = try payload("manifest.js")
            let table = try #require(manifest["phrases"] as? [String: Any])
            let starts = try #require(table["first"] as? String).split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            let hashes = Array(try #require(table["files"] as? String))
            var pairs: [String: String] = [:]
            for (i, start) in starts.enumerated() {
                let shard = try payload("p/\(String(hashes[(i * 10)..<(i * 10 + 10)])).js")
                let keys = try #require(shard["keys"] as? [String]), values = try #require(shard["values"] as? [String])
                #expect(keys == keys.sorted { IndexEncoding.utf16Less($0, $1) })
                #expect(keys.allSatisfy { !IndexEncoding.utf16Less($0, start) })
                if i + 1 < starts.count { #expect(keys.allSatisfy { IndexEncoding.utf16Less($0, starts[i + 1]) }) }
                for (key, value) in zip(keys, values) { pairs[key] = value }
            }
            return (pairs, starts.count)
        }
        let whole = try phrases(pieceBytes: Int.max)
        let pieces = try phrases(pieceBytes: 512)
        #expect(whole.pairs.count > 5_000)
        #expect(pieces.shards > whole.shards)
        #expect(pieces.pairs.count == whole.pairs.count)
        #expect(Array(whole.pairs.filter { pieces.pairs[$0.key] != $0.value }.keys.sorted().prefix(5)) == [])
    }

    /// `count` papers of `length` words each, every word drawn by `word` from one seeded generator.
    static func papers(_ count: Int, words length: Int, seed: UInt64,
                       _ word: (inout SeededGenerator) -> String) -> [SearchDocument] {
        var random = SeededGenerator(seed: seed)
        return (0..<count).map { n in
            SearchDocument(url: "d\(n)/", type: .paper, title: "Paper \(n)",
                           text: (0..<length).map { _ in word(&random) }.joined(separator: " "))
        }
    }

    /// The JSON payload of the index file at `path`.
    static func payload(_ path: String, in files: [IndexFile]) throws -> [String: Any] {
        let text = String(decoding: try #require(files.first { $0.path == path }).contents, as: UTF8.self)
        let json = text[text.range(of: "\",")!.upperBound..<text.range(of: ")", options: .backwards)!.lowerBound]
        return try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    /// A shard table of many shards is written as a table of pages, each the table of a run of about √n of the n
    /// shards: the table and a page, which a query loads, are each far smaller than the whole table (with 6 KB
    /// shards, a 10,000-document site whose words follow Zipf's law had a 77 KB table in its manifest), and
    /// together they name every shard, each where it starts.
    @Test func aTableOfManyShardsIsWrittenInPages() throws {
        let documents = Self.papers(200, words: 200, seed: 4) { random in "w\(Int.random(in: 0..<5_000, using: &random))" }
        var parameters = Self.goldenParameters
        parameters.shardTablePagedAbove = 1_000_000
        let whole = try Self.payload("manifest.js", in: IndexWriter(parameters: parameters).write(documents))
        parameters.shardTablePagedAbove = 16
        let files = IndexWriter(parameters: parameters).write(documents)
        let paged = try Self.payload("manifest.js", in: files)
        for (table, folder) in [("terms", "t"), ("phrases", "p")] {
            let all = try #require(whole[table] as? [String: Any]), top = try #require(paged[table] as? [String: Any])
            #expect(all["levels"] == nil && top["levels"] as? Int == 2)
            let shards = try #require(all["files"] as? String).count / 10
            let topStarts = try #require(top["first"] as? String).split(separator: "|", omittingEmptySubsequences: false)
            #expect(shards > 200, "\(table): \(shards) shards")
            #expect(abs(topStarts.count - Int(Double(shards).squareRoot())) <= 1, "\(table): \(topStarts.count) pages of \(shards) shards")
            var starts: [Substring] = [], hashes = ""
            let pages = Array(try #require(top["files"] as? String))
            for (k, at) in stride(from: 0, to: pages.count, by: 10).enumerated() {
                let table = try Self.payload("\(folder)/\(String(pages[at..<(at + 10)])).js", in: files)
                let pageStarts = try #require(table["first"] as? String).split(separator: "|", omittingEmptySubsequences: false)
                #expect(pageStarts.first == topStarts[k])
                starts += pageStarts
                hashes += try #require(table["files"] as? String)
            }
            #expect(starts == (all["first"] as? String)?.split(separator: "|", omittingEmptySubsequences: false))
            #expect(hashes == all["files"] as? String)
        }
    }

    @Test func shardsAreCutBySortedRanges() throws {
        let files = IndexWriter(parameters: Self.goldenParameters).write(try Self.fixtureDocuments())
        let termShards = files.filter { $0.path.hasPrefix("t/") }
        #expect(termShards.count > 1)
        #expect(files.contains { $0.path == IndexWriter.manifestPath })
        #expect(files.allSatisfy { $0.path == IndexWriter.manifestPath || $0.path.contains(where: \.isHexDigit) })
    }

    @Test(arguments: [("council", "deficit", "d"), ("apple", "applesauce", "apples"), ("plan", "plant", "plant")])
    func shardStartsAreShortestSeparators(_ example: (String, String, String)) {
        #expect(ShardCutter.separator(after: example.0, upTo: example.1) == example.2)
    }

    @Test func ordersDatedDocumentsOldestFirstThenUndatedOnes() throws {
        let ordered = IndexWriter.ordered(try Self.fixtureDocuments())
        let dated = ordered.prefix { $0.date != nil }
        #expect(dated.count > 2 && dated.count < ordered.count)
        #expect(zip(dated, dated.dropFirst()).allSatisfy { $0.date! <= $1.date! })
        #expect(dated.last?.date?.iso == "2026-03-12")
        #expect(ordered[dated.count...].allSatisfy { $0.date == nil })
    }

    @Test func encodesNumbersInFiveBitGroups() {
        var out: [UInt8] = []
        for n in [0, 31, 32, 1023, 1024] { IndexEncoding.appendNumber(n, to: &out) }
        #expect(String(decoding: out, as: UTF8.self) == "0" + "v" + "x0" + "_v" + "xw0")
    }
}

@Suite struct EmptyIndexTests {
    /// A site with nothing to search still gets a valid index: a manifest and no shards.
    @Test func writesAManifestForNoDocuments() {
        let files = IndexWriter().write([])
        let manifest = String(decoding: files.first { $0.path == IndexWriter.manifestPath }!.contents, as: UTF8.self)
        #expect(manifest.contains("\"documents\":0,"))
        #expect(manifest.contains("\"terms\":{\"first\":\"\",\"files\":\"\"}"))
    }
}
