import Foundation
import NoticeboardContent
import NoticeboardModel

/// Reads the text of every PDF paper into the cache before loading, one PDF per core at a time, so a first build of
/// a site with many PDFs takes a fraction of the time; loading (which reads one file after another) then finds each
/// PDF's text in memory (`CachingPDFTextExtractor.warm`). PDFs already in the cache cost their hash and reading
/// their entry.
enum PDFTextPrefetch {
    /// Passes over the bodies whose meetings `memo` holds unchanged (in `serve`, all but the one edited), as
    /// loading will not read their PDFs.
    static func warm(_ extractor: CachingPDFTextExtractor, files: FileSystem, memo: ParseMemo? = nil) {
        guard extractor.unavailableReason == nil else { return }
        let paths = pdfPaths(files) { body in
            guard let memo, let fingerprints = files as? ContentFingerprinting else { return true }
            return !memo.holds(body + "/", digest: fingerprints.digest(ofTree: body))
        }
        guard paths.count > 1 else { return }
        _ = concurrentMap(paths, threads: ProcessInfo.processInfo.activeProcessorCount) { path in
            guard let data = try? files.contents(of: path) else { return }
            extractor.warm(data)
        }
    }

    /// `content/meetings/<body>/<meeting>/<paper>.pdf`, as the loader finds them (hidden names passed over), in the
    /// body folders `including` takes.
    static func pdfPaths(_ files: FileSystem, including: (String) -> Bool = { _ in true }) -> [String] {
        func folders(_ path: String) -> [String] {
            ((try? files.entries(in: path)) ?? []).filter { $0.kind == .folder && !$0.name.hasPrefix(".") }.map { "\(path)/\($0.name)" }
        }
        return folders("content/meetings").filter(including).flatMap(folders).flatMap { meeting in
            ((try? files.entries(in: meeting)) ?? [])
                .filter { $0.kind == .file && $0.name.hasSuffix(".pdf") && !$0.name.hasPrefix(".") }
                .map { "\(meeting)/\($0.name)" }
        }
    }
}
