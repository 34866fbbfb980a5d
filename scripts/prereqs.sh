#!/usr/bin/env bash
# Installs what the build, the tests and the host need and are missing. Sourced by run.sh and test.sh.
# Idempotent: a second run installs nothing. Debian packages via apt, buf via npm (version pinned in package.json).
set -euo pipefail

_lbaas_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

lbaas_as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    echo "need root to run: $*" >&2; return 1; fi
}

_lbaas_apt_updated=0
lbaas_apt_install() { # packages...
  local missing=()
  for p in "$@"; do dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "prereqs: installing ${missing[*]}"
  if [ $_lbaas_apt_updated -eq 0 ]; then lbaas_as_root apt-get update -qq; _lbaas_apt_updated=1; fi
  DEBIAN_FRONTEND=noninteractive lbaas_as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

lbaas_require_dotnet() {
  if ! command -v dotnet >/dev/null; then
    echo "prereqs: the .NET 10 SDK is missing; install it (https://dot.net) and rerun" >&2
    return 1
  fi
}

lbaas_require_buf() {
  [ -x "$_lbaas_root/node_modules/.bin/buf" ] && return 0
  command -v npm >/dev/null || lbaas_apt_install npm
  # package.json pins the exact version; the registry mirror does not serve every platform package a lock file
  # would list, so install without one.
  (cd "$_lbaas_root" && npm install --no-package-lock --no-audit --no-fund --loglevel=error >/dev/null)
}

# What the test suites use: the stock OpenStack CLI (CLI compatibility test), PostgreSQL (persistence tests),
# hey (benchmarks), sqlite3 (debugging the embedded database; settling the Octavia anchor's statuses), python3-octavia
# and python3-gunicorn (the upstream Octavia 11 API the fidelity suite compares against).
lbaas_prereqs_for_tests() {
  lbaas_require_dotnet
  lbaas_apt_install python3-openstackclient python3-octaviaclient python3-neutronclient postgresql hey sqlite3 \
    python3-octavia python3-gunicorn curl
  lbaas_require_buf
}

lbaas_prereqs_for_run() {
  lbaas_require_dotnet
}
