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

import shutil
from dataclasses import dataclass, field
from pathlib import Path

from .content.cache import Cache, digest, folder_digest
from .model.archive import Archive
from .content.models import Report
from .site.pages import GeneratedFile, GeneratedPage


def header_inputs(report: Report, archive: Archive) -> tuple:
    """Everything a report's header shows that comes from outside its own file."""
    previous = []
    for stated in report.front.metrics:
        reading = archive.previous_reading(report, stated.metric)
        previous.append(None if reading is None else
                        (reading.report.src_uri, reading.report.date, reading.value, reading.as_of))
    # whether each figure is still the latest, and what git says of the report's history
    latest = tuple(_latest_of(archive, stated.metric) for stated in report.front.metrics)
    return tuple(previous), _texts(report, archive), latest, archive.history_of(report)


def _texts(report: Report, archive: Archive) -> tuple:
    return tuple(archive.commitment_text(s.id) for s in report.front.commitments if s.text is None)


@dataclass(frozen=True)
class LastModels:
    """The last build's reports and series, held in memory only (a rebuild of the same
    process): a report that is the very same object, all of whose metrics' series are the
    very same lists, shows the same figures before and after as last time."""

    reports: dict[str, Report]
    readings: dict[str, list]

    @classmethod
    def of(cls, archive: Archive) -> "LastModels":
        return cls({r.src_uri: r for r in archive.reports}, dict(archive.readings))


def _headers(archive: Archive, before: "BuildInputs | None", last: LastModels | None) -> dict[str, tuple]:
    """header_inputs of every report; what a report's figures read (its metrics' series:
    the previous reading, the latest) taken from the last build where the report and those
    series are the same objects (one pointer test each, not 10,000 headers worked out)."""
    if before is None or last is None:
        return {r.src_uri: header_inputs(r, archive) for r in archive.reports}
    same = {m for m, series in archive.readings.items() if last.readings.get(m) is series}
    headers = {}
    for r in archive.reports:
        old = before.headers.get(r.src_uri)
        if old is not None and last.reports.get(r.src_uri) is r and all(s.metric in same for s in r.front.metrics):
            headers[r.src_uri] = (old[0], _texts(r, archive), old[2], archive.history_of(r))
        else:
            headers[r.src_uri] = header_inputs(r, archive)
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
