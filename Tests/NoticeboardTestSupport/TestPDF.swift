import Foundation

/// Real, minimal PDF files written byte by byte for tests: text pages in Helvetica (with a correct cross-reference
/// table, so poppler reads them without repair), pages with no text, a password-locked one and a damaged one.
public enum TestPDF {
    /// A PDF whose pages hold these lines of text (each line a text line; an empty string leaves a gap).
    /// Latin-1 characters such as £ and é are written in WinAnsi encoding.
    public static func text(pages: [[String]], title: String? = nil) -> Data {
        document(pages: pages.map(textStream), title: title, encrypt: false)
    }

    /// A PDF whose pages hold only a drawn rectangle: what a scan without a text layer looks like to pdftotext.
    public static func withoutText(pages: Int = 1) -> Data {
        document(pages: Array(repeating: "0.5 g 72 72 468 648 re f", count: pages), title: nil, encrypt: false)
    }

    /// A PDF locked with a user password (a standard security handler whose password is not empty), so it
    /// cannot be opened without the password.
    public static func passwordLocked() -> Data {
        document(pages: [textStream(["Confidential board paper"])], title: nil, encrypt: true)
    }

    /// The first half of a valid PDF: its cross-reference table and trailer are gone.
    public static func truncated() -> Data {
        let whole = text(pages: [["This paper was cut short in transfer."]])
        return whole.prefix(whole.count / 2)
    }

    private static func textStream(_ lines: [String]) -> String {
        var stream = "BT /F1 11 Tf 72 740 Td 14 TL\n"
        for line in lines { stream += line.isEmpty ? "T*\n" : "(\(escape(line))) Tj T*\n" }
        return stream + "ET"
    }

    /// A PDF string's contents: Latin-1, with `(`, `)` and `\` escaped and other bytes above 126 in octal.
    private static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "(", ")", "\\": out += "\\\(scalar)"
            case _ where scalar.value >= 32 && scalar.value < 127: out.unicodeScalars.append(scalar)
            case _ where scalar.value < 256: out += "\\" + String(scalar.value, radix: 8)
            default: out += "?"
            }
        }
        return out
    }

    private static func document(pages streams: [String], title: String?, encrypt: Bool) -> Data {
        var objects: [String] = []
        let pageCount = streams.count
        let kids = (0..<pageCount).map { "\(4 + 2 * $0) 0 R" }.joined(separator: " ")
        objects.append("<< /Type /Catalog /Pages 2 0 R >>")
        objects.append("<< /Type /Pages /Kids [\(kids)] /Count \(pageCount) >>")
        objects.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
        for (index, stream) in streams.enumerated() {
            objects.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents \(5 + 2 * index) 0 R >>")
            objects.append("<< /Length \(stream.utf8.count) >>\nstream\n\(stream)\nendstream")
        }
        var trailerExtras = ""
        if let title {
            objects.append("<< /Title (\(escape(title))) /Producer (Noticeboard tests) >>")
            trailerExtras += " /Info \(objects.count) 0 R"
        }
        if encrypt {
            let owner = String(repeating: "4F", count: 32), user = String(repeating: "A5", count: 32)
            objects.append("<< /Filter /Standard /V 1 /R 2 /Length 40 /O <\(owner)> /U <\(user)> /P -44 >>")
            trailerExtras += " /Encrypt \(objects.count) 0 R /ID [<00112233445566778899AABBCCDDEEFF> <00112233445566778899AABBCCDDEEFF>]"
        }
        var out = Data("%PDF-1.4\n%\u{E2}\u{E3}\u{CF}\u{D3}\n".utf8)
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(out.count)
            out.append(contentsOf: Array("\(index + 1) 0 obj\n\(object)\nendobj\n".utf8))
        }
        let xref = out.count
        var table = "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets {
            let digits = String(offset)
            table += String(repeating: "0", count: 10 - digits.count) + digits + " 00000 n \n"
        }
        table += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R\(trailerExtras) >>\nstartxref\n\(xref)\n%%EOF\n"
        out.append(contentsOf: Array(table.utf8))
        return out
    }
}
