import NoticeboardModel

/// Collects the problems found while reading one file (or one stage), in the order they were found.
public final class DiagnosticLog {
    public private(set) var entries: [Diagnostic] = []
    public init() {}
    public func error(_ message: String, at location: SourceLocation) { entries.append(.error(message, at: location)) }
    public func warning(_ message: String, at location: SourceLocation) { entries.append(.warning(message, at: location)) }
    public func add(_ diagnostic: Diagnostic) { entries.append(diagnostic) }
    public func add(contentsOf diagnostics: [Diagnostic]) { entries.append(contentsOf: diagnostics) }
    public var hasErrors: Bool { entries.hasErrors }
}
