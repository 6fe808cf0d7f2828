import CShims
import Foundation
import NoticeboardContent
import NoticeboardModel
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
        let staging = try stage(files, keeping: keeping)
        do {
            try swapIn(staging.url)
        } catch {
            Self.removeTree(staging.url.path)
            throw error
        }
        return staging.stamps
    }

    /// Builds the new output in a staging folder beside it: kept files hard-linked (or copied) from the current
    /// output, the others written. On failure the staging folder is removed and nothing else is touched.
    private func stage(_ files: [OutputFile], keeping: [String]) throws -> StagingFolder {
        let staging = try beginStaging(keeping: keeping)
        do {
            try Self.writeConcurrently(files, into: staging, path: \.path, making: { $0 })
            return staging
        } catch {
            Self.removeTree(staging.url.path)
            throw error
        }
    }

    /// A new staging folder beside the output, holding the files of `keeping` hard-linked (or copied) from the
    /// current output; the caller writes the rest into it (from several threads if it likes), then swaps it in
    /// with `finishStaging`, or removes it with `OutputWriter.removeTree` on failure.
    func beginStaging(keeping: [String]) throws -> StagingFolder {
        let manager = FileManager.default
        try manager.createDirectory(at: parent, withIntermediateDirectories: true)
        removeLeftovers()
        let staging = StagingFolder(url: parent.appendingPathComponent(temporaryPrefix + UUID().uuidString.prefix(8).lowercased()))
        do {
            try manager.createDirectory(at: staging.url, withIntermediateDirectories: false)
            try keep(keeping, in: staging)
            return staging
        } catch {
            Self.removeTree(staging.url.path)
            throw error
        }
    }

    /// Puts files of the current output into a staging folder, hard-linked (or copied), under the same paths. A
    /// folder per thread, as files are written (`forEachByFolder`): one thread linking the 55,000 files of a
    /// 10,000-document site left the other core idle for about 5 s.
    func keep(_ keeping: [String], in staging: StagingFolder) throws {
        let outputPath = output.path
        try Self.forEachByFolder(keeping) { index in
            let path = keeping[index]
            let target = try staging.prepare(path)
            let source = outputPath + "/" + path
            if link(source, target) != 0 { try FileManager.default.copyItem(atPath: source, toPath: target) }
            staging.noteAdded(path)
        }
    }

    /// Rewrites only the given files in the output folder, each atomically (written beside it, then renamed over
    /// it), and removes the listed ones with any folder left empty. For an output folder nobody else reads from
    /// while it is written, like `serve`'s. Files are written from several threads, a folder per thread (one edit
    /// at 10,000 documents rewrites about 3,000 files, most of them search index files: 2.6 s one at a time).
    /// Returns the stamps of the files written.
    public func writeInPlace(_ files: [OutputFile], removing: [String]) throws -> [String: FileStamp] {
        let manager = FileManager.default
        try manager.createDirectory(at: output, withIntermediateDirectories: true)
        let relatives = try files.map { try Self.checkedPath($0.path) }
        for folder in Set(relatives.map { RelativePath.folder(of: $0) }) where !folder.isEmpty {
            try manager.createDirectory(atPath: output.path + "/" + folder, withIntermediateDirectories: true)
        }
        let written = ParallelResults<FileStamp>(count: files.count)
        try Self.forEachByFolder(relatives) { index in
            let target = output.path + "/" + relatives[index]
            let name = RelativePath.name(of: target)
            let temporary = RelativePath.folder(of: target) + "/.\(name).tmp-\(UUID().uuidString.prefix(8))"
            // The stamp taken as it is written still holds after the rename (same inode, size and time).
            let stamp = try Self.writeFile(files[index].contents, to: temporary)
            guard rename(temporary, target) == 0 else {
                unlink(temporary)
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: files[index].path])
            }
            written.set(index, stamp)
        }
        var stamps: [String: FileStamp] = [:]
        for (relative, stamp) in zip(relatives, written.values) { stamps[relative] = stamp }
        // Removed with `unlink`, a folder per thread, then the folders that left empty (a changed document's old
        // search fragment folder holds thousands of files: listing it again after each removal was quadratic).
        let removed = removing.compactMap { try? Self.checkedPath($0) }
        _ = try? Self.forEachByFolder(removed) { unlink(output.path + "/" + removed[$0]) }
        Self.removeEmptyFolders(Set(removed.map { RelativePath.folder(of: $0) }), under: output.path)
        return stamps
    }

    /// Removes each of these folders (paths relative to `root`) that is empty, and then each folder above it that
    /// that leaves empty, up to `root` (which stays). A folder that is not empty is left as it is.
    static func removeEmptyFolders(_ folders: Set<String>, under root: String) {
        for folder in folders.sorted(by: >) where !folder.isEmpty {
            var path = folder
            while !path.isEmpty, rmdir(root + "/" + path) == 0 { path = RelativePath.folder(of: path) }
        }
    }

    /// Makes and writes files into a staging folder from several threads, each file written as soon as it is made,
    /// so the files need not all be held in memory at once (see `forEachByFolder`). Throws the first failure, after
    /// every write has ended. Tells `done` the number of files written so far, from any thread. With `stopping`, no
    /// folder is begun once it says so, and the indices of the items not written are returned.
    @discardableResult
    static func writeConcurrently<Item: Sendable>(_ items: [Item], into staging: StagingFolder, workers: Int = 4,
                                                  path: (Item) -> String, startingWith first: (Item) -> Bool = { _ in false },
                                                  stopping: (() -> Bool)? = nil,
                                                  making make: @Sendable (Item) -> OutputFile,
                                                  done: (Int) -> Void = { _ in }) throws -> [Int] {
        let counter = Counter()
        return try withoutActuallyEscaping(done) { done in
            nonisolated(unsafe) let done = done
            return try forEachByFolder(items.map(path), workers: workers, startingWith: items.map(first), stopping: stopping) { index in
                defer { counter.increment { done($0) } }
                try staging.write(make(items[index]))
            }
        }
    }

    /// Calls `work` with each index of `paths` from `workers` threads, all the paths of one folder from one thread,
    /// the folders holding a path marked in `first` first, then the biggest folders. Creating or deleting a file
    /// locks its folder: a few threads at a time overlap the waiting on the file system, and a thread waiting for another's folder lock spins on the other core (with every
    /// search fragment in one folder, that spinning was a seventh of a build's CPU). After the first failure no new
    /// work starts; it is thrown once every thread has stopped. With `stopping`, no folder is begun once it says so;
    /// returns the indices of the folders not begun, in order.
    @discardableResult
    static func forEachByFolder(_ paths: [String], workers: Int = 4, startingWith first: [Bool] = [],
                                stopping: (() -> Bool)? = nil, _ work: (Int) throws -> Void) throws -> [Int] {
        let groups = folderGroups(paths, startingWith: first)
        let failures = FailureBox()
        let next = Counter()
        withoutActuallyEscaping(work) { work in
            nonisolated(unsafe) let work = work
            nonisolated(unsafe) let stopping = stopping
            DispatchQueue.concurrentPerform(iterations: workers) { _ in
                while !failures.hasFailure {
                    if let stopping, stopping() { return }
                    let group = next.increment()
                    guard group < groups.count else { return }
                    for index in groups[group] where !failures.hasFailure {
                        do { try work(index) } catch { failures.record(error) }
                    }
                }
            }
        }
        if let error = failures.first { throw error }
        // Workers stop between folders, so the folders not begun are those after the last one handed out.
        let begun = min(next.increment(), groups.count)
        return groups[begun...].flatMap { $0 }.sorted()
    }

    /// The indices of `paths` grouped by folder, in their order within a folder: the groups holding an index marked
    /// in `first` (where it has an element for each path) first, then the biggest groups, and groups alike in those
    /// in the order of their first file.
    static func folderGroups(_ paths: [String], startingWith first: [Bool] = []) -> [[Int]] {
        var groupOfFolder: [Substring: Int] = [:]
        var groups: [[Int]] = []
        for (index, path) in paths.enumerated() {
            let folder = path.lastIndex(of: "/").map { path[..<$0] } ?? ""
            if let group = groupOfFolder[folder] {
                groups[group].append(index)
            } else {
                groupOfFolder[folder] = groups.count
                groups.append([index])
            }
        }
        let isFirst = groups.map { group in first.count == paths.count && group.contains { first[$0] } }
        return groups.enumerated().sorted { a, b in
            (isFirst[a.offset] ? 1 : 0, a.element.count, b.offset) > (isFirst[b.offset] ? 1 : 0, b.element.count, a.offset)
        }.map(\.element)
    }

    /// The first error of concurrent writes.
    final class FailureBox: @unchecked Sendable {
        private let lock = NSLock()
        private var error: Error?
        var hasFailure: Bool { lock.withLock { error != nil } }
        var first: Error? { lock.withLock { error } }
        func record(_ error: Error) { lock.withLock { if self.error == nil { self.error = error } } }
    }

    /// Replaces the contents of a file that has no other name (see `RecycledFiles`). Returns its stamp.
    @discardableResult
    static func overwriteFile(_ data: Data, at path: String) throws -> FileStamp {
        let descriptor = open(path, O_WRONLY | O_TRUNC | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path]) }
        defer { close(descriptor) }
        return try writeAll(data, to: descriptor, path: path)
    }

    /// Writes a new file with plain `open`/`write`/`close`: FileManager's `createFile` syncs every file to disk,
    /// which makes writing ten thousand pages many times slower. (The swap, not a sync, is what keeps builds atomic.)
    /// Returns the written file's stamp.
    @discardableResult
    static func writeFile(_ data: Data, to path: String) throws -> FileStamp {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path]) }
        defer { close(descriptor) }
        return try writeAll(data, to: descriptor, path: path)
    }

    /// Writes all of `data` to an open file and returns the file's stamp once written (`fstat`).
    private static func writeAll(_ data: Data, to descriptor: Int32, path: String) throws -> FileStamp {
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
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path]) }
        return FileStamp(info)
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

extension OutputWriter {
    /// Makes `spare` (an older copy of the output, described by `spareEntries`) into the new output and swaps it in
    /// atomically: files whose key it already has stay, files rendered now are written, files unchanged since the
    /// current output are hard-linked from it, and files no longer planned are removed. Afterwards `spare` holds the
    /// previous output. Far fewer file-system operations than staging a whole new folder: on a site of ten thousand
    /// pages, creating and deleting thousands of folders per build was most of the time of a small change.
    ///
    /// Returns the new output's entries, or nil (with the output untouched) when the spare cannot be used; the
    /// caller then stages a whole folder.
    func updateSpareAndSwap(spare: URL, spareEntries: [String: BuildManifest.Entry], planned: [(path: String, key: StableDigest)],
                            rendered: [String: OutputFile], current: [String: BuildManifest.Entry]) -> [String: BuildManifest.Entry]? {
        let manager = FileManager.default
        guard !spareEntries.isEmpty, manager.fileExists(atPath: output.path) else { return nil }
        let onSpare = FileStamp.scan(spare.path)
        guard !onSpare.isEmpty else { return nil }
        let plannedPaths = Set(planned.map(\.path))
        let removed = onSpare.keys.filter { !plannedPaths.contains($0) }
        // Removed files are given to the files written now (renamed, then overwritten) before any is deleted.
        let recycled = RecycledFiles(folder: spare.path, paths: removed)
        let folders = Set(removed.map { RelativePath.folder(of: $0) })
        var entries: [String: BuildManifest.Entry] = [:]
        entries.reserveCapacity(planned.count)
        // What to put where: each file rendered now is written, each unchanged since the current output linked from it.
        var changes: [(path: String, key: StableDigest, file: OutputFile?)] = []
        var created: Set<String> = [""]
        for (path, key) in planned {
            guard let relative = try? Self.checkedPath(path) else { return nil }
            if let entry = spareEntries[relative], entry.key == key, onSpare[relative] == entry.stamp {
                entries[relative] = entry
                continue
            }
            let folder = RelativePath.folder(of: relative)
            if !created.contains(folder) {
                guard (try? manager.createDirectory(atPath: spare.path + "/" + folder, withIntermediateDirectories: true)) != nil else { return nil }
                created.insert(folder)
            }
            if let file = rendered[relative] {
                changes.append((relative, key, file))
            } else if current[relative]?.key == key {
                changes.append((relative, key, nil))
            } else {
                return nil
            }
        }
        // Made from several threads: the spare is not served, so a file new to it is created in place, and one it
        // has is replaced through a rename (it may be a hard link to a file of the output being served). A file
        // written now takes over a removed one where it can (see `RecycledFiles`).
        let stamps = ParallelResults<FileStamp>(count: changes.count)
        do {
            try Self.forEachByFolder(changes.map(\.path)) { index in
                let (relative, _, file) = changes[index]
                let target = spare.path + "/" + relative
                if let file, recycled.take(to: target) {
                    stamps.set(index, try Self.overwriteFile(file.contents, at: target))
                    return
                }
                let replaces = onSpare[relative] != nil
                let destination = replaces ? RelativePath.folder(of: target) + "/.tmp-\(UUID().uuidString.prefix(8))" : target
                if let file {
                    try Self.writeFile(file.contents, to: destination)
                } else if link(output.path + "/" + relative, destination) != 0 {
                    throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: relative])
                }
                if replaces, rename(destination, target) != 0 {
                    unlink(destination)
                    throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: relative])
                }
                guard let stamp = FileStamp.of(target) else { throw CocoaError(.fileReadUnknown, userInfo: [NSFilePathErrorKey: relative]) }
                stamps.set(index, stamp)
            }
        } catch {
            recycled.removeRest()
            return nil
        }
        recycled.removeRest()
        for (change, stamp) in zip(changes, stamps.values) {
            entries[change.path] = BuildManifest.Entry(key: change.key, stamp: stamp)
        }
        // Folders left empty by removed files (a deleted meeting) go too, as a full build would not have them.
        Self.removeEmptyFolders(folders, under: spare.path)
        guard noticeboard_exchange_paths(spare.path, output.path) == 0 else { return nil }
        return entries
    }

    /// Files of the spare that the new output does not have, handed to the files written now instead of being
    /// deleted and created again. Creating a file needs a free inode, and ext4 without a journal passes over every
    /// inode freed in the last minutes, one by one, for each file it creates: a small change at 10,000 documents
    /// deleted a folder of about 4,000 search fragments and then created 4,000, and spent seconds in that search.
    /// Renaming a removed file onto the new path and overwriting it uses no inode at all. Only a file with no other
    /// name is taken (the spare shares many files with the output being served, as hard links).
    final class RecycledFiles: @unchecked Sendable {
        private let folder: String
        private let lock = NSLock()
        private var paths: [String]

        init(folder: String, paths: [String]) {
            self.folder = folder
            self.paths = paths
        }

        /// Moves a removed file to `target` (replacing any file there), or says there is none left to move.
        func take(to target: String) -> Bool {
            while let path = lock.withLock({ paths.popLast() }) {
                var info = stat()
                let source = folder + "/" + path
                guard lstat(source, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, info.st_nlink == 1 else {
                    unlink(source)
                    continue
                }
                if rename(source, target) == 0 { return true }
                unlink(source)
            }
            return false
        }

        /// Deletes the removed files nobody took.
        func removeRest() {
            let rest = lock.withLock { () -> [String] in
                defer { paths = [] }
                return paths
            }
            _ = try? OutputWriter.forEachByFolder(rest) { unlink(folder + "/" + rest[$0]) }
        }
    }

    /// Like `write(_:keeping:)`, but the previous output is moved to `spare` (replacing it) instead of deleted,
    /// when the system can swap folders atomically. Returns the stamps of the new output and whether `spare` now
    /// holds the previous output.
    func write(_ files: [OutputFile], keeping: [String], previousTo spare: URL) throws -> (stamps: [String: FileStamp], keptPrevious: Bool) {
        guard FileManager.default.fileExists(atPath: output.path) else { return (try write(files, keeping: keeping), false) }
        return try finishStaging(try stage(files, keeping: keeping), previousTo: spare)
    }

    /// Swaps a complete staging folder in for the output. The previous output becomes `spare` (replacing it) when
    /// the system can swap folders atomically, and is deleted otherwise. Returns the stamps of the new output and
    /// whether `spare` now holds the previous output.
    func finishStaging(_ staging: StagingFolder, previousTo spare: URL) throws -> (stamps: [String: FileStamp], keptPrevious: Bool) {
        let manager = FileManager.default
        guard manager.fileExists(atPath: output.path) else {
            do { try swapIn(staging.url) } catch { Self.removeTree(staging.url.path); throw error }
            return (staging.stamps, false)
        }
        let stamps = staging.stamps
        guard noticeboard_exchange_paths(staging.url.path, output.path) == 0 else {
            do { try swapIn(staging.url) } catch { Self.removeTree(staging.url.path); throw error }
            return (stamps, false)
        }
        // The staging folder now holds the previous output: keep it as the spare.
        try? manager.createDirectory(at: spare.deletingLastPathComponent(), withIntermediateDirectories: true)
        if manager.fileExists(atPath: spare.path) { Self.removeTree(spare.path) }
        if rename(staging.url.path, spare.path) != 0 {
            Self.removeTree(staging.url.path)
            return (stamps, false)
        }
        return (stamps, true)
    }
}
