"""The page of an imported report not yet confirmed, built by a preview
(`mkdocs build --no-strict`) of a tiny site: its notice passes the same gates as
every page kind (axe in light, dark and phone views, no third-party request, no
console error, the CSP enforced, the keyboard) and the Nu HTML Checker."""
from __future__ import annotations

import json
import subprocess

import pytest

from conftest import serving
from e2e.test_quality_gates import VIEWS, visit_all
from importdocs import SEED_2019
from importing import import_into
from tinysite import REPO_ROOT, make_site, run_build

pytestmark = pytest.mark.e2e

URL = "reports/2019/2019-09-04-childrens-services/"
KIND = "report-imported-unconfirmed"


@pytest.fixture(scope="module")
def preview(tmp_path_factory):
    root = tmp_path_factory.mktemp("imported")
    hand_2017 = (REPO_ROOT / "content/reports/2017/2017-12-21-childrens-services.md").read_text("utf-8")
    site = make_site(root / "site", reports={"2017/2017-12-21-childrens-services.md": hand_2017})
    source = root / "2019-09-04 Children's Services.txt"
    source.write_bytes(SEED_2019.read_bytes())
    import_into(site, [source])
    build = run_build(site, "--no-strict")
    assert build.returncode == 0, build.stderr
    return site / "site"


@pytest.fixture(scope="module")
def visits(preview, browser, axe_js, screenshot_dir):
    with serving(preview) as base:
        return visit_all(browser, base, {KIND: URL}, axe_js.read_text("utf-8"), screenshot_dir)


@pytest.mark.parametrize("view", VIEWS)
def test_the_notice_passes_the_gates(visits, view):
    result = visits[KIND, view]
    assert result.status == 200
    assert result.axe == [], "\n".join(result.axe)
    assert (result.foreign_requests, result.failed_requests, result.console_errors) == ([], [], [])
    assert result.keyboard == []
    if view == "light":
        violations = [e for e in result.csp_probe if e.startswith("CSP violation:")]
        assert len(violations) == 1 and "the inline script RAN" not in result.csp_probe


def test_the_page_is_valid_html(preview, vnu_jar):
    page = preview / URL / "index.html"
    assert "ca-import-notice" in page.read_text("utf-8")
    proc = subprocess.run(["java", "-jar", str(vnu_jar), "--errors-only", "--format", "json", str(page)],
                          capture_output=True, text=True, timeout=300)
    messages = [m for m in json.loads(proc.stderr or '{"messages": []}')["messages"] if m.get("type") == "error"]
    assert messages == []
