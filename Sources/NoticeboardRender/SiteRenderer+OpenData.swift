import NoticeboardModel

/// The open data files under `data/` and the `/data/` page that explains them.
extension SiteRenderer {
    /// The open data of one render, computed once for the files and the page.
    struct OpenDataSet {
        /// The site's tables.
        var tables: [OpenDataTable]
        var popolo: JSONValue
    }

    func openDataSet() -> OpenDataSet {
        let data = OpenData(site: site, options: options)
        return OpenDataSet(tables: data.tables, popolo: Popolo(data: data).document)
    }

    /// Each table as JSON, CSV and JSON Schema, and Popolo JSON with its schema.
    func dataFiles(_ data: OpenDataSet) -> [OutputFile] {
        let absolute = ICalendar.isAbsolute(options.baseURL)
        var files: [OutputFile] = []
        for table in data.tables {
            let schemaID = options.absoluteURL(SitePaths.dataFile(table.schemaFile))
            files.append(OutputFile(path: SitePaths.dataFile(table.jsonFile),
                                    text: table.json(licence: site.settings.licence, asOf: options.asOf).prettyText))
            files.append(OutputFile(path: SitePaths.dataFile(table.csvFile), text: table.csv.text))
            files.append(OutputFile(path: SitePaths.dataFile(table.schemaFile),
                                    text: table.schema(id: absolute ? schemaID : nil, absoluteSiteURLs: absolute).prettyText))
        }
        files.append(OutputFile(path: SitePaths.dataFile("popolo.json"), text: data.popolo.prettyText))
        let popoloSchemaID = options.absoluteURL(SitePaths.dataFile("popolo.schema.json"))
        files.append(OutputFile(path: SitePaths.dataFile("popolo.schema.json"),
                                text: JSONSchemas.popolo(id: absolute ? popoloSchemaID : nil).prettyText))
        return files
    }

    func dataView(_ data: OpenDataSet) -> DataPageView {
        let path = SitePaths.data
        let linker = linker(path)
        let popolo = data.popolo
        func count(_ key: String, _ one: String, _ many: String) -> String {
            var number = 0
            if case .object(let fields) = popolo, case .array(let items) = fields[key] { number = items.count }
            return "\(number) \(number == 1 ? one : many)"
        }
        return DataPageView(
            layout: layout(path, title: "Open data", description: "Every record on \(site.settings.title) as JSON and CSV, with schemas; people and organisations in Popolo JSON; feeds and calendars.",
                           breadcrumbs: [(path, "Open data")]),
            licence: site.settings.licence,
            asOf: DateView(options.asOf),
            tables: data.tables.map { table in
                DataTableView(
                    name: table.name, title: table.title, description: table.description, recordCount: table.rows.count,
                    jsonHref: linker.href(SitePaths.dataFile(table.jsonFile)),
                    csvHref: linker.href(SitePaths.dataFile(table.csvFile)),
                    schemaHref: linker.href(SitePaths.dataFile(table.schemaFile)),
                    fields: table.columns.map { column in
                        DataFieldView(name: column.name, type: Self.typeInWords(column.type), description: column.description,
                                      allowedValues: column.allowedValues.map { "One of: " + $0.joined(separator: ", ") + "." },
                                      optional: column.nullable)
                    },
                    anchor: "dataset-" + table.name
                )
            },
            popoloHref: linker.href(SitePaths.dataFile("popolo.json")),
            popoloSchemaHref: linker.href(SitePaths.dataFile("popolo.schema.json")),
            popoloCounts: [count("persons", "person", "people"), count("organizations", "organisation", "organisations"),
                           count("memberships", "membership", "memberships"), count("events", "meeting", "meetings")]
                .joined(separator: ", ") + " and " + count("areas", "region", "regions"),
            findings: DataFindingsView(count: audit.findings.count, jsonHref: linker.href(SitePaths.findingsJSON),
                                       csvHref: linker.href(SitePaths.findingsCSV), schemaHref: linker.href(SitePaths.findingsSchema),
                                       gapsHref: linker.href(SitePaths.gaps)),
            feedHref: linker.href(SitePaths.feed),
            calendarHref: site.meetings.isEmpty ? nil : linker.href(SitePaths.calendar),
            feedLimit: Self.siteFeedLimit,
            bodies: site.bodies.sorted { $0.name < $1.name }.map { followLinks($0, linker: linker) }
        )
    }

    func followLinks(_ body: Body, linker: Linker) -> FollowLinksView {
        FollowLinksView(
            name: body.name,
            href: linker.href(SitePaths.body(body.slug)),
            feedHref: linker.href(SitePaths.bodyFeed(body.slug)),
            calendarHref: site.meetingIndices(of: body.slug).isEmpty ? nil : linker.href(SitePaths.bodyCalendar(body.slug))
        )
    }

    static func typeInWords(_ type: OpenDataTable.ColumnType) -> String {
        switch type {
        case .string: return "text"
        case .integer: return "whole number"
        case .boolean: return "true or false"
        case .date: return "date (YYYY-MM-DD)"
        case .url, .siteURL: return "web address"
        case .list: return "list of text"
        }
    }
}
