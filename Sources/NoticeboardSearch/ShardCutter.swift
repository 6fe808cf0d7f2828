/// Cuts sorted key/value entries into shard files of at most a target size (an entry longer than that is a
/// shard alone); each shard is named by its hash
/// and known by its first key, so a reader finds a key's shard by binary search over the first keys.
struct ShardCutter {
    struct Result {
        var files: [IndexFile] = []
        /// The first key of each shard, ascending (the first shard's is "").
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
        func close() {
            guard !keys.isEmpty else { return }
            let payload = "{\"keys\":\(IndexEncoding.json(keys)),\"values\":\(IndexEncoding.json(values))}"
            let shard = IndexFile.hashed(in: folder, payload: payload)
            result.files.append(shard.file)
            result.firstKeys.append(result.firstKeys.isEmpty ? "" : keys[0])
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
}
