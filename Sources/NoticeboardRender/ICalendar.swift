import NoticeboardModel

/// An iCalendar object (RFC 5545, with the calendar properties of RFC 7986) of all-day events: meetings have
/// dates, not times. Written with CRLF line ends and lines folded at 75 octets.
///
/// There is no `METHOD`, so each event's `DTSTAMP` means "when this information was last revised"
/// (RFC 5545 §3.8.7.2), which Noticeboard takes from the records (see `RecordDates`), never from the clock.
public struct ICalendar: Sendable {
    public struct Event: Sendable {
        public enum Status: String, Sendable { case confirmed = "CONFIRMED", tentative = "TENTATIVE", cancelled = "CANCELLED" }

        /// Globally unique and the same in every build.
        public var uid: String
        public var date: CalendarDate
        /// When the record last changed: `DTSTAMP` and `LAST-MODIFIED`.
        public var revised: CalendarDate
        public var summary: String
        public var description: String?
        public var location: String?
        public var url: String?
        public var status: Status
        public var categories: [String]

        public init(uid: String, date: CalendarDate, revised: CalendarDate, summary: String, description: String? = nil,
                    location: String? = nil, url: String? = nil, status: Status, categories: [String] = []) {
            self.uid = uid; self.date = date; self.revised = revised; self.summary = summary
            self.description = description; self.location = location; self.url = url; self.status = status
            self.categories = categories
        }

        /// The `VEVENT` component as text. A meeting's event goes into three calendars (the site's, its body's and
        /// its own), so the feeds write this once per meeting.
        public var text: String {
            typealias T = ICalendarText
            var out = T.property("BEGIN", "VEVENT")
            out += T.property("UID", T.escape(uid))
            out += T.property("DTSTAMP", revised.basicMidnightUTC)
            out += T.property("LAST-MODIFIED", revised.basicMidnightUTC)
            out += T.property("DTSTART", date.basic, parameters: [("VALUE", "DATE")])
            out += T.property("DTEND", date.adding(days: 1).basic, parameters: [("VALUE", "DATE")])
            out += T.property("SUMMARY", T.escape(summary))
            if let location, !location.isEmpty { out += T.property("LOCATION", T.escape(location)) }
            if let description { out += T.property("DESCRIPTION", T.escape(description)) }
            if let url, ICalendar.isAbsolute(url) { out += T.property("URL", url, parameters: [("VALUE", "URI")]) }
            if !categories.isEmpty { out += T.property("CATEGORIES", categories.map(T.escape).joined(separator: ",")) }
            out += T.property("STATUS", status.rawValue)
            out += T.property("CLASS", "PUBLIC")
            // An all-day meeting should not mark the whole day as busy.
            out += T.property("TRANSP", "TRANSPARENT")
            out += T.property("END", "VEVENT")
            return out
        }
    }

    public var name: String
    public var description: String?
    /// Where the calendar itself can be fetched again (`SOURCE`), when the site has an absolute address.
    public var source: String?
    /// The page the calendar belongs to (`URL`).
    public var url: String?
    /// Each event's `VEVENT` component, as `Event.text` writes it.
    public var events: [String]

    public init(name: String, description: String? = nil, source: String? = nil, url: String? = nil, events: [String]) {
        self.name = name; self.description = description; self.source = source; self.url = url; self.events = events
    }

    /// The calendar as text: CRLF line ends, folded lines, escaped TEXT values.
    public var text: String {
        typealias T = ICalendarText
        var out = T.property("BEGIN", "VCALENDAR")
        out += T.property("VERSION", "2.0")
        out += T.property("PRODID", "-//Noticeboard//Noticeboard//EN")
        out += T.property("CALSCALE", "GREGORIAN")
        out += T.property("NAME", T.escape(name))
        out += T.property("X-WR-CALNAME", T.escape(name))
        if let description {
            out += T.property("DESCRIPTION", T.escape(description))
            out += T.property("X-WR-CALDESC", T.escape(description))
        }
        if let url, Self.isAbsolute(url) { out += T.property("URL", url, parameters: [("VALUE", "URI")]) }
        if let source, Self.isAbsolute(source) { out += T.property("SOURCE", source, parameters: [("VALUE", "URI")]) }
        out += T.property("REFRESH-INTERVAL", "P1D", parameters: [("VALUE", "DURATION")])
        out += T.property("X-PUBLISHED-TTL", "P1D")
        for event in events { out += event }
        out += T.property("END", "VCALENDAR")
        return out
    }

    /// A URI value must be absolute; a site without an absolute `base_url` has none to give.
    static func isAbsolute(_ url: String) -> Bool {
        let utf8 = url.utf8
        func hasScheme(_ scheme: String) -> Bool {
            utf8.count >= scheme.utf8.count && zip(utf8, scheme.utf8).allSatisfy { ((0x41...0x5A).contains($0) ? $0 | 0x20 : $0) == $1 }
        }
        guard hasScheme("https://") || hasScheme("http://") else { return false }
        // Checked on bytes when the address is ASCII, as it nearly always is (this runs for every meeting).
        if utf8.allSatisfy({ $0 < 0x80 }) { return !utf8.contains { $0 == 0x20 || (0x09...0x0D).contains($0) || $0 == 0x22 } }
        return !url.contains(where: { $0.isWhitespace || $0 == "\"" })
    }
}
