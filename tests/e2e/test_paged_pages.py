"""The quality gates (axe, keyboard, CSP, no off-site request, no console error)
on the pages only a long archive has: a metric page with older readings, its
pages by decade, and page 2 of a tracker listing. The seed site is too short to
page, so these run on tests/pagedsite.py's 130 reports, in the same three views
as tests/e2e/test_quality_gates.py (whose visit_all() they reuse), with screenshots."""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest

from conftest import serving
from e2e.layout import unequal_charts
from e2e.test_quality_gates import assert_passes_the_gates, LAYOUT_VIEWS, VIEWS, Visit, visit_all
from pagedsite import make_paged_site
from tinysite import run_build

pytestmark = pytest.mark.e2e

PAGED_KINDS = {
    "metric-paged": "metrics/children-looked-after/",
    "metric-readings-paged": "metrics/children-looked-after/readings/2010-2019/",
    "commitments-portfolio-page-2": "commitments/by-portfolio/childrens-services/page-2/",
    "commitments-member-page-2": "commitments/by-member/barrie-cooper/page-2/",
}


@pytest.fixture(scope="module")
def paged_server(tmp_path_factory) -> Iterator[str]:
    root = make_paged_site(tmp_path_factory.mktemp("paged-e2e"))
    build = run_build(root)
    assert build.returncode == 0, build.stderr
    with serving(root / "site") as url:
        yield url


@pytest.fixture(scope="module")
def paged_visits(browser, paged_server, axe_js, screenshot_dir: Path) -> dict[tuple[str, str], Visit]:
    return visit_all(browser, paged_server, PAGED_KINDS, axe_js.read_text("utf-8"), screenshot_dir)


CASES = [(kind, view) for view in VIEWS for kind in PAGED_KINDS]


@pytest.mark.parametrize("kind,view", CASES)
def test_paged_pages_pass_the_quality_gates(paged_visits, kind, view):
    assert_passes_the_gates(paged_visits[kind, view])


@pytest.mark.parametrize("kind,view", [(k, v) for v in LAYOUT_VIEWS for k in PAGED_KINDS])
def test_paged_pages_scroll_sideways_only_in_a_data_table_on_a_phone(paged_visits, kind, view):
    v = paged_visits[kind, view]
    assert v.layout == [], "\n".join(v.layout)


@pytest.mark.parametrize("kind,view", CASES)
def test_a_long_series_charts_recent_years_and_its_whole_history_without_overlaps(paged_visits, kind, view):
    v = paged_visits[kind, view]
    assert v.chart_overlaps == [], "\n".join(v.chart_overlaps)
    # 130 readings: the recent years' chart, and below it the whole history, the same width
    expected = ["chart-values", "chart-rates", "chart-values-history", "chart-rates-history"] \
        if kind == "metric-paged" else []
    assert [plot[0] for plot in v.chart_plots] == expected, v.where
    assert not unequal_charts(v.chart_plots), f"{v.where}: {v.chart_plots}"


def test_filter_on_a_paged_listing_says_it_counts_this_page(page, paged_server):
    page.goto(paged_server + "commitments/by-portfolio/childrens-services/page-2/", wait_until="networkidle")
    page.select_option("select[name=status]", "delayed")
    assert page.inner_text(".ca-filter-count") == "Showing 60 of the 60 commitments on this page."
