import ArgumentParser
import Dispatch
import Foundation
import NoticeboardBuild
import NoticeboardContent
import NoticeboardModel

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the site at http://127.0.0.1:<port>/, rebuilt as you save files; open pages reload by themselves.",
        discussion: """
        The preview is built into <root>/.noticeboard-cache/serve/<port>/, never into site/: serving never changes \
        the site you publish. Only this computer can see it (127.0.0.1). A build with mistakes shows them over the \
        page, with the file, line and column, and the last good version stays on screen. Stop with Ctrl-C.
        """
    )

    @OptionGroup var site: SiteOptions

    @Option(name: .long, help: ArgumentHelp("The port to serve on.", valueName: "port"))
    var port: UInt16 = 8000

    @Option(name: .customLong("as-of"), help: ArgumentHelp("The date the audit is computed as of (default: as_of in noticeboard.yml, else today).", valueName: "YYYY-MM-DD"))
    var asOf: AsOfDate?

    @Flag(name: .long, help: "Print only problems and the address.")
    var quiet = false

    func validate() throws {
        if port == 0 { throw ValidationError("--port must be from 1 to 65535") }
    }

    func run() throws {
        guard PreviewServer.isFree(port) else { throw CommandLineError(PortInUseError(port: port).description) }
        let root = site.rootURL.standardizedFileURL
        let output = Self.outputFolder(root: root, port: port)
        let address = "http://127.0.0.1:\(port)/"
        let options = BuildOptions(root: root, output: output, asOf: asOf?.date, baseURL: address)
        let session = BuildSession(options: options, mode: .inPlace)
        let reload = LiveReload()
        let hasSite = Atomic()
        // A preview folder left by an earlier run is the last good site until a build succeeds.
        if FileManager.default.fileExists(atPath: output.appendingPathComponent("index.html").path) { hasSite.set() }
        let log = ServeLog(quiet: quiet)

        // The first build, then the server (even if the build failed: the page explains why).
        let started = Date()
        let progress = ProgressPrinter(enabled: !quiet && FileHandleOutput.standardErrorIsTerminal)
        let first = try buildOnce(session, reload: reload, root: root, hasSite: hasSite, progress: { progress($0) })
        log.firstBuild(first, session: session, seconds: Date().timeIntervalSince(started))

        let server = try PreviewServer(port: port, output: output, reload: reload, hasSite: { hasSite.isSet })
        let rebuilder = Rebuilder { paths in
            let started = Date()
            session.invalidate(paths)
            do {
                let report = try buildOnce(session, reload: reload, root: root, hasSite: hasSite)
                log.rebuild(report, session: session, changed: paths, seconds: Date().timeIntervalSince(started))
            } catch {
                log.failure("\(error)")
            }
        }
        let watcher = FileWatcher(root: root) { rebuilder.changed($0) }
        watcher.start()

        let finished = DispatchSemaphore(value: 0)
        let outcome = Outcome()
        let serving = Task {
            do { try await server.run() } catch { outcome.error = error }
            finished.signal()
        }
        Task {
            do {
                try await server.waitUntilListening()
                log.listening(address, output: output, watcher: watcher.method)
            } catch {}
        }

        // Ctrl-C (or a polite kill): stop watching, close every page's connection, stop serving.
        let signals = [SIGINT, SIGTERM].map { number -> DispatchSourceSignal in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                outcome.stopping = true
                watcher.stop()
                log.stopping()
                Task {
                    await server.stop()
                    serving.cancel()
                }
            }
            source.resume()
            return source
        }
        finished.wait()
        watcher.stop()
        signals.forEach { $0.cancel() }
        rebuilder.waitUntilIdle()
        session.saveCache()
        if let error = outcome.error, !(error is CancellationError) {
            if let error = error as? PortInUseError { throw CommandLineError(error.description) }
            if !outcome.stopping { throw CommandLineError("the preview server stopped: \(error)") }
        }
    }

    /// `<root>/.noticeboard-cache/serve/<port>`, or a folder in the system's temporary folder when the site folder
    /// cannot be written to.
    static func outputFolder(root: URL, port: UInt16) -> URL {
        let preferred = root.appendingPathComponent(".noticeboard-cache/serve/\(port)")
        if (try? FileManager.default.createDirectory(at: preferred, withIntermediateDirectories: true)) != nil,
           FileManager.default.isWritableFile(atPath: preferred.path) {
            return preferred
        }
        return FileManager.default.temporaryDirectory
            .appendingPathComponent("noticeboard-serve-\(StableDigest.of(root.path).description.prefix(12))/\(port)")
    }

    private func buildOnce(_ session: BuildSession, reload: LiveReload, root: URL, hasSite: Atomic,
                           progress: @escaping @Sendable (String) -> Void = { _ in }) throws -> SiteBuilder.Report {
        // Open pages reload as soon as they are written (the edited record's first, then those made from every
        // record), before the search index is remade; each page once.
        let reloaded = Atomic()
        session.onPagesWritten = { diagnostics, pages in
            // A change to a template or setting writes every page: each open page reloads, and the message stays short.
            reload.publish(ok: true, diagnostics: diagnostics, root: root, pages: pages.count > 500 ? nil : pages)
            reloaded.set()
        }
        defer { session.onPagesWritten = nil }
        let report = try SiteBuilder(options: session.options, progress: progress).build(in: session)
        if report.succeeded { hasSite.set() }
        if !(report.succeeded && reloaded.isSet) {
            reload.publish(ok: report.succeeded, diagnostics: report.diagnostics, root: root)
        }
        return report
    }
}

/// Runs rebuilds one at a time on their own queue; changes that arrive during a build are gathered for the next one.
final class Rebuilder: @unchecked Sendable {
    private let queue = DispatchQueue(label: "noticeboard.rebuild")
    private let lock = NSLock()
    private var pending: Set<String> = []
    private var scheduled = false
    private let rebuild: @Sendable ([String]) -> Void

    init(rebuild: @escaping @Sendable ([String]) -> Void) { self.rebuild = rebuild }

    /// Waits for a rebuild under way to finish.
    func waitUntilIdle() { queue.sync {} }

    func changed(_ paths: [String]) {
        let schedule: Bool = lock.withLock {
            pending.formUnion(paths)
            defer { scheduled = true }
            return !scheduled
        }
        guard schedule else { return }
        queue.async { [self] in
            let paths: [String] = lock.withLock {
                defer { pending = []; scheduled = false }
                return pending.sorted()
            }
            rebuild(paths)
        }
    }
}

final class Outcome: @unchecked Sendable {
    var error: Error?
    var stopping = false
}

/// What `serve` prints: problems always, the rest unless `--quiet`.
struct ServeLog: Sendable {
    let quiet: Bool

    private func time() -> String {
        let seconds = Int(Date().timeIntervalSince1970) % 86_400
        func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(pad(seconds / 3600)):\(pad(seconds / 60 % 60)):\(pad(seconds % 60))"
    }

    private static func milliseconds(_ seconds: Double) -> String {
        seconds < 1 ? "\(Int((seconds * 1000).rounded())) ms" : String(format: "%.2f s", seconds)
    }

    func firstBuild(_ report: SiteBuilder.Report, session: BuildSession, seconds: Double) {
        DiagnosticPrinter.printText(report.diagnostics)
        if !report.succeeded {
            printError("The site could not be built: fix the problems above and save; the preview shows them too.")
        } else if !quiet {
            print("Built \(report.filesInOutput) files in \(Self.milliseconds(seconds)) (\(report.diagnostics.summary)).")
        }
        flush()
    }

    func listening(_ address: String, output: URL, watcher: String) {
        if !quiet {
            print("Previewing at \(address) (only this computer can see it).")
            print("The preview is built into \(output.path); site/ is never touched.")
            print("Watching noticeboard.yml, content/ and templates/ (\(watcher)). Press Ctrl-C to stop.")
        } else {
            print("Previewing at \(address)")
        }
        flush()
    }

    func rebuild(_ report: SiteBuilder.Report, session: BuildSession, changed: [String], seconds: Double) {
        let what = changed.count == 1 ? changed[0] : "\(changed.count) files"
        if report.succeeded {
            DiagnosticPrinter.printText(report.diagnostics)
            if !quiet {
                let stats = session.statistics
                print("[\(time())] \(what) changed: rebuilt in \(Self.milliseconds(seconds)), \(stats.written) files written\(stats.removed > 0 ? ", \(stats.removed) removed" : "").")
            }
        } else {
            printError("[\(time())] \(what) changed: the site could not be rebuilt; the preview keeps the last good version and shows:")
            DiagnosticPrinter.printText(report.diagnostics)
        }
        flush()
    }

    func failure(_ message: String) {
        printError("[\(time())] error: \(message)")
    }

    func stopping() {
        if !quiet { print("\nStopped.") }
        flush()
    }

    private func flush() { fflush(nil) }
}
