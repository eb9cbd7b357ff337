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

import copy
import functools
import json
from datetime import date
from types import MappingProxyType

import altair as alt
from altair.utils.schemapi import debug_mode

from ..content.dates import long_date
from .history_words import amended_short
from ..content.rates import CALCULATED, PRINTED
from ..model.archive import Reading
from ..model.series import BaseChange, MetricSeries
from .words import describe_point, format_number, rate_note, rate_text, unconfirmed
from ..model.urls import relative

from .svg_render import VEGA_LITE_VERSION  # noqa: F401  (one pin for the specs and their SVG)
WIDTH, HEIGHT = 640, 280
# A phone's column (328 px at 360) gets its own drawing, at this plot width, so the chart's
# 12 px text stays 12 px instead of the desktop drawing scaled to half its size.
NARROW_WIDTH = 250
NARROW_TITLE_CHARACTERS = 34  # of 13 px bold text across the narrow drawing
DATA_COLOUR = "#2f7ed8"  # 4.1:1 on white, 3.9:1 on Material's slate
CALCULATED_COLOUR = "#c05600"  # 4.6:1 on white, 3.5:1 on slate
RULE_COLOUR = "#767676"
UNCONFIRMED_COLOUR = "#767676"  # 4.5:1 on white, 3.4:1 on slate
RATE_KIND_LABELS = MappingProxyType({PRINTED: "Printed in the report",
                                     CALCULATED: "Calculated from the population estimate"})
# A figure of an imported report an officer has not yet confirmed: its own point and key
# entry (a hollow grey triangle), whatever its rate's kind (only where such reports are published)
UNCONFIRMED_KEY = "Imported, not yet confirmed"
STATED_KEY = "Stated in a report"  # the other points of a value chart that has unconfirmed ones


def _x(span: tuple[date, date], title: str = "As of") -> alt.X:
    """The as-of axis over `span` (_x_span), the same in both of a metric's charts, so
    their dates line up one above the other."""
    # utc: an as-of date is a calendar day, the same in every reader's time zone;
    # labelFlush and labelPadding keep the first year label clear of the y axis's '0'
    domain = [alt.DateTime(year=d.year, month=d.month, date=d.day, utc=True) for d in span]
    return alt.X("as_of:T", title=title, scale=alt.Scale(type="utc", padding=12, domain=domain),
                 axis=alt.Axis(labelOverlap="greedy", labelSeparation=6, tickCount=6, labelFlush=True,
                               labelPadding=6))


def _x_span(series: MetricSeries, whole: bool = False) -> tuple[date, date]:
    """From the first reading charted (or base change marked, if earlier) to the latest."""
    points = series.points if whole else series.recent
    changes = series.base_changes if whole else _changes_in_view(series)
    return min([points[0].as_of, *(b.reference_date for b in changes)]), points[-1].as_of


def _y(title: str, series: MetricSeries) -> alt.Y:
    """The y axis takes the same room in both of a metric's charts (fit to the wider
    labels of the two), so their plots are the same width, one above the other."""
    extent = _y_label_extent(series)
    return alt.Y("value:Q", title=title, scale=alt.Scale(zero=True),
                 axis=alt.Axis(minExtent=extent, maxExtent=extent))


def _y_label_extent(series: MetricSeries) -> int:
    """Pixels for the y axis's ticks and labels: the widest label either chart can print
    (its largest value, with thousands separators and any minus sign) at ~7.5 px a
    character of 12 px text."""
    values = [v for p in series.points for v in (p.value, _rate(p)) if v is not None]
    widest = len(f"{max(abs(v) for v in values):,.0f}") + (1 if min(values) < 0 else 0)
    return max(30, round(widest * 7.5 + 12))


def _config(chart: alt.TopLevelMixin) -> alt.TopLevelMixin:
    return (chart.properties(width=WIDTH, height=HEIGHT, background="transparent")
            .configure_view(stroke=None)
            .configure_axis(labelFontSize=12, titleFontSize=12, labelFont="sans-serif",
                            titleFont="sans-serif")
            .configure_legend(labelFontSize=12, labelLimit=0, titleFontSize=12, orient="bottom", direction="vertical"))


def _to_dict(chart: alt.TopLevelMixin, held: "_HeldRows", validate: bool = False) -> dict:
    # Altair's schema validation costs ~50 ms a chart and grows with the data; the
    # specs' shape is pinned by golden files and validated once in the tests.
    return held.restore(_config(chart).to_dict(validate=validate))


_STAND_IN = "council-archive:held-rows"


class _HeldRows:
    """A chart's data rows, handed to Altair as one-row stand-ins and put back into the
    finished spec. Altair copies and walks every row at each step (properties,
    configure, to_dict): with 700 readings that was most of a chart's time. The spec
    comes out the same (the golden chart files say so)."""

    def __init__(self):
        self.rows: list[list[dict]] = []

    def data(self, rows: list[dict]) -> alt.Data:
        self.rows.append(rows)
        return alt.Data(values=[{_STAND_IN: len(self.rows) - 1}])

    def restore(self, spec: dict) -> dict:
        for layer in spec.get("layer", ()):
            values = layer.get("data", {}).get("values")
            if values and len(values) == 1 and _STAND_IN in values[0]:
                layer["data"]["values"] = self.rows[values[0][_STAND_IN]]
        return spec


def _line_rows(points, value_of) -> list[dict]:
    """The readings for the line: the date and value only (no label, no link)."""
    return [{"as_of": p.as_of.isoformat(), "value": value_of(p)} for p in points
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
        kind = RATE_KIND_LABELS.get(point.rate.kind if point.rate else "", "") if point.confirmed else UNCONFIRMED_KEY
        rows.append({"as_of": point.as_of.isoformat(), "value": value, "kind": kind,
                     "label": _point_label(series, point, value_of is _rate),
                     "href": relative(page_url, point.report.url) + "#figures"})
    return rows


def _point_label(series: MetricSeries, point: Reading, is_rate: bool) -> str:
    amended = f" ({amended_short(point.amendment)})" if point.amendment else ""
    if not is_rate:
        return f"{describe_point(series, point)}{amended}: {point.report.title}"
    per = format_number(series.definition.rate.per)
    return (f"{rate_text(point.rate)} per {per} as of {long_date(point.as_of)}, {rate_note(point.rate)} "
            f"(report of {long_date(point.report.date)}){unconfirmed(point, ', ', '')}{amended}: "
            f"{point.report.title}")


def _point_size(rows: list[dict]) -> int:
    """Points that stay apart in a long series (areas in square pixels)."""
    return 90 if len(rows) <= 60 else 30


def _value(point: Reading) -> float:
    return point.value


def _rate(point: Reading) -> float | None:
    return point.rate.shown if point.rate else None


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
    """The recent readings of the metric by as-of date (every one, in a short series),
    as a line with a point for each that links to its report. A long series' whole
    history is history_chart_spec's."""
    rows = _point_rows(series, page_url, _value)
    y = _y(series.definition.unit.capitalize(), series)
    x = _x(_x_span(series))
    held = _HeldRows()
    line = alt.Chart(held.data(_line_rows(series.recent, _value))).mark_line(
        color=DATA_COLOUR, strokeWidth=2).encode(x=x, y=y)
    if all(p.confirmed for p in series.recent):
        points = alt.Chart(held.data(rows)).mark_point(
            filled=True, size=_point_size(rows), color=DATA_COLOUR, opacity=1).encode(
            x=x, y=y, href="href:N", description="label:N")
    else:  # figures not yet confirmed get their own point and key entry
        key = _Key((), [STATED_KEY, UNCONFIRMED_KEY])
        rows = [row if row["kind"] == UNCONFIRMED_KEY else {**row, "kind": STATED_KEY} for row in rows]
        points = alt.Chart(held.data(rows)).mark_point(size=_point_size(rows), opacity=1, strokeWidth=2).encode(
            x=x, y=y, href="href:N", description="label:N", shape=key.channel(alt.Shape, "shape"),
            color=key.channel(alt.Color, "color"), fill=key.channel(alt.Fill, "fill"))
    chart = alt.layer(line, points).properties(
        title=series.label, description=f"{series.label} by as-of date, {_coverage(series)}")
    return _to_dict(chart, held)


@_unchecked
def history_chart_spec(series: MetricSeries, rates: bool) -> dict:
    """Every reading of a long series, as a line only (no points: 700 of them made a page's
    SVG 350 KB), the same size as the recent chart above it; the rates' with their
    base changes."""
    value_of = _rate if rates else _value
    per = format_number(series.definition.rate.per) if rates else ""
    y = _y(f"Rate per {per}" if rates else series.definition.unit.capitalize(), series)
    x = _x(_x_span(series, whole=True))
    held = _HeldRows()
    line = alt.Chart(held.data(_line_rows(series.points, value_of))).mark_line(
        color=DATA_COLOUR, strokeWidth=1.5).encode(x=x, y=y)
    changes = series.base_changes
    layers = [line, *(_base_change_layers(changes, _Key(changes, []), x) if rates else [])]
    label = f"{series.label}: rate per {per}" if rates else series.label
    first, last = long_date(series.first.as_of), long_date(series.latest.as_of)
    chart = alt.layer(*layers).properties(
        title=f"{label}, {series.first.as_of.year} to {series.latest.as_of.year}",
        description=f"{label} by as-of date: a line through all {len(series.points)} readings, {first} to {last}")
    return _to_dict(chart, held)


@_unchecked
def rate_chart_spec(series: MetricSeries, page_url: str) -> dict:
    """Rates per the metric's base, printed and calculated ones told apart by
    shape and colour, with a rule where each population estimate took effect: all
    three in one key (legend)."""
    per = format_number(series.definition.rate.per)
    rows = _point_rows(series, page_url, _rate)
    y = _y(f"Rate per {per}", series)
    changes = _changes_in_view(series)
    kinds = [RATE_KIND_LABELS[PRINTED], RATE_KIND_LABELS[CALCULATED]]
    key = _Key(changes, kinds + ([UNCONFIRMED_KEY] if not all(p.confirmed for p in series.recent) else []))
    x = _x(_x_span(series))
    held = _HeldRows()
    line = alt.Chart(held.data(_line_rows(series.recent, _rate))).mark_line(
        color=DATA_COLOUR, strokeWidth=2).encode(x=x, y=y)
    points = alt.Chart(held.data(rows)).mark_point(size=_point_size(rows), opacity=1, strokeWidth=2).encode(
        x=x, y=y, href="href:N", description="label:N", shape=key.channel(alt.Shape, "shape"),
        color=key.channel(alt.Color, "color"), fill=key.channel(alt.Fill, "fill"))
    layers = [line, points, *_base_change_layers(changes, key, x)]
    chart = alt.layer(*layers).properties(
        title=f"{series.label}: rate per {per}",
        description=f"{series.label} per {per} of the population, by as-of date"
        + ("" if series.all_recent else f", {_coverage(series)}"))
    return _to_dict(chart, held)


class _Key:
    """A chart's one legend: printed rates (filled circles), calculated ones (hollow
    diamonds), figures not yet confirmed (hollow triangles) and, if the base ever changed,
    the dashed rule (a line symbol). Every channel keys on the 'kind' field under one
    title, so Vega-Lite merges them."""

    TITLE = "Key"
    # each entry's look: shape, colour, fill and the rule's dash
    LOOKS = MappingProxyType({RATE_KIND_LABELS[PRINTED]: ("circle", DATA_COLOUR, DATA_COLOUR),
                              STATED_KEY: ("circle", DATA_COLOUR, DATA_COLOUR),
                              RATE_KIND_LABELS[CALCULATED]: ("diamond", CALCULATED_COLOUR, "transparent"),
                              UNCONFIRMED_KEY: ("triangle-up", UNCONFIRMED_COLOUR, "transparent")})

    def __init__(self, changes: tuple[BaseChange, ...], points: list[str]):
        self.rule = base_change_legend(len(changes), changes[0].estimate.label) if changes else None
        self.domain = [*points, *([self.rule] if self.rule else [])]
        looks = [self.LOOKS[p] for p in points] + ([("stroke", RULE_COLOUR, "transparent")] if self.rule else [])
        self.ranges = {"shape": [look[0] for look in looks], "color": [look[1] for look in looks],
                       "fill": [look[2] for look in looks],
                       "strokeDash": [[1, 0]] * len(points) + ([[4, 3]] if self.rule else [])}

    def channel(self, kind, name: str):
        return kind("kind:N", title=self.TITLE, scale=alt.Scale(domain=self.domain, range=self.ranges[name]))


def _coverage(series: MetricSeries) -> str:
    if series.all_recent:
        return "every reading in the archive"
    first, last = series.first.as_of, series.latest.as_of
    return (f"the {len(series.recent)} most recent readings, from {long_date(series.recent[0].as_of)}, "
            f"of {len(series.points)} from {long_date(first)} to {long_date(last)}")


def _changes_in_view(series: MetricSeries) -> tuple[BaseChange, ...]:
    """The base changes the recent chart marks: all of a short series' (an estimate may
    take effect before its first reading), only those inside a long series' recent years."""
    if series.all_recent:
        return series.base_changes
    return tuple(b for b in series.base_changes if b.reference_date >= series.recent[0].as_of)


def _base_change_layers(changes: tuple[BaseChange, ...], key: _Key, x: alt.X) -> list:
    """A dashed rule where each population estimate took effect, all under ONE entry
    of the key: a label on each rule printed 19 labels over each other in one line.
    Each rule's estimate is in its description, the readings table and the caption."""
    rules = [{"as_of": b.reference_date.isoformat(), "label": f"Population base: {b.estimate.label}",
              "kind": key.rule} for b in changes]
    if not rules:
        return []
    return [alt.Chart(alt.Data(values=rules)).mark_rule(strokeWidth=1.5).encode(
        x=x, description="label:N", color=key.channel(alt.Color, "color"),
        strokeDash=key.channel(alt.StrokeDash, "strokeDash"))]


def base_change_legend(count: int, only: str) -> str:
    """Short enough for a 360 px phone: the legend sits under a chart that narrow."""
    return f"The {only} takes effect" if count == 1 else f"A new estimate takes effect ({count} times)"


def narrow_spec(spec: dict) -> dict:
    """The same chart for a phone's column: narrower, its title wrapped onto lines that fit
    (a long metric name ran past the edge). Made from the finished spec, not by Altair again."""
    narrow = copy.deepcopy(spec)
    narrow["width"] = NARROW_WIDTH
    title = narrow.get("title")
    if isinstance(title, str):
        narrow["title"] = wrapped(title, NARROW_TITLE_CHARACTERS)
    return narrow


def wrapped(text: str, limit: int) -> str | list[str]:
    """The text in lines of at most `limit` characters, broken between words (one line: a string)."""
    lines: list[str] = []
    for word in text.split():
        if lines and len(lines[-1]) + 1 + len(word) <= limit:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines[0] if len(lines) == 1 else lines


# A colour per line (a hub's council) in order, each 3:1 or more against white and Material's slate
LINE_COLOURS = ("#2f7ed8", "#c05600", "#2e7d32", "#8e24aa", "#00838f", "#ad1457", "#5d4037", "#546e7a")


@_unchecked
def comparison_chart_spec(rows: list[dict], names: list[str], y_title: str) -> dict:
    """One line per named series (a hub's councils), each its colour and key entry: rows of
    as_of, value and council."""
    colours = alt.Scale(domain=names, range=list(LINE_COLOURS[:len(names)]))
    chart = alt.Chart(alt.Data(values=rows)).mark_line(point=True).encode(
        x=alt.X("as_of:T", title="As of", scale=alt.Scale(type="utc")),
        y=alt.Y("value:Q", title=y_title, scale=alt.Scale(zero=True)),
        color=alt.Color("council:N", title="Council", scale=colours))
    return _config(chart).to_dict(validate=False)


def spec_json(spec: dict) -> str:
    """Stable bytes: sorted keys, so the golden files and cache keys never churn."""
    return json.dumps(spec, sort_keys=True, indent=1, ensure_ascii=False) + "\n"
