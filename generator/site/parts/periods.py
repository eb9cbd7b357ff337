"""Comparing periods: for every metric stated in a year, its last reading that
year against its last reading the year before."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from ...model.archive import Archive, Reading


@dataclass(frozen=True)
class YearComparison:
    metric: str
    label: str
    unit: str
    current: Reading  # the last reading stated in reports of the year
    previous: Reading | None  # the last reading stated in reports of the year before

    @property
    def change(self) -> float | None:
        return self.current.value - self.previous.value if self.previous else None


def last_readings_by_year(archive: Archive) -> dict[int, dict[str, Reading]]:
    """year of the report -> metric -> the reading with the latest as-of date stated
    in that year's reports (the later report wins a tie). One pass over all readings."""
    by_year: dict[int, dict[str, Reading]] = defaultdict(dict)
    for metric, series in archive.readings.items():
        for reading in series:  # sorted by (as_of, report order): the last one stays
            by_year[reading.report.date.year][metric] = reading
    return dict(by_year)


def compare_year(archive: Archive, by_year: dict[int, dict[str, Reading]], year: int) -> list[YearComparison]:
    current, previous = by_year.get(year, {}), by_year.get(year - 1, {})
    metrics = archive.config.metrics
    rows = [YearComparison(m, metrics[m].label, metrics[m].unit, reading, previous.get(m))
            for m, reading in current.items()]
    return sorted(rows, key=lambda row: (row.label.casefold(), row.metric))
