"""The home page's own blocks: a search box, and the commitments now overdue or
silent. (Its latest reports and latest figures are latest_reports.py's and
metrics.py's.) Every list here is bounded, so the page stays small however long
the archive grows: 'Pages at scale' in docs/design.md gives the measured size."""
from __future__ import annotations

from ...model.archive import Archive
from ...model.archive import remember
from ...model.tracker import tracker_for
from ...model.urls import relative
from ..pages import block
from ..render import render
from ..parts.commitment_views import INDEX_URL, as_at_context, entry, newest_first
from .commitments import as_at_key
from .search import SEARCH_SRC_URI

# Commitments the home page lists as needing attention; the rest are a link away.
ATTENTION_SHOWN = 6


@block("search-box")
def search_box(archive: Archive, page_url: str) -> str:
    """A plain GET form to the search page: it works without JavaScript as far as the
    search page (which needs it), and the query is there when it loads."""
    return render(archive, "home_search.html", action=relative(page_url, SEARCH_SRC_URI.removesuffix("index.md")))


@block("commitments-attention")
def commitments_attention(archive: Archive, page_url: str) -> str:
    """The most recently reported commitments that are now overdue or silent, newest first."""
    tracker = tracker_for(archive)
    flagged = [c for c in tracker.commitments if c.flags]
    shown = newest_first(flagged)[:ATTENTION_SHOWN]
    key = (tuple(shown), len(flagged), sum(c.overdue for c in flagged), sum(c.silent for c in flagged),
           as_at_key(tracker), len(archive.reports))
    return remember(archive, ("commitments-attention", page_url), key, lambda: render(archive, "home_attention.html", entries=[entry(c, archive, page_url) for c in shown], flagged=len(flagged),
        overdue=sum(c.overdue for c in flagged), silent=sum(c.silent for c in flagged),
        index_href=relative(page_url, INDEX_URL), **as_at_context(tracker, archive, page_url)))
