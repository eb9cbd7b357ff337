"""What the tracker's listing pages show of each commitment, and how they group it."""
from __future__ import annotations

from types import MappingProxyType

from dataclasses import dataclass, replace

from ...model.archive import Archive
from ...content.dates import long_date
from ...content.models import Status
from ...model.tracker import Commitment, Tracker
from ...model.urls import paged_url, relative

INDEX_URL = "commitments/"
FLAG_LABELS = MappingProxyType({"overdue": "Overdue", "silent": "Silent: delivered or dropped?"})


@dataclass(frozen=True)
class Link:
    label: str
    url: str


@dataclass(frozen=True)
class Entry:
    """One commitment as a listing shows it."""

    id: str
    text: str
    url: str
    status: Status
    flags: tuple[str, ...]
    portfolio_key: str
    portfolio: str
    member_key: str
    member: str
    first: Link
    last: Link | None
    due: str | None


@dataclass(frozen=True)
class Group:
    key: str
    label: str
    entries: tuple[Entry, ...]
    total: int = 0  # commitments of this status in the whole list (0: all are in entries)
    start: int = 1  # the position of entries[0] among them, from 1

    @property
    def continued(self) -> bool:
        """Part of the status is on another page of a paged list."""
        return bool(self.total) and len(self.entries) != self.total


@dataclass(frozen=True)
class StatusLink:
    """A link to where a status's section starts: '#status-x' or 'page-3/#status-x'."""

    key: str
    label: str
    count: int
    href: str


@dataclass(frozen=True)
class Tally:
    """Counts for one row of the index's summary: a portfolio, a member, or all."""

    label: str
    url: str | None
    by_status: dict[Status, int]
    overdue: int
    silent: int

    @property
    def total(self) -> int:
        return sum(self.by_status.values())


def portfolio_url(key: str) -> str:
    return f"{INDEX_URL}by-portfolio/{key}/"


def member_url(key: str) -> str:
    return f"{INDEX_URL}by-member/{key}/"


def report_link(mention_or_report, from_url: str) -> Link:
    report = getattr(mention_or_report, "report", mention_or_report)
    return Link(f"report of {long_date(report.date)}", relative(from_url, report.url))


def short_title(text: str, limit: int = 70) -> str:
    """The promise's first words, cut at a word, for the page title."""
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;:–-") + "…"


def entry(commitment: Commitment, archive: Archive, page_url: str) -> Entry:
    config = archive.config
    return Entry(
        id=commitment.id, text=commitment.text, url=relative(page_url, commitment.url),
        status=commitment.status, flags=commitment.flags,
        portfolio_key=commitment.portfolio, portfolio=config.portfolios[commitment.portfolio].name,
        member_key=commitment.member, member=config.members[commitment.member].name,
        first=report_link(commitment.first, page_url),
        last=report_link(commitment.last, page_url) if len(commitment.mentions) > 1 else None,
        due=commitment.due.label if commitment.due else commitment.due_text)


def status_groups(entries: list[Entry]) -> list[Group]:
    """Every status in its lifecycle order, empty ones left out."""
    return [Group(s.value, s.label, tuple(e for e in entries if e.status is s))
            for s in Status if any(e.status is s for e in entries)]


def status_links(groups: list[Group]) -> list[StatusLink]:
    """The group navigation of a list that fits on one page."""
    return [StatusLink(g.key, g.label, len(g.entries), f"#status-{g.key}") for g in groups]


def tally(label: str, url: str | None, commitments: list[Commitment]) -> Tally:
    counts = {s: 0 for s in Status}
    for c in commitments:
        counts[c.status] += 1
    return Tally(label, url, counts, sum(c.overdue for c in commitments),
                 sum(c.silent for c in commitments))


def as_at_context(tracker: Tracker, archive: Archive, page_url: str) -> dict:
    """What every listing says about the day it judges 'overdue' and 'silent' as at."""
    as_at = tracker.as_at
    return dict(as_at=as_at, report_count=len(archive.reports), flag_labels=FLAG_LABELS,
                as_at_link=report_link(as_at.report, page_url) if as_at and as_at.report else None)


def newest_first(commitments) -> list[Commitment]:
    """The most recently reported first: by the date of the latest report that spoke of
    each (a reader of 'Delivered' wants what was delivered lately, not in 1990); those
    of one report in the report's own order."""
    in_report_order = sorted(commitments, key=lambda c: c.last.index)
    return sorted(in_report_order, key=lambda c: (c.last.report.date, c.last.report.source),
                  reverse=True)  # stable: reverse=True keeps equal keys in their order


def by_status_order(commitments: list[Commitment]) -> list[Commitment]:
    """Status by status in lifecycle order; within one, newest first (newest_first)."""
    order = {status: i for i, status in enumerate(Status)}
    return sorted(newest_first(commitments), key=lambda c: order[c.status])  # stable


def status_spans(ordered: list[Commitment]) -> dict[Status, tuple[int, int]]:
    """Status -> (index of its first commitment, how many) in a list by_status_order made."""
    spans: dict[Status, tuple[int, int]] = {}
    for i, c in enumerate(ordered):
        first, count = spans.get(c.status, (i, 0))
        spans[c.status] = (first, count + 1)
    return spans


def paged_groups(entries: list[Entry], offset: int, spans: dict[Status, tuple[int, int]]) -> list[Group]:
    """One page's status groups (entries from index `offset` of the whole list), each
    knowing its status's total and its first entry's position among them."""
    groups, at = [], offset
    for group in status_groups(entries):
        first, total = spans[group.entries[0].status]
        groups.append(replace(group, total=total, start=at - first + 1))
        at += len(group.entries)
    return groups


def paged_status_links(spans: dict[Status, tuple[int, int]], base: str, per_page: int) -> list[StatusLink]:
    """Each status, linked (site-relative) at the page of base where its section starts."""
    return [StatusLink(status.value, status.label, count,
                       f"{paged_url(base, first // per_page + 1)}#status-{status.value}")
            for status, (first, count) in spans.items()]
