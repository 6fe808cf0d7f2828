/// Paths relative to a site's or an output's folder, split at their last "/". Not `NSString`'s
/// `deletingLastPathComponent`, which traps on a one-letter path in this Foundation (`"a"`, a page's folder).
public enum RelativePath {
    /// The folder a path is in ("" for the top).
    public static func folder(of path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return String(path[..<slash])
    }

    /// The path's last part: a file's or folder's own name.
    public static func name(of path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return path }
        return String(path[path.index(after: slash)...])
    }
}
