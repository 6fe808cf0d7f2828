#!/usr/bin/env python3
"""Authoring benchmark: build times (first, no change, one change) and serve's latency from saving a meeting's
minutes to the new page on disk, on a generated site (bench/generate_site.py).

    swift build -c release --product noticeboard
    python3 bench/authoring_bench.py [--documents 10000] [--edits 10] [--pause 5] [--pdf-share 0.3] [--bin .build/release/noticeboard]
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))


def timed(command):
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        sys.exit(f"failed: {' '.join(command)}\n{result.stderr}")
    return elapsed


def wait_for(url, process, seconds=600):
    deadline = time.time() + seconds
    while time.time() < deadline:
        if process.poll() is not None:
            sys.exit(f"serve exited with status {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                return response.read()
        except Exception:
            time.sleep(0.2)
    sys.exit(f"no answer from {url}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--documents", type=int, default=10000)
    parser.add_argument("--edits", type=int, default=10)
    parser.add_argument("--pause", type=float, default=5.0,
                        help="seconds between one edit's page appearing and the next edit (default 5): serve goes on "
                             "to remake the search index after writing the page, and an edit made meanwhile waits")
    parser.add_argument("--pdf-share", type=float, default=0.0, help="share of papers written as PDF (default 0)")
    parser.add_argument("--port", type=int, default=0, help="default: a free port")
    parser.add_argument("--bin", default=os.path.join(HERE, "..", ".build", "release", "noticeboard"))
    args = parser.parse_args()
    binary = os.path.abspath(args.bin)
    if not args.port:
        import socket
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            args.port = probe.getsockname()[1]
    work = tempfile.mkdtemp(prefix="noticeboard-authoring-bench-")
    site = os.path.join(work, "site-folder")
    try:
        subprocess.run([sys.executable, os.path.join(HERE, "generate_site.py"), "--out", site, "--documents", str(args.documents),
                        "--pdf-share", str(args.pdf_share)], check=True)
        first = timed([binary, "build", "--root", site, "--quiet"])
        again = timed([binary, "build", "--root", site, "--quiet"])
        bodies = sorted(os.listdir(os.path.join(site, "content/meetings")))
        body = bodies[len(bodies) // 2]
        folders = sorted(os.listdir(os.path.join(site, "content/meetings", body)))
        meeting = folders[len(folders) // 2]
        minutes = os.path.join(site, "content/meetings", body, meeting, "index.md")
        changes = []
        for n in range(3):
            with open(minutes, "a", encoding="utf-8") as f:
                f.write(f"\nLine {n} added by the benchmark.\n")
            changes.append(timed([binary, "build", "--root", site, "--quiet"]))
        print(f"build, first (no cache):        {first:.2f} s")
        print(f"build, nothing changed:         {again:.2f} s")
        print(f"build, one meeting changed:     {changes[0]:.2f} s the first time (stages a whole folder, keeps a spare),"
              f" then {changes[1]:.2f} s and {changes[2]:.2f} s (updates the spare)")

        server = subprocess.Popen([binary, "serve", "--root", site, "--port", str(args.port), "--quiet"],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            started = time.perf_counter()
            wait_for(f"http://127.0.0.1:{args.port}/", server)
            print(f"serve, first build to ready:    {time.perf_counter() - started:.2f} s")
            page = os.path.join(site, ".noticeboard-cache", "serve", str(args.port), "bodies", body, meeting, "index.html")
            latencies = []
            for edit in range(args.edits):
                time.sleep(args.pause)
                token = f"Benchmark edit number {edit} of this minutes."
                with open(minutes, "a", encoding="utf-8") as f:
                    f.write(f"\n{token}\n")
                written = time.perf_counter()
                deadline = written + 30
                while time.perf_counter() < deadline:
                    try:
                        with open(page, encoding="utf-8") as f:
                            if token in f.read():
                                break
                    except FileNotFoundError:
                        pass
                    time.sleep(0.002)
                else:
                    sys.exit("the page never changed")
                latencies.append((time.perf_counter() - written) * 1000)
            print(f"serve, save to page on disk:    median {statistics.median(latencies):.0f} ms, "
                  f"min {min(latencies):.0f} ms, max {max(latencies):.0f} ms over {len(latencies)} edits")
        finally:
            server.terminate()
            server.wait(timeout=10)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
