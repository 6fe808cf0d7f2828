import NoticeboardModel

/// Reads a board paper: `<paper>.md`, or the details of a `<paper>.pdf` from an optional `<paper>.yml`.
enum PaperParser {
    static func parse(_ fields: FieldReader?, slug: String, body: String, meeting: String, format: Paper.Format,
                      content: MarkdownDocument, file: PaperFile?, defaultTitle: String? = nil, source: SourceLocation) -> Paper? {
        guard let fields else { return nil }
        defer { fields.finish() }
        let title = format == .markdown ? fields.requiredString("title") : (fields.string("title") ?? defaultTitle ?? slug)
        return Paper(
            slug: slug,
            body: body,
            meeting: meeting,
            title: title ?? slug,
            item: fields.string("item")?.trimmingCharacters(in: .whitespaces),
            author: fields.string("author"),
            published: fields.date("published"),
            status: fields.enumeration("status", Paper.Status.self) ?? .published,
            withheldReason: fields.string("withheld_reason"),
            format: format,
            content: content,
            file: file,
            extra: fields.extra(),
            source: source
        )
    }
}

/// Reads `content/pages/<slug>.md`.
enum PageParser {
    static func parse(_ file: ContentFile, slug: String) -> Page? {
        guard let fields = file.fields else { return nil }
        defer { fields.finish() }
        guard let title = fields.requiredString("title") else { return nil }
        return Page(slug: slug, title: title, description: fields.string("description"),
                    content: MarkdownConverter.convert(file.markdown), extra: fields.extra(), source: file.location)
    }
}
