"""members/ and members/<id>/: each member's roles over time, reports and the
commitments they made (those first stated in one of their reports)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ...model.archive import Archive
from ...content.models import Report
from ..pages import GeneratedPage, page_kind
from ...model.archive import remember
from ..render import render
from ...model.urls import relative
from ..parts.feeds_paths import member_feed
from ..parts.groups import commitments_by, overview_sections, reports_by
from ..parts.listing import feed_links


@dataclass(frozen=True)
class RoleRow:
    title: str | None  # None: reports in a portfolio with no role on record
    portfolio_id: str
    portfolio: str
    start: date | None
    end: date | None
    reports: int
    first: date | None
    last: date | None


def role_rows(archive: Archive, member_id: str, reports: list[Report]) -> list[RoleRow]:
    config = archive.config
    dates: dict[str, list[date]] = {}
    for report in reports:
        dates.setdefault(report.portfolio, []).append(report.date)
    rows = []
    roles = config.members[member_id].roles
    for role in roles:
        given = [d for d in dates.get(role.portfolio, []) if role.held_on(d)]
        rows.append(RoleRow(role.title, role.portfolio, config.portfolios[role.portfolio].name,
                            role.start, role.end, len(given), min(given, default=None),
                            max(given, default=None)))
    for portfolio_id, given in dates.items():
        if not any(r.portfolio == portfolio_id for r in roles):
            rows.append(RoleRow(None, portfolio_id, config.portfolios[portfolio_id].name, None, None,
                                len(given), min(given), max(given)))
    return sorted(rows, key=lambda r: (r.start or r.first or date.max, r.portfolio))


@page_kind("member")
def member_pages(archive: Archive) -> list[GeneratedPage]:
    config = archive.config
    reports = reports_by(archive, lambda r: [r.member])
    commitments = commitments_by(archive, lambda r: r.member)
    members = sorted(config.members.items(), key=lambda kv: kv[1].name)
    pages = [GeneratedPage("members/index.md", "Members", render(archive, "members_index.html", members=members, counts={k: len(v) for k, v in reports.items()}),
        in_nav=True, description="Every executive member, with their roles, reports and commitments.")]
    for key, member in members:
        base = f"members/{key}/"
        alternates = (member_feed(key, member.name),)
        sections, lists = overview_sections(archive, base, member.name, reports.get(key, []),
                                            commitments.get(key, []), alternates)
        shown = (sections, role_rows(archive, key, reports.get(key, [])))  # all the page reads
        pages.append(remember(archive, ("member", key), (member, shown), lambda base=base, member=member,
                              shown=shown, alternates=alternates: GeneratedPage(
            f"{base}index.md", member.name, render(archive, "member.html", page_url=base, relative=relative,
                                                   sections=shown[0], roles=shown[1],
                                                   feeds=feed_links(base, alternates)),
            alternates=alternates)))
        pages += lists
    return pages
