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


LATER = "content/reports/2020/2020-01-08-childrens-services.md"
NOTES = """updates:
  - date: 2019-10-02
    kind: correction
    summary: Children looked after corrected from 562 to 552 (a typing error).
  - date: 2019-11-12
    kind: update
    summary: Added a link to the meeting's minutes.
"""


def make_corrected_site(root: Path) -> Path:
    """562 published on 5 September 2019; corrected to 552, with notes, on 2 October 2019;
    a later report (8 January 2020, 560 as of 1 January 2020) supersedes it on 9 January 2020."""
    make_git_site(root, {"2019/2019-09-04-childrens-services.md": amended("562")})
    write(root, REPORT, amended("552", NOTES))
    commit(root, "Correct children looked after", "2019-10-02")
    later = (GOOD_REPORT.replace("date: 2019-09-04", "date: 2020-01-08").replace("value: 552", "value: 560")
             .replace("as_of: 2019-08-18", "as_of: 2020-01-01").replace("    text: Create a Youth Parliament.\n", ""))
    write(root, LATER, later)
    commit(root, "January report", "2020-01-09")
    return root
