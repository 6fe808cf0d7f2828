import Foundation
import NoticeboardModel

extension PDFText {
    /// The extracted text as a document: readable paragraphs as escaped HTML (`<p>` only: no text of a PDF
    /// ever reaches a page as markup) and as plain text for search.
    public static func document(_ raw: String) -> MarkdownDocument {
        let paragraphs = paragraphs(raw)
        if paragraphs.isEmpty { return .empty }
        let html = paragraphs.map { "<p>\(Escaping.html($0))</p>" }.joined(separator: "\n") + "\n"
        return MarkdownDocument(html: html, text: paragraphs.joined(separator: "\n\n"))
    }

    /// Paragraphs of extracted text. Lines wrapped at the page margin are joined; blank lines, short lines
    /// (a paragraph's last line, a heading) and list markers start new paragraphs; form feeds (page breaks),
    /// page numbers and the running headers and footers repeated on most pages are dropped; control
    /// characters are removed and ligatures spelled out.
    public static func paragraphs(_ raw: String) -> [String] {
        // Split on bytes: a form feed and a line feed are characters of their own (`clean` removed every carriage
        // return, the one thing that joins a line feed).
        let text = clean(raw)
        var pages = text.utf8.split(separator: 0x0C, omittingEmptySubsequences: false).map { page in
            page.split(separator: 0x0A, omittingEmptySubsequences: false).map { trimmingSpaces(Substring($0)) }
        }
        while let last = pages.last, last.allSatisfy(\.isEmpty) { pages.removeLast() }
        pages = removeRunningLines(pages).map { page in
            Array(page.drop { $0.isEmpty }.reversed().drop { $0.isEmpty }.reversed())
        }

        // One stream of lines; a page break is a soft boundary, marked so paragraphs can continue across it.
        var lines: [Line] = []
        for (index, page) in pages.enumerated() {
            if index > 0 { lines.append(.pageBreak) }
            lines.append(contentsOf: page.map { $0.isEmpty ? .blank : .text($0, length: characterCount($0)) })
        }
        let lengths = lines.compactMap { line -> Int? in if case .text(_, let length) = line { length } else { nil } }.sorted()
        let typical = lengths.isEmpty ? 0 : lengths[min(lengths.count - 1, lengths.count * 4 / 5)]
        let fullLine = max(30, typical * 7 / 10)

        var paragraphs: [String] = []
        var current = ""
        var lastLine = "", lastLength = 0
        func finish() {
            let paragraph = collapsingWhitespace(current)
            if !paragraph.isEmpty { paragraphs.append(paragraph) }
            current = ""
        }
        var afterPageBreak = false
        var pendingBullet: String?
        for line in lines {
            switch line {
            case .blank:
                if !afterPageBreak && pendingBullet == nil { finish() }
            case .pageBreak:
                afterPageBreak = true
            case .text(let line, let length):
                // A bullet alone on its line (as pdftotext often leaves it) belongs to the text after it.
                if length == 1, "•●▪■◦‣○·–-*".contains(line) {
                    finish()
                    pendingBullet = line
                    continue
                }
                let text = pendingBullet.map { "\($0) \(line)" } ?? line
                let textLength = pendingBullet == nil ? length : text.count
                pendingBullet = nil
                let wordSplit = lastLine.hasSuffix("-") && lastLine.dropLast().last?.isLetter == true && text.first?.isLowercase == true
                let continues = !current.isEmpty && !startsListItem(text)
                    && !isHeading(text, length: textLength, after: lastLine, fullLine: fullLine)
                    && (wordSplit || lastLength >= fullLine || carriesOn(lastLine, text))
                    && (!afterPageBreak || continuesSentence(lastLine, text))
                if !continues {
                    finish()
                } else if wordSplit {
                    current.removeLast() // keep the hyphen, join the word: "long-" + "term" = "long-term"
                    current += "-"
                } else {
                    current += " "
                }
                current += text
                lastLine = text
                lastLength = textLength
                afterPageBreak = false
            }
        }
        finish()
        return paragraphs
    }

    /// A line of text (with its length in characters, which the joining rules ask for again and again), a blank
    /// line, or a page break.
    private enum Line { case text(String, length: Int), blank, pageBreak }

    /// Bullets and numbered or lettered items: `• `, `- `, `1. `, `2) `, `(a) `, `iv. `.
    static func startsListItem(_ line: String) -> Bool {
        if let ascii = startsListItemASCII(line) { return ascii }
        guard let first = line.first else { return false }
        if "•●▪■◦‣○·".contains(first) { return true }
        if "–—-*".contains(first) { return line.dropFirst().first?.isWhitespace == true }
        let marker = line.prefix { !$0.isWhitespace }
        guard marker.endIndex < line.endIndex, marker.count <= 6 else { return false }
        var core = Substring(marker)
        if core.hasPrefix("(") { core = core.dropFirst() }
        guard let end = core.last, end == "." || end == ")" else { return false }
        core = core.dropLast()
        if core.isEmpty { return false }
        if core.allSatisfy({ $0.isNumber || $0 == "." }) { return core.first?.isNumber == true }
        if core.count == 1, core.first!.isLetter { return true }
        return ["ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "xii"].contains(core.lowercased())
    }

    /// A short line standing alone after a finished sentence (`Risks:`, `Recommendation`): a heading, not the
    /// end of the paragraph before it.
    private static func isHeading(_ line: String, length: Int, after previous: String, fullLine: Int) -> Bool {
        guard let end = previous.last, ".!?:".contains(end), let first = line.first, first.isUppercase || first.isNumber,
              length < fullLine, let last = line.last else { return false }
        return !".,;".contains(last)
    }

    /// Words a sentence does not end on.
    static let connectives: Set<String> = ["a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or",
                                           "that", "the", "to", "which", "with", "who", "whose", "their", "its", "our", "is", "are", "be"]

    /// Whether a short line (a table cell, a narrow column) is continued by the next: the next starts in lower case
    /// after a line that did not end a sentence, or the line ends on a word no sentence ends on.
    private static func carriesOn(_ line: String, _ next: String) -> Bool {
        guard let end = line.last, let start = next.first, start.isLetter || start.isNumber else { return false }
        if ".!?:;".contains(end) || isNumberedHeading(line) { return false }
        if start.isLowercase { return true }
        let lastWord = line.split(separator: " ").last.map { $0.lowercased() } ?? ""
        return connectives.contains(lastWord)
    }

    /// `3.1 Invoking asn1Parser`, `2. Background`: a section number, then words.
    static func isNumberedHeading(_ line: String) -> Bool {
        let number = line.prefix { $0.isNumber || $0 == "." }
        return number.first?.isNumber == true && line.dropFirst(number.count).first == " "
    }

    /// Whether text after a page break carries on the sentence before it.
    private static func continuesSentence(_ before: String, _ after: String) -> Bool {
        guard let end = before.last, let start = after.first else { return false }
        if ".:;?!".contains(end) { return false }
        return start.isLowercase || end == "," || end == "-"
    }

    /// Page numbers at the top or bottom of pages, and running headers and footers: lines that stand at the top or
    /// bottom of at least half the pages (digits aside, so "Page 3 of 12" counts with "Page 4 of 12"). Once known, a
    /// running line is dropped wherever it stands (columns can put a footer mid-page), except once at the top of
    /// the first page, where it names the document.
    private static func removeRunningLines(_ pages: [[String]]) -> [[String]] {
        func edges(_ page: [String]) -> [Int] {
            let filled = page.indices.filter { !page[$0].isEmpty }
            return Array(Set(filled.prefix(3) + filled.suffix(3))).sorted()
        }
        var counts: [String: Int] = [:]
        for page in pages {
            for key in Set(edges(page).map { shape(page[$0]) }) where !key.isEmpty { counts[key, default: 0] += 1 }
        }
        let repeated = pages.count >= 2 ? Set(counts.filter { $0.value >= max(2, (pages.count + 1) / 2) }.keys) : []
        return pages.enumerated().map { number, page in
            var page = page
            let top = Set(page.indices.filter { !page[$0].isEmpty }.prefix(2))
            let edgeLines = Set(edges(page))
            for index in page.indices where !page[index].isEmpty {
                let running = !repeated.isEmpty && repeated.contains(shape(page[index]))
                guard running || (edgeLines.contains(index) && isPageNumber(page[index])) else { continue }
                if number == 0, top.contains(index), running, !isPageNumber(page[index]) { continue }
                page[index] = ""
            }
            return page
        }
    }

    /// `3`, `- 3 -`, `Page 3`, `Page 3 of 12`, `3 of 12`, `3/12`, `3 | Page`, `iv`.
    static func isPageNumber(_ line: String) -> Bool {
        // An ASCII line with a character no page number has (most lines: a letter outside "page of" and the
        // roman digits) is not one, without splitting it into words.
        if line.utf8.allSatisfy({ $0 < 0x80 }), !line.utf8.allSatisfy(isPageNumberByte) { return false }
        let words = line.lowercased().split(whereSeparator: { $0.isWhitespace || "-–—|/".contains($0) })
        guard !words.isEmpty, words.count <= 4 else { return false }
        let filler: Set<Substring> = ["page", "of", "p", "pg", "p."]
        let numbers = words.filter { !filler.contains($0) }
        guard (1...2).contains(numbers.count) else { return false }
        return numbers.allSatisfy { word in
            word.allSatisfy(\.isNumber) || (word.count <= 5 && word.allSatisfy { "ivxlc".contains($0) })
        }
    }

    /// Whether an ASCII byte can stand in a page number line: digits, the letters of "page", "of" and the roman
    /// digits in either case, and what separates their words.
    private static func isPageNumberByte(_ byte: UInt8) -> Bool {
        let lower = (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
        return (0x30...0x39).contains(lower) || (0x09...0x0D).contains(lower) || lower == 0x20 || "pageofivxlc.-|/".utf8.contains(lower)
    }

    /// No control characters (but line ends and form feeds), no soft hyphens, ligatures spelled out.
    private static func clean(_ raw: String) -> String {
        if let ascii = cleanASCII(raw) { return ascii }
        var out = String.UnicodeScalarView()
        for scalar in raw.unicodeScalars {
            switch scalar.value {
            case 0x0A, 0x0C: out.append(scalar)
            case 0x09: out.append(" ")
            case 0x0D, 0xAD, 0xFEFF: continue
            case 0x00...0x1F, 0x7F...0x9F, 0xFDD0...0xFDEF: continue
            case _ where scalar.value & 0xFFFE == 0xFFFE: continue
            case 0xFB00: out.append(contentsOf: "ff".unicodeScalars)
            case 0xFB01: out.append(contentsOf: "fi".unicodeScalars)
            case 0xFB02: out.append(contentsOf: "fl".unicodeScalars)
            case 0xFB03: out.append(contentsOf: "ffi".unicodeScalars)
            case 0xFB04: out.append(contentsOf: "ffl".unicodeScalars)
            case 0xFB05, 0xFB06: out.append(contentsOf: "st".unicodeScalars)
            case 0xA0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: out.append(" ")
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    /// `clean` on bytes, for text that is all ASCII (nil otherwise): the same rules, without a scalar at a time.
    private static func cleanASCII(_ raw: String) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(raw.utf8.count)
        for byte in raw.utf8 {
            switch byte {
            case 0x80...: return nil
            case 0x0A, 0x0C: out.append(byte)
            case 0x09: out.append(0x20)
            case 0x00...0x1F, 0x7F: continue
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
