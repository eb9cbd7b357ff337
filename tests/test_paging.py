"""Long lists are paged so no page grows with the archive, and nothing becomes
unreachable: a tiny site of 130 reports (tests/pagedsite.py), built with --strict."""
from __future__ import annotations

import csv
import io
import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from lxml import html as lxml_html

from generator.content.dates import long_date
from generator.site.parts import metric_readings
from generator.site.parts.sparkline import sparkline_svg
from generator.pipeline import build_site_pages
from pagedsite import METRIC, REPORTS, as_of, make_paged_site, report_url, value
from test_site_gates import ids_in, references, resolve
from tinysite import run_build

METRIC_PAGE = f"metrics/{METRIC}/"
DECADES = {"2000-2009": range(0, 24), "2010-2019": range(24, REPORTS)}  # reports 0-23 are 2008-2009
PORTFOLIO = "commitments/by-portfolio/childrens-services/"
MEMBER = "commitments/by-member/barrie-cooper/"


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    root = make_paged_site(tmp_path_factory.mktemp("paged"))
    build = run_build(root)
    assert build.returncode == 0, build.stderr
    return root / "site"


def tree(site: Path, url: str):
    return lxml_html.fromstring((site / url / "index.html").read_text("utf-8"))


def text(element) -> str:
    return " ".join(element.text_content().split())


def table_rows(page) -> list[tuple[str, str, str]]:
    """(as-of date, value, report link) for each row of the readings table."""
    return [(r.xpath("th/time/@datetime")[0], text(r.xpath("td")[0]), r.xpath("td//a/@href")[0])
            for r in page.xpath("//table[contains(@class,'ca-series')]/tbody/tr")]


def expected_row(n: int, depth: int) -> tuple[str, str, str]:
    return as_of(n).isoformat(), f"{value(n):,}", "../" * depth + report_url(n) + "#figures"


# --- metric pages ------------------------------------------------------------------


def test_metric_page_tables_the_100_newest_readings(site):
    page = tree(site, METRIC_PAGE)
    assert text(page.xpath("//h2[@id='data']")[0]) == "Recent readings"
    assert text(page.xpath("//table[contains(@class,'ca-series')]/caption")[0]) == \
        "Children looked after: the 100 most recent readings, oldest first"
    assert table_rows(page) == [expected_row(n, 2) for n in range(REPORTS - 100, REPORTS)]


def test_metric_page_links_every_decade(site):
    nav = tree(site, METRIC_PAGE).xpath("//nav[@aria-label='Readings by decade']")[0]
    links = [(text(a), a.get("href"), a.get("aria-current")) for a in nav.xpath(".//a")]
    assert links == [("2000-2009 (24 readings)", "readings/2000-2009/", None),
                     ("2010-2019 (106 readings)", "readings/2010-2019/", None)]


@pytest.mark.parametrize("decade", sorted(DECADES))
def test_decade_page_lists_every_reading_of_its_decade(site, decade):
    page = tree(site, f"{METRIC_PAGE}readings/{decade}/")
    assert text(page.xpath("//h1")[0]) == f"Children looked after: readings {decade}"
    assert page.xpath("//title")[0].text.startswith(f"Children looked after: readings {decade}")
    assert table_rows(page) == [expected_row(n, 4) for n in DECADES[decade]]
    current = page.xpath("//nav[@aria-label='Readings by decade']//a[@aria-current='page']")
    assert [text(a) for a in current] == [f"{decade} ({len(DECADES[decade])} readings)"]


def test_decade_pages_link_older_and_newer(site):
    older = tree(site, f"{METRIC_PAGE}readings/2000-2009/")
    newer = tree(site, f"{METRIC_PAGE}readings/2010-2019/")
    assert older.xpath("//a[@rel='prev']") == []
    # above the table and again below it
    assert [(a.get("href"), text(a)) for a in older.xpath("//a[@rel='next']")] == [
        ("../2010-2019/", "Newer readings: 2010-2019")] * 2
    assert [(a.get("href"), text(a)) for a in newer.xpath("//a[@rel='prev']")] == [
        ("../2000-2009/", "Older readings: 2000-2009")] * 2
    assert newer.xpath("//a[@rel='next']") == []


def test_every_reading_in_the_download_is_on_exactly_one_decade_page(site):
    rows = list(csv.DictReader(io.StringIO((site / METRIC_PAGE / f"{METRIC}.csv").read_text("utf-8"))))
    assert len(rows) == REPORTS  # the downloads keep everything
    listed = [(as_of_, href.removeprefix("../../../../")) for decade in sorted(DECADES)
              for as_of_, _, href in table_rows(tree(site, f"{METRIC_PAGE}readings/{decade}/"))]
    assert listed == [(r["as_of"], r["report_url"] + "#figures") for r in rows]


def test_chart_shows_the_recent_years_and_the_whole_history_is_one_step_below(site):
    page = tree(site, METRIC_PAGE)
    figure = page.xpath("//figure[@id='chart-values']")[0]
    points = figure.xpath(".//div[@class='ca-chart-wide']//*[local-name()='a']")
    assert len(points) == 100
    assert points[0].xpath("*/@aria-label")[0].startswith(f"{value(30)} children as of {long_date(as_of(30))}")
    # the caption and the SVG's own description still speak of the whole series
    assert text(figure.xpath("figcaption")[0]).endswith(
        f"The archive holds 130 readings from {long_date(as_of(0))} to {long_date(as_of(129))}, ranging from "
        f"{value(0)} to {value(129)} children. The chart shows the 100 most recent, from {long_date(as_of(30))}; "
        "'The whole history', below it, draws every one. Each point links to the report that states it; "
        "the table lists the same recent readings and the pages by decade every one.")
    spec = json.loads((site / METRIC_PAGE / "values.vl.json").read_text("utf-8"))
    assert spec["description"].endswith(  # the interactive chart's name
        f"the 100 most recent readings, from {long_date(as_of(30))}, of 130 from {long_date(as_of(0))} "
        f"to {long_date(as_of(129))}")
    line, marks = spec["layer"]
    assert [r["value"] for r in line["data"]["values"]] == [value(n) for n in range(REPORTS - 100, REPORTS)]
    assert [r["value"] for r in marks["data"]["values"]] == [value(n) for n in range(REPORTS - 100, REPORTS)]
    history = page.xpath("//details[@id='whole-history']")[0]
    assert text(history.xpath("summary")[0]) == "The whole history: all 130 readings, 2008 to 2018"
    whole = history.xpath(".//figure[@id='chart-values-history']")[0]
    assert whole.get("data-ca-chart") is None  # drawn static: nothing to fetch, nothing hidden
    assert whole.xpath(".//div[@class='ca-chart-static']//*[local-name()='a']") == []  # a line, no points
    assert text(whole.xpath("figcaption")[0]).startswith(
        f"Children looked after, 2008 to 2018. The chart shows 130 readings from {long_date(as_of(0))}")
    assert not (site / METRIC_PAGE / "values-history.vl.json").exists()
    # rates start with the mid-2016 estimate: all 28 are recent, and the captions say so
    for chart in ("chart-rates", "chart-rates-history"):
        caption = text(page.xpath(f"//figure[@id='{chart}']/figcaption")[0])
        assert f"The chart shows 28 readings from {long_date(as_of(102))} to {long_date(as_of(129))}," in caption


def test_a_decade_too_long_for_a_page_continues_on_numbered_pages(tmp_path, monkeypatch):
    monkeypatch.setattr(metric_readings, "READINGS_PER_PAGE", 50)
    root = make_paged_site(tmp_path)
    pages = {p.src_uri: p for p in build_site_pages(root, root / "content", root / "site_config").pages
             if p.src_uri.startswith(f"{METRIC_PAGE}readings/")}
    base = f"{METRIC_PAGE}readings/2010-2019/"
    assert sorted(pages) == sorted([f"{METRIC_PAGE}readings/2000-2009/index.md", f"{base}index.md",
                                    f"{base}page-2/index.md", f"{base}page-3/index.md"])
    assert pages[f"{base}page-3/index.md"].title == "Children looked after: readings 2010-2019 (page 3 of 3)"
    third = lxml_html.fromstring(pages[f"{base}page-3/index.md"].html)
    assert len(third.xpath("//tbody/tr")) == 106 - 100
    assert [a.get("href") for a in third.xpath("//nav[@aria-label='Pages of 2010-2019']//a")] == [
        "../page-2/", "../", "../page-2/", "./"]
    assert third.xpath("//nav[@aria-label='Readings by decade']//a[@aria-current='true']/@href") == ["../"]


# --- tracker listings ------------------------------------------------------------------


def listed_ids(page) -> list[str]:
    return [li.xpath(".//p[@class='ca-commitment-text']/a/@href")[0].strip("./").removeprefix("..")
            for li in page.xpath(".//ul[contains(@class,'ca-tracked-list')]/li")]


@pytest.mark.parametrize("base", [PORTFOLIO, MEMBER])
def test_tracker_listing_is_paged_and_lists_every_commitment_once(site, base):
    first, second = tree(site, base), tree(site, base + "page-2/")
    ids = listed_ids(first) + listed_ids(second)
    assert len(listed_ids(first)) == 200
    assert sorted(ids) == sorted(f"promise-{n}-{x}" for n in range(REPORTS) for x in "ab")
    assert not (site / base / "page-3").exists()
    title = text(second.xpath("//h1")[0])
    assert title.endswith("(page 2 of 2)") and not text(first.xpath("//h1")[0]).endswith(")")
    nav = second.xpath("//nav[@aria-label='Pages of this list']")[0]
    assert [(a.get("href"), a.get("aria-current"), a.get("rel")) for a in nav.xpath(".//a")] == [
        ("../", None, "prev"), ("../", None, None), ("./", "page", None)]


@pytest.mark.parametrize("base", [PORTFOLIO, MEMBER])
def test_tracker_listing_runs_newest_first_within_each_status_across_its_pages(site, base):
    # promise-N-a and -b are report N's (one mention each): newest first is N falling, a before b
    by_status: dict[str, list[tuple[int, str]]] = {}
    for page in (tree(site, base), tree(site, base + "page-2/")):
        for section in page.xpath("//section[h3[starts-with(@id,'status-')]]"):
            for cid in listed_ids(section):
                _, n, letter = cid.split("-")
                by_status.setdefault(section.xpath("string(h3/@id)"), []).append((int(n), letter))
    assert list(by_status) == ["status-planned", "status-in-progress", "status-delivered", "status-delayed"]
    for status, entries in by_status.items():
        assert entries == sorted(entries, key=lambda e: (-e[0], e[1])), status
    # planned: report N's first promise when N % 4 == 0, its second when N % 4 == 3
    assert by_status["status-planned"][:3] == [(128, "a"), (127, "b"), (124, "a")]


def test_status_links_point_at_the_page_where_each_status_starts(site):
    first, second = tree(site, PORTFOLIO), tree(site, PORTFOLIO + "page-2/")
    # status by status: planned 1-65, in progress 66-131, delivered 132-196, delayed 197-260,
    # so delayed starts on page 1 and continues on page 2
    expected = ["Planned (65)", "In progress (66)", "Delivered (65)", "Delayed (64)"]
    assert [text(a) for a in first.xpath("//p[@class='ca-group-nav']/a")] == expected
    assert first.xpath("//p[@class='ca-group-nav']/a/@href") == [
        "#status-planned", "#status-in-progress", "#status-delivered", "#status-delayed"]
    assert second.xpath("//p[@class='ca-group-nav']/a/@href") == [
        "../#status-planned", "../#status-in-progress", "../#status-delivered", "../#status-delayed"]
    assert [text(h) for h in first.xpath("//h3[starts-with(@id,'status-')]")] == [
        "Planned (65)", "In progress (66)", "Delivered (65)", "Delayed (1 to 4 of 64)"]
    assert [text(h) for h in second.xpath("//h3[starts-with(@id,'status-')]")] == ["Delayed (5 to 64 of 64)"]
    assert second.xpath("//p[@class='ca-filter-count']/@data-ca-paged") == [""]


def test_commitment_page_links_to_the_first_page_of_its_listings(site):
    page = tree(site, "commitments/promise-129-b/")
    assert page.xpath("//dd/a/@href")[:2] == ["../by-portfolio/childrens-services/",
                                              "../by-member/barrie-cooper/"]


def test_every_link_on_the_paged_pages_resolves(site):
    urls = [METRIC_PAGE, f"{METRIC_PAGE}readings/2000-2009/", f"{METRIC_PAGE}readings/2010-2019/",
            PORTFOLIO, PORTFOLIO + "page-2/", MEMBER, MEMBER + "page-2/"]
    broken = []
    for url in urls:
        rel = url + "index.html"
        for what, href, line, _ in references(lxml_html.fromstring((site / rel).read_bytes())):
            path, fragment = resolve(site, rel, href)
            if path is None:
                continue
            if not path.is_file() or (fragment and path.suffix == ".html" and fragment not in ids_in(path)):
                broken.append(f"{rel}:{line}: {what} {href}")
    assert broken == []


# --- sparklines ----------------------------------------------------------------------


def test_a_long_sparkline_draws_one_vertex_per_two_pixels_from_first_to_last():
    readings = [(date(1990, 1, 1) + timedelta(days=18 * i), 100 + i % 7) for i in range(730)]
    svg = lxml_html.fromstring(sparkline_svg(readings, "Claimants"))
    vertices = svg.xpath("//polyline/@points")[0].split()
    assert len(vertices) <= 50
    assert vertices[0].startswith("3.0,") and vertices[-1].startswith("93.0,")  # first and last day
    assert svg.get("aria-label") == "Claimants: 730 readings, from 100 to 101"


def test_a_short_sparkline_keeps_every_reading():
    readings = [(date(2019, 1, 1), 1), (date(2019, 6, 1), 3), (date(2020, 1, 1), 2)]
    svg = lxml_html.fromstring(sparkline_svg(readings, "X"))
    assert len(svg.xpath("//polyline/@points")[0].split()) == 3


def test_list_pages_and_paged_urls_agree_on_the_url_shape():
    from generator.site.parts.listing import list_src_uri
    from generator.model.urls import page_url, paged_url

    assert [page_url(list_src_uri("tags/x/", n)) for n in (1, 2, 3)] == [paged_url("tags/x/", n) for n in (1, 2, 3)]
