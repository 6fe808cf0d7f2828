#!/usr/bin/env bash
# Installs the system packages Noticeboard needs, only those missing. Debian or Ubuntu, as root or with sudo.
#   scripts/setup.sh          what building needs (libcmark-gfm and its extensions, poppler-utils for PDF text)
#   scripts/setup.sh --test   and what the tests need (Node.js, a JRE for the W3C checker, Chromium and its driver,
#                             qpdf to encrypt test PDFs)
set -euo pipefail

packages=(libcmark-gfm-dev libcmark-gfm-extensions-dev pkg-config poppler-utils)
if [[ "${1:-}" == "--test" ]]; then
  packages+=(nodejs default-jre-headless chromium chromium-driver python3-pip python3-venv qpdf)
fi

missing=()
for package in "${packages[@]}"; do
  # A command already on PATH (e.g. a Node.js or Python installed another way) is good enough.
  case "$package" in
    nodejs) command -v node >/dev/null 2>&1 && continue ;;
    python3-pip) python3 -m pip --version >/dev/null 2>&1 && continue ;;
    python3-venv) python3 -m venv --help >/dev/null 2>&1 && continue ;;
    default-jre-headless) command -v java >/dev/null 2>&1 && continue ;;
  esac
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done

if ((${#missing[@]})); then
  echo "Installing: ${missing[*]}" >&2
  sudo=""
  [[ $(id -u) -ne 0 ]] && sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [[ "${1:-}" == "--test" ]] && ! python3 -c "import selenium" 2>/dev/null; then
  python3 -m pip install -q --disable-pip-version-check "selenium>=4.20" >&2
fi

if ! command -v swift >/dev/null 2>&1; then
  echo "error: Swift 6 is not installed: get it from https://www.swift.org/install/linux/" >&2
  exit 2
fi
