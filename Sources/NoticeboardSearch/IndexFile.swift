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

    /// A `.js` file registering `payload` (JSON text as UTF-8) under `key`; named `<key>.js`.
    static func script(key: String, payload: [UInt8]) -> IndexFile {
        var bytes = Array("\(registrationFunction)(".utf8)
        bytes.reserveCapacity(payload.count + key.utf8.count + 32)
        IndexEncoding.appendJSON(key, to: &bytes)
        bytes.append(0x2C)
        bytes.append(contentsOf: payload)
        bytes.append(contentsOf: Array(");\n".utf8))
        return IndexFile(path: key + ".js", contents: Data(bytes))
    }

    static func script(key: String, payload: String) -> IndexFile { script(key: key, payload: Array(payload.utf8)) }

    /// A file whose name carries the hash of its payload: `<folder>/<hash>.js`.
    static func hashed(in folder: String, payload: String) -> (file: IndexFile, hash: String) {
        let bytes = Array(payload.utf8)
        let hash = IndexEncoding.hash(bytes)
        return (script(key: "\(folder)/\(hash)", payload: bytes), hash)
    }
}
