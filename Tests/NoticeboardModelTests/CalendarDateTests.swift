import NoticeboardModel
import Testing

@Suite struct CalendarDateTests {
    @Test(arguments: [
        ("2026-03-12", true), ("2024-02-29", true), ("2026-02-29", false), ("2026-02-30", false),
        ("2026-13-45", false), ("2026-00-10", false), ("26-03-12", false), ("2026-3-12", false),
        ("2026-03-12T10:00", false), ("", false), ("２０２６-03-12", false), ("2026/03/12", false), ("2026-03-1x", false),
        ("0000-01-01", false), ("+026-03-12", false), ("0001-01-01", true), ("9999-12-31", true),
    ])
    func parsesOnlyRealISODates(text: String, valid: Bool) {
        #expect((CalendarDate(iso: text) != nil) == valid)
        if valid { #expect(CalendarDate(iso: text)?.iso == text) }
    }

    @Test(arguments: [
        ("2026-03-12", "Thursday 12 March 2026"), ("2019-04-01", "Monday 1 April 2019"),
        ("2000-02-29", "Tuesday 29 February 2000"), ("1970-01-01", "Thursday 1 January 1970"),
    ])
    func writesDatesForPeople(iso: String, text: String) throws {
        #expect(try #require(CalendarDate(iso: iso)).longText == text)
    }

    @Test func countsDaysAcrossYearsAndLeapDays() throws {
        let a = try #require(CalendarDate(iso: "2023-12-31"))
        let b = try #require(CalendarDate(iso: "2024-03-01"))
        #expect(a.days(until: b) == 61)
        #expect(CalendarDate(dayNumber: b.dayNumber) == b)
        #expect(a.adding(days: 61) == b)
    }
}

@Suite struct SlugTests {
    @Test(arguments: [("northshire-icb", true), ("2026-03-12", true), ("a", true), ("Northshire", false),
                      ("north--shire", false), ("-x", false), ("x-", false), ("../etc", false), ("a_b", false), ("", false)])
    func acceptsLowerCaseKebabOnly(text: String, valid: Bool) {
        #expect(Slug.isValid(text) == valid)
    }

    @Test(arguments: [("System financial plan 2026/27", "system-financial-plan-2026-27"), ("  Café & Co!  ", "caf-co"), ("???", ""),
                      ("ÉTAT Plan", "tat-plan"), ("\u{212A}Wh use", "kwh-use")])
    func makesAnchorsFromText(text: String, slug: String) {
        #expect(Slug.make(from: text) == slug)
    }
}
