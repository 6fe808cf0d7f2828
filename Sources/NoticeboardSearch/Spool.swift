import Foundation

/// Bytes set aside in a temporary file until they are written out, so that they wait in the kernel's page cache
/// (which it can write to disk and reclaim) rather than in the process's own memory. The phrase shards of a site
/// whose words follow Zipf's law are some 200 MB at 10,000 documents, made while the pages are rendered and
/// held until the whole index is done; kept in memory they were about a fifth of the build's peak.
///
/// The file is removed from its folder as soon as it is opened, so nothing is left behind however the process
/// ends; it goes when the last file that reads from it does. Safe to use from several threads at once.
final class Spool: @unchecked Sendable {
    private let descriptor: Int32
    private let lock = NSLock()
    private var end: Int64 = 0

    /// A spool in the system's temporary folder (`TMPDIR`), or nil when one cannot be made there.
    init?(folder: URL = FileManager.default.temporaryDirectory) {
        var template = Array(folder.appendingPathComponent("noticeboard-spool-XXXXXX").path.utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { return nil }
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    /// Appends the bytes and returns where they are, or nil when they could not all be written (a full disk).
    func append(_ bytes: Data) -> Range<Int64>? {
        lock.lock()
        let start = end
        end += Int64(bytes.count)
        lock.unlock()
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { pwrite(descriptor, $0.baseAddress! + written, bytes.count - written, off_t(start) + off_t(written)) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { return nil }
            written += n
        }
        return start..<(start + Int64(bytes.count))
    }

    /// The bytes at `range`, as `append` returned it. A read from the page cache fails only on an I/O error of the
    /// disk under it; the build then stops with that error before the new site replaces the old one, rather than
    /// write a shard without its bytes.
    func read(_ range: Range<Int64>) -> Data {
        var data = Data(count: range.count)
        data.withUnsafeMutableBytes { buffer in
            var done = 0
            while done < range.count {
                let n = pread(descriptor, buffer.baseAddress! + done, range.count - done, off_t(range.lowerBound) + off_t(done))
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { fatalError("error: could not read the search index's temporary file: \(String(cString: strerror(errno)))") }
                done += n
            }
        }
        return data
    }
}
