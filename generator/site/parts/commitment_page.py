"""One commitment's page, commitments/<id>/: the promise as first worded, its
status and flags, and a timeline of every report that mentioned it. The search
index holds commitments in groups (generator/search/groups.py), not these pages."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ...model.archive import Archive
from ...content.models import Status
from .feeds_paths import commitment_feed
from ..pages import GeneratedPage
from ..render import render
from ...model.tracker import Commitment, Tracker
from ...model.urls import relative
from .commitment_views import (
    FLAG_LABELS,
    INDEX_URL,
    Link,
    member_url,
    portfolio_url,
    report_link,
    short_title,
)


@dataclass(frozen=True)
class Event:
    """One report on a commitment's timeline."""

    date: dt.date
    report: Link
    member: str
    status: Status
    changed_from: Status | None
    said: str | None
    due: str | None
    due_text: str | None
    paragraph: str
    first: bool


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


def commitment_page(archive: Archive, tracker: Tracker, commitment: Commitment) -> GeneratedPage:
    config = archive.config
    first = commitment.first.report
    member = config.members[commitment.member]
    role = member.role_for(first.portfolio, first.date)
    here = commitment.url
    html = render(archive, "commitment.html", c=commitment, events=events(commitment, archive),
        flag_labels=FLAG_LABELS, as_at=tracker.as_at,
        portfolio=config.portfolios[commitment.portfolio].name,
        member=member.name + (f", {role.title}" if role else ""),
        first=report_link(commitment.first, here), last=report_link(commitment.last, here),
        due_from=report_link(commitment.due_mention, here) if commitment.due_mention else None,
        silent_since=report_link(commitment.silent_since, here) if commitment.silent else None,
        index_url=relative(here, INDEX_URL),
        portfolio_url=relative(here, portfolio_url(commitment.portfolio)),
        member_url=relative(here, member_url(commitment.member)))
    return GeneratedPage(f"commitments/{commitment.id}.md", short_title(commitment.text), html,
                         description=f"Commitment: {short_title(commitment.text, 150)} "
                                     f"Status: {commitment.status.label}.",
                         alternates=(commitment_feed(commitment.id),))

