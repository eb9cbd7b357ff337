"""The whole core in one call: load -> validate -> model -> pages."""
from __future__ import annotations

import gc
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from .model.archive import Archive, build_archive
from .model.amendments import check_corrections, report_history
from .content.history import read_history
from .content.config import load_config
from .content.load import LoadCache, load_reports
from .content.mkdocs_settings import check_mkdocs_agrees
from .site.pages import GeneratedFile, GeneratedPage
from .site.generate import generate_files, generate_pages, made_elsewhere
from .site.render import render_report_header
from .content.meanwhile import Meanwhile, worth_forking
from .model.memo import Memo, config_stamp
from .content.problems import Problems
from .content.timing import timed


@dataclass
class Build:
    problems: Problems
    archive: Archive | None = None
    pages: list[GeneratedPage] = field(default_factory=list)
    files: list[GeneratedFile] = field(default_factory=list)
    history_missing: str | None = None  # why pages show no history, if they show none
    # a shallow clone (or git failing): a warning (fails --strict), since a deploy from one
    # would publish amended figures unmarked; outside git entirely it is only a note
    # (tests' tiny sites, a quick look at a copy)
    history_warn: bool = False
    # a large archive: what a forked copy makes on the other core meanwhile (the heaviest
    # kinds, and each report's header by src_uri); None: all made here
    elsewhere: Meanwhile | None = None

    def report_header(self, report) -> str:
        made = self.elsewhere.result()[HEADERS] if self.elsewhere is not None else {}
        return made.get(report.src_uri) or render_report_header(report, self.archive)


def check_archive(project_root: Path, content_dir: Path, config_dir: Path,
                  cache: LoadCache | None = None, mkdocs_file: Path | None = None) -> Build:
    """Load and validate everything; the archive is None when there are errors.

    mkdocs_file: the MkDocs configuration (default: mkdocs.yml in project_root, if any),
    whose site_name must agree with site_config/site.yml."""
    from .content.validate import validate_reports

    problems = Problems()
    with timed("load"):
        config = load_config(config_dir, project_root, problems)
        reports = load_reports(content_dir, project_root, problems, cache)
    if config is None:
        return Build(problems)
    mkdocs_file = mkdocs_file or project_root / "mkdocs.yml"
    if mkdocs_file.is_file():
        check_mkdocs_agrees(mkdocs_file, project_root, config, problems)
    with timed("validate"):
        kept = cache.checks_for(config_stamp(config_dir)) if cache is not None else None
        validate_reports(reports, config, problems, kept)
    if problems.errors:
        return Build(problems)
    with timed("history"):
        history = read_history(content_dir, _shown(content_dir, project_root))
        histories = {r.source: report_history(r, history) for r in reports}
        for report in reports:
            check_corrections(report, histories[report.source], problems)
    with timed("model"):
        archive = build_archive(reports, config, histories)
    archive.history_missing = history.missing
    archive.history_stamp = history.stamp()
    return Build(problems, archive, history_missing=history.missing, history_warn=history.warn)


def _shown(content_dir: Path, project_root: Path) -> str:
    try:
        return content_dir.resolve().relative_to(project_root.resolve()).as_posix() + "/"
    except ValueError:
        return str(content_dir)


def build_site_pages(project_root: Path, content_dir: Path, config_dir: Path,
                     cache: LoadCache | None = None, site_url: str = "", memo: Memo | None = None,
                     mkdocs_file: Path | None = None) -> Build:
    """memo (with a cache, under `mkdocs serve`): reuse what the last build made from the
    same inputs (preview.py); the output is the same bytes either way."""
    with collector_paused():
        build = check_archive(project_root, content_dir, config_dir, cache, mkdocs_file)
        if build.archive is not None:
            build.archive.site_url = site_url
            if memo is not None:
                memo.begin((config_stamp(config_dir), site_url, build.archive.history_stamp))
                build.archive.memo = memo
            elif worth_forking(len(build.archive.reports)):
                build.elsewhere = Meanwhile(lambda: _made_elsewhere(build.archive))
            elsewhere = build.elsewhere.result if build.elsewhere is not None else None
            build.pages = generate_pages(build.archive, elsewhere)
            build.files = generate_files(build.archive, elsewhere)
    return build


HEADERS = "report-headers"


def _made_elsewhere(archive: Archive) -> dict:
    made = made_elsewhere(archive)
    made[HEADERS] = {report.src_uri: render_report_header(report, archive) for report in archive.reports}
    return made


@contextmanager
def collector_paused():
    """The pipeline makes millions of objects that all live to the end of the build, and
    Python's cyclic collector rescans them again and again as they pile up: 40% of the
    core's time at 10,000 reports, and growing faster than the archive."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
