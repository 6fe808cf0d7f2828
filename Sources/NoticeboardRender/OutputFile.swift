import Foundation

/// One file of the built site, held in memory until the build writes them all.
public struct OutputFile: Sendable, Hashable {
    /// Relative to the output folder, `/`-separated, never absolute and never with `..`.
    public var path: String
    public var contents: Data

    public init(path: String, contents: Data) {
        self.path = path
        self.contents = contents
    }

    public init(path: String, text: String) {
        self.init(path: path, contents: Data(text.utf8))
    }
}
