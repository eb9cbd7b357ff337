"""Numbers and readings in words, at the edge: the one form every page, table, chart,
feed and download shows a figure, a change and a rate in. The model holds numbers
(model/archive.py, Reading); only templates and writers turn them into text."""
from __future__ import annotations

from ..content.dates import long_date
from ..content.rates import Rate
from ..model.archive import Reading
from ..model.series import MetricSeries


def format_number(value: float | None, decimals: int | None = None) -> str:
    if value is None:
        return ""
    if decimals is not None:
        return f"{value:,.{decimals}f}"
    return f"{value:,}" if isinstance(value, int) else f"{value:,.10g}"


def format_change(change: float) -> str:
    if change == 0:
        return "no change"
    sign = "+" if change > 0 else "\u2212"  # a real minus sign reads correctly aloud
    return f"{sign}{format_number(abs(change))}"


def rate_text(rate: Rate | None) -> str:
    """'136.1' as printed, '573.6' as calculated (to one decimal); '' without a rate."""
    if rate is None:
        return ""
    return rate.printed if rate.printed is not None else f"{rate.value:,.1f}"


def rate_note(rate: Rate | None) -> str:
    """'as printed', or 'calculated from the mid-2016 estimate of 32,180 children in Middlesbrough'."""
    if rate is None:
        return ""
    if rate.printed is not None:
        return "as printed"
    return f"calculated from the {rate.estimate.label} of {rate.estimate.value:,} {rate.population}"


# The mark every figure of an imported report an officer has not yet confirmed carries,
# wherever it is shown (on a site with publish_unconfirmed_imports: true; by default
# no such report reaches a built site).
UNCONFIRMED = "not yet confirmed"


def unconfirmed(reading: Reading, before: str = " (", after: str = ")") -> str:
    """' (not yet confirmed)' after a figure from an unconfirmed import, else ''."""
    return "" if reading.confirmed else f"{before}{UNCONFIRMED}{after}"


def describe_point(series: MetricSeries, point: Reading) -> str:
    """'552 children as of 18 August 2019 (report of 4 September 2019)'."""
    return (f"{format_number(point.value)} {series.definition.unit} as of {long_date(point.as_of)} "
            f"(report of {long_date(point.report.date)}){unconfirmed(point, ', ', '')}")


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
    opening = (f"{series.label}: {format_number(latest.value)} {unit} as of {long_date(latest.as_of)}"
               f"{unconfirmed(latest)}")
    if previous is None:
        return f"{opening}, the only reading so far."
    since_previous = (f"{change_words(latest.value - previous.value, unit)} since the previous reading "
                      f"({format_number(previous.value)} as of {long_date(previous.as_of)}"
                      f"{unconfirmed(previous, ', ', '')})")
    if previous is first:
        return f"{opening}, {since_previous}, the first in the archive."
    since_first = (f"{change_words(latest.value - first.value, unit)} since the first "
                   f"({format_number(first.value)} as of {long_date(first.as_of)}{unconfirmed(first, ', ', '')})")
    return f"{opening}, {since_previous} and {since_first}."
