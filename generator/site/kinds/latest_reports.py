"""The home page's list of the newest reports."""
from __future__ import annotations

from ...model.archive import Archive
from ..pages import block
from ..render import render
from ...model.urls import relative


@block("latest-reports")
def render_latest_reports(archive: Archive, page_url: str) -> str:
    config = archive.config
    reports = archive.newest_first()[: config.settings.latest_reports]
    return render(archive, "latest_reports.html", reports=reports, page_url=page_url, relative=relative,
                  portfolios=config.portfolios, members=config.members)
