#!/usr/bin/env python3
"""Search benchmark: Noticeboard's index against Pagefind's on the same built site.

    python3 bench/search-bench.py [--documents 10000] [--vocabulary small|zipf] [--work /tmp/noticeboard-search-bench] [--runs 3]

Steps (each printed): generate a site (bench/generate_site.py), build it with the release `noticeboard`,
time the search stage alone (`search-bench`), run Pagefind (PyPI `pagefind[extended]`) over the built
HTML, then in headless Chromium (Debian `chromium` and `chromium-driver`, PyPI `selenium`) run each query
cold (browser cache disabled, fresh page) against both engines over http on 127.0.0.1, counting every
byte and request the query caused and the time until the top ten results (with their snippets) are
ready. Writes the numbers as JSON and Markdown beside --work and prints the table.
Needs: swift build -c release --product noticeboard --product search-bench (the script runs it).
"""
import argparse
import functools
import gzip
import http.server
import json
import os
import shutil
import statistics
import subprocess
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

QUERIES = [
    ("common word", "board"),
    ("rare word", "tirzepatide"),
    ("two words", "maternity deficit"),
    ("prefix", "transfor"),
    ("phrase", '"urgent and emergency care"'),
]

PAGEFIND_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Pagefind bench</title></head>
<body><p>Pagefind benchmark page.</p></body></html>
"""

OURS_SCRIPT = """
const [query, done] = [arguments[0], arguments[arguments.length - 1]];
performance.setResourceTimingBufferSize(100000);
performance.clearResourceTimings();
const started = performance.now();
window.noticeboard.search(query, {limit: 10}).then((answer) => {
  const ms = performance.now() - started;
  done({total: answer.total, ms, top: answer.results.map((r) => r.url),
        resources: performance.getEntriesByType('resource').map((e) =>
          [e.name, e.transferSize, e.encodedBodySize, e.startTime - started, e.responseEnd - started])});
}).catch((error) => done({error: String(error)}));
"""

PAGEFIND_SCRIPT = """
const [query, done] = [arguments[0], arguments[arguments.length - 1]];
performance.setResourceTimingBufferSize(100000);
performance.clearResourceTimings();
const started = performance.now();
import('/pagefind/pagefind.js').then(async (pagefind) => {
  await pagefind.init();
  const search = await pagefind.search(query);
  const data = await Promise.all(search.results.slice(0, 10).map((r) => r.data()));
  const ms = performance.now() - started;
  done({total: search.results.length, ms, top: data.map((d) => d.url),
        resources: performance.getEntriesByType('resource').map((e) => [e.name, e.transferSize, e.encodedBodySize])});
}).catch((error) => done({error: String(error)}));
"""


def step(text):
    print(f"== {text}", flush=True)


def run(command, **kwargs):
    return subprocess.run(command, check=True, text=True, capture_output=True, **kwargs)


def folder_size(path):
    total, count = 0, 0
    for folder, _, files in os.walk(path):
        for name in files:
            total += os.path.getsize(os.path.join(folder, name))
            count += 1
    return total, count


class CountingHandler(http.server.SimpleHTTPRequestHandler):
    """Serves files and counts every response: what a query fetched, workers' requests included."""
    served = []

    def log_message(self, *args):
        pass

    def copyfile(self, source, outputfile):
        start = source.tell()
        super().copyfile(source, outputfile)
        CountingHandler.served.append((self.path, source.tell() - start))


def serve(directory):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(CountingHandler, directory=directory))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def browser():
    from selenium import webdriver
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for flag in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--allow-file-access-from-files"]:
        options.add_argument(flag)
    service = webdriver.ChromeService(executable_path=shutil.which("chromedriver") or "/usr/bin/chromedriver")
    driver = webdriver.Chrome(options=options, service=service)
    driver.set_script_timeout(60)
    driver.execute_cdp_cmd("Network.enable", {})
    driver.execute_cdp_cmd("Network.setCacheDisabled", {"cacheDisabled": True})
    return driver


def measure(page_url, script, query, site_dir, base_url):
    """One cold query: a new browser (empty cache, workers included) on the page, then the query; what it
    fetched, counted by the server, and how long it took."""
    driver = browser()
    try:
        driver.get(page_url)
        time.sleep(0.3)
        CountingHandler.served.clear()
        answer = driver.execute_async_script(script, query)
    finally:
        driver.quit()
    if "error" in answer:
        raise RuntimeError(f"{page_url} {query}: {answer['error']}")
    served = list(CountingHandler.served)
    body = sum(size for _, size in served)
    gzipped = 0
    for path, _ in served:
        local = os.path.join(site_dir, path.lstrip("/").split("?")[0])
        if os.path.isfile(local):
            with open(local, "rb") as f:
                gzipped += len(gzip.compress(f.read(), 6))
    return {"total": answer["total"], "ms": answer["ms"], "requests": len(served), "body_bytes": body,
            "gzip_bytes": gzipped, "top": answer["top"], "files": [p for p, _ in served]}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=10000)
    parser.add_argument("--work", default="/tmp/noticeboard-search-bench")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--vocabulary", choices=["small", "zipf"], default="small",
                        help="the words of the generated text (generate_site.py)")
    parser.add_argument("--skip-build", action="store_true", help="reuse the release binaries as they are")
    parser.add_argument("--queries-only", action="store_true", help="reuse the site, index timings and Pagefind of the last run")
    args = parser.parse_args()
    work = args.work
    source, site = os.path.join(work, "source"), os.path.join(work, "site")
    results = {"documents": args.documents, "vocabulary": args.vocabulary}

    if args.queries_only:
        with open(os.path.join(work, "results.json")) as f:
            results = json.load(f)
        return query_phase(args, work, site, results)
    if not args.skip_build:
        step("building the release binaries")
        run(["swift", "build", "-c", "release", "--product", "noticeboard"], cwd=ROOT)
        run(["swift", "build", "-c", "release", "--product", "search-bench"], cwd=ROOT)
    bin_dir = run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=ROOT).stdout.strip()

    step(f"generating a site of {args.documents} documents")
    shutil.rmtree(work, ignore_errors=True)
    run([sys.executable, os.path.join(HERE, "generate_site.py"), "--out", source, "--documents", str(args.documents),
         "--vocabulary", args.vocabulary])

    step("building it (noticeboard build)")
    started = time.perf_counter()
    run([os.path.join(bin_dir, "noticeboard"), "build", "--root", source, "--out", site, "--quiet"])
    results["site_build_s"] = round(time.perf_counter() - started, 2)

    step("timing the search stage alone (search-bench)")
    timings = []
    for _ in range(args.runs):
        timings.append(json.loads(run([os.path.join(bin_dir, "search-bench"), source, os.path.join(work, "index-only")]).stdout))
    results["noticeboard_index"] = {
        "documents": timings[0]["documents"], "files": timings[0]["files"], "bytes": timings[0]["bytes"],
        "index_ms": statistics.median(t["index_ms"] for t in timings),
        "index_and_write_ms": statistics.median(t["index_ms"] + t["write_ms"] for t in timings)}

    step("running Pagefind on the built site")
    pagefind_times = []
    for _ in range(args.runs):
        shutil.rmtree(os.path.join(site, "pagefind"), ignore_errors=True)
        started = time.perf_counter()
        run([sys.executable, "-m", "pagefind", "--site", site])
        pagefind_times.append(time.perf_counter() - started)
    pagefind_bytes, pagefind_files = folder_size(os.path.join(site, "pagefind"))
    ours_bytes, ours_files = folder_size(os.path.join(site, "search-index"))
    results["pagefind_index"] = {"ms": round(statistics.median(pagefind_times) * 1000), "files": pagefind_files, "bytes": pagefind_bytes}
    results["noticeboard_index"]["site_bytes"] = ours_bytes
    with open(os.path.join(site, "pagefind-bench.html"), "w") as f:
        f.write(PAGEFIND_PAGE)

    return query_phase(args, work, site, results)


def query_phase(args, work, site, results):
    step("querying both in headless Chromium over http on 127.0.0.1")
    server = serve(site)
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    engine_js = sum(os.path.getsize(os.path.join(site, "assets", name)) for name in ["search-words.js", "search.js"])
    results["noticeboard_engine_script_bytes"] = engine_js
    results["queries"] = []
    try:
        for label, query in QUERIES:
            row = {"label": label, "query": query}
            # Noticeboard from the home page: search.js is loaded, nothing of the index yet (the search page
            # would have fetched the manifest already).
            for name, page, script in [("noticeboard", base, OURS_SCRIPT),
                                       ("pagefind", base + "pagefind-bench.html", PAGEFIND_SCRIPT)]:
                runs = [measure(page, script, query, site, base) for _ in range(args.runs)]
                best = dict(runs[0])
                best["ms"] = round(statistics.median(r["ms"] for r in runs), 1)
                row[name] = best
            results["queries"].append(row)
    finally:
        server.shutdown()

    with open(os.path.join(work, "results.json"), "w") as f:
        json.dump(results, f, indent=2)
    table = report(results)
    with open(os.path.join(work, "results.md"), "w") as f:
        f.write(table)
    print(table)


def kb(n):
    return f"{n / 1000:.1f} KB"


def report(r):
    ni, pi = r["noticeboard_index"], r["pagefind_index"]
    js = r["noticeboard_engine_script_bytes"]
    lines = [
        f"# Search benchmark: {ni['documents']} documents",
        "",
        f"Site build (noticeboard build, whole site): {r['site_build_s']} s",
        "",
        "| index | time | files | size |",
        "|---|---|---|---|",
        f"| Noticeboard (search stage, in memory) | {ni['index_ms']} ms | | |",
        f"| Noticeboard (search stage, written to disk) | {ni['index_and_write_ms']} ms | {ni['files']} | {ni['bytes'] / 1e6:.1f} MB |",
        f"| Pagefind (over the built HTML) | {pi['ms']} ms | {pi['files']} | {pi['bytes'] / 1e6:.1f} MB |",
        "",
        "Cold queries (a new headless Chromium for each, so nothing is cached), top ten results with their snippets. "
        f"Noticeboard's bytes exclude search-words.js and search.js ({kb(js)}), which every page loads with the page; the ratio is given "
        "without and with it. Pagefind's include pagefind.js, its worker, WebAssembly and metadata. Bytes from a plain "
        "server (no compression; counted by the server, so Pagefind's worker requests count too) and, in brackets, "
        "what gzip would send.",
        "",
        "| query | Noticeboard: requests, bytes, ms, total | Pagefind: requests, bytes, ms, total | bytes ratio (with the scripts) |",
        "|---|---|---|---|",
    ]
    for q in r["queries"]:
        n, p = q["noticeboard"], q["pagefind"]
        ratio = n["body_bytes"] / p["body_bytes"] if p["body_bytes"] else float("nan")
        ratio_js = (n["body_bytes"] + js) / p["body_bytes"] if p["body_bytes"] else float("nan")
        lines.append(f"| {q['label']} `{q['query']}` | {n['requests']}, {kb(n['body_bytes'])} ({kb(n['gzip_bytes'])}), {n['ms']} ms, {n['total']} "
                     f"| {p['requests']}, {kb(p['body_bytes'])} ({kb(p['gzip_bytes'])}), {p['ms']} ms, {p['total']} | {ratio:.2f} ({ratio_js:.2f}) |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
