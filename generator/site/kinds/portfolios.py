"""portfolios/ and portfolios/<id>/: each portfolio's reports, the members who
held it and when, its figures' latest values and its commitments."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ...model.archive import Archive, Reading
from ...content.models import Report
from ..pages import GeneratedPage, page_kind
from ...model.archive import remember
from ..words import format_number
from ..render import render
from ...model.urls import relative
from ..parts.feeds_paths import metric_feed, portfolio_feed
from ..parts.groups import commitments_by, overview_sections, reports_by
from ..parts.listing import feed_links


@dataclass(frozen=True)
class Holder:
    """A member who held the portfolio: the role on record and the reports given."""

    member_id: str
    name: str
    title: str | None
    start: date | None
    end: date | None
    reports: int
    first: date | None
    last: date | None


@dataclass(frozen=True)
class LatestFigure:
    metric: str
    label: str
    unit: str
    latest: Reading | None
    feed: str  # href


def holders(archive: Archive, portfolio_id: str, reports: list[Report]) -> list[Holder]:
    dates: dict[str, list[date]] = {}
    for report in reports:
        dates.setdefault(report.member, []).append(report.date)
    rows = []
    for member_id, member in archive.config.members.items():
        roles = [r for r in member.roles if r.portfolio == portfolio_id] or ([None] if member_id in dates else [])
        given = dates.get(member_id, [])
        for role in roles:
            rows.append(Holder(member_id, member.name, role.title if role else None,
                               role.start if role else None, role.end if role else None,
                               len(given), min(given, default=None), max(given, default=None)))
    return sorted(rows, key=lambda h: (h.start or h.first or date.max, h.name))


def latest_figures(archive: Archive, portfolio_id: str, page_url: str) -> list[LatestFigure]:
    rows = [LatestFigure(key, m.label, m.unit, (archive.readings.get(key) or [None])[-1],
                         relative(page_url, metric_feed(key, m.label).href))
            for key, m in archive.config.metrics.items() if m.portfolio == portfolio_id]
    return sorted(rows, key=lambda f: f.label.casefold())


@page_kind("portfolio")
def portfolio_pages(archive: Archive) -> list[GeneratedPage]:
    config = archive.config
    reports = reports_by(archive, lambda r: [r.portfolio])
    commitments = commitments_by(archive, lambda r: r.portfolio)
    pages = [GeneratedPage("portfolios/index.md", "Portfolios", render(archive, "portfolios_index.html", portfolios=sorted(config.portfolios.items(), key=lambda kv: kv[1].name),
        counts={k: len(v) for k, v in reports.items()}), in_nav=True,
        description="Every portfolio, with its reports, members, figures and commitments.")]
    for key, portfolio in config.portfolios.items():
        base = f"portfolios/{key}/"
        alternates = (portfolio_feed(key, portfolio.name),)
        sections, lists = overview_sections(archive, base, portfolio.name, reports.get(key, []),
                                            commitments.get(key, []), alternates)
        shown = (holders(archive, key, reports.get(key, [])), sections, latest_figures(archive, key, base))
        pages.append(remember(archive, ("portfolio", key), (portfolio, shown), lambda base=base, portfolio=portfolio,
                              shown=shown, alternates=alternates: GeneratedPage(
            f"{base}index.md", portfolio.name, render(archive, "portfolio.html", portfolio=portfolio, page_url=base, relative=relative, holders=shown[0],
                sections=shown[1], figures=shown[2], number=format_number, feeds=feed_links(base, alternates)),
            alternates=alternates, description=portfolio.description)))
        pages += lists
    return pages
