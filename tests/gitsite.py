"""Tiny sites as real git repositories: scripted commits on fixed dates, for history."""
from __future__ import annotations

import os
import subprocess
from pathlib import Path

from tinysite import GOOD_REPORT, make_site

REPORT = "content/reports/2019/2019-09-04-childrens-services.md"


def git(root: Path, *args: str, day: str = "2019-09-05") -> str:
    """Run git in root with author and committer dates fixed to noon UTC on `day`."""
    stamp = f"{day}T12:00:00+00:00"
    env = dict(os.environ, GIT_AUTHOR_DATE=stamp, GIT_COMMITTER_DATE=stamp,
               GIT_CONFIG_GLOBAL="/dev/null", GIT_CONFIG_NOSYSTEM="1")
    done = subprocess.run(["git", *args], cwd=root, env=env, capture_output=True, text=True, check=True)
    return done.stdout.strip()


def commit(root: Path, message: str, day: str) -> str:
    git(root, "add", "-A", day=day)
    git(root, "commit", "-q", "-m", message, day=day)
    return git(root, "rev-parse", "HEAD", day=day)


def make_git_site(root: Path, reports: dict[str, str] | None = None, day: str = "2019-09-05") -> Path:
    """A tiny site whose first commit publishes its reports on `day`."""
    make_site(root, reports)
    git(root, "init", "-q", "-b", "main")
    git(root, "config", "user.name", "Officer")
    git(root, "config", "user.email", "officer@example.org")
    commit(root, "Publish", day)
    return root


def write(root: Path, rel: str, text: str) -> None:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)


def amended(value: str = "562", updates: str = "") -> str:
    """GOOD_REPORT with children looked after at `value` and, optionally, updates: lines."""
    text = GOOD_REPORT.replace("value: 552", f"value: {value}")
    return text.replace("tags: [youth-voice]\n", f"tags: [youth-voice]\n{updates}")
