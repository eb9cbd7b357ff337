"""The pages of a long archive in Chromium: benchmarks/synth.py's 1,000 reports over
36 years (tests/pagedsite.py's make_long_site), whose rate charts rest on a population
estimate for every year. The quality gates of tests/e2e/test_quality_gates.py (its
visit_all, in the same three views, with screenshots), plus what only shows at scale:
chart labels printed over each other, tables wider than the column, listings that open
on the oldest commitments. 'Pages at scale' in docs/design.md says what these guard."""
from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Iterator

import pytest

from conftest import open_page, serving
from e2e.layout import unequal_charts
from e2e.test_quality_gates import assert_passes_the_gates, LAYOUT_VIEWS, VIEWS, Visit, visit_all
from generator.model.series import build_series
from generator.model.tracker import tracker_for
from generator.pipeline import check_archive
from pagedsite import make_long_site
from tinysite import run_build

pytestmark = pytest.mark.e2e

# the portfolio with the fewest commitments (118): the keyboard gate tabs through at most 400 stops
PORTFOLIO = "commitments/by-portfolio/culture/"
LONG_KINDS = {
    "long-home": "",
    "long-commitments-index": "commitments/",
    "long-commitments-portfolio": PORTFOLIO,
    "long-commitments-member": "commitments/by-member/tony-jackson/",
    "long-metrics-index": "metrics/",
    "long-metric": "metrics/children-looked-after/",
    "long-metric-count-only": "metrics/care-leavers/",
    "long-metric-readings": "metrics/children-looked-after/readings/2010-2019/",
}


@pytest.fixture(scope="module")
def long_root(tmp_path_factory) -> Path:
    root = make_long_site(tmp_path_factory.mktemp("long-e2e") / "archive")
    build = run_build(root)
    assert build.returncode == 0, build.stderr
    return root


@pytest.fixture(scope="module")
def long_server(long_root) -> Iterator[str]:
    with serving(long_root / "site") as url:
        yield url


@pytest.fixture(scope="module")
def long_visits(browser, long_server, axe_js, screenshot_dir: Path) -> dict[tuple[str, str], Visit]:
    return visit_all(browser, long_server, LONG_KINDS, axe_js.read_text("utf-8"), screenshot_dir)


CASES = [(kind, view) for view in VIEWS for kind in LONG_KINDS]


@pytest.mark.parametrize("kind,view", CASES)
def test_long_archive_pages_pass_the_quality_gates(long_visits, kind, view):
    assert_passes_the_gates(long_visits[kind, view])


@pytest.mark.parametrize("kind,view", [(k, v) for v in LAYOUT_VIEWS for k in LONG_KINDS])
def test_long_archive_pages_scroll_sideways_only_in_a_data_table_on_a_phone(long_visits, kind, view):
    v = long_visits[kind, view]
    assert v.layout == [], "\n".join(v.layout)


@pytest.mark.parametrize("kind,view", CASES)
def test_no_chart_text_overlaps_though_the_base_changed_every_year(long_visits, kind, view):
    v = long_visits[kind, view]
    assert v.chart_overlaps == [], "\n".join(v.chart_overlaps)
    charts = {"long-metric": 2, "long-metric-count-only": 1}.get(kind, 0)
    assert len(v.chart_plots) == charts, v.where
    assert (v.chart_texts > 0) == bool(charts), v.where
    # the value and rate charts: the same width, their plots one above the other
    assert not unequal_charts(v.chart_plots), f"{v.where}: {v.chart_plots}"


def test_the_rate_chart_has_one_key_entry_for_thirty_base_changes(long_visits, long_root):
    archive = check_archive(long_root, long_root / "content", long_root / "site_config").archive
    series = next(s for s in build_series(archive) if s.key == "children-looked-after")
    assert len(series.base_changes) >= 20  # what this test is about: many changes of base
    html = (long_root / "site" / "metrics" / "children-looked-after" / "index.html").read_text("utf-8")
    # the key: once in each of the rate chart's two drawings (for a wide column and a phone's)
    assert html.count(f">A new estimate takes effect ({len(series.base_changes)} times)</text>") == 2
    assert f"; {len(series.base_changes)} dashed lines mark where each new population estimate took effect" in html


# In the page: each status section's commitments, in the order listed.
_LISTED = """() => Object.fromEntries([...document.querySelectorAll('section.ca-group')].map((s) =>
    [s.querySelector('h3').id, [...s.querySelectorAll('.ca-commitment-text a')].map((a) =>
      new URL(a.href).pathname.split('/').filter(Boolean).pop())]))"""


def latest_report_dates(root: Path) -> dict[str, date]:
    """Commitment id -> the date of the latest report that spoke of it, from the model."""
    archive = check_archive(root, root / "content", root / "site_config").archive
    return {c.id: c.last.report.date for c in tracker_for(archive).commitments}


@pytest.mark.parametrize("path", [PORTFOLIO, "commitments/by-portfolio/housing/",
                                  "commitments/by-member/tony-jackson/"])
def test_listings_open_each_status_on_its_newest_commitments(browser, long_server, long_root, path):
    dates = latest_report_dates(long_root)
    page = open_page(browser)
    try:
        page.goto(long_server + path, wait_until="networkidle")
        listed = page.evaluate(_LISTED)
    finally:
        page.context.close()
    assert set(listed) >= {"status-delivered", "status-in-progress"}, listed.keys()
    for status, ids in listed.items():
        shown = [dates[cid] for cid in ids]
        assert shown == sorted(shown, reverse=True), f"{path}#{status}: not newest first"
    # the archive runs 1990 to 2026: the list opens on this decade, not on 1990
    assert max(dates[ids[0]] for ids in listed.values()).year >= 2025
