"""Numbers as the archive states them: figures, changes and rates (printed or
calculated from the population estimate in force), in the one form every page,
table, chart and download shows."""
from __future__ import annotations

from .archive import Archive, Reading


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


def rate_cells(reading: Reading, archive: Archive) -> tuple[str, str]:
    """The rate as printed, else as calculated from the population estimate in force."""
    metric = archive.config.metrics[reading.metric]
    if metric.rate is None:
        return "", ""
    stated = reading.stated
    if stated.rate is not None:
        printed = reading.report.doc.raw.get(("metrics", reading.index, "rate"), str(stated.rate))
        return printed, "as printed"
    population = archive.config.populations.get(metric.rate.population)
    estimate = population.in_force(stated.as_of) if population else None
    if estimate is None:
        return "", ""
    computed = stated.value / estimate.value * metric.rate.per
    return f"{computed:,.1f}", f"calculated from the {estimate.label} of {estimate.value:,} {population.label}"


