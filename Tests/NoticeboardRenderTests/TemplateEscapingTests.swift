import Mustache
@testable import NoticeboardRender
import Testing

@Suite struct TemplateEscapingTests {
    /// Templates escape `{{…}}` as Mustache's own HTML escaping does, leave `{{{…}}}` alone, and the pragma line
    /// adds nothing to the output.
    @Test func escapesTheFiveCharactersAndAddsNothing() throws {
        let template = try MustacheTemplate(string: TemplateEscaping.pragma + "<p title=\"{{v}}\">{{v}}</p>{{{v}}}\n")
        let value = "<b>Tom & Jerry's \"show\"</b> café"
        #expect(template.render(["v": value]) == "<p title=\"&lt;b&gt;Tom &amp; Jerry&#39;s &quot;show&quot;&lt;/b&gt; café\">"
            + "&lt;b&gt;Tom &amp; Jerry&#39;s &quot;show&quot;&lt;/b&gt; café</p><b>Tom & Jerry's \"show\"</b> café\n")
        let plain = try MustacheTemplate(string: "<p title=\"{{v}}\">{{v}}</p>{{{v}}}\n")
        #expect(template.render(["v": value]) == plain.render(["v": value]))
    }
}
