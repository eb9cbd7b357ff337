"""What officers committed, over time: the git history of content/, read in one pass.

One `git log` over content/ lists every commit that changed a file there, with the
blob ids before and after (`--raw`) and renames detected (`-M`), so a report moved to
a new name keeps its first-published date. One `git cat-file --batch` then reads
every earlier version of the reports that changed after they were first published
(most never do, and are never read again). Per-file history plugins run git two or
three times a page; at 10,000 reports that is 20,000 processes.

Merges: `--first-parent` with diffs against the first parent, so a change made on a
branch is dated when it reached the branch that is published (the merge), never by
the day someone began it on another branch.

Dates are commit dates (UTC), never the clock, so a rebuild of the same commit gives
the same bytes. A shallow clone has lost the early history: every file would look
first published in its oldest commit, so no history is read at all, and `missing`
says why (the adapter logs it once).
"""
from __future__ import annotations

import datetime as dt
import re
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .cache import Cache, digest
from .yamlsource import _Loader

Stated = tuple[str, object, object, str]  # (metric, value, rate, as_of ISO): a figure as written
Note = tuple[str, str, str]  # (date ISO, kind, summary): an entry of updates: as written


@dataclass(frozen=True)
class Version:
    """A file's content as one commit left it."""

    commit: str
    day: dt.date  # the commit's date, UTC
    blob: str


@dataclass(frozen=True)
class FileHistory:
    """Every commit that changed one file's content, oldest first, through renames."""

    versions: tuple[Version, ...]

    @property
    def first(self) -> Version:
        return self.versions[0]

    @property
    def last(self) -> Version:
        return self.versions[-1]


@dataclass
class ContentHistory:
    """The history of content/: by path inside content/ (as MkDocs names it)."""

    files: dict[str, FileHistory] = field(default_factory=dict)
    head: str | None = None
    log: str | None = None  # the digest of content/'s log: what the history is read from
    # paths inside content/ whose working copy differs from the last commit (not yet committed)
    uncommitted: frozenset[str] = frozenset()
    # the figures each version states, by blob id; read only for files that changed
    figures: dict[str, tuple[Stated, ...] | None] = field(default_factory=dict)
    # the correction and update notes each version carries, by blob id: a change needs a new one
    notes: dict[str, frozenset[Note]] = field(default_factory=dict)
    missing: str | None = None  # why there is no history (not a git repository, a shallow clone)
    shallow: bool = False
    # git failed on a repository (one it will not read, say): a warning, like a shallow clone
    failed: bool = False

    @property
    def warn(self) -> bool:
        """Whether the missing history is a warning (fails --strict) rather than a note: a
        deploy from here would publish amended figures unmarked."""
        return self.shallow or self.failed

    @property
    def said(self) -> str | None:
        """Why there is no history, with its code in the catalogue, as printed."""
        if self.missing is None:
            return None
        from . import catalogue as checks

        check = (checks.SHALLOW_HISTORY if self.shallow else checks.HISTORY_UNREADABLE if self.failed
                 else checks.NO_HISTORY)
        return f"{check.code} {self.missing}"

    def of(self, src_uri: str) -> FileHistory | None:
        return self.files.get(src_uri)

    def stamp(self) -> tuple:
        """What the cache must compare to know the history changed: a commit to content/, not
        HEAD (a commit of site_config/ or code alone would make every page again). An edit
        not yet committed changes its own report, which the cache sees anyway."""
        return (self.log or self.head, self.missing)


class GitError(Exception):
    pass


def _git(cwd: Path, *args: str, stdin: bytes | None = None) -> bytes:
    try:
        done = subprocess.run(["git", *args], cwd=cwd, input=stdin, capture_output=True)
    except FileNotFoundError:
        raise GitError("git is not installed") from None
    if done.returncode != 0:
        raise GitError(done.stderr.decode("utf-8", "replace").strip())
    return done.stdout


NOT_GIT = ("{where} is not in a git repository, so pages show no first-published or amended "
           "dates and `check` cannot see amended figures; build from a git clone to show them")
FAILED = ("git could not read the history of {where} ({error}): pages show no first-published "
          "or amended dates and amended figures are not marked")
SHALLOW = ("{where} is in a shallow git clone, which has lost the early history: pages show no "
           "first-published or amended dates and amended figures are not marked; fetch the "
           "whole history (`git fetch --unshallow`, or `fetch-depth: 0` in actions/checkout)")


def read_history(content_dir: Path, shown_as: str = "content/", cache: Cache | None = None) -> ContentHistory:
    """The history of content_dir, or one that says why there is none. The log is kept in
    the cache by HEAD (`mkdocs serve` rebuilds on every save; the history changes only
    with a commit), and each version's figures by its blob id, which is its content."""
    try:
        out = _git(content_dir, "rev-parse", "--is-shallow-repository", "HEAD").decode().split()
    except GitError as error:
        if "not a git repository" in str(error) or "not installed" in str(error):
            return ContentHistory(missing=NOT_GIT.format(where=shown_as))
        return ContentHistory(missing=FAILED.format(where=shown_as, error=_one_line(error)), failed=True)
    shallow, head = out[0] == "true", out[1]
    if shallow:
        return ContentHistory(head=head, missing=SHALLOW.format(where=shown_as), shallow=True)
    try:
        return _read(content_dir, head, cache or Cache())
    except GitError as error:
        return ContentHistory(head=head, missing=FAILED.format(where=shown_as, error=_one_line(error)),
                              failed=True)


def _one_line(error: Exception) -> str:
    return " ".join(str(error).split())


def _read(content_dir: Path, head: str, cache: Cache) -> ContentHistory:
    files, log = cache.get(("git-log", str(content_dir)), head, lambda: _read_log(content_dir))
    versions = ("git-versions", str(content_dir))
    figures, notes = cache.get(versions, "by-blob", lambda: ({}, {}))
    history = ContentHistory(files=files, head=head, log=log, figures=figures, notes=notes,
                             uncommitted=_uncommitted(content_dir))
    if _read_figures(content_dir, history):
        cache.put(versions, "by-blob", (figures, notes))  # grown: to be written again
    return history


def _read_log(content_dir: Path) -> tuple[dict[str, FileHistory], str]:
    """Each file's versions, and the digest of the log they are read from."""
    raw = _git(content_dir, "log", "--first-parent", "--diff-merges=first-parent", "--root",
               "--raw", "--no-abbrev", "-M", "-z", "--relative", "--format=%x01%H %ct", "--", ".")
    return files_from_log(raw), digest(raw)


def files_from_log(raw: bytes) -> dict[str, FileHistory]:
    """Each file's versions from `git log --raw -z` output (newest commit first)."""
    commits = [_parse_commit(chunk) for chunk in raw.split(b"\x01") if chunk]
    chains: dict[str, list[Version]] = {}
    for commit, day, changes in reversed(commits):  # oldest first
        for status, blob, old, new in changes:
            if status == "D":
                chains.pop(old, None)
            elif status == "R":
                chain = chains.pop(old, [])
                if not chain or chain[-1].blob != blob:  # a rename with edits is a change too
                    chain.append(Version(commit, day, blob))
                chains[new] = chain
            else:  # A, M, T (a copy, C, is not asked for)
                chains.setdefault(new, []).append(Version(commit, day, blob))
    return {path: FileHistory(tuple(chain)) for path, chain in chains.items() if chain}


def _parse_commit(chunk: bytes) -> tuple[str, dt.date, list[tuple[str, str, str, str]]]:
    header, _, rest = chunk.partition(b"\x00")
    commit, seconds = header.decode().split()
    day = dt.datetime.fromtimestamp(int(seconds), dt.timezone.utc).date()
    tokens = rest.lstrip(b"\n").split(b"\x00")
    changes, i = [], 0
    while i < len(tokens) and tokens[i].startswith(b":"):
        meta = tokens[i].decode().split()
        status, blob = meta[4][0], meta[3]
        if status in "RC":
            changes.append((status, blob, tokens[i + 1].decode(), tokens[i + 2].decode()))
            i += 3
        else:
            path = tokens[i + 1].decode()
            changes.append((status, blob, path, path))
            i += 2
    return commit, day, changes


def _uncommitted(content_dir: Path) -> frozenset[str]:
    """Files whose working copy (or index) differs from HEAD: edits not yet committed."""
    out = _git(content_dir, "diff", "HEAD", "--name-only", "-z", "--no-renames", "--relative", "--", ".")
    return frozenset(p.decode() for p in out.split(b"\x00") if p)


def _read_figures(content_dir: Path, history: ContentHistory) -> bool:
    """The figures of every version a comparison needs: each version of a report changed
    after first publication, and the last commit's version of one edited since. True if
    any had to be read."""
    wanted = set()
    for path, file in history.files.items():
        if path.startswith("reports/") and (len(file.versions) > 1 or path in history.uncommitted):
            wanted.update(v.blob for v in file.versions)
    wanted -= history.figures.keys()
    if wanted:
        order = sorted(wanted)
        out = _git(content_dir, "cat-file", "--batch", stdin="".join(f"{b}\n" for b in order).encode())
        for blob, text in zip(order, _blobs(out)):
            history.figures[blob], history.notes[blob] = facts_of(text)
    return bool(wanted)


def _blobs(out: bytes):
    """The contents in `git cat-file --batch` output: '<id> blob <size>\\n<bytes>\\n' each."""
    at = 0
    while at < len(out):
        end = out.index(b"\n", at)
        size = int(out[at:end].split()[2])
        yield out[end + 1:end + 1 + size]
        at = end + 1 + size + 1


def facts_of(text: bytes) -> tuple[tuple[Stated, ...] | None, frozenset[Note]]:
    """The figures a version of a report states (None if its front matter cannot be read)
    and the notes under its updates:."""
    front = _front_matter(text)
    if not isinstance(front, dict):
        return None, frozenset()
    metrics, updates = front.get("metrics") or [], front.get("updates") or []
    figures = tuple((str(m.get("metric")), m.get("value"), m.get("rate"), _iso(m.get("as_of")))
                    for m in metrics if isinstance(m, dict)) if isinstance(metrics, list) else None
    notes = frozenset(note_key(u.get("date"), u.get("kind"), u.get("summary"))
                      for u in updates if isinstance(u, dict)) if isinstance(updates, list) else frozenset()
    return figures, notes


def note_key(day: object, kind: object, summary: object) -> Note:
    """A note as compared across versions: its date, kind and words, whitespace aside."""
    return (_iso(day), str(kind), " ".join(str(summary).split()))


def _front_matter(text: bytes) -> object:
    """The front matter's metrics: and updates: only. The commitments, most of its bytes, are
    left unparsed: a third of the time of reading 800 versions at 10,000 reports."""
    lines = text.decode("utf-8", "replace").split("\n")
    if not lines or lines[0].rstrip() != "---":
        return None
    try:
        end = next(i for i, line in enumerate(lines[1:], 1) if line.rstrip() == "---")
        return yaml.load("\n".join(_wanted_keys(lines[1:end])), Loader=_Loader) or {}
    except (StopIteration, yaml.YAMLError):
        return None


_TOP_KEY = re.compile(r"^([A-Za-z_][\w-]*)\s*:")


def _wanted_keys(lines: list[str]) -> list[str]:
    """The lines of the top-level keys metrics: and updates:, each with its indented block."""
    kept, keep = [], False
    for line in lines:
        key = _TOP_KEY.match(line)
        if key:
            keep = key.group(1) in ("metrics", "updates")
        if keep:
            kept.append(line)
    return kept


def _iso(value: object) -> str:
    return value.isoformat() if isinstance(value, dt.date) else str(value)
