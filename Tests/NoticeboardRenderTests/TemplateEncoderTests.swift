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
}
