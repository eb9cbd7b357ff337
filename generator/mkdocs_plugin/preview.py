"""What a fast preview (`mkdocs serve --dirty`) must rebuild after an edit.

MkDocs' dirty build re-renders only pages whose own source file changed. Our
pages also depend on other files: a report's header shows the figure stated by
the previous report and a commitment's first wording; generated pages and files
change with the archive; hand-written pages with blocks show the latest reports.
So after each build we remember what each page was made from, and on the next
one name the pages and files whose inputs or bytes changed. (The other half of
the fast preview, the memo that reuses unchanged outputs, is model/memo.py.)

Pure: the plugin holds the answers and acts on them."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..model.archive import Archive
from ..model.memo import config_stamp
from ..content.models import Report
from ..site.pages import GeneratedFile, GeneratedPage

def header_inputs(report: Report, archive: Archive) -> tuple:
    """Everything a report's header shows that comes from outside its own file."""
    previous = []
    for stated in report.front.metrics:
        reading = archive.previous_reading(report, stated.metric)
        previous.append(None if reading is None else
                        (reading.report.src_uri, reading.report.date, reading.value, reading.as_of))
    texts = tuple(archive.commitment_text(s.id) for s in report.front.commitments if s.text is None)
    # whether each figure is still the latest, and what git says of the report's history
    latest = tuple(_latest_of(archive, stated.metric) for stated in report.front.metrics)
    return tuple(previous), texts, latest, archive.history_of(report)


def _latest_of(archive: Archive, metric: str) -> tuple | None:
    reading = archive.latest_reading(metric)
    return None if reading is None else (reading.report.src_uri, reading.index, reading.value, reading.as_of)


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
