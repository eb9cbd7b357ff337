"""`council-archive import PATH...`: walk the files and folders, skip documents already
imported (by content hash), read each in a worker, give commitments the ids of
earlier reports, write each draft (never over another file) and sum up."""
from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

from ..content.config import SiteConfig
from ..content.load import display_path, load_reports
from ..content.problems import Problems
from .assign import assign_commitments, earlier_commitments
from .convert import Converted, convert
from .draft import front_matter, render_draft
from .figures import MetricNames
from .read import FORMATS, load_readers
from .workers import Limits, run_each

HOLDING = Path("imports") / "needs-review"
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

    def shown(self, path: Path) -> str:
        return display_path(path, self.root)


def import_paths(paths: list[Path], project: Project, limits: Limits = Limits(), jobs: int = 2,
                 progress=None) -> list[Outcome]:
    files = walk(paths)
    known = imported_hashes(project)
    outcomes: dict[int, Outcome] = {}
    todo = []
    for i, path in enumerate(files):
        early = _precheck(path, project, limits, known)
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
        outcomes[todo[index]] = Outcome(project.shown(files[todo[index]]), "failed", reason=reason)
        count()

    load_readers()
    run_each([files[i] for i in todo], lambda p: convert(p, p.read_bytes(), project.config, names),
             limits, jobs, finished, failed)
    _write_all(converted, files, project, outcomes)
    return [outcomes[i] for i in sorted(outcomes)]


def walk(paths: list[Path]) -> list[Path]:
    files = []
    for path in paths:
        if path.is_dir():
            files += sorted(p for p in path.rglob("*") if p.is_file()
                            and not any(part.startswith(".") for part in p.relative_to(path).parts))
        else:
            files.append(path)
    return files


def imported_hashes(project: Project) -> dict[str, str]:
    """sha256 -> the draft already imported from a document with that content."""
    found = {}
    for folder in (project.content / "reports", project.root / HOLDING):
        for path in sorted(folder.rglob("*.md")) if folder.is_dir() else []:
            head = path.read_text("utf-8", errors="replace")[:200_000].split("\n---", 1)[0]
            for digest in _SHA.findall(head):
                found.setdefault(digest, project.shown(path))
    return found


def _precheck(path: Path, project: Project, limits: Limits, known: dict[str, str]) -> Outcome | None:
    import hashlib

    shown = project.shown(path)
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


def _write_all(converted: dict[int, Converted], files: list[Path], project: Project,
               outcomes: dict[int, Outcome]) -> None:
    problems = Problems()
    existing = load_reports(project.content, project.root, problems)
    history = earlier_commitments(existing)
    order = sorted(converted, key=lambda i: _sort_key(converted[i]))
    for i in order:
        result = converted[i]
        if result.failure:
            outcomes[i] = Outcome(project.shown(files[i]), "failed", reason=result.failure)
            continue
        outcomes[i] = write_draft(result, project, history)


def _sort_key(result: Converted) -> tuple:
    found = result.findings
    return (0, found.date.value, str(result.source)) if found and found.date else (1, None, str(result.source))


def write_draft(result: Converted, project: Project, history) -> Outcome:
    findings, shown = result.findings, project.shown(result.source)
    commitments = assign_commitments(findings, history)
    front = front_matter(findings, commitments, shown, result.sha256)
    text = render_draft(front, result.document, commitments, findings.missing)
    target = _target(findings, project, result.source)
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
    if findings.missing:
        return Outcome(shown, "needs review", project.shown(target), **counts,
                       reason="missing " + ", ".join(findings.missing))
    return Outcome(shown, "imported", project.shown(target), **counts)


def _target(findings, project: Project, source: Path) -> Path:
    if findings.missing:
        return project.root / HOLDING / f"{_safe_stem(source)}.md"
    day, portfolio = findings.date.value, findings.portfolio.value
    return project.content / "reports" / f"{day.year}" / f"{day.isoformat()}-{portfolio}.md"


def _safe_stem(source: Path) -> str:
    stem = re.sub(r"[^a-z0-9]+", "-", source.stem.lower()).strip("-") or "document"
    return f"{stem}-{source.suffix.lstrip('.').lower()}"


def progress_bar(done: int, total: int) -> None:
    if not sys.stderr.isatty():
        return
    width = 30
    filled = width * done // max(total, 1)
    sys.stderr.write(f"\rimporting [{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
    if done == total:
        sys.stderr.write("\n")
    sys.stderr.flush()
