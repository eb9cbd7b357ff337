"""Every registered page kind and file kind run over the archive, each timed under its
name ('page:metric', ...) for the benchmark, in the order their declarations give: a kind
that reads work a head start does meanwhile (the charts' drawings) runs after the others,
so the work has the time to finish; a kind a large build makes in a forked copy
(`elsewhere`) is taken last, when the copy has most likely finished it."""
from __future__ import annotations

from typing import Callable

from . import kinds  # noqa: F401  (importing registers every kind, block and file kind)
from ..model.archive import Archive
from .pages import HEAD_STARTS, KINDS, GeneratedFile, GeneratedPage, Kind
from ..content.timing import count, timed

Elsewhere = Callable[[], dict[str, list]]  # a forked copy's result, waited for when asked


def ordered(kinds: list[Kind], elsewhere: bool = False) -> list[Kind]:
    """Kinds that read nothing made meanwhile first, then those that do; with a forked copy,
    its kinds last of all. Otherwise in the order they registered (which changes no output:
    the pages are sorted by address)."""
    made = {start.makes for start in HEAD_STARTS.values()}
    return sorted(kinds, key=lambda kind: (elsewhere and kind.elsewhere, any(r in made for r in kind.reads)))


def generate_pages(archive: Archive, elsewhere: Elsewhere | None = None) -> list[GeneratedPage]:
    for start in HEAD_STARTS.values():
        with timed(f"head-start:{start.name}"):
            start.start(archive)
    pages = _generate([k for k in KINDS.values() if k.stage.startswith("page:")], archive, elsewhere)
    return sorted(pages, key=lambda p: p.src_uri)


def generate_files(archive: Archive, elsewhere: Elsewhere | None = None) -> list[GeneratedFile]:
    files = _generate([k for k in KINDS.values() if k.stage.startswith("file:")], archive, elsewhere)
    return sorted(files, key=lambda f: f.src_uri)


def made_elsewhere(archive: Archive) -> dict[str, list]:
    """What the forked copy makes: the output of the kinds registered `elsewhere`, by stage."""
    return {kind.stage: kind.make(archive) for kind in KINDS.values() if kind.elsewhere}


def _generate(kinds: list[Kind], archive: Archive, elsewhere: Elsewhere | None) -> list:
    return [item for kind in ordered(kinds, elsewhere is not None) for item in _run(kind, archive, elsewhere)]


def _run(kind: Kind, archive: Archive, elsewhere: Elsewhere | None = None) -> list:
    """One kind's output, timed under its registered name for the benchmark (a kind made
    elsewhere: the time spent waiting for it)."""
    with timed(kind.stage):
        out = elsewhere()[kind.stage] if elsewhere is not None and kind.elsewhere else kind.make(archive)
    count(kind.stage, len(out))
    return out
