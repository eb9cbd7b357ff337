"""`mkdocs serve --dirty`'s rebuilds without the HTTP server, so a test can look at
the site directory itself (which files were rewritten) and compare it byte for byte.

    python tests/servesim.py MKDOCS_YML SITE_DIR

builds once per line read from stdin, exactly as serve does (one process, one plugin
instance kept across rebuilds because it has on_startup, one site directory,
dirty=True from the first build on), and prints 'built' or 'failed' after each.
Run in a subprocess: MkDocs keeps such plugin instances in a process-wide cache."""
from __future__ import annotations

import logging
import sys

from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort, PluginError

SERVE_URL = "http://127.0.0.1:8000/"


def main(config_file: str, site_dir: str) -> None:
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    started = False
    for _ in sys.stdin:
        config = load_config(config_file, site_dir=site_dir)
        if not started:
            config.plugins.on_startup(command="serve", dirty=True)
            started = True
        try:
            build(config, serve_url=SERVE_URL, dirty=True)
        except (Abort, PluginError) as exc:
            print(f"failed: {exc}", flush=True)
            continue
        print("built", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
