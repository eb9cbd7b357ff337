#!/usr/bin/env bash
# Set up (see scripts/setup.sh) and build the site into site/ with --strict.
# Extra arguments go to `mkdocs build`, e.g.  bash scripts/build.sh -d /tmp/site
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh
# Material for MkDocs prints a multi-line end-of-life banner on every build (docs/design.md).
export NO_MKDOCS_2_WARNING=1
exec "${VENV:-.venv}/bin/mkdocs" build --strict "$@"
