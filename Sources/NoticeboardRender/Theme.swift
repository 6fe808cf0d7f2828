import Foundation
import Mustache
import NoticeboardContent
import NoticeboardModel
import NoticeboardTheme

/// The templates and assets a site is rendered with: the built-in default theme, with any file of the
/// site's own `templates/` folder taking the place of the built-in file of the same name.
public struct Theme: Sendable {
    public static let folder = "templates"
    /// Page templates every theme has (the built-in ones fill any gap).
    public static let pageTemplates = ["home", "bodies", "body", "meeting", "paper", "regions", "region", "gaps", "page", "search", "404", "data"]

    public let library: MustacheLibrary
    /// Files copied to `site/assets/` (CSS, JavaScript, images), keyed by their path under `templates/assets/`.
    public let assets: [String: Data]

    /// Loads the theme; template syntax errors are reported as `templates/<file>:line:column`.
    public static func load(from files: FileSystem) -> (theme: Theme?, diagnostics: [Diagnostic]) {
        var sources: [String: (data: Data, path: String)] = [:]
        for (name, data) in DefaultTheme.files { sources[name] = (data, "\(folder)/\(name) (built-in)") }
        for name in siteFiles(in: folder, files: files) {
            if let data = try? files.contents(of: "\(folder)/\(name)") { sources[name] = (data, "\(folder)/\(name)") }
        }
        var library = MustacheLibrary()
        var assets: [String: Data] = [:]
        var diagnostics: [Diagnostic] = []
        for name in sources.keys.sorted() {
            let (data, path) = sources[name]!
            if name.hasPrefix("scaffolds/") { continue }
            if name.hasPrefix("assets/") {
                assets[String(name.dropFirst("assets/".count))] = data
                continue
            }
            guard name.hasSuffix(".mustache") else { continue }
            guard let text = String(data: data, encoding: .utf8) else {
                diagnostics.append(.error("template is not UTF-8 text", at: SourceLocation(path: path)))
                continue
            }
            do {
                library.register(try MustacheTemplate(string: TemplateEscaping.pragma + text), named: String(name.dropLast(".mustache".count)))
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.append(.error("template syntax: \(describe(error.error))",
                                          at: SourceLocation(path: path, line: error.context.lineNumber - TemplateEscaping.pragmaLines,
                                                             column: error.context.columnNumber + 1)))
            } catch {
                diagnostics.append(.error("template syntax: \(error)", at: SourceLocation(path: path)))
            }
        }
        for name in pageTemplates + ["layout"] where library.getTemplate(named: name) == nil && !diagnostics.hasErrors {
            diagnostics.append(.error("the theme has no '\(name).mustache' template", at: SourceLocation(path: folder)))
        }
        return (diagnostics.hasErrors ? nil : Theme(library: library, assets: assets), diagnostics)
    }

    /// Every file under the site's `templates/`, as paths relative to it.
    private static func siteFiles(in folder: String, files: FileSystem) -> [String] {
        var result: [String] = []
        func walk(_ relative: String) {
            let path = relative.isEmpty ? folder : "\(folder)/\(relative)"
            for entry in (try? files.entries(in: path)) ?? [] where !entry.name.hasPrefix(".") {
                let child = relative.isEmpty ? entry.name : "\(relative)/\(entry.name)"
                switch entry.kind {
                case .folder: walk(child)
                case .file: result.append(child)
                default: break
                }
            }
        }
        walk("")
        return result
    }

    private static func describe(_ error: Error) -> String {
        switch error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect: return "a section is closed with a different name than it was opened with"
        case .unfinishedName: return "a tag is not closed with }}"
        case .expectedSectionEnd: return "a section is opened but never closed"
        case .invalidSetDelimiter: return "bad set-delimiter tag"
        default: return "\(error)"
        }
    }

    /// Renders a page view with the named template.
    public func render<View: Encodable>(_ view: View, with template: String) -> String {
        library.render(TemplateEncoder.value(view), withTemplate: template) ?? ""
    }
}
