#!/usr/bin/env bash
# Run every site check on a built site folder.
# Usage: scripts/site-checks/run-all.sh [--no-browser] [--strict] SITE_DIR
#   --no-browser  skip check_a11y.py (no Chromium needed)
#   --strict      vnu warnings and check_a11y warnings fail too
# Exit status: 0 when every check passed, else the highest status of the failed checks
# (1 problems found, 2 a check could not run). PYTHON=... picks the interpreter.
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PYTHON="${PYTHON:-python3}"
browser=1
strict=()
site=""
for arg in "$@"; do
  case "$arg" in
    --no-browser) browser=0 ;;
    --strict) strict=(--strict) ;;
    -h|--help) sed -n '2,8p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "run-all.sh: unknown option $arg" >&2; exit 2 ;;
    *) if [[ -n "$site" ]]; then echo "run-all.sh: one SITE_DIR only" >&2; exit 2; fi; site="$arg" ;;
  esac
done
if [[ -z "$site" ]]; then echo "usage: run-all.sh [--no-browser] [--strict] SITE_DIR" >&2; exit 2; fi
if [[ ! -d "$site" ]]; then echo "$site: error: not a folder" >&2; exit 2; fi

status=0
summary=()
run() {
  local name="$1"; shift
  echo "== $name" >&2
  local start end rc
  start=$(date +%s.%N)
  "$PYTHON" "$here/$name" "$@"
  rc=$?
  end=$(date +%s.%N)
  local secs
  secs=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }')
  if ((rc == 0)); then summary+=("  ok    ${secs}s  $name"); else summary+=("  FAIL  ${secs}s  $name (exit $rc)"); fi
  if ((rc > status)); then status=$rc; fi
}

run check_links.py "$site"
run check_html.py "${strict[@]}" "$site"
if ((browser)); then
  run check_a11y.py "${strict[@]}" "$site"
else
  summary+=("  skip        check_a11y.py (--no-browser)")
fi

echo "== summary for $site" >&2
printf '%s\n' "${summary[@]}" >&2
exit "$status"
