"""One council's shard: its own `mkdocs build --strict` into <hub site>/<key>/, with
the site URL of that sub-path. It reads nothing of any other council, so any job
runner (a matrix job, a laptop loop) can build the shards in any order."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from .project import HubCouncil


def council_url(hub_url: str, key: str) -> str:
    return hub_url.rstrip("/") + f"/{key}/"


def build_council(entry: HubCouncil, site_dir: Path, hub_url: str) -> subprocess.CompletedProcess:
    """Build the council's own project, as its officers would, into site_dir/<key>/."""
    out = site_dir / entry.key
    env = dict(os.environ, SITE_URL=council_url(hub_url, entry.key), NO_MKDOCS_2_WARNING="1")
    # cwd: the council's folder, so its chart cache and any relative paths are its own
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--clean",
                           "-f", str(entry.root / "mkdocs.yml"), "-d", str(out.resolve())],
                          capture_output=True, text=True, cwd=entry.root, env=env)
