"""What a fast preview (`mkdocs serve --dirty`) must rebuild after an edit.

MkDocs' dirty build re-renders only pages whose own source file changed. Our
pages also depend on other files: a report's header shows the figure stated by
the previous report and a commitment's first wording; generated pages and files
change with the archive; hand-written pages with blocks show the latest reports.
So after each build we keep what each page was made from (in the cache, content/cache.py),
and on the next one name the pages and files whose inputs or bytes changed. (The other
half of the fast preview, reusing unchanged outputs, is the cache's.)

Pure: the pipeline keeps the answers and the adapter acts on them."""
from __future__ import annotations

import logging
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from tempfile import gettempdir

from .content.cache import Cache, digest, folder_digest
from .model.archive import Archive
from .content.models import Report
from .site.pages import GeneratedFile, GeneratedPage


def header_inputs(report: Report, archive: Archive) -> tuple:
    """Everything a report's header shows that comes from outside its own file."""
    previous = tuple(_previous_of(archive, report, stated.metric) for stated in report.front.metrics)
    # whether each figure is still the latest, and what git says of the report's history
    latest = tuple(_latest_of(archive, stated.metric) for stated in report.front.metrics)
    return previous, _texts(report, archive), latest, archive.history_of(report)


def _previous_of(archive: Archive, report: Report, metric: str) -> tuple | None:
    reading = archive.previous_reading(report, metric)
    return None if reading is None else (reading.report.src_uri, reading.report.date, reading.value, reading.as_of)


def _texts(report: Report, archive: Archive) -> tuple:
    return tuple(archive.commitment_text(s.id) for s in report.front.commitments if s.text is None)


@dataclass(frozen=True)
class LastModels:
    """The last build's reports and series, held in memory only (a rebuild of the same
    process), to tell what cannot have changed since (_headers)."""

    reports: dict[str, Report]
    readings: dict[str, list]

    @classmethod
    def of(cls, archive: Archive) -> "LastModels":
        return cls({r.src_uri: r for r in archive.reports}, dict(archive.readings))


def _headers(archive: Archive, before: "BuildInputs | None", last: LastModels | None) -> dict[str, tuple]:
    """header_inputs of every report, each part taken from the last build's where what it
    reads is the same objects (a pointer test each, not 10,000 headers worked out again):
    - a figure's previous and latest readings come from its metric's series only: the same
      list as last build, the same readings;
    - a commitment's first wording comes from the reports that mention it: none of them
      new, edited or gone, the same wording."""
    if before is None or last is None:
        return {r.src_uri: header_inputs(r, archive) for r in archive.reports}
    same = {m for m, series in archive.readings.items() if last.readings.get(m) is series}
    now = {r.src_uri: r for r in archive.reports}
    changed = [r for r in archive.reports if last.reports.get(r.src_uri) is not r]
    changed += [r for uri, r in last.reports.items() if now.get(uri) is not r]  # as they were: edited or gone
    reworded = {s.id for r in changed for s in r.front.commitments}
    headers = {}
    for r in archive.reports:
        old = before.headers.get(r.src_uri)
        if old is None or last.reports.get(r.src_uri) is not r:
            headers[r.src_uri] = header_inputs(r, archive)
            continue
        stated = r.front.metrics
        if all(s.metric in same for s in stated):
            previous, latest = old[0], old[2]
        else:
            previous = tuple(old[0][i] if s.metric in same else _previous_of(archive, r, s.metric)
                             for i, s in enumerate(stated))
            latest = tuple(old[2][i] if s.metric in same else _latest_of(archive, s.metric)
                           for i, s in enumerate(stated))
        texts = _texts(r, archive) if any(s.id in reworded for s in r.front.commitments) else old[1]
        headers[r.src_uri] = (previous, texts, latest, archive.history_of(r))
    return headers


def _latest_of(archive: Archive, metric: str) -> tuple | None:
    reading = archive.latest_reading(metric)
    return None if reading is None else (reading.report.src_uri, reading.index, reading.value, reading.as_of)


@dataclass
class BuildInputs:
    """What one build's pages were made from."""

    config: str  # site_config/'s digest
    headers: dict[str, tuple] = field(default_factory=dict)  # report src_uri -> header_inputs
    # generated src_uri -> the page or file itself: a memoised one is the very same object
    # as last time, so most comparisons are one pointer test, never a hash of every page
    generated: dict[str, GeneratedPage] = field(default_factory=dict)
    files: dict[str, GeneratedFile] = field(default_factory=dict)

    @classmethod
    def of(cls, archive: Archive, pages: list[GeneratedPage], files: list[GeneratedFile] = (),
           before: "BuildInputs | None" = None, last: LastModels | None = None) -> "BuildInputs":
        """before, last: the last build's inputs and models, to reuse what cannot have changed."""
        return cls(archive.config.digest, _headers(archive, before, last),
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


BUILT_FROM = ".council-archive-built-from"  # in the preview's site: what it was built from


def preview_site(project, cache: Cache) -> tuple[Path, str, bool]:
    """Where a fast preview writes its site: kept between runs beside the cache, so a cold
    `mkdocs serve --dirty` rebuilds only what changed since the last preview, as a rebuild
    does. Returns the folder, what it must have been built from (the digest of the code,
    mkdocs.yml, site_config/ and the address), and whether it was; if it was not, it is
    emptied first. (What the pages were made from is the cache's: a site whose cache is
    gone is rebuilt page by page, as after an edit to site_config/.)"""
    folder = cache.folder / "preview-site" if cache.folder else project.site_dir
    mkdocs_file = project.mkdocs_file or project.root / "mkdocs.yml"
    key = digest("\n".join((cache.version, digest(mkdocs_file.read_bytes()), folder_digest(project.config_dir),
                              project.site_url)).encode())
    marker = folder / BUILT_FROM
    built = marker.is_file() and marker.read_text("utf-8") == key
    if not built and folder.exists() and folder != project.site_dir:
        shutil.rmtree(folder)
    return folder, key, built


def preview_built(folder: Path, key: str) -> None:
    """The preview's site is written from these inputs (for the next run)."""
    marker = folder / BUILT_FROM
    if not marker.is_file() or marker.read_text("utf-8") != key:
        marker.write_text(key, "utf-8")


def serves_a_temporary_folder(site_dir: Path) -> bool:
    """`mkdocs serve` builds into a new temporary folder each run ('mkdocs_...')."""
    return site_dir.name.startswith("mkdocs_") and site_dir.parent == Path(gettempdir())


def dirty_warning_filter(record: logging.LogRecord) -> bool:
    """MkDocs warns on every dirty build that links may be stale, which --strict makes an abort;
    we rebuild the pages an edit affects, so let the preview run strict."""
    return not record.getMessage().startswith("A 'dirty' build is being performed")
