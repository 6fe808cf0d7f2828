import NoticeboardModel
import Testing
@testable import NoticeboardImport

@Suite struct AttendanceReaderTests {
    func read(_ text: String) -> (attendees: [Person], apologies: [Person]) {
        let attendance = AttendanceReader.read(text)
        return (attendance.attendees, attendance.apologies)
    }

    @Test func headedListsWithRolesAfterCommasParenthesesAndDashes() {
        let (present, apologies) = read("""
        # Board

        ## Present
        - Ann Chair, Chair
        - Bob Lee (Director of Finance)
        * Cllr Dee Ward – Riverside Council
        1. Gus Hill

        ### Apologies for absence
        - Eve Fox (Healthwatch)

        ## 1. Welcome
        - Not A Person, because this list is under another heading
        """)
        #expect(present == [Person(name: "Ann Chair", role: "Chair"), Person(name: "Bob Lee", role: "Director of Finance"),
                            Person(name: "Cllr Dee Ward", role: "Riverside Council"), Person(name: "Gus Hill")])
        #expect(apologies == [Person(name: "Eve Fox", role: "Healthwatch")])
    }

    @Test func labelsOnTheirOwnLineWithOneNamePerLine() {
        let (present, _) = read("""
        PRESENT:
        Ann Chair (Chair)
        Gus Hill (Lay member)

        The board approved the annual report.
        """)
        #expect(present == [Person(name: "Ann Chair", role: "Chair"), Person(name: "Gus Hill", role: "Lay member")])
    }

    @Test func namesOnTheLabelsLine() {
        let (present, apologies) = read("""
        **Present:** Ann Chair (Chair), Bob Lee and Cara Dean.
        **Apologies:** None
        """)
        #expect(present.map(\.name) == ["Ann Chair", "Bob Lee", "Cara Dean"])
        #expect(apologies.isEmpty)
    }

    @Test func groupLabelsInsideASectionArePassedOver() {
        let (present, _) = read("""
        ## Attendance
        **Members**
        - Ann Chair
        **In attendance**
        - Frank Green, Medical Director
        """)
        #expect(present.map(\.name) == ["Ann Chair", "Frank Green"])
    }

    @Test func handlesAreDroppedFromNamesAndKeptWhenThereIsNoName() {
        let (present, _) = read("""
        ## Present
        * Anna Henningsen @addaleax (TSC)
        * @jasnell
        """)
        #expect(present == [Person(name: "Anna Henningsen", role: "TSC"), Person(name: "@jasnell")])
    }

    @Test func aTableOfNamesAndRoles() {
        let (present, _) = read("""
        ## Attendees
        | Name | Role |
        |------|------|
        | Ann Chair | Chair |
        | Bob Lee | Director of Finance |
        """)
        #expect(present == [Person(name: "Ann Chair", role: "Chair"), Person(name: "Bob Lee", role: "Director of Finance")])
    }

    @Test func labelsInOtherWords() {
        let (present, apologies) = read("""
        ### Voting members present
        - Ann Chair
        ### Officers in attendance
        - Frank Green, Medical Director
        ### Members absent
        - Hal Watch
        ### Apologies received from
        - Eve Fox
        """)
        #expect(present.map(\.name) == ["Ann Chair", "Frank Green"])
        #expect(apologies.map(\.name) == ["Eve Fox"])
    }

    @Test func aTableWithMoreColumnsGivesThemAllAsTheRole() {
        let (present, _) = read("## Present\n| Name | Title | Organisation |\n|---|---|---|\n| Ann Chair | Chair | Riverside ICB |\n")
        #expect(present == [Person(name: "Ann Chair", role: "Chair, Riverside ICB")])
    }

    @Test func proseIsNeverReadAsNames() {
        let (present, apologies) = read("""
        ## Present
        The chair noted that the meeting was quorate and that members had received the papers in good time.
        - Minutes of the last meeting
        Present: the whole board, as recorded in the register.
        Apologies were received from several members.
        """)
        #expect(present.isEmpty)
        #expect(apologies.isEmpty)
    }

    @Test func codeBlocksAreNotRead() {
        let (present, _) = read("```\n## Present\n- Ann Chair\n```\n")
        #expect(present.isEmpty)
    }
}
