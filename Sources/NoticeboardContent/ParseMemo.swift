import Foundation
import NoticeboardModel

/// Remembers what each content file parsed into (its record and its diagnostics), keyed by the file's path and the
/// digest of its bytes, so that a rebuild parses only the files that changed. Kept in memory for one process
/// (`serve` keeps one for its whole run); records are never written to disk.
public final class ParseMemo: @unchecked Sendable {
    private struct Entry {
        var digest: StableDigest
        var salt: Int
        var value: Any
        var diagnostics: [Diagnostic]
    }

    private let lock = NSLock()
    private var entries: [String: Entry] = [:]
    private var used: Set<String> = []
    private var sizeAfterCleanup = 0
    public private(set) var hits = 0
    /// Files parsed (not reused) by the last load.
    public private(set) var misses = 0

    public init() {}

    /// The value parsed from `path` when its digest and `salt` (what else the parse depended on) are unchanged;
    /// otherwise parses it with a log of its own and remembers the result. Diagnostics are replayed into `log` either way.
    func value<T>(_ path: String, digest: StableDigest?, salt: Int = 0, log: DiagnosticLog, parse: (DiagnosticLog) -> T?) -> T? {
        guard let digest else { return parse(log) }
        let cached: Entry? = lock.withLock {
            used.insert(path)
            return entries[path]
        }
        if let cached, cached.digest == digest, cached.salt == salt, let value = cached.value as? T? {
            log.add(contentsOf: cached.diagnostics)
            lock.withLock { hits += 1 }
            return value
        }
        let ownLog = DiagnosticLog()
        let value = parse(ownLog)
        log.add(contentsOf: ownLog.entries)
        lock.withLock {
            if !path.hasSuffix("/") { misses += 1 }
            entries[path] = Entry(digest: digest, salt: salt, value: value as Any, diagnostics: ownLog.entries)
        }
        return value
    }

    /// Whether a load would reuse what it holds for `path` (a file, or a folder's tree keyed `<folder>/`) with this
    /// digest and no salt, without parsing: so work done ahead of loading can pass such files over.
    public func holds(_ path: String, digest: StableDigest) -> Bool {
        lock.withLock { entries[path].map { $0.digest == digest && $0.salt == 0 } ?? false }
    }

    /// Starts counting a new load: hits, misses, and which entries it used.
    public func beginLoad() {
        lock.withLock { hits = 0; misses = 0; used = [] }
    }

    /// Forgets entries the last load did not use (files deleted or renamed), keeping those under a folder whose
    /// whole tree was reused (keyed `<folder>/`).
    public func dropUnused() {
        lock.withLock {
            // Entries only go stale when files are deleted or renamed, and a rename adds an entry: checking only
            // after the memo grew keeps a rebuild after an ordinary edit from walking every entry.
            guard entries.count > sizeAfterCleanup else { return }
            defer { sizeAfterCleanup = entries.count }
            var stale: [String] = []
            for key in entries.keys where !used.contains(key) {
                var path = key.hasSuffix("/") ? String(key.dropLast()) : key
                var underUsedFolder = false
                while let slash = path.lastIndex(of: "/") {
                    path = String(path[..<slash])
                    if used.contains(path + "/") { underUsedFolder = true; break }
                }
                if !underUsedFolder { stale.append(key) }
            }
            for key in stale { entries[key] = nil }
        }
    }
}
