#!/usr/bin/env python3
"""Opens every page of a built site in headless Chromium and fails if any hostile content ran or could run.

    python3 Tests/hostile/check_pages.py SITE_DIR [--query WORD ...]

For each page: alert/confirm/prompt are trapped before any script runs; after load, window.__xss must be unset
(every payload in payloads.txt tries to set it), and the DOM is inspected so a payload that the
Content-Security-Policy happened to block is still caught: no <script> except the theme's own files and JSON-LD,
no event-handler attributes, no javascript:/vbscript:/data: links, no iframe, object, embed, base or meta refresh,
and a CSP <meta> on every page. With --query, the search page is also run for each word (results and snippets
come from content too).
"""
import argparse
import functools
import http.server
import os
import sys
import threading

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service

TRAP = """
window.__alerts = [];
for (const name of ['alert', 'confirm', 'prompt', 'print']) {
  window[name] = function () { window.__alerts.push(name); window.__xss = window.__xss || name; };
}
"""

AUDIT = r"""
const problems = [];
const own = (url) => !/^[\s\x00-\x20]*(javascript|vbscript|data):/i.test(url);
for (const s of document.querySelectorAll('script')) {
  const type = (s.getAttribute('type') || '').toLowerCase();
  if (type === 'application/ld+json') { try { JSON.parse(s.textContent); } catch (e) { problems.push('JSON-LD does not parse'); } continue; }
  const src = s.getAttribute('src') || '';
  if (!src || /^[a-z]+:/i.test(src) || !/assets\//.test(src)) problems.push('script not from the theme: ' + (src || s.textContent.slice(0, 60)));
}
for (const el of document.querySelectorAll('*')) {
  for (const attr of el.attributes) {
    if (/^on/i.test(attr.name)) problems.push('event handler ' + attr.name + ' on <' + el.tagName.toLowerCase() + '>');
    if (['href', 'src', 'action', 'formaction', 'data', 'xlink:href', 'poster', 'srcdoc'].includes(attr.name.toLowerCase())
        && !own(attr.value)) problems.push(attr.name + '=' + attr.value.slice(0, 60) + ' on <' + el.tagName.toLowerCase() + '>');
  }
}
for (const tag of ['iframe', 'object', 'embed', 'base', 'frame', 'applet'])
  for (const el of document.querySelectorAll(tag)) problems.push('<' + tag + '> element');
for (const m of document.querySelectorAll('meta[http-equiv]')) {
  const kind = m.getAttribute('http-equiv').toLowerCase();
  if (kind === 'refresh') problems.push('meta refresh');
}
const csp = document.querySelector('meta[http-equiv="Content-Security-Policy"]');
if (!csp || !/script-src 'self'/.test(csp.content)) problems.push('no Content-Security-Policy forbidding inline script');
if (window.__xss) problems.push('script ran: window.__xss = ' + window.__xss);
return problems;
"""


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve(root):
    handler = functools.partial(QuietHandler, directory=root)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def browser():
    options = Options()
    for flag in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"]:
        options.add_argument(flag)
    options.binary_location = "/usr/bin/chromium"
    driver = webdriver.Chrome(options=options, service=Service("/usr/bin/chromedriver"))
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": TRAP})
    driver.set_page_load_timeout(30)
    return driver


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("site")
    parser.add_argument("--query", action="append", default=[])
    args = parser.parse_args()
    root = os.path.abspath(args.site)
    pages = sorted(os.path.relpath(os.path.join(d, f), root) for d, _, fs in os.walk(root) for f in fs if f.endswith(".html"))
    server = serve(root)
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    driver = browser()
    failures = 0
    try:
        urls = [base + p for p in pages]
        if os.path.exists(os.path.join(root, "search", "index.html")):
            urls += [base + "search/?q=" + q for q in args.query]
        for url in urls:
            driver.get(url)
            if "/search/" in url:
                driver.implicitly_wait(0)
                for _ in range(50):
                    if driver.execute_script("return document.querySelectorAll('#search-results li').length"):
                        break
                    driver.execute_script("return new Promise(r => setTimeout(r, 100))")
            problems = driver.execute_script(AUDIT)
            for problem in problems:
                failures += 1
                print(f"{url[len(base):]}: {problem}")
    finally:
        driver.quit()
        server.shutdown()
    print(f"{len(urls)} pages opened in Chromium, {failures} problems", file=sys.stderr)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
