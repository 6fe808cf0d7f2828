import Foundation
import NoticeboardContent

/// Extracted PDF text kept between builds in `<root>/.noticeboard-cache/pdf-text/`, one JSON file per PDF
/// named by the SHA-256 of the PDF's bytes, so a rebuild does not run the extractor again for a PDF that has not
/// changed (wherever it moved). The cache is outside `content/`; an entry that cannot be decoded, or that another
/// extractor made, is ignored and replaced. Entries are written whole (to a temporary name, then renamed).
public struct ExtractionCache: Sendable {
    /// The `pdf-text` folder.
    public let folder: URL

    public init(root cacheRoot: URL) {
        self.folder = cacheRoot.appendingPathComponent("pdf-text")
    }

    struct Entry: Codable {
        var version: Int
        var extractor: String
        var sha256: String
        var extraction: PDFExtraction
    }

    static let version = 1

    func url(for key: String) -> URL { folder.appendingPathComponent("\(key).json") }

    /// The cached extraction of a PDF with this digest, made by this extractor, if there is a sound one.
    public func extraction(sha256 key: String, extractor: String) -> PDFExtraction? {
        guard let data = try? Data(contentsOf: url(for: key)),
              let entry = try? JSONDecoder().decode(Entry.self, from: data),
              entry.version == Self.version, entry.extractor == extractor, entry.sha256 == key else { return nil }
        return entry.extraction
    }

    /// Keeps an extraction; a cache that cannot be written only costs time, so failures are ignored.
    public func store(_ extraction: PDFExtraction, sha256 key: String, extractor: String) {
        let entry = Entry(version: Self.version, extractor: extractor, sha256: key, extraction: extraction)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let data = try? encoder.encode(entry) else { return }
        let manager = FileManager.default
        try? manager.createDirectory(at: folder, withIntermediateDirectories: true)
        let temporary = folder.appendingPathComponent(".\(key).\(UUID().uuidString.prefix(8)).tmp")
        guard manager.createFile(atPath: temporary.path, contents: data) else { return }
        if rename(temporary.path, url(for: key).path) != 0 { try? manager.removeItem(at: temporary) }
    }
}

/// An extractor that asks the cache first and keeps what the extractor it wraps found. Results that may differ
/// next time (a time-out, a missing tool) are not kept.
public struct CachingPDFTextExtractor: PDFTextExtractor {
    public let base: any PDFTextExtractor
    public let cache: ExtractionCache
    /// Extractions made or read ahead of loading (`warm`), each handed out once.
    private let warmed = Warmed()

    public init(_ base: any PDFTextExtractor, cache: ExtractionCache) {
        self.base = base
        self.cache = cache
    }

    /// Extracts or reads a PDF's text ahead of loading and keeps it in memory until `extract` asks for it, so a
    /// PDF's cache entry is read once a build.
    public func warm(_ pdf: Data) {
        let key = SHA256.hex(pdf)
        warmed.put(extraction(pdf, key: key), for: key)
    }

    public var identity: String { base.identity }
    public var unavailableReason: String? { base.unavailableReason }

    public func extract(_ pdf: Data) -> PDFExtraction {
        let key = SHA256.hex(pdf)
        return warmed.take(key) ?? extraction(pdf, key: key)
    }

    private func extraction(_ pdf: Data, key: String) -> PDFExtraction {
        if let cached = cache.extraction(sha256: key, extractor: base.identity) { return cached }
        let extraction = base.extract(pdf)
        switch extraction.problem {
        case .timedOut, .toolMissing: break
        case .unreadable, nil: cache.store(extraction, sha256: key, extractor: base.identity)
        }
        return extraction
    }
}

/// What `CachingPDFTextExtractor.warm` made, by digest, until taken.
private final class Warmed: @unchecked Sendable {
    private let lock = NSLock()
    private var extractions: [String: PDFExtraction] = [:]

    func put(_ extraction: PDFExtraction, for key: String) { lock.withLock { extractions[key] = extraction } }
    func take(_ key: String) -> PDFExtraction? { lock.withLock { extractions.removeValue(forKey: key) } }
}
