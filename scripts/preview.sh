#!/usr/bin/env bash
# Serve the site at http://127.0.0.1:8000/, rebuilt on every save to content/ or site_config/.
# Extra arguments go to `mkdocs serve`, e.g.  bash scripts/preview.sh --dirty  (large archives)
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh
export NO_MKDOCS_2_WARNING=1  # Material's end-of-life banner (docs/design.md)
exec "${VENV:-.venv}/bin/mkdocs" serve "$@"
