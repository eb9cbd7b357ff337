"""Stage 1: read every report file under content/reports/ into validated Reports.

Nothing is skipped quietly: a file that cannot be read becomes a problem, and
any error fails the build, so no report silently drops off the public record.
"""
from __future__ import annotations

import os
import re
from pathlib import Path

from frontmatter.default_handlers import YAMLHandler

from . import catalogue as checks
from .cache import Cache, digest
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
    found, todo = [], [str(root)]
    # os.scandir, not rglob and relative_to: a third of a second at 10,000 reports, on every
    # preview rebuild; a folder's entries say what they are without a stat() each (symlinks
    # followed, as os.walk(followlinks=True) did); hidden folders are not entered at all
    while todo:
        with os.scandir(todo.pop()) as entries:
            for entry in entries:
                if entry.name.startswith("."):
                    continue
                if entry.is_dir():
                    todo.append(entry.path)
                elif entry.is_file():
                    found.append(Path(entry.path))
    return sorted(found)


def load_reports(content_dir: Path, project_root: Path, problems: Problems,
                 cache: Cache | None = None, parts: list[Report] | None = None) -> list[Report]:
    """Every report that reads without error; `parts` (if given) gets what is left of each
    report with field errors (Report.partial), for the checks of its other fields.

    Through the cache: a file whose bytes are as last read is not parsed again, and its
    Report is the very same object (its problems are reported again each time, so none is
    lost on a rebuild). Many files to parse: a forked copy parses the
    first part meanwhile (meanwhile.py), and what it read goes into the cache as well."""
    cache = cache if cache is not None else Cache()
    wanted = [(path, *_digest(path, cache)) for path in report_files(content_dir)]
    keys = [(("report", path.as_posix()), (found, str(content_dir), str(project_root))) for path, _, found in wanted]
    wanted = [(path, data) for path, data, _ in wanted]
    unread = [i for i, (name, key) in enumerate(keys) if cache.peek(name, key) is None]
    if worth_forking(len(unread)):
        _parse_on_two_cores([wanted[i] for i in unread], [keys[i] for i in unread], content_dir, project_root,
                            cache)
    cache.ensure_read()
    reports = []
    for (path, data), (name, key) in zip(wanted, keys):
        # in memory only: a report is read again from its file by the next process (parsing it is
        # quicker than reading it back), and a key naming it names it by its digest
        report, found = cache.get(name, key, lambda path=path, data=data: _parsed(path, data, content_dir,
                                                                                  project_root), disk=False)
        problems.items.extend(found)
        if report is not None:
            reports.append(report)
    if parts is not None:
        parts += [report for report in reports if report.partial]
    return [report for report in reports if not report.partial]


def _parsed(path: Path, data: bytes | None, content_dir: Path, project_root: Path) -> tuple[Report | None, list[Problem]]:
    found = Problems()
    return read_report(path, content_dir, project_root, found, data), found.items


def _digest(path: Path, cache: Cache) -> tuple[bytes | None, str]:
    """(the file's bytes, if read; their digest). A file this process has read is read again
    only when its stat says it was written since: its change time, which every write moves
    and no tool can set back, with its modification time, size and inode. (A rebuild after
    one edit reads one file, not 10,000.)"""
    stat = path.stat()
    stamp = (stat.st_mtime_ns, stat.st_ctime_ns, stat.st_size, stat.st_ino)
    name = ("file-digest", path.as_posix())
    known = cache.peek(name, stamp)
    if known is not None:
        return None, known
    data = path.read_bytes()
    found = digest(data)
    cache.put(name, stamp, found, disk=False)
    return data, found


def _parse_on_two_cores(wanted: list[tuple[Path, bytes]], keys: list[tuple], content_dir: Path,
                        project_root: Path, cache: Cache) -> None:
    """The first part parsed by a forked copy meanwhile, the rest here, each into the cache.
    The copy takes less than half (it also pickles what it read, and that costs a fifth more),
    or more than half where this process reads the cache from disk meanwhile (a cold start)."""
    half = len(wanted) * (60 if cache.unread else 45) // 100
    first = Meanwhile(lambda: [_parsed(path, data, content_dir, project_root) for path, data in wanted[:half]])
    cache.ensure_read()  # a cold start reads the cache here meanwhile (reports are not in it)
    for (path, data), (name, key) in zip(wanted[half:], keys[half:]):
        cache.put(name, key, _parsed(path, data, content_dir, project_root), disk=False)
    for (name, key), parsed in zip(keys[:half], first.result()):
        cache.put(name, key, parsed, disk=False)


def load_report(path: Path, content_dir: Path, project_root: Path, problems: Problems,
                data: bytes | None = None) -> Report | None:
    """The report, or None if it has errors (each reported)."""
    report = read_report(path, content_dir, project_root, problems, data)
    return None if report is None or report.partial else report


def read_report(path: Path, content_dir: Path, project_root: Path, problems: Problems,
                data: bytes | None = None) -> Report | None:
    """The report; what is left of it (partial) if its fields have errors; None if it
    cannot be read at all."""
    shown = display_path(path, project_root)
    data = path.read_bytes() if data is None else data
    if path.suffix != ".md":
        problems.report(checks.NOT_A_REPORT, shown, 1, "(file)", "not a report: files under content/reports/ must be "
                       "Markdown files named YYYY-MM-DD-<portfolio>.md")
        return None
    text = decode(data, shown, problems)
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
                                                digest=digest(data), partial=True)
    return Report(front=front, source=shown, src_uri=src_uri, doc=doc, body=body, digest=digest(data))


def decode(data: bytes, shown: str, problems: Problems) -> str | None:
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
    if path.is_absolute() and project_root.is_absolute() and path.is_relative_to(project_root) \
            and ".." not in path.parts and ".." not in project_root.parts:
        return path.relative_to(project_root).as_posix()  # the usual case, without a resolve() per report
    try:
        return path.resolve().relative_to(project_root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()
