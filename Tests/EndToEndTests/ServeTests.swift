import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import NoticeboardTestSupport
import Testing

/// `noticeboard serve` through the built binary: a page is served, an edit shows up, a mistake is reported to the
/// page and the last good page stays, a fix brings the new page, Ctrl-C stops it.
@Suite(.serialized) struct ServeTests {
    /// A running `noticeboard serve`, stopped with SIGINT.
    final class Server {
        let process = Process()
        let port: UInt16
        let output = Pipe(), errors = Pipe()

        init(root: URL, port: UInt16) throws {
            self.port = port
            process.executableURL = CommandLineTests.binary
            process.arguments = ["serve", "--root", root.path, "--port", String(port), "--as-of", "2026-11-01"]
            process.standardOutput = output
            process.standardError = errors
            try process.run()
        }

        func stop() -> Int32 {
            process.interrupt()
            process.waitUntilExit()
            return process.terminationStatus
        }

        var base: String { "http://127.0.0.1:\(port)" }
    }

    static func freePort() -> UInt16 {
        let descriptor = socket(AF_INET, streamSocket, 0)
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, length) } }
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) } }
        return UInt16(bigEndian: address.sin_port)
    }

    /// GET a URL: the status and the body, or nil if nothing answered.
    static func get(_ url: String) async -> (Int, String)? {
        var request = URLRequest(url: URL(string: url)!)
        request.timeoutInterval = 5
        guard let (data, response) = try? await URLSession.shared.data(for: request) else { return nil }
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
    }

    /// Asks until the condition holds (a tenth of a second apart), giving up after a minute: a limit, not a measure.
    static func eventually(_ url: String, _ condition: (Int, String) -> Bool) async -> (Int, String)? {
        for _ in 0..<600 {
            if let answer = await get(url), condition(answer.0, answer.1) { return answer }
            try? await Task.sleep(nanoseconds: 100_000_000)
        }
        return nil
    }

    @Test func servesRebuildsReportsMistakesAndStops() async throws {
        let root = try TestSite.minimal.write()
        let server = try Server(root: root, port: Self.freePort())
        defer { if server.process.isRunning { _ = server.stop() } }
        let meetingURL = server.base + "/bodies/test-icb/2026-03-12/"

        // The page, with the reload script added by the server (and only by it).
        let first = await Self.eventually(meetingURL) { status, _ in status == 200 }
        let page = try #require(first).1
        #expect(page.contains("Board meeting in public"))
        #expect(page.contains("<script src=\"/__noticeboard/reload.js\""))
        let script = await Self.get(server.base + "/__noticeboard/reload.js")
        #expect(script?.0 == 200 && script?.1.contains("new WebSocket") == true)
        let onDisk = try String(contentsOf: root.appendingPathComponent(".noticeboard-cache/serve/\(server.port)/bodies/test-icb/2026-03-12/index.html"), encoding: .utf8)
        #expect(!onDisk.contains("__noticeboard"))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("site").path))
        let redirect = await Self.get(server.base + "/bodies")
        #expect(redirect?.0 == 200 && redirect?.1.contains("Test ICB") == true)
        #expect(await Self.get(server.base + "/nowhere/")?.0 == 404)

        // An edit shows up.
        let minutes = root.appendingPathComponent("content/meetings/test-icb/2026-03-12/index.md")
        let good = try String(contentsOf: minutes, encoding: .utf8) + "\nThe zebra crossing was approved.\n"
        try Data(good.utf8).write(to: minutes)
        #expect(await Self.eventually(meetingURL) { _, body in body.contains("The zebra crossing was approved.") } != nil)
        // The state names the pages its build wrote, by the paths they are served at, so only those reload
        // (the last wave: the pages made from every record, the gaps page among them).
        #expect(await Self.eventually(server.base + "/__noticeboard/state") { _, body in body.contains("\"pages\":[") && body.contains("\"/gaps/\"") } != nil)

        // A mistake: the page keeps the last good version, and the state the page listens to names the place.
        try Data(good.replacingOccurrences(of: "status: held", with: "status: helt").utf8).write(to: minutes)
        let broken = await Self.eventually(server.base + "/__noticeboard/state") { _, body in body.contains("\"ok\":false") }
        let state = try #require(broken).1
        #expect(state.contains("\"location\":\"content/meetings/test-icb/2026-03-12/index.md:3:9\""))
        #expect(state.contains("unknown status 'helt' (did you mean 'held'?)"))
        #expect(state.contains("\"excerpt\":\"status: helt\""))
        let kept = await Self.get(meetingURL)
        #expect(kept?.0 == 200 && kept?.1.contains("The zebra crossing was approved.") == true)

        // The page's WebSocket hears the same state as soon as it connects.
        let message = try #require(try Self.webSocketFirstMessage(port: server.port))
        #expect(message.contains("\"ok\":false"))

        // Fixed: a new build, and the page shows the change made while it was broken.
        try Data(good.replacingOccurrences(of: "The zebra crossing", with: "The new zebra crossing").utf8).write(to: minutes)
        #expect(await Self.eventually(server.base + "/__noticeboard/state") { _, body in body.contains("\"ok\":true") } != nil)
        #expect(await Self.eventually(meetingURL) { _, body in body.contains("The new zebra crossing was approved.") } != nil)

        #expect(server.stop() == 0)
        let said = String(decoding: server.output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(said.contains("Previewing at \(server.base)/"))
        #expect(said.contains("Stopped."))
    }

    @Test func aPortInUseSaysWhichToTry() async throws {
        let root = try TestSite.minimal.write()
        let server = try Server(root: root, port: Self.freePort())
        defer { _ = server.stop() }
        #expect(await Self.eventually(server.base + "/") { status, _ in status == 200 } != nil)
        let second = Process()
        second.executableURL = CommandLineTests.binary
        second.arguments = ["serve", "--root", root.path, "--port", String(server.port)]
        let errors = Pipe()
        second.standardError = errors
        second.standardOutput = Pipe()
        try second.run()
        let said = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        second.waitUntilExit()
        #expect(second.terminationStatus == 2)
        #expect(said.contains("error: port \(server.port) is in use; try --port "))
    }

    static let chromium: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    /// In a real browser (headless Chromium, when installed), under the pages' Content-Security-Policy: the reload
    /// script runs and draws the problems over the page.
    @Test(.enabled(if: chromium != nil)) func aBrowserShowsTheProblemsOverThePage() async throws {
        let root = try TestSite.minimal.write()
        let server = try Server(root: root, port: Self.freePort())
        defer { _ = server.stop() }
        let meetingURL = server.base + "/bodies/test-icb/2026-03-12/"
        #expect(await Self.eventually(meetingURL) { status, _ in status == 200 } != nil)
        let minutes = root.appendingPathComponent("content/meetings/test-icb/2026-03-12/index.md")
        let text = try String(contentsOf: minutes, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "status: held", with: "status: helt").utf8).write(to: minutes)
        #expect(await Self.eventually(server.base + "/__noticeboard/state") { _, body in body.contains("\"ok\":false") } != nil)

        // The problems come over a WebSocket, whose message Chromium's virtual time does not wait for: on a busy
        // machine the DOM can be dumped first, so the page is loaded again, waiting longer, up to three times.
        var dom = ""
        for budget in [5_000, 10_000, 20_000] where !dom.contains("id=\"noticeboardPreviewProblems\"") {
            let browser = Process()
            browser.executableURL = URL(fileURLWithPath: Self.chromium!)
            browser.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(root.path)/.chromium",
                                 "--virtual-time-budget=\(budget)", "--dump-dom", meetingURL]
            let out = Pipe()
            browser.standardOutput = out
            browser.standardError = Pipe()
            try browser.run()
            dom = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            browser.waitUntilExit()
        }
        #expect(dom.contains("id=\"noticeboardPreviewProblems\""), "\(dom.prefix(2000))")
        #expect(dom.contains("content/meetings/test-icb/2026-03-12/index.md:3:9"))
        #expect(dom.contains("unknown status 'helt'"))
        #expect(dom.contains("Board meeting in public"), "the last good page stays underneath")
    }

    /// Opens `/__noticeboard/socket` with a raw WebSocket handshake and returns the first text message.
    static func webSocketFirstMessage(port: UInt16) throws -> String? {
        let descriptor = socket(AF_INET, streamSocket, 0)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { return nil }
        let handshake = "GET /__noticeboard/socket HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n"
        _ = handshake.withCString { send(descriptor, $0, strlen($0), 0) }
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = recv(descriptor, &buffer, buffer.count, 0)
            guard count > 0 else { return nil }
            received += buffer[..<count]
            // After the 101 response's blank line: one unmasked text frame.
            guard let end = received.indices.dropLast(3).first(where: { received[$0..<$0 + 4] == [13, 10, 13, 10] }) else { continue }
            guard String(decoding: received[..<end], as: UTF8.self).hasPrefix("HTTP/1.1 101") else { return nil }
            let frame = Array(received[(end + 4)...])
            guard frame.count >= 2 else { continue }
            var length = Int(frame[1] & 0x7F), start = 2
            if length == 126 {
                guard frame.count >= 4 else { continue }
                length = Int(frame[2]) << 8 | Int(frame[3])
                start = 4
            }
            guard frame.count >= start + length else { continue }
            return String(decoding: frame[start..<start + length], as: UTF8.self)
        }
    }
}

#if canImport(Glibc)
private let streamSocket = Int32(SOCK_STREAM.rawValue)
#else
private let streamSocket = SOCK_STREAM
#endif
