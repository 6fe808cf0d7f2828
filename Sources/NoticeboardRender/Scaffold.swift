import Foundation
import Mustache
import NoticeboardContent
import NoticeboardModel
import NoticeboardTheme

/// A starting file for `noticeboard new` and `noticeboard init`: a Mustache template under `templates/scaffolds/`,
/// the site's own if it has one, else the built-in one (like Hugo's archetypes).
public struct Scaffold: Sendable {
    public static let folder = "\(Theme.folder)/scaffolds"

    /// `body.md`, `meeting.md`, `paper.md`, `site.yml`.
    public let name: String
    /// Where it came from, for messages: `templates/scaffolds/body.md` or `… (built-in)`.
    public let origin: String
    let text: String

    /// The site's scaffold if it has one, else the built-in one.
    public static func named(_ name: String, in files: FileSystem?) -> Scaffold? {
        let path = "\(folder)/\(name)"
        if let files, files.exists(path), let data = try? files.contents(of: path) {
            return Scaffold(name: name, origin: path, text: String(decoding: data, as: UTF8.self))
        }
        guard let data = DefaultTheme.files["scaffolds/\(name)"] else { return nil }
        return Scaffold(name: name, origin: "\(path) (built-in)", text: String(decoding: data, as: UTF8.self))
    }

    /// Renders the scaffold with the given values. Values are inserted as they are (`{{{value}}}`) or HTML-escaped
    /// (`{{value}}`): the scaffolds pass YAML-ready text (`nameYAML`) for front matter.
    public func render(_ values: [String: Any]) throws -> String {
        do {
            let text = try MustacheTemplate(string: text).render(values)
            return text.hasSuffix("\n") ? text : text + "\n"
        } catch let error as MustacheTemplate.ParserError {
            throw ScaffoldError(message: "\(origin):\(error.context.lineNumber):\(error.context.columnNumber + 1): error: template syntax: \(error.error)")
        }
    }
}

/// A scaffold that could not be rendered.
public struct ScaffoldError: Error, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}
