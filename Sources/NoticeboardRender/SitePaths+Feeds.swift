import NoticeboardModel

/// Where the feeds, calendars and open data live.
extension SitePaths {
    public static let feed = "feed.xml"
    public static let calendar = "calendar.ics"
    public static let robots = "robots.txt"

    public static func bodyFeed(_ slug: String) -> String { "bodies/\(slug)/feed.xml" }
    public static func bodyCalendar(_ slug: String) -> String { "bodies/\(slug)/calendar.ics" }
    /// One meeting as an iCalendar file, beside its page.
    public static func meetingCalendar(_ meeting: Meeting) -> String { "\(Self.meeting(meeting))meeting.ics" }
    public static func dataFile(_ name: String) -> String { "data/\(name)" }
}
