import NoticeboardModel

extension PDFText {
    /// The text with each run of white space made one space and none at either end: what
    /// `text.split(whereSeparator: \.isWhitespace).joined(separator: " ")` gives, worked out on bytes when the text
    /// is ASCII (a paper's text almost always is), where `Character.isWhitespace` looks up every character's
    /// Unicode properties.
    static func collapsingWhitespace(_ text: some StringProtocol) -> String {
        asciiRewrite(text, { $0 }) ?? text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The line as running headers and footers are compared: lower case, each digit `#`, white space collapsed
    /// (so "Page 3 of 12" and "Page 4 of 12" are one line). On bytes when the line is ASCII.
    static func shape(_ line: String) -> String {
        asciiRewrite(line, { byte in
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): byte + 32
            case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt8(ascii: "#")
            default: byte
            }
        }) ?? String(line.lowercased().map { $0.isNumber ? "#" : $0 }).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The line without the white space `CharacterSet.whitespaces` holds (Unicode's space separators and the tab)
    /// at either end, as `trimmingCharacters(in: .whitespaces)` leaves it, without Foundation's character sets.
    static func trimmingSpaces(_ line: Substring) -> String {
        let scalars = line.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !isSpace($0) })!
        return String(Substring(scalars[first...last]))
    }

    /// Unicode's space separators (general category Zs) and the tab.
    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    private static func asciiRewrite(_ text: some StringProtocol, _ map: (UInt8) -> UInt8) -> String? {
        ASCIIWhitespace.collapsed(text, map: map).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The number of characters: the bytes, when the line is ASCII without a carriage return (which with a line
    /// feed makes one character).
    static func characterCount(_ line: String) -> Int {
        line.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D } ? line.utf8.count : line.count
    }

    /// `startsListItem` worked out on bytes when the line's first nine bytes are ASCII, so each of its first eight
    /// characters is one byte (a list marker is at most six, then white space); nil otherwise.
    static func startsListItemASCII(_ line: String) -> Bool? {
        let head = Array(line.utf8.prefix(9))
        guard let first = head.first, head.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else { return nil }
        func isWhitespace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
        func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }
        if first == UInt8(ascii: "-") || first == UInt8(ascii: "*") { return head.count > 1 && isWhitespace(head[1]) }
        // The marker runs to the first white space: none in the first nine bytes makes it too long, or the whole line.
        guard let end = head.firstIndex(where: isWhitespace), end <= 6 else { return false }
        var core = head[..<end]
        if core.first == UInt8(ascii: "(") { core = core.dropFirst() }
        guard let last = core.last, last == UInt8(ascii: ".") || last == UInt8(ascii: ")") else { return false }
        core = core.dropLast()
        guard let start = core.first else { return false }
        if core.allSatisfy({ isDigit($0) || $0 == UInt8(ascii: ".") }) { return isDigit(start) }
        let letters = String(decoding: core, as: UTF8.self).lowercased()
        if core.count == 1 { return letters.first!.isLetter }
        return ["ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "xii"].contains(letters)
    }
}
