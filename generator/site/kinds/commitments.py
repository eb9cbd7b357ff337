"""The commitment tracker's pages, from the model in generator/model/tracker.py:

- commitments/                      a summary by portfolio, status and member, and
                                    (up to LIST_ON_INDEX_UP_TO) every commitment by status;
- commitments/by-portfolio/<key>/   a portfolio's commitments, by status (then page-2/, ...
                                    past LISTING_PER_PAGE);
- commitments/by-member/<key>/      the commitments a member made, by status (paged too);
- commitments/<id>/                 one commitment's timeline (commitment_page.py).

Every listing works without JavaScript (a section per status); commitments.js adds
filters by status, portfolio, member and flag.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from ...model.archive import Archive
from ...content.models import Status
from ..parts.feeds_paths import due_dates_calendar
from ..pages import GeneratedPage, page_kind
from ...model.archive import remember
from ..render import render
from ...model.tracker import Commitment, Tracker, tracker_for
from ...model.urls import paged_url, relative
from ..parts.commitment_page import commitment_page
from ..parts.commitment_views import (
    INDEX_URL,
    Entry,
    StatusLink,
    Tally,
    as_at_context,
    by_status_order,
    entry,
    member_url,
    paged_groups,
    paged_status_links,
    portfolio_url,
    status_groups,
    status_links,
    status_spans,
    tally,
)
from ..parts.listing import PER_PAGE, chunks, list_src_uri, pager

# A portfolio's or member's listing continues on page-2/, ... past this many: at 10,000
# reports a portfolio made ~1,500 commitments, a 1.3 MB page on one URL.
LISTING_PER_PAGE = PER_PAGE
# Above this many, the index lists no commitments itself (a page of 10,000 runs to
# megabytes on a phone) and links to the portfolio and member pages instead. One
# listing page's worth: 200 commitments are ~190 KB at 10,000 reports, 300 came near 300 KB.
LIST_ON_INDEX_UP_TO = LISTING_PER_PAGE


@page_kind("commitments", elsewhere=True)
def commitment_pages(archive: Archive) -> list[GeneratedPage]:
    tracker = tracker_for(archive)
    config = archive.config
    by_portfolio, by_member = defaultdict(list), defaultdict(list)
    for c in tracker.commitments:
        by_portfolio[c.portfolio].append(c)
        by_member[c.member].append(c)
    pages = [index_page(archive, tracker, by_portfolio, by_member)]
    for key, found in sorted(by_portfolio.items()):
        pages += listing_pages(archive, tracker, portfolio_url(key),
                               f"Commitments: {config.portfolios[key].name}", found)
    for key, found in sorted(by_member.items()):
        pages += listing_pages(archive, tracker, member_url(key),
                               f"Commitments made by {config.members[key].name}", found)
    as_at = as_at_key(tracker)
    # a commitment's page is made from the reports that mention it, the later report of its
    # portfolio that left it out and the as-at day; keyed by the Commitment itself, which holds
    # them and what follows from them: the very object of the last build while they are the same (tracker.py),
    # so one pointer test each, not a tuple of its reports made for 17,000 commitments
    return pages + [remember(archive, ("commitment", c.id), (c, as_at),
                             lambda c=c: commitment_page(archive, tracker, c))
                    for c in tracker.commitments]


def as_at_key(tracker: Tracker) -> tuple:
    """What pages show of the as-at day: its label, and the newest report's link."""
    as_at = tracker.as_at
    return (None,) if as_at is None else (as_at.label, as_at.report and as_at.report.url)


def index_page(archive: Archive, tracker: Tracker, by_portfolio: dict, by_member: dict) -> GeneratedPage:
    # what the summary counts of each commitment, and the entries when it lists them
    counted = tuple((c.id, c.status, c.overdue, c.silent, c.portfolio, c.member) for c in tracker.commitments)
    listed = len(tracker.commitments) <= LIST_ON_INDEX_UP_TO
    entries = [remember(archive, ("entry", INDEX_URL, c.id), (c,), lambda c=c: entry(c, archive, INDEX_URL))
               for c in by_status_order(tracker.commitments)] if listed else []
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
    groups = status_groups(entries)
    html = render(archive, "commitments_index.html", total=total, portfolios=portfolios, members=members,
                  statuses=[s for s in Status if total.by_status[s]], listed=listed,
                  by_status=groups, status_links=status_links(groups), pager=None,
                  filters=filters(tracker.commitments, archive),
                  **as_at_context(tracker, archive, here))
    return GeneratedPage(INDEX_URL + "index.md", "Commitments", html, in_nav=True,
                         description="Every commitment made in the council's reports, its status, "
                                     "due date and what each later report said of it.",
                         alternates=(due_dates_calendar(),))


def listing_pages(archive: Archive, tracker: Tracker, url: str, title: str,
                  commitments: list[Commitment]) -> list[GeneratedPage]:
    # Each entry is plain data; with the title and the as-at day the entries are all the pages
    # show (their order, statuses and paging follow from them), so they are the key: an edit
    # that changes no entry (a report's title, its prose) leaves the pages alone. An entry is
    # kept while its Commitment is the same object, so the key costs a lookup per entry.
    entries = [remember(archive, ("entry", url, c.id), (c,), lambda c=c: entry(c, archive, url))
               for c in commitments]
    return remember(archive, ("commitments", url), (title, tuple(entries), as_at_key(tracker)),
                    lambda: make_listing_pages(archive, tracker, url, title, commitments))


def make_listing_pages(archive: Archive, tracker: Tracker, url: str, title: str,
                       commitments: list[Commitment]) -> list[GeneratedPage]:
    """A portfolio's or member's commitments by status, LISTING_PER_PAGE to a page: the
    list runs status by status, so a status may continue on the next page."""
    ordered = by_status_order(commitments)
    pages = chunks(ordered, LISTING_PER_PAGE)
    spans = status_spans(ordered)
    shared = dict(links=paged_status_links(spans, url, LISTING_PER_PAGE), spans=spans,
                  total=tally(title, None, commitments), filters=filters(ordered, archive), count=len(pages))
    return [GeneratedPage(list_src_uri(url, number), title if number == 1 else
                          f"{title} (page {number} of {len(pages)})",
                          _listing_html(archive, tracker, chunk, number, url, **shared),
                          description=f"{title}: each one's status, due date and what each report "
                                      "said of it.")
            for number, chunk in enumerate(pages, start=1)]


def _listing_html(archive: Archive, tracker: Tracker, chunk: list[Commitment], number: int, base: str, *,
                  links: list[StatusLink], spans: dict, total: Tally, filters: dict, count: int) -> str:
    here = paged_url(base, number)
    entries = [entry(c, archive, here) for c in chunk]
    context = as_at_context(tracker, archive, here) | {"report_count": None}  # archive-wide: left out
    return render(archive, "commitments_listing.html", total=total,
                  by_status=paged_groups(entries, (number - 1) * LISTING_PER_PAGE, spans),
                  status_links=[replace(link, href=_from(here, link.href)) for link in links],
                  pager=pager(base, number, count), filters=filters,
                  index_url=relative(here, INDEX_URL), **context)


def _from(here: str, href: str) -> str:
    """A site-relative 'page/#anchor' as a link from the page at `here` ('#anchor' on itself)."""
    page, _, anchor = href.partition("#")
    return f"#{anchor}" if page == here else f"{relative(here, page)}#{anchor}"


def filters(commitments, archive: Archive) -> dict[str, list[tuple[str, str]]]:
    """The choices each filter offers: only values that occur, sorted by label."""
    config = archive.config
    statuses = {c.status for c in commitments}
    portfolios = {c.portfolio: config.portfolios[c.portfolio].name for c in commitments}
    members = {c.member: config.members[c.member].name for c in commitments}
    return {"status": [(s.value, s.label) for s in Status if s in statuses],
            "portfolio": sorted(portfolios.items(), key=lambda kv: kv[1]),
            "member": sorted(members.items(), key=lambda kv: kv[1])}
