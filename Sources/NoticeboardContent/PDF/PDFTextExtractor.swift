import Foundation

/// Reads the text of a PDF paper. The loader hands it the file's bytes (read through `FileSystem`, so nothing
/// outside the site folder is ever read) and turns what comes back into the paper's text, pages and title.
///
/// `PopplerPDFTextExtractor` is the real one; the build wraps it in a cache; tests may pass their own.
public protocol PDFTextExtractor: Sendable {
    /// Names the extractor and its version, so cached results of another extractor are never reused.
    var identity: String { get }
    /// Why no PDF can be read at all (the tool is missing), or nil when extraction can be tried.
    var unavailableReason: String? { get }
    /// The text of one PDF. Never throws: a PDF that cannot be read gives a result with a `problem`.
    func extract(_ pdf: Data) -> PDFExtraction
}

extension PDFTextExtractor {
    public var unavailableReason: String? { nil }
}

/// What an extractor made of one PDF.
public struct PDFExtraction: Hashable, Sendable, Codable {
    /// Why the text could not be had.
    public enum Problem: Hashable, Sendable, Codable {
        /// Encrypted, damaged, not a PDF: the reason in a few words ("it is encrypted with a password").
        case unreadable(String)
        /// The extractor was stopped after this many seconds.
        case timedOut(Int)
        /// The extractor could not be run at all.
        case toolMissing(String)
    }

    /// The text as the extractor gave it: lines, blank lines between blocks, a form feed after each page.
    public var text: String
    /// The number of pages, when known.
    public var pages: Int?
    /// The document's own title (its metadata), when it has one.
    public var title: String?
    public var problem: Problem?

    public init(text: String = "", pages: Int? = nil, title: String? = nil, problem: Problem? = nil) {
        self.text = text; self.pages = pages; self.title = title; self.problem = problem
    }

    /// True when the PDF was read but holds no words (a scanned document without a text layer).
    public var hasNoText: Bool { problem == nil && !text.unicodeScalars.contains { CharacterSet.alphanumerics.contains($0) } }
}
