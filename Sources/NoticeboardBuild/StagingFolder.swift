import Foundation
import NoticeboardRender

/// A folder a new output is written into before it is swapped in (see `OutputWriter.beginStaging`). Files may be
/// written from several threads; each file's folder is made the first time it is needed. It keeps the stamp of
/// every file put in it, so the output need not be walked again once it is swapped in (a rename keeps them).
final class StagingFolder: @unchecked Sendable {
    let url: URL
    private let lock = NSLock()
    private var folders: Set<String> = [""]
    private var written: [String: FileStamp] = [:]

    init(url: URL) { self.url = url }

    /// The full path for a file of the output, after making its folder; refuses paths that leave the folder.
    func prepare(_ path: String) throws -> String {
        let relative = try OutputWriter.checkedPath(path)
        let folder = (relative as NSString).deletingLastPathComponent
        try lock.withLock {
            if !folders.contains(folder) {
                try FileManager.default.createDirectory(at: url.appendingPathComponent(folder), withIntermediateDirectories: true)
                folders.insert(folder)
            }
        }
        return url.path + "/" + relative
    }

    /// Writes one new file.
    func write(_ file: OutputFile) throws {
        let stamp = try OutputWriter.writeFile(file.contents, to: try prepare(file.path))
        lock.withLock { written[file.path] = stamp }
    }

    /// Notes a file put in the folder some other way (a kept file, hard-linked), by its path relative to the folder.
    func noteAdded(_ path: String) {
        guard let stamp = FileStamp.of(url.path + "/" + path) else { return }
        lock.withLock { written[path] = stamp }
    }

    /// The stamp of every file written or noted, by path relative to the folder.
    var stamps: [String: FileStamp] { lock.withLock { written } }
}
