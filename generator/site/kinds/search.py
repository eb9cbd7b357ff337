"""Site search: the search/ page. Which pages are indexed, and with what filters, is
decided by the pages themselves (generator/site/search_data.py); generator/search/index.py
runs the indexer."""
from __future__ import annotations

from ...model.archive import Archive
from ..pages import GeneratedPage, page_kind
from ..render import render
from ...model.urls import relative

SEARCH_SRC_URI = "search/index.md"


@page_kind("search")
def search_page(archive: Archive) -> list[GeneratedPage]:
    html = render(archive, "search_page.html", reports_url=relative("search/", "reports/"))
    return [GeneratedPage(SEARCH_SRC_URI, "Search the archive", html,
                          description="Search every report, figure and commitment in the archive.")]
