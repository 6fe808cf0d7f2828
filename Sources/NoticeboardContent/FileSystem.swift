import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Read access to a site folder, by paths relative to its root. All content I/O goes through this,
/// so tests can load sites held in memory and nothing here can write.
public protocol FileSystem: Sendable {
    /// The entries of a folder, sorted by name; empty if it does not exist.
    func entries(in folder: String) throws -> [FileEntry]
    func contents(of path: String) throws -> Data
    func exists(_ path: String) -> Bool
}

/// A file or folder seen while discovering a site.
public struct FileEntry: Hashable, Sendable {
    public enum Kind: Sendable { case file, folder, symlinkOutside, other }
    public var name: String
    public var kind: Kind
    /// For a file on disk that is not a link, what `lstat` said of it when its folder was listed.
    public var stamp: SourceStamp?
    public init(name: String, kind: Kind, stamp: SourceStamp? = nil) { self.name = name; self.kind = kind; self.stamp = stamp }
}

/// What `lstat` says of a source file: its size, inode, and the times its bytes and its inode last changed (in
/// nanoseconds since 1970). A file whose stamp is what it was when it was read still holds the bytes read then,
/// as long as the stamp was taken well after the file last changed (see `SourceSnapshot.trustedDigests`): the
/// change time cannot be set back, so any later write changes the stamp.
public struct SourceStamp: Hashable, Sendable {
    public var size: Int
    public var inode: UInt64
    public var modified: Int
    public var changed: Int

    public init(size: Int, inode: UInt64, modified: Int, changed: Int) {
        self.size = size; self.inode = inode; self.modified = modified; self.changed = changed
    }

    init(_ info: stat) {
        #if canImport(Darwin)
        let (modified, changed) = (info.st_mtimespec, info.st_ctimespec)
        #else
        let (modified, changed) = (info.st_mtim, info.st_ctim)
        #endif
        self.init(size: Int(info.st_size), inode: UInt64(info.st_ino),
                  modified: Int(modified.tv_sec) * 1_000_000_000 + Int(modified.tv_nsec),
                  changed: Int(changed.tv_sec) * 1_000_000_000 + Int(changed.tv_nsec))
    }
}

/// A site folder on disk. Symbolic links are followed only while they stay inside the root.
public struct LocalFileSystem: FileSystem {
    public let root: URL
    /// `root`'s path, made once.
    private let rootPath: String
    /// Each folder's path with its links resolved, found once (a build reads every file of every folder).
    private let resolvedFolders = ResolvedFolders()

    public init(root: URL) {
        self.root = root.standardizedFileURL.resolvingSymlinksInPath()
        rootPath = self.root.path
    }

    private func url(_ path: String) -> URL { path.isEmpty ? root : root.appendingPathComponent(path) }

    public func entries(in folder: String) throws -> [FileEntry] {
        // Listing a folder again (serve does after a change in it) finds its and its folders' links again too.
        resolvedFolders.forget(folder)
        // POSIX calls, not FileManager and URL: a site of ten thousand files is listed many times faster.
        let base = folder.isEmpty ? rootPath : rootPath + "/" + folder
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: base) else { return [] }
        return names.sorted().map { name in
            let item = base + "/" + name
            var info = stat()
            guard lstat(item, &info) == 0 else { return FileEntry(name: name, kind: .other) }
            let isLink = (info.st_mode & S_IFMT) == S_IFLNK
            if isLink {
                // Links are followed only while they stay inside the site folder.
                guard let resolved = Self.realPath(item), resolved == rootPath || resolved.hasPrefix(rootPath + "/") else {
                    return FileEntry(name: name, kind: .symlinkOutside)
                }
                guard stat(item, &info) == 0 else { return FileEntry(name: name, kind: .other) }
            }
            switch info.st_mode & S_IFMT {
            case S_IFDIR: return FileEntry(name: name, kind: .folder)
            // A link's stamp would be the link's, not its target's: a linked file is always read.
            case S_IFREG: return FileEntry(name: name, kind: .file, stamp: isLink ? nil : SourceStamp(info))
            default: return FileEntry(name: name, kind: .other)
            }
        }
    }

    public func contents(of path: String) throws -> Data {
        guard let resolved = resolvedPath(path), resolved.hasPrefix(rootPath + "/") else {
            if !FileManager.default.fileExists(atPath: url(path).path) {
                throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: path])
            }
            throw CocoaError(.fileReadNoPermission, userInfo: [NSFilePathErrorKey: path])
        }
        guard let data = Self.readBytes(resolved) else { throw CocoaError(.fileReadUnknown, userInfo: [NSFilePathErrorKey: path]) }
        return data
    }

    /// What `realpath` gives for a file of the site, with its folder's part found once per folder: a file that is not
    /// itself a link is its resolved folder and its name (`realpath` looked up every part of every file's path).
    private func resolvedPath(_ path: String) -> String? {
        let (folder, name) = (RelativePath.folder(of: path), RelativePath.name(of: path))
        var info = stat()
        guard name != ".", name != "..", let resolvedFolder = resolvedFolders.path(of: folder, root: rootPath),
              lstat(resolvedFolder + "/" + name, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            return Self.realPath(rootPath + "/" + path)
        }
        return resolvedFolder + "/" + name
    }

    /// A file's bytes, read with `read` into one buffer of the size `fstat` gives (then on to the end, if it grew).
    /// The buffer is not zeroed first (`Data(count:)` cleared every byte of every file before `read` filled it).
    static func readBytes(_ path: String) -> Data? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return nil }
        var capacity = max(Int(info.st_size), 0) + 1
        guard var buffer = malloc(capacity) else { return nil }
        var filled = 0
        while true {
            if filled == capacity {
                capacity += 65_536
                guard let grown = realloc(buffer, capacity) else { free(buffer); return nil }
                buffer = grown
            }
            let got = read(descriptor, buffer + filled, capacity - filled)
            if got < 0 {
                if errno == EINTR { continue }
                free(buffer)
                return nil
            }
            if got == 0 { break }
            filled += got
        }
        return Data(bytesNoCopy: buffer, count: filled, deallocator: .free)
    }

    /// The path with every symbolic link resolved (`realpath`), or nil if it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    public func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: url(path).path) }
}

/// Folders of a site with their links resolved (`realpath`), each found once; shared by copies of a file system.
private final class ResolvedFolders: @unchecked Sendable {
    private let lock = NSLock()
    private var paths: [String: String] = [:]
    /// The folders just under each folder that `paths` holds or holds folders under, so that forgetting a folder
    /// visits only the folders in it. (Filtering all of `paths` for each forgotten folder made `check` of 50,000
    /// documents, which listed each meeting's folder twice, take 98 s instead of 12.)
    private var children: [String: Set<String>] = [:]
    private var listed: Set<String> = []

    func path(of folder: String, root: String) -> String? {
        if let known = lock.withLock({ paths[folder] }) { return known }
        let resolved = inResolvedParent(folder, root: root) ?? LocalFileSystem.realPath(folder.isEmpty ? root : root + "/" + folder)
        // A folder that does not exist is not remembered: it may be made before it is asked for again.
        if let resolved { lock.withLock { remember(folder, resolved) } }
        return resolved
    }

    /// A folder that is not itself a link, in its parent's resolved path: `realpath` looks every part of the path up
    /// again (a `readlink` for each, about 50,000 at 10,000 documents).
    private func inResolvedParent(_ folder: String, root: String) -> String? {
        let name = RelativePath.name(of: folder)
        guard !folder.isEmpty, name != ".", name != "..", let parent = path(of: RelativePath.folder(of: folder), root: root) else { return nil }
        var info = stat()
        guard lstat(parent + "/" + name, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { return nil }
        return parent + "/" + name
    }

    private func remember(_ folder: String, _ resolved: String) {
        paths[folder] = resolved
        var child = folder
        while !child.isEmpty {
            let parent = RelativePath.folder(of: child)
            guard children[parent, default: []].insert(child).inserted else { break }
            child = parent
        }
    }

    /// Forgets the folder and every folder in it, when it is listed again (the first listing of each, in every
    /// build's first pass, finds nothing to forget and costs nothing).
    func forget(_ folder: String) {
        lock.withLock {
            guard !listed.insert(folder).inserted, !paths.isEmpty else { return }
            if folder.isEmpty {
                paths = [:]
                children = [:]
                return
            }
            // The folder stays listed under its parent: a folder remembered in it later then links up at once.
            var stack = [folder]
            while let next = stack.popLast() {
                paths[next] = nil
                stack += children.removeValue(forKey: next) ?? []
            }
        }
    }
}

/// A site held in memory, for tests: paths relative to the root mapped to contents.
public struct InMemoryFileSystem: FileSystem {
    public var files: [String: Data]

    public init(files: [String: Data]) { self.files = files }
    public init(texts: [String: String]) { self.files = texts.mapValues { Data($0.utf8) } }

    public func entries(in folder: String) throws -> [FileEntry] {
        let prefix = folder.isEmpty ? "" : folder + "/"
        var seen: [String: FileEntry.Kind] = [:]
        for path in files.keys where path.hasPrefix(prefix) {
            let rest = path.dropFirst(prefix.count)
            if let slash = rest.firstIndex(of: "/") {
                seen[String(rest[..<slash])] = .folder
            } else {
                seen[String(rest)] = .file
            }
        }
        return seen.keys.sorted().map { FileEntry(name: $0, kind: seen[$0]!) }
    }

    public func contents(of path: String) throws -> Data {
        guard let data = files[path] else { throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: path]) }
        return data
    }

    public func exists(_ path: String) -> Bool {
        files[path] != nil || files.keys.contains { $0.hasPrefix(path + "/") }
    }
}
