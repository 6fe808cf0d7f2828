import NoticeboardModel

/// A Markdown content file read and split: its front matter fields and its Markdown body.
struct ContentFile {
    var path: String
    /// Nil when the front matter could not be parsed (the problem is already logged).
    var fields: FieldReader?
    var markdown: String
    var markdownFirstLine: Int

    var location: SourceLocation { SourceLocation(path: path) }

    /// Reads a file through the file system; every problem goes to the log, nothing is thrown.
    static func read(_ path: String, from files: FileSystem, log: DiagnosticLog) -> ContentFile? {
        bytes(of: path, from: files, log: log).flatMap { parse($0, path: path, log: log) }
    }

    /// A file's bytes, or nil with the reason logged.
    private static func bytes(of path: String, from files: FileSystem, log: DiagnosticLog) -> [UInt8]? {
        do {
            return Array(try files.contents(of: path))
        } catch {
            log.error("cannot read the file: \(error.localizedDescription)", at: SourceLocation(path: path))
            return nil
        }
    }

    static func parse(_ bytes: [UInt8], path: String, log: DiagnosticLog) -> ContentFile? {
        let source: SourceText
        switch SourceText.decode(bytes, path: path) {
        case .success(let text): source = text
        case .failure(let diagnostic): log.add(diagnostic); return nil
        }
        switch FrontMatter.split(source) {
        case .failure(let diagnostic):
            log.add(diagnostic)
            return nil
        case .success(let split):
            let fields = split.yaml.flatMap { YAMLDocument.mapping($0, path: path, firstLine: split.yamlFirstLine, log: log) }
                ?? (split.yaml == nil ? YAMLDocument.mapping("", path: path, firstLine: 1, log: log) : nil)
            return ContentFile(path: path, fields: fields, markdown: split.markdown, markdownFirstLine: split.markdownFirstLine)
        }
    }

    /// Reads a YAML-only file (`noticeboard.yml`, a PDF paper's `<paper>.yml`).
    static func readYAML(_ path: String, from files: FileSystem, log: DiagnosticLog) -> FieldReader? {
        guard let bytes = bytes(of: path, from: files, log: log) else { return nil }
        switch SourceText.decode(bytes, path: path) {
        case .failure(let diagnostic): log.add(diagnostic); return nil
        case .success(let source): return YAMLDocument.mapping(source.text, path: path, firstLine: 1, log: log)
        }
    }
}
