#!/usr/bin/env python3
"""Check every internal link and anchor of a built site, offline.

Usage: check_links.py SITE_DIR [--jobs N] [--base-path /PATH/] [--quiet]

Parses every .html/.htm file under SITE_DIR with html.parser, resolves every
relative URL it references (a/area/link href, script/img/iframe/embed/source/
track/audio/video src, img/source srcset, video poster, object data,
form action, button/input formaction, meta refresh) against the file's
location, and checks that:

* the target exists inside SITE_DIR (a URL ending in "/" or naming a folder
  means that folder's index.html);
* a "#fragment" names an element id (or an <a name>) in the target page;
* the URL does not climb out of SITE_DIR.

External URLs (any scheme: http, https, mailto, tel, data, ...; and "//host")
are ignored. Root-relative URLs ("/x", as a 404 page needs) are resolved
against the site's base path: --base-path, or else the path of the
<link rel="canonical"> URL of SITE_DIR/index.html, or else "/". One outside
the base path is reported.

Output: one "path:line: error: message" line per problem, then a summary.
Exit codes: 0 no problem, 1 problems found, 2 usage error.
"""
from __future__ import annotations

import argparse
import os
import posixpath
import re
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import unquote, urlsplit

HTML_SUFFIXES = (".html", ".htm")

# (tag, attribute) pairs whose value is a single URL.
URL_ATTRS: dict[str, tuple[str, ...]] = {
    "a": ("href",),
    "area": ("href",),
    "link": ("href",),
    "script": ("src",),
    "img": ("src",),
    "iframe": ("src",),
    "embed": ("src",),
    "source": ("src",),
    "track": ("src",),
    "audio": ("src",),
    "video": ("src", "poster"),
    "object": ("data",),
    "form": ("action",),
    "button": ("formaction",),
    "input": ("src", "formaction"),
}
# Tags whose srcset attribute holds a list of candidate URLs.
SRCSET_TAGS = {"img", "source"}
# <link rel=...> values whose href is not something a browser fetches or
# navigates to from the page (e.g. a canonical URL is usually absolute anyway).
IGNORED_LINK_RELS = {"dns-prefetch", "preconnect"}

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:")
_REFRESH_URL = re.compile(r"^\s*\d*(?:\.\d*)?\s*[;,]?\s*(?:url\s*=\s*)?(.*)$", re.I | re.S)


@dataclass
class Link:
    line: int
    tag: str
    attr: str
    url: str


@dataclass
class PageInfo:
    rel: str  # path relative to SITE_DIR, "/" separated
    anchors: set[str] = field(default_factory=set)
    links: list[Link] = field(default_factory=list)
    base: str | None = None
    canonical: str | None = None
    error: str | None = None


def parse_srcset(value: str) -> list[str]:
    """Return the URLs of a srcset attribute (HTML's candidate-string rules)."""
    urls = []
    pos, n = 0, len(value)
    while pos < n:
        # skip whitespace and commas before a URL
        while pos < n and (value[pos].isspace() or value[pos] == ","):
            pos += 1
        if pos >= n:
            break
        start = pos
        while pos < n and not value[pos].isspace():
            pos += 1
        url = value[start:pos]
        if url.endswith(","):
            # a URL immediately followed by a comma has no descriptor
            url = url.rstrip(",")
            urls.append(url)
            continue
        urls.append(url)
        # skip the descriptors up to the next comma not inside parentheses
        depth = 0
        while pos < n:
            c = value[pos]
            if c == "(":
                depth += 1
            elif c == ")" and depth:
                depth -= 1
            elif c == "," and not depth:
                pos += 1
                break
            pos += 1
    return [u for u in urls if u]


class _PageParser(HTMLParser):
    def __init__(self, info: PageInfo):
        super().__init__(convert_charrefs=True)
        self.info = info

    def handle_starttag(self, tag, attrs):
        self._tag(tag, attrs)

    def handle_startendtag(self, tag, attrs):
        self._tag(tag, attrs)

    def _tag(self, tag, attrs):
        info = self.info
        line = self.getpos()[0]
        a = {}
        for k, v in attrs:
            if k not in a:  # HTML keeps the first of duplicate attributes
                a[k] = v if v is not None else ""
        if "id" in a and a["id"]:
            info.anchors.add(a["id"])
        if tag == "a" and a.get("name"):
            info.anchors.add(a["name"])
        if tag == "base" and "href" in a and info.base is None:
            info.base = a["href"].strip()
            return
        if tag == "link":
            rels = set(a.get("rel", "").lower().split())
            if "canonical" in rels and info.canonical is None:
                info.canonical = a.get("href", "")
            if rels & IGNORED_LINK_RELS:
                return
        itype = a.get("type", "").lower() if tag == "input" else ""
        for attr in URL_ATTRS.get(tag, ()):
            # only <input type=image> has a src; formaction needs type=submit/image
            if tag == "input" and not (itype == "image" or (attr == "formaction" and itype == "submit")):
                continue
            if attr in a:
                info.links.append(Link(line, tag, attr, a[attr]))
        if tag in SRCSET_TAGS and "srcset" in a:
            for url in parse_srcset(a["srcset"]):
                info.links.append(Link(line, tag, "srcset", url))
        if tag == "meta" and a.get("http-equiv", "").lower() == "refresh":
            m = _REFRESH_URL.match(a.get("content", ""))
            if m and m.group(1).strip():
                url = m.group(1).strip().strip("'\"")
                info.links.append(Link(line, tag, "content", url))


def parse_page(args: tuple[str, str]) -> PageInfo:
    root, rel = args
    info = PageInfo(rel)
    try:
        with open(os.path.join(root, rel), "rb") as f:
            data = f.read()
    except OSError as e:
        info.error = f"cannot read: {e.strerror}"
        return info
    text = data.decode("utf-8", errors="replace")
    parser = _PageParser(info)
    try:
        parser.feed(text)
        parser.close()
    except Exception as e:  # html.parser is lenient; this is defensive
        info.error = f"cannot parse: {e}"
    return info


def _parse_chunk(args: tuple[str, list[str]]) -> list[PageInfo]:
    root, rels = args
    return [parse_page((root, r)) for r in rels]


def detect_base_path(index: PageInfo | None) -> str:
    """The path part of index.html's canonical URL, or "/"."""
    if index is not None and index.canonical:
        path = urlsplit(index.canonical).path
        if path:
            return path if path.endswith("/") else posixpath.dirname(path) + "/"
    return "/"


def normalize_base_path(bp: str) -> str:
    bp = "/" + bp.strip().strip("/")
    return bp if bp == "/" else bp + "/"


def walk_site(root: str) -> tuple[set[str], set[str], list[str]]:
    """Return (files, dirs, html_files) relative to root, "/" separated."""
    files: set[str] = set()
    dirs: set[str] = {""}
    html: list[str] = []
    for dirpath, dirnames, filenames in os.walk(root):
        rel_dir = os.path.relpath(dirpath, root)
        rel_dir = "" if rel_dir == "." else rel_dir.replace(os.sep, "/")
        prefix = rel_dir + "/" if rel_dir else ""
        for d in dirnames:
            dirs.add(prefix + d)
        for fn in filenames:
            rel = prefix + fn
            files.add(rel)
            if fn.lower().endswith(HTML_SUFFIXES):
                html.append(rel)
    html.sort()
    return files, dirs, html


class Checker:
    def __init__(self, root: str, base_path: str | None = None, jobs: int | None = None):
        self.root = root
        self.base_path = base_path  # None: detect in parse_all()
        self.jobs = jobs if jobs is not None else (os.cpu_count() or 1)
        self.files, self.dirs, self.html = walk_site(root)
        self.pages: dict[str, PageInfo] = {}

    def parse_all(self) -> None:
        html = self.html
        if self.jobs > 1 and len(html) > 200:
            size = max(50, len(html) // (self.jobs * 8))
            chunks = [(self.root, html[i:i + size]) for i in range(0, len(html), size)]
            with ProcessPoolExecutor(max_workers=self.jobs) as ex:
                for infos in ex.map(_parse_chunk, chunks):
                    for info in infos:
                        self.pages[info.rel] = info
        else:
            for rel in html:
                self.pages[rel] = parse_page((self.root, rel))
        if self.base_path is None:
            self.base_path = detect_base_path(self.pages.get("index.html"))
        self.base_path = normalize_base_path(self.base_path)

    def resolve(self, page: str, url: str) -> tuple[str | None, str | None, str | None]:
        """Resolve url found in page.

        Returns (target, fragment, problem). target is None for URLs that are
        not checked (external, or a bare fragment handled via fragment).
        """
        raw = url.strip()
        # browsers strip ASCII tab/newline from URLs
        raw = raw.replace("\t", "").replace("\n", "").replace("\r", "")
        if _SCHEME.match(raw) or raw.startswith("//") or raw.startswith("\\\\"):
            return None, None, None  # external or special scheme
        parts = urlsplit(raw)
        path, frag = parts.path, parts.fragment if "#" in raw else None
        path = unquote(path)
        if path.startswith("/"):
            bp = self.base_path or "/"
            if not (path + "/").startswith(bp):
                return None, None, f"root-relative URL outside the site's base path {bp}"
            joined = path[len(bp):] or "."
        else:
            base_dir = posixpath.dirname(page)
            joined = posixpath.join(base_dir, path) if path else page
        trailing = path.endswith("/") or path in (".", "..") or path.endswith(("/.", "/.."))
        norm = posixpath.normpath(joined) if joined else "."
        if norm == ".." or norm.startswith("../"):
            return None, None, "escapes the site folder"
        if norm == ".":
            norm = ""
        if not path:
            return page, frag, None  # same page ("#x", "?q" or "")
        if trailing or norm in self.dirs:
            if norm in self.files:
                return None, None, f"{norm} is a file, not a folder"
            target = (norm + "/" if norm else "") + "index.html"
            if target not in self.files:
                if norm in self.dirs:
                    return None, None, f"folder {norm or '.'}/ has no index.html"
                return None, None, f"target {norm + '/' if norm else ''} does not exist"
            return target, frag, None
        if norm not in self.files:
            return None, None, f"target {norm} does not exist"
        return norm, frag, None

    def check(self) -> list[tuple[str, int, str]]:
        problems: list[tuple[str, int, str]] = []
        for rel in self.html:
            info = self.pages[rel]
            if info.error:
                problems.append((rel, 0, info.error))
                continue
            base_page = rel
            if info.base is not None:
                b = info.base
                if _SCHEME.match(b) or b.startswith("//"):
                    # every relative URL of this page resolves elsewhere
                    continue
                bparts = urlsplit(b)
                bpath = unquote(bparts.path)
                if bpath.startswith("/"):
                    bp = self.base_path or "/"
                    if not (bpath + "/").startswith(bp):
                        problems.append((rel, 0, f"<base href=\"{b}\">: outside the site's base path {bp}"))
                        continue
                    bdir = posixpath.normpath(bpath[len(bp):] or ".")
                else:
                    bdir = posixpath.normpath(posixpath.join(posixpath.dirname(rel), bpath or "."))
                if not bpath.endswith("/") and bpath:
                    bdir = posixpath.dirname(bdir)
                base_page = posixpath.join("" if bdir == "." else bdir, "__base__")
            for link in info.links:
                # a bare "#frag" always refers to the document itself
                page_for = rel if link.url.strip().startswith("#") else base_page
                target, frag, problem = self.resolve(page_for, link.url)
                where = f"<{link.tag} {link.attr}=\"{link.url}\">"
                if problem:
                    problems.append((rel, link.line, f"broken link {where}: {problem}"))
                    continue
                if target is None or frag is None or frag == "":
                    continue
                tinfo = self.pages.get(target)
                if tinfo is None:
                    continue  # not an HTML page (e.g. a PDF): fragment not checkable
                if frag in tinfo.anchors or unquote(frag) in tinfo.anchors:
                    continue
                if frag.lower() == "top":
                    continue  # "#top" scrolls to the top of any document
                if tinfo.error:
                    continue
                where_t = "this page" if target == rel else target
                problems.append((rel, link.line, f"missing anchor {where}: no id=\"{unquote(frag)}\" in {where_t}"))
        return problems


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Check internal links and #anchors of a built site (offline).")
    ap.add_argument("site_dir", metavar="SITE_DIR")
    ap.add_argument("--jobs", "-j", type=int, default=None, help="parser processes (default: CPU count)")
    ap.add_argument("--base-path", default=None,
                    help="URL path the site is served under, for root-relative URLs (default: the path of "
                         "index.html's <link rel=canonical>, else /)")
    ap.add_argument("--quiet", "-q", action="store_true", help="print only problems")
    args = ap.parse_args(argv)

    root = os.path.abspath(args.site_dir)
    if not os.path.isdir(root):
        print(f"{args.site_dir}: error: not a folder", file=sys.stderr)
        return 2
    checker = Checker(root, args.base_path, args.jobs)
    if not checker.html:
        print(f"{args.site_dir}: error: no .html files found", file=sys.stderr)
        return 2
    checker.parse_all()
    problems = checker.check()
    problems.sort(key=lambda p: (p[0], p[1], p[2]))
    for rel, line, msg in problems:
        loc = f"{rel}:{line}" if line else rel
        print(f"{loc}: error: {msg}")
    nlinks = sum(len(p.links) for p in checker.pages.values())
    if problems:
        targets = Counter()
        for _, _, msg in problems:
            m = re.search(r": (?:target|folder) (\S+)|: no id=\"[^\"]*\" in \S+", msg)
            if m:
                targets[m.group(1) or m.group(0)[2:]] += 1
        common = [(url, n) for url, n in targets.most_common(10) if n > 1]
        if common:
            print("most frequent missing targets:", file=sys.stderr)
            for url, n in common:
                print(f"  {n:6d}  {url}", file=sys.stderr)
        print(f"check_links: {len(problems)} broken link(s) in {len(checker.html)} page(s), "
              f"{nlinks} link(s) checked", file=sys.stderr)
        return 1
    if not args.quiet:
        print(f"check_links: OK, {len(checker.html)} page(s), {nlinks} link(s) checked", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
