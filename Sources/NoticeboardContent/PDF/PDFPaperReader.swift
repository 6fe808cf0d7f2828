import Foundation
import NoticeboardModel

/// What loading learns from a PDF paper's file: its text as a document, its page count and its own title.
/// A PDF that cannot be read is a warning naming the file; the paper is still listed and linked.
struct PDFPaperReader {
    var extractor: (any PDFTextExtractor)?

    struct Reading {
        var content: MarkdownDocument = .empty
        var pages: Int?
        var title: String?
    }

    func read(_ pdf: Data, path: String, log: DiagnosticLog) -> Reading {
        // A missing extractor is reported once for the whole site by the loader, not once per file.
        guard let extractor, extractor.unavailableReason == nil else { return Reading() }
        let extraction = extractor.extract(pdf)
        var reading = Reading(pages: extraction.pages, title: PDFText.usableTitle(extraction.title))
        let at = SourceLocation(path: path)
        let consequence = "the paper is listed and linked, but its text is not shown or searchable"
        switch extraction.problem {
        case .unreadable(let reason):
            log.warning("cannot read the text of this PDF: \(reason); \(consequence)", at: at)
        case .timedOut(let seconds):
            log.warning("reading the text of this PDF took over \(seconds) s and was stopped; \(consequence)", at: at)
        case .toolMissing(let reason):
            log.warning("cannot read the text of this PDF: \(reason); \(consequence)", at: at)
        case nil:
            reading.content = PDFText.document(extraction.text)
            if reading.content.isEmpty {
                log.warning("this PDF has no text to extract (a scanned image without a text layer?); \(consequence)", at: at)
            }
        }
        return reading
    }

    /// The one warning for a site whose PDF papers cannot be read at all because the extractor is missing.
    static func unavailable(_ reason: String, pdfPaths: [String]) -> Diagnostic? {
        guard let first = pdfPaths.sorted().first else { return nil }
        let count = pdfPaths.count == 1 ? "1 PDF paper" : "\(pdfPaths.count) PDF papers"
        return .warning("\(reason): the text of \(count) is not extracted, so it is not shown or searchable; the papers are still listed and linked",
                        at: SourceLocation(path: first))
    }
}
