"""Stage 4a: each metric as a time series, every reading across all reports by
as-of date, with its rate (as printed, else calculated) and its source report.

The metric pages, their downloads and charts, the metrics index and the home
page panel all read these models, so they always agree with each other and
with the figures table on each report page (rates come from render.rate_cells).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .amendments import AmendedFigure
from .memo import remember
from .archive import Archive, Reading
from ..content.dates import long_date
from ..content.models import Estimate, MetricDef
from .figures import format_change, format_number, rate_cells
from .urls import metric_url

PRINTED = "printed"
CALCULATED = "calculated"
# A metric page tables and marks on its charts this many of the newest readings; every
# reading is on the metric's pages by decade. At 10,000 reports a metric has ~730
# readings, and a page listing them all (with a linked point each) was over 1 MB.
RECENT_READINGS = 100


@dataclass(frozen=True)
class SeriesPoint:
    """One reading of a metric, as one report stated it."""

    value: float
    as_of: date
    rate: float | None  # per the metric's rate base; None where there is no rate
    rate_text: str  # as shown in tables: '136.1', '171.5'
    rate_kind: str | None  # PRINTED, CALCULATED or None
    rate_note: str  # 'as printed' or 'calculated from the mid-2016 estimate of 32,180'
    estimate: Estimate | None  # the population estimate in force on the as-of date
    report_title: str
    report_date: date
    report_url: str  # site URL of the report page, e.g. 'reports/2019/x/'
    amendment: AmendedFigure | None = None  # differs from what was first published (amendments.py)


@dataclass(frozen=True)
class BaseChange:
    """A population estimate that rates in the series rest on, from its reference date."""

    estimate: Estimate

    @property
    def reference_date(self) -> date:
        return self.estimate.reference_date

    @property
    def label(self) -> str:
        return f"{self.estimate.label} ({self.estimate.value:,})"


@dataclass(frozen=True)
class MetricSeries:
    key: str
    definition: MetricDef
    points: tuple[SeriesPoint, ...]  # by as-of date, then report order

    @property
    def url(self) -> str:
        return metric_url(self.key)

    @property
    def label(self) -> str:
        return self.definition.label

    @property
    def latest(self) -> SeriesPoint:
        return self.points[-1]

    @property
    def previous(self) -> SeriesPoint | None:
        return self.points[-2] if len(self.points) > 1 else None

    @property
    def first(self) -> SeriesPoint:
        return self.points[0]

    @property
    def recent(self) -> tuple[SeriesPoint, ...]:
        """The newest readings, oldest first: what the metric page tables and marks."""
        return self.points[-RECENT_READINGS:]

    @property
    def all_recent(self) -> bool:
        return len(self.points) <= RECENT_READINGS

    @property
    def has_rates(self) -> bool:
        return any(p.rate is not None for p in self.points)

    @property
    def base_changes(self) -> tuple[BaseChange, ...]:
        """Each estimate in force for some reading, oldest first."""
        seen = {p.estimate.reference_date: p.estimate for p in self.points if p.estimate}
        return tuple(BaseChange(seen[d]) for d in sorted(seen))


def build_series(archive: Archive) -> list[MetricSeries]:
    """Every metric that at least one report states, in the order of metrics.yml. A series
    reads only its readings (and site_config/): under `mkdocs serve` one whose readings are
    the same as last build is the same object (preview.py), so pages keyed by it are kept."""
    return [remember(archive, ("series", key), tuple(archive.readings[key]), lambda key=key, definition=definition:
                     MetricSeries(key, definition, tuple(_point(r, archive) for r in archive.readings[key])))
            for key, definition in archive.config.metrics.items() if archive.readings.get(key)]


def series_by_portfolio(archive: Archive) -> list[tuple[str, str, list[MetricSeries]]]:
    """(portfolio key, portfolio name, its series) in the order of portfolios.yml."""
    series = build_series(archive)
    groups = []
    for key, portfolio in archive.config.portfolios.items():
        members = [s for s in series if s.definition.portfolio == key]
        if members:
            groups.append((key, portfolio.name, members))
    return groups


def _point(reading: Reading, archive: Archive) -> SeriesPoint:
    metric = archive.config.metrics[reading.metric]
    rate_text, note = rate_cells(reading, archive)
    kind = None if not rate_text else PRINTED if note == "as printed" else CALCULATED
    return SeriesPoint(
        value=reading.value, as_of=reading.as_of,
        rate=float(rate_text.replace(",", "")) if rate_text else None,
        rate_text=rate_text, rate_kind=kind, rate_note=note,
        estimate=_estimate(metric, reading.as_of, archive),
        report_title=reading.report.title, report_date=reading.report.date,
        report_url=reading.report.url, amendment=archive.amendment(reading))


def _estimate(metric: MetricDef, as_of: date, archive: Archive) -> Estimate | None:
    if metric.rate is None:
        return None
    population = archive.config.populations.get(metric.rate.population)
    return population.in_force(as_of) if population else None


# --- words ------------------------------------------------------------------

def describe_point(series: MetricSeries, point: SeriesPoint) -> str:
    """'552 children as of 18 August 2019 (report of 4 September 2019)'."""
    return (f"{format_number(point.value)} {series.definition.unit} as of {long_date(point.as_of)} "
            f"(report of {long_date(point.report_date)})")


def change_words(change: float, unit: str) -> str:
    if change == 0:
        return "no change"
    direction = "up" if change > 0 else "down"
    return f"{direction} {format_number(abs(change))} {unit}"


def change_since_previous(series: MetricSeries) -> str | None:
    """'+114' style, as the report pages show change; None for a single reading."""
    previous = series.previous
    return format_change(series.latest.value - previous.value) if previous else None


def summary_sentence(series: MetricSeries) -> str:
    """The latest reading and how it moved since the previous and the first."""
    latest, previous, first = series.latest, series.previous, series.first
    unit = series.definition.unit
    opening = f"{series.label}: {format_number(latest.value)} {unit} as of {long_date(latest.as_of)}"
    if previous is None:
        return f"{opening}, the only reading so far."
    since_previous = (f"{change_words(latest.value - previous.value, unit)} since the previous reading "
                      f"({format_number(previous.value)} as of {long_date(previous.as_of)})")
    if previous is first:
        return f"{opening}, {since_previous}, the first in the archive."
    since_first = (f"{change_words(latest.value - first.value, unit)} since the first "
                   f"({format_number(first.value)} as of {long_date(first.as_of)})")
    return f"{opening}, {since_previous} and {since_first}."
