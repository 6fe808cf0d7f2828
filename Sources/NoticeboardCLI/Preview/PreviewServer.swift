import FlyingFox
import FlyingSocks
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The preview's web server (FlyingFox), on 127.0.0.1 only: the built pages from serve's private output folder,
/// each HTML page with the reload script added, and the reload script's own URLs under `/__noticeboard/`.
final class PreviewServer: @unchecked Sendable {
    let port: UInt16
    let server: HTTPServer
    let reload: LiveReload

    init(port: UInt16, output: URL, reload: LiveReload, hasSite: @escaping @Sendable () -> Bool) throws {
        self.port = port
        self.reload = reload
        server = HTTPServer(address: try sockaddr_in.inet(ip4: "127.0.0.1", port: port), timeout: 30, logger: .disabled)
        self.files = StaticFiles(output: output, reload: reload, hasSite: hasSite)
    }

    private let files: StaticFiles

    /// Serves until stopped. Throws `PortInUseError` if another program took the port.
    func run() async throws {
        await server.appendRoute(HTTPRoute("GET \(PreviewAssets.prefix)socket"), to: .webSocket(reload))
        await server.appendRoute("GET,HEAD *", to: files)
        do {
            try await server.run()
        } catch SocketError.failed(_, let code, _) where code == EADDRINUSE {
            throw PortInUseError(port: port)
        }
    }

    func waitUntilListening() async throws { try await server.waitUntilListening(timeout: 10) }

    func stop() async {
        reload.closeAll()
        await server.stop(timeout: 0.2)
    }

    /// True if nothing listens on 127.0.0.1:`port` (checked by binding it for a moment).
    static func isFree(_ port: UInt16) -> Bool {
        let descriptor = socket(AF_INET, streamSocket, 0)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var yes: Int32 = 1
        setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0 }
        }
    }

    /// The first free port after `port`, for the "try --port" hint.
    static func freePort(after port: UInt16) -> UInt16? {
        var candidate = port
        for _ in 0..<50 {
            guard candidate < UInt16.max else { return nil }
            candidate += 1
            if isFree(candidate) { return candidate }
        }
        return nil
    }
}

struct PortInUseError: Error, CustomStringConvertible {
    let port: UInt16
    var description: String {
        let hint = PreviewServer.freePort(after: port).map { "; try --port \($0)" } ?? "; try another --port"
        return "port \(port) is in use\(hint)"
    }
}

/// Serves the files of the output folder. A folder's address serves its `index.html` (without the trailing `/` it
/// redirects there); a missing file serves the site's `404.html` with status 404.
struct StaticFiles: HTTPHandler {
    let output: URL
    let reload: LiveReload
    let hasSite: @Sendable () -> Bool

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        // The path as sent (decoded), keeping a trailing "/": FlyingFox's `request.path` drops it.
        let path = request.target.path(percentEncoded: false)
        switch path {
        case PreviewAssets.prefix + "reload.js":
            return response(.ok, Data(PreviewAssets.reloadScript.utf8), type: "text/javascript; charset=utf-8", request: request)
        case PreviewAssets.prefix + "overlay.css":
            return response(.ok, Data(PreviewAssets.overlayStyles.utf8), type: "text/css; charset=utf-8", request: request)
        case PreviewAssets.prefix + "state":
            return response(.ok, Data(reload.stateJSON.utf8), type: "application/json", request: request)
        default:
            break
        }
        let build = reload.current.build
        guard hasSite() else {
            return response(.serviceUnavailable, PreviewAssets.noSiteYetPage(build: build), type: "text/html; charset=utf-8", request: request)
        }
        let parts = path.split(separator: "/", omittingEmptySubsequences: true)
        guard path.hasPrefix("/"), !parts.contains(where: { $0 == ".." || $0 == "." || $0.contains("\0") || $0.hasPrefix(".") }) else {
            return notFound(request, build: build)
        }
        var file = output.appendingPathComponent(parts.joined(separator: "/"))
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file.path, isDirectory: &isFolder) else { return notFound(request, build: build) }
        if isFolder.boolValue {
            guard path.hasSuffix("/") else {
                let query = request.target.query()
                // An absolute address: some clients do not follow a relative one.
                let host = request.headers[.host].map { "http://\($0)" } ?? ""
                let location = host + request.target.path() + "/" + (query.isEmpty ? "" : "?" + query)
                return HTTPResponse(statusCode: .movedPermanently, headers: [.location: location, .cacheControl: "no-store"] as HTTPHeaders)
            }
            file.appendPathComponent("index.html")
        }
        guard let data = try? Data(contentsOf: file) else { return notFound(request, build: build) }
        let type = Self.contentType(file.pathExtension)
        let body = type.hasPrefix("text/html") ? PreviewAssets.inject(into: data, build: build) : data
        return response(.ok, body, type: type, request: request)
    }

    private func notFound(_ request: HTTPRequest, build: Int) -> HTTPResponse {
        let page = (try? Data(contentsOf: output.appendingPathComponent("404.html"))).map { PreviewAssets.inject(into: $0, build: build) }
            ?? Data("Not found\n".utf8)
        return response(.notFound, page, type: "text/html; charset=utf-8", request: request)
    }

    private func response(_ status: HTTPStatusCode, _ body: Data, type: String, request: HTTPRequest) -> HTTPResponse {
        var headers: HTTPHeaders = [.contentType: type, .cacheControl: "no-store"]
        if request.method == .HEAD {
            headers[.contentLength] = String(body.count)
            return HTTPResponse(statusCode: status, headers: headers)
        }
        return HTTPResponse(statusCode: status, headers: headers, body: body)
    }

    static func contentType(_ extension: String) -> String {
        switch `extension`.lowercased() {
        case "html", "htm": return "text/html; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "js", "mjs": return "text/javascript; charset=utf-8"
        case "json": return "application/json"
        case "xml": return "application/xml"
        case "ics": return "text/calendar; charset=utf-8"
        case "csv": return "text/csv; charset=utf-8"
        case "txt": return "text/plain; charset=utf-8"
        case "svg": return "image/svg+xml"
        case "png": return "image/png"
        case "jpg", "jpeg": return "image/jpeg"
        case "gif": return "image/gif"
        case "webp": return "image/webp"
        case "ico": return "image/x-icon"
        case "pdf": return "application/pdf"
        case "woff2": return "font/woff2"
        case "woff": return "font/woff"
        default: return "application/octet-stream"
        }
    }
}

#if canImport(Glibc)
let streamSocket = Int32(SOCK_STREAM.rawValue)
#else
let streamSocket = SOCK_STREAM
#endif
