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
under the project (or $COUNCIL_ARCHIVE_CACHE) after a build, or when a preview stops
(not after each of its rebuilds), and read when the next process starts, so a cold
preview starts warm. It is safe to delete.

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

import copyreg
import hashlib
import io
import os
import pickle
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib import metadata, resources
from pathlib import Path
from typing import Callable, Hashable, Iterator, TypeVar

from .timing import timed

T = TypeVar("T")
CACHE_ENV = "COUNCIL_ARCHIVE_CACHE"  # a folder: where the cache is written between runs
FILE = "cache.pickle"
# Libraries whose version changes what a build writes: a cache from other versions is not read
SHAPING = frozenset({"altair", "vl-convert-python", "jinja2", "pydantic", "markdown", "mkdocs", "mkdocs-material",
                     "python-frontmatter", "pyyaml"})
_MISSING = object()
EACH_RUN = 256  # items Cache.each compares with the last call's as one run


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
        self._sources: dict[str, str] = {}
        self._frames: list[set] = []  # what each make() under way has read so far
        self._volatile: set[Hashable] = set()  # names never written to disk
        self._used: set[Hashable] = set()
        self._recording: Recorded | None = None
        self.changed = False  # since it was last written
        self._unread = False  # what is on disk is read when first needed (ensure_read)
        self._saving = 0  # the forked copy writing it meanwhile, if any
        self.made = self.reused = 0  # this build's counts, for the log and the tests
        self.made_names: list[Hashable] = []  # what get() made this build
        # objects many keys share (a metric's series): digested once a build (key_digest)
        self.shared_types: tuple[type, ...] = ()
        self._digests: dict[int, tuple[object, str]] = {}
        self._key_digester: _KeyDigester | None = None
        self._inside: dict[type, _KeyDigester] = {}  # for a shared object itself, by its type
        self._checked: dict[frozenset, bool] = {}  # this build's answers of _current

    # --- asking ---------------------------------------------------------------------

    def _same(self, name: Hashable, entry: tuple, key: object) -> bool:
        """Whether an entry was made from this key: as it was made (one pointer test, mostly), or
        as read from disk, by its digest (then the key itself is kept, for the next test)."""
        stored = entry[0]
        if type(stored) is Digested:
            if stored.digest != self.key_digest(key):
                return False
            self._entries[name] = (key, entry[1], entry[2])
            return True
        return stored is key or stored == key

    def get(self, name: Hashable, key: object, make: Callable[[], T], disk: bool = True) -> T:
        entry = self._entries.get(name)
        if entry is not None:
            # _same, _use and _read inlined for the usual case (a key made as last build's, no
            # reads, no recording): a rebuild asks about 190,000 times at 10,000 reports
            stored, read = entry[0], entry[2]
            if (stored is key or (type(stored) is not Digested and stored == key)
                    or (type(stored) is Digested and self._same(name, entry, key))) \
                    and (not read or self._current(read)):
                self.reused += 1
                self._used.add(name)
                if self._recording is not None:
                    self._recording.used.add(name)
                if read and self._frames:
                    self._read(read)  # what it read, the make() it is asked from read too
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
    def sources(self) -> dict[str, str]:
        """What an entry may read (a definition, a template) and its digest now: set each build."""
        return self._sources

    @sources.setter
    def sources(self, sources: dict[str, str]) -> None:
        self._sources, self._checked = sources, {}

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
        """Whether every definition and template it read is as it was (each distinct set of
        reads checked once a build: thousands of entries read the same few)."""
        if not read:
            return True
        found = self._checked.get(read)
        if found is None:
            found = self._checked[read] = all(self.sources.get(source, "") == seen for source, seen in read)
        return found

    def peek(self, name: Hashable, key: object, default=None):
        """The value kept for name under key, without making one (it is kept for the next
        build as if asked for with get())."""
        entry = self._entries.get(name)
        if entry is None or not self._same(name, entry, key) or not self._current(entry[2]):
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
        the rows. An item is its own key: hashable, of Reports and plain values.

        Within one process the last call's items and outputs are kept too (never written):
        a run of EACH_RUN items equal to the last call's at the same places (a list
        comparison, one pointer test an item while they are the very objects) takes the
        last outputs as they are, so a rebuild after one edit looks up only the runs it
        changed, not 100,000 items one by one."""
        old = self.peek(name, "each", {})
        last = self.peek((name, "run"), "last") if type(old) is dict and old else None
        if last is None or len(last[0]) != len(items):
            return self._each_all(name, items, make, old)
        kept_items, kept_outs, kept_reads = last
        out, reads, made, changed, gone = [], [], self.made, {}, []
        for start in range(0, len(items), EACH_RUN):
            end = start + EACH_RUN
            run = items[start:end]
            if kept_items[start:end] == run and all(not r or self._current(r) for r in kept_reads[start:end]):
                out += kept_outs[start:end]
                reads += kept_reads[start:end]
                self.reused += len(run)
                if self._frames:
                    for read in kept_reads[start:end]:
                        self._read(read)
                continue
            for item in run:
                kept = self._each_one(old.get(item), item, make)
                changed[item] = kept
                out.append(kept[0])
                reads.append(kept[1])
            gone += kept_items[start:end]
        if changed:
            for item in gone:  # the changed runs' last items, but those found again (in another place)
                if item not in changed:
                    old.pop(item, None)
            old.update(changed)
            if self.made != made or len(old) != len(items):
                self.put(name, "each", old)
        self._use(name)
        self.put((name, "run"), "last", (list(items), out, reads), disk=False)
        return out

    def _each_all(self, name: Hashable, items: list, make: Callable, old: dict) -> list:
        digested = isinstance(old, DigestedItems)  # as read from disk: by each item's digest
        new, out, reads, made = {}, [], [], self.made
        for item in items:
            kept = self._each_one(old.get(self.key_digest(item) if digested else item), item, make)
            new[item] = kept
            out.append(kept[0])
            reads.append(kept[1])
        if digested or self.made != made or len(new) != len(old):  # else: every item kept, none gone
            self.put(name, "each", new)
        self._use(name)
        self.put((name, "run"), "last", (list(items), out, reads), disk=False)
        return out

    def _each_one(self, kept: tuple | None, item: object, make: Callable) -> tuple:
        """(make(item), what it read): as kept, if what it read is as it was, else made now."""
        if kept is not None and self._current(kept[1]):
            self.reused += 1
            self._read(kept[1])
            return kept
        self._frames.append(set())
        try:
            kept = (make(item), frozenset(self._frames.pop()))
        except BaseException:
            self._frames.pop()
            raise
        self._read(kept[1])
        self.made += 1
        return kept

    def _use(self, name: Hashable) -> None:
        self._used.add(name)
        if self._recording is not None:
            self._recording.used.add(name)

    # --- builds -----------------------------------------------------------------------

    def begin(self) -> None:
        """A new build: whatever the last build did not ask for is dropped, so memory
        stays flat and nothing stale can come back. (Dropped here, not at the end of the
        core: blocks ask for theirs later, while MkDocs renders pages.)"""
        for name in self._entries.keys() - self._used:
            del self._entries[name]
            self._volatile.discard(name)
            self.changed = True
        self._used = set()
        self.made = self.reused = 0
        self.made_names: list[Hashable] = []
        self._digests, self._checked, self._key_digester, self._inside = {}, {}, None, {}

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
                quiet = os.open(os.devnull, os.O_RDWR)  # holds no pipe of its caller's open
                for fd in (0, 1, 2):
                    os.dup2(quiet, fd)
                self.save()
                status = 0
            finally:
                os._exit(status)
        self._saving, self.changed = pid, False

    @property
    def path(self) -> Path | None:
        return self.folder / FILE if self.folder else None

    def read_later(self) -> None:
        """Read what is on disk when ensure_read() asks: the load stage reads the reports'
        files on the other core meanwhile (content/load.py), so a cold start waits once."""
        self._unread = True

    @property
    def unread(self) -> bool:
        """Whether what is on disk is still to be read (ensure_read)."""
        return self._unread

    def ensure_read(self) -> None:
        if self._unread:
            self._unread = False
            self.load()

    def load(self) -> bool:
        """Read what an earlier run wrote, if the same code wrote it; True if read."""
        path = self.path
        if path is None or not path.is_file():
            return False
        try:
            with path.open("rb") as f, timed("cache:read"):
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
        meanwhile: by a forked copy, so a build does not wait for it (at 10,000 reports the
        cache is hundreds of MB: 10 s); one at a time, the next save catches up. The copy
        finishes after the build has exited; a reader meanwhile finds the last whole file,
        or none. (A preview writes once, as it stops, in its own process: the plugin's on_shutdown.)"""
        path = self.path
        if path is None or not self.changed:
            return
        if meanwhile:
            self._save_in_a_copy()
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        kept = {name: self._on_disk(key, value, read) for name, (key, value, read) in self._entries.items()
                if name not in self._volatile}
        partial = path.with_suffix(f".{os.getpid()}.tmp")
        try:
            with partial.open("wb") as f:
                _NoReports(f, protocol=pickle.HIGHEST_PROTOCOL).dump((self.version, kept))
            partial.replace(path)
        except BaseException:  # a second Ctrl-C, a full disk: the last whole file stays, no half of this one
            partial.unlink(missing_ok=True)
            raise
        self.changed = False

    def _on_disk(self, key: object, value: object, read: frozenset) -> tuple:
        """An entry as written: its key by digest (a key names reports and series, which are not
        written), and a many-item entry's items too (each())."""
        if key == "each":
            value = DigestedItems({self.key_digest(item): kept for item, kept in value.items()})
            return key, value, read
        return (key if type(key) is Digested else Digested(self.key_digest(key))), value, read

    def key_digest(self, key: object) -> str:
        """A key's content as a digest, the same in every process: what it names and every
        value in it (a report by its file's digest; a pydantic model by its fields; an object
        of `shared_types` digested once a build, however many keys name it). Two keys of the
        same content may digest differently (a set directly in a key, whose order is the
        process's own: then an entry is made again); keys that differ never digest the same."""
        return self._digester().digest(key)

    def _shared_digest(self, obj: object) -> str:
        found = self._digests.get(id(obj))
        if found is None or found[0] is not obj:
            inside = self._inside.get(type(obj))
            if inside is None:
                inside = self._inside[type(obj)] = _KeyDigester(self, inside=obj)
            found = self._digests[id(obj)] = (obj, inside.digest(obj))
        return found[1]

    def _digester(self) -> "_KeyDigester":
        if self._key_digester is None:
            self._key_digester = _KeyDigester(self)
        return self._key_digester


class _KeyDigester:
    """Pickles a key to digest it, the same in every process: Python orders a set of strings
    per process, and a pydantic model's pickled state holds one, so a model is written as
    its fields; a report as its file's digest; a shared object as its own digest (once a
    build). Everything else as pickle writes it (a dataclass by its fields, in order). A
    new pickler each time (clearing one's memo costs as much as its largest key)."""

    def __init__(self, cache: Cache, inside: object = None):
        table = copyreg.dispatch_table.copy()
        table[_report_type()] = _report_ref
        for model in _models():
            table[model] = _model_fields
        for shared in cache.shared_types:
            if shared is not type(inside):
                table[shared] = lambda obj: (str, (f"shared:{cache._shared_digest(obj)}",))
        self.table = table

    def digest(self, obj: object) -> str:
        out = io.BytesIO()
        pickler = pickle.Pickler(out, protocol=pickle.HIGHEST_PROTOCOL)
        pickler.dispatch_table = self.table
        pickler.dump(obj)
        return digest(out.getvalue())


def _report_ref(report) -> tuple:
    return str, (f"report:{report.digest}:{report.src_uri}",)


def _model_fields(model) -> tuple:
    kind = type(model)
    return tuple, ((kind.__qualname__, *(getattr(model, name) for name in kind.model_fields)),)


def _models() -> list[type]:
    """Every pydantic model of the content model (content/models.py's Model and below)."""
    from .models import Model
    found, todo = [], [Model]
    while todo:
        model = todo.pop()
        found.append(model)
        todo += model.__subclasses__()
    return found


class Digested:
    """A key as read from disk: its digest (Cache.key_digest)."""

    __slots__ = ("digest",)

    def __init__(self, digest: str):
        self.digest = digest

    def __eq__(self, other: object) -> bool:
        return type(other) is Digested and other.digest == self.digest

    def __hash__(self) -> int:
        return hash(self.digest)


class DigestedItems(dict):
    """A many-item entry's items as read from disk: by each item's digest (Cache.each)."""


def _report_type() -> type:
    from .models import Report  # the model of what officers write; imported late to keep this light
    return Report


class _NoReports(pickle.Pickler):
    """Writes the cache: a report is never written (it is read again from its file, and
    keys name it by digest), so a value that holds one is a mistake: an entry holding
    reports is made with disk=False."""

    dispatch_table = copyreg.dispatch_table.copy()

    def reducer_override(self, obj):
        if type(obj) is _report_type():
            raise TypeError("a cache entry written to disk holds a Report; make it with disk=False")
        return NotImplemented


@dataclass
class Recorded:
    made: dict = field(default_factory=dict)  # name -> (key, value, what it read)
    used: set = field(default_factory=set)  # names found as they were


def cache_folder(project_root: Path) -> Path:
    return Path(os.environ.get(CACHE_ENV) or project_root / ".cache" / "council-archive")
