"""The archive: reports/ (every year, newest first) and reports/<year>/ (that
year's reports, split into pages, with its figures compared with the year before)."""
from __future__ import annotations

from collections import defaultdict

from ...model.archive import Archive
from ...content.models import Report
from ..pages import GeneratedPage, page_kind
from ...model.archive import remember
from ..words import format_change, format_number
from ..render import render
from ...model.urls import relative
from ..parts.feeds_paths import reports_feed
from ..parts.listing import feed_links, list_pages, report_entries
from ..parts.periods import compare_year, last_readings_by_year

YEAR_PREVIEW = 5  # newest reports shown per year: 37 years of 10,000 reports stay under 200


def reports_by_year(archive: Archive) -> dict[int, list[Report]]:
    """year -> its reports, newest first; years newest first."""
    years: dict[int, list[Report]] = defaultdict(list)
    for report in archive.newest_first():
        years[report.date.year].append(report)
    return dict(sorted(years.items(), reverse=True))


@page_kind("reports-index")
def reports_index(archive: Archive) -> list[GeneratedPage]:
    years = reports_by_year(archive)
    alternates = (reports_feed(),)
    html = render(archive, "reports_index.html", page_url="reports/", relative=relative,
                  years=[(year, report_entries(archive, reports[:YEAR_PREVIEW]), len(reports))
                         for year, reports in years.items()],
                  total=len(archive.reports), feeds=feed_links("reports/", alternates))
    pages = [GeneratedPage("reports/index.md", "Reports", html, in_nav=True,
                           description="Every report in the archive, newest first, by year.",
                           alternates=alternates)]
    by_year = last_readings_by_year(archive)
    ordered = list(years)
    for i, (year, reports) in enumerate(years.items()):
        newer = ordered[i - 1] if i > 0 else None
        older = ordered[i + 1] if i + 1 < len(ordered) else None
        rows = compare_year(archive, by_year, year)  # plain values and Readings: all the top reads
        top = remember(archive, ("year-top", year), (newer, older, rows), lambda year=year, newer=newer,
                       older=older, rows=rows: render(archive, "year_top.html", year=year, newer=newer, older=older, rows=rows, relative=relative,
                           page_url=f"reports/{year}/", number=format_number, change=format_change))
        pages += list_pages(f"reports/{year}/", f"Reports from {year}", report_entries(archive, reports),
                            "reports", top=top, alternates=alternates, archive=archive)
    return pages
