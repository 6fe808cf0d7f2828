/// The search page: where to browse without JavaScript, its script and stylesheet, and whether result
/// links must name their `index.html` (portable builds).
public struct SearchView: Sendable, Encodable {
    public let layout: LayoutView
    public let bodiesHref: String
    public let searchScriptHref: String
    public let searchStylesheetHref: String
    public let portable: Bool
}
