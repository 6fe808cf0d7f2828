import Mustache

/// Turns a view (structs of stored properties, arrays, optionals) into dictionaries and arrays, once, before
/// rendering: Mustache then looks each name up in a hash table instead of reflecting on the view at every tag,
/// which made reflection most of the render time.
///
/// A nil optional stays present as a nil value, so a name that is nil in a view is found there (and renders as
/// nothing) rather than being looked up again in the views around it.
enum TemplateValue {
    static func make(_ value: Any) -> Any {
        switch value {
        case is String, is Bool, is Int, is Double: return value
        case let fields as [String: any Sendable]: return fields.mapValues { make($0) }
        case let fields as [String: Any]: return fields.mapValues(make)
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
            return fields
        default:
            return value
        }
    }
}

/// A nil value in a view: found by name (so lookup stops there), false in sections, nothing as text.
struct Absent: MustacheCustomRenderable {
    var renderText: String { "" }
    var isNull: Bool { true }
}
