"""The whole core in one call: load -> validate -> model -> pages."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .archive import Archive, build_archive
from .config import load_config
from .load import LoadCache, load_reports
from .pages import GeneratedFile, GeneratedPage, generate_files, generate_pages
from .problems import Problems
from .timing import timed


@dataclass
class Build:
    problems: Problems
    archive: Archive | None = None
    pages: list[GeneratedPage] = field(default_factory=list)
    files: list[GeneratedFile] = field(default_factory=list)


def check_archive(project_root: Path, content_dir: Path, config_dir: Path,
                  cache: LoadCache | None = None) -> Build:
    """Load and validate everything; the archive is None when there are errors."""
    from .validate import validate_reports

    problems = Problems()
    with timed("load"):
        config = load_config(config_dir, project_root, problems)
        reports = load_reports(content_dir, project_root, problems, cache)
    if config is None:
        return Build(problems)
    with timed("validate"):
        validate_reports(reports, config, problems)
    if problems.errors:
        return Build(problems)
    with timed("model"):
        return Build(problems, build_archive(reports, config))


def build_site_pages(project_root: Path, content_dir: Path, config_dir: Path,
                     cache: LoadCache | None = None) -> Build:
    build = check_archive(project_root, content_dir, config_dir, cache)
    if build.archive is not None:
        build.pages = generate_pages(build.archive)
        build.files = generate_files(build.archive)
    return build
