import Foundation
import NoticeboardContent

/// Reads the text of every PDF paper into the cache before loading, one PDF per core at a time, so a first build of
/// a site with many PDFs takes a fraction of the time; loading (which reads one file after another) then finds each
/// PDF's text in the cache. PDFs already in the cache cost only their hash.
enum PDFTextPrefetch {
    static func warm(_ extractor: CachingPDFTextExtractor, files: FileSystem) {
        guard extractor.unavailableReason == nil else { return }
        let paths = pdfPaths(files)
        guard paths.count > 1 else { return }
        let next = Counter()
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, paths.count))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let index = next.take(below: paths.count) {
                guard let data = try? files.contents(of: paths[index]) else { continue }
                _ = extractor.extract(data)
            }
        }
    }

    /// `content/meetings/<body>/<meeting>/<paper>.pdf`, as the loader finds them (hidden names passed over).
    static func pdfPaths(_ files: FileSystem) -> [String] {
        func folders(_ path: String) -> [String] {
            ((try? files.entries(in: path)) ?? []).filter { $0.kind == .folder && !$0.name.hasPrefix(".") }.map { "\(path)/\($0.name)" }
        }
        return folders("content/meetings").flatMap(folders).flatMap { meeting in
            ((try? files.entries(in: meeting)) ?? [])
                .filter { $0.kind == .file && $0.name.hasSuffix(".pdf") && !$0.name.hasPrefix(".") }
                .map { "\(meeting)/\($0.name)" }
        }
    }

    private final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0
        func take(below limit: Int) -> Int? {
            lock.withLock {
                guard value < limit else { return nil }
                defer { value += 1 }
                return value
            }
        }
    }
}
