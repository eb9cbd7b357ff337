"""Stage 3: the archive model, every report placed in time, with the indexes
later stages share (readings by metric, mentions by commitment)."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from ..content.config import SiteConfig
from ..content.models import CommitmentStatement, MetricReading, Report
from .amendments import AmendedFigure, ReportHistory
from .memo import Memo


@dataclass(frozen=True)
class Reading:
    """A figure as one report stated it."""

    report: Report
    index: int  # position in the report's metrics list

    @property
    def stated(self) -> MetricReading:
        return self.report.front.metrics[self.index]

    @property
    def metric(self) -> str:
        return self.stated.metric

    @property
    def value(self) -> float:
        return self.stated.value

    @property
    def as_of(self) -> date:
        return self.stated.as_of


@dataclass(frozen=True)
class Mention:
    """A commitment as one report spoke of it."""

    report: Report
    index: int

    @property
    def statement(self) -> CommitmentStatement:
        return self.report.front.commitments[self.index]


@dataclass
class Archive:
    config: SiteConfig
    reports: list[Report]  # oldest first
    readings: dict[str, list[Reading]] = field(default_factory=dict)  # by metric, oldest first
    mentions: dict[str, list[Mention]] = field(default_factory=dict)  # by commitment id, oldest first
    # the site's public address ('https://example.org/archive/'), for the absolute links
    # feeds and calendars need; set by the pipeline from mkdocs.yml's site_url
    site_url: str = ""
    # under `mkdocs serve`: outputs kept from the last build (preview.py); None builds everything
    memo: Memo | None = None
    # report source -> its dates and amended figures, from git (amendments.py); empty without history
    histories: dict[str, ReportHistory] = field(default_factory=dict)
    history_missing: str | None = None  # why there is no history, if there is none
    history_stamp: tuple = ()  # changes whenever the history does (a commit, an edit not yet committed)

    def history_of(self, report: Report) -> ReportHistory | None:
        return self.histories.get(report.source)

    def amendment(self, reading: "Reading") -> AmendedFigure | None:
        found = self.histories.get(reading.report.source)
        return found.amended[reading.index] if found else None

    def latest_reading(self, metric: str) -> "Reading | None":
        """The reading with the latest as-of date (the newest report's, on a tie)."""
        series = self.readings.get(metric)
        return series[-1] if series else None

    def newest_first(self) -> list[Report]:
        return list(reversed(self.reports))

    # (report source, metric) -> the latest figure for it stated by an earlier report
    previous: dict[tuple[str, str], Reading] = field(default_factory=dict)

    def previous_reading(self, report: Report, metric: str) -> Reading | None:
        return self.previous.get((report.source, metric))

    # commitment id -> the mention that first worded it, worked out once per build (pages,
    # feeds and the preview's checks all ask, tens of thousands of times at 10,000 reports)
    _worded: dict[str, Mention | None] = field(default_factory=dict, repr=False)

    def first_worded(self, commitment_id: str) -> Mention | None:
        """The mention whose report first worded the promise."""
        if commitment_id not in self._worded:
            self._worded[commitment_id] = next((m for m in self.mentions.get(commitment_id, [])
                                                if m.statement.text), None)
        return self._worded[commitment_id]

    def commitment_text(self, commitment_id: str) -> str | None:
        """The promise as first worded."""
        first = self.first_worded(commitment_id)
        return first.statement.text if first else None


def _order(report: Report) -> tuple:
    return (report.date, report.source)


def build_archive(reports: list[Report], config: SiteConfig) -> Archive:
    ordered = sorted(reports, key=_order)
    readings: dict[str, list[Reading]] = defaultdict(list)
    mentions: dict[str, list[Mention]] = defaultdict(list)
    for report in ordered:
        for i, reading in enumerate(report.front.metrics):
            readings[reading.metric].append(Reading(report, i))
        for i, statement in enumerate(report.front.commitments):
            mentions[statement.id].append(Mention(report, i))
    previous = _previous_readings(readings)
    for series in readings.values():
        series.sort(key=lambda r: (r.as_of, _order(r.report)))
    return Archive(config, ordered, dict(readings), dict(mentions), previous=previous)


def _previous_readings(readings: dict[str, list[Reading]]) -> dict[tuple[str, str], Reading]:
    """One sweep per metric in report order, so this stays linear at 10,000 reports."""
    previous: dict[tuple[str, str], Reading] = {}
    for metric, series in readings.items():
        last_of_earlier: Reading | None = None  # latest reading of the latest earlier report
        current: Report | None = None
        best_here: Reading | None = None
        for reading in series:  # still in report order here
            if reading.report is not current:
                if best_here is not None:
                    last_of_earlier = best_here
                current, best_here = reading.report, None
            if last_of_earlier is not None:
                previous[(reading.report.source, metric)] = last_of_earlier
            if best_here is None or reading.as_of >= best_here.as_of:
                best_here = reading
    return previous
