import NoticeboardModel

/// When each record was first published and last changed, taken from the records' own dates and never from the
/// clock, so feeds, calendars, data and the sitemap are the same in every build of the same content.
///
/// - A meeting changed last on the latest of its notice, agenda and minutes dates, its papers' publication dates,
///   and (once it has been held or cancelled) its own date. A scheduled meeting with none of these dates has no
///   known change (`lastChanged` is nil); where a date is required (Atom's `updated`, iCalendar's `DTSTAMP`) its
///   own date stands in.
/// - A paper changed last when it was published, or else when its meeting did.
/// - A body changed last with its latest meeting, or else on the date it was established or dissolved.
public enum RecordDates {
    /// The latest known date of change, or nil for a scheduled meeting with no published date.
    public static func lastChanged(_ meeting: Meeting) -> CalendarDate? { known(meeting).max() }

    /// The latest known date of change, else the meeting's date.
    public static func updated(_ meeting: Meeting) -> CalendarDate { lastChanged(meeting) ?? meeting.date }

    /// The earliest date the meeting is known to have been made public (Atom's `published`), else its date.
    public static func published(_ meeting: Meeting) -> CalendarDate { known(meeting).min() ?? meeting.date }

    public static func updated(_ paper: Paper, in meeting: Meeting) -> CalendarDate {
        paper.published ?? updated(meeting)
    }

    /// Nil for a body with no dated meeting and no dates of its own.
    public static func lastChanged(_ body: Body, meetings: [Meeting]) -> CalendarDate? {
        meetings.compactMap(lastChanged).max() ?? [body.established, body.dissolved].compactMap { $0 }.max()
    }

    /// The latest known change of any record on the site, or nil for a site with no dated record.
    public static func lastChanged(_ site: Site) -> CalendarDate? {
        site.bodies.compactMap { lastChanged($0, meetings: site.meetings(of: $0.slug)) }.max()
    }

    private static func known(_ meeting: Meeting) -> [CalendarDate] {
        var dates = [meeting.noticePublished, meeting.agendaPublished, meeting.minutesPublished].compactMap { $0 }
        dates += meeting.papers.compactMap(\.published)
        if meeting.status != .scheduled { dates.append(meeting.date) }
        return dates
    }
}

extension CalendarDate {
    /// Midnight UTC in RFC 3339 (`2026-03-12T00:00:00Z`), for Atom.
    var rfc3339: String { "\(iso)T00:00:00Z" }
    /// `20260312`, an iCalendar DATE.
    var basic: String { iso.replacingOccurrences(of: "-", with: "") }
    /// `20260312T000000Z`, an iCalendar UTC DATE-TIME.
    var basicMidnightUTC: String { basic + "T000000Z" }
}
