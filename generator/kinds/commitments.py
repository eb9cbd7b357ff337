"""The commitment tracker's pages, from the model in generator/tracker.py:

- commitments/                      a summary by portfolio, status and member, and
                                    (up to LIST_ON_INDEX_UP_TO) every commitment by status;
- commitments/by-portfolio/<key>/   a portfolio's commitments, by status;
- commitments/by-member/<key>/      the commitments a member made, by status;
- commitments/<id>/                 one commitment's timeline (commitment_page.py).

Every listing works without JavaScript (a section per status); commitments.js adds
filters by status, portfolio, member and flag.
"""
from __future__ import annotations

from collections import defaultdict

from ..archive import Archive
from ..models import Status
from .feeds_paths import due_dates_calendar
from ..pages import GeneratedPage, page_kind
from ..preview import remember
from ..render import render
from ..tracker import Commitment, Tracker, tracker_for
from ..urls import relative
from .commitment_page import commitment_page
from .commitment_views import (INDEX_URL, Entry, as_at_context, entry, member_url, portfolio_url,
                               status_groups, tally)

# Above this many, the index lists no commitments itself (a page of 10,000 runs to
# megabytes on a phone) and links to the portfolio and member pages instead.
LIST_ON_INDEX_UP_TO = 300


@page_kind("commitments")
def commitment_pages(archive: Archive) -> list[GeneratedPage]:
    tracker = tracker_for(archive)
    config = archive.config
    by_portfolio, by_member = defaultdict(list), defaultdict(list)
    for c in tracker.commitments:
        by_portfolio[c.portfolio].append(c)
        by_member[c.member].append(c)
    pages = [index_page(archive, tracker, by_portfolio, by_member)]
    pages += [listing_page(archive, tracker, portfolio_url(key),
                           f"Commitments: {config.portfolios[key].name}", found)
              for key, found in sorted(by_portfolio.items())]
    pages += [listing_page(archive, tracker, member_url(key),
                           f"Commitments made by {config.members[key].name}", found)
              for key, found in sorted(by_member.items())]
    as_at = as_at_key(tracker)
    return pages + [remember(archive, ("commitment", c.id), (reads(c), as_at),
                             lambda c=c: commitment_page(archive, tracker, c))
                    for c in tracker.commitments]


def reads(commitment: Commitment) -> tuple:
    """What a commitment's page or entry is made from besides the as-at day: the reports
    that mention it, and the later report of its portfolio that left it out."""
    return tuple(m.report for m in commitment.mentions), commitment.silent_since


def as_at_key(tracker: Tracker) -> tuple:
    """What pages show of the as-at day: its label, and the newest report's link."""
    as_at = tracker.as_at
    return (None,) if as_at is None else (as_at.label, as_at.report and as_at.report.url)


def index_page(archive: Archive, tracker: Tracker, by_portfolio: dict, by_member: dict) -> GeneratedPage:
    # what the summary counts of each commitment, and the entries when it lists them
    counted = tuple((c.id, c.status, c.overdue, c.silent, c.portfolio, c.member) for c in tracker.commitments)
    listed = len(tracker.commitments) <= LIST_ON_INDEX_UP_TO
    entries = [remember(archive, ("entry", INDEX_URL, c.id), (c,), lambda c=c: entry(c, archive, INDEX_URL))
               for c in tracker.commitments] if listed else []
    key = (counted, tuple(entries), as_at_key(tracker), len(archive.reports))
    return remember(archive, "commitments-index", key, lambda: make_index_page(
        archive, tracker, by_portfolio, by_member, listed, entries))


def make_index_page(archive: Archive, tracker: Tracker, by_portfolio: dict, by_member: dict,
                    listed: bool, entries: list[Entry]) -> GeneratedPage:
    config = archive.config
    here = INDEX_URL
    portfolios = sorted((tally(config.portfolios[k].name, relative(here, portfolio_url(k)), found)
                         for k, found in by_portfolio.items()), key=lambda t: t.label)
    members = sorted((tally(config.members[k].name, relative(here, member_url(k)), found)
                      for k, found in by_member.items()), key=lambda t: t.label)
    total = tally("All portfolios", None, list(tracker.commitments))
    html = render("commitments_index.html", total=total, portfolios=portfolios, members=members,
                  statuses=[s for s in Status if total.by_status[s]], listed=listed,
                  by_status=status_groups(entries), filters=filters(tracker.commitments, archive),
                  **as_at_context(tracker, archive, here))
    return GeneratedPage(INDEX_URL + "index.md", "Commitments", html, in_nav=True,
                         description="Every commitment made in the council's reports, its status, "
                                     "due date and what each later report said of it.",
                         alternates=(due_dates_calendar(),))


def listing_page(archive: Archive, tracker: Tracker, url: str, title: str,
                 commitments: list[Commitment]) -> GeneratedPage:
    # An entry is plain data, and with the as-at day all the page shows: as the key, it lets an
    # edit that changes no entry (a report's title, its prose) leave the page alone. Each entry
    # is kept while its Commitment is the same object, so the key costs a lookup per entry.
    entries = [remember(archive, ("entry", url, c.id), (c,), lambda c=c: entry(c, archive, url))
               for c in commitments]
    return remember(archive, ("commitments", url), (title, tuple(entries), as_at_key(tracker)),
                    lambda: make_listing_page(archive, tracker, url, title, commitments, entries))


def make_listing_page(archive: Archive, tracker: Tracker, url: str, title: str,
                      commitments: list[Commitment], entries: list[Entry]) -> GeneratedPage:
    context = as_at_context(tracker, archive, url) | {"report_count": None}  # archive-wide: left out
    html = render("commitments_listing.html", total=tally(title, None, commitments),
                  by_status=status_groups(entries), filters=filters(commitments, archive),
                  index_url=relative(url, INDEX_URL), **context)
    return GeneratedPage(url + "index.md", title, html,
                         description=f"{title}: each one's status, due date and what each report "
                                     "said of it.")


def filters(commitments, archive: Archive) -> dict[str, list[tuple[str, str]]]:
    """The choices each filter offers: only values that occur, sorted by label."""
    config = archive.config
    statuses = {c.status for c in commitments}
    portfolios = {c.portfolio: config.portfolios[c.portfolio].name for c in commitments}
    members = {c.member: config.members[c.member].name for c in commitments}
    return {"status": [(s.value, s.label) for s in Status if s in statuses],
            "portfolio": sorted(portfolios.items(), key=lambda kv: kv[1]),
            "member": sorted(members.items(), key=lambda kv: kv[1])}
