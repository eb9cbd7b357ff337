"""Tiny sites in tmp_path: a whole small project (mkdocs.yml, site_config/, a few
reports) written from Python, to check, build and assert on."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent

# A report that passes every check; tests change one thing at a time.
GOOD_REPORT = """\
---
title: Children's Services - Executive Member Report to Council
date: 2019-09-04
meeting: Council
portfolio: childrens-services
member: barrie-cooper
metrics:
  - metric: children-looked-after
    value: 552
    as_of: 2019-08-18
commitments:
  - id: youth-parliament
    text: Create a Youth Parliament.
    status: in-progress
    due: 2020-07
tags: [youth-voice]
---

The report's prose.
"""


# members.yml for a tiny site: the children's services portfolio changed hands on 1 May 2019
DATED_MEMBERS = """\
barrie-cooper:
  name: Councillor Barrie Cooper
  roles:
    - title: Executive Member for Children's Services
      portfolio: childrens-services
      from: 2019-05-01
michael-carr:
  name: Councillor Michael Carr
  roles:
    - title: Executive Member for Children's Services
      portfolio: childrens-services
      to: 2019-04-30
"""


def report(**changes: str) -> str:
    """GOOD_REPORT with whole lines replaced: report(date='date: 2019-09-05')."""
    text = GOOD_REPORT
    for key, line in changes.items():
        old = next(l for l in text.splitlines() if l.startswith(f"{key}:"))
        text = text.replace(old, line, 1)
    return text


def make_site(root: Path, reports: dict[str, str] | None = None,
              config: dict[str, str] | None = None, pages: dict[str, str] | None = None) -> Path:
    """Write a project: the real mkdocs.yml and site_config/, plus these reports
    (path under content/reports/ -> text) and config files (name -> YAML)."""
    root.mkdir(parents=True, exist_ok=True)
    shutil.copy(REPO_ROOT / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copytree(REPO_ROOT / "site_config", root / "site_config", dirs_exist_ok=True)
    content = root / "content"
    (content / "reports").mkdir(parents=True, exist_ok=True)
    (content / "index.md").write_text("# Home\n\n<!-- council-archive:latest-reports -->\n")
    (content / "about.md").write_text("# About\n")
    for rel, text in (pages or {}).items():
        (content / rel).parent.mkdir(parents=True, exist_ok=True)
        (content / rel).write_text(text)
    for rel, text in (reports if reports is not None else
                      {"2019/2019-09-04-childrens-services.md": GOOD_REPORT}).items():
        path = content / "reports" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    for name, text in (config or {}).items():
        (root / "site_config" / name).write_text(textwrap.dedent(text))
    return root


def run_check(root: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """env: added to the environment, which never has the CI's own GITHUB_STEP_SUMMARY
    (a test must not write into the real job summary)."""
    base = {k: v for k, v in os.environ.items() if k != "GITHUB_STEP_SUMMARY"}
    return subprocess.run([sys.executable, "-m", "generator.cli", "check", "--root", str(root), *args],
                          capture_output=True, text=True, cwd=REPO_ROOT, env={**base, **(env or {})})


def run_build(root: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", SOURCE_DATE_EPOCH="1700000000")
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict",
                           "-f", str(root / "mkdocs.yml"), *args],
                          capture_output=True, text=True, cwd=root, env=env)
