import Foundation
import NoticeboardBuild
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Watches a site's `noticeboard.yml`, `content/` and `templates/` and reports the paths that changed, relative to
/// the site folder, in batches: a batch is sent once changes have been quiet for a moment (an editor's save can be
/// several writes and renames).
///
/// On Linux it uses inotify (a watch on each folder, so a change is seen at once); elsewhere, or if inotify cannot be
/// used, it compares every file's size and modification time every 150 ms.
final class FileWatcher: @unchecked Sendable {
    static let watched = ["noticeboard.yml", "content", "templates"]

    let root: String
    private let onChange: @Sendable ([String]) -> Void
    private let stopped = Atomic()
    private var thread: Thread?
    /// "inotify" or "polling", for the message `serve` prints.
    private(set) var method = "polling"

    init(root: URL, onChange: @escaping @Sendable ([String]) -> Void) {
        self.root = root.standardizedFileURL.resolvingSymlinksInPath().path
        self.onChange = onChange
    }

    func start() {
        #if os(Linux)
        // NOTICEBOARD_WATCH=poll uses polling even where inotify works (for file systems inotify does not see, like
        // some network and container mounts).
        if ProcessInfo.processInfo.environment["NOTICEBOARD_WATCH"] != "poll", let inotify = Inotify(root: root) {
            method = "inotify"
            let thread = Thread { [self] in watch(with: inotify) }
            thread.name = "noticeboard-watcher"
            self.thread = thread
            thread.start()
            return
        }
        #endif
        let thread = Thread { [self] in poll() }
        thread.name = "noticeboard-watcher"
        self.thread = thread
        thread.start()
    }

    func stop() { stopped.set() }

    /// Ignores editors' swap and backup files, and hidden files, which the site does not read either.
    static func isIgnored(_ path: String) -> Bool {
        let name = (path as NSString).lastPathComponent
        return name.hasPrefix(".") || name.hasSuffix("~") || name.hasSuffix(".swp") || name.hasSuffix(".swx")
            || name == "4913" || name.hasPrefix("#")
    }

    // MARK: Polling

    private func snapshot() -> [String: FileStamp] {
        var stamps: [String: FileStamp] = [:]
        for name in Self.watched {
            let path = root + "/" + name
            if let stamp = FileStamp.of(path) {
                stamps[name] = stamp
            } else {
                for (child, stamp) in FileStamp.scan(path, skipHidden: true) { stamps[name + "/" + child] = stamp }
            }
        }
        return stamps
    }

    private func poll() {
        var previous = snapshot()
        var pending: Set<String> = []
        while !stopped.isSet {
            Thread.sleep(forTimeInterval: 0.15)
            let current = snapshot()
            let changed = Set(current.keys).symmetricDifference(previous.keys)
                .union(current.keys.filter { previous[$0] != nil && previous[$0] != current[$0] })
            previous = current
            if changed.isEmpty {
                if !pending.isEmpty { onChange(pending.sorted()); pending = [] }
            } else {
                pending.formUnion(changed.filter { !Self.isIgnored($0) })
            }
        }
    }

    // MARK: inotify

    #if os(Linux)
    private func watch(with inotify: Inotify) {
        defer { inotify.close() }
        var pending: Set<String> = []
        var firstPending = Date()
        while !stopped.isSet {
            // Wait up to 200 ms for events; once some arrived, send the batch after 20 ms of quiet (at most 250 ms after the first).
            let events = inotify.read(timeout: pending.isEmpty ? 200 : 20)
            let relevant = events.filter { !Self.isIgnored($0) }
            if !relevant.isEmpty {
                if pending.isEmpty { firstPending = Date() }
                pending.formUnion(relevant)
            }
            if !pending.isEmpty, events.isEmpty || Date().timeIntervalSince(firstPending) > 0.25 {
                onChange(pending.sorted())
                pending = []
            }
        }
    }
    #endif
}

/// A flag set once, read from any thread.
final class Atomic: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    func set() { lock.withLock { value = true } }
    var isSet: Bool { lock.withLock { value } }
}

#if os(Linux)
/// Linux's inotify over a site's watched files and folders: one watch per folder, added as folders appear.
final class Inotify: @unchecked Sendable {
    private let descriptor: Int32
    private let root: String
    private var folders: [Int32: String] = [:]
    private let mask = UInt32(IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO
                              | IN_DELETE_SELF | IN_MOVE_SELF | IN_ATTRIB)

    init?(root: String) {
        descriptor = inotify_init1(Int32(IN_CLOEXEC | IN_NONBLOCK))
        guard descriptor >= 0 else { return nil }
        self.root = root
        // The site folder itself, for noticeboard.yml and for content/ or templates/ appearing.
        let rootWatch = inotify_add_watch(descriptor, root, mask)
        guard rootWatch >= 0 else { Glibc.close(descriptor); return nil }
        folders[rootWatch] = ""
        for name in ["content", "templates"] { guard addTree(name) else { Glibc.close(descriptor); return nil } }
    }

    func close() { Glibc.close(descriptor) }

    /// Watches a folder and every folder under it. False if the system's limit of watches was reached.
    @discardableResult
    private func addTree(_ relative: String) -> Bool {
        let path = root + "/" + relative
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { return true }
        let watch = inotify_add_watch(descriptor, path, mask | UInt32(IN_ONLYDIR))
        guard watch >= 0 else { return errno != ENOSPC }
        folders[watch] = relative
        guard let handle = opendir(path) else { return true }
        defer { closedir(handle) }
        var children: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name == "." || name == ".." || name.hasPrefix(".") { continue }
            if entry.pointee.d_type == UInt8(DT_DIR) || entry.pointee.d_type == UInt8(DT_UNKNOWN) { children.append(name) }
        }
        for name in children where !addTree(relative + "/" + name) { return false }
        return true
    }

    /// The paths (relative to the site folder) that events arrived for within `timeout` milliseconds.
    func read(timeout: Int32) -> [String] {
        var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&poller, 1, timeout) > 0 else { return [] }
        var changed: [String] = []
        let size = 64 * 1024
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 8)
        defer { buffer.deallocate() }
        while true {
            let count = Glibc.read(descriptor, buffer, size)
            guard count > 0 else { break }
            var offset = 0
            while offset < count {
                let event = buffer.advanced(by: offset).assumingMemoryBound(to: inotify_event.self).pointee
                let nameStart = buffer.advanced(by: offset + MemoryLayout<inotify_event>.size)
                let name = event.len > 0 ? String(cString: nameStart.assumingMemoryBound(to: CChar.self)) : ""
                offset += MemoryLayout<inotify_event>.size + Int(event.len)
                guard let folder = folders[event.wd] else { continue }
                if event.mask & UInt32(IN_IGNORED) != 0 { folders[event.wd] = nil; continue }
                if event.mask & UInt32(IN_Q_OVERFLOW) != 0 { changed.append("content"); changed.append("templates"); continue }
                if folder.isEmpty {
                    // In the site folder itself only these names matter.
                    guard ["noticeboard.yml", "content", "templates"].contains(name) else { continue }
                }
                let path = folder.isEmpty ? name : (name.isEmpty ? folder : folder + "/" + name)
                if event.mask & UInt32(IN_ISDIR) != 0, event.mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
                    addTree(path)
                }
                changed.append(path)
            }
        }
        return changed
    }
}
#endif
