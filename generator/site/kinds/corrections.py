"""The corrections page (corrections/) and its Atom feed (feeds/corrections.xml):
every correction note and every amended figure across the archive, newest first,
each linked to the report it changes. Dates are the notes' own and the commits',
never the build's."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ...content.models import Report, UpdateKind
from ...model.archive import Archive
from ..words import format_number
from ...content.dates import long_date
from ...model.urls import relative
from ..history_words import amended_anchor, amended_words, removed_anchor, removed_words
from ..pages import Alternate, GeneratedFile, GeneratedPage, file_kind, page_kind
from ..render import render
from ..parts.atom import Feed, FeedEntry, write_feed

URL = "corrections/"
FEED = Alternate("feeds/corrections.xml", "Corrections (Atom feed)")


@dataclass(frozen=True)
class Correction:
    """One change to the public record: a correction note, or a figure amended."""

    day: dt.date | None  # None: an amendment not yet committed (a preview)
    report: Report
    kind: str  # 'Correction' (a note) or 'Amended figure'
    what: str
    anchor: str  # where on the report page it shows
    id: str  # permanent fragment for the feed entry's id


def corrections(archive: Archive) -> list[Correction]:
    found = []
    for report in archive.reports:
        for n, note in enumerate(report.front.updates):
            if note.kind is UpdateKind.CORRECTION:
                found.append(Correction(note.date, report, "Correction", note.summary, "updates",
                                        f"correction-{note.date.isoformat()}-{n}"))
        for i, stated in enumerate(report.front.metrics):
            amended = archive.readings_of(report)[i].amendment
            if amended is not None:
                label = archive.config.metrics[stated.metric].label
                what = (f"{label}: now {format_number(stated.value)} as of {long_date(stated.as_of)}. "
                        f"{amended_words(amended)}.")
                found.append(Correction(amended.changed_on, report, "Amended figure", what,
                                        amended_anchor(stated.metric, i),
                                        f"figure-{stated.metric}-{i}-amended-{(amended.commit or 'uncommitted')[:12]}"))
        found += _removed(archive, report)
    return sorted(found, key=lambda c: (c.day or dt.date.max, c.report.date, c.report.source, c.id),
                  reverse=True)


def _removed(archive: Archive, report: Report) -> list[Correction]:
    history = archive.history_of(report)
    found = []
    for i, removed in enumerate(history.removed if history else ()):
        metric = archive.config.metrics.get(removed.metric)
        what = removed_words(removed, metric.label if metric else removed.metric) + "."
        found.append(Correction(removed.removed_on, report, "Removed figure", what, removed_anchor(removed, i),
                                f"{removed_anchor(removed, i)}-{(removed.commit or 'uncommitted')[:12]}"))
    return found


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
    entries = [FeedEntry(f"{base}{c.report.url}#{c.id}", f"{c.kind}: {c.report.title}",
                         c.day or newest, f"{base}{c.report.url}#{c.anchor}", c.what)
               for c in corrections(archive)]
    rights = f"\u00a9 {settings.council}. {settings.licence.name}: {settings.licence.url}"
    feed = Feed(FEED.href, f"{settings.name}: corrections", URL, entries, newest)
    return [GeneratedFile(FEED.href, write_feed(feed, archive.site_url, settings.council, rights))]
