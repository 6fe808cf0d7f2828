import Mustache

/// A view's fields by name. A final class rather than a dictionary: Mustache asks every value on its context
/// stack whether it is a `MustacheParent`, and a dictionary conforms only conditionally (`Key == String`); with a
/// class, rendering a 10,000-document site took about a tenth less time (bench/RESULTS.md).
final class TemplateFields: MustacheParent {
    let fields: [String: Any]
    init(_ fields: [String: Any]) { self.fields = fields }
    func child(named name: String) -> Any? { fields[name] }
}

/// A nil value in a view: found by name (so lookup stops there), false in sections, nothing as text.
struct Absent: MustacheCustomRenderable {
    var renderText: String { "" }
    var isNull: Bool { true }
}
