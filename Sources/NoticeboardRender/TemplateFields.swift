import Mustache

/// A view's fields by name. Not a dictionary: Mustache asks every value on its context stack whether it is a
/// `MustacheParent`, and a dictionary conforms only conditionally (`Key == String`); with a class, rendering a
/// 10,000-document site took about a tenth less time (bench/RESULTS.md), and a struct runs about 2 % fewer
/// instructions in a whole build than a class (counted by callgrind), since a class's casts also ask its superclasses.
struct TemplateFields: MustacheParent {
    /// Names and values in the order set; a view has a few, so a name is found by comparing, which costs less than
    /// hashing every field of every view into a dictionary (0.4 % of a build's instructions, counted by callgrind).
    private let names: [String]
    private let values: [Any]

    init(names: [String], values: [Any]) {
        self.names = names
        self.values = values
    }

    init(_ fields: [String: Any]) { self.init(names: Array(fields.keys), values: Array(fields.values)) }

    /// The value last set for the name.
    func child(named name: String) -> Any? { names.lastIndex(of: name).map { values[$0] } }
}

/// A nil value in a view: found by name (so lookup stops there), false in sections, nothing as text.
struct Absent: MustacheCustomRenderable {
    var renderText: String { "" }
    var isNull: Bool { true }
}

/// A string in a view. Mustache renders a plain `String` through `String(describing:)` after asking whether it is a
/// template, a custom renderable or a lambda (three failed casts, and a copy of the text), and looks names up inside a
/// `String` section by reflecting on the string; this answers the first cast, has no children, and keeps Mustache's
/// string transforms (`uppercased(name)` and the rest).
struct TemplateText: MustacheCustomRenderable, MustacheParent, MustacheTransformable {
    let text: String
    init(_ text: String) { self.text = text }
    var renderText: String { text }
    var isNull: Bool { false }
    func child(named name: String) -> Any? { nil }
    func transform(_ name: String) -> Any? { text.transform(name) }
}
