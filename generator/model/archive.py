"""Stage 3: the archive model, every report placed in time, with the indexes
later stages share (readings by metric, mentions by commitment)."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Callable, Hashable, TypeVar

from ..content.config import SiteConfig
from ..content.models import CommitmentStatement, MetricReading, Report
from ..content.rates import InForce, Rate, rate_of
from ..content.cache import Cache
from .amendments import AmendedFigure, ReportHistory

T = TypeVar("T")


@dataclass(frozen=True)
class Reading:
    """A figure as one report stated it, with everything later stages read of it, set
    once here: its value, its rate (a number, and how it was obtained), its place in its
    metric's series, whether it was amended since first published, and whether an officer
    has confirmed it. Words and formatting are the pages' and writers' own (site/)."""

    report: Report
    index: int  # position in the report's metrics list
    metric: str
    value: float
    as_of: date
    rate: Rate | None = None  # None: the metric has no rate base, or no rate could be had
    place: int = 0  # position in its metric's series (archive.readings[metric]), oldest first
    amendment: AmendedFigure | None = None  # differs from what was first published (amendments.py)
    confirmed: bool = True  # False: from an imported draft an officer has not yet confirmed

    @property
    def stated(self) -> MetricReading:
        return self.report.front.metrics[self.index]

    def __hash__(self) -> int:  # equal readings are of the same report and place in it
        return hash((self.report, self.index))


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
    # report source -> its readings, in the order the report states them
    stated: dict[str, tuple[Reading, ...]] = field(default_factory=dict)
    mentions: dict[str, list[Mention]] = field(default_factory=dict)  # by commitment id, oldest first
    # the site's public address ('https://example.org/archive/'), for the absolute links
    # feeds and calendars need; set by the pipeline from mkdocs.yml's site_url
    site_url: str = ""
    # the build's cache (content/cache.py): outputs kept from the last build; None makes everything
    cache: Cache | None = None
    # what every output depends on besides its own inputs: site_config/'s digest, site_url and
    # the git history's head (set by the pipeline); part of every key remember() asks with
    generation: tuple = ()
    # report source -> its dates and amended figures, from git (amendments.py); empty without history
    histories: dict[str, ReportHistory] = field(default_factory=dict)
    history_missing: str | None = None  # why there is no history, if there is none
    history_stamp: tuple = ()  # changes whenever the history does (a commit, an edit not yet committed)
    preview: bool = False  # built by `mkdocs serve`, which rebuilds it in the same process after each edit

    def history_of(self, report: Report) -> ReportHistory | None:
        return self.histories.get(report.source)

    def readings_of(self, report: Report) -> tuple[Reading, ...]:
        return self.stated.get(report.source, ())

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
    # what later stages derive from this archive once per build (the series, the tracker)
    _derived: dict[str, object] = field(default_factory=dict, repr=False)

    def once(self, name: str, make: Callable[[], T]) -> T:
        """make(), worked out once for this archive (this build), however many pages ask."""
        if name not in self._derived:
            self._derived[name] = make()
        return self._derived[name]  # type: ignore[return-value]

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


def build_archive(reports: list[Report], config: SiteConfig,
                  histories: dict[str, ReportHistory] | None = None, cache: Cache | None = None) -> Archive:
    """The archive, each reading's fields set once (its rate by content/rates.py). A metric's
    readings are kept in the cache while the reports stating it and their histories are the
    same (and what they read of site_config/): an edit remakes the readings of its metrics."""
    histories = histories or {}
    ordered = sorted(reports, key=_order)
    stated: dict[str, list[tuple]] = defaultdict(list)  # metric -> (report, index), in report order
    mentions: dict[str, list[Mention]] = defaultdict(list)
    for report in ordered:
        for i, reading in enumerate(report.front.metrics):
            stated[reading.metric].append((report, i))
        for i, statement in enumerate(report.front.commitments):
            mentions[statement.id].append(Mention(report, i))
    made = {metric: _series_in(cache, metric, found, config, histories) for metric, found in stated.items()}
    readings = {metric: series for metric, (series, _) in made.items()}
    by_report: dict[str, list[Reading]] = defaultdict(list)
    for series in readings.values():
        for reading in series:
            by_report[reading.report.source].append(reading)
    archive = Archive(config, ordered, readings, {s: tuple(sorted(r, key=lambda x: x.index))
                                                  for s, r in by_report.items()},
                      dict(mentions), histories=histories)
    archive.previous = {key: reading for _, previous in made.values() for key, reading in previous.items()}
    return archive


def _series_in(cache: Cache | None, metric: str, found: list[tuple], config: SiteConfig,
               histories: dict[str, ReportHistory]) -> tuple[list[Reading], dict]:
    def make() -> tuple[list[Reading], dict]:
        series = _series(metric, found, config, histories)
        in_report_order = sorted(series, key=lambda r: (_order(r.report), r.index))
        return series, _previous_readings({metric: in_report_order})
    if cache is None:
        return make()
    key = (tuple(found), tuple(histories.get(report.source) for report, _ in found))
    return cache.get(("readings", metric), key, make, disk=False)


def _series(metric: str, found: list[tuple], config: SiteConfig,
            histories: dict[str, ReportHistory]) -> list[Reading]:
    """A metric's readings by as-of date, then report order, each with its place."""
    definition = config.metrics.get(metric)
    rate = definition.rate if definition is not None else None
    in_force = InForce({rate.population: config.populations[rate.population]}
                       if rate is not None and rate.population in config.populations else {})
    ordered = sorted(found, key=lambda item: (item[0].front.metrics[item[1]].as_of, _order(item[0])))
    return [_reading(report, i, place, definition, config, histories, in_force)
            for place, (report, i) in enumerate(ordered)]


def _reading(report: Report, index: int, place: int, definition, config: SiteConfig,
             histories: dict[str, ReportHistory], in_force: InForce) -> Reading:
    stated = report.front.metrics[index]
    history = histories.get(report.source)
    rate = None if definition is None else rate_of(
        definition, stated.value, stated.as_of, config.populations, stated.rate,
        report.doc.raw.get(("metrics", index, "rate")) if stated.rate is not None else None, in_force)
    return Reading(report, index, stated.metric, stated.value, stated.as_of, rate, place,
                   history.amended[index] if history else None, not report.front.unconfirmed)


def _previous_readings(readings: dict[str, list[Reading]]) -> dict[tuple[str, str], Reading]:
    """One sweep per metric in report order (as `readings` gives them), so this stays
    linear at 10,000 reports."""
    previous: dict[tuple[str, str], Reading] = {}
    for metric, series in readings.items():
        last_of_earlier: Reading | None = None  # latest reading of the latest earlier report
        current: Report | None = None
        best_here: Reading | None = None
        for reading in series:
            if reading.report is not current:
                if best_here is not None:
                    last_of_earlier = best_here
                current, best_here = reading.report, None
            if last_of_earlier is not None:
                previous[(reading.report.source, metric)] = last_of_earlier
            if best_here is None or reading.as_of >= best_here.as_of:
                best_here = reading
    return previous


def remember(archive: Archive, name: Hashable, key: tuple, make: Callable[[], T], disk: bool = True) -> T:
    """make(), or what it made in the last build if key is the same (content/cache.py).
    The key must name everything make() reads besides site_config/, site_url and the
    history (the archive's generation, added here) and the code. disk=False: a value
    that holds reports (the next process reads them again), kept in memory only."""
    cache = archive.cache
    return make() if cache is None else cache.get(name, (archive.generation, key), make, disk)


def remember_each(archive: Archive, name: Hashable, items: list, make: Callable) -> list:
    """[make(item) for item in items], reusing the last build's output for each equal item
    (Cache.each); every item must hold everything make(item) reads."""
    cache = archive.cache
    if cache is None:
        return [make(item) for item in items]
    return cache.each((name, archive.generation), items, make)
