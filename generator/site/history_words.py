"""How the history reads on pages: amended figures, whether a figure is the latest,
a report's updates. One wording, shared by report pages, metric pages, charts,
downloads, feeds and the corrections page, so they never disagree."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..content.dates import long_date, short_date
from ..content.models import Report
from ..model.amendments import AmendedFigure, RemovedFigure
from ..model.archive import Archive
from .words import format_number, unconfirmed
from ..model.urls import relative


def _iso_long(iso: str) -> str:
    try:
        return long_date(dt.date.fromisoformat(iso))
    except ValueError:
        return iso


def _num(value: object) -> str:
    return format_number(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else str(value)


def first_published_words(amended: AmendedFigure) -> str:
    """'562 as of 18 August 2019' (with the rate, if one was printed), as first published."""
    rate = f", rate {_num(amended.first_rate)}" if amended.first_rate is not None else ""
    return f"{_num(amended.first_value)}{rate} (as of {_iso_long(amended.first_as_of)})"


def amended_words(amended: AmendedFigure) -> str:
    """'Amended on 2 October 2019; first published on 5 September 2019 as 562 as of 18 August 2019'."""
    when = f"Amended on {long_date(amended.changed_on)}" if amended.changed_on else "Amended (not yet published)"
    return (f"{when}; first published on {long_date(amended.first_day)} as "
            f"{first_published_words(amended)}")


def removed_words(removed: RemovedFigure, label: str) -> str:
    """'Care leavers, 154 (as of 18 August 2019), first published on ...; removed on ...'."""
    rate = f", rate {_num(removed.rate)}" if removed.rate is not None else ""
    when = f"removed on {long_date(removed.removed_on)}" if removed.removed_on else "removed (not yet published)"
    return (f"{label}, {_num(removed.value)}{rate} (as of {_iso_long(removed.as_of)}), first published on "
            f"{long_date(removed.first_day)}; {when}")


def removed_anchor(removed: RemovedFigure, index: int) -> str:
    return f"removed-{removed.metric}-{index}"


def amended_anchor(metric: str, index: int) -> str:
    """The id of an amended figure's note on its report page."""
    return f"amended-{metric}-{index}"


def amended_short(amended: AmendedFigure) -> str:
    """For chart point text: 'amended 2 Oct 2019, first published as 562'."""
    when = f"amended {short_date(amended.changed_on)}" if amended.changed_on else "amended"
    return f"{when}, first published as {_num(amended.first_value)}"


@dataclass(frozen=True)
class Currency:
    """Whether a report's figure is the archive's latest for its measure."""

    label: str  # the measure
    latest: bool
    href: str | None = None  # the latest reading's report, at its figures
    words: str | None = None  # '560 as of 1 January 2020, in the report of 8 January 2020'


def currency(report: Report, index: int, archive: Archive) -> Currency | None:
    """Latest, superseded (a later as-of date elsewhere), or None (restated on the same date)."""
    reading = archive.readings_of(report)[index]
    label = archive.config.metrics[reading.metric].label
    latest = archive.latest_reading(reading.metric)
    if latest is None or (latest.report is report and latest.index == index):
        return Currency(label, True)
    if latest.as_of <= reading.as_of:
        return None
    words = (f"{format_number(latest.value)} as of {long_date(latest.as_of)}{unconfirmed(latest, ', ', '')}, "
             f"in the report of {long_date(latest.report.date)}")
    return Currency(label, False, relative(report.url, latest.report.url) + "#figures", words)
