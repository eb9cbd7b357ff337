"""Vega-Lite specs for a metric's charts (built with Altair) and their static SVG
renderings (vl-convert), cached by content hash so a build re-renders only the
charts whose spec or data changed.

The same spec drives both renderings: the SVG inside the page (no JavaScript,
print, screen readers) and the interactive chart vega-embed draws from the
spec's .json file. Colours meet 3:1 against both Material's light and dark
backgrounds; axis text and grid colours are left to the stylesheet
(metrics.css), which overrides them per colour scheme.
"""
from __future__ import annotations

import functools
import json

import altair as alt
from altair.utils.schemapi import debug_mode

from ..content.dates import long_date
from .history_words import amended_short
from ..model.figures import format_number
from ..model.series import CALCULATED, PRINTED, MetricSeries, SeriesPoint, describe_point
from ..model.urls import relative

VEGA_LITE_VERSION = "6.4"  # what altair 6.3 targets; vl-convert and the vendored vega-lite agree
WIDTH, HEIGHT = 640, 280
DATA_COLOUR = "#2f7ed8"  # 4.1:1 on white, 3.9:1 on Material's slate
CALCULATED_COLOUR = "#c05600"  # 4.6:1 on white, 3.5:1 on slate
RULE_COLOUR = "#767676"
RATE_KIND_LABELS = {PRINTED: "Printed in the report", CALCULATED: "Calculated from the population estimate"}


def _x(title: str = "As of") -> alt.X:
    # utc: an as-of date is a calendar day, the same in every reader's time zone
    return alt.X("as_of:T", title=title, scale=alt.Scale(type="utc", padding=12),
                 axis=alt.Axis(labelOverlap=True, tickCount=6))


def _config(chart: alt.TopLevelMixin) -> alt.TopLevelMixin:
    return (chart.properties(width=WIDTH, height=HEIGHT, background="transparent")
            .configure_view(stroke=None)
            .configure_axis(labelFontSize=12, titleFontSize=12, labelFont="sans-serif",
                            titleFont="sans-serif")
            .configure_legend(labelFontSize=12, labelLimit=0, titleFontSize=12, orient="bottom", direction="vertical"))


def _to_dict(chart: alt.TopLevelMixin, validate: bool = False) -> dict:
    # Altair's schema validation costs ~50 ms a chart and grows with the data; the
    # specs' shape is pinned by golden files and validated once in the tests.
    return _config(chart).to_dict(validate=validate)


def _line_rows(series: MetricSeries, value_of) -> list[dict]:
    """Every reading, for the line: the date and value only (no label, no link)."""
    return [{"as_of": p.as_of.isoformat(), "value": value_of(p)} for p in series.points
            if value_of(p) is not None]


def _point_rows(series: MetricSeries, page_url: str, value_of) -> list[dict]:
    """The recent readings, for the point marks: each with its words and its report's link.
    Only these are drawn as points, so a long series' SVG stays small; the tables are the
    accessible alternative and list every reading."""
    rows = []
    for point in series.recent:
        value = value_of(point)
        if value is None:
            continue
        rows.append({"as_of": point.as_of.isoformat(), "value": value,
                     "kind": RATE_KIND_LABELS.get(point.rate_kind or "", ""),
                     "label": _point_label(series, point, value_of is _rate),
                     "href": relative(page_url, point.report_url) + "#figures"})
    return rows


def _point_label(series: MetricSeries, point: SeriesPoint, is_rate: bool) -> str:
    amended = f" ({amended_short(point.amendment)})" if point.amendment else ""
    if not is_rate:
        return f"{describe_point(series, point)}{amended}: {point.report_title}"
    per = format_number(series.definition.rate.per)
    return (f"{point.rate_text} per {per} as of {long_date(point.as_of)}, {point.rate_note} "
            f"(report of {long_date(point.report_date)}){amended}: {point.report_title}")


def _point_size(rows: list[dict]) -> int:
    """Points that stay apart in a long series (areas in square pixels)."""
    return 90 if len(rows) <= 60 else 30


def _value(point: SeriesPoint) -> float:
    return point.value


def _rate(point: SeriesPoint) -> float | None:
    return point.rate


def _unchecked(build):
    """Altair's debug mode validates every object as it is made, the data rows against the
    schema included: two thirds of a chart's time, and an edited report under `mkdocs serve`
    waits for it. The specs' shape is pinned by golden files and validated in the tests."""
    @functools.wraps(build)
    def without_checks(*args, **kwargs):
        with debug_mode(False):
            return build(*args, **kwargs)
    return without_checks


@_unchecked
def value_chart_spec(series: MetricSeries, page_url: str) -> dict:
    """Every reading of the metric by as-of date, as a line; each recent one is a point
    that links to its report."""
    rows = _point_rows(series, page_url, _value)
    y = alt.Y("value:Q", title=series.definition.unit.capitalize(), scale=alt.Scale(zero=True))
    line = alt.Chart(alt.Data(values=_line_rows(series, _value))).mark_line(
        color=DATA_COLOUR, strokeWidth=2).encode(x=_x(), y=y)
    points = alt.Chart(alt.Data(values=rows)).mark_point(
        filled=True, size=_point_size(rows), color=DATA_COLOUR, opacity=1).encode(
        x=_x(), y=y, href="href:N", description="label:N")
    chart = alt.layer(line, points).properties(
        title=series.label, description=f"{series.label} by as-of date, {_coverage(series)}")
    return _to_dict(chart)


@_unchecked
def rate_chart_spec(series: MetricSeries, page_url: str) -> dict:
    """Rates per the metric's base, printed and calculated ones told apart by
    shape and colour, with a rule where each population estimate took effect."""
    per = format_number(series.definition.rate.per)
    rows = _point_rows(series, page_url, _rate)
    y = alt.Y("value:Q", title=f"Rate per {per}", scale=alt.Scale(zero=True))
    kinds = [RATE_KIND_LABELS[PRINTED], RATE_KIND_LABELS[CALCULATED]]
    line = alt.Chart(alt.Data(values=_line_rows(series, _rate))).mark_line(
        color=DATA_COLOUR, strokeWidth=2).encode(x=_x(), y=y)
    points = alt.Chart(alt.Data(values=rows)).mark_point(size=_point_size(rows), opacity=1, strokeWidth=2).encode(
        x=_x(), y=y, href="href:N", description="label:N",
        shape=alt.Shape("kind:N", title="Rate", scale=alt.Scale(domain=kinds, range=["circle", "diamond"])),
        color=alt.Color("kind:N", title="Rate", scale=alt.Scale(domain=kinds,
                                                                 range=[DATA_COLOUR, CALCULATED_COLOUR])),
        fill=alt.Fill("kind:N", title="Rate", scale=alt.Scale(domain=kinds,
                                                              range=[DATA_COLOUR, "transparent"])))
    layers = [line, points, *_base_change_layers(series)]
    chart = alt.layer(*layers).properties(
        title=f"{series.label}: rate per {per}",
        description=f"{series.label} per {per} of the population, by as-of date"
        + ("" if series.all_recent else f", {_coverage(series)}"))
    return _to_dict(chart)


def _coverage(series: MetricSeries) -> str:
    if series.all_recent:
        return "every reading in the archive"
    return f"a line through every reading and a point for each of the {len(series.recent)} most recent"


def _base_change_layers(series: MetricSeries) -> list:
    rules = [{"as_of": b.reference_date.isoformat(), "label": f"Population base: {b.estimate.label}"}
             for b in series.base_changes]
    if not rules:
        return []
    base = alt.Chart(alt.Data(values=rules))
    rule = base.mark_rule(color=RULE_COLOUR, strokeDash=[4, 3], strokeWidth=1.5).encode(
        x=_x(), description="label:N")
    text = base.mark_text(align="left", baseline="top", dx=4, dy=2, fontSize=11).encode(
        x=_x(), y=alt.value(0), text="label:N")
    return [rule, text]


def spec_json(spec: dict) -> str:
    """Stable bytes: sorted keys, so the golden files and cache keys never churn."""
    return json.dumps(spec, sort_keys=True, indent=1, ensure_ascii=False) + "\n"
