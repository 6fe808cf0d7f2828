import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a program to completion with a time limit and a cap on what it may print, so a hostile input cannot
/// hang the build or fill memory.
struct Subprocess {
    struct Outcome {
        var status: Int32
        var output: Data
        var errorOutput: Data
        /// The program was stopped because it ran past the time limit.
        var timedOut: Bool
        /// The program was stopped because it printed more than the cap.
        var overflowed: Bool
    }

    var executable: URL
    var arguments: [String]
    var workingDirectory: URL?
    var timeout: TimeInterval
    var outputLimit: Int

    /// Runs the program; throws only if it cannot be started.
    func run() throws -> Outcome {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let workingDirectory { process.currentDirectoryURL = workingDirectory }
        let output = Pipe(), errorOutput = Pipe()
        process.standardOutput = output
        process.standardError = errorOutput
        process.standardInput = FileHandle.nullDevice
        let finished = DispatchGroup()
        let stdout = Collector(limit: outputLimit), stderr = Collector(limit: 64 * 1024)
        try process.run()
        for (collector, pipe) in [(stdout, output), (stderr, errorOutput)] {
            finished.enter()
            Thread.detachNewThread {
                collector.drain(pipe.fileHandleForReading) { process.stop() }
                finished.leave()
            }
        }
        let timedOut = finished.wait(timeout: .now() + timeout) == .timedOut
        if timedOut {
            process.stop()
            // The pipes close when the program dies; a program that handed them to a child of its own is not waited for.
            _ = finished.wait(timeout: .now() + 5)
        }
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, output: stdout.data, errorOutput: stderr.data,
                       timedOut: timedOut, overflowed: stdout.overflowed)
    }

    /// Reads a pipe to its end, keeping at most `limit` bytes; past that it asks for the program to be stopped.
    private final class Collector: @unchecked Sendable {
        let limit: Int
        private let lock = NSLock()
        private var collected = Data()
        private var cutOff = false

        init(limit: Int) { self.limit = limit }

        var data: Data { lock.withLock { collected } }
        var overflowed: Bool { lock.withLock { cutOff } }

        func drain(_ handle: FileHandle, onOverflow: () -> Void) {
            while true {
                let chunk = handle.availableData
                if chunk.isEmpty { break }
                let overflowing: Bool = lock.withLock {
                    if cutOff { return false }
                    if collected.count + chunk.count > limit {
                        cutOff = true
                        collected.append(chunk.prefix(limit - collected.count))
                        return true
                    }
                    collected.append(chunk)
                    return false
                }
                if overflowing { onOverflow() }
            }
        }
    }

    /// The first program of this name on `PATH`, if any.
    static func find(_ name: String, path: String? = ProcessInfo.processInfo.environment["PATH"]) -> URL? {
        let folders = (path ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":").map(String.init)
        for folder in folders where !folder.isEmpty {
            let candidate = URL(fileURLWithPath: folder).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }
}

extension Process {
    /// Stops the program at once (it is only ever reading a file and printing text).
    fileprivate func stop() {
        if isRunning { kill(processIdentifier, SIGKILL) }
    }
}
