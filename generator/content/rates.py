"""The rate rule, in one place: a figure per its metric's base, as the report printed it
or calculated from the population estimate in force on its as-of date.

The model sets each reading's rate with it once (model/archive.py); validation holds a
printed rate to it (validate.py); the hub puts a council's figures on the shared base
with it (hub/compare.py). Nothing else works a rate out, or which estimate of a
population is in force (InForce)."""
from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from dataclasses import dataclass

from .models import Estimate, MetricDef, Population

PRINTED = "printed"
CALCULATED = "calculated"


@dataclass(frozen=True)
class Rate:
    """A reading's rate: its number, per what, and how it was obtained."""

    value: float  # per `per`: as printed, or as calculated (not rounded)
    per: int
    printed: str | None  # the rate as the report printed it ('136.1'); None: calculated
    estimate: Estimate | None  # the estimate in force on the as-of date (a printed rate may have none)
    population: str  # whom the rate is per, e.g. 'children in Middlesbrough'

    @property
    def kind(self) -> str:
        return PRINTED if self.printed is not None else CALCULATED

    @property
    def shown(self) -> float:
        """The number charts and a metric's downloads show: as printed, or calculated to one decimal."""
        return float(self.value) if self.printed is not None else round(self.value, 1)


def per_base(value: float, estimate: Estimate, per: int) -> float:
    """The rule: value / population x base."""
    return value / estimate.value * per


class InForce:
    """Which estimate of each population is in force on a day: the newest whose reference
    date is on or before it (of two with the same date, the first listed). Each
    population's dates are sorted once, then one bisection a reading: a build asks
    55,000 times at 10,000 reports."""

    def __init__(self, populations: dict[str, Population]):
        self._by_population: dict[str, tuple[list[dt.date], list[Estimate]]] = {}
        for key, population in populations.items():
            dates: list[dt.date] = []
            estimates: list[Estimate] = []
            for estimate in sorted(population.estimates, key=lambda e: e.reference_date):  # stable
                if dates and dates[-1] == estimate.reference_date:
                    continue
                dates.append(estimate.reference_date)
                estimates.append(estimate)
            self._by_population[key] = (dates, estimates)

    def __call__(self, population: str, on: dt.date) -> Estimate | None:
        dates, estimates = self._by_population.get(population, ((), ()))
        at = bisect_right(dates, on)
        return estimates[at - 1] if at else None


def rate_of(metric: MetricDef, value: float, as_of: dt.date, populations: dict[str, Population],
            printed: float | None = None, printed_text: str | None = None,
            in_force: InForce | None = None) -> Rate | None:
    """The rate as printed, else as calculated from the estimate in force; None where the
    metric has no rate base, or no rate is printed and no estimate is in force. in_force:
    the populations' InForce, made once for many readings."""
    if metric.rate is None:
        return None
    population = populations.get(metric.rate.population)
    estimate = (in_force or InForce(populations))(metric.rate.population, as_of)
    label = population.label if population else metric.rate.population
    if printed is not None:
        return Rate(printed, metric.rate.per, printed_text or str(printed), estimate, label)
    if estimate is None:
        return None
    return Rate(per_base(value, estimate, metric.rate.per), metric.rate.per, None, estimate, label)


def calculated(metric: MetricDef, value: float, as_of: dt.date,
               populations: dict[str, Population]) -> Rate | None:
    """The rate calculated from the estimate in force, whatever the report printed."""
    return rate_of(metric, value, as_of, populations)
