"""Site search: the search/ page, and the Pagefind index written over the built site.

Which pages are indexed, and with what filters, is decided by the pages themselves
(generator/search.py); this module only runs the indexer and serves the page.
"""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from ..archive import Archive
from ..pages import GeneratedPage, page_kind
from ..pagefind_stable import UnexpectedFormat, stabilise
from ..postbuild import PostBuildError, post_build_step
from ..render import render
from ..urls import relative

SEARCH_SRC_URI = "search/index.md"
BUNDLE_DIR = "pagefind"  # under site_dir; search.js loads pagefind/pagefind.js from there
# Pagefind's own UIs need inline styles (blocked by the site's CSP) and are unused.
UNUSED_BUNDLE_FILES = ("pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js",
                       "pagefind-modular-ui.css", "pagefind-component-ui.js",
                       "pagefind-component-ui.css", "pagefind-highlight.js")
INDEX_TIMEOUT_S = 1800


class SearchIndexError(PostBuildError):
    """The indexer failed; the message says why, without a traceback."""


@page_kind("search")
def search_page(archive: Archive) -> list[GeneratedPage]:
    html = render("search_page.html", reports_url=relative("search/", "reports/"))
    return [GeneratedPage(SEARCH_SRC_URI, "Search the archive", html,
                          description="Search every report, figure and commitment in the archive.")]


@post_build_step("search")
def index_site(archive: Archive, site_dir: Path) -> None:
    if has_searchable_page(site_dir):
        run_pagefind(site_dir)


def has_searchable_page(site_dir: Path) -> bool:
    """Without one, Pagefind would index every page whole, navigation and all."""
    return any("data-pagefind-body" in path.read_text("utf-8", errors="replace")
               for path in site_dir.rglob("*.html") if path.parent.name != BUNDLE_DIR)


def pagefind_command(site_dir: Path) -> list[str]:
    from pagefind_bin import get_executable

    return [str(get_executable()), "--site", str(site_dir), "--output-subdir", BUNDLE_DIR, "--quiet"]


def run_pagefind(site_dir: Path) -> None:
    """Index site_dir with the bundled Pagefind binary (it indexes ~10,000 pages in
    seconds, where the Python API's custom records manage about 10 a second)."""
    bundle = site_dir / BUNDLE_DIR
    shutil.rmtree(bundle, ignore_errors=True)  # Pagefind adds to a bundle; never keep stale chunks
    try:
        proc = subprocess.run(pagefind_command(site_dir), capture_output=True, text=True,
                              timeout=INDEX_TIMEOUT_S, stdin=subprocess.DEVNULL)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise SearchIndexError(f"search index: could not run Pagefind: {exc}") from None
    output = (proc.stderr + proc.stdout).strip()
    if proc.returncode != 0 or not (bundle / "pagefind.js").is_file():
        raise SearchIndexError(f"search index: Pagefind failed (exit {proc.returncode}): {output}")
    for name in UNUSED_BUNDLE_FILES:
        (bundle / name).unlink(missing_ok=True)
    try:
        stabilise(bundle)  # same commit, same bytes
    except (UnexpectedFormat, OSError, KeyError) as exc:
        raise SearchIndexError(f"search index: could not put Pagefind's filters in order: {exc}") from None
