"""Our stylesheet: every top-level stylesheet of generator/site/assets/ as one file
(site.css), one request before a page's first paint; the plugin links it from every page."""
from __future__ import annotations

from ...model.archive import Archive
from ..pages import ASSETS_URI, STYLES, GeneratedFile, file_kind, site_styles


@file_kind("site-styles")
def styles(archive: Archive) -> list[GeneratedFile]:
    return [GeneratedFile(ASSETS_URI + STYLES, site_styles())]
