"""The thin MkDocs layer: the only module that imports mkdocs.

on_startup keeps caches across `mkdocs serve` rebuilds (see preview.py);
on_config  notes where site_config/ is and adds our stylesheet;
on_files   runs the core, fails the build on any error, keeps reports out of the
           nav and adds the generated pages;
on_page_*  puts each report's facts above its prose and fills page blocks;
on_env     starts the search indexer on the searchable pages (see search_index.py);
on_post_build waits for it, runs the post-build steps and writes stage timings if asked.
"""
from __future__ import annotations

import dataclasses
import gc
import json
import logging
import os
import re
from importlib import resources
from pathlib import Path

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel

from ..content import catalogue as checks
from ..site.kinds.security import META_CSP
from .mdext import AlignClassesExtension
from .htmlfixes import escape_page_meta, fix_theme_html
from ..content.load import LoadCache
from ..site.pages import BLOCKS, GeneratedPage
from ..pipeline import Build, build_site_pages
from .preview import BuildInputs, stale_pages
from .watching import POLLING_ENV, watch_natively
from ..model.memo import Memo
from .postbuild import PostBuildError, run_post_build
from ..search.groups import commitment_documents
from ..search.index import BackgroundIndex, SearchDocument, SearchIndexError, is_searchable
from ..content import timing
from ..content.meanwhile import worth_forking
from ..model.urls import page_url

log = get_plugin_logger("council-archive")

ASSETS_URI = "assets/council-archive/"  # our CSS and JS, served by the site itself
BLOCK_MARKER = re.compile(r"<!--\s*council-archive:([a-z0-9-]+)\s*-->")


class ArchiveConfig(base.Config):
    config_dir = c.Type(str, default="site_config")


class ArchivePlugin(BasePlugin[ArchiveConfig]):
    supports_multiple_instances = False
    # set again by on_startup, which MkDocs calls first on build and serve alike
    dirty_serve = False
    load_cache: LoadCache | None = None
    memo: Memo | None = None
    inputs: BuildInputs | None = None
    search_index: BackgroundIndex | None = None

    def on_startup(self, command: str, dirty: bool) -> None:
        # Having on_startup keeps this instance across `mkdocs serve` rebuilds, and with it
        # the caches that make a preview of a large archive fast.
        self.dirty_serve = command == "serve" and dirty
        self.load_cache = LoadCache() if command == "serve" else None
        self.memo = Memo() if command == "serve" else None  # pages and files kept across rebuilds
        self.inputs: BuildInputs | None = None  # what the last completed build was made from
        self.built_reports: dict = {}  # src_uri -> the Report the last completed build showed
        # hand-written pages that hold blocks -> what their blocks showed when last written
        self.block_pages: dict[str, tuple[tuple[str, str], ...]] = {}
        self.kept = KeptFiles()  # the last build's File objects (and their Pages), for reuse
        if self.dirty_serve:
            logging.getLogger("mkdocs.commands.build").addFilter(_dirty_warning_filter)
            log.info("fast preview: only edited reports and the pages that depend on them are rebuilt; "
                     "post-build steps (such as the search index) are not refreshed")
        elif command == "serve":
            log.info("every save rebuilds the whole archive; `mkdocs serve --dirty` rebuilds only "
                     "what the edit affects")

    def on_config(self, config):
        self.root = Path(config.config_file_path).resolve().parent
        self.content_dir = Path(config.docs_dir).resolve()
        self.config_dir = (self.root / self.config.config_dir).resolve()
        for name in package_assets():
            # top-level CSS/JS go on every page; sub-folders (vendor/, ...) are only served
            if "/" in name or not name.endswith((".css", ".js")):
                continue
            target = config.extra_css if name.endswith(".css") else config.extra_javascript
            if ASSETS_URI + name not in target:
                target.append(ASSETS_URI + name)
        # the one policy, for site_config/overrides/partials/ca-head-security.html
        config.extra["ca_content_security_policy"] = META_CSP
        # an instance, not a name: Markdown takes both, and no mkdocs.yml line is needed
        config.markdown_extensions.append(AlignClassesExtension())
        self.build: Build | None = None
        timing.reset()  # one build's timings (mkdocs serve rebuilds in the same process)
        if self.dirty_serve and self.inputs is not None:
            # A preview rebuild keeps the first build's sitemap and 404 page, as it keeps its
            # search index: rendering them walks all 38,000 pages at 10,000 reports.
            for name in ("sitemap.xml", "404.html"):
                config.theme.static_templates.discard(name)
        return config

    def on_files(self, files: Files, config) -> Files:
        if not config.site_url:
            raise PluginError(f"mkdocs.yml: site_url: {checks.SITE_URL_MISSING.code} set the site's public address "
                              "(e.g. https://example.org/archive/): feeds need absolute links")
        gc.unfreeze()  # a serve rebuild: the last build's archive may be collected now
        gc.disable()
        try:
            self.build = build_site_pages(self.root, self.content_dir, self.config_dir, self.load_cache,
                                          site_url=config.site_url, memo=self.memo,
                                          mkdocs_file=Path(config.config_file_path))
        finally:
            # The archive lives until the site is written: freeze it before the collector runs
            # again, so no collection rescans it (one full pass alone takes 1 s at 10,000 reports).
            gc.freeze()
            gc.enable()
        report_problems(self.build)
        archive = self.build.archive
        # one place: the header, page titles and meta description take the name and description
        # from site.yml, as the feeds do (content/mkdocs_settings.py); templates render after on_files
        config.site_name = archive.config.settings.name
        config.site_description = archive.config.settings.description or config.site_description
        self.reports = {r.src_uri: r for r in archive.reports}
        self.generated = {p.src_uri: p for p in self.build.pages}
        for file in files:
            if file.src_uri in self.reports:
                # thousands of reports in the nav make every page heavy and the build quadratic
                file.inclusion = InclusionLevel.NOT_IN_NAV
        if self.dirty_serve:
            files = self.kept.reuse(files, config)
        for page in self.build.pages:
            files.append(self.kept.get(page) or generated_file(config, page))
        for generated in self.build.files:
            files.append(self.kept.get(generated) or
                         GeneratedContentFile.generated(config, generated.src_uri, content=generated.content))
        for name, path in package_assets().items():
            files.append(File.generated(config, ASSETS_URI + name, abs_src_path=str(path)))
        if self.dirty_serve:
            self.mark_stale(files)
            self.kept.remember(files, self.build.pages, self.build.files)
        return files

    def mark_stale(self, files: Files) -> None:
        """Make MkDocs' dirty build also rebuild the pages an edit affects (see preview.py)."""
        self.next_inputs = BuildInputs.of(self.build.archive, self.build.pages, self.config_dir,
                                          self.build.files)
        stale = stale_pages(self.inputs, self.next_inputs)
        reread = self.reread_reports()
        for file in files:
            uri = file.src_uri
            if isinstance(file, GeneratedPageFile):
                file.changed = stale.everything or uri in stale.generated
            elif isinstance(file, GeneratedContentFile):
                file.changed = stale.everything or uri in stale.files
            elif stale.everything or uri in stale.reports or uri in reread or self.blocks_changed(uri):
                invalidate(file)
        memo = self.memo
        log.info("preview: %s; pages and files made %d, reused %d", "rebuilding every page"
                 if stale.everything else f"{len(stale.reports)} report headers, {len(stale.generated)} "
                 f"generated pages and {len(stale.files)} generated files changed", memo.made, memo.reused)

    def on_page_read_source(self, page, config) -> str | None:
        report = self.reports.get(page.file.src_uri)
        if report is None:
            return None
        # We have parsed and validated this front matter already; hand MkDocs only the title
        # it needs, instead of letting it re-parse every field with the pure-Python YAML loader.
        return f"---\ntitle: {json.dumps(report.title)}\n---\n{report.body}"

    def on_page_markdown(self, markdown: str, page, config, files) -> str:
        report = self.reports.get(page.file.src_uri)
        # Runs for every page before any is rendered, so nav titles are escaped too.
        escape_page_meta(page.meta, report.title if report else None)
        # Our own split of the front matter, so the body is exactly what we validated.
        return report.body if report else markdown

    def on_page_content(self, html: str, page, config, files) -> str:
        src_uri = page.file.src_uri
        if src_uri in self.generated:
            html = self.generated[src_uri].html
        elif src_uri in self.reports:
            with timing.timed("report-headers"):
                html = self.build.report_header(self.reports[src_uri]) + html
        with timing.timed("blocks"):
            filled, shown = fill_blocks(html, src_uri, self.build.archive)
        if self.dirty_serve and shown:
            self.block_pages[src_uri] = shown
        elif self.dirty_serve:
            self.block_pages.pop(src_uri, None)  # its blocks were taken out
        return filled

    def reread_reports(self) -> set[str]:
        """Reports whose file was read again since the last completed build. MkDocs alone
        compares the file's time with its page's: a save that lands while a rebuild runs
        is older than the page that rebuild writes from the earlier text, and would never
        be shown."""
        before = self.built_reports
        return {uri for uri, report in self.reports.items() if before.get(uri) is not report}

    def blocks_changed(self, src_uri: str) -> bool:
        """Whether a hand-written page's blocks would now show something else."""
        shown = self.block_pages.get(src_uri)
        return shown is not None and any(
            BLOCKS[name](self.build.archive, page_url(src_uri)) != html for name, html in shown)

    def on_post_page(self, output: str, page, config) -> str:
        return fix_theme_html(output)

    def on_post_template(self, output_content: str, template_name: str, config) -> str:
        # 404.html is rendered as a template, not a page
        return fix_theme_html(output_content) if template_name.endswith(".html") else output_content

    def refreshes_site_wide_steps(self) -> bool:
        # a dirty preview rebuild keeps the site-wide steps' output from the first build
        return not (self.dirty_serve and self.inputs is not None)

    def on_env(self, env, config, files: Files):
        # Every page's content is rendered now, and MkDocs has yet to write any page:
        # index the searchable ones on the other core meanwhile.
        if self.refreshes_site_wide_steps():
            with timing.timed("search:pages"):
                archive = self.build.archive
                fork = self.memo is None and worth_forking(len(archive.reports))  # a build, not serve
                self.search_index = start_search_index(files, commitment_documents(archive),
                                                       config.theme.get("language") or "en", fork,
                                                       Path(config.site_dir))
        return env

    def on_post_build(self, config):
        if self.refreshes_site_wide_steps():
            try:
                self.search_index.finish(Path(config.site_dir))  # timed in its steps
                run_post_build(self.build.archive, Path(config.site_dir))
            except (PostBuildError, SearchIndexError) as exc:
                raise PluginError(str(exc)) from None
        if self.dirty_serve:
            self.inputs = self.next_inputs
            self.built_reports = self.reports
            self.kept.forget_contents()
        log.debug("stage timings: %s", timing.snapshot()["seconds"])
        timing.write_if_requested()

    def on_build_error(self, error: Exception) -> None:
        if self.search_index is not None:
            self.search_index.cancel()

    def on_shutdown(self) -> None:
        self.on_build_error(None)

    def on_serve(self, server, config, builder):
        server.watch(str(self.config_dir))  # edits to site_config/ rebuild the preview too
        if watch_natively(server):
            log.info("watching for edits with the system's file notifications "
                     f"(set {POLLING_ENV}=1 to poll instead, as on a network drive)")
        return server


def package_assets() -> dict[str, Path]:
    """Every file in generator/site/assets/, by name, sorted so page order is stable."""
    root = Path(str(resources.files("generator.site").joinpath("assets")))
    return {p.relative_to(root).as_posix(): p for p in sorted(root.rglob("*")) if p.is_file()}


def start_search_index(files: Files, documents: list[SearchDocument], lang: str,
                       fork: bool = False, site_dir: Path | None = None) -> BackgroundIndex:
    index = BackgroundIndex(lang, fork=fork, site_dir=site_dir)
    index.add_documents(documents)
    for file in files.documentation_pages():
        page = file.page
        if page is not None and page.content and is_searchable(page.content):
            index.add(file.dest_uri, page.title, page.content)
    try:
        index.start()
    except SearchIndexError as exc:
        raise PluginError(str(exc)) from None
    return index


def report_problems(build: Build) -> None:
    """Log every problem; stop the build on errors so no report is silently left out."""
    if build.history_warn:
        log.warning(build.history_missing)  # --strict stops a deploy that would hide amendments
    elif build.history_missing:
        log.info(build.history_missing)
    for problem in build.problems.notes:
        log.info(str(problem))
    for problem in build.problems.warnings:
        log.warning(str(problem))
    errors = build.problems.errors
    for problem in errors:
        log.error(str(problem))
    if errors or build.archive is None:
        count = len(errors)
        raise PluginError(f"{count} error{'s' if count != 1 else ''} in content/ or site_config/ "
                          "(listed above); the site was not built, so no report is left out")


class GeneratedPageFile(File):
    """A generated page; in a dirty preview MkDocs rebuilds it only if its content changed."""

    changed = True

    def is_modified(self) -> bool:
        return self.changed


class KeptFiles:
    """The last build's File objects, handed to MkDocs again under `mkdocs serve --dirty`
    wherever nothing about them changed. MkDocs makes a Page for every File without one
    (get_navigation), and a fresh File and Page per page per rebuild is seconds at 10,000
    reports; a kept File keeps its Page, whose content MkDocs re-renders only if the page
    is modified. Any change to the build's settings (site_dir, site_config/) starts afresh."""

    def __init__(self) -> None:
        self.settings: tuple | None = None
        self.source: dict[str, File] = {}  # src_uri -> File of a file in content/
        self.made: dict[str, tuple[object, File]] = {}  # src_uri -> (GeneratedPage or GeneratedFile, File)

    def reuse(self, files: Files, config) -> Files:
        """files, with the last build's File in place of each that names the same source file."""
        settings = (config.site_dir, config.use_directory_urls, config.docs_dir, config.site_url)
        if settings != self.settings:
            self.settings, self.source, self.made = settings, {}, {}
        out = []
        for file in files:
            old = self.source.get(file.src_uri)
            same = old is not None and old.abs_src_path == file.abs_src_path and old.inclusion == file.inclusion
            out.append(old if same else file)
        return Files(out)

    def get(self, made) -> File | None:
        """The File for a generated page or file, if it is the very object of the last build."""
        kept = self.made.get(made.src_uri)
        return kept[1] if kept is not None and kept[0] is made else None

    def remember(self, files: Files, pages: list, generated: list) -> None:
        by_uri = {f.src_uri: f for f in files}
        self.source = {f.src_uri: f for f in files if f.abs_src_path and f.src_dir}
        self.made = {m.src_uri: (m, by_uri[m.src_uri]) for m in [*pages, *generated]}

    def forget_contents(self) -> None:
        """A kept Page need not hold last build's HTML (MkDocs re-renders it if it changes)."""
        for file in [*self.source.values(), *(f for _, f in self.made.values())]:
            if file.page is not None:
                file.page.content = file.page.markdown = None


class GeneratedContentFile(File):
    """A generated download, feed or data file; MkDocs rewrites every file made from content on
    every build, so in a dirty preview it is rewritten only if its bytes changed."""

    changed = True

    def is_modified(self) -> bool:
        return self.changed


def invalidate(file: File) -> None:
    """Date the page MkDocs built from this file before its source, so a dirty build redoes it."""
    if file.abs_src_path and os.path.isfile(file.abs_dest_path):
        os.utime(file.abs_dest_path, ns=(0, 0))


def _dirty_warning_filter(record: logging.LogRecord) -> bool:
    # MkDocs warns on every dirty build that links may be stale, which --strict turns into an
    # abort; the plugin rebuilds the pages an edit affects, so let the preview run strict.
    return not record.getMessage().startswith("A 'dirty' build is being performed")


def generated_file(config, page: GeneratedPage) -> File:
    front: dict = {"title": page.title}
    if page.description:
        front["description"] = page.description
    if page.alternates:  # read by partials/ca-head-feeds.html from page.meta
        front["alternates"] = [dataclasses.asdict(a) for a in page.alternates]
    content = "---\n" + "".join(f"{k}: {json.dumps(v)}\n" for k, v in front.items()) + "---\n"
    inclusion = InclusionLevel.INCLUDED if page.in_nav else InclusionLevel.NOT_IN_NAV
    return GeneratedPageFile.generated(config, page.src_uri, content=content, inclusion=inclusion)


def fill_blocks(html: str, src_uri: str, archive) -> tuple[str, tuple[tuple[str, str], ...]]:
    """The page with its blocks filled, and (block name, its HTML) for each."""
    if "council-archive:" not in html:  # most pages: a plain search, not a regex, for 28,000
        return html, ()
    shown: list[tuple[str, str]] = []

    def replace(match: re.Match) -> str:
        name = match.group(1)
        if name not in BLOCKS:
            known = ", ".join(sorted(BLOCKS))
            raise PluginError(f"{src_uri}: {checks.UNKNOWN_BLOCK.code} unknown block "
                              f"'<!-- council-archive:{name} -->' (known blocks: {known})")
        shown.append((name, BLOCKS[name](archive, page_url(src_uri))))
        return shown[-1][1]

    return BLOCK_MARKER.sub(replace, html), tuple(shown)
