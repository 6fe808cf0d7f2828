import Foundation

/// Turning what a PDF extractor gave into what a reader sees: paragraphs (see `PDFText+Paragraphs.swift`)
/// and a title.
public enum PDFText {
    /// A PDF's own title if it names the document, or nil for the empty and the meaningless ones that office
    /// programs leave behind ("Microsoft Word - minutes.docx" becomes "minutes"; "Untitled" is nil).
    public static func usableTitle(_ raw: String?) -> String? {
        guard var title = raw?.trimmingCharacters(in: .whitespacesAndNewlines) else { return nil }
        title = String(String.UnicodeScalarView(title.unicodeScalars.map { $0 == "\n" || $0 == "\r" || $0 == "\t" ? " " : $0 }
            .filter { !CharacterSet.controlCharacters.contains($0) }))
        title = title.split(separator: " ").joined(separator: " ")
        for prefix in ["Microsoft Word - ", "Microsoft PowerPoint - ", "Microsoft Excel - "] where title.hasPrefix(prefix) {
            title = String(title.dropFirst(prefix.count))
        }
        for suffix in [".docx", ".doc", ".pptx", ".ppt", ".xlsx", ".odt", ".rtf", ".pdf", ".indd"]
        where title.lowercased().hasSuffix(suffix) {
            title = String(title.dropLast(suffix.count))
        }
        title = title.trimmingCharacters(in: .whitespaces)
        let meaningless: Set<String> = ["untitled", "title", "document", "untitled document", "powerpoint presentation",
                                        "slide 1", "no title", "none", "default", "template", "blank", "word document"]
        guard title.count >= 3, title.count <= 300, title.contains(where: \.isLetter),
              !meaningless.contains(title.lowercased()),
              !title.lowercased().hasPrefix("document1"), !title.lowercased().hasPrefix("microsoft word") else { return nil }
        return title
    }

    /// A file's slug made readable: `financial-plan-2026` → `Financial plan 2026`.
    public static func readableTitle(fromSlug slug: String) -> String {
        let words = slug.split(whereSeparator: { $0 == "-" || $0 == "_" }).joined(separator: " ")
        guard let first = words.first else { return slug }
        return first.uppercased() + words.dropFirst()
    }
}
