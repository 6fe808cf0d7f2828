/// Cuts sorted key/value entries into shard files of about a target size; each shard is named by its hash
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
            keys.append(entry.key)
            values.append(entry.value)
            bytes += entry.key.utf8.count + entry.value.utf8.count + 6
            if bytes >= targetBytes { close() }
        }
        close()
        return result
    }
}
