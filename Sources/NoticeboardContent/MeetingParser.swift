import NoticeboardModel

/// Reads `content/meetings/<body>/<folder>/index.md`: the agenda in front matter, the minutes below it.
enum MeetingParser {
    /// The date and suffix of a meeting folder name (`2026-03-12`, `2026-03-12-extraordinary`), or nil.
    static func folderDate(_ folder: String) -> (date: CalendarDate, suffix: String?)? {
        guard folder.count >= 10, let date = CalendarDate(iso: folder.prefix(10)) else { return nil }
        let rest = folder.dropFirst(10)
        if rest.isEmpty { return (date, nil) }
        guard rest.first == "-", Slug.isValid(rest.dropFirst()) else { return nil }
        return (date, String(rest.dropFirst()))
    }

    static func parse(_ file: ContentFile, body: String, folder: String, date: CalendarDate, log: DiagnosticLog) -> Meeting? {
        guard let fields = file.fields else { return nil }
        defer { fields.finish() }
        if let written = fields.string("body"), written != body {
            log.error("'body' says '\(written)' but the meeting is in the folder of body '\(body)'", at: fields.location(ofKey: "body")!)
        }
        if fields.has("date"), let written = fields.date("date"), written != date {
            log.error("'date' says \(written) but the meeting folder is dated \(date)", at: fields.location(ofKey: "date")!)
        }
        let items = fields.list("items", item)
        var seen: [String: SourceLocation] = [:]
        for item in items {
            if let first = seen[item.number] {
                log.error("agenda item number '\(item.number)' is used twice (first at line \(first.line))", at: item.source)
            } else {
                seen[item.number] = item.source
            }
        }
        return Meeting(
            body: body,
            folder: folder,
            date: date,
            title: fields.string("title"),
            status: fields.enumeration("status", Meeting.Status.self) ?? .held,
            session: fields.enumeration("session", Meeting.Session.self) ?? .public,
            location: fields.string("location"),
            noticePublished: fields.date("notice_published"),
            agendaPublished: fields.date("agenda_published"),
            minutesPublished: fields.date("minutes_published"),
            publicQuestions: fields.bool("public_questions"),
            webcast: fields.url("webcast"),
            attendees: fields.list("attendees", person),
            apologies: fields.list("apologies", person),
            items: items,
            minutes: MarkdownConverter.convert(file.markdown, topHeadingLevel: 3),
            extra: fields.extra(),
            source: file.location
        )
    }

    static func person(_ fields: FieldReader) -> Person? {
        guard let name = fields.requiredString("name") else { return nil }
        return Person(name: name, role: fields.string("role"))
    }

    static func item(_ fields: FieldReader) -> AgendaItem? {
        let number = fields.requiredString("number")
        let title = fields.requiredString("title")
        let paper = fields.slug("paper")
        let isPrivate = fields.bool("private") ?? false
        let exemption = fields.string("exemption")
        guard let number, let title else { return nil }
        return AgendaItem(number: number.trimmingCharacters(in: .whitespaces), title: title, paper: paper,
                          isPrivate: isPrivate, exemption: exemption, source: fields.location)
    }
}
