import FlyingFox
import Foundation
import NoticeboardModel

/// What `serve` tells open pages: the number of the last build, whether it succeeded, and its problems. Pages get it
/// over a WebSocket (`/__noticeboard/socket`) as each build ends, or by asking (`/__noticeboard/state`).
final class LiveReload: WSMessageHandler, @unchecked Sendable {
    struct State: Encodable {
        struct Problem: Encodable {
            let location: String
            let severity: String
            let message: String
            /// The line of the file the problem is on, when it can be read.
            let excerpt: String?
            let column: Int
            /// Where the construct the problem is in began, when the message names it (YAML syntax errors).
            let began: Began?
        }
        struct Began: Encodable {
            let line: Int
            let column: Int
            let excerpt: String
        }
        let build: Int
        let ok: Bool
        let summary: String
        let problems: [Problem]
        /// The pages this build wrote, as paths from the server's root (`/bodies/x/2026-03-12/`), when they are known:
        /// an open page reloads only if it is one of them. Nil: any page may have changed.
        var pages: [String]? = nil
    }

    private let lock = NSLock()
    private var state = State(build: 0, ok: true, summary: "no problems", problems: [])
    private var clients: [UUID: AsyncStream<WSMessage>.Continuation] = [:]

    var current: State { lock.withLock { state } }

    /// Records the outcome of a build and tells every open page; `pages`, when known, are the site paths it wrote.
    func publish(ok: Bool, diagnostics: [Diagnostic], root: URL, pages: [String]? = nil) {
        let shown = ok ? [] : diagnostics
        let problems = shown.map { diagnostic in
            State.Problem(location: diagnostic.location.description, severity: diagnostic.severity.rawValue,
                          message: diagnostic.message, excerpt: Self.line(diagnostic.location, root: root),
                          column: diagnostic.location.column, began: Self.began(diagnostic, root: root))
        }
        let message: WSMessage = lock.withLock {
            state = State(build: state.build + 1, ok: ok, summary: diagnostics.summary, problems: problems,
                          pages: pages.map { $0.map { "/" + $0 } })
            return .text(Self.json(state))
        }
        for client in lock.withLock({ Array(clients.values) }) { client.yield(message) }
    }

    /// The state, and how many pages are connected over WebSockets (for tests and curious people).
    var stateJSON: String {
        let connections = lock.withLock { clients.count }
        return String(Self.json(current).dropLast()) + ",\"connections\":\(connections)}"
    }

    static func json(_ state: State) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(state)) ?? Data("{}".utf8), as: UTF8.self)
    }

    /// The text of the line a diagnostic points at (at most 300 characters), for the overlay.
    static func line(_ location: SourceLocation, root: URL) -> String? {
        guard location.line >= 1, !location.path.contains(" "), !location.path.hasPrefix("/"),
              let data = try? Data(contentsOf: root.appendingPathComponent(location.path)), data.count < 20_000_000 else { return nil }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", maxSplits: location.line, omittingEmptySubsequences: false)
        guard location.line <= lines.count else { return nil }
        var text = String(lines[location.line - 1])
        if text.hasSuffix("\r") { text.removeLast() }
        return String(text.prefix(300))
    }

    /// "… (in what began at line 3, column 1)": that line too, since the mistake is often there (an unclosed quote).
    static func began(_ diagnostic: Diagnostic, root: URL) -> State.Began? {
        guard let range = diagnostic.message.range(of: "in what began at line ") else { return nil }
        let rest = diagnostic.message[range.upperBound...]
        let numbers = rest.split(whereSeparator: { !$0.isNumber }).prefix(2).compactMap { Int($0) }
        guard numbers.count == 2, numbers[0] != diagnostic.location.line else { return nil }
        var location = diagnostic.location
        location.line = numbers[0]
        guard let text = line(location, root: root) else { return nil }
        return State.Began(line: numbers[0], column: numbers[1], excerpt: text)
    }

    // MARK: WebSocket

    func makeMessages(for client: AsyncStream<WSMessage>) async throws -> AsyncStream<WSMessage> {
        let id = UUID()
        let (stream, continuation) = AsyncStream<WSMessage>.makeStream()
        lock.withLock { clients[id] = continuation }
        continuation.yield(.text(stateJSON))
        Task { [weak self] in
            for await message in client {
                if case .close = message { break }
            }
            continuation.finish()
            self?.remove(id)
        }
        return stream
    }

    private func remove(_ id: UUID) {
        _ = lock.withLock { clients.removeValue(forKey: id) }
    }

    /// Closes every page's connection (when the server stops).
    func closeAll() {
        for client in lock.withLock({ Array(clients.values) }) {
            client.yield(.close(.normalClosure))
            client.finish()
        }
        lock.withLock { clients = [:] }
    }
}

/// The files `serve` adds to every page it serves (never to a built site): a script that reloads the page after each
/// build and shows build problems over it, and that overlay's stylesheet. Served from `/__noticeboard/`, because the
/// pages' Content-Security-Policy allows scripts and styles only from the site's own address, never inline.
enum PreviewAssets {
    static let prefix = "/__noticeboard/"

    /// The tag put before `</head>` of every HTML page served; `data-build` says which build the page came from.
    static func scriptTag(build: Int) -> String {
        "<script src=\"\(prefix)reload.js\" data-build=\"\(build)\" defer></script>\n"
    }

    /// Adds the reload script to an HTML page.
    static func inject(into html: Data, build: Int) -> Data {
        let tag = Data(scriptTag(build: build).utf8)
        for marker in ["</head>", "</body>"] {
            if let range = html.range(of: Data(marker.utf8)) {
                var result = html
                result.insert(contentsOf: tag, at: range.lowerBound)
                return result
            }
        }
        return html + tag
    }

    static let reloadScript = #"""
    // Noticeboard preview (noticeboard serve): reloads this page after each build, and shows build problems over it.
    // Served only by the preview server; never part of a built site.
    (function () {
      "use strict";
      var script = document.currentScript;
      var pageBuild = script ? Number(script.getAttribute("data-build")) : 0;
      var overlayId = "noticeboardPreviewProblems";
      var polling = null;

      function element(tag, className, text) {
        var node = document.createElement(tag);
        if (className) node.className = className;
        if (text !== undefined) node.textContent = text;
        return node;
      }

      function addStylesheet() {
        if (document.getElementById("noticeboardPreviewStyles")) return;
        var link = element("link");
        link.id = "noticeboardPreviewStyles";
        link.rel = "stylesheet";
        link.href = "/__noticeboard/overlay.css";
        document.head.appendChild(link);
      }

      function hideProblems() {
        var old = document.getElementById(overlayId);
        if (old) old.remove();
      }

      function showProblems(state) {
        addStylesheet();
        hideProblems();
        var overlay = element("div", "nb-preview");
        overlay.id = overlayId;
        overlay.setAttribute("role", "alertdialog");
        overlay.setAttribute("aria-labelledby", "noticeboardPreviewTitle");
        var box = element("div", "nb-preview__box");
        var title = element("h2", "nb-preview__title", "The site could not be rebuilt");
        title.id = "noticeboardPreviewTitle";
        box.appendChild(title);
        box.appendChild(element("p", "nb-preview__lead",
          state.summary + ". Fix the file and save it: this page reloads by itself. Until then it shows the last version that built."));
        var list = element("ol", "nb-preview__list");
        state.problems.forEach(function (problem) {
          var item = element("li", "nb-preview__problem nb-preview__problem--" + problem.severity);
          var where = element("p", "nb-preview__where");
          where.appendChild(element("code", "nb-preview__location", problem.location));
          where.appendChild(element("span", "nb-preview__severity", problem.severity));
          var place = /^(.*):(\d+):(\d+)$/.exec(problem.location);
          if (place) where.appendChild(element("span", "nb-preview__place", "line " + place[2] + ", column " + place[3] + " of " + place[1]));
          item.appendChild(where);
          item.appendChild(element("p", "nb-preview__message", problem.message));
          if (problem.excerpt !== null && problem.excerpt !== undefined) {
            var excerpt = element("pre", "nb-preview__excerpt");
            excerpt.appendChild(element("code", "", problem.excerpt + "\n" +
              " ".repeat(Math.max(0, problem.column - 1)) + "^"));
            item.appendChild(excerpt);
          }
          if (problem.began) {
            item.appendChild(element("p", "nb-preview__began", "What it was reading began at line " + problem.began.line +
              ", column " + problem.began.column + ": look there too (an unclosed quote or bracket often starts the trouble)."));
            var start = element("pre", "nb-preview__excerpt");
            start.appendChild(element("code", "", problem.began.excerpt + "\n" +
              " ".repeat(Math.max(0, problem.began.column - 1)) + "^"));
            item.appendChild(start);
          }
          list.appendChild(item);
        });
        box.appendChild(list);
        var close = element("button", "nb-preview__close", "Hide until the next build");
        close.type = "button";
        close.addEventListener("click", hideProblems);
        box.appendChild(close);
        overlay.appendChild(box);
        document.body.appendChild(overlay);
        title.tabIndex = -1;
        title.focus({preventScroll: true});
      }

      // The last successful build this page heard of. A build that lists the pages it wrote reloads only those; one
      // heard of out of turn (a message missed, or a failed build in between) reloads any page.
      var heard = pageBuild;
      var here = location.pathname.replace(/index\.html$/, "");

      function apply(state) {
        if (!state.ok) {
          showProblems(state);
          return;
        }
        if (state.build === pageBuild) {
          hideProblems();
        } else if (state.build !== heard) {
          var inTurn = state.build === heard + 1;
          heard = state.build;
          if (!state.pages || !inTurn || state.pages.indexOf(here) >= 0) location.reload();
          else hideProblems();
        }
      }

      function poll() {
        if (polling) return;
        polling = setInterval(function () {
          fetch("/__noticeboard/state", {cache: "no-store"}).then(function (r) { return r.json(); }).then(apply, function () {});
        }, 1000);
      }

      function connect() {
        var socket;
        try {
          socket = new WebSocket((location.protocol === "https:" ? "wss://" : "ws://") + location.host + "/__noticeboard/socket");
        } catch (e) {
          poll();
          return;
        }
        var opened = false;
        socket.onopen = function () { opened = true; };
        socket.onmessage = function (event) { apply(JSON.parse(event.data)); };
        socket.onclose = function () {
          if (opened) setTimeout(connect, 1000); // the server restarted: connect again
          else poll();                           // no WebSockets here: ask every second instead
        };
      }

      connect();
    })();
    """#

    static let overlayStyles = #"""
    /* Noticeboard preview: the build-problems overlay. Served only by `noticeboard serve`. */
    .nb-preview { position: fixed; inset: 0; z-index: 2147483647; overflow: auto; padding: 2rem 1rem;
      background: rgba(11, 12, 12, 0.78); font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Arial, sans-serif; }
    .nb-preview__box { max-width: 56rem; margin: 0 auto; padding: 1.5rem 2rem; background: #fff; color: #0b0c0c;
      border-top: 0.5rem solid #d4351c; box-shadow: 0 0.5rem 2rem rgba(0, 0, 0, 0.4); }
    .nb-preview__title { margin: 0 0 0.5rem; font-size: 1.75rem; line-height: 1.2; color: #0b0c0c; }
    .nb-preview__title:focus { outline: none; background: none; box-shadow: none; }
    .nb-preview__lead { margin: 0 0 1.25rem; font-size: 1.125rem; }
    .nb-preview__list { margin: 0 0 1.25rem; padding: 0; list-style: none; }
    .nb-preview__problem { margin: 0 0 1rem; padding: 0.75rem 1rem; border-left: 0.3rem solid #d4351c; background: #fdf2f0; }
    .nb-preview__problem--warning { border-left-color: #f47738; background: #fef5ef; }
    .nb-preview__where { margin: 0 0 0.25rem; display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: baseline; }
    .nb-preview__location { font: 700 1rem/1.4 ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; word-break: break-all; }
    .nb-preview__severity { padding: 0 0.4rem; font-size: 0.875rem; font-weight: 700; text-transform: uppercase;
      color: #fff; background: #d4351c; }
    .nb-preview__problem--warning .nb-preview__severity { background: #a94a00; }
    .nb-preview__place { color: #505a5f; font-size: 0.9375rem; }
    .nb-preview__began { margin: 0.75rem 0 0.5rem; }
    .nb-preview__message { margin: 0 0 0.5rem; font-size: 1.125rem; }
    .nb-preview__excerpt { margin: 0; padding: 0.5rem 0.75rem; overflow-x: auto; background: #f3f2f1; color: #0b0c0c;
      font: 0.9375rem/1.4 ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; white-space: pre; }
    .nb-preview__close { padding: 0.5rem 1rem; font: inherit; font-weight: 700; color: #fff; background: #1d70b8;
      border: 0; box-shadow: 0 2px 0 #003078; cursor: pointer; }
    .nb-preview__close:focus { outline: 3px solid #fd0; color: #0b0c0c; background: #fd0; }
    """#

    /// The page served when there is no built site yet (the first build failed): the script's overlay explains why.
    static func noSiteYetPage(build: Int) -> Data {
        let html = """
        <!DOCTYPE html>
        <html lang="en-GB">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>The site could not be built – Noticeboard preview</title>
        </head>
        <body>
        <main>
        <h1>The site could not be built</h1>
        <p>Noticeboard found problems in the site's files; they are listed over this page and in the terminal where
        <code>noticeboard serve</code> runs. Fix them and save: this page reloads by itself.</p>
        </main>
        </body>
        </html>

        """
        return inject(into: Data(html.utf8), build: build)
    }
}
