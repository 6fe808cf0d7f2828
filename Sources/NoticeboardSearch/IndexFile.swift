import Foundation

/// One file of the search index, held in memory: a path under the index folder and its bytes.
public struct IndexFile: Hashable, Sendable {
    /// Relative to the index folder, `/`-separated (`t/0123456789abcdef.js`).
    public var path: String
    public var contents: Data

    public init(path: String, contents: Data) {
        self.path = path
        self.contents = contents
    }

    /// The function every index file calls with its key and its JSON payload (docs/search-index-format.md).
    public static let registrationFunction = "noticeboardSearchIndex"

    /// A `.js` file registering `payload` (a JSON text) under `key`; named `<key>.js`.
    static func script(key: String, payload: String) -> IndexFile {
        IndexFile(path: key + ".js",
                  contents: Data("\(registrationFunction)(\(IndexEncoding.json(key)),\(payload));\n".utf8))
    }

    /// A file whose name carries the hash of its payload: `<folder>/<hash>.js`.
    static func hashed(in folder: String, payload: String) -> (file: IndexFile, hash: String) {
        let hash = IndexEncoding.hash(payload.utf8)
        return (script(key: "\(folder)/\(hash)", payload: payload), hash)
    }
}
