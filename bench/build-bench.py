#!/usr/bin/env python3
"""Noticeboard against Hugo on the same records, side by side in one run (issue "Performance at scale").

    python3 bench/build-bench.py [--sizes 1000 10000 50000] [--vocabulary small zipf] [--runs 1] [--pdf-share 0.3]
                                 [--out bench/RESULTS.md]

For each size: generate the site and its Hugo twin (bench/generate_site.py), then time with /usr/bin/time:
a full Noticeboard build (no cache, release binary), Hugo's full build, a no-change rebuild, a rebuild after one
meeting's minutes changed and one after a new meeting was added (a day after the newest), and record peak memory, the search index's size and Noticeboard's per-stage times
(NOTICEBOARD_TRACE=1). Before each full build the tool's previous output is moved aside (into the work folder's
`set-aside/`, deleted when the run ends), the disk synced and `--settle` seconds waited; so is each rebuild. Nothing is deleted between
builds: this machine's ext4 (no journal) passes over every inode freed in the last 60 s, or 6 minutes once its
inode-table block is written again, for each file it creates, so a build made after tens of thousands of files were
deleted spends many seconds more in the kernel, the more files it writes the more (bench/RESULTS.md). With
`--pdf-share`, that share of papers is a real PDF (generate_site.py): a full build reads every PDF's text with
pdftotext (the cache of texts is moved aside with the output), and Hugo copies the PDFs. Needs a release build (`swift build -c release --product noticeboard`) and Debian's `hugo`.
Each size is run with each `--vocabulary` (generate_site.py; both by default): the small one of about a hundred
words, and 40,000 words by Zipf's law, as real text has, which makes the search index's work many times larger.
Tests never assert on time; this script is where the numbers come from.
"""
import argparse
import datetime
import os
import platform
import re
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
BINARY = os.path.join(ROOT, ".build", "release", "noticeboard")


def timed(command, cwd=None, env=None):
    """Runs a command under /usr/bin/time -v; returns (seconds, peak MiB, stderr); the stderr holds the CPU times."""
    result = subprocess.run(["/usr/bin/time", "-v"] + command, cwd=cwd, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"failed: {' '.join(command)}\n{result.stderr[-2000:]}")
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)", result.stderr)
    seconds = int(wall.group(1) or 0) * 3600 + int(wall.group(2)) * 60 + float(wall.group(3))
    peak = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", result.stderr).group(1)) / 1024
    return seconds, peak, result.stderr


def cpu(stderr):
    """User and system CPU seconds from /usr/bin/time -v's report."""
    user = float(re.search(r"User time \(seconds\): ([\d.]+)", stderr).group(1))
    system = float(re.search(r"System time \(seconds\): ([\d.]+)", stderr).group(1))
    return user, system


def folder_size(path):
    return sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(path) for f in fs)


def settle(seconds):
    """Flushes the disk and lets writing back the previous build finish (see `--settle`)."""
    os.sync()
    time.sleep(seconds)


def set_aside(path, work):
    """Moves a previous output out of the way without deleting it (see the module's comment)."""
    if os.path.exists(path):
        aside = os.path.join(work, "set-aside")
        os.makedirs(aside, exist_ok=True)
        os.rename(path, os.path.join(aside, str(len(os.listdir(aside)))))


def bench(size, work, runs, settle_seconds, pdf_share=0.0, vocabulary="small"):
    site, hugo = os.path.join(work, f"nb-{size}-{vocabulary}"), os.path.join(work, f"hugo-{size}-{vocabulary}")
    subprocess.run([sys.executable, os.path.join(HERE, "generate_site.py"), "--documents", str(size), "--out", site,
                    "--hugo", hugo, "--pdf-share", str(pdf_share), "--vocabulary", vocabulary], check=True)
    row = {"size": size, "label": f"{size:,}" + (" (Zipf words)" if vocabulary == "zipf" else "")}
    full, hugo_runs = [], []

    def ours():
        for path in [os.path.join(site, "site"), os.path.join(site, ".noticeboard-cache")]:
            set_aside(path, work)
        settle(settle_seconds)
        full.append(timed([BINARY, "build", "--root", site, "--quiet"], env=dict(os.environ, NOTICEBOARD_TRACE="1")))

    def theirs():
        set_aside(os.path.join(hugo, "public"), work)
        settle(settle_seconds)
        hugo_runs.append(timed(["hugo", "--quiet", "--source", hugo, "--destination", os.path.join(hugo, "public")]))

    # Big sites take minutes a build: one run above 20,000 documents. The order alternates between runs.
    for run in range(runs if size <= 20000 else 1):
        for build in ([ours, theirs] if run % 2 == 0 else [theirs, ours]):
            build()
    best = min(full, key=lambda r: r[0])
    row["nb_s"], row["nb_mib"] = best[0], best[1]
    row["nb_cpu"] = cpu(best[2])
    trace = re.search(r"trace: (.*)", best[2])
    row["stages"] = trace.group(1) if trace else ""
    hbest = min(hugo_runs, key=lambda r: r[0])
    row["hugo_s"], row["hugo_mib"] = hbest[0], hbest[1]
    row["hugo_cpu"] = cpu(hbest[2])
    row["runs"] = len(full)
    row["nb_all"] = [(r[0], r[1]) + cpu(r[2]) for r in full]
    row["hugo_all"] = [(r[0], r[1]) + cpu(r[2]) for r in hugo_runs]
    # Each rebuild, like each full build, starts once the disk has written back what came before (at 50,000
    # documents the last full build leaves gigabytes to write, which slowed the no-change rebuild after it).
    settle(settle_seconds)
    row["nochange_s"] = timed([BINARY, "build", "--root", site, "--quiet"])[0]
    meetings = sorted(os.path.join(d, "index.md") for d, _, fs in os.walk(os.path.join(site, "content", "meetings")) if "index.md" in fs)
    minutes = meetings[len(meetings) // 2]
    with open(minutes, "a", encoding="utf-8") as f:
        f.write("\nA late note added to the minutes.\n")
    settle(settle_seconds)
    row["onechange_s"] = timed([BINARY, "build", "--root", site, "--quiet"])[0]
    # A new meeting, the change a board secretary makes most: a day after the newest one, in the same body.
    newest = max(meetings, key=lambda path: os.path.basename(os.path.dirname(path)))
    folder = os.path.basename(os.path.dirname(newest))
    day = datetime.date.fromisoformat(folder[:10]) + datetime.timedelta(days=1)
    added = os.path.join(os.path.dirname(os.path.dirname(newest)), f"{day.isoformat()}-added")
    os.makedirs(added)
    with open(newest, encoding="utf-8") as f:
        text = "".join(line for line in f if not line.lstrip().startswith("paper:"))
    with open(os.path.join(added, "index.md"), "w", encoding="utf-8") as f:
        f.write(text)
    settle(settle_seconds)
    row["newmeeting_s"] = timed([BINARY, "build", "--root", site, "--quiet"])[0]
    row["index_mib"] = folder_size(os.path.join(site, "site", "search-index")) / 1024 / 1024
    row["site_mib"] = folder_size(os.path.join(site, "site")) / 1024 / 1024
    return row


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--runs", type=int, default=3, help="full builds of each tool per size (one above 20,000 documents)")
    parser.add_argument("--settle", type=float, default=5,
                        help="seconds to wait after syncing the disk before each full build (default 5)")
    parser.add_argument("--pdf-share", type=float, default=0.0, help="share of papers written as PDF (default 0)")
    parser.add_argument("--vocabulary", nargs="+", choices=["small", "zipf"], default=["small", "zipf"],
                        help="the words of the generated text, each run in turn (default both)")
    parser.add_argument("--out", default=os.path.join(HERE, "RESULTS.md"))
    args = parser.parse_args()
    if not os.path.exists(BINARY):
        sys.exit("build it first: swift build -c release --product noticeboard")
    hugo_version = subprocess.run(["hugo", "version"], capture_output=True, text=True).stdout.strip()
    rows = []
    with tempfile.TemporaryDirectory() as work:
        for size in args.sizes:
            for vocabulary in args.vocabulary:
                print(f"== {size} documents, {vocabulary} vocabulary", file=sys.stderr)
                rows.append(bench(size, work, args.runs, args.settle, args.pdf_share, vocabulary))
                print(rows[-1], file=sys.stderr)
    lines = [f"# Build benchmark: Noticeboard and Hugo on the same records", "",
             f"Run {datetime.date.today().isoformat()} on {platform.machine()}, {os.cpu_count()} cores, "
             f"{platform.platform()}; {hugo_version}. Best of {args.runs} full builds of each (one above 20,000 documents), "
             f"alternating which goes first, each tool's previous output moved aside (not deleted: see bench/README.md), "
             f"the disk synced and {args.settle:g} s waited before its own build; "
             + (f"{args.pdf_share:.0%} of papers as PDF; " if args.pdf_share else "")
             + f"`python3 bench/build-bench.py --sizes {' '.join(map(str, args.sizes))} --vocabulary {' '.join(args.vocabulary)}`.", "",
             "| documents | Noticeboard full (s) | Hugo full (s) | time ratio | Noticeboard peak (MiB) | Hugo peak (MiB) | memory ratio | no-change rebuild (s) | one-file rebuild (s) | new-meeting rebuild (s) | search index (MiB) | site (MiB) |",
             "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for r in rows:
        lines.append(f"| {r['label']} | {r['nb_s']:.2f} | {r['hugo_s']:.2f} | {r['nb_s'] / r['hugo_s']:.2f} | {r['nb_mib']:.0f} | "
                     f"{r['hugo_mib']:.0f} | {r['nb_mib'] / r['hugo_mib']:.2f} | {r['nochange_s']:.2f} | {r['onechange_s']:.2f} | "
                     f"{r['newmeeting_s']:.2f} | {r['index_mib']:.1f} | {r['site_mib']:.0f} |")
    lines += ["", "CPU time of those builds (user + system seconds; system time is mostly the kernel creating files):", ""]
    lines += [f"- {r['label']} documents: Noticeboard {r['nb_cpu'][0]:.1f} + {r['nb_cpu'][1]:.1f} s, "
              f"Hugo {r['hugo_cpu'][0]:.1f} + {r['hugo_cpu'][1]:.1f} s ({r['runs']} run(s))" for r in rows]
    lines += ["", "Every full build, in the order run (wall s, peak MiB, user + system s): the spread is this machine's, "
              "mostly the kernel's time creating files:", ""]

    def runs_text(runs):
        return "; ".join(f"{w:.1f} s, {m:.0f} MiB, {u:.1f} + {y:.1f} s" for w, m, u, y in runs)
    lines += [f"- {r['label']} documents: Noticeboard {runs_text(r['nb_all'])}. Hugo {runs_text(r['hugo_all'])}." for r in rows]
    lines += ["", "Noticeboard's stages in the full build (NOTICEBOARD_TRACE=1):", ""]
    lines += [f"- {r['label']} documents: {r['stages']}" for r in rows]
    text = "\n".join(lines) + "\n"
    with open(args.out, "w", encoding="utf-8") as f:
        f.write(text)
    print(text)


if __name__ == "__main__":
    main()
