import Foundation

/// The built-in default theme: the repository's `templates/` folder, embedded at build time.
public enum DefaultTheme {
    /// Every file of the theme, keyed by its path relative to `templates/` (e.g. `layout.mustache`).
    public static let files: [String: Data] = embeddedThemeFiles.compactMapValues { Data(base64Encoded: $0) }
}
