#!/usr/bin/env bash
# Set up (including the browser tools) and run the whole test suite.
# Extra arguments go to pytest, e.g.  bash scripts/test.sh -m "not e2e" -x
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh --with-browser
# Material for MkDocs prints a multi-line end-of-life banner on every build.
export NO_MKDOCS_2_WARNING=1
# pytest's exit code passes straight through: 5 ("no tests collected") fails CI.
exec "${VENV:-.venv}/bin/python" -m pytest "$@"
