#!/usr/bin/env python3
"""Run axe-core (WCAG 2.0/2.1/2.2 A and AA + best practice) on pages of a built site.

Usage: check_a11y.py SITE_DIR [--pages REL [REL ...]] [--only] [--strict] ...

Serves SITE_DIR on 127.0.0.1 (a free port) from a thread, under the site's
base path (the path of index.html's <link rel="canonical">, or --base-path),
with 404.html answering missing URLs as a static host would. Opens each page in
headless Chromium through Selenium/chromedriver, injects axe-core and runs it
at two viewports:

    desktop 1280x1000
    phone    320x640 (mobile emulation, so <meta name=viewport> applies)

Pages: index.html, 404.html, search/, gaps/ and data/ where present, the first body, meeting and paper page found
(bodies/*/index.html, bodies/*/*/index.html, bodies/*/*/*/index.html), plus
any given with --pages (relative to SITE_DIR; "dir/" means dir/index.html).
--only checks just the --pages.

Every axe violation fails the check and is printed as

    page: error: rule-id (impact): help [desktop, phone]
        target: CSS selector -- what to fix
        help URL

Also printed, as warnings (failing only with --strict): horizontal overflow
at phone width (WCAG 1.4.10 Reflow, which axe does not test) and the
browser's console errors (e.g. Content-Security-Policy blocks).

axe-core comes from --axe-js, else $AXE_JS, else the axe.min.js shipped by
PyPI axe-playwright-python. It is checked to be axe-core 4.x with the WCAG 2.2
rules before use.

Exit codes: 0 passed, 1 violations (or warnings with --strict), 2 could not run.
"""
from __future__ import annotations

import argparse
import functools
import glob
import http.server
import os
import posixpath
import re
import shutil
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from check_links import detect_base_path, normalize_base_path, parse_page  # noqa: E402

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice"]
VIEWPORTS = [
    # name, width, height, mobile emulation
    ("desktop", 1280, 1000, False),
    ("phone", 320, 640, True),
]
DEFAULT_PAGE_GLOBS = ["bodies/*/index.html", "bodies/*/*/index.html", "bodies/*/*/*/index.html"]
# Console noise that says nothing about the site: browsers ask for /favicon.ico by themselves.
CONSOLE_IGNORE = [re.compile(r"/favicon\.ico - Failed to load resource")]


# ---------------------------------------------------------------- axe-core

def find_axe_js(explicit: str | None) -> str | None:
    for cand in (explicit, os.environ.get("AXE_JS")):
        if cand:
            return cand if os.path.isfile(cand) else None
    try:
        import importlib.resources as res
        p = res.files("axe_playwright_python") / "axe.min.js"
        if p.is_file():
            return str(p)
    except (ImportError, ModuleNotFoundError, TypeError):
        pass
    return None


def load_axe(path: str) -> tuple[str, str]:
    """Return (source, version from the header); raise ValueError if it is not axe-core."""
    with open(path, encoding="utf-8") as f:
        src = f.read()
    m = re.match(r"/\*! axe v(\d+\.\d+\.\d+)", src)
    if not m or "Deque Systems" not in src[:500]:
        raise ValueError(f"{path} does not start with axe-core's licence header")
    major, minor = (int(x) for x in m.group(1).split(".")[:2])
    if (major, minor) < (4, 5):
        raise ValueError(f"{path} is axe-core {m.group(1)}; WCAG 2.2 rules need 4.5 or later")
    return src, m.group(1)


# ---------------------------------------------------------------- server

class _SiteHandler(http.server.SimpleHTTPRequestHandler):
    base_path = "/"

    def log_message(self, *args):  # quiet
        pass

    def translate_path(self, path):
        raw = path.split("?", 1)[0].split("#", 1)[0]
        bp = self.base_path
        if bp != "/":
            if raw + "/" == bp:
                raw = "/"
            elif raw.startswith(bp):
                raw = raw[len(bp) - 1:]
            else:  # outside the base path: nothing there
                return os.path.join(self.directory, ".outside-base-path", "none")
        return super().translate_path(raw)

    def send_error(self, code, message=None, explain=None):
        page404 = os.path.join(self.directory, "404.html")
        if code == 404 and os.path.isfile(page404):
            with open(page404, "rb") as f:
                body = f.read()
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)
            return
        super().send_error(code, message, explain)


class _QuietServer(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


def serve(site_dir: str, base_path: str) -> http.server.ThreadingHTTPServer:
    handler = type("Handler", (_SiteHandler,), {"base_path": base_path})
    httpd = _QuietServer(("127.0.0.1", 0), functools.partial(handler, directory=site_dir))
    threading.Thread(target=httpd.serve_forever, name="site-server", daemon=True).start()
    return httpd


# ---------------------------------------------------------------- pages

def default_pages(root: str) -> list[str]:
    own = ("index.html", "404.html", "search/index.html", "gaps/index.html", "data/index.html")
    pages = [p for p in own if os.path.isfile(os.path.join(root, p))]
    for pattern in DEFAULT_PAGE_GLOBS:
        found = sorted(glob.glob(os.path.join(root, pattern)))
        if found:
            pages.append(os.path.relpath(found[0], root).replace(os.sep, "/"))
    return pages


def normalize_page(root: str, page: str) -> str | None:
    p = page.strip().lstrip("/")
    if p in ("", ".") or p.endswith("/") or os.path.isdir(os.path.join(root, p)):
        p = posixpath.join(p, "index.html") if p not in ("", ".") else "index.html"
    p = posixpath.normpath(p)
    if p.startswith("../") or not os.path.isfile(os.path.join(root, p)):
        return None
    return p


def page_url(origin: str, base_path: str, rel: str) -> str:
    if rel == "index.html":
        rel = ""
    elif rel.endswith("/index.html"):
        rel = rel[: -len("index.html")]
    return origin + base_path + rel


# ---------------------------------------------------------------- browser

def find_binary(explicit: str | None, env: str, names: list[str]) -> str | None:
    for cand in [explicit, os.environ.get(env)] + names:
        if cand:
            found = shutil.which(cand)
            if found:
                return found
    return None


def start_browser(chromium: str, chromedriver: str):
    os.environ.setdefault("SE_OFFLINE", "true")  # never let Selenium Manager download anything
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = chromium
    for a in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
              "--disable-extensions", "--no-first-run", "--hide-scrollbars", "--force-color-profile=srgb",
              "--window-size=1280,1000"):
        opts.add_argument(a)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=opts, service=Service(chromedriver))
    driver.set_page_load_timeout(60)
    driver.set_script_timeout(180)
    return driver


AXE_RUN = """
var done = arguments[arguments.length - 1];
axe.run(document, {runOnly: {type: 'tag', values: arguments[0]},
                   resultTypes: ['violations', 'incomplete']})
  .then(function (r) {
    function slim(list) {
      return list.map(function (v) {
        return {id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
                nodes: v.nodes.map(function (n) {
                  return {target: n.target, summary: n.failureSummary || '', html: n.html};
                })};
      });
    }
    done({violations: slim(r.violations), incomplete: slim(r.incomplete),
          engine: r.testEngine && r.testEngine.version});
  }, function (e) { done({error: String(e && e.stack || e)}); });
"""


def check_axe_runtime(driver) -> str:
    info = driver.execute_script(
        "return typeof axe === 'undefined' ? null : "
        "{version: axe.version, wcag22: axe.getRules(['wcag22aa']).map(function (r) { return r.ruleId; }),"
        " all: axe.getRules().map(function (r) { return r.ruleId; })}")
    if not info:
        raise RuntimeError("axe-core did not load in the page")
    missing = {"image-alt", "color-contrast", "target-size", "landmark-one-main"} - set(info["all"])
    if missing or not info["wcag22"]:
        raise RuntimeError(f"the injected script does not behave like axe-core (missing rules {sorted(missing)})")
    return info["version"]


def run_page(driver, url: str, axe_src: str, viewport: tuple) -> dict:
    name, width, height, mobile = viewport
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile})
    driver.get(url)
    for _ in range(100):
        if driver.execute_script("return document.readyState") == "complete":
            break
        time.sleep(0.1)
    driver.execute_script(axe_src)
    check_axe_runtime(driver)
    result = driver.execute_async_script(AXE_RUN, AXE_TAGS)
    if result.get("error"):
        raise RuntimeError(f"axe.run failed: {result['error']}")
    geo = driver.execute_script(
        "return {inner: window.innerWidth, scroll: document.documentElement.scrollWidth,"
        " status: document.title}")
    result["viewport"] = geo
    result["console"] = []
    try:
        for entry in driver.get_log("browser"):
            if entry.get("level") == "SEVERE" and not any(rx.search(entry.get("message", ""))
                                                           for rx in CONSOLE_IGNORE):
                result["console"].append(entry["message"])
    except Exception:
        pass
    return result


# ---------------------------------------------------------------- main

def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Run axe-core on pages of a built site in headless Chromium.")
    ap.add_argument("site_dir", metavar="SITE_DIR")
    ap.add_argument("--pages", nargs="+", action="extend", default=[], metavar="REL",
                    help="more pages to check, relative to SITE_DIR")
    ap.add_argument("--only", action="store_true", help="check only the --pages, not the default ones")
    ap.add_argument("--strict", action="store_true",
                    help="also fail on phone-width overflow and browser console errors")
    ap.add_argument("--show-incomplete", action="store_true",
                    help="print axe's 'needs review' results (never fail)")
    ap.add_argument("--base-path", default=None,
                    help="URL path to serve the site under (default: from index.html's canonical link, else /)")
    ap.add_argument("--chromium", default=None, help="browser binary (default: $CHROMIUM or chromium on PATH)")
    ap.add_argument("--chromedriver", default=None,
                    help="chromedriver binary (default: $CHROMEDRIVER or chromedriver on PATH)")
    ap.add_argument("--axe-js", default=None, help="axe.min.js (default: $AXE_JS or axe-playwright-python's)")
    args = ap.parse_args(argv)

    root = os.path.abspath(args.site_dir)
    if not os.path.isdir(root):
        print(f"{args.site_dir}: error: not a folder", file=sys.stderr)
        return 2

    try:
        import selenium  # noqa: F401
    except ImportError:
        print("check_a11y: error: selenium is not installed (pip install -r scripts/site-checks/requirements.txt)",
              file=sys.stderr)
        return 2
    chromium = find_binary(args.chromium, "CHROMIUM", ["chromium", "chromium-browser", "google-chrome"])
    chromedriver = find_binary(args.chromedriver, "CHROMEDRIVER", ["chromedriver"])
    if not chromium or not chromedriver:
        print("check_a11y: error: chromium and chromedriver are needed "
              "(apt-get install chromium chromium-driver, or scripts/site-checks/install.sh)", file=sys.stderr)
        return 2
    axe_path = find_axe_js(args.axe_js)
    if not axe_path:
        print("check_a11y: error: axe.min.js not found (pip install --no-deps axe-playwright-python, "
              "or set AXE_JS)", file=sys.stderr)
        return 2
    try:
        axe_src, axe_version = load_axe(axe_path)
    except (OSError, ValueError) as e:
        print(f"check_a11y: error: {e}", file=sys.stderr)
        return 2

    pages: list[str] = [] if args.only else default_pages(root)
    bad = False
    for p in args.pages:
        n = normalize_page(root, p)
        if n is None:
            print(f"{p}: error: no such page in {args.site_dir}", file=sys.stderr)
            bad = True
        elif n not in pages:
            pages.append(n)
    if bad:
        return 2
    if not pages:
        print(f"{args.site_dir}: error: no pages to check", file=sys.stderr)
        return 2

    if args.base_path is not None:
        base_path = normalize_base_path(args.base_path)
    else:
        index = os.path.join(root, "index.html")
        base_path = normalize_base_path(
            detect_base_path(parse_page((root, "index.html")) if os.path.isfile(index) else None))

    print(f"check_a11y: checking {', '.join(pages)} (served under {base_path})", file=sys.stderr)
    started = time.monotonic()
    httpd = serve(root, base_path)
    origin = f"http://127.0.0.1:{httpd.server_address[1]}"
    try:
        driver = start_browser(chromium, chromedriver)
    except Exception as e:
        httpd.shutdown()
        print(f"check_a11y: error: could not start {chromium} with {chromedriver}: {e}", file=sys.stderr)
        return 2

    # (page, rule) -> {"impact", "help", "helpUrl", "nodes": {target: [summary, set(viewports)]}}
    violations: dict[tuple[str, str], dict] = {}
    incomplete: dict[tuple[str, str], dict] = {}
    warnings: list[str] = []
    engine = axe_version
    try:
        for rel in pages:
            url = page_url(origin, base_path, rel)
            for vp in VIEWPORTS:
                vname = f"{vp[0]} {vp[1]}x{vp[2]}"
                try:
                    res = run_page(driver, url, axe_src, vp)
                except Exception as e:
                    print(f"{rel}: error: could not check at {vname}: {str(e).splitlines()[0] if str(e) else e!r}")
                    violations.setdefault((rel, "check-failed"), {
                        "impact": "n/a", "help": "the page could not be checked", "helpUrl": "",
                        "nodes": {}})
                    continue
                engine = res.get("engine") or engine
                for kind, store in (("violations", violations), ("incomplete", incomplete)):
                    for v in res.get(kind, []):
                        entry = store.setdefault((rel, v["id"]), {
                            "impact": v.get("impact") or "n/a", "help": v.get("help", ""),
                            "helpUrl": v.get("helpUrl", ""), "nodes": {}})
                        for node in v.get("nodes", []):
                            target = " ".join(" >> ".join(t) if isinstance(t, list) else str(t)
                                              for t in node.get("target", []))
                            slot = entry["nodes"].setdefault(target, [node.get("summary", ""), set()])
                            slot[1].add(vp[0])
                geo = res["viewport"]
                if vp[3] and geo["scroll"] > geo["inner"]:
                    warnings.append(f"{rel}: warning: page is {geo['scroll']}px wide at {vname} and scrolls "
                                    f"sideways (WCAG 1.4.10 Reflow; axe does not test this)")
                for msg in res["console"]:
                    msg = " ".join(msg.replace(origin + base_path, "").split())
                    if len(msg) > 300:
                        msg = msg[:297] + "..."
                    w = f"{rel}: warning: browser console: {msg}"
                    if w not in warnings:
                        warnings.append(w)
    finally:
        try:
            driver.quit()
        finally:
            httpd.shutdown()
            httpd.server_close()

    order = {v[0]: i for i, v in enumerate(VIEWPORTS)}

    def report(store: dict, level: str) -> int:
        count = 0
        for (rel, rule), e in sorted(store.items()):
            vps = sorted({vp for _, s in e["nodes"].values() for vp in s}, key=order.get)
            print(f"{rel}: {level}: {rule} ({e['impact']}): {e['help']}"
                  + (f" [{', '.join(vps)}]" if vps else ""))
            for target, (summary, s) in e["nodes"].items():
                where = "" if s == set(vps) else f" [{', '.join(sorted(s, key=order.get))}]"
                lines = [" ".join(x.split()) for x in summary.splitlines() if x.strip()]
                fix = (lines[0] + " " + "; ".join(lines[1:])) if len(lines) > 1 else "".join(lines)
                print(f"    target: {target}{where}" + (f" -- {fix}" if fix else ""))
            if e["helpUrl"]:
                print(f"    {e['helpUrl'].split('?')[0]}")
            count += 1
        return count

    nviol = report(violations, "error")
    if args.show_incomplete:
        report(incomplete, "needs review")
    for w in warnings:
        print(w)
    failed = nviol > 0 or (args.strict and warnings)
    print(f"check_a11y: {'FAILED' if failed else 'OK'}, {len(pages)} page(s) x {len(VIEWPORTS)} viewport(s), "
          f"{nviol} violation(s), {len(warnings)} warning(s), {len(incomplete)} needing review "
          f"(axe-core {engine}, {time.monotonic() - started:.1f} s)", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
