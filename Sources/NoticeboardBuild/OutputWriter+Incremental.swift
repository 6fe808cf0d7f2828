import Foundation
import NoticeboardRender
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension OutputWriter {
    /// Like `write(_:)`, but files of the previous output listed in `keeping` are hard-linked into the new folder
    /// instead of written again (copied where links are not possible). Returns the stamp of every file of the new output.
    public func write(_ files: [OutputFile], keeping: [String]) throws -> [String: FileStamp] {
        let manager = FileManager.default
        try manager.createDirectory(at: parent, withIntermediateDirectories: true)
        removeLeftovers()
        let staging = parent.appendingPathComponent(temporaryPrefix + UUID().uuidString.prefix(8).lowercased())
        do {
            try manager.createDirectory(at: staging, withIntermediateDirectories: false)
            var folders: Set<String> = [""]
            func prepare(_ path: String) throws -> String {
                let relative = try Self.checkedPath(path)
                let folder = (relative as NSString).deletingLastPathComponent
                if !folders.contains(folder) {
                    try manager.createDirectory(at: staging.appendingPathComponent(folder), withIntermediateDirectories: true)
                    folders.insert(folder)
                }
                return staging.appendingPathComponent(relative).path
            }
            for path in keeping {
                let target = try prepare(path)
                let source = output.appendingPathComponent(path).path
                if link(source, target) != 0 {
                    try manager.copyItem(atPath: source, toPath: target)
                }
            }
            for file in files {
                let target = try prepare(file.path)
                try Self.writeFile(file.contents, to: target)
            }
            try swapIn(staging)
        } catch {
            try? manager.removeItem(at: staging)
            throw error
        }
        return FileStamp.scan(output.path)
    }

    /// Rewrites only the given files in the output folder, each atomically (written beside it, then renamed over
    /// it), and removes the listed ones with any folder left empty. For an output folder nobody else reads from
    /// while it is written, like `serve`'s. Returns the stamps of the files written.
    public func writeInPlace(_ files: [OutputFile], removing: [String]) throws -> [String: FileStamp] {
        let manager = FileManager.default
        try manager.createDirectory(at: output, withIntermediateDirectories: true)
        var stamps: [String: FileStamp] = [:]
        for file in files {
            let relative = try Self.checkedPath(file.path)
            let target = output.appendingPathComponent(relative)
            try manager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            let temporary = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).tmp-\(UUID().uuidString.prefix(8))")
            try Self.writeFile(file.contents, to: temporary.path)
            guard rename(temporary.path, target.path) == 0 else {
                try? manager.removeItem(at: temporary)
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: file.path])
            }
            stamps[relative] = FileStamp.of(target.path)
        }
        for path in removing {
            guard let relative = try? Self.checkedPath(path) else { continue }
            var url = output.appendingPathComponent(relative)
            try? manager.removeItem(at: url)
            // Remove folders the removal left empty, up to the output folder.
            url.deleteLastPathComponent()
            while url.path.hasPrefix(output.path + "/"), (try? manager.contentsOfDirectory(atPath: url.path))?.isEmpty == true {
                try? manager.removeItem(at: url)
                url.deleteLastPathComponent()
            }
        }
        return stamps
    }

    /// Writes a new file with plain `open`/`write`/`close`: FileManager's `createFile` syncs every file to disk,
    /// which makes writing ten thousand pages many times slower. (The swap, not a sync, is what keeps builds atomic.)
    static func writeFile(_ data: Data, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path]) }
        defer { close(descriptor) }
        try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buffer.count {
                let written = posixWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
                }
                offset += written
            }
        }
    }
}

#if canImport(Glibc)
private let posixWrite = Glibc.write
#elseif canImport(Darwin)
private let posixWrite = Darwin.write
#endif

extension OutputWriter {
    /// Deletes a folder and everything in it with `unlinkat` (several times faster than FileManager on big trees).
    /// Symbolic links are removed, never followed. Returns false if something could not be removed.
    @discardableResult
    static func removeTree(_ path: String) -> Bool {
        func clear(_ folder: Int32) -> Bool {
            guard let handle = fdopendir(folder) else { close(folder); return false }
            defer { closedir(handle) }
            var ok = true
            while let entry = readdir(handle) {
                let name = withUnsafePointer(to: entry.pointee.d_name) {
                    $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
                }
                if name == "." || name == ".." { continue }
                var isFolder = entry.pointee.d_type == UInt8(DT_DIR)
                if entry.pointee.d_type == UInt8(DT_UNKNOWN) {
                    var info = stat()
                    isFolder = fstatat(dirfd(handle), name, &info, AT_SYMLINK_NOFOLLOW) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
                }
                if isFolder {
                    let child = openat(dirfd(handle), name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
                    if child < 0 || !clear(child) { ok = false }
                    if unlinkat(dirfd(handle), name, AT_REMOVEDIR) != 0 { ok = false }
                } else if unlinkat(dirfd(handle), name, 0) != 0 {
                    ok = false
                }
            }
            return ok
        }
        let folder = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard folder >= 0 else { return false }
        let ok = clear(folder)
        return rmdir(path) == 0 && ok
    }
}
