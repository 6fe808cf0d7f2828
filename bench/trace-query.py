#!/usr/bin/env python3
"""Where a cold query's time goes: each file it fetched, when it was asked for and when it arrived.

    python3 bench/trace-query.py SITE_FOLDER QUERY [QUERY ...]

Serves SITE_FOLDER (a built site) on 127.0.0.1 with search-bench.py's server, opens its home page in a new
headless Chromium for each query (nothing cached), runs window.noticeboard.search and prints the time to the top
ten results and, per file, milliseconds from the start of the query to its request and to its last byte, and its
size. Needs what search-bench.py needs (Debian chromium and chromium-driver, PyPI selenium).
"""
import importlib.util
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("search_bench", os.path.join(HERE, "search-bench.py"))
search_bench = importlib.util.module_from_spec(spec)
spec.loader.exec_module(search_bench)

def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    server = search_bench.serve(sys.argv[1])
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    try:
        for query in sys.argv[2:]:
            driver = search_bench.browser()
            try:
                driver.get(base)
                time.sleep(0.3)
                answer = driver.execute_async_script(search_bench.OURS_SCRIPT, query)
            finally:
                driver.quit()
            if "error" in answer:
                sys.exit(f"{query}: {answer['error']}")
            print(f"{query}: top ten in {answer['ms']:.1f} ms, {answer['total']} results")
            for name, _, size, asked, arrived in answer["resources"]:
                print(f"  {asked:7.1f} {arrived:7.1f} ms  {size:7d} bytes  {name.split('/search-index/')[-1]}")
    finally:
        server.shutdown()


if __name__ == "__main__":
    main()
