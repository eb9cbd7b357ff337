"""Fixes to the HTML Material writes, for the project's quality gates.

MkDocs' templates do not autoescape, and Material writes page.meta's title and
description into the page as they are: an officer's '<script>' in a report
title would become a script. escape_page_meta escapes them once, before any
page is rendered (the nav shows other pages' titles too).

Material's drawer and search toggles are checkboxes with autocomplete="off",
which HTML does not allow on a checkbox (the Nu checker reports it on every
page). It only stops Firefox restoring a toggle's state on back/forward.
"""
from __future__ import annotations

import re
from html import escape

_TOGGLE_AUTOCOMPLETE = re.compile(r'(<input class="md-toggle"[^>]*? type="checkbox"[^>]*?) autocomplete="off"')


def escape_page_meta(meta: dict, title: str | None = None) -> None:
    """Escape the meta fields Material prints raw; title replaces meta's own if given."""
    if title is not None:
        meta["title"] = title
    for key in ("title", "description"):
        if isinstance(meta.get(key), str):
            meta[key] = escape(meta[key], quote=True)


def fix_theme_html(html: str) -> str:
    return _TOGGLE_AUTOCOMPLETE.sub(r"\1", html)
