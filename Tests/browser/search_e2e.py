#!/usr/bin/env python3
"""End-to-end check of search in headless Chromium, over http (127.0.0.1) and from disk (file://).

    python3 Tests/browser/search_e2e.py [--noticeboard PATH]

Builds the search fixture site (Tests/Fixtures/search/site) twice, as served and with --portable, then
drives the real /search/ page: known queries give the known documents, every result link opens a page
that exists, matched words are in <mark>, the count is in the aria-live region, typing updates the
address, filters narrow results to their shown counts, hostile text stays text, the header search box
lands on results, and the has-findings filter stays hidden while no document has findings; then, on a generated
site with many bodies, that the body filter has a box to find a body by name. Needs Debian `chromium` and `chromium-driver`, and PyPI `selenium`. Not part of
`swift test`; exits non-zero on the first failed check. Prints `N passed, 0 failed` at the end.
"""
import argparse
import functools
import http.server
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FIXTURE = os.path.join(ROOT, "Tests", "Fixtures", "search", "site")
passed = 0


def check(condition, message):
    global passed
    if not condition:
        print(f"FAILED: {message}")
        print(f"{passed} passed, 1 failed")
        sys.exit(1)
    passed += 1
    print(f"ok - {message}")


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def browser():
    from selenium import webdriver
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for flag in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"]:
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    service = webdriver.ChromeService(executable_path=shutil.which("chromedriver") or "/usr/bin/chromedriver")
    driver = webdriver.Chrome(options=options, service=service)
    driver.set_script_timeout(30)
    return driver


def wait_for(driver, script, timeout=10):
    end = time.time() + timeout
    while time.time() < end:
        value = driver.execute_script(script)
        if value:
            return value
        time.sleep(0.05)
    return None


def results(driver):
    return driver.execute_script("""
      return Array.from(document.querySelectorAll('#search-results > li')).map((li) => ({
        href: li.querySelector('a').href, title: li.querySelector('a').textContent,
        marks: Array.from(li.querySelectorAll('mark')).map((m) => m.textContent),
        snippet: li.querySelector('.search-result__snippet').textContent,
        elements: li.querySelectorAll('img, script, b').length}));""")


def link_works(href):
    parsed = urllib.parse.urlparse(href)
    if parsed.scheme == "file":
        return os.path.isfile(urllib.parse.unquote(parsed.path))
    try:
        with urllib.request.urlopen(href) as response:
            return response.status == 200 and b"<h1" in response.read()
    except Exception:
        return False


def run_checks(driver, mode, search_page, home_page):
    def open_query(query):
        driver.get(search_page + "?q=" + urllib.parse.quote(query))
        return wait_for(driver, "return document.getElementById('search-count').textContent")

    count = open_query("procurement")
    found = results(driver)
    check(count and count.startswith("2 results"), f"{mode}: the count says 2 results for procurement ({count!r})")
    check(sorted(r["title"] for r in found) == ["Board meeting in public", "System financial plan 2026/27"],
          f"{mode}: procurement finds the meeting and the paper")
    check(all(link_works(r["href"]) for r in found), f"{mode}: every result link opens a page")
    check(all(any(m.lower().startswith("procur") for m in r["marks"]) for r in found), f"{mode}: matched words are in <mark>")
    live = driver.execute_script("const c = document.getElementById('search-count'); return c.getAttribute('aria-live') + '/' + c.getAttribute('role');")
    check(live == "polite/status", f"{mode}: the count is a polite live region")

    answer = driver.execute_async_script(
        "const done = arguments[0]; noticeboard.search('deficit', {filters: {type: ['paper']}}).then(done, (e) => done(String(e)));")
    check(answer["total"] == 1 and answer["results"][0]["url"] == "bodies/northshire-icb/2026-03-12/financial-plan/",
          f"{mode}: window.noticeboard.search applies filters and returns root-relative URLs")

    open_query('"financial plan" -southvale')
    check(len(results(driver)) == 2, f"{mode}: phrases and exclusions work from the address")

    open_query("markup")
    hostile = results(driver)
    check(len(hostile) == 1 and "<img" in hostile[0]["snippet"] and hostile[0]["elements"] == 0
          and not driver.execute_script("return window.pwned === 1"), f"{mode}: document text stays text (no markup runs)")

    # Typing searches as you go and keeps the address in step.
    driver.get(search_page)
    box = driver.find_element("id", "search-q")
    box.send_keys("transfo")
    wait_for(driver, "return document.querySelectorAll('#search-results > li').length > 0")
    check([r["title"] for r in results(driver)] == ["Meeting of 20 November 2025"], f"{mode}: typing a prefix finds the transformation meeting")
    if mode == "http":
        check("q=transfo" in driver.current_url, f"{mode}: the address follows what is typed")

    # Filters: the count beside a value is what choosing it gives.
    open_query("deficit")
    label = driver.execute_script("""
      const box = document.querySelector('#search-filters input[name=type][value=paper]');
      const count = box.closest('label').querySelector('.search-filters__count').textContent;
      box.click(); return count;""")
    wait_for(driver, "return document.getElementById('search-count').textContent.startsWith('1 result')")
    check(label == "(1)" and len(results(driver)) == 1, f"{mode}: a filter narrows to the count it showed")
    if mode == "http":
        check("type=paper" in driver.current_url, f"{mode}: filters are kept in the address")
    findings = driver.execute_script("return !!document.querySelector('#search-filters input[name=has_findings]')")
    check(not findings, f"{mode}: no has-findings filter while no document has findings (the golden index tests it shown)")

    # The header's search box on any page lands on results.
    driver.get(home_page)
    header = driver.find_element("id", "siteSearchQuery")
    header.send_keys("winter")
    header.submit()
    wait_for(driver, "return document.querySelectorAll('#search-results > li').length > 0")
    check(len(results(driver)) == 1, f"{mode}: the header search box lands on search results")

    errors = [e for e in driver.get_log("browser") if e["level"] == "SEVERE" and "favicon" not in e["message"]]
    check(not errors, f"{mode}: no errors in the console ({errors[:2]})")


def check_finder(driver, search_page):
    """A long list of filter values (a site with many bodies) gets a box that finds a value by name."""
    driver.get(search_page + "?q=board")
    wait_for(driver, "return document.querySelectorAll('#search-results > li').length > 0")
    shown = lambda: driver.execute_script(
        "return Array.from(document.querySelectorAll('#search-filters input[name=body]')).filter((i) => !i.closest('label').hidden).length")
    total = shown()
    check(total > 8, f"finder: the body filter lists many bodies ({total})")
    field = driver.find_element("id", "search-find-body")
    label = driver.execute_script("return document.querySelector('label[for=search-find-body]').textContent")
    check(label == "Find a body", f"finder: the box is labelled ({label!r})")
    name = driver.execute_script("return document.querySelector('#search-filters input[name=body]').closest('label').textContent")
    word = name.split("(")[0].split()[-1]
    field.send_keys(word)
    visible = driver.execute_script(
        "return Array.from(document.querySelectorAll('#search-filters input[name=body]')).map((i) => i.closest('label')).filter((l) => !l.hidden).map((l) => l.textContent)")
    check(0 < len(visible) < total and all(word.lower() in v.lower() for v in visible),
          f"finder: typing {word!r} leaves only the bodies named so ({len(visible)} of {total})")
    status = driver.execute_script("return document.querySelector('.search-filters__find-status').textContent")
    check(status == f"{len(visible)} match" + ("" if len(visible) == 1 else "es"), f"finder: it says how many match ({status!r})")
    driver.execute_script("Array.from(document.querySelectorAll('#search-filters input[name=body]')).find((i) => !i.closest('label').hidden).click()")
    wait_for(driver, "return document.getElementById('search-count').textContent.length > 0 && location.search.includes('body=')")
    kept = driver.execute_script("return document.getElementById('search-find-body').value")
    check(kept == word, "finder: what was typed stays after choosing a body")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--noticeboard", help="the noticeboard binary (default: swift build's debug one)")
    args = parser.parse_args()
    binary = args.noticeboard
    if not binary:
        subprocess.run(["swift", "build", "--product", "noticeboard"], cwd=ROOT, check=True, capture_output=True)
        binary = os.path.join(subprocess.run(["swift", "build", "--show-bin-path"], cwd=ROOT, check=True, capture_output=True,
                                             text=True).stdout.strip(), "noticeboard")
    work = tempfile.mkdtemp(prefix="noticeboard-e2e-")
    served, portable = os.path.join(work, "served"), os.path.join(work, "portable")
    subprocess.run([binary, "build", "--root", FIXTURE, "--out", served, "--quiet"], check=True)
    subprocess.run([binary, "build", "--root", FIXTURE, "--out", portable, "--portable", "--quiet"], check=True)
    many = os.path.join(work, "many")
    subprocess.run([sys.executable, os.path.join(ROOT, "bench", "generate_site.py"), "--documents", "2000", "--out", many], check=True,
                   capture_output=True)
    subprocess.run([binary, "build", "--root", many, "--quiet"], check=True)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=served))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    driver = browser()
    try:
        run_checks(driver, "http", base + "search/", base)
        run_checks(driver, "file", "file://" + portable + "/search/index.html", "file://" + portable + "/index.html")
        check_finder(driver, "file://" + os.path.join(many, "site") + "/search/index.html")
    finally:
        driver.quit()
        server.shutdown()
        shutil.rmtree(work, ignore_errors=True)
    print(f"{passed} passed, 0 failed")


if __name__ == "__main__":
    main()
