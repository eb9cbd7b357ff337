"""Stage 4: what the archive adds to the site, from registries of kinds.

- page kinds: Archive -> list[GeneratedPage]  (indexes, metric pages, the tracker)
- file kinds: Archive -> list[GeneratedFile]  (CSV/JSON downloads, feeds, chart specs)
- blocks:     (Archive, page_url) -> HTML, placed in a hand-written page with
              <!-- council-archive:NAME -->
- head starts: Archive -> None, run before any kind, to start slow work (drawing
              charts) in the background while the kinds run
Each feature is a module in site/kinds/ that registers itself here, saying what it
reads of the work done meanwhile (and whether a large build may make it elsewhere);
generate.py runs whatever is registered in the order those declarations give, so a
new kind never touches the pipeline or the plugin.
"""
from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from pathlib import Path
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

    def front_matter(self) -> str:
        """What the host's page source holds: the title, description and feeds (for the theme's
        partials/ca-head-feeds.html), as front matter; the body is `html`, handed over as is."""
        front: dict = {"title": self.title}
        if self.description:
            front["description"] = self.description
        if self.alternates:
            front["alternates"] = [dataclasses.asdict(a) for a in self.alternates]
        return "---\n" + "".join(f"{k}: {json.dumps(v)}\n" for k, v in front.items()) + "---\n"


ASSETS_URI = "assets/council-archive/"  # our CSS and JS, served by the site itself
STYLES = "site.css"  # every top-level stylesheet of ours, in one file: one request before the first paint


def package_assets() -> dict[str, Path]:
    """Every file in generator/site/assets/ the site serves as it is, by name, sorted so page
    order is stable: not the top-level stylesheets, which go out as one (STYLES)."""
    root = Path(__file__).parent / "assets"
    return {p.relative_to(root).as_posix(): p for p in sorted(root.rglob("*"))
            if p.is_file() and not (p.parent == root and p.suffix == ".css")}


def site_styles() -> str:
    """Our top-level stylesheets, in the order of their names, as one file (each starts with
    a comment naming its source); they refer to icons beside them, so it sits where they did."""
    root = Path(__file__).parent / "assets"
    return "".join(f"/* {p.name} */\n{p.read_text('utf-8').rstrip()}\n" for p in sorted(root.glob("*.css")))


def site_scripts() -> list[str]:
    """Our top-level scripts (every page runs them), by site path: deferred, so none holds up a paint."""
    return [ASSETS_URI + name for name in package_assets() if "/" not in name and name.endswith(".js")]


@dataclass(frozen=True)
class GeneratedFile:
    """A file written as is: a download, a feed, a data file."""

    src_uri: str  # e.g. 'data/readings.csv'
    content: str | bytes


PageKind = Callable[[Archive], list[GeneratedPage]]
FileKind = Callable[[Archive], list[GeneratedFile]]
Block = Callable[[Archive, str], str]
HeadStart = Callable[[Archive], None]


@dataclass(frozen=True)
class Kind:
    """A registered page or file kind and what it declares of itself."""

    stage: str  # 'page:metric', 'file:feeds': its timing's name
    make: Callable[[Archive], list]
    # work done meanwhile that the kind takes (a head start's `makes`): such kinds run after
    # the others, so the work has the time to finish
    reads: tuple[str, ...] = ()
    # the heaviest, which no other kind reads: a large build makes it in a forked copy on
    # the other core (generate.py)
    elsewhere: bool = False


@dataclass(frozen=True)
class Start:
    """A head start: slow work begun before any kind runs, done meanwhile."""

    name: str
    start: HeadStart
    makes: str  # what a kind that reads it names in its `reads`


KINDS: dict[str, Kind] = {}
BLOCKS: dict[str, Block] = {}
HEAD_STARTS: dict[str, Start] = {}


def page_kind(name: str, reads: tuple[str, ...] = (), elsewhere: bool = False):
    return _kind(f"page:{name}", reads, elsewhere)


def file_kind(name: str, reads: tuple[str, ...] = (), elsewhere: bool = False):
    return _kind(f"file:{name}", reads, elsewhere)


def _kind(stage: str, reads: tuple[str, ...], elsewhere: bool):
    def register(fn):
        KINDS[stage] = Kind(stage, fn, reads, elsewhere)
        return fn
    return register


def block(name: str):
    def register(fn: Block) -> Block:
        BLOCKS[name] = fn
        return fn
    return register


def head_start(name: str, makes: str):
    def register(fn: HeadStart) -> HeadStart:
        HEAD_STARTS[name] = Start(name, fn, makes)
        return fn
    return register
