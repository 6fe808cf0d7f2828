import Foundation
@testable import NoticeboardRender
import Testing

@Suite struct ICalendarTextTests {
    @Test(arguments: [
        ("plain", "plain"),
        ("a, b; c", "a\\, b\\; c"),
        ("back\\slash", "back\\\\slash"),
        ("one\ntwo", "one\\ntwo"),
        ("one\r\ntwo", "one\\ntwo"),
        ("one\rtwo", "one\\ntwo"),
        ("one\n\ntwo", "one\\n\\ntwo"),
        ("tab\tkept", "tab\tkept"),
        ("bell\u{07}and\u{7F}delete dropped", "bellanddelete dropped"),
        ("\\,", "\\\\\\,"),
        ("Council Chamber, Town Hall; Room 2\\B", "Council Chamber\\, Town Hall\\; Room 2\\\\B"),
    ])
    func escapesTextValues(input: String, expected: String) {
        #expect(ICalendarText.escape(input) == expected)
    }

    /// Splits folded text into its physical lines (without CRLF), checks each is whole UTF-8 and at most 75 octets,
    /// and returns the unfolded line.
    func checkFolding(_ folded: String, sourceLine: String) throws {
        let bytes = Array(folded.utf8)
        #expect(folded.hasSuffix("\r\n"))
        var lines: [[UInt8]] = []
        var current: [UInt8] = []
        var i = 0
        while i < bytes.count {
            if bytes[i] == 13, i + 1 < bytes.count, bytes[i + 1] == 10 {
                lines.append(current); current = []; i += 2
            } else {
                #expect(bytes[i] != 10 && bytes[i] != 13, "a bare CR or LF")
                current.append(bytes[i]); i += 1
            }
        }
        #expect(current.isEmpty)
        for (index, line) in lines.enumerated() {
            #expect(line.count <= 75, "line \(index + 1) has \(line.count) octets")
            #expect(String(validating: line, as: UTF8.self) != nil, "line \(index + 1) splits a UTF-8 sequence")
            if index > 0 { #expect(line.first == 32, "a continuation line starts with a space") }
            // An escape is never split: no line ends in an odd run of backslashes.
            let trailing = line.reversed().prefix { $0 == 92 }.count
            if index < lines.count - 1 { #expect(trailing % 2 == 0, "line \(index + 1) ends inside an escape") }
        }
        let unfolded = lines.enumerated().map { $0.offset == 0 ? $0.element : Array($0.element.dropFirst()) }.joined()
        #expect(String(decoding: Array(unfolded), as: UTF8.self) == sourceLine)
    }

    @Test(arguments: [
        String(repeating: "a", count: 75),
        String(repeating: "a", count: 76),
        String(repeating: "a", count: 400),
        String(repeating: "é", count: 100),                  // 2 octets each
        "x" + String(repeating: "€", count: 60),              // 3 octets, falling across every boundary
        "xy" + String(repeating: "😀", count: 50),            // 4 octets
        String(repeating: "👩‍👩‍👧 ", count: 20),                 // an 18-octet grapheme cluster
        "e" + String(repeating: "\u{301}", count: 100),       // one character of 201 octets
        String(repeating: "a, b; c\n", count: 30),
        String(repeating: "\\", count: 200),
        "Réunion du conseil d’administration à l’Hôtel de Ville, salle 3; ordre du jour: budget, santé mentale, 日本語のテキスト",
    ])
    func foldsLongLinesAtOctetsWithoutSplittingCharactersOrEscapes(text: String) throws {
        let line = "DESCRIPTION:" + ICalendarText.escape(text)
        try checkFolding(ICalendarText.fold(line), sourceLine: line)
    }

    @Test func foldsAtEveryOffsetOfAMultiByteCharacter() throws {
        for prefix in 60...80 {
            for character in ["é", "€", "😀"] {
                let line = "SUMMARY:" + String(repeating: "a", count: prefix) + String(repeating: character, count: 30)
                try checkFolding(ICalendarText.fold(line), sourceLine: line)
            }
        }
    }

    @Test func shortLinesAreNotFolded() {
        #expect(ICalendarText.fold("VERSION:2.0") == "VERSION:2.0\r\n")
        let exactly75 = "X:" + String(repeating: "a", count: 73)
        #expect(ICalendarText.fold(exactly75) == exactly75 + "\r\n")
        #expect(ICalendarText.fold(exactly75 + "b") == exactly75 + "\r\n b\r\n")
    }

    @Test func propertiesCarryTheirParameters() {
        #expect(ICalendarText.property("DTSTART", "20260312", parameters: [("VALUE", "DATE")]) == "DTSTART;VALUE=DATE:20260312\r\n")
    }
}

extension ICalendarTextTests {
    @Test func keepsCombiningMarksAndJoinedEmojiWithTheirCharacterWhenTheyFit() {
        for prefix in 60...76 {
            let line = "SUMMARY:" + String(repeating: "a", count: prefix) + String(repeating: "e\u{301}👩‍👩‍👧👍🏽", count: 4)
            let folded = ICalendarText.fold(line)
            for physical in folded.components(separatedBy: "\r\n").dropFirst() where !physical.isEmpty {
                let content = physical.dropFirst()
                #expect(content.first != "\u{301}", "a combining mark was moved away from its letter")
                #expect(!content.hasPrefix("\u{200D}") && content.unicodeScalars.first?.properties.isEmojiModifier != true)
            }
        }
    }
}
