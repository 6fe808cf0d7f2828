import NoticeboardModel

extension SiteLoader {
    /// Reads only `noticeboard.yml` (defaults where it is missing): what `noticeboard new` checks kinds and
    /// regions against.
    public func loadSettings() -> (settings: SiteSettings, diagnostics: [Diagnostic]) {
        let log = DiagnosticLog()
        let settings = SettingsParser.parse(from: files, log: log)
        return (settings, log.entries.sorted())
    }
}

extension SiteLoader {
    /// The `name:` a body's file gives, if the file exists and reads (for messages and scaffolds).
    public func bodyName(_ slug: String) -> String? {
        let log = DiagnosticLog()
        guard let file = ContentFile.read("content/bodies/\(slug).md", from: files, log: log), let fields = file.fields else { return nil }
        return fields.string("name")
    }
}

extension SiteLoader {
    /// The `region:` of every body file that has one (for `new body`'s default region).
    public func bodyRegions() -> [String] {
        let names = ((try? files.entries(in: "content/bodies")) ?? []).map(\.name).filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") }
        return names.compactMap { name in
            let log = DiagnosticLog()
            guard let file = ContentFile.read("content/bodies/\(name)", from: files, log: log), let fields = file.fields else { return nil }
            return fields.string("region")
        }
    }
}
