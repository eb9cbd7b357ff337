"""Outputs kept across `mkdocs serve` rebuilds (the memo half of the fast preview).

Every generated page or file a kind makes is a function of a few reports (a
commitment page: the reports that mention it; a feed: the reports it lists) plus
site_config/. A kind that can say so wraps the work in
`remember(archive, name, key, make)`, with a key naming what `make` reads:
Reports (compared by identity: the LoadCache returns the same object until the
file changes) and plain values. Same key as the last build: the last output is
reused. A kind that cannot say what it reads does not call it and is remade
every time. Any change under site_config/ (or to site_url) starts a new
generation: everything is remade.

The model holds a Memo without knowing who keeps it across builds: under
`mkdocs serve` the adapter does (mkdocs_plugin/preview.py decides what MkDocs
must re-render); a plain build has none and remakes everything.
"""
from __future__ import annotations

from typing import Callable, Hashable, Protocol, TypeVar

from ..content.config import config_stamp  # noqa: F401  (the memo starts afresh when it changes)

T = TypeVar("T")


class HasMemo(Protocol):
    """What remember() needs of the archive: its memo, or None outside a preview."""

    memo: "Memo | None"


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


def remember_each(archive: HasMemo, name: Hashable, items: list, make: Callable) -> list:
    """[make(item) for item in items], reusing the last build's output for each equal item
    (see Memo.each); every item must hold everything make(item) reads."""
    memo = archive.memo
    return [make(item) for item in items] if memo is None else memo.each(name, items, make)


def remember(archive: HasMemo, name: Hashable, key: tuple, make: Callable[[], T]) -> T:
    """make(), or its output from the last build if key is the same (see the module doc).
    The key must name everything make() reads besides site_config/ and site_url."""
    memo = archive.memo
    return make() if memo is None else memo.get(name, key, make)
