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
    public init(name: String, kind: Kind) { self.name = name; self.kind = kind }
}

/// A site folder on disk. Symbolic links are followed only while they stay inside the root.
public struct LocalFileSystem: FileSystem {
    public let root: URL

    public init(root: URL) { self.root = root.standardizedFileURL.resolvingSymlinksInPath() }

    private func url(_ path: String) -> URL { path.isEmpty ? root : root.appendingPathComponent(path) }

    public func entries(in folder: String) throws -> [FileEntry] {
        // POSIX calls, not FileManager and URL: a site of ten thousand files is listed many times faster.
        let base = folder.isEmpty ? root.path : root.path + "/" + folder
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: base) else { return [] }
        return names.sorted().map { name in
            let item = base + "/" + name
            var info = stat()
            guard lstat(item, &info) == 0 else { return FileEntry(name: name, kind: .other) }
            if (info.st_mode & S_IFMT) == S_IFLNK {
                // Links are followed only while they stay inside the site folder.
                guard let resolved = Self.realPath(item), resolved == root.path || resolved.hasPrefix(root.path + "/") else {
                    return FileEntry(name: name, kind: .symlinkOutside)
                }
                guard stat(item, &info) == 0 else { return FileEntry(name: name, kind: .other) }
            }
            switch info.st_mode & S_IFMT {
            case S_IFDIR: return FileEntry(name: name, kind: .folder)
            case S_IFREG: return FileEntry(name: name, kind: .file)
            default: return FileEntry(name: name, kind: .other)
            }
        }
    }

    public func contents(of path: String) throws -> Data {
        guard let resolved = Self.realPath(url(path).path), resolved.hasPrefix(root.path + "/") else {
            if !FileManager.default.fileExists(atPath: url(path).path) {
                throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: path])
            }
            throw CocoaError(.fileReadNoPermission, userInfo: [NSFilePathErrorKey: path])
        }
        return try Data(contentsOf: URL(fileURLWithPath: resolved))
    }

    /// The path with every symbolic link resolved (`realpath`), or nil if it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    public func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: url(path).path) }
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
