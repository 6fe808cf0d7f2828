import CShims
import Foundation
import NoticeboardRender

/// Writes a whole site at once: into a temporary folder beside the output, then swapped into place, so the
/// previous site stays exactly as it was until the new one is complete, and a killed build leaves it whole.
public struct OutputWriter: Sendable {
    public let output: URL

    public init(output: URL) { self.output = output.standardizedFileURL }

    var parent: URL { output.deletingLastPathComponent() }
    var name: String { output.lastPathComponent }
    var temporaryPrefix: String { ".\(name).tmp-" }

    /// Removes temporary folders an interrupted build left beside the output.
    public func removeLeftovers() {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []
        for leftover in names where leftover.hasPrefix(temporaryPrefix) {
            try? FileManager.default.removeItem(at: parent.appendingPathComponent(leftover))
        }
    }

    /// Writes the files and swaps them in for the previous output. Throws without touching the output on failure.
    public func write(_ files: [OutputFile]) throws {
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        removeLeftovers()
        let staging = parent.appendingPathComponent(temporaryPrefix + UUID().uuidString.prefix(8).lowercased())
        do {
            try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: false)
            var folders: Set<String> = [""]
            for file in files {
                let relative = try Self.checkedPath(file.path)
                let folder = (relative as NSString).deletingLastPathComponent
                if !folders.contains(folder) {
                    try FileManager.default.createDirectory(at: staging.appendingPathComponent(folder), withIntermediateDirectories: true)
                    folders.insert(folder)
                }
                try Self.writeFile(file.contents, to: staging.appendingPathComponent(relative).path, relative: relative)
            }
            sync() // Once for all files, before the swap (FileManager.createFile synced each file: ~40,000 syncs on a 10,000-document site).
            try swapIn(staging)
        } catch {
            try? FileManager.default.removeItem(at: staging)
            throw error
        }
    }

    /// Writes a new file with plain POSIX calls (no sync of its own; `write(_:)` syncs once at the end).
    private static func writeFile(_ data: Data, to path: String, relative: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: relative]) }
        defer { close(descriptor) }
        try data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 && errno == EINTR { continue }
                guard written > 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: relative]) }
                offset += written
            }
        }
    }

    /// Exchanges the staging folder with the output in one step where the system allows it.
    func swapIn(_ staging: URL) throws {
        let manager = FileManager.default
        guard manager.fileExists(atPath: output.path) else {
            try manager.moveItem(at: staging, to: output)
            return
        }
        if noticeboard_exchange_paths(staging.path, output.path) == 0 {
            if !Self.removeTree(staging.path) { try manager.removeItem(at: staging) } // now holds the previous site
            return
        }
        // No atomic exchange here (another OS or file system): the shortest possible gap instead.
        let previous = parent.appendingPathComponent(temporaryPrefix + "previous")
        try? manager.removeItem(at: previous)
        try manager.moveItem(at: output, to: previous)
        try manager.moveItem(at: staging, to: output)
        try? manager.removeItem(at: previous)
    }

    /// A relative path with no way out of the output folder.
    static func checkedPath(_ path: String) throws -> String {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard !path.isEmpty, !path.hasPrefix("/"), !parts.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }),
              !path.contains("\0"), !path.contains("\\") else {
            throw OutputPathError(path: path)
        }
        return path
    }
}

/// A file the renderer asked for whose path would leave the output folder.
public struct OutputPathError: Error, CustomStringConvertible {
    public let path: String
    public var description: String { "refusing to write '\(path)': it is not a plain path inside the output folder" }
}
