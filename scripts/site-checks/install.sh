#!/usr/bin/env bash
# Install what scripts/site-checks needs, quietly and only if missing:
#   Debian: default-jre-headless (for vnu.jar), chromium and chromium-driver (for axe-core)
#   PyPI:   requirements.txt, then requirements-nodeps.txt with --no-deps
# Usage: scripts/site-checks/install.sh [--no-browser]     (PYTHON=... picks the interpreter)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PYTHON="${PYTHON:-python3}"
apt_pkgs=(default-jre-headless chromium chromium-driver)
if [[ "${1:-}" == "--no-browser" ]]; then
  apt_pkgs=(default-jre-headless)
fi

# --- Debian packages
missing=()
for p in "${apt_pkgs[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if ((${#missing[@]})); then
  sudo=""
  if [[ "$(id -u)" -ne 0 ]]; then sudo="sudo"; fi
  apt_opts=(-y -q -o DPkg::Lock::Timeout=900 -o Dpkg::Use-Pty=0)
  echo "install.sh: apt-get install ${missing[*]}" >&2
  # Package lists are needed first on a fresh machine; retry after an update if they are stale.
  if [[ -z "$(ls -A /var/lib/apt/lists 2>/dev/null | grep -v -e '^lock$' -e '^partial$' -e '^auxfiles$')" ]]; then
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -q -o DPkg::Lock::Timeout=900 >/dev/null
  fi
  if ! $sudo env DEBIAN_FRONTEND=noninteractive apt-get install "${apt_opts[@]}" "${missing[@]}" >/dev/null; then
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -q -o DPkg::Lock::Timeout=900 >/dev/null
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install "${apt_opts[@]}" "${missing[@]}" >/dev/null
  fi
fi

# --- Python packages: skip pip entirely when every pin is already installed
if ! "$PYTHON" - "$here/requirements.txt" "$here/requirements-nodeps.txt" <<'PY'
import sys
from importlib import metadata
for path in sys.argv[1:]:
    for line in open(path, encoding="utf-8"):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        name, _, version = line.partition("==")
        try:
            if metadata.version(name.strip()) != version.strip():
                sys.exit(1)
        except metadata.PackageNotFoundError:
            sys.exit(1)
PY
then
  echo "install.sh: pip install -r requirements.txt" >&2
  pip_opts=(-q --disable-pip-version-check)
  if [[ "$(id -u)" -eq 0 && -z "${VIRTUAL_ENV:-}" ]]; then pip_opts+=(--root-user-action=ignore); fi
  "$PYTHON" -m pip install "${pip_opts[@]}" -r "$here/requirements.txt"
  "$PYTHON" -m pip install "${pip_opts[@]}" --no-deps -r "$here/requirements-nodeps.txt"
fi
