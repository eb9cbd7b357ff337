"""The whole build in one place, stage by stage, as MkDocs' own build() runs its own:

    load -> validate -> history -> model -> pages -> search documents -> post-build writing

`stages()` lists them in that order. A host drives it: mkdocs_plugin/ turns MkDocs'
events into its steps (next() once MkDocs has its files, send() once every page is
rendered and once the site is written) and hands MkDocs the pages in between;
`council-archive check` runs the first four (check_archive). The build's one cache
(content/cache.py) goes through every stage, and is written at the end."""
from __future__ import annotations

import gc
import re
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Generator

from .content import catalogue as checks
from .content import timing
from .content.cache import Cache, cache_folder
from .content.config import SiteConfig, load_config
from .content.history import ContentHistory, read_history
from .content.load import load_reports
from .content.meanwhile import Meanwhile, worth_forking
from .content.mkdocs_settings import check_mkdocs_agrees
from .content.models import Report
from .content.originals import check_originals, original_files
from .content.problems import Problems
from .content.timing import timed
from .content.validate import validate_reports
from .model.amendments import ReportHistory, check_corrections, report_history
from .model.archive import Archive, build_archive
from .model.series import MetricSeries
from .model.tracker import Commitment
from .model.urls import page_url
from .preview import BuildInputs, LastModels, Stale, stale_pages
from .search.groups import commitment_documents
from .search.index import BackgroundIndex, is_searchable
from .site.generate import generate_files, generate_pages, made_elsewhere
from .site.pages import BLOCKS, GeneratedFile, GeneratedPage
from .site.chart_svg import kept_renderer, start_renderer
from .site.render import compile_templates, render_report_header, site_environment, template_sources

HEADERS = "report-headers"
BLOCK_MARKER = re.compile(r"<!--\s*council-archive:([a-z0-9-]+)\s*-->")


@dataclass
class Project:
    """What a build is of, and how the host runs it."""

    root: Path
    content_dir: Path
    config_dir: Path
    mkdocs_file: Path | None = None  # its site_name must agree with site_config/site.yml
    site_url: str = ""
    lang: str = "en"
    site_dir: Path | None = None  # where the host writes the site (the search bundles are made beside it)
    preview: bool = False  # under `mkdocs serve`: never forked (its server runs threads)
    search: bool = True  # index the pages (a dirty preview's rebuild keeps the first build's index)
    make_pages: bool = True  # False: stop after the model (`check`)


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
    # a large archive: what a forked copy makes on the other core meanwhile (the kinds
    # registered `elsewhere`, and each report's header by src_uri); None: all made here
    elsewhere: Elsewhere | None = None
    stale: Stale | None = None  # a preview: what changed since the last build (preview.py)
    search: BackgroundIndex | None = None

    def report_header(self, report: Report) -> str:
        with timed("report-headers"):
            made = self.elsewhere.result()[HEADERS] if self.elsewhere is not None else {}
            return made.get(report.src_uri) or render_report_header(report, self.archive)

    def fill_blocks(self, html: str, src_uri: str) -> tuple[str, tuple[tuple[str, str], ...]]:
        """A page's HTML with its blocks filled, and (block name, its HTML) for each."""
        if "council-archive:" not in html:  # most pages: a plain search, not a regex, for 28,000
            return html, ()
        shown: list[tuple[str, str]] = []

        def fill(match: re.Match) -> str:
            shown.append((match.group(1), self.block(match.group(1), src_uri)))
            return shown[-1][1]
        return BLOCK_MARKER.sub(fill, html), tuple(shown)

    def block(self, name: str, src_uri: str) -> str:
        """A block of a hand-written page (`<!-- council-archive:NAME -->`), as that page shows it."""
        if name not in BLOCKS:
            raise UnknownBlock(f"{src_uri}: {checks.UNKNOWN_BLOCK.code} unknown block "
                               f"'<!-- council-archive:{name} -->' "
                               f"(known blocks: {', '.join(sorted(BLOCKS))})")
        with timed("blocks"):
            return BLOCKS[name](self.archive, page_url(src_uri))


class UnknownBlock(ValueError):
    """A hand-written page names a block no kind registered."""


def messages(build: Build) -> list[tuple[str, str]]:
    """(level, text) of everything the core has to say, in the order to say it; a last
    'error' means the site must not be built, so that no report is silently left out."""
    history = [("warning" if build.history_warn else "info", build.history_missing)] if build.history_missing else []
    said = history + [("info", str(p)) for p in build.problems.notes] + [
        ("warning", str(p)) for p in build.problems.warnings] + [("error", str(p)) for p in build.problems.errors]
    if build.problems.errors or build.archive is None:
        count = len(build.problems.errors)
        said.append(("stop", f"{count} error{'s' if count != 1 else ''} in content/ or site_config/ (listed "
                             "above); the site was not built, so no report is left out"))
    return said


def open_cache(project_root: Path) -> Cache:
    """The project's cache, as the last run left it on disk (content/cache.py)."""
    cache = Cache(cache_folder(project_root))
    cache.shared_types = (MetricSeries, Commitment)  # in many keys: each digested once a build
    cache.read_later()  # by the load stage, while a forked copy reads report files
    return cache


def stages(project: Project, cache: Cache) -> Generator[Build, list | Path, None]:
    """The build, every stage in order. Yields the Build once its pages are made (send back
    the rendered pages: (dest_uri, title, html) each), then once the search documents are
    on their way (send back the site folder, once written)."""
    build = Build(Problems())
    with collector_paused():
        cache.begin()
        reports, parts, config = load(project, cache, build)
        if config is not None:
            validate(project, reports, parts, config, cache, build)
        if config is not None and not build.problems.errors:
            found, histories = history(project, reports, config, cache, build)
            build.archive = model(project, reports, config, found, histories, cache)
            if project.make_pages:
                pages(project, cache, build)
    rendered = yield build
    if build.archive is None:
        return
    if project.search:
        build.search = search_documents(project, build, rendered)
    site_dir = yield build
    post_build(project, build, site_dir, cache)


def load(project: Project, cache: Cache,
         build: Build) -> tuple[list[Report], list[Report], SiteConfig | None]:
    """The reports that read without error, what is left of those with field errors
    (their other fields are still checked: every problem at once), and site_config/."""
    with timed("load"):
        config = load_config(project.config_dir, project.root, build.problems)
        if config is not None:  # what a cache entry may read of site_config/ and the templates, now
            cache.sources = config.sources(cache) | template_sources()
        parts: list[Report] = []
        reports = load_reports(project.content_dir, project.root, build.problems, cache, parts)
    mkdocs_file = project.mkdocs_file or project.root / "mkdocs.yml"
    if config is not None and mkdocs_file.is_file():
        check_mkdocs_agrees(mkdocs_file, project.root, config, build.problems)
    return reports, parts, config


def validate(project: Project, reports: list[Report], parts: list[Report], config: SiteConfig, cache: Cache,
             build: Build) -> None:
    with timed("validate"):
        validate_reports(reports, config, build.problems, cache, parts)
        check_originals(reports, project.root, build.problems)
        build.problems.apply_levels(config.severities)  # site.yml checks: the level of each


def history(project: Project, reports: list[Report], config: SiteConfig, cache: Cache,
            build: Build) -> tuple[ContentHistory, dict[str, ReportHistory]]:
    with timed("history"):
        found = read_history(project.content_dir, _shown(project.content_dir, project.root), cache)
        histories = {r.source: report_history(r, found) for r in reports}
        corrections = Problems()
        for report in reports:
            check_corrections(report, histories[report.source], corrections)
        corrections.apply_levels(config.severities)
        build.problems.items += corrections.items
    build.history_missing, build.history_warn = found.said, found.warn
    return found, histories


def model(project: Project, reports: list[Report], config: SiteConfig, found: ContentHistory,
          histories: dict[str, ReportHistory], cache: Cache) -> Archive:
    with timed("model"):
        archive = build_archive(reports, config, histories, cache)
    archive.site_url, archive.cache, archive.history_missing = project.site_url, cache, found.missing
    archive.preview = project.preview
    archive.history_stamp = found.stamp()
    # what every output may depend on: site.yml (the site's name, its settings) and the address
    archive.generation = (cache.sources["site.yml"], project.site_url, archive.history_stamp)
    return archive


def pages(project: Project, cache: Cache, build: Build) -> None:
    archive = build.archive
    if not project.preview and worth_forking(len(archive.reports)):
        build.elsewhere = Elsewhere(archive, cache)
    elsewhere = build.elsewhere.result if build.elsewhere is not None else None
    build.pages = generate_pages(archive, elsewhere)
    build.files = generate_files(archive, elsewhere)
    # the council's own documents an import kept, beside the reports that link to them
    build.files += [GeneratedFile(path, data) for path, data in original_files(archive.reports, project.root)]
    if project.preview:  # what changed since the last build, kept in the cache
        before = cache.peek(("preview-inputs",), "last")
        inputs = BuildInputs.of(archive, build.pages, build.files, before, cache.peek(("preview-models",), "last"))
        build.stale = stale_pages(before, inputs)
        cache.put(("preview-inputs",), "last", inputs)
        cache.put(("preview-models",), "last", LastModels.of(archive), disk=False)  # holds reports


def search_documents(project: Project, build: Build, rendered: list) -> BackgroundIndex:
    """Every page's content is rendered now, and the host has yet to write any page: index
    the searchable ones on the other core meanwhile."""
    with timed("search:pages"):
        fork = not project.preview and worth_forking(len(build.archive.reports))
        index = BackgroundIndex(project.lang, fork=fork, site_dir=project.site_dir)
        index.add_documents(commitment_documents(build.archive))
        for dest_uri, title, html in rendered:
            if html and is_searchable(html):
                index.add(dest_uri, title, html)
        index.start()
    return index


def post_build(project: Project, build: Build, site_dir: Path, cache: Cache) -> None:
    """The site is written: the search bundle put in place (timed in its steps), the cache
    written for the next run (a preview's when it stops: a rewrite of hundreds of MB after
    every save of a report would take the core the next rebuild needs), and the stage
    timings if asked."""
    if build.search is not None:
        build.search.finish(site_dir)
    if not project.preview:
        with timed("cache:write"):
            cache.save(meanwhile=True)
    timing.write_if_requested()


def warm_up(build: Build, theme_env) -> Callable[[], None]:
    """What a preview's first build leaves for the first edit when it rendered nothing (a
    start with the cache warm): compiling the site's templates and the theme's page template,
    and starting the chart renderer (0.5-1 s). Returns it as a function to run while the
    preview waits for that edit (on a thread: it touches neither the cache nor the archive)."""
    env = site_environment(build.archive)  # asked here, on the build's thread
    drawing = kept_renderer(build.archive)

    def run() -> None:
        compile_templates(env)
        compile_templates(theme_env, ["main.html"])
        start_renderer(drawing)
    return run


class Elsewhere:
    """The kinds registered `elsewhere`, and every report's header, made by a forked copy
    (meanwhile.py) that holds the archive and the cache already; what it put in the cache
    comes back with its result."""

    def __init__(self, archive: Archive, cache: Cache):
        self.cache = cache
        self.copy = Meanwhile(lambda: _made_elsewhere(archive, cache),
                              shared={report.src_uri: report for report in archive.reports})
        self.taken: dict | None = None

    def result(self) -> dict:
        if self.taken is None:
            made, entries = self.copy.result()
            self.cache.merge(entries)
            self.taken = made
        return self.taken


def _made_elsewhere(archive: Archive, cache: Cache) -> tuple[dict, dict]:
    with cache.recording() as entries:
        made = made_elsewhere(archive)
        made[HEADERS] = {report.src_uri: render_report_header(report, archive) for report in archive.reports}
    return made, entries


def check_archive(project_root: Path, content_dir: Path, config_dir: Path,
                  cache: Cache | None = None, mkdocs_file: Path | None = None) -> Build:
    """Load, validate, history and model (`council-archive check`, the tests); the archive
    is None when there are errors."""
    run = stages(Project(project_root, content_dir, config_dir, mkdocs_file, search=False, make_pages=False),
                 cache if cache is not None else Cache())
    return _first_stages(run)


def build_site_pages(project_root: Path, content_dir: Path, config_dir: Path, site_url: str = "",
                     cache: Cache | None = None) -> Build:
    """Every stage up to the pages, for tools that want the pages without MkDocs."""
    run = stages(Project(project_root, content_dir, config_dir, site_url=site_url, search=False),
                 cache if cache is not None else Cache())
    return _first_stages(run)


def _first_stages(run: Generator) -> Build:
    build = next(run)
    run.close()
    return build


def _shown(content_dir: Path, project_root: Path) -> str:
    try:
        return content_dir.resolve().relative_to(project_root.resolve()).as_posix() + "/"
    except ValueError:
        return str(content_dir)


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
