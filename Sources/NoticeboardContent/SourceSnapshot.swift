import Foundation
import NoticeboardModel

/// A file system that can say what a file's content is without the caller hashing it: lets the loader reuse a file's
/// earlier parse when its bytes have not changed.
public protocol ContentFingerprinting: Sendable {
    /// The digest of the file's bytes, or nil if it cannot be read.
    func digest(of path: String) -> StableDigest?
    /// A digest of every file under a folder (names and contents), or of one file.
    func digest(ofTree path: String) -> StableDigest
}

/// A file's digest with the stamp it had when it was read.
public struct StampedDigest: Hashable, Sendable {
    public var stamp: SourceStamp
    public var digest: StableDigest
    public init(stamp: SourceStamp, digest: StableDigest) { self.stamp = stamp; self.digest = digest }
}

/// A read-through cache over another file system: each folder is listed and each file read at most once, until
/// `invalidate` says it changed. A build reads every file through one snapshot; `serve` keeps one for its whole
/// run and invalidates only what the watcher saw change, so a rebuild reads only the changed files.
///
/// Given the digests an earlier build read (`trust`), a file whose folder listing shows the stamp it had then is
/// not read again for its digest: a build with nothing changed reads no content file (at 10,000 documents, reading
/// and digesting 139 MB was about a third of such a build).
public final class SourceSnapshot: FileSystem, ContentFingerprinting, @unchecked Sendable {
    public let base: FileSystem
    private let lock = NSLock()
    private var listings: [String: [FileEntry]] = [:]
    private var contents: [String: Data] = [:]
    private var digests: [String: StableDigest] = [:]
    private var folderDigests: [String: StableDigest] = [:]
    /// Each listed file's stamp, as its folder's listing gave it.
    private var stamps: [String: SourceStamp] = [:]
    /// Digests read by an earlier build, with the stamps their files had then.
    private var known: [String: StampedDigest] = [:]

    public init(base: FileSystem) { self.base = base }

    public func entries(in folder: String) throws -> [FileEntry] {
        if let cached = lock.withLock({ listings[folder] }) { return cached }
        let entries = try base.entries(in: folder)
        lock.withLock {
            listings[folder] = entries
            for entry in entries {
                if let stamp = entry.stamp { stamps[folder.isEmpty ? entry.name : "\(folder)/\(entry.name)"] = stamp }
            }
        }
        return entries
    }

    /// Digests an earlier build read, by path: each is used while its file's stamp is the one given.
    public func trust(_ digests: [String: StampedDigest]) {
        lock.withLock { known = digests }
    }

    /// The digests of the files read or trusted so far whose stamps were taken at least a while after they last
    /// changed (`changedBefore`, in nanoseconds since 1970: a file changed again within the same tick of a coarse
    /// clock could keep its stamp), for `trust` in a later build.
    public func trustedDigests(changedBefore cutoff: Int) -> [String: StampedDigest] {
        lock.withLock {
            var trusted: [String: StampedDigest] = [:]
            trusted.reserveCapacity(digests.count)
            for (path, digest) in digests {
                guard let stamp = stamps[path], stamp.changed < cutoff, stamp.modified < cutoff else { continue }
                trusted[path] = StampedDigest(stamp: stamp, digest: digest)
            }
            return trusted
        }
    }

    public func contents(of path: String) throws -> Data {
        if let cached = lock.withLock({ contents[path] }) { return cached }
        let data = try base.contents(of: path)
        lock.withLock { contents[path] = data }
        return data
    }

    public func exists(_ path: String) -> Bool {
        if lock.withLock({ contents[path] != nil || listings[path] != nil }) { return true }
        return base.exists(path)
    }

    public func digest(of path: String) -> StableDigest? {
        let trusted: StableDigest? = lock.withLock {
            if let cached = digests[path] { return cached }
            guard let stamp = stamps[path], let earlier = known[path], earlier.stamp == stamp else { return nil }
            digests[path] = earlier.digest
            return earlier.digest
        }
        if let trusted { return trusted }
        guard let data = try? contents(of: path) else { return nil }
        let digest = StableDigest.of(data)
        lock.withLock { digests[path] = digest }
        return digest
    }

    /// A digest of every file under a folder (recursively: names and contents), or of one file. `""` is the whole root.
    public func digest(ofTree path: String) -> StableDigest {
        if let cached = lock.withLock({ folderDigests[path] }) { return cached }
        readAhead(path)
        return combinedDigest(ofTree: path)
    }

    private func combinedDigest(ofTree path: String) -> StableDigest {
        if let cached = lock.withLock({ folderDigests[path] }) { return cached }
        var hasher = StableHasher()
        let entries = (try? entries(in: path)) ?? []
        if entries.isEmpty, !path.isEmpty, let file = digest(of: path) {
            hasher.combine("file")
            hasher.combine(file)
        } else {
            hasher.combine("folder")
            for entry in entries where !entry.name.hasPrefix(".") {
                let child = path.isEmpty ? entry.name : "\(path)/\(entry.name)"
                hasher.combine(entry.name)
                switch entry.kind {
                case .file: hasher.combine(digest(of: child) ?? .zero)
                case .folder: hasher.combine(combinedDigest(ofTree: child))
                default: hasher.combine("other")
                }
            }
        }
        let digest = hasher.finalize()
        lock.withLock { folderDigests[path] = digest }
        return digest
    }

    /// Lists the folders and reads and digests the files under `path` that are not known yet, on several threads
    /// at once, a level of folders at a time, so that the walk that combines them finds them all known. Reading
    /// ten thousand small files one at a time waits on the disk for each when they are not in memory (a first
    /// build, or after the system reclaimed its cache: 1.3-2.5 s at 10,000 documents, with a core mostly idle), so
    /// more threads than cores read at once.
    private func readAhead(_ path: String) {
        var folders = [path]
        while !folders.isEmpty {
            let listed = concurrentMap(folders, threads: 8) { (try? self.entries(in: $0)) ?? [] }
            var files: [String] = []
            var next: [String] = []
            for (folder, entries) in zip(folders, listed) {
                for entry in entries where !entry.name.hasPrefix(".") {
                    let child = folder.isEmpty ? entry.name : "\(folder)/\(entry.name)"
                    switch entry.kind {
                    case .file: files.append(child)
                    case .folder: next.append(child)
                    default: break
                    }
                }
            }
            _ = concurrentMap(files, threads: 8) { self.digest(of: $0) }
            folders = next
        }
    }

    /// Forgets what it knew about these paths (files or folders, created, changed or deleted) and the folders above them.
    public func invalidate(_ paths: [String]) {
        lock.withLock {
            for path in paths {
                let prefix = path + "/"
                contents[path] = nil
                digests[path] = nil
                listings[path] = nil
                stamps[path] = nil
                // (A file's stamp comes from its folder's listing, and its digest may have been trusted unread.)
                if listings.keys.contains(where: { $0.hasPrefix(prefix) }) || contents.keys.contains(where: { $0.hasPrefix(prefix) })
                    || stamps.keys.contains(where: { $0.hasPrefix(prefix) }) {
                    listings = listings.filter { !$0.key.hasPrefix(prefix) }
                    contents = contents.filter { !$0.key.hasPrefix(prefix) }
                    digests = digests.filter { !$0.key.hasPrefix(prefix) }
                    stamps = stamps.filter { !$0.key.hasPrefix(prefix) }
                }
                folderDigests = folderDigests.filter { !$0.key.hasPrefix(prefix) }
                // The folders above it: their listings (a file may have appeared or gone) and tree digests.
                var parent = path
                folderDigests[path] = nil
                while let slash = parent.lastIndex(of: "/") {
                    parent = String(parent[..<slash])
                    listings[parent] = nil
                    folderDigests[parent] = nil
                }
                listings[""] = nil
                folderDigests[""] = nil
            }
        }
    }

    /// Lets go of the bytes of every file read, keeping what it knows of them (listings, stamps, digests): a file
    /// asked for again is read again. For a build whose records, once loaded, hold all they need of their files.
    public func forgetContents() {
        lock.withLock { contents = [:] }
    }

    /// Forgets everything.
    public func invalidateAll() {
        lock.withLock {
            listings = [:]; contents = [:]; digests = [:]; folderDigests = [:]; stamps = [:]
        }
    }
}
