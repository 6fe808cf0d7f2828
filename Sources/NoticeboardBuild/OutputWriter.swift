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
        _ = try write(files, keeping: [])
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

    /// A relative path with no way out of the output folder: `/`-separated names, none empty, `.` or `..`, and no
    /// NUL or backslash. Checked on the UTF-8 bytes, as the kernel reads the path (it runs for every file written).
    static func checkedPath(_ path: String) throws -> String {
        // A name's length in bytes and how many of them are dots: `.` and `..` are the names all dots and short.
        var name = 0, dots = 0
        func isPlainName() -> Bool { name > 0 && !(name == dots && dots <= 2) }
        var isPlain = true
        for byte in path.utf8 where isPlain {
            switch byte {
            case UInt8(ascii: "/"):
                isPlain = isPlainName()
                name = 0
                dots = 0
            case 0, UInt8(ascii: "\\"):
                isPlain = false
            default:
                name += 1
                if byte == UInt8(ascii: ".") { dots += 1 }
            }
        }
        guard isPlain, isPlainName() else { throw OutputPathError(path: path) }
        return path
    }
}

/// A file the renderer asked for whose path would leave the output folder.
public struct OutputPathError: Error, CustomStringConvertible {
    public let path: String
    public var description: String { "refusing to write '\(path)': it is not a plain path inside the output folder" }
}
