"""Stage 4a: each metric as a time series, every reading across all reports by
as-of date, each with its rate (as printed, else calculated: set once by the model,
archive.py) and its source report.

The metric pages, their downloads and charts, the metrics index and the home
page panel all read these models, so they always agree with each other and
with the figures table on each report page.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .archive import remember
from .archive import Archive, Reading
from ..content.models import Estimate, MetricDef
from ..content.rates import CALCULATED, PRINTED  # noqa: F401  (how a reading's rate was obtained)
from .urls import metric_url

# A metric page tables and marks on its charts this many of the newest readings; every
# reading is on the metric's pages by decade. At 10,000 reports a metric has ~730
# readings, and a page listing them all (with a linked point each) was over 1 MB.
RECENT_READINGS = 100


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
    points: tuple[Reading, ...]  # by as-of date, then report order (archive.readings)

    @property
    def url(self) -> str:
        return metric_url(self.key)

    @property
    def label(self) -> str:
        return self.definition.label

    @property
    def latest(self) -> Reading:
        return self.points[-1]

    @property
    def previous(self) -> Reading | None:
        return self.points[-2] if len(self.points) > 1 else None

    @property
    def first(self) -> Reading:
        return self.points[0]

    @property
    def recent(self) -> tuple[Reading, ...]:
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
        seen = {p.rate.estimate.reference_date: p.rate.estimate for p in self.points
                if p.rate is not None and p.rate.estimate is not None}
        return tuple(BaseChange(seen[d]) for d in sorted(seen))


def build_series(archive: Archive) -> list[MetricSeries]:
    """Every metric that at least one report states, in the order of metrics.yml, worked out
    once a build. A series reads only its readings (and site_config/): one whose readings
    are the same as last build is the very same object (content/cache.py), so the pages
    and charts keyed by it are found with one pointer test."""
    return archive.once("series", lambda: [
        remember(archive, ("series", key), tuple(archive.readings[key]), lambda key=key:
                 MetricSeries(key, archive.config.metrics[key], tuple(archive.readings[key])), disk=False)
        for key in archive.config.metrics if archive.readings.get(key)])


def series_by_portfolio(archive: Archive) -> list[tuple[str, str, list[MetricSeries]]]:
    """(portfolio key, portfolio name, its series) in the order of portfolios.yml."""
    series = build_series(archive)
    groups = []
    for key, portfolio in archive.config.portfolios.items():
        members = [s for s in series if s.definition.portfolio == key]
        if members:
            groups.append((key, portfolio.name, members))
    return groups
