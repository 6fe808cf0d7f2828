import Foundation
import NoticeboardModel

/// Cuts sorted key/value entries (`ShardEntries`) into shards of at most about a target size: an entry longer than that is a
/// shard of its own, and a few short entries caught between two long ones join the shard before them rather
/// than make a tiny shard. Each shard is named by its hash and known by where it starts, so a reader finds a
/// key's shard by binary search.
struct ShardCutter {
    struct Result {
        var files: [IndexFile] = []
        /// Where each shard starts, ascending: the first shard's is "", every other's the shortest prefix of
        /// its first key that sorts after the previous shard's last key (so a key is in the last shard whose
        /// start is at most the key).
        var firstKeys: [String] = []
        var hashes: [String] = []

        /// The shard table as JSON: `{"first":"<start>|<start>|…","files":"<hash><hash>…"}` (starts joined by
        /// `|`, which no term holds; hashes of fixed width, run together).
        var table: String { Self.table(firstKeys[...], hashes[...]) }

        /// The shard table as it goes into the manifest: `table` itself for at most `pagedAbove` shards, and
        /// otherwise a table of pages, `{"first":…,"files":…,"levels":2}`, whose entries name files in `folder`
        /// (`pages`), each the `table` of a run of about √n of the n shards, starting where its first shard does.
        /// A query then loads a page of about 16·√n bytes rather than a table of 16·n (77 KB for the 4,400 term
        /// shards of 10,000 documents whose words follow Zipf's law).
        func pagedTable(pagedAbove threshold: Int, folder: String) -> (table: String, pages: [IndexFile]) {
            guard hashes.count > threshold else { return (table, []) }
            let size = Int(Double(hashes.count).squareRoot().rounded(.up))
            var starts: [String] = [], pageHashes: [String] = [], pages: [IndexFile] = []
            for start in stride(from: 0, to: hashes.count, by: size) {
                let run = start..<min(hashes.count, start + size)
                let (file, hash) = IndexFile.hashed(in: folder, payload: Self.table(firstKeys[run], hashes[run]))
                starts.append(firstKeys[start])
                pageHashes.append(hash)
                pages.append(file)
            }
            let top = Self.table(starts[...], pageHashes[...])
            return (String(top.dropLast()) + ",\"levels\":2}", pages)
        }

        private static func table(_ starts: ArraySlice<String>, _ hashes: ArraySlice<String>) -> String {
            "{\"first\":\(IndexEncoding.json(starts.joined(separator: "|"))),\"files\":\(IndexEncoding.json(hashes.joined()))}"
        }
    }

    /// A shard made: its file and hash, and its first and last keys.
    struct Shard {
        var file: IndexFile
        var hash: String
        var firstKey: String
        var lastKey: String
    }

    var targetBytes: Int
    /// Where the shards' bytes wait until they are written, if anywhere but memory.
    var spool: Spool? = nil

    /// Shards in `folder`, each `{"keys":[…],"values":[…]}`.
    func cut(_ entries: ShardEntries, folder: String) -> Result {
        Self.table(shards(of: entries, folder: folder))
    }

    /// The shards of entries that follow those of the shards before, if any (`table` joins them): a run of entries
    /// is cut on its own, so that it can be let go of once its shards are made.
    func shards(of entries: ShardEntries, folder: String) -> [Shard] {
        var groups: [(entries: Range<Int>, bytes: Int)] = []
        var start = 0
        var bytes = 0
        for i in 0..<entries.count {
            let size = entries.keySize(i) + entries.valueSize(i) + 6
            if bytes > 0 && bytes + size > targetBytes {
                groups.append((start..<i, bytes))
                start = i
                bytes = 0
            }
            bytes += size
        }
        if start < entries.count { groups.append((start..<entries.count, bytes)) }
        var merged: [Range<Int>] = []
        for group in groups {
            if let last = merged.last, group.bytes < targetBytes / 8 {
                merged[merged.count - 1] = last.lowerBound..<group.entries.upperBound
            } else {
                merged.append(group.entries)
            }
        }
        return merged.map { shard in
            let (file, hash) = IndexFile.hashed(in: folder, payload: Self.payload(of: shard, in: entries), spool: spool)
            return Shard(file: file, hash: hash, firstKey: entries.key(shard.lowerBound), lastKey: entries.key(shard.upperBound - 1))
        }
    }

    /// The files and shard table of shards in key order.
    static func table(_ shards: [Shard]) -> Result {
        var result = Result()
        var previousLast: String? = nil
        for shard in shards {
            result.files.append(shard.file)
            result.firstKeys.append(previousLast.map { separator(after: $0, upTo: shard.firstKey) } ?? "")
            result.hashes.append(shard.hash)
            previousLast = shard.lastKey
        }
        return result
    }

    /// A shard's JSON, `{"keys":[…],"values":[…]}`, written as bytes in one buffer.
    static func payload(of shard: Range<Int>, in entries: ShardEntries) -> [UInt8] {
        var payload = Array(#"{"keys":["#.utf8)
        payload.reserveCapacity(shard.reduce(64) { $0 + entries.keySize($1) + entries.valueSize($1) + 8 })
        for i in shard {
            if i > shard.lowerBound { payload.append(UInt8(ascii: ",")) }
            entries.withKey(i) { IndexEncoding.appendJSON(utf8: $0, to: &payload) }
        }
        payload += Array(#"],"values":["#.utf8)
        // Values are postings in `IndexEncoding.alphabet`, which JSON never escapes: copied as they are.
        for i in shard {
            if i > shard.lowerBound { payload.append(UInt8(ascii: ",")) }
            payload.append(UInt8(ascii: "\""))
            entries.withValue(i) { payload.append(contentsOf: $0) }
            payload.append(UInt8(ascii: "\""))
        }
        payload += Array("]}".utf8)
        return payload
    }

    /// The shortest prefix of `key` that sorts after `previous` (which sorts before `key`).
    static func separator(after previous: String, upTo key: String) -> String {
        var prefix = String.UnicodeScalarView()
        for scalar in key.unicodeScalars {
            prefix.append(scalar)
            let candidate = String(prefix)
            if IndexEncoding.utf16Less(previous, candidate) { return candidate }
        }
        return key
    }
}
