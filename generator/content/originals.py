"""The council's original documents kept by `import --keep-originals` under
imports/originals/: each one a report names must be there, the size the report says,
so the link its page shows is never broken or to another file."""
from __future__ import annotations

from pathlib import Path

from . import catalogue as checks
from .models import Report
from .problems import Problems


def check_originals(reports: list[Report], project_root: Path, problems: Problems) -> None:
    for report in reports:
        record = report.front.imported
        if record is None or record.original is None:
            continue
        path = project_root / record.original.path
        line = report.line("imported", "original", "path")
        if not path.is_file():
            problems.report(checks.ORIGINAL_MISSING, report.source, line, "imported.original.path",
                           f"{record.original.path} does not exist; put the council's original document "
                           "there (import it again with --keep-originals), or delete original: and the "
                           "two lines under it")
        elif path.stat().st_size != record.original.bytes:
            problems.report(checks.ORIGINAL_CHANGED, report.source, line, "imported.original.path",
                           f"{record.original.path} is {path.stat().st_size:,} bytes, not the "
                           f"{record.original.bytes:,} the report says: it is another file; put back the "
                           "document the report was imported from")


def original_files(reports: list[Report], project_root: Path) -> list[tuple[str, bytes]]:
    """(path in the site, content) for each original a report links to."""
    out = {}
    for report in reports:
        record = report.front.imported
        if record is not None and record.original is not None:
            out[site_path(record.original.path)] = (project_root / record.original.path).read_bytes()
    return sorted(out.items())


def site_path(original: str) -> str:
    """'imports/originals/2019/report.pdf' -> 'originals/2019/report.pdf'."""
    return "originals/" + original.removeprefix("imports/originals/")
