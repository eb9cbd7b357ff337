"""What a fast preview (`mkdocs serve --dirty`) must rebuild after an edit.

Two halves:

1. The memo: every generated page or file a kind makes is a function of a few
   reports (a commitment page: the reports that mention it; a feed: the reports it
   lists) plus site_config/. A kind that can say so wraps the work in
   `remember(archive, name, key, make)`, with a key naming what `make` reads:
   Reports (compared by identity: the LoadCache returns the same object until the
   file changes) and plain values. Same key as the last build: the last output is
   reused. A kind that cannot say what it reads does not call it and is remade
   every time. Any change under site_config/ (or to site_url) starts a new
   generation: everything is remade.
2. Staleness for MkDocs: its dirty build re-renders only pages whose own source
   file changed. Our pages also depend on other files: a report's header shows the
   figure stated by the previous report and a commitment's first wording; generated
   pages and files change with the archive; hand-written pages with blocks show the
   latest reports. So after each build we remember what each page was made from,
   and on the next one name the pages and files whose inputs or bytes changed.

Pure: the plugin holds the Memo and acts on the answers."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Hashable, TypeVar

from .archive import Archive
from .models import Report
from .pages import GeneratedFile, GeneratedPage

T = TypeVar("T")


class Memo:
    """Outputs kept across `mkdocs serve` rebuilds, each with the key it was made from."""

    def __init__(self) -> None:
        self.generation: tuple | None = None
        self._entries: dict[Hashable, tuple[tuple, object]] = {}
        self._used: set[Hashable] = set()
        self.made = self.reused = 0  # this build's counts, for the log and the tests

    def begin(self, generation: tuple) -> None:
        """A new build; a different generation (site_config/, site_url) forgets everything,
        and whatever the last build did not ask for (a deleted commitment, a renamed tag) is
        dropped, so memory stays flat and nothing stale can come back. (Dropped here, not at
        the end of the core: blocks ask for theirs later, while MkDocs renders pages.)"""
        if generation != self.generation:
            self._entries.clear()
            self.generation = generation
        for name in [n for n in self._entries if n not in self._used]:
            del self._entries[name]
        self._used = set()
        self.made = self.reused = 0

    def get(self, name: Hashable, key: tuple, make: Callable[[], T]) -> T:
        self._used.add(name)
        entry = self._entries.get(name)
        if entry is not None and entry[0] == key:
            self.reused += 1
            return entry[1]  # type: ignore[return-value]
        value = make()
        self._entries[name] = (key, value)
        self.made += 1
        return value

    def each(self, name: Hashable, items: list, make: Callable) -> list:
        """[make(item) for item in items], each kept while an equal item is asked for again:
        for thousands of small outputs (data rows) where one get() each would cost more than
        the rows. An item is its own key: hashable, of Reports (by identity) and plain values."""
        self._used.add(name)
        old: dict = self._entries.get(name, ((), {}))[1]  # type: ignore[assignment]
        new, out = {}, []
        for item in items:
            value = old.get(item, _MISSING)
            if value is _MISSING:
                value = make(item)
                self.made += 1
            else:
                self.reused += 1
            new[item] = value
            out.append(value)
        self._entries[name] = ((), new)
        return out

_MISSING = object()


def remember_each(archive: Archive, name: Hashable, items: list, make: Callable) -> list:
    """[make(item) for item in items], reusing the last build's output for each equal item
    (see Memo.each); every item must hold everything make(item) reads."""
    memo = archive.memo
    return [make(item) for item in items] if memo is None else memo.each(name, items, make)


def remember(archive: Archive, name: Hashable, key: tuple, make: Callable[[], T]) -> T:
    """make(), or its output from the last build if key is the same (see the module doc).
    The key must name everything make() reads besides site_config/ and site_url."""
    memo = archive.memo
    return make() if memo is None else memo.get(name, key, make)


def header_inputs(report: Report, archive: Archive) -> tuple:
    """Everything a report's header shows that comes from outside its own file."""
    previous = []
    for stated in report.front.metrics:
        reading = archive.previous_reading(report, stated.metric)
        previous.append(None if reading is None else
                        (reading.report.src_uri, reading.report.date, reading.value, reading.as_of))
    texts = tuple(archive.commitment_text(s.id) for s in report.front.commitments if s.text is None)
    return tuple(previous), texts


def config_stamp(config_dir: Path) -> tuple:
    """Changes whenever any site_config/ file does: then every page may have changed."""
    return tuple(sorted((p.relative_to(config_dir).as_posix(), p.stat().st_mtime_ns, p.stat().st_size)
                        for p in config_dir.rglob("*") if p.is_file()))


@dataclass
class BuildInputs:
    """What one build's pages were made from."""

    config: tuple
    headers: dict[str, tuple] = field(default_factory=dict)  # report src_uri -> header_inputs
    # generated src_uri -> the page or file itself: a memoised one is the very same object
    # as last time, so most comparisons are one pointer test, never a hash of every page
    generated: dict[str, GeneratedPage] = field(default_factory=dict)
    files: dict[str, GeneratedFile] = field(default_factory=dict)

    @classmethod
    def of(cls, archive: Archive, pages: list[GeneratedPage], config_dir: Path,
           files: list[GeneratedFile] = ()) -> "BuildInputs":
        return cls(config_stamp(config_dir),
                   {r.src_uri: header_inputs(r, archive) for r in archive.reports},
                   {p.src_uri: p for p in pages}, {f.src_uri: f for f in files})


@dataclass(frozen=True)
class Stale:
    """Pages to rebuild, and generated files to rewrite, although their own source did not change."""

    everything: bool
    reports: frozenset[str] = frozenset()
    generated: frozenset[str] = frozenset()
    files: frozenset[str] = frozenset()


def stale_pages(before: BuildInputs | None, now: BuildInputs) -> Stale:
    if before is None or before.config != now.config:
        return Stale(everything=True)
    reports = {uri for uri, inputs in now.headers.items() if before.headers.get(uri) != inputs}
    return Stale(False, frozenset(reports), _changed(before.generated, now.generated),
                 _changed(before.files, now.files))


def _changed(before: dict, now: dict) -> frozenset[str]:
    # `is` first: a memoised page is the same object; otherwise compare the bytes themselves
    return frozenset(uri for uri, item in now.items()
                     if (old := before.get(uri)) is not item and old != item)
