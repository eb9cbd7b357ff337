"""`council-archive import PATH...`: walk the files and folders, skip documents already
imported (by content hash), read each in a worker, give commitments the ids of
earlier reports, write each draft (never over another file) and sum up.

A document is named everywhere (drafts, summary, messages) by its path relative to the
folder it was found in, or by its file name: never by where it lay on the officer's machine."""
from __future__ import annotations

import re
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

from ..content.config import SiteConfig
from ..content.load import display_path, load_reports
from ..content.problems import Problems
from .assign import assign_commitments, earlier_commitments
from .convert import Converted, convert
from .draft import Provenance, front_matter, render_draft
from .metric_names import MetricNames
from .read import FORMATS, load_readers
from .workers import Limits, failure_of, run_each

HOLDING = Path("imports") / "needs-review"
ORIGINALS = Path("imports") / "originals"
_SHA = re.compile(r"^\s*sha256:\s*([0-9a-f]{64})\s*$", re.M)


@dataclass
class Outcome:
    source: str
    status: str  # "imported", "needs review", "skipped", "failed"
    draft: str = ""
    suggestions: int = 0
    unmatched: int = 0
    reason: str = ""


@dataclass
class Project:
    root: Path
    content: Path
    config: SiteConfig
    keep_originals: bool = False  # copy each document into imports/originals/ and link it

    def shown(self, path: Path) -> str:
        return display_path(path, self.root)


@dataclass(frozen=True)
class Source:
    """A document to import: where it is, and the name it is known by in everything the
    import writes (its path relative to the folder imported, or its file name)."""

    path: Path
    name: str


def walk(paths: list[Path]) -> list[Source]:
    sources = []
    for path in paths:
        if path.is_dir():
            sources += [Source(p, p.relative_to(path).as_posix()) for p in sorted(path.rglob("*"))
                        if p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts)]
        else:
            sources.append(Source(path, path.name))
    return sources


def import_paths(paths: list[Path], project: Project, limits: Limits = Limits(), jobs: int = 2,
                 progress=None) -> list[Outcome]:
    files = walk(paths)
    known = imported_hashes(project)
    outcomes: dict[int, Outcome] = {}
    todo = []
    for i, source in enumerate(files):
        early = _precheck(source, limits, known)
        if early:
            outcomes[i] = early
        else:
            todo.append(i)
    converted: dict[int, Converted] = {}
    names = MetricNames(project.config)
    done = [0]

    def count() -> None:
        done[0] += 1
        if progress:
            progress(done[0], len(todo))

    def finished(index: int, result: Converted) -> None:
        converted[todo[index]] = result
        count()

    def failed(index: int, reason: str) -> None:  # stopped at a limit: the worker gave nothing back
        outcomes[todo[index]] = Outcome(files[todo[index]].name, "failed", reason=reason)
        count()

    load_readers()
    def reading(index: int, page: int, pages: int) -> None:
        if progress:
            progress(done[0], len(todo), f"{files[todo[index]].name}: text recognition, page {page} of {pages}")

    run_each([files[i] for i in todo],
             lambda s, tick: convert(s.path, s.path.read_bytes(), project.config, names, tick),
             limits, jobs, finished, failed, reading)
    _write_all(converted, files, project, outcomes)
    return [outcomes[i] for i in sorted(outcomes)]


def imported_hashes(project: Project) -> dict[str, str]:
    """sha256 -> the draft already imported from a document with that content."""
    found = {}
    for folder in (project.content / "reports", project.root / HOLDING):
        for path in sorted(folder.rglob("*.md")) if folder.is_dir() else []:
            head = path.read_text("utf-8", errors="replace")[:200_000].split("\n---", 1)[0]
            for digest in _SHA.findall(head):
                found.setdefault(digest, project.shown(path))
    return found


def _precheck(source: Source, limits: Limits, known: dict[str, str]) -> Outcome | None:
    import hashlib

    path, shown = source.path, source.name
    if not path.is_file():
        return Outcome(shown, "failed", reason="no such file; check the path and import again")
    if path.suffix.lower() not in FORMATS:
        return Outcome(shown, "skipped", reason=f"'{path.suffix or path.name}' is not a format the importer "
                       "reads (.docx, .pdf, .odt, .html, .txt, .md)")
    size = path.stat().st_size
    if size > limits.max_bytes:
        return Outcome(shown, "failed", reason=f"the file is {size / 2**20:.0f} MB, more than the "
                       f"{limits.max_bytes // 2**20} MB the importer reads; split it into smaller files")
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest in known:
        return Outcome(shown, "skipped", draft=known[digest],
                       reason=f"already imported as {known[digest]} (same content)")
    known[digest] = f"{shown} (earlier in this batch)"
    return None


def _write_all(converted: dict[int, Converted], files: list[Source], project: Project,
               outcomes: dict[int, Outcome]) -> None:
    problems = Problems()
    existing = load_reports(project.content, project.root, problems)
    history = earlier_commitments(existing)
    order = sorted(converted, key=lambda i: _sort_key(converted[i]))
    for i in order:
        result = converted[i]
        if result.failure:
            outcomes[i] = Outcome(files[i].name, "failed", reason=result.failure)
            continue
        try:
            outcomes[i] = write_draft(result, files[i], project, history)
        except Exception as exc:  # a bug in writing one draft loses neither the batch nor the others
            kind, where = failure_of(exc)
            where = where if kind == "bug" else type(exc).__name__
            outcomes[i] = Outcome(files[i].name, "failed", reason=f"the importer itself failed on this document "
                                                                  f"({where}); please report it with the document")


def _sort_key(result: Converted) -> tuple:
    found = result.findings
    return (0, found.date.value, str(result.source)) if found and found.date else (1, None, str(result.source))


def write_draft(result: Converted, source: Source, project: Project, history) -> Outcome:
    findings, shown = result.findings, source.name
    assigned = assign_commitments(findings, history)
    target = _target(findings, project, result.source)
    original = _original_path(source, result.sha256, project) if project.keep_originals else None
    provenance = Provenance(shown, result.sha256, original.relative_to(project.root).as_posix()
                            if original else None, source.path.stat().st_size)
    front = front_matter(findings, assigned, provenance, result.document)
    text = render_draft(front, result.document, assigned, findings.missing)
    counts = dict(suggestions=len(front["imported"]["values"]), unmatched=len(findings.unmatched))
    if target.exists():  # never overwritten, and a published report is never to be renamed for a draft
        day, portfolio = findings.date.value, findings.portfolio.value
        return Outcome(shown, "failed", project.shown(target), **counts,
                       reason=f"not written: {project.shown(target)} is already in the archive, the report of "
                              f"portfolio '{portfolio}' on {day.isoformat()}, so {shown} is that report again; "
                              "nothing to do. If it is another report, the date or portfolio read from it is "
                              "wrong: write its report by hand (docs/officers.md, Adding a report)")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, "utf-8")
    if original is not None and not original.exists():
        original.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source.path, original)
    history.reserve(findings, [c for c, _ in assigned])  # a document that failed reserves no id
    if findings.missing:
        return Outcome(shown, "needs review", project.shown(target), **counts,
                       reason="missing " + ", ".join(findings.missing))
    return Outcome(shown, "imported", project.shown(target), **counts)


def _target(findings, project: Project, source: Path) -> Path:
    if findings.missing:
        return project.root / HOLDING / f"{_safe_stem(source)}.md"
    day, portfolio = findings.date.value, findings.portfolio.value
    return project.content / "reports" / f"{day.year}" / f"{day.isoformat()}-{portfolio}.md"


def _original_path(source: Source, sha256: str, project: Project) -> Path:
    """imports/originals/<the document's name>, unless a different document holds that
    name already: then the name gets the start of its own hash."""
    target = project.root / ORIGINALS / source.name
    if target.exists() and _sha256(target) != sha256:
        target = target.with_name(f"{target.stem}-{sha256[:8]}{target.suffix}")
    return target


def _sha256(path: Path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


def _safe_stem(source: Path) -> str:
    stem = re.sub(r"[^a-z0-9]+", "-", source.stem.lower()).strip("-") or "document"
    return f"{stem}-{source.suffix.lstrip('.').lower()}"


def progress_bar(done: int, total: int, reading: str = "") -> None:
    """'importing [######........] 12/40', and what a long read is doing ('scan.pdf: text
    recognition, page 3 of 12')."""
    if not sys.stderr.isatty():
        return
    width = 30
    filled = width * done // max(total, 1)
    line = f"importing [{'#' * filled}{'.' * (width - filled)}] {done}/{total}"
    sys.stderr.write(f"\r\033[K{line}  {reading[:80]}" if reading else f"\r\033[K{line}")
    if done == total:
        sys.stderr.write("\n")
    sys.stderr.flush()
