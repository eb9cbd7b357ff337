"""Stage 1: read every report file under content/reports/ into validated Reports.

Nothing is skipped quietly: a file that cannot be read becomes a problem, and
any error fails the build, so no report silently drops off the public record.
"""
from __future__ import annotations

import functools
import os
import re
from pathlib import Path

from frontmatter.default_handlers import YAMLHandler

from . import catalogue as checks
from .fillin import report_empty_fields
from .forgiving import read_forgivingly
from .modelcheck import check_model
from .partial import partial_front
from .models import FrontMatter, Report
from .meanwhile import Meanwhile, worth_forking
from .problems import Problem, Problems
from .yamlsource import parse_yaml

REPORTS_DIR = "reports"
REPORT_NAME = re.compile(r"^(\d{4})-(\d{2})-(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$")


class _ReportHandler(YAMLHandler):
    # python-frontmatter's default boundary (^-{3,}\s*$) lets \s* run over blank lines,
    # which shifts every line number after it; this is MkDocs' own stricter boundary.
    FM_BOUNDARY = re.compile(r"^-{3}[ \t]*$", re.MULTILINE)


_HANDLER = _ReportHandler()


def report_files(content_dir: Path) -> list[Path]:
    """Every file under content/reports/, sorted, hidden files (editor droppings) aside."""
    root = content_dir / REPORTS_DIR
    if not root.is_dir():
        return []
    found = []
    # os.walk, not rglob and relative_to: a third of a second at 10,000 reports, on every
    # preview rebuild; hidden folders are not entered at all
    for folder, folders, files in os.walk(root, followlinks=True):
        folders[:] = [name for name in folders if not name.startswith(".")]
        found += [Path(folder, name) for name in files if not name.startswith(".")]
    return sorted(path for path in found if path.is_file())


def load_reports(content_dir: Path, project_root: Path, problems: Problems,
                 cache: LoadCache | None = None, parts: list[Report] | None = None) -> list[Report]:
    """Every report that reads without error; `parts` (if given) gets what is left of each
    report with field errors (Report.partial), for the checks of its other fields."""
    paths = report_files(content_dir)
    if cache is None and worth_forking(len(paths)):
        found = _load_on_two_cores(paths, content_dir, project_root, problems)
    else:
        found = []
        for path in paths:
            if cache is None:
                report = read_report(path, content_dir, project_root, problems)
            else:
                report = cache.load(path, content_dir, project_root, problems)
            if report is not None:
                found.append(report)
        if cache is not None:
            cache.forget_all_but(paths)
    if parts is not None:
        parts += [report for report in found if report.partial]
    return [report for report in found if not report.partial]


def _load_on_two_cores(paths: list[Path], content_dir: Path, project_root: Path,
                       problems: Problems) -> list[Report]:
    """The first part read by a forked copy meanwhile (meanwhile.py), the rest here; the
    reports and their problems come out in the same order as read by one. The copy
    takes less than half: it also pickles what it read, and that costs a fifth more."""
    half = len(paths) * 45 // 100
    first = Meanwhile(lambda: _load_all(paths[:half], content_dir, project_root))
    second, second_problems = _load_all(paths[half:], content_dir, project_root)
    reports, first_problems = first.result()
    problems.items.extend(first_problems + second_problems)
    return reports + second


def _load_all(paths: list[Path], content_dir: Path, project_root: Path) -> tuple[list[Report], list]:
    found = Problems()
    reports = [report for path in paths
               if (report := read_report(path, content_dir, project_root, found)) is not None]
    return reports, found.items


class LoadCache:
    """Reports already loaded, keyed by file and (mtime, size), for `mkdocs serve`:
    a rebuild after one edit re-reads one file, not the whole archive. A cached
    file's problems are reported again each time, so none is lost on a rebuild."""

    def __init__(self) -> None:
        self._entries: dict[Path, tuple[tuple, Report | None, list[Problem]]] = {}
        self.reads = 0  # files actually read and parsed since the cache was made
        # validate.py's checks of one report at a time, kept for the same Report object
        # and the same site_config/ (its stamp): id(report) -> (report, its problems)
        self.checked: dict[int, tuple[Report, list[Problem]]] = {}
        self.checked_with: tuple | None = None

    def checks_for(self, config_stamp: tuple) -> dict[int, tuple[Report, list[Problem]]]:
        """The kept checks, if site_config/ is as when they were made; else none."""
        if config_stamp != self.checked_with:
            self.checked, self.checked_with = {}, config_stamp
        return self.checked

    def load(self, path: Path, content_dir: Path, project_root: Path, problems: Problems) -> Report | None:
        stat = path.stat()
        stamp = (stat.st_mtime_ns, stat.st_size, content_dir, project_root)
        entry = self._entries.get(path)
        if entry is None or entry[0] != stamp:
            found = Problems()
            entry = (stamp, read_report(path, content_dir, project_root, found), found.items)
            self._entries[path] = entry
            self.reads += 1
        problems.items.extend(entry[2])
        return entry[1]

    def forget_all_but(self, paths: list[Path]) -> None:
        """Drop deleted files, so a removed report cannot come back."""
        keep = set(paths)
        for path in [p for p in self._entries if p not in keep]:
            del self._entries[path]


def load_report(path: Path, content_dir: Path, project_root: Path, problems: Problems) -> Report | None:
    """The report, or None if it has errors (each reported)."""
    report = read_report(path, content_dir, project_root, problems)
    return None if report is None or report.partial else report


def read_report(path: Path, content_dir: Path, project_root: Path, problems: Problems) -> Report | None:
    """The report; what is left of it (partial) if its fields have errors; None if it
    cannot be read at all."""
    shown = display_path(path, project_root)
    if path.suffix != ".md":
        problems.report(checks.NOT_A_REPORT, shown, 1, "(file)", "not a report: files under content/reports/ must be "
                       "Markdown files named YYYY-MM-DD-<portfolio>.md")
        return None
    text = read_text(path, shown, problems)
    if text is None:
        return None
    parts = split_front_matter(text, shown, problems)
    if parts is None:
        return None
    front_text, body = parts
    doc = parse_yaml(front_text, shown, problems, line_offset=0)
    if doc is None:
        return None
    if not isinstance(doc.data, dict):
        problems.report(checks.NO_FIELDS, shown, 2, "(front matter)", "expected fields such as 'title: ...', got "
                       + ("nothing" if doc.data is None else "a single value"))
        return None
    report_empty_fields(doc, shown, problems)
    read_forgivingly(doc, shown, problems)
    front = check_model(FrontMatter, doc.data, doc, shown, problems)
    src_uri = path.relative_to(content_dir).as_posix()
    if front is None or doc.recovered:  # errors: what is left is checked, never built
        part = partial_front(doc.data)
        return None if part is None else Report(front=part, source=shown, src_uri=src_uri, doc=doc, body=body,
                                                partial=True)
    return Report(front=front, source=shown, src_uri=src_uri, doc=doc, body=body)


def read_text(path: Path, shown: str, problems: Problems) -> str | None:
    data = path.read_bytes()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        problems.report(checks.NOT_UTF8,
                        shown, line, "(file)", f"not valid UTF-8 text (byte 0x{data[exc.start]:02x}); "
                        "save the file as UTF-8")
        return None
    # A lone CR (classic Mac) ends a line in editors and in YAML: make it a '\n' line.
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def split_front_matter(text: str, shown: str, problems: Problems) -> tuple[str, str] | None:
    """Front matter text (starting on line 1, so YAML line N is file line N) and the body."""
    if not _HANDLER.detect(text):
        problems.report(checks.NO_FRONT_MATTER,
                        shown, 1, "(front matter)", "a report must start with a front matter block: "
                        "'---' on line 1, the fields, then '---'")
        return None
    try:
        front, body = _HANDLER.split(text)
    except ValueError:  # only one boundary line
        problems.report(checks.UNCLOSED_FRONT_MATTER,
                        shown, 1, "(front matter)", "the front matter block is not closed: "
                        "add a line '---' after the fields")
        return None
    # front starts with the rest of line 1, so YAML line numbers are file line numbers
    return front, body


def display_path(path: Path, project_root: Path) -> str:
    root = _resolved(project_root)
    if path.is_absolute() and path.is_relative_to(root) and ".." not in path.parts:
        return path.relative_to(root).as_posix()  # the usual case, without a resolve() per report
    try:
        return path.resolve().relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


@functools.lru_cache(maxsize=8)
def _resolved(path: Path) -> Path:
    return path.resolve()
