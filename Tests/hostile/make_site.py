#!/usr/bin/env python3
"""Writes a site whose every field that reaches a page carries hostile payloads (Tests/hostile/payloads.txt).

    python3 Tests/hostile/make_site.py OUT_DIR

Every payload tries to set window.__xss or run script; check_pages.py then proves none of it runs.
Strings are written as JSON strings, which are valid YAML double-quoted scalars.
"""
import json
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
payloads = [line.rstrip("\n") for line in open(os.path.join(here, "payloads.txt"), encoding="utf-8") if line.strip()]
out = sys.argv[1]


def write(path, text):
    full = os.path.join(out, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8") as f:
        f.write(text)


def q(text):
    return json.dumps(text, ensure_ascii=False)


def markdown(tag):
    """Every payload as Markdown: in a paragraph, a heading, a list, a table cell, a link title and a code span."""
    parts = []
    for i, p in enumerate(payloads):
        parts.append(f"## {tag} {i} {p}\n\n{p}\n\n- {p}\n\n| a | b |\n|---|---|\n| {p} | x |\n\n[link {i}](https://example.org \"{p}\")\n")
    return "\n".join(parts)


all_payloads = " ".join(payloads)
write("noticeboard.yml", f"title: {q('Hostile ' + payloads[0])}\ndescription: {q(all_payloads)}\n"
      "base_url: https://example.org/hostile/\nas_of: 2026-11-01\n"
      f"extra:\n  note: {q(all_payloads)}\n")

members = "\n".join(f"  - name: {q(p)}\n    role: {q(p)}\n    organisation: {q(p)}\n    represents: patient-public" for p in payloads)
write("content/bodies/hostile-board.md", f"---\nname: {q('Hostile board ' + payloads[0])}\nkind: integrated-care-board\n"
      f"region: midlands\ncadence: monthly\nextra:\n  note: {q(all_payloads)}\nmembers:\n{members}\n---\n{markdown('Body')}")

for n, p in enumerate(payloads):
    folder = f"content/meetings/hostile-board/2026-01-{(n % 28) + 1:02d}" + ("" if n < 28 else f"-m{n}")
    items = (f"  - number: {q(str(n) + ' ' + p)}\n    title: {q(p)}\n    paper: paper-{n}\n"
             f"  - number: \"x{n}\"\n    title: {q(p)}\n    private: true\n    exemption: {q(p)}\n")
    write(f"{folder}/index.md", f"---\ntitle: {q(p)}\nstatus: held\nsession: private\nlocation: {q(p)}\n"
          f"attendees:\n  - name: {q(p)}\n    role: {q(p)}\napologies:\n  - name: {q(p)}\nitems:\n{items}---\n{markdown('Minutes')}")
    write(f"{folder}/paper-{n}.md", f"---\ntitle: {q(p)}\nitem: {q(str(n) + ' ' + p)}\nauthor: {q(p)}\nstatus: withheld\n"
          f"withheld_reason: {q(p)}\n---\n{p}\n\n[x]({p})\n")

write("content/pages/about.md", f"---\ntitle: {q(payloads[1])}\ndescription: {q(all_payloads)}\n---\n{markdown('Page')}")
