"""Stage 4: the pages the archive adds to the site, from a registry of page kinds.

A page kind is a function Archive -> list[GeneratedPage]; later kinds (indexes,
metric pages, the commitment tracker) register here and the plugin adds them.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from .archive import Archive


@dataclass(frozen=True)
class GeneratedPage:
    src_uri: str  # e.g. 'metrics/children-looked-after.md'
    title: str
    html: str  # the page body; Markdown never parses it
    description: str | None = None
    in_nav: bool = False


PageKind = Callable[[Archive], list[GeneratedPage]]
PAGE_KINDS: dict[str, PageKind] = {}


def page_kind(name: str) -> Callable[[PageKind], PageKind]:
    def register(fn: PageKind) -> PageKind:
        PAGE_KINDS[name] = fn
        return fn
    return register


def generate_pages(archive: Archive) -> list[GeneratedPage]:
    pages = [page for kind in PAGE_KINDS.values() for page in kind(archive)]
    return sorted(pages, key=lambda p: p.src_uri)
