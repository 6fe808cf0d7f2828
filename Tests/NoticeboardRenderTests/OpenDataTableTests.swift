@testable import NoticeboardRender
import NoticeboardModel
import Testing

@Suite struct OpenDataTableTests {
    @Test func openDataValuesBecomeCells() {
        let table = OpenDataTable(
            name: "things", title: "Things", description: "Test.",
            columns: [.init("a", .string, "A."), .init("b", .boolean, "B."), .init("c", .date, nullable: true, "C."),
                      .init("d", .list, "D."), .init("e", .integer, nullable: true, "E.")],
            rows: [[.string("x"), .boolean(true), .null, .list(["p", "q"]), .integer(3)],
                   [.string("-y"), .boolean(false), .date(.init(year: 2026, month: 3, day: 12)!), .list([]), .null]]
        )
        #expect(table.csv.text == "a,b,c,d,e\r\nx,true,,p; q,3\r\n'-y,false,2026-03-12,,\r\n")
    }
}
