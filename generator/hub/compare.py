"""What a comparison page says, from the shards' open data and the councils'
site_config/: each council's readings of one shared metric (its data/readings.csv), on
the shared rate base, worked out from each figure's value and the council's population
estimate in force (content/rates.py), never from a rate the shard rounded."""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..content.dates import long_date
from ..content.rates import calculated, per_base
from ..site.open_data import to_csv as write_csv
from .project import HubCouncil, SharedMetric, shared_keys


@dataclass(frozen=True)
class HubReading:
    council: str  # key
    council_name: str
    as_of: date
    value: float
    rate: float | None  # per the shared definition's base, not rounded (rate_shown is)
    base: str  # the population estimate the rate rests on, in words ('' without a rate)
    report_title: str
    report_url: str  # absolute, as the shard publishes it
    base_area_code: str = ""  # the area the estimate counts, as its populations.yml names it
    base_source: str = ""  # who published the estimate

    @property
    def rate_shown(self) -> float | None:
        """The rate as pages, charts and downloads give it: to one decimal."""
        return None if self.rate is None else round(self.rate, 1)


@dataclass
class Comparison:
    key: str
    metric: SharedMetric
    readings: list[HubReading]

    @property
    def by_rate(self) -> bool:
        return self.metric.rate is not None

    def councils(self) -> list[str]:
        return sorted({r.council_name for r in self.readings})

    def latest(self) -> list[HubReading]:
        """Each council's newest reading (by as-of date, then report order)."""
        newest: dict[str, HubReading] = {}
        for r in self.readings:
            if r.council not in newest or r.as_of >= newest[r.council].as_of:
                newest[r.council] = r
        return sorted(newest.values(), key=lambda r: r.council_name)

    def bases(self) -> dict[str, HubReading]:
        """council name -> its latest rated reading, whose base it is (only councils with a rate)."""
        return {r.council_name: r for r in self.latest() if r.rate is not None}

    def bases_differ(self) -> bool:
        return len({r.base for r in self.bases().values()}) > 1


def number(text: str) -> float:
    value = float(text)
    return int(value) if value.is_integer() else value


CANONICAL = re.compile(r'<link rel="canonical" href="([^"]+)">')


def shard_address(site_dir: Path, entry: HubCouncil) -> str | None:
    """The address the shard was built for (its home page's canonical link), the
    prefix of every report_url in its open data."""
    home = site_dir / entry.key / "index.html"
    found = CANONICAL.search(home.read_text("utf-8")) if home.is_file() else None
    return found.group(1) if found else None


def report_link(report_url: str, built_for: str | None, entry: HubCouncil) -> str:
    """The report on the council's own site where it has one (councils.yml url), else
    as the shard publishes it, under the hub's address."""
    if entry.own_site and built_for and report_url.startswith(built_for):
        return entry.own_site + report_url.removeprefix(built_for)
    return report_url


def read_shard_readings(site_dir: Path, entry: HubCouncil) -> list[dict]:
    path = site_dir / entry.key / "data" / "readings.csv"
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@dataclass(frozen=True)
class Base:
    words: str  # 'mid-2016 estimate (30 June 2016)'
    area_code: str = ""
    source: str = ""


PRINTED_BASE = Base("a rate printed in the report (its base as the report states it)")


def on_shared_base(entry: HubCouncil, metric_key: str, row: dict, shared: SharedMetric) -> tuple[float | None, Base]:
    """The reading's rate per the shared base, and the estimate it rests on: from its value
    and the council's estimate in force on its as-of date. Only where no estimate is in
    force, a rate the report printed, scaled from its own base."""
    if not shared.rate:
        return None, Base("")
    definition = entry.config.metrics.get(metric_key) if entry.config else None
    value, as_of = number(row["value"]), date.fromisoformat(row["as_of"])
    rate = calculated(definition, value, as_of, entry.config.populations) if definition else None
    if rate is not None:
        estimate = rate.estimate
        return per_base(value, estimate, shared.rate.per), Base(
            f"{estimate.label} ({long_date(estimate.reference_date)})", estimate.area_code or "", estimate.source)
    if row["rate"] and row["rate_per"]:
        return float(row["rate"]) * shared.rate.per / int(row["rate_per"]), PRINTED_BASE
    return None, Base("")


def comparisons(site_dir: Path, councils: list[HubCouncil], metrics: dict[str, SharedMetric]) -> list[Comparison]:
    found = {key: Comparison(key, metric, []) for key, metric in sorted(metrics.items())}
    for entry in councils:
        mapping = shared_keys(entry)
        built_for = shard_address(site_dir, entry)
        for row in read_shard_readings(site_dir, entry):
            shared = mapping.get(row["metric"])
            if shared not in found:
                continue
            rate, base = on_shared_base(entry, row["metric"], row, metrics[shared])
            found[shared].readings.append(HubReading(
                entry.key, entry.name, date.fromisoformat(row["as_of"]), number(row["value"]),
                rate, base.words, row["report_title"],
                report_link(row["report_url"], built_for, entry),
                base.area_code, base.source))
    return list(found.values())


COLUMNS = ["council", "council_name", "as_of", "value", "rate", "rate_per", "base", "report_title", "report_url",
           "base_area_code", "base_source"]  # new columns go at the end: readers of the CSV keep working


def rows(comparison: Comparison) -> list[dict]:
    per = comparison.metric.rate.per if comparison.metric.rate else ""
    return [{"council": r.council, "council_name": r.council_name, "as_of": r.as_of.isoformat(),
             "value": r.value, "rate": "" if r.rate is None else r.rate_shown,
             "rate_per": per if r.rate is not None else "", "base": r.base if r.rate is not None else "",
             "report_title": r.report_title, "report_url": r.report_url,
             "base_area_code": r.base_area_code if r.rate is not None else "",
             "base_source": r.base_source if r.rate is not None else ""}
            for r in sorted(comparison.readings, key=lambda r: (r.council, r.as_of))]


def to_csv(comparison: Comparison) -> str:
    return write_csv(COLUMNS, rows(comparison))  # the site's one writer of open-data rows
