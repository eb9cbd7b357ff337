"""The corrections page (corrections/) and its Atom feed (feeds/corrections.xml): one
entry per change to the public record, newest first, each linked to the report it
changes. A correction note and the amended figures it explains are one entry; an
amended or removed figure no note explains is an entry of its own, and so is a note that
corrects no figure (a sentence, a date). Each entry's title names the figure and the
change ("Children looked after: 571 → 517, 4 December 2026"), unique on the page and in
the feed. Dates are the notes' own and the commits', never the build's."""
from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, replace

from ...content.dates import long_date
from ...content.models import MetricReading, Report, UpdateKind
from ...model.amendments import AmendedFigure, explaining_note
from ...model.archive import Archive
from ..words import format_number
from ...model.urls import relative
from ..history_words import amended_anchor, amended_words, removed_anchor, removed_words
from ..pages import Alternate, GeneratedFile, GeneratedPage, file_kind, page_kind
from ..render import render
from ..parts.atom import Feed, FeedEntry, write_feed

URL = "corrections/"
FEED = Alternate("feeds/corrections.xml", "Corrections (Atom feed)")


@dataclass(frozen=True)
class Correction:
    """One change to the public record: a correction note with the figures it explains,
    or a figure amended or removed with no note that explains it."""

    day: dt.date | None  # None: an amendment not yet committed (a preview)
    report: Report
    title: str  # 'Children looked after: 571 → 517, 4 December 2026'
    what: str  # the note's words, and what was first published
    anchor: str  # where on the report page it shows
    id: str  # permanent fragment for the feed entry's id


@dataclass(frozen=True)
class _Change:
    words: str  # 'Children looked after: 571 → 517'
    detail: str  # 'Amended on ...; first published on ... as 571 (as of ...)'
    day: dt.date | None
    anchor: str
    id: str
    note: int | None  # the index of the note that explains it


def corrections(archive: Archive) -> list[Correction]:
    found = [c for report in archive.reports for c in _of_report(archive, report)]
    ordered = sorted(found, key=lambda c: (c.day or dt.date.max, c.report.date, c.report.source, c.id), reverse=True)
    return unique_titles(ordered)


def _of_report(archive: Archive, report: Report) -> list[Correction]:
    changes = _changes(archive, report)
    found = []
    for n, note in enumerate(report.front.updates):
        if note.kind is not UpdateKind.CORRECTION:
            continue
        mine = [c for c in changes if c.note == n]
        words = "; ".join(c.words for c in mine) or f"Correction to {report.title}"
        what = " ".join([note.summary, *(f"{c.detail}." for c in mine)])
        anchor = mine[0].anchor if mine else "updates"
        found.append(Correction(note.date, report, f"{words}, {long_date(note.date)}", what, anchor,
                                f"correction-{note.date.isoformat()}-{n}"))
    for change in (c for c in changes if c.note is None):
        when = long_date(change.day) if change.day else "not yet published"
        found.append(Correction(change.day, report, f"{change.words}, {when}",
                                f"{change.detail}. No correction note says why.", change.anchor, change.id))
    return found


def _changes(archive: Archive, report: Report) -> list[_Change]:
    """Each figure of the report amended or removed since it was first published."""
    changes = []
    for i, stated in enumerate(report.front.metrics):
        amended = archive.readings_of(report)[i].amendment
        if amended is not None:
            label = archive.config.metrics[stated.metric].label
            changes.append(_Change(f"{label}: {change_words(amended, stated)}", amended_words(amended),
                                   amended.changed_on, amended_anchor(stated.metric, i),
                                   f"figure-{stated.metric}-{i}-amended-{(amended.commit or 'uncommitted')[:12]}",
                                   explaining_note(report, amended)))
    history = archive.history_of(report)
    for i, removed in enumerate(history.removed if history else ()):
        metric = archive.config.metrics.get(removed.metric)
        label = metric.label if metric else removed.metric
        anchor = removed_anchor(removed, i)
        changes.append(_Change(f"{label}: {format_number(removed.value)} removed", removed_words(removed, label),
                               removed.removed_on, anchor, f"{anchor}-{(removed.commit or 'uncommitted')[:12]}",
                               explaining_note(report, removed)))
    return changes


def change_words(amended: AmendedFigure, stated: MetricReading) -> str:
    """'571 → 517'; 'rate 171.5 → 160.2'; 'as of 18 August 2019 → 31 August 2019': each part
    that changed, as first published and now."""
    parts = []
    if _differs(amended.first_value, stated.value):
        parts.append(f"{_number(amended.first_value)} → {_number(stated.value)}")
    if _differs(amended.first_rate, stated.rate):
        parts.append(f"rate {_number(amended.first_rate)} → {_number(stated.rate)}")
    if amended.first_as_of != stated.as_of.isoformat():
        parts.append(f"as of {_day(amended.first_as_of)} → {long_date(stated.as_of)}")
    return ", ".join(parts)


def _differs(a: object, b: object) -> bool:
    as_number = lambda v: float(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else v  # noqa: E731
    return as_number(a) != as_number(b)


def _number(value: object) -> str:
    if value is None:
        return "none"
    return format_number(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else str(value)


def _day(iso: str) -> str:
    try:
        return long_date(dt.date.fromisoformat(iso))
    except ValueError:
        return iso


def unique_titles(found: list[Correction]) -> list[Correction]:
    """A title given twice says whose report it is; if still twice, numbers them."""
    counts = Counter(c.title for c in found)
    found = [c if counts[c.title] == 1 else replace(c, title=f"{c.title} (report of {long_date(c.report.date)})")
             for c in found]
    counts, seen = Counter(c.title for c in found), Counter()
    out = []
    for c in found:
        seen[c.title] += 1
        out.append(c if counts[c.title] == 1 else replace(c, title=f"{c.title} ({seen[c.title]})"))
    return out


@page_kind("corrections")
def corrections_page(archive: Archive) -> list[GeneratedPage]:
    html = render(archive, "corrections.html", corrections=corrections(archive), page_url=URL, relative=relative,
                  feed_href=relative(URL, FEED.href), history_missing=archive.history_missing)
    return [GeneratedPage(f"{URL}index.md", "Corrections", html, in_nav=True, alternates=(FEED,),
                          description="Every correction to a published report and every amended figure, "
                                      "newest first.")]


@file_kind("corrections-feed")
def corrections_feed(archive: Archive) -> list[GeneratedFile]:
    settings = archive.config.settings
    base = archive.site_url.rstrip("/") + "/"
    newest = archive.reports[-1].date if archive.reports else dt.date(1970, 1, 1)
    entries = [FeedEntry(f"{base}{c.report.url}#{c.id}", c.title, c.day or newest,
                         f"{base}{c.report.url}#{c.anchor}", f"{c.what} (Report: {c.report.title}, "
                         f"{long_date(c.report.date)}.)")
               for c in corrections(archive)]
    rights = f"\u00a9 {settings.council}. {settings.licence.name}: {settings.licence.url}"
    feed = Feed(FEED.href, f"{settings.name}: corrections", URL, entries, newest)
    return [GeneratedFile(FEED.href, write_feed(feed, archive.site_url, settings.council, rights))]
