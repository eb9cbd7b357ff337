"""What a fast preview (`mkdocs serve --dirty`) must rebuild after an edit.

MkDocs' dirty build re-renders only pages whose own source file changed. Our
pages also depend on other files: a report's header shows the figure stated by
the previous report and a commitment's first wording; generated pages depend on
the whole archive; hand-written pages with blocks show the latest reports. So
after each build we remember what each page was made from, and on the next one
name the pages whose inputs changed. Pure: the plugin acts on the answer."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from .archive import Archive
from .models import Report
from .pages import GeneratedPage


def header_inputs(report: Report, archive: Archive) -> tuple:
    """Everything a report's header shows that comes from outside its own file."""
    previous = []
    for stated in report.front.metrics:
        reading = archive.previous_reading(report, stated.metric)
        previous.append(None if reading is None else
                        (reading.report.src_uri, reading.report.date, reading.value, reading.as_of))
    texts = tuple(archive.commitment_text(s.id) for s in report.front.commitments if s.text is None)
    return tuple(previous), texts


def config_stamp(config_dir: Path) -> tuple:
    """Changes whenever any site_config/ file does: then every page may have changed."""
    return tuple(sorted((p.relative_to(config_dir).as_posix(), p.stat().st_mtime_ns, p.stat().st_size)
                        for p in config_dir.rglob("*") if p.is_file()))


def page_digest(page: GeneratedPage) -> str:
    return hashlib.sha256(f"{page.title}\0{page.description}\0{page.in_nav}\0{page.html}".encode()).hexdigest()


@dataclass
class BuildInputs:
    """What one build's pages were made from."""

    config: tuple
    headers: dict[str, tuple] = field(default_factory=dict)  # report src_uri -> header_inputs
    generated: dict[str, str] = field(default_factory=dict)  # generated src_uri -> page_digest

    @classmethod
    def of(cls, archive: Archive, pages: list[GeneratedPage], config_dir: Path) -> "BuildInputs":
        return cls(config_stamp(config_dir),
                   {r.src_uri: header_inputs(r, archive) for r in archive.reports},
                   {p.src_uri: page_digest(p) for p in pages})


@dataclass(frozen=True)
class Stale:
    """Pages to rebuild although their own source file did not change."""

    everything: bool
    reports: frozenset[str] = frozenset()
    generated: frozenset[str] = frozenset()


def stale_pages(before: BuildInputs | None, now: BuildInputs) -> Stale:
    if before is None or before.config != now.config:
        return Stale(everything=True)
    reports = {uri for uri, inputs in now.headers.items() if before.headers.get(uri) != inputs}
    generated = {uri for uri, digest in now.generated.items() if before.generated.get(uri) != digest}
    return Stale(False, frozenset(reports), frozenset(generated))
