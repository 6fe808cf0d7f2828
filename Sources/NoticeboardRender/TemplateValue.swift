import Mustache

/// Turns a view (structs of stored properties, arrays, optionals) into `TemplateFields` and arrays, once, before
/// rendering: Mustache then looks each name up in a hash table instead of reflecting on the view at every tag,
/// which made reflection most of the render time.
///
/// A nil optional stays present as a nil value, so a name that is nil in a view is found there (and renders as
/// nothing) rather than being looked up again in the views around it.
enum TemplateValue {
    static func make(_ value: Any) -> Any {
        switch value {
        case is String, is Bool, is Int, is Double: return value
        case let fields as [String: any Sendable]: return TemplateFields(fields.mapValues { make($0) })
        case let fields as [String: Any]: return TemplateFields(fields.mapValues(make))
        default: break
        }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional:
            guard let wrapped = mirror.children.first?.value else { return Absent() }
            return make(wrapped)
        case .collection, .set:
            return mirror.children.map { make($0.value) }
        case .struct, .class:
            var fields: [String: Any] = [:]
            for child in mirror.children {
                if let label = child.label { fields[label] = make(child.value) }
            }
            return TemplateFields(fields)
        default:
            return value
        }
    }
}

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
