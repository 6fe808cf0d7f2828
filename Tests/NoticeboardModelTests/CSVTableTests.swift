import NoticeboardModel
import Testing

@Suite struct CSVTableTests {
    @Test(arguments: [
        ("plain", "plain"),
        ("", ""),
        ("a,b", "\"a,b\""),
        ("say \"hi\"", "\"say \"\"hi\"\"\""),
        ("two\nlines", "\"two\nlines\""),
        ("two\r\nlines", "\"two\r\nlines\""),
        ("a=b", "a=b"),
        ("2026-03-12", "2026-03-12"),
    ])
    func quotesOnlyWhatRFC4180Requires(value: String, expected: String) {
        #expect(CSVTable.field(value) == expected)
    }

    @Test(arguments: [
        ("=SUM(A1:A2)", "'=SUM(A1:A2)"),
        ("+44 20 7946 0000", "'+44 20 7946 0000"),
        ("-2+3", "'-2+3"),
        ("@cmd", "'@cmd"),
        ("\tindented", "'\tindented"),
        ("\r=1", "\"'\r=1\""),
        ("=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""),
        ("=1,2", "\"'=1,2\""),
        ("＝1+1", "'＝1+1"),
    ])
    func guardsCellsThatASpreadsheetWouldRunAsAFormula(value: String, expected: String) {
        #expect(CSVTable.field(value) == expected)
    }

    @Test func writesAHeaderRowAndCRLFLineEnds() {
        let table = CSVTable(header: ["id", "title"], rows: [["a", "One, two"], ["b", "=evil()"]])
        #expect(table.text == "id,title\r\na,\"One, two\"\r\nb,'=evil()\r\n")
    }
}
