"""The commitment tracker's pages: commitments/ (every promise, grouped by status,
portfolio and member) and commitments/<id>/ (the timeline of one promise).

The model is generator/tracker.py; this module only turns it into page views.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..archive import Archive
from ..dates import long_date
from ..models import Status
from ..pages import GeneratedPage, page_kind
from ..render import render
from ..tracker import Commitment, Tracker, tracker_for
from ..urls import relative

INDEX_URL = "commitments/"
FLAG_LABELS = {"overdue": "Overdue", "silent": "Silent: delivered or dropped?"}


@dataclass(frozen=True)
class Link:
    label: str
    url: str


@dataclass(frozen=True)
class Entry:
    """One commitment as listed on the index."""

    id: str
    text: str
    short: str  # the first words, for the compact lists
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


@dataclass(frozen=True)
class Event:
    """One report on a commitment's timeline."""

    date: object
    report: Link
    member: str
    status: Status
    changed_from: Status | None
    said: str | None
    due: str | None
    due_text: str | None
    paragraph: str
    first: bool


def report_link(mention_or_report, from_url: str) -> Link:
    report = getattr(mention_or_report, "report", mention_or_report)
    return Link(f"report of {long_date(report.date)}", relative(from_url, report.url))


def entry(commitment: Commitment, archive: Archive) -> Entry:
    config = archive.config
    due = commitment.due.label if commitment.due else commitment.due_text
    return Entry(
        id=commitment.id, text=commitment.text, short=short_title(commitment.text),
        url=relative(INDEX_URL, commitment.url), status=commitment.status, flags=commitment.flags,
        portfolio_key=commitment.portfolio, portfolio=config.portfolios[commitment.portfolio].name,
        member_key=commitment.member, member=config.members[commitment.member].name,
        first=report_link(commitment.first, INDEX_URL),
        last=report_link(commitment.last, INDEX_URL) if len(commitment.mentions) > 1 else None,
        due=due)


def groups(entries: list[Entry], commitments: tuple[Commitment, ...], key, label) -> list[Group]:
    grouped: dict[str, list[Entry]] = {}
    for item, commitment in zip(entries, commitments):
        grouped.setdefault(key(commitment), []).append(item)
    return [Group(k, label(k), tuple(grouped[k])) for k in sorted(grouped, key=label)]


def status_groups(entries: list[Entry]) -> list[Group]:
    """Every status in its lifecycle order, empty ones left out."""
    return [Group(s.value, s.label, tuple(e for e in entries if e.status is s))
            for s in Status if any(e.status is s for e in entries)]


@page_kind("commitments")
def commitment_pages(archive: Archive) -> list[GeneratedPage]:
    tracker = tracker_for(archive)
    return [index_page(archive, tracker)] + [commitment_page(archive, tracker, c)
                                             for c in tracker.commitments]


def index_page(archive: Archive, tracker: Tracker) -> GeneratedPage:
    config = archive.config
    entries = [entry(c, archive) for c in tracker.commitments]
    by_portfolio = groups(entries, tracker.commitments, lambda c: c.portfolio,
                          lambda k: config.portfolios[k].name)
    by_member = groups(entries, tracker.commitments, lambda c: c.member,
                       lambda k: config.members[k].name)
    as_at = tracker.as_at
    html = render("commitments_index.html", entries=entries, by_status=status_groups(entries),
                  by_portfolio=by_portfolio, by_member=by_member, flag_labels=FLAG_LABELS,
                  as_at=as_at, as_at_link=report_link(as_at.report, INDEX_URL)
                  if as_at and as_at.report else None, report_count=len(archive.reports),
                  overdue=sum(c.overdue for c in tracker.commitments),
                  silent=sum(c.silent for c in tracker.commitments))
    return GeneratedPage(INDEX_URL + "index.md", "Commitments", html, in_nav=True,
                         description="Every commitment made in the council's reports, its status, "
                                     "due date and what each later report said of it.")


def events(commitment: Commitment, archive: Archive) -> list[Event]:
    out, previous = [], None
    for mention in commitment.mentions:
        stated = mention.statement
        anchor = stated.anchor or f"commitment-{commitment.id}"
        out.append(Event(
            date=mention.report.date, report=report_link(mention, commitment.url),
            member=archive.config.members[mention.report.member].name, status=stated.status,
            changed_from=previous if previous is not None and previous is not stated.status else None,
            said=stated.update or stated.text, due=stated.due.label if stated.due else None,
            due_text=stated.due_text,
            paragraph=relative(commitment.url, mention.report.url) + "#" + anchor,
            first=mention is commitment.first))
        previous = stated.status
    return out


def short_title(text: str, limit: int = 70) -> str:
    """The promise's first words, cut at a word, for the page title."""
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;:–-") + "…"


def commitment_page(archive: Archive, tracker: Tracker, commitment: Commitment) -> GeneratedPage:
    config = archive.config
    first = commitment.first.report
    member = config.members[commitment.member]
    role = member.role_for(first.portfolio, first.date)
    here = commitment.url
    html = render(
        "commitment.html", c=commitment, events=events(commitment, archive),
        flag_labels=FLAG_LABELS, as_at=tracker.as_at,
        portfolio=config.portfolios[commitment.portfolio].name,
        member=member.name + (f", {role.title}" if role else ""),
        first=report_link(commitment.first, here), last=report_link(commitment.last, here),
        due_from=report_link(commitment.due_mention, here) if commitment.due_mention else None,
        silent_since=report_link(commitment.silent_since, here) if commitment.silent else None,
        index_url=relative(here, INDEX_URL))
    return GeneratedPage(f"commitments/{commitment.id}.md", short_title(commitment.text), html,
                         description=f"Commitment: {short_title(commitment.text, 150)} "
                                     f"Status: {commitment.status.label}.")

