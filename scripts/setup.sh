#!/usr/bin/env bash
# Set up everything the build and the tests need, from a bare Debian 12 machine.
#
#   bash scripts/setup.sh                 # Python venv with exact pins + the project (editable),
#                                         # and Debian's tesseract-ocr for importing scans
#   bash scripts/setup.sh --with-browser  # ... plus Debian chromium, fonts, Java and npm tools
#
# Idempotent: each step is skipped when its inputs (lock files) have not changed
# since it last succeeded, so scripts/test.sh can call it on every run.
# Env: VENV=path (default .venv), PYTHON=interpreter (default python3.11),
#      FORCE=1 to redo every step.
set -euo pipefail
cd "$(dirname "$0")/.."

VENV="${VENV:-.venv}"
FORCE="${FORCE:-0}"
with_browser=0
for arg in "$@"; do
  case "$arg" in
    --with-browser) with_browser=1 ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "setup: unknown argument: $arg (try --help)" >&2; exit 2 ;;
  esac
done

log() { printf 'setup: %s\n' "$*"; }
die() { printf 'setup: ERROR: %s\n' "$*" >&2; exit 1; }

# Run a noisy command with its output in a log; show the log only if it fails.
quiet() {
  local out rc=0
  out="$(mktemp)"
  "$@" >"$out" 2>&1 || rc=$?
  if [ "$rc" -ne 0 ]; then
    cat "$out" >&2; rm -f "$out"
    die "command failed (exit $rc): $*"
  fi
  rm -f "$out"
}

# Stamps record a hash of a step's inputs, so unchanged steps are skipped.
digest() { cat "$@" | sha256sum | cut -d' ' -f1; }
fresh() { [ "$FORCE" != 1 ] && [ -f "$1" ] && [ "$(cat "$1")" = "$2" ]; }

# --- Python -----------------------------------------------------------------
# Pick an interpreter >= 3.11 (the lock file is resolved for 3.11).
PYTHON="${PYTHON:-$(command -v python3.11 || command -v python3 || true)}"
[ -n "$PYTHON" ] || die "no python3.11/python3 on PATH"
"$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
  || die "$PYTHON is older than 3.11"

# Reuse an existing venv, but rebuild it if its interpreter no longer runs
# (e.g. the base Python it was made from was upgraded or removed).
if [ -e "$VENV" ] && ! "$VENV/bin/python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  log "venv $VENV is broken or too old; recreating it"
  rm -rf "$VENV"
fi
if [ ! -x "$VENV/bin/python" ]; then
  log "creating venv $VENV"
  quiet "$PYTHON" -m venv "$VENV"
fi

py_stamp="$VENV/.council-archive-setup"
py_inputs="$(digest requirements.lock pyproject.toml; "$VENV/bin/python" -VV)"
if fresh "$py_stamp" "$py_inputs"; then
  log "python deps up to date ($VENV)"
else
  log "installing requirements.lock into $VENV"
  quiet "$VENV/bin/python" -m pip install -q --disable-pip-version-check -r requirements.lock
  # --no-deps: every dependency is already pinned above; only the project itself.
  quiet "$VENV/bin/python" -m pip install -q --disable-pip-version-check --no-deps -e .
  printf '%s' "$py_inputs" > "$py_stamp"
fi

# Install the Debian packages named, where any is missing (root, or sudo).
apt_install() {
  [ "$#" -gt 0 ] || return 0
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || die "need root (or sudo) to apt-get install: $*"
    sudo="sudo"
  fi
  log "apt-get installing: $*"
  quiet $sudo apt-get update -q
  quiet $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@"
}

# --- Debian packages for importing scans ------------------------------------
# `council-archive import` reads scanned PDFs with Tesseract, Debian's English data
# and its orientation data (a page scanned on its side); nothing is downloaded at run time.
missing=()
command -v tesseract >/dev/null 2>&1 || missing+=(tesseract-ocr)
dpkg -s tesseract-ocr-eng >/dev/null 2>&1 || missing+=(tesseract-ocr-eng)
dpkg -s tesseract-ocr-osd >/dev/null 2>&1 || missing+=(tesseract-ocr-osd)
apt_install "${missing[@]}"

[ "$with_browser" = 1 ] || { log "done (no browser tools; use --with-browser for e2e tests)"; exit 0; }

# --- Debian packages for browser tests -------------------------------------
# Debian's chromium (Playwright never downloads a browser here), a font so
# screenshots show text, and a Java runtime for vnu.jar (the HTML checker).
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
dpkg -s fonts-dejavu-core >/dev/null 2>&1 || missing+=(fonts-dejavu-core)
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)
apt_install "${missing[@]}"
[ -x /usr/bin/chromium ] || die "/usr/bin/chromium still missing after install"

# --- npm tools (axe-core, vnu-jar) -----------------------------------------
# --ignore-scripts: vnu-jar's postinstall would try to download a Java runtime
# when none is on PATH; we use Debian's java and run build/dist/vnu.jar directly.
npm_stamp="node_modules/.council-archive-setup"
npm_inputs="$(digest package.json package-lock.json)"
if fresh "$npm_stamp" "$npm_inputs"; then
  log "npm deps up to date"
else
  log "npm ci (axe-core, vnu-jar)"
  quiet npm ci --ignore-scripts --no-audit --no-fund
  printf '%s' "$npm_inputs" > "$npm_stamp"
fi

log "done (with browser: $(/usr/bin/chromium --version 2>/dev/null | head -n1))"
