"""Unconfirmed means marked everywhere: on a site that publishes imported drafts an
officer has not yet confirmed (site.yml publish_unconfirmed_imports: true), every figure
of such a report carries the mark wherever it is shown (the home page, a metric's
headline, table and chart point with its own shape and key entry, the CSV/JSON
`confirmed` column, the feeds, the report's search result); by default the build stops."""
from __future__ import annotations

import csv
import io
import json
import re

import pytest

from conftest import serving
from importdocs import SEED_2019
from importing import import_into
from tinysite import REPO_ROOT, make_site, run_build

pytestmark = pytest.mark.e2e

METRIC = "metrics/children-looked-after/"
REPORT = "reports/2019/2019-09-04-childrens-services/"
MARK = "not yet confirmed"


def _imported_site(root):
    hand_2017 = (REPO_ROOT / "content/reports/2017/2017-12-21-childrens-services.md").read_text("utf-8")
    site = make_site(root, reports={"2017/2017-12-21-childrens-services.md": hand_2017},
                     pages={"index.md": "# Home\n\n<!-- council-archive:latest-figures -->\n"})
    source = root.parent / f"{root.name}-2019-09-04 Children's Services.txt"
    source.write_bytes(SEED_2019.read_bytes())
    import_into(site, [source])
    return site


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    site = _imported_site(tmp_path_factory.mktemp("unconfirmed") / "site")
    settings = site / "site_config" / "site.yml"
    settings.write_text(settings.read_text("utf-8") + "publish_unconfirmed_imports: true\n", "utf-8")
    build = run_build(site)
    assert build.returncode == 0, build.stderr
    return site / "site"


def test_by_default_nothing_unconfirmed_reaches_a_built_site(tmp_path):
    site = _imported_site(tmp_path / "site")
    build = run_build(site)
    assert build.returncode != 0  # --strict: each suggested value is a warning until confirmed
    assert "suggested by the import and not yet confirmed" in build.stderr


def test_the_home_page_marks_each_latest_figure_not_yet_confirmed(published, browser):
    with serving(published) as base:
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.goto(base, wait_until="networkidle")
        rows = page.locator(".ca-home-figures tbody tr:not(.ca-group-row)")
        marked = {rows.nth(i).locator("th").inner_text(): rows.nth(i).locator(".ca-unconfirmed").count()
                  for i in range(rows.count())}
        page.close()
    # every metric's latest reading comes from the imported 2019 report
    assert marked and all(count == 1 for count in marked.values()), marked
    assert page_text(published, "").count(MARK) == len(marked)


def test_the_metric_page_marks_its_headline_table_and_chart_point(published, browser, screenshot_dir):
    with serving(published) as base:
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.goto(base + METRIC, wait_until="networkidle")
        page.wait_for_selector("figure.ca-chart--live .ca-chart-live svg", state="attached")
        summary = page.locator(".ca-metric-summary").inner_text()
        rows = page.locator("#data ~ .ca-table-wrap tbody tr")
        cells = [rows.nth(i).locator("td").first.inner_text() for i in range(rows.count())]
        # the chart: the imported reading's point is a hollow grey triangle, with its key entry
        points = page.evaluate("""() => [...document.querySelectorAll(
            '#chart-values .ca-chart-wide [aria-roledescription="point"]')].map(p => [
            p.getAttribute('aria-label'), p.getAttribute('d'), p.getAttribute('stroke'), p.getAttribute('fill')])""")
        key = page.locator("#chart-values .ca-chart-wide svg").text_content()
        rate_key = page.locator("#chart-rates .ca-chart-wide svg").text_content()
        for _ in range(40):  # the tooltip of the imported point says so too
            page.keyboard.press("Tab")
            if page.evaluate("document.activeElement.classList.contains('ca-chart-point')"):
                break
        page.keyboard.press("End")
        tip = page.locator("#chart-values .ca-chart-tip").inner_text()
        page.locator("#chart-values").screenshot(path=screenshot_dir / "metric-unconfirmed.png")
        page.close()
    assert summary.startswith("Children looked after: 552 children as of 18 August 2019 (not yet confirmed), "
                              "up 114 children since the previous reading (438 as of 21 December 2017)")
    assert [MARK in c for c in cells] == [False, True]
    (first_label, first_d, _, first_fill), (label, d, stroke, fill) = points
    assert MARK not in first_label and label.startswith(
        "552 children as of 18 August 2019 (report of 4 September 2019), not yet confirmed")
    assert d != first_d and stroke == "#767676" and fill in (None, "transparent") and first_fill == "#2f7ed8"
    assert "Imported, not yet confirmed" in key and "Stated in a report" in key
    assert "Imported, not yet confirmed" in rate_key and "Printed in the report" in rate_key
    assert MARK in tip


def test_the_open_data_has_a_confirmed_column_at_the_end(published):
    rows = list(csv.reader(io.StringIO((published / "data" / "readings.csv").read_text("utf-8"))))
    assert rows[0][-1] == "confirmed"
    by_date = {row[rows[0].index("report_date")]: row[-1] for row in rows[1:]}
    assert by_date == {"2017-12-21": "true", "2019-09-04": "false"}
    own = list(csv.reader(io.StringIO((published / METRIC / "children-looked-after.csv").read_text("utf-8"))))
    assert own[0][-1] == "confirmed" and [r[-1] for r in own[1:]] == ["true", "false"]
    document = json.loads((published / METRIC / "children-looked-after.json").read_text("utf-8"))
    assert document["columns"][-1] == "confirmed"
    assert [r["confirmed"] for r in document["readings"]] == [True, False]


def test_the_feeds_mark_the_figures_and_the_report(published):
    figures = (published / "feeds" / "metrics" / "children-looked-after.xml").read_text("utf-8")
    titles = re.findall(r"<title>(.*?)</title>", figures)
    assert "Children looked after: 552 children as of 18 August 2019 (not yet confirmed)" in titles
    assert "Children looked after: 438 children as of 21 December 2017" in titles
    reports = (published / "feeds" / "reports.xml").read_text("utf-8")
    summaries = re.findall(r"<summary>(.*?)</summary>", reports)
    assert [("Not yet confirmed" in s) for s in summaries] == [True, False]


def test_the_reports_search_result_is_marked(published, browser):
    with serving(published) as base:
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.goto(base + "search/?q=parliament", wait_until="networkidle")
        page.wait_for_selector(".ca-search-result")
        results = page.locator(".ca-search-result")
        found = {results.nth(i).locator(".ca-search-result__title a").get_attribute("href"):
                 results.nth(i).locator(".ca-search-result__excerpt").inner_text() for i in range(results.count())}
        page.close()
    marked = {href.split("/reports/")[-1]: text.startswith("Not yet confirmed: ") for href, text in found.items()
              if "/reports/" in href}
    assert marked.get("2019/2019-09-04-childrens-services/") is True, found
    assert not any(v for k, v in marked.items() if k.startswith("2017/")), found


def page_text(site, url: str) -> str:
    from lxml import html

    return " ".join(html.fromstring((site / url / "index.html").read_text("utf-8")).xpath("//article")[0].itertext())
