import Foundation

/// Temporary folders for tests, all inside one folder per test process that is removed when the process exits,
/// so a test run leaves nothing behind in the system's temporary folder (a crashed run leaves that one folder).
public enum Scratch {
    /// `<temporary folder>/noticeboard-tests-<process id>`.
    public static let root: URL = {
        let root = FileManager.default.temporaryDirectory
            .appendingPathComponent("noticeboard-tests-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: Scratch.root) }
        return root
    }()

    /// A new path inside the scratch folder whose name starts with `prefix`; nothing is created there.
    public static func url(_ prefix: String) -> URL {
        root.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
    }
}
