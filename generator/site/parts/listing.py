"""What every index page shares: report and commitment entries, and splitting a
long list into numbered pages so no page grows with the archive."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence, TypeVar

from markupsafe import Markup

from ...model.archive import Archive, Mention
from ...content.dates import PartialDate
from ...content.models import Report, Status
from ..pages import Alternate, GeneratedPage
from ...model.archive import remember
from ..render import render
from ...model.urls import page_url, relative

PER_PAGE = 200  # entries on one page of a list; beyond it the list continues on page-2/, ...
PREVIEW = 20  # entries an overview page shows before linking to the full list

T = TypeVar("T")


@dataclass(frozen=True)
class ReportEntry:
    """One report as an index lists it."""

    report: Report
    portfolio: str
    member: str
    figures: int
    commitments: int


@dataclass(frozen=True)
class CommitmentEntry:
    """One commitment as an index lists it: its words and its latest state."""

    id: str
    text: str
    status: Status
    due: PartialDate | None
    first: Report  # the report that made it
    latest: Report  # the latest report that spoke of it
    mentions: int


def report_entries(archive: Archive, reports: Sequence[Report]) -> list[ReportEntry]:
    """Each report's entry is made once a build, however many lists show it (its portfolio's,
    its member's, its year's, each tag's: 140 lists at 10,000 reports)."""
    made: dict[Report, ReportEntry] = archive.once("report-entries", dict)
    config = archive.config
    entries = []
    for r in reports:
        found = made.get(r)
        if found is None:
            found = made[r] = ReportEntry(r, config.portfolios[r.portfolio].name, config.members[r.member].name,
                                          len(r.front.metrics), len(r.front.commitments))
        entries.append(found)
    return entries


def commitment_entry(archive: Archive, commitment_id: str) -> CommitmentEntry:
    mentions: list[Mention] = archive.mentions[commitment_id]
    due = next((m.statement.due for m in reversed(mentions) if m.statement.due), None)
    return CommitmentEntry(commitment_id, archive.commitment_text(commitment_id) or commitment_id,
                           mentions[-1].statement.status, due, mentions[0].report,
                           mentions[-1].report, len(mentions))


def newest_commitments_first(entries: list[CommitmentEntry]) -> list[CommitmentEntry]:
    by_id = sorted(entries, key=lambda e: e.id)  # ties: alphabetical (the sort below is stable)
    return sorted(by_id, key=lambda e: (e.latest.date, e.latest.source), reverse=True)


@dataclass(frozen=True)
class Pager:
    """Links between the pages of one list; hrefs are relative to the current page."""

    number: int
    links: tuple[tuple[int, str], ...]  # (page number, href) for every page

    @property
    def previous(self) -> str | None:
        return self.links[self.number - 2][1] if self.number > 1 else None

    @property
    def next(self) -> str | None:
        return self.links[self.number][1] if self.number < len(self.links) else None


def chunks(items: Sequence[T], size: int = PER_PAGE) -> list[Sequence[T]]:
    return [items[i:i + size] for i in range(0, len(items), size)] or [items[:0]]


def list_src_uri(base: str, number: int) -> str:
    """'reports/2019/' page 1 -> 'reports/2019/index.md', page 2 -> 'reports/2019/page-2.md'."""
    return f"{base}index.md" if number == 1 else f"{base}page-{number}.md"


def pager(base: str, number: int, count: int) -> Pager:
    here = page_url(list_src_uri(base, number))
    return Pager(number, tuple((n, relative(here, page_url(list_src_uri(base, n))))
                               for n in range(1, count + 1)))


def list_pages(base: str, title: str, items: Sequence, kind: str, intro: str = "",
               alternates: tuple[Alternate, ...] = (), top: str = "",
               archive: Archive | None = None) -> list[GeneratedPage]:
    """A list of report or commitment entries (kind 'reports' or 'commitments') at
    base (e.g. 'tags/safeguarding/'), split into pages of PER_PAGE. `top` is HTML
    (already escaped) shown above the list on the first page only. With the archive,
    a page whose entries are as last time is reused under `mkdocs serve` (preview.py):
    entries hold their Report (compared by identity) and plain values only."""
    pages = chunks(items)
    out = []
    for number, chunk in enumerate(pages, start=1):
        src_uri = list_src_uri(base, number)
        heading = title if number == 1 else f"{title} (page {number} of {len(pages)})"

        def make(src_uri=src_uri, number=number, chunk=chunk, heading=heading) -> GeneratedPage:
            here = page_url(src_uri)
            html = render(archive, "list_page.html", kind=kind, entries=chunk, total=len(items), intro=intro,
                          page_url=here, relative=relative, first=number == 1, top=Markup(top),
                          pager=pager(base, number, len(pages)), feeds=feed_links(here, alternates))
            return GeneratedPage(src_uri, heading, html, alternates=alternates)

        key = (heading, kind, tuple(chunk), len(items), len(pages), intro, top, alternates)
        out.append(make() if archive is None else remember(archive, ("list", src_uri), key, make))
    return out


def feed_links(here: str, alternates: Sequence[Alternate]) -> list[tuple[str, str]]:
    """(href, label) for the visible links to a page's feeds and calendars."""
    return [(relative(here, a.href), a.title) for a in alternates]
