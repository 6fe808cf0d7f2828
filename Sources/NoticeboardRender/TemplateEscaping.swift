import Mustache
import NoticeboardModel

/// How templates escape `{{name}}`: the same five characters as Mustache's own HTML escaping (`&`, `<`, `>`, `"`,
/// `'`), done on UTF-8 bytes by `Escaping.html`, which returns text with nothing to escape as it is. Mustache's own
/// looked every character up in a dictionary of `Character`s: about 5 % of a 10,000-document build's time.
///
/// Mustache chooses a template's escaping by a `CONTENT_TYPE` pragma, so `Theme` puts `pragma` before each
/// template's text (on a line of its own, which Mustache drops, so output is unchanged) and takes `pragmaLines`
/// off the line numbers of syntax errors.
struct TemplateEscaping: MustacheContentType {
    static let name = "NOTICEBOARD_HTML"
    static let pragma: String = {
        MustacheContentTypes.register(TemplateEscaping(), named: name)
        return "{{% CONTENT_TYPE: \(name) }}\n"
    }()
    static let pragmaLines = 1

    func escapeText(_ text: String) -> String { Escaping.html(text) }
}
