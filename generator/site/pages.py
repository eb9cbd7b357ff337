"""Stage 4: what the archive adds to the site, from registries of kinds.

- page kinds: Archive -> list[GeneratedPage]  (indexes, metric pages, the tracker)
- file kinds: Archive -> list[GeneratedFile]  (CSV/JSON downloads, feeds, chart specs)
- blocks:     (Archive, page_url) -> HTML, placed in a hand-written page with
              <!-- council-archive:NAME -->
- head starts: Archive -> None, run before any kind, to start slow work (drawing
              charts) in the background while the kinds run
Each feature is a module in site/kinds/ that registers itself here; generate.py
runs whatever is registered, so a new kind never touches the pipeline or the plugin.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from ..model.archive import Archive


@dataclass(frozen=True)
class Alternate:
    """A feed or calendar a page offers, for its <link rel="alternate"> in <head>."""

    href: str  # site-relative path of the file, e.g. 'feeds/reports.xml'
    title: str
    type: str = "application/atom+xml"


@dataclass(frozen=True)
class GeneratedPage:
    src_uri: str  # e.g. 'metrics/children-looked-after.md'
    title: str
    html: str  # the page body; Markdown never parses it
    description: str | None = None
    in_nav: bool = False
    alternates: tuple[Alternate, ...] = ()


@dataclass(frozen=True)
class GeneratedFile:
    """A file written as is: a download, a feed, a data file."""

    src_uri: str  # e.g. 'data/readings.csv'
    content: str | bytes


PageKind = Callable[[Archive], list[GeneratedPage]]
FileKind = Callable[[Archive], list[GeneratedFile]]
Block = Callable[[Archive, str], str]
HeadStart = Callable[[Archive], None]

PAGE_KINDS: dict[str, PageKind] = {}
FILE_KINDS: dict[str, FileKind] = {}
BLOCKS: dict[str, Block] = {}
HEAD_STARTS: dict[str, HeadStart] = {}


def _registrar(registry: dict):
    def decorator(name: str):
        def register(fn):
            registry[name] = fn
            return fn
        return register
    return decorator


page_kind = _registrar(PAGE_KINDS)
file_kind = _registrar(FILE_KINDS)
block = _registrar(BLOCKS)
head_start = _registrar(HEAD_STARTS)
