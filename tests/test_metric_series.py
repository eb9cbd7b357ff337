"""Metric series, their words, downloads, chart specs (golden files) and the chart cache."""
from __future__ import annotations

import csv
import io
import json
import re
import os
from dataclasses import replace
from pathlib import Path

import pytest

from generator.site import chart_svg
from generator.site.charts import base_change_legend, rate_chart_spec, spec_json, value_chart_spec
from generator.site.kinds.metrics import metric_charts, metric_files
from generator.site.parts.sparkline import sparkline_svg
from generator.pipeline import check_archive
from generator.model.series import build_series
from generator.site.open_data import SERIES_COLUMNS as COLUMNS, reading_row, series_csv, series_json
from generator.site.words import rate_note, summary_sentence
from tinysite import GOOD_REPORT, REPO_ROOT, make_site

GOLDEN = Path(__file__).parent / "golden" / "charts"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"  # UPDATE_GOLDEN=1 rewrites them; review the diff


def _archive(root: Path):
    return check_archive(root, root / "content", root / "site_config").archive


def _seed_series() -> dict:
    return {s.key: s for s in build_series(_archive(REPO_ROOT))}


def _rows(series) -> list:
    archive = _archive(REPO_ROOT)
    return [reading_row(archive, r) for r in series.points]


def _report(day: str, value: int, as_of: str, rate: str = "") -> str:
    text = GOOD_REPORT.replace("date: 2019-09-04", f"date: {day}").replace("value: 552", f"value: {value}")
    return text.replace("as_of: 2019-08-18", f"as_of: {as_of}" + (f"\n    rate: {rate}" if rate else ""))


def test_seed_series_every_reading_with_printed_and_calculated_rates():
    series = _seed_series()["children-looked-after"]
    assert [(p.value, p.as_of.isoformat(), p.rate.shown, p.rate.kind) for p in series.points] == [
        (438, "2017-12-21", 136.1, "printed"), (552, "2019-08-18", 171.5, "calculated")]
    assert rate_note(series.points[1].rate) == "calculated from the mid-2016 estimate of 32,180 children in Middlesbrough"
    assert [b.reference_date.isoformat() for b in series.base_changes] == ["2016-06-30"]
    assert list(_seed_series()) == ["children-in-need", "child-protection-plans",
                                    "children-looked-after", "care-leavers"]


def test_summary_sentences():
    series = _seed_series()
    assert summary_sentence(series["children-looked-after"]) == (
        "Children looked after: 552 children as of 18 August 2019, up 114 children since the previous "
        "reading (438 as of 21 December 2017), the first in the archive.")
    assert summary_sentence(series["care-leavers"]) == (
        "Care leavers receiving leaving care services: 154 young people as of 18 August 2019, "
        "the only reading so far.")


def test_summary_with_three_readings_names_previous_and_first(tmp_path):
    root = make_site(tmp_path, {"2018/2018-01-10-childrens-services.md": _report("2018-01-10", 600, "2018-01-01"),
                                "2018/2018-06-10-childrens-services.md": _report("2018-06-10", 500, "2018-06-01"),
                                "2019/2019-09-04-childrens-services.md": GOOD_REPORT})
    series = build_series(_archive(root))[0]
    assert summary_sentence(series) == (
        "Children looked after: 552 children as of 18 August 2019, up 52 children since the previous "
        "reading (500 as of 1 June 2018) and down 48 children since the first (600 as of 1 January 2018).")


def test_csv_and_json_hold_the_same_rows():
    series = _seed_series()["children-looked-after"]
    rows = list(csv.DictReader(io.StringIO(series_csv(series, _rows(series)))))
    document = json.loads(series_json(series, _rows(series)))
    assert tuple(rows[0]) == COLUMNS == tuple(document["columns"])
    assert rows == [{k: "" if v is None else str(v) for k, v in r.items()} for r in document["readings"]]
    assert rows[1] == {"metric": "children-looked-after", "value": "552", "rate": "171.5",
                       "rate_kind": "calculated", "as_of": "2019-08-18", "report_date": "2019-09-04",
                       "report_title": "Children's Services - Executive Member Report to Council",
                       "report_url": "reports/2019/2019-09-04-childrens-services/",
                       # the seed's figures stand as first published: the amendment columns are empty
                       "first_published_value": "", "first_published_rate": "",
                       "first_published_as_of": "", "amended_on": ""}
    assert document["population_estimates"] == [{"label": "mid-2016 estimate", "reference_date": "2016-06-30",
                                                 "value": 32180, "source": document["population_estimates"][0]["source"]}]


def test_a_count_only_metric_has_no_rate_columns_filled():
    series = _seed_series()["care-leavers"]
    rows = list(csv.DictReader(io.StringIO(series_csv(series, _rows(series)))))
    assert [(r["value"], r["rate"], r["rate_kind"]) for r in rows] == [("154", "", "")]
    assert [c.id for c in metric_charts(series)] == ["values"]


SEED_CHARTS = [(m, k) for m in ("children-in-need", "child-protection-plans", "children-looked-after")
               for k in ("values", "rates")] + [("care-leavers", "values")]


@pytest.mark.parametrize("metric, kind", SEED_CHARTS)
def test_chart_specs_match_golden_files(metric, kind):
    series = _seed_series()[metric]
    build = value_chart_spec if kind == "values" else rate_chart_spec
    text = spec_json(build(series, series.url))
    golden = GOLDEN / f"{metric}.{kind}.vl.json"
    if UPDATE:
        golden.write_text(text, "utf-8")
    assert text == golden.read_text("utf-8"), f"{golden.name} changed: rerun with UPDATE_GOLDEN=1 and review"


@pytest.mark.parametrize("golden", sorted(GOLDEN.glob("*.vl.json")), ids=lambda p: p.name)
def test_specs_are_valid_vega_lite(golden):
    # the build skips Altair's validation for speed; the schema is checked here instead
    from altair.utils.schemapi import validate_jsonschema
    from altair.vegalite.v6.schema.core import load_schema

    assert validate_jsonschema(json.loads(golden.read_text("utf-8")), load_schema(), raise_error=False) is None


def test_the_svg_renderer_draws_the_vega_lite_altair_writes():
    """Charts are drawn once, at build time, by vl-convert: it must render the Vega-Lite
    version Altair writes specs for (no chart library goes to the browser)."""
    import altair
    import vl_convert

    from generator.site.svg_render import VEGA_LITE_VERSION

    assert altair.SCHEMA_VERSION.startswith(f"v{VEGA_LITE_VERSION}.")
    assert VEGA_LITE_VERSION in vl_convert.get_vegalite_versions()


def test_rate_chart_marks_the_population_base_change_with_one_legend_entry_and_no_text():
    series = _seed_series()["children-looked-after"]
    layers = rate_chart_spec(series, series.url)["layer"]
    rules = [l for l in layers if l["mark"]["type"] == "rule"]
    assert [r["data"]["values"] for r in rules] == [[{
        "as_of": "2016-06-30", "label": "Population base: mid-2016 estimate",
        "kind": "The mid-2016 estimate takes effect"}]]
    # the same field and title as the points' shape and colour: Vega-Lite draws one key
    points = next(l for l in layers if l["mark"]["type"] == "point")
    assert {(e["field"], e["title"]) for e in [rules[0]["encoding"]["strokeDash"], points["encoding"]["shape"],
                                                points["encoding"]["color"]]} == {("kind", "Key")}
    assert [l for l in layers if l["mark"]["type"] == "text"] == []


def test_many_base_changes_share_one_legend_entry():
    assert base_change_legend(19, "mid-1990 estimate") == "A new estimate takes effect (19 times)"
    assert base_change_legend(1, "mid-2016 estimate") == "The mid-2016 estimate takes effect"


def test_both_charts_give_the_y_axis_the_same_room_so_their_plots_are_the_same_width():
    series = _seed_series()["children-looked-after"]
    axes = [spec["layer"][0]["encoding"]["y"]["axis"]
            for spec in (value_chart_spec(series, series.url), rate_chart_spec(series, series.url))]
    assert axes[0] == axes[1] and axes[0]["minExtent"] == axes[0]["maxExtent"] == 34  # '552': 3 characters


def test_downloads_and_specs_are_generated_for_every_metric():
    files = {f.src_uri for f in metric_files(_archive(REPO_ROOT))}
    assert {"metrics/children-looked-after/children-looked-after.csv",
            "metrics/children-looked-after/children-looked-after.json",
            "metrics/children-looked-after/values.vl.json", "metrics/children-looked-after/rates.vl.json",
            "metrics/care-leavers/values.vl.json"} <= files
    assert "metrics/care-leavers/rates.vl.json" not in files


def test_sparkline_places_readings_by_date_and_names_them():
    from datetime import date
    svg = sparkline_svg([(date(2018, 1, 1), 10), (date(2018, 1, 2), 20), (date(2019, 1, 1), 15)], "A <b>")
    assert 'aria-label="A &lt;b&gt;: 3 readings, from 10 to 15"' in svg
    assert 'points="3.0,21.0 3.2,3.0 93.0,12.0"' in svg


# --- the chart cache ------------------------------------------------------------

@pytest.fixture
def counted_renders(monkeypatch):
    from generator.site import svg_render

    calls = []
    real = svg_render.vlc.vegalite_to_svg

    def counting(spec, **kwargs):
        calls.append(spec["title"])
        return real(spec, **kwargs)

    monkeypatch.setattr(svg_render.vlc, "vegalite_to_svg", counting)
    return calls


def _cached_archive(root, cache):
    return check_archive(root, root / "content", root / "site_config", cache).archive


def test_svg_is_drawn_once_then_taken_from_the_cache(counted_renders, tmp_path):
    from generator.content.cache import Cache

    series = _seed_series()["children-looked-after"]
    spec = value_chart_spec(series, series.url)
    cache = Cache()
    archive = _cached_archive(REPO_ROOT, cache)
    first = chart_svg.drawn(archive, spec)
    assert chart_svg.drawn(_cached_archive(REPO_ROOT, cache), spec) == first
    assert counted_renders == ["Children looked after"]
    assert "vega.github.io" not in first and 'xlink:href="../../reports/2019/' in first


def test_adding_a_report_redraws_only_the_charts_whose_data_changed(counted_renders, tmp_path):
    from generator.content.cache import Cache
    from generator.site.kinds.metrics import _charts

    two_metrics = GOOD_REPORT.replace("metrics:\n", "metrics:\n  - metric: care-leavers\n    value: 154\n"
                                      "    as_of: 2019-08-18\n")
    root = make_site(tmp_path / "site", {"2019/2019-09-04-childrens-services.md": two_metrics})
    cache = Cache()

    def draw_all():
        archive = _cached_archive(root, cache)
        for series in build_series(archive):
            [chart_svg.drawn(archive, chart.spec) for chart in _charts(archive, series)]
    draw_all()
    assert sorted(counted_renders) == ["Care leavers receiving leaving care services", "Children looked after",
                                       "Children looked after: rate per 10,000"]
    counted_renders.clear()
    (root / "content/reports/2018").mkdir()
    (root / "content/reports/2018/2018-01-10-childrens-services.md").write_text(
        _report("2018-01-10", 500, "2018-01-01"))
    draw_all()
    assert sorted(counted_renders) == ["Children looked after", "Children looked after: rate per 10,000"]


def test_a_rebuild_respecs_only_the_series_an_edit_changed(tmp_path, monkeypatch):
    """Under `mkdocs serve` each rebuild is a new Archive; Altair runs again only for changed series."""
    from generator.content.cache import Cache
    from generator.site.kinds import metrics as metric_kind

    specced = []
    real = metric_kind.value_chart_spec
    monkeypatch.setattr(metric_kind, "value_chart_spec",
                        lambda series, url: specced.append(series.key) or real(series, url))
    two_metrics = GOOD_REPORT.replace("metrics:\n", "metrics:\n  - metric: care-leavers\n    value: 154\n"
                                      "    as_of: 2019-08-18\n")
    root = make_site(tmp_path / "site", {"2019/2019-09-04-childrens-services.md": two_metrics})
    cache = Cache()
    archive = _cached_archive(root, cache)
    for series in metric_kind._series(archive):
        metric_kind._charts(archive, series)
    assert sorted(specced) == ["care-leavers", "children-looked-after"]
    specced.clear()
    (root / "content/reports/2018").mkdir()
    (root / "content/reports/2018/2018-01-10-childrens-services.md").write_text(
        _report("2018-01-10", 500, "2018-01-01"))
    archive = _cached_archive(root, cache)
    charts = {series.key: metric_kind._charts(archive, series) for series in metric_kind._series(archive)}
    assert specced == ["children-looked-after"]
    assert [p["value"] for p in charts["children-looked-after"][0].spec["layer"][0]["data"]["values"]] == [500, 552]


def test_metric_page_lists_the_newest_portfolio_commitments_and_links_the_rest(tmp_path):
    from generator.site.kinds import metrics as metric_kind

    many = "".join(f"  - id: promise-{n:02d}\n    text: Promise number {n}.\n    status: planned\n"
                   for n in range(25))
    text = GOOD_REPORT.replace("commitments:\n", "commitments:\n" + many)
    root = make_site(tmp_path / "site", {"2019/2019-09-04-childrens-services.md": text})
    page = next(p for p in metric_kind.metric_pages(_archive(root))
                if p.src_uri == "metrics/children-looked-after/index.md")
    listed = re.findall(r'<li class="ca-commitment">', page.html)
    assert len(listed) == metric_kind.COMMITMENTS_SHOWN == 20
    assert ('The 20 most recently reported of 26. <a href="../../commitments/by-portfolio/'
            'childrens-services/">Every commitment in Children&#39;s Services</a>') in page.html


def test_the_y_axis_makes_room_for_a_minus_sign():
    from generator.site.charts import _y_label_extent
    series = _seed_series()["children-looked-after"]
    negative = replace(series, points=tuple(replace(p, value=-p.value) for p in series.points))
    assert _y_label_extent(series) == 34 and _y_label_extent(negative) == 42  # '−552': one more character
