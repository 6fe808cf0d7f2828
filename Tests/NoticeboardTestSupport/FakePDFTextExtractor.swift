import Foundation
import NoticeboardContent

/// A PDF text extractor for tests: answers from a table keyed by the PDF's bytes (or a default), and counts its calls.
public final class FakePDFTextExtractor: PDFTextExtractor, @unchecked Sendable {
    private let lock = NSLock()
    private var answers: [Data: PDFExtraction]
    private let fallback: PDFExtraction
    private var count = 0
    public let identity: String
    public let unavailableReason: String?

    public init(_ answers: [Data: PDFExtraction] = [:], fallback: PDFExtraction = PDFExtraction(text: "Extracted text.\n\u{0C}", pages: 1),
                identity: String = "fake-1", unavailableReason: String? = nil) {
        self.answers = answers
        self.fallback = fallback
        self.identity = identity
        self.unavailableReason = unavailableReason
    }

    /// How many times `extract` was called.
    public var calls: Int { lock.withLock { count } }

    public func extract(_ pdf: Data) -> PDFExtraction {
        lock.withLock {
            count += 1
            return answers[pdf] ?? fallback
        }
    }
}

extension TestSite {
    /// The site in memory with binary files (PDFs) added.
    public func fileSystem(adding binaries: [String: Data]) -> InMemoryFileSystem {
        var files = fileSystem.files
        files.merge(binaries) { _, new in new }
        return InMemoryFileSystem(files: files)
    }

    /// Writes the site and the binary files into a new temporary folder.
    public func write(adding binaries: [String: Data]) throws -> URL {
        let root = try write()
        for (path, data) in binaries {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        }
        return root
    }
}
