#!/usr/bin/env bash
# Runs every test: the Swift tests, the search client's tests, and the checks on the built demo site
# (it matches the committed site/, passes the W3C HTML checker and axe, and has no broken link).
# Installs what it needs first.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
[[ -f scripts/site-checks/install.sh ]] && bash scripts/site-checks/install.sh

echo "== Swift tests" >&2
swift build --build-tests
swift test --skip-build 2>&1 | grep -v "^◇"

if compgen -G "Tests/js/*.test.mjs" >/dev/null || compgen -G "Tests/js/*.test.js" >/dev/null; then
  echo "== JavaScript tests" >&2
  node --test Tests/js/
fi

echo "== Demo site" >&2
fresh=$(mktemp -d)
trap 'rm -rf "$fresh"' EXIT
.build/debug/noticeboard build --root . --out "$fresh/site" --quiet
if ! diff -r site "$fresh/site" >/dev/null; then
  echo "error: site/ differs from a fresh build of content/: run 'swift run noticeboard build' and commit site/" >&2
  diff -r site "$fresh/site" | head -20 >&2
  exit 1
fi
echo "site/ matches a fresh build of content/" >&2
echo "== JavaScript tests on the built (compacted) scripts" >&2
NOTICEBOARD_ASSETS="$fresh/site/assets" node --test Tests/js/

echo "== Feeds, calendars and open data (feedparser, icalendar, jsonschema)" >&2
venv=.build/check-feeds-venv
[[ -x "$venv/bin/python" ]] || python3 -m venv "$venv" >/dev/null 2>&1 || true
python=python3
[[ -x "$venv/bin/python" ]] && python="$venv/bin/python"
"$python" -m pip install -q --disable-pip-version-check -r scripts/requirements-checks.txt
"$python" scripts/check-feeds.py "$fresh/site"
"$python" scripts/check-feeds.py Tests/Fixtures/golden/expected

echo "== Links on a generated benchmark site" >&2
python3 bench/generate_site.py --documents 1000 --out "$fresh/bench"
.build/debug/noticeboard build --root "$fresh/bench" --quiet
python3 scripts/site-checks/check_links.py "$fresh/bench/site"

echo "== Search in Chromium, over http and from disk" >&2
python3 Tests/browser/search_e2e.py --noticeboard .build/debug/noticeboard | grep -v "^ok - " >&2

echo "== Hostile content in Chromium" >&2
python3 Tests/hostile/make_site.py "$fresh/hostile"
.build/debug/noticeboard build --root "$fresh/hostile" --quiet
python3 Tests/hostile/check_pages.py "$fresh/hostile/site" --query script --query onerror --query javascript
if python3 Tests/hostile/check_pages.py Tests/hostile/vulnerable >/dev/null 2>&1; then
  echo "error: check_pages.py passed a page built to fail it" >&2
  exit 1
fi

if [[ -x scripts/site-checks/run-all.sh ]]; then
  echo "== Site checks (links, W3C HTML checker, axe)" >&2
  scripts/site-checks/run-all.sh "$fresh/site"
fi
