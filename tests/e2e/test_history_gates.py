"""The quality gates (axe, keyboard, CSP, no off-site request, no console error, and
the Nu Html Checker) on the pages only an archive with history has: a report with
updates, an amended figure that a later report superseded, a metric page with an
amended reading, and a corrections page with entries. The seed reports have no
corrections, so these run on a git-backed tiny site (tests/gitsite.py), in the same
three views as tests/e2e/test_quality_gates.py (whose visit_all() they reuse)."""
from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from conftest import serving
from e2e.test_quality_gates import assert_passes_the_gates, VIEWS, Visit, visit_all
from gitsite import make_corrected_site
from tinysite import run_build

pytestmark = pytest.mark.e2e

HISTORY_KINDS = {
    "report-with-updates": "reports/2019/2019-09-04-childrens-services/",
    "report-latest": "reports/2020/2020-01-08-childrens-services/",
    "metric-amended": "metrics/children-looked-after/",
    "corrections-with-entries": "corrections/",
}


@pytest.fixture(scope="module")
def history_site(tmp_path_factory) -> Path:
    root = make_corrected_site(tmp_path_factory.mktemp("history-e2e") / "site")
    build = run_build(root)
    assert build.returncode == 0, build.stderr
    return root / "site"


@pytest.fixture(scope="module")
def history_visits(browser, history_site, axe_js, screenshot_dir: Path) -> dict[tuple[str, str], Visit]:
    with serving(history_site) as url:
        return visit_all(browser, url, HISTORY_KINDS, axe_js.read_text("utf-8"), screenshot_dir)


CASES = [(kind, view) for view in VIEWS for kind in HISTORY_KINDS]


@pytest.mark.parametrize("kind,view", CASES)
def test_history_pages_pass_the_quality_gates(history_visits, kind, view):
    assert_passes_the_gates(history_visits[kind, view])


def test_history_pages_are_valid_html(history_site, vnu_jar):
    files = [history_site / path / "index.html" for path in HISTORY_KINDS.values()]
    proc = subprocess.run(["java", "-jar", str(vnu_jar), "--errors-only", "--format", "json",
                           *map(str, files)], capture_output=True, text=True, timeout=300)
    messages = json.loads(proc.stderr or '{"messages": []}')["messages"]
    errors = [f"{m.get('url')} line {m.get('lastLine')}: {m['message']}" for m in messages
              if m.get("type") == "error"]
    assert errors == [], "\n".join(errors)
    assert proc.returncode == 0, proc.stderr
