"""Commitments as the search index holds them: in groups, not one page each.

Pagefind's metadata, which every first query downloads whole, costs about 9 bytes
per indexed page. Indexed one page each, the 17,000 commitments of a 10,000-report
archive made it 255 KB, most of the first query's budget. So each group of
commitments that share every filter (portfolio, member who made them, year last
stated, current status) is one search document, with one heading per commitment:
at 10,000 synthetic reports, 4,135 documents of 4.2 commitments on average. Every filter stays exact for each
commitment, and search.js shows the commitments of a found group that hold the
words searched for, each linking to its own page (commitments/<id>/).
"""
from __future__ import annotations

import json
from itertools import groupby

from ..model.archive import Archive
from ..content.dates import long_date
from ..site.parts.commitment_views import short_title
from ..site.render import render
from ..site.search_data import search_data
from .index import SearchDocument
from ..model.tracker import Commitment, tracker_for

# Where the group documents live in the index; no page is ever written there, and
# search.js links each commitment to commitments/<id>/, never to its group.
GROUPS_DIR = "commitments/search-groups"


def group_key(commitment: Commitment) -> tuple[str, str, int, str]:
    """What a commitment's filters are made from: portfolio and member keys, year, status."""
    return (commitment.portfolio, commitment.member, commitment.last.report.date.year,
            commitment.status.value)


def commitment_documents(archive: Archive) -> list[SearchDocument]:
    """One document per group of commitments with the same filters, newest first within it."""
    commitments = sorted(tracker_for(archive).commitments, key=group_key)
    return [group_document(archive, key, list(members)) for key, members in groupby(commitments, key=group_key)]


def group_document(archive: Archive, key: tuple[str, str, int, str],
                   commitments: list[Commitment]) -> SearchDocument:
    portfolio_key, member_key, year, status = key
    portfolio = archive.config.portfolios[portfolio_key].name
    member = archive.config.members[member_key].name
    newest_first = sorted(commitments, key=lambda c: (c.last.report.date, c.id), reverse=True)
    slug = f"{portfolio_key}/{member_key}/{year}-{status}"  # keys may hold hyphens
    title = f"Commitments of {portfolio} last stated in {year}"
    # What each commitment's result shows: its short title and the date it was last stated.
    shown = {c.id: [short_title(c.text), long_date(c.last.report.date)] for c in newest_first}
    html = render(archive, "commitment_search_group.html", commitments=newest_first,
                  shown=json.dumps(shown, ensure_ascii=False, separators=(",", ":")),
                  search=search_data(archive, "commitment", title=title, date=newest_first[0].last.report.date,
                                     portfolio=portfolio, member=member, statuses=[status],
                                     count=len(commitments)))
    return SearchDocument(f"{GROUPS_DIR}/{slug}/index.html", title, html)
