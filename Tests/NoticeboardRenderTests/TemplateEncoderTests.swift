import Mustache
import NoticeboardModel
@testable import NoticeboardRender
import Testing

@Suite struct TemplateEncoderTests {
    struct Inner: Encodable { let name: String; let note: String? }
    struct Outer: Encodable {
        let name: String
        let note: String
        let inner: [Inner]
        let count: Int
        let flag: Bool
        let extra: TemplateExtra
    }

    /// Every stored property is found by name; a nil optional is found (so the outer view's `note` does not show
    /// through it) and renders as nothing; arrays are sections; a record's own fields come through `extra`.
    @Test func viewsRenderByTheirPropertiesAndNilHidesTheOuterName() throws {
        let view = Outer(name: "outer", note: "outer note", inner: [Inner(name: "a", note: "a note"), Inner(name: "b", note: nil)],
                         count: 2, flag: true, extra: TemplateExtra(["ward": .string("North"), "tags": .list([.string("x"), .string("y")]), "none": .null]))
        let template = try MustacheTemplate(string: TemplateEscaping.pragma
            + "{{name}} {{count}} {{#flag}}yes{{/flag}}|{{#inner}}[{{name}}:{{note}}]{{/inner}}|{{extra.ward}}{{#extra.tags}}<{{.}}>{{/extra.tags}}{{#extra.none}}!{{/extra.none}}")
        #expect(template.render(TemplateEncoder.value(view)) == "outer 2 yes|[a:a note][b:]|North<x><y>")
    }

    struct Names: Encodable { let title: String; let empty: String; let names: [String]; let body: String }

    /// Strings keep what Mustache does with them: transforms, sections (an empty string is still a value), the
    /// section's own text as `.`, names looked up through them, lists of them, and escaping.
    @Test func stringsRenderAsMustacheRendersThem() throws {
        let view = Names(title: "Board <papers>", empty: "", names: ["b", "a"], body: "outer")
        let template = try MustacheTemplate(string: TemplateEscaping.pragma
            + "{{uppercased(title)}}|{{#title}}[{{.}}:{{body}}]{{/title}}|{{#empty}}e{{/empty}}{{^empty}}none{{/empty}}|"
            + "{{#reversed(names)}}{{.}}{{/reversed(names)}}|{{{title}}}")
        #expect(template.render(TemplateEncoder.value(view)) == "BOARD &lt;PAPERS&gt;|[Board &lt;papers&gt;:outer]|e|ab|Board <papers>")
    }
}
