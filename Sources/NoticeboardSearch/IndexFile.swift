import Foundation

/// One file of the search index: a path under the index folder and its bytes. A fragment's bytes are made when
/// they are asked for, from its document's text, so that the index never holds the text of every document a
/// second time (at ten thousand documents, fragments are 150 MB); a phrase shard's are read back from the `Spool`
/// they wait in.
public struct IndexFile: Hashable, Sendable {
    /// Relative to the index folder, `/`-separated (`t/0123456789abcdef.js`).
    public var path: String
    private let make: @Sendable () -> Data
    /// Whether the path alone says what the file holds: true of every file but the manifest (each is named by a
    /// hash of its payload, a fragment by its folder's), so a file already written under that path can be kept.
    public internal(set) var isNamedByContent = true
    /// The file's bytes (made anew for a fragment each time).
    public var contents: Data { make() }

    public init(path: String, contents: Data) {
        self.path = path
        self.make = { contents }
    }

    init(path: String, making make: @escaping @Sendable () -> Data) {
        self.path = path
        self.make = make
    }

    public static func == (a: IndexFile, b: IndexFile) -> Bool { a.path == b.path && a.contents == b.contents }
    public func hash(into hasher: inout Hasher) {
        hasher.combine(path)
        hasher.combine(contents)
    }

    /// The function every index file calls with its key and its JSON payload (docs/search-index-format.md).
    public static let registrationFunction = "noticeboardSearchIndex"

    /// A `.js` file registering `payload` (JSON text as UTF-8) under `key`; named `<key>.js`.
    static func script(key: String, payload: [UInt8]) -> IndexFile {
        IndexFile(path: key + ".js", contents: scriptBytes(key: key, payload: payload))
    }

    /// A `.js` file like `script(key:payload:)`, whose payload is made each time the bytes are asked for.
    static func script(key: String, making payload: @escaping @Sendable () -> [UInt8]) -> IndexFile {
        IndexFile(path: key + ".js") { scriptBytes(key: key, payload: payload()) }
    }

    private static func scriptBytes(key: String, payload: [UInt8]) -> Data {
        var bytes = Array("\(registrationFunction)(".utf8)
        bytes.reserveCapacity(payload.count + key.utf8.count + 32)
        IndexEncoding.appendJSON(key, to: &bytes)
        bytes.append(0x2C)
        bytes.append(contentsOf: payload)
        bytes.append(contentsOf: Array(");\n".utf8))
        return Data(bytes)
    }

    static func script(key: String, payload: String) -> IndexFile { script(key: key, payload: Array(payload.utf8)) }

    /// A file whose name carries the hash of its payload: `<folder>/<hash>.js`.
    static func hashed(in folder: String, payload: String) -> (file: IndexFile, hash: String) {
        hashed(in: folder, payload: Array(payload.utf8))
    }

    /// `hashed(in:payload:)` of a payload already in bytes; its bytes wait in `spool` when one is given and can
    /// take them, and in memory otherwise.
    static func hashed(in folder: String, payload: [UInt8], spool: Spool? = nil) -> (file: IndexFile, hash: String) {
        let hash = IndexEncoding.hash(payload)
        let key = "\(folder)/\(hash)"
        let bytes = scriptBytes(key: key, payload: payload)
        guard let spool, let range = spool.append(bytes) else { return (IndexFile(path: key + ".js", contents: bytes), hash) }
        return (IndexFile(path: key + ".js") { spool.read(range) }, hash)
    }
}
