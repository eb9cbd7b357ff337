"""Every registered page kind and file kind run over the archive, each timed under
its name ('page:metric-pages', ...) for the benchmark."""
from __future__ import annotations

from typing import Callable

from . import kinds  # noqa: F401  (importing registers every kind, block and file kind)
from ..model.archive import Archive
from .pages import FILE_KINDS, HEAD_STARTS, PAGE_KINDS, GeneratedFile, GeneratedPage
from ..content.timing import count, timed


def generate_pages(archive: Archive) -> list[GeneratedPage]:
    for name, start in HEAD_STARTS.items():
        with timed(f"head-start:{name}"):
            start(archive)
    pages = [page for name, kind in PAGE_KINDS.items() for page in _run(f"page:{name}", kind, archive)]
    return sorted(pages, key=lambda p: p.src_uri)


def generate_files(archive: Archive) -> list[GeneratedFile]:
    files = [f for name, kind in FILE_KINDS.items() for f in _run(f"file:{name}", kind, archive)]
    return sorted(files, key=lambda f: f.src_uri)


def _run(stage: str, kind: Callable[[Archive], list], archive: Archive) -> list:
    """One kind's output, timed under its registered name for the benchmark."""
    with timed(stage):
        out = kind(archive)
    count(stage, len(out))
    return out
