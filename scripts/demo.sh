#!/usr/bin/env bash
# Builds the demo site (this repository's content/) into site/. Installs what it needs first.
#   scripts/demo.sh           build into site/
#   scripts/demo.sh --serve   build, then preview it on http://127.0.0.1:8000 (live reload)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
swift build -c release --product noticeboard
if [[ "${1:-}" == "--serve" ]]; then
  exec .build/release/noticeboard serve --root .
fi
.build/release/noticeboard build --root .
echo "Open site/index.html in a browser, or publish the site/ folder on any static host."
