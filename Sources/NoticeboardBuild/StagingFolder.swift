import Foundation
import NoticeboardContent
import NoticeboardRender

/// A folder a new output is written into before it is swapped in (see `OutputWriter.beginStaging`). Files may be
/// written from several threads; each file's folder is made the first time it is needed. It keeps the stamp of
/// every file put in it, so the output need not be walked again once it is swapped in (a rename keeps them).
final class StagingFolder: @unchecked Sendable {
    let url: URL
    /// `url`'s path, made once (it is joined to every file's).
    private let path: String
    private let lock = NSLock()
    private var folders: Set<String> = [""]
    private var written: [String: FileStamp] = [:]

    init(url: URL) {
        self.url = url
        path = url.path
    }

    /// The full path for a file of the output, after making its folder; refuses paths that leave the folder.
    func prepare(_ path: String) throws -> String {
        let relative = try OutputWriter.checkedPath(path)
        try makeFolder(RelativePath.folder(of: relative))
        return self.path + "/" + relative
    }

    /// Makes a folder of the output and any it is in, each once. The `mkdir` runs outside the lock, so workers
    /// making different folders do not wait for each other; two making the same one both succeed (`EEXIST`).
    private func makeFolder(_ folder: String) throws {
        if lock.withLock({ folders.contains(folder) }) { return }
        try makeFolder(RelativePath.folder(of: folder))
        let folderPath = path + "/" + folder
        guard mkdir(folderPath, 0o755) == 0 || errno == EEXIST else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: folderPath])
        }
        lock.withLock { _ = folders.insert(folder) }
    }

    /// Writes one new file.
    func write(_ file: OutputFile) throws {
        let stamp = try OutputWriter.writeFile(file.contents, to: try prepare(file.path))
        lock.withLock { written[file.path] = stamp }
    }

    /// Notes a file put in the folder some other way (a kept file, hard-linked), by its path relative to the folder.
    func noteAdded(_ path: String) {
        guard let stamp = FileStamp.of(self.path + "/" + path) else { return }
        lock.withLock { written[path] = stamp }
    }

    /// The stamp of every file written or noted, by path relative to the folder.
    var stamps: [String: FileStamp] { lock.withLock { written } }
}
