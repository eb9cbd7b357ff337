"""One model, computed once: for arbitrary small archives, every reading's value and rate
are the same in the open data (data/readings.csv and the metric's own CSV), the report's
figures table, the metric page's table and the chart's data."""
from __future__ import annotations

import csv
import io
import json
import tempfile
from datetime import date, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import html as lxml_html

from generator.content.cache import Cache
from generator.pipeline import build_site_pages
from generator.site.render import render_report_header
from tinysite import GOOD_REPORT, make_site

METRICS = ("children-looked-after", "children-in-need", "care-leavers")  # two with a rate base, one a count
START = date(2017, 1, 1)


@st.composite
def archives(draw) -> dict[str, str]:
    """1-4 reports, each stating 1-3 metrics (one reading of each), some with a printed rate."""
    days = sorted(draw(st.sets(st.integers(0, 1400), min_size=1, max_size=4)))
    reports = {}
    for offset in days:
        day = START + timedelta(days=offset)
        lines = []
        for metric in draw(st.lists(st.sampled_from(METRICS), min_size=1, max_size=3, unique=True)):
            as_of = day - timedelta(days=draw(st.integers(0, 60)))
            lines += [f"  - metric: {metric}", f"    value: {draw(st.integers(0, 9000))}",
                      f"    as_of: {as_of.isoformat()}"]
            if metric != "care-leavers" and draw(st.booleans()):
                lines.append(f"    rate: {draw(st.integers(0, 30000)) / 10}")
        text = GOOD_REPORT.replace("date: 2019-09-04", f"date: {day.isoformat()}").replace(
            "  - metric: children-looked-after\n    value: 552\n    as_of: 2019-08-18\n", "\n".join(lines) + "\n")
        reports[f"{day.year}/{day.isoformat()}-childrens-services.md"] = text
    return reports


def number(text: str) -> float | None:
    text = text.strip().split(" ")[0].replace(",", "")
    return float(text) if text and text[0].isdigit() else None


def from_open_data(files: dict[str, str]) -> dict[tuple, tuple]:
    rows = csv.DictReader(io.StringIO(files["data/readings.csv"]))
    return {(r["metric"], r["as_of"], r["report_date"]): (float(r["value"]), number(r["rate"])) for r in rows}


def from_metric_files(files: dict[str, str]) -> dict[tuple, tuple]:
    found = {}
    for metric in METRICS:
        name = f"metrics/{metric}/{metric}.csv"
        for r in csv.DictReader(io.StringIO(files.get(name, "metric,value\n"))):
            found[(metric, r["as_of"], r["report_date"])] = (float(r["value"]), number(r["rate"]))
    return found


def from_report_tables(archive) -> dict[tuple, tuple]:
    found = {}
    for report in archive.reports:
        page = lxml_html.fromstring(render_report_header(report, archive))
        for stated, row in zip(report.front.metrics, page.xpath("//table[contains(@class,'ca-figures')]/tbody/tr")):
            cells = [" ".join(td.text_content().split()) for td in row.xpath("td")]
            found[(stated.metric, row.xpath("td/time/@datetime")[0], report.date.isoformat())] = (
                number(cells[0]), number(cells[1]) if stated.metric != "care-leavers" else None)
    return found


def from_metric_pages(pages: dict[str, str], archive) -> dict[tuple, tuple]:
    found = {}
    for metric in METRICS:
        page = pages.get(f"metrics/{metric}/index.md")
        if page is None:
            continue
        for row in lxml_html.fromstring(page).xpath("//h2[@id='data']/following-sibling::div[1]//tbody/tr"):
            cells = row.xpath("td")
            rate = number(cells[1].xpath("string(span[@class='ca-num'])")) if len(cells) == 3 else None
            found[(metric, row.xpath("th/time/@datetime")[0], cells[-1].xpath("span/time/@datetime")[0])] = (
                number(cells[0].text_content()), rate)
    return found


def from_charts(files: dict[str, str]) -> dict[tuple, tuple]:
    """The chart's point rows: each value, and each rate (its report named by its link)."""
    found: dict[tuple, list] = {}
    for metric in METRICS:
        for kind in ("values", "rates"):
            spec = files.get(f"metrics/{metric}/{kind}.vl.json")
            if spec is None:
                continue
            points = next(layer for layer in json.loads(spec)["layer"] if "href" in layer["encoding"])
            for row in points["data"]["values"]:
                day = row["href"].split("/reports/")[1][5:15]
                slot = found.setdefault((metric, row["as_of"], day), [None, None])
                slot[0 if kind == "values" else 1] = float(row["value"])
    return {key: tuple(value) for key, value in found.items()}


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(archives())
def test_every_surface_gives_each_reading_the_same_value_and_rate(reports):
    with tempfile.TemporaryDirectory() as tmp:
        root = make_site(Path(tmp) / "site", reports)
        build = build_site_pages(root, root / "content", root / "site_config", "https://example.org/", Cache())
    assert build.archive is not None, build.problems.errors
    files = {f.src_uri: f.content for f in build.files}
    pages = {p.src_uri: p.html for p in build.pages}
    expected = {(r.metric, r.as_of.isoformat(), r.report.date.isoformat()):
                (float(r.value), None if r.rate is None else round(r.rate.shown, 1))
                for series in build.archive.readings.values() for r in series}
    assert from_open_data(files) == expected
    assert from_metric_files(files) == expected
    assert from_report_tables(build.archive) == expected
    assert from_metric_pages(pages, build.archive) == expected
    assert from_charts(files) == expected  # a chart draws every reading of a short series
