/// Cuts sorted key/value entries into shard files of at most a target size (an entry longer than that is a
/// shard alone); each shard is named by its hash
/// and known by its first key, so a reader finds a key's shard by binary search over the first keys.
struct ShardCutter {
    struct Result {
        var files: [IndexFile] = []
        /// Where each shard starts, ascending: the first shard's is "", every other's the shortest prefix of
        /// its first key that sorts after the previous shard's last key (so a key is in the last shard whose
        /// start is at most the key).
        var firstKeys: [String] = []
        var hashes: [String] = []
    }

    var targetBytes: Int

    /// Shards in `folder`, each `{"keys":[…],"values":[…]}`.
    func cut(_ entries: [(key: String, value: String)], folder: String) -> Result {
        var result = Result()
        var keys: [String] = []
        var values: [String] = []
        var bytes = 0
        var previousLast: String? = nil
        func close() {
            guard !keys.isEmpty else { return }
            let payload = "{\"keys\":\(IndexEncoding.json(keys)),\"values\":\(IndexEncoding.json(values))}"
            let shard = IndexFile.hashed(in: folder, payload: payload)
            result.files.append(shard.file)
            result.firstKeys.append(previousLast.map { Self.separator(after: $0, upTo: keys[0]) } ?? "")
            previousLast = keys[keys.count - 1]
            result.hashes.append(shard.hash)
            keys = []
            values = []
            bytes = 0
        }
        for entry in entries {
            let size = entry.key.utf8.count + entry.value.utf8.count + 6
            // A long entry goes into a shard of its own rather than making a shard of short ones long.
            if bytes > 0 && bytes + size > targetBytes { close() }
            keys.append(entry.key)
            values.append(entry.value)
            bytes += size
        }
        close()
        return result
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
