"""What a page must carry to be found by the site search (Pagefind).

A page is indexed when its HTML contains the hidden block `search_data(...)`
returns: the theme (site_config/overrides/partials/content.html) then marks the
page's content as Pagefind's body, and the block gives the result its title,
date, kind and filters. Pages without the block (home, about, lists, the search
page itself) are left out of the index, and so is the navigation of every page.

Python callers use `search_data(...)`; templates rendered by generator.site.render can
use the macro directly:

    {% from "search_data.html" import search_data %}
    {{ search_data("report", title=..., date=..., portfolio=..., member=..., statuses=[...]) }}
"""
from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from markupsafe import Markup

from ..model.archive import Archive

from ..content.models import Status

# The marker the theme looks for; keep in step with partials/content.html.
MARKER = "data-ca-search-kind"
KINDS = ("report", "metric", "commitment")
# In every indexed page's text: search.js searches for it to list pages by filters alone.
EVERY_PAGE_WORD = "caeverypage"
STATUSES = tuple(s.value for s in Status)


def search_data(archive: Archive | None, kind: str, *, title: str, date: date | None = None, portfolio: str | None = None,
                member: str | None = None, statuses: Iterable[str] = (), count: int = 1,
                unconfirmed: bool = False) -> Markup:
    """The hidden block that puts a page in the search index.

    kind       'report', 'metric' or 'commitment' (the kind filter)
    title      the result's title
    date       the page's date: shown, sorted on, and its year is the year filter
    portfolio  the portfolio's display name (filter), member the member's name (filter)
    statuses   commitment statuses ('delayed', ...): a commitment's current status;
               for a report, every status it states
    count      how many things the document stands for: a group of commitments
               (search/groups.py) counts as that many in the filters' totals
    unconfirmed  an imported report not yet confirmed: its results say so (search.js)
    """
    from .render import template  # render imports the models; import late to stay light

    if kind not in KINDS:
        raise ValueError(f"search kind must be one of {', '.join(KINDS)}, got {kind!r}")
    statuses = sorted(set(statuses))
    unknown = [s for s in statuses if s not in STATUSES]
    if unknown:
        raise ValueError(f"unknown commitment status {unknown[0]!r} (known: {', '.join(STATUSES)})")
    macro = template(archive, "search_data.html").module.search_data
    return Markup(macro(kind, title=title, date=date, portfolio=portfolio, member=member,
                        statuses=statuses, count=count, unconfirmed=unconfirmed))
