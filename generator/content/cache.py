"""The build's one cache. Every stage that keeps work from one build to the next asks it
the same way, `cache.get(name, key, make)`: the value made for `name` last time if `key`
is the same, else `make()`, kept under the new key.

Keys are content, never times: a report's key is the digest of its file's bytes
(`Report.digest`, and a Report compares equal to another of the same digest); a page's
key names the reports and plain values it is made from, with the site's generation
(site.yml's digest, site_url and the git history's head: model/archive.py `remember`);
a chart's drawing, the digest of its spec and the renderer's version.

What `make` reads of site_config/ and of the templates is found as it runs, not written
in the key: each definition it reads (site_config/metrics.yml's `children-looked-after`)
and each template it renders (with those it includes) is noted with its digest
(`depends`), kept with the entry, and checked against the current ones (`sources`, set
by the pipeline each build) before the entry is used. So an edit to one metric
definition, one member's roles or one template makes again only what read it.

Only the code version is not in each key: a cache written by other code
(`code_version()`: the package's Python and the pinned libraries that shape the output;
templates are checked entry by entry, as above) is not read at all.

One owner: the pipeline opens the cache for a project (`pipeline.open_cache`) and hands
it to each stage; nothing else holds a build's state between builds. Under
`mkdocs serve` it lives across rebuilds; it is written to `.cache/council-archive/`
under the project (or $COUNCIL_ARCHIVE_CACHE) after a build, and read when the next
process starts, so a cold preview starts warm. It is safe to delete.

Entries a build does not ask for are dropped at the start of the next, so memory stays
flat and nothing stale can come back (a deleted report, a renamed tag). An entry made
with `disk=False` is never written (MkDocs' own objects, the preview's kept files).

To add an entry: call `cache.get` where the work is done, with a name that says what
it is (`("feed", path)`) and a key that names everything `make` reads besides the code.
tests/test_cache.py edits each kind of input and checks that only what depends on it
is made again, and that a build from the cache equals a clean build byte for byte.

A forked copy (meanwhile.py) asks the same cache, which it inherited; what it makes
comes back with its result (`recording`, `merge`), so the next build finds it too.
"""
from __future__ import annotations

import hashlib
import os
import pickle
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib import metadata, resources
from pathlib import Path
from typing import Callable, Hashable, Iterator, TypeVar

T = TypeVar("T")
CACHE_ENV = "COUNCIL_ARCHIVE_CACHE"  # a folder: where the cache is written between runs
FILE = "cache.pickle"
# Libraries whose version changes what a build writes: a cache from other versions is not read
SHAPING = frozenset({"altair", "vl-convert-python", "jinja2", "pydantic", "markdown", "mkdocs", "mkdocs-material",
                     "python-frontmatter", "pyyaml"})
_MISSING = object()


def digest(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def folder_digest(folder: Path) -> str:
    """Every file's path and bytes under a folder (site_config/: a few KB)."""
    h = hashlib.blake2b(digest_size=16)
    for path in sorted(p for p in folder.rglob("*") if p.is_file()) if folder.is_dir() else ():
        h.update(path.relative_to(folder).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()


def code_version() -> str:
    """The package's own files (code, templates, assets) and the versions of the libraries
    that shape the output: any change and every entry is made again."""
    package = Path(str(resources.files("generator")))
    h = hashlib.blake2b(digest_size=16)
    for path in sorted(p for p in package.rglob("*.py") if "__pycache__" not in p.parts):
        h.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    for name in sorted(SHAPING):
        try:
            h.update(f"{name}={metadata.version(name)}\n".encode())
        except metadata.PackageNotFoundError:
            h.update(f"{name}=none\n".encode())
    return h.hexdigest()


class Cache:
    """Values kept between builds, each with the key it was made from (see the module doc)."""

    def __init__(self, folder: Path | None = None, version: str | None = None) -> None:
        self.folder = folder  # None: in memory only
        self.version = version if version is not None else (code_version() if folder else "")
        self._entries: dict[Hashable, tuple[object, object, frozenset]] = {}  # name -> (key, value, read)
        self.sources: dict[str, str] = {}  # what an entry may read (a definition, a template) -> its digest now
        self._frames: list[set] = []  # what each make() under way has read so far
        self._volatile: set[Hashable] = set()  # names never written to disk
        self._used: set[Hashable] = set()
        self._recording: Recorded | None = None
        self.changed = False  # since it was last written
        self._saving = 0  # the forked copy writing it meanwhile, if any
        self.made = self.reused = 0  # this build's counts, for the log and the tests
        self.made_names: list[Hashable] = []  # what get() made this build

    # --- asking ---------------------------------------------------------------------

    def get(self, name: Hashable, key: object, make: Callable[[], T], disk: bool = True) -> T:
        entry = self._entries.get(name)
        if entry is not None and (entry[0] is key or entry[0] == key) and self._current(entry[2]):
            self.reused += 1
            self._use(name)
            self._read(entry[2])  # what it read, the make() it is asked from read too
            return entry[1]  # type: ignore[return-value]
        self._frames.append(set())
        try:
            value = make()
        finally:
            read = frozenset(self._frames.pop())
        self._read(read)
        self._put(name, key, value, disk, read)
        self.made += 1
        self.made_names.append(name)
        return value

    @property
    def making(self) -> bool:
        """Whether a make() is under way (what it reads is noted)."""
        return bool(self._frames)

    def depends(self, source: str) -> None:
        """What is being made reads this definition or template (one of `sources`)."""
        if self._frames:
            self._read(((source, self.sources.get(source, "")),))

    def _read(self, read) -> None:
        for frame in self._frames:
            frame.update(read)

    def _current(self, read: frozenset) -> bool:
        return all(self.sources.get(source, "") == seen for source, seen in read)

    def peek(self, name: Hashable, key: object, default=None):
        """The value kept for name under key, without making one (it is kept for the next
        build as if asked for with get())."""
        entry = self._entries.get(name)
        if entry is None or not (entry[0] is key or entry[0] == key) or not self._current(entry[2]):
            return default
        self._use(name)
        return entry[1]

    def put(self, name: Hashable, key: object, value: object, disk: bool = True) -> None:
        self._put(name, key, value, disk, frozenset())

    def _put(self, name: Hashable, key: object, value: object, disk: bool, read: frozenset) -> None:
        self._used.add(name)
        self._entries[name] = (key, value, read)
        if not disk:
            self._volatile.add(name)
            return
        self._volatile.discard(name)
        if self._recording is not None:
            self._recording.made[name] = (key, value, read)
        self.changed = True

    def each(self, name: Hashable, items: list, make: Callable) -> list:
        """[make(item) for item in items], each kept while an equal item is asked for again:
        for thousands of small outputs (data rows) where one get() each would cost more than
        the rows. An item is its own key: hashable, of Reports and plain values."""
        old = self.peek(name, "each", {})
        new, out = {}, []
        for item in items:
            kept = old.get(item)
            if kept is not None and self._current(kept[1]):
                self.reused += 1
                self._read(kept[1])
            else:
                self._frames.append(set())
                try:
                    kept = (make(item), frozenset(self._frames.pop()))
                except BaseException:
                    self._frames.pop()
                    raise
                self._read(kept[1])
                self.made += 1
            new[item] = kept
            out.append(kept[0])
        if new != old:
            self.put(name, "each", new)
        self._use(name)
        return out

    def _use(self, name: Hashable) -> None:
        self._used.add(name)
        if self._recording is not None:
            self._recording.used.add(name)

    # --- builds -----------------------------------------------------------------------

    def begin(self) -> None:
        """A new build: whatever the last build did not ask for is dropped, so memory
        stays flat and nothing stale can come back. (Dropped here, not at the end of the
        core: blocks ask for theirs later, while MkDocs renders pages.)"""
        for name in [n for n in self._entries if n not in self._used]:
            del self._entries[name]
            self._volatile.discard(name)
            self.changed = True
        self._used = set()
        self.made = self.reused = 0
        self.made_names: list[Hashable] = []

    @contextmanager
    def recording(self) -> Iterator[Recorded]:
        """What is made and asked for while the block runs (in a forked copy: to hand back
        with its result, for merge())."""
        before, self._recording = self._recording, Recorded()
        try:
            yield self._recording
        finally:
            self._recording = before

    def merge(self, recorded: Recorded) -> None:
        """What a forked copy made and asked for: kept here too, as if done here."""
        for name, (key, value, read) in recorded.made.items():
            self._put(name, key, value, True, read)
        self._used.update(recorded.used)

    # --- on disk --------------------------------------------------------------------

    def _save_in_a_copy(self) -> None:
        if self._saving and os.waitpid(self._saving, os.WNOHANG)[0] == 0:
            return  # the last one is still writing: this build's entries go with the next save
        pid = os.fork()
        if pid == 0:  # the copy: writes and exits, never returning into the caller's code
            status = 1
            try:
                self.save()
                status = 0
            finally:
                os._exit(status)
        self._saving, self.changed = pid, False

    def wait(self) -> None:
        """Until a save made meanwhile has finished (the end of a preview)."""
        if self._saving:
            os.waitpid(self._saving, 0)
            self._saving = 0

    @property
    def path(self) -> Path | None:
        return self.folder / FILE if self.folder else None

    def load(self) -> bool:
        """Read what an earlier run wrote, if the same code wrote it; True if read."""
        path = self.path
        if path is None or not path.is_file():
            return False
        try:
            with path.open("rb") as f:
                version, entries = pickle.load(f)
        except Exception:  # noqa: BLE001  a half-written or foreign file: start cold
            return False
        if version != self.version:
            return False
        self._entries.update(entries)
        self._used.update(entries)  # kept until a build has had the chance to ask for them
        return True

    def save(self, meanwhile: bool = False) -> None:
        """Write every entry but the volatile ones (atomically: a reader never sees half a file).
        meanwhile (`mkdocs serve`): by a forked copy, so the preview does not wait for it (at
        10,000 reports the cache is hundreds of MB); one at a time, the next save catches up."""
        path = self.path
        if path is None or not self.changed:
            return
        if meanwhile:
            self._save_in_a_copy()
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        kept = {n: e for n, e in self._entries.items() if n not in self._volatile}
        partial = path.with_suffix(f".{os.getpid()}.tmp")
        with partial.open("wb") as f:
            pickle.dump((self.version, kept), f, protocol=pickle.HIGHEST_PROTOCOL)
        partial.replace(path)
        self.changed = False


@dataclass
class Recorded:
    made: dict = field(default_factory=dict)  # name -> (key, value, what it read)
    used: set = field(default_factory=set)  # names found as they were


def cache_folder(project_root: Path) -> Path:
    return Path(os.environ.get(CACHE_ENV) or project_root / ".cache" / "council-archive")
