"""Every registered page kind and file kind run over the archive, each timed under
its name ('page:metric-pages', ...) for the benchmark."""
from __future__ import annotations

from typing import Callable

from . import kinds  # noqa: F401  (importing registers every kind, block and file kind)
from ..model.archive import Archive
from .pages import FILE_KINDS, HEAD_STARTS, PAGE_KINDS, GeneratedFile, GeneratedPage
from ..content.timing import count, timed


# The kind a large archive's build makes in a forked copy on the other core (meanwhile.py),
# with the report headers: the heaviest, which no other kind reads; with the feeds too, the
# copy took longer than the build's own share. The rest are made here.
ELSEWHERE = ("page:commitments",)
Elsewhere = Callable[[], dict[str, list]]  # a forked copy's result, waited for when asked


def generate_pages(archive: Archive, elsewhere: Elsewhere | None = None) -> list[GeneratedPage]:
    for name, start in HEAD_STARTS.items():
        with timed(f"head-start:{name}"):
            start(archive)
    pages = _generate({f"page:{name}": kind for name, kind in PAGE_KINDS.items()}, archive, elsewhere)
    return sorted(pages, key=lambda p: p.src_uri)


def generate_files(archive: Archive, elsewhere: Elsewhere | None = None) -> list[GeneratedFile]:
    files = _generate({f"file:{name}": kind for name, kind in FILE_KINDS.items()}, archive, elsewhere)
    return sorted(files, key=lambda f: f.src_uri)


def made_elsewhere(archive: Archive) -> dict[str, list]:
    """What the forked copy makes: the ELSEWHERE kinds' output, by stage."""
    kinds = {f"page:{name}": kind for name, kind in PAGE_KINDS.items()}
    kinds.update((f"file:{name}", kind) for name, kind in FILE_KINDS.items())
    return {stage: kinds[stage](archive) for stage in ELSEWHERE if stage in kinds}


def _generate(kinds: dict[str, Callable[[Archive], list]], archive: Archive,
              elsewhere: Elsewhere | None) -> list:
    # the copy's kinds last: by then it has most likely finished them
    order = sorted(kinds, key=lambda stage: elsewhere is not None and stage in ELSEWHERE)
    return [item for stage in order for item in _run(stage, kinds[stage], archive, elsewhere)]


def _run(stage: str, kind: Callable[[Archive], list], archive: Archive,
         elsewhere: Elsewhere | None = None) -> list:
    """One kind's output, timed under its registered name for the benchmark (a kind made
    elsewhere: the time spent waiting for it)."""
    with timed(stage):
        out = elsewhere()[stage] if elsewhere is not None and stage in ELSEWHERE else kind(archive)
    count(stage, len(out))
    return out
