"""The thin MkDocs adapter, the only module that imports mkdocs: it turns MkDocs' events into
the steps of pipeline.stages() and hands MkDocs the pages. on_startup keeps this instance (and
the cache) across `mkdocs serve` rebuilds; on_config adds our assets; on_files runs the core
(load to pages); on_page_* hands over each page; on_env the search documents; on_post_build
the post-build writing."""
from __future__ import annotations

import gc
import json
import logging
import os
import threading
from pathlib import Path

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.config_options import ExtraScriptValue
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel

from ..content import catalogue as checks
from ..content import timing
from ..pipeline import Build, Project, UnknownBlock, messages, open_cache, stages, warm_up
from ..preview import dirty_warning_filter, preview_built, preview_site, serves_a_temporary_folder
from ..search.index import SearchIndexError
from ..site.html_fixes import escape_page_meta, fix_theme_html
from ..site.kinds.security import META_CSP
from ..site.markdown_tables import AlignClassesExtension
from ..site.pages import ASSETS_URI, STYLES, GeneratedPage, package_assets, site_scripts
from .watching import POLLING_ENV, watch_natively

log = get_plugin_logger("council-archive")


class ArchiveConfig(base.Config):
    config_dir = c.Type(str, default="site_config")


class ArchivePlugin(BasePlugin[ArchiveConfig]):
    serve = dirty = False  # set again by on_startup, which MkDocs calls first on build and serve alike

    def on_startup(self, command: str, dirty: bool) -> None:
        # Having on_startup keeps this instance across `mkdocs serve` rebuilds, and with it the cache.
        self.serve, self.dirty = command == "serve", command == "serve" and dirty
        self.cache, self.site_key, self.builds = None, None, 0
        if self.dirty:
            logging.getLogger("mkdocs.commands.build").addFilter(dirty_warning_filter)
            log.info("fast preview: only edited reports and the pages that depend on them are rebuilt; "
                     "post-build steps (such as the search index) are not refreshed")
        elif self.serve:
            log.info("every save rebuilds the whole archive; `mkdocs serve --dirty` rebuilds only what the edit affects")

    def on_config(self, config):
        root = Path(config.config_file_path).resolve().parent
        self.project = Project(root, Path(config.docs_dir).resolve(), (root / self.config.config_dir).resolve(),
                               Path(config.config_file_path), config.site_url or "",
                               config.theme.get("language") or "en", Path(config.site_dir), self.serve,
                               search=not (self.dirty and self.builds))  # a rebuild keeps the first's index
        timing.reset()  # one build's timings (mkdocs serve rebuilds in the same process)
        self.cache = self.cache or open_cache(root)
        if self.dirty and serves_a_temporary_folder(Path(config.site_dir)):  # the preview's site is kept between runs:
            # a cold start rebuilds what changed
            site_dir, self.site_key, built = preview_site(self.project, self.cache)
            config.site_dir, self.project.site_dir, self.project.search = str(site_dir), site_dir, not built
        if ASSETS_URI + STYLES not in config.extra_css:  # on every page: one stylesheet, deferred scripts
            config.extra_css.append(ASSETS_URI + STYLES)
            config.extra_javascript += [_deferred(path) for path in site_scripts()]
        config.extra["ca_content_security_policy"] = META_CSP  # for partials/ca-head-security.html
        config.markdown_extensions.append(AlignClassesExtension())  # an instance: no mkdocs.yml line needed
        if not self.project.search:  # a preview rebuild keeps the first build's sitemap and 404 page,
            for name in ("sitemap.xml", "404.html"):  # as its search index: they walk every page
                config.theme.static_templates.discard(name)
        return config

    def on_files(self, files: Files, config) -> Files:
        if not config.site_url:
            raise PluginError(f"mkdocs.yml: site_url: {checks.SITE_URL_MISSING.code} set the site's public address "
                              "(e.g. https://example.org/archive/): feeds need absolute links")
        gc.unfreeze()  # a serve rebuild: the last build's archive may be collected now
        self.run = stages(self.project, self.cache)
        try:
            self.build: Build = next(self.run)
        finally:  # the archive lives until the site is written: no collection should rescan it
            gc.freeze()
        report_problems(self.build)
        settings = self.build.archive.config.settings  # one place for the name: site.yml (as the feeds)
        config.site_name, config.site_description = settings.name, settings.description or config.site_description
        self.reports = {r.src_uri: r for r in self.build.archive.reports}
        self.generated = {p.src_uri: p for p in self.build.pages}
        for file in files:  # thousands of reports in the nav make every page heavy and the build quadratic
            if file.src_uri in self.reports:
                file.inclusion = InclusionLevel.NOT_IN_NAV
        settings = (config.site_dir, config.use_directory_urls, config.docs_dir, config.site_url)
        out = [self.kept(f, (f.abs_src_path, f.inclusion, settings), lambda f=f: f) for f in files]
        out += [self.kept(p, (p, settings), lambda p=p: generated_file(config, p)) for p in self.build.pages]
        out += [self.kept(g, (g, settings), lambda g=g: GeneratedFile.generated(config, g.src_uri, content=g.content))
                for g in self.build.files]
        out += [File.generated(config, ASSETS_URI + name, abs_src_path=str(path))
                for name, path in package_assets().items()]
        self.files = Files(out)
        if self.dirty:
            self.mark_stale(self.files)
        return self.files

    def kept(self, made, key: tuple, make):
        """Under --dirty, the last build's File of the same source or made page (and its Page)."""
        if not self.dirty:
            return make()
        return self.cache.get(("mkdocs-file", made.src_uri), key, make, disk=False)

    def mark_stale(self, files: Files) -> None:
        """Make MkDocs' dirty build also rebuild the pages an edit affects (preview.py)."""
        stale, last = self.build.stale, self.cache.peek(("preview-built",), "reports", {})  # src_uri -> digest
        for file in files:
            uri = file.src_uri
            if isinstance(file, GeneratedFile):
                file.changed = stale.everything or uri in (stale.generated if file.page_kind else stale.files)
            else:
                report = self.reports.get(uri)
                redo = (stale.everything or uri in stale.reports or (report is not None and last.get(uri) !=
                        report.digest) or self.blocks_changed(uri))
                if redo:
                    invalidate(file)  # a report edited since it was last shown (a save during a rebuild)
                if report is not None:  # known by its digest: MkDocs need not stat page and source, twice
                    file.is_modified = (lambda: True) if redo or not os.path.isfile(file.abs_dest_path) else (lambda: False)
        log.info("preview: %s; pages and files made %d, reused %d", "rebuilding every page" if stale.everything
                 else f"{len(stale.reports)} report headers, {len(stale.generated)} generated pages and "
                 f"{len(stale.files)} generated files changed", self.cache.made, self.cache.reused)

    def blocks_changed(self, src_uri: str) -> bool:  # would a hand-written page's blocks show something else?
        shown = self.cache.peek(("blocks", src_uri), "shown")
        return shown is not None and any(self.build.block(name, src_uri) != html for name, html in shown)

    def on_page_read_source(self, page, config) -> str | None:  # read and checked: MkDocs needs the title
        report = self.reports.get(page.file.src_uri)
        return None if report is None else f"---\ntitle: {json.dumps(report.title)}\n---\n{report.body}"

    def on_page_markdown(self, markdown: str, page, config, files) -> str:
        report = self.reports.get(page.file.src_uri)
        escape_page_meta(page.meta, report.title if report else None)  # before any page renders: nav titles too
        return report.body if report else markdown  # our own split of the front matter, as validated

    def on_page_content(self, html: str, page, config, files) -> str:
        src_uri = page.file.src_uri
        if src_uri in self.generated:
            html = self.generated[src_uri].html
        elif src_uri in self.reports:
            html = self.build.report_header(self.reports[src_uri]) + html
        try:
            html, shown = self.build.fill_blocks(html, src_uri)
        except UnknownBlock as exc:
            raise PluginError(str(exc)) from None
        if self.dirty and shown:  # what its blocks showed, to know when to rebuild the page
            self.cache.put(("blocks", src_uri), "shown", shown)
        return html

    def on_post_page(self, output: str, page, config) -> str:
        return fix_theme_html(output)

    def on_post_template(self, output: str, template_name: str, config) -> str:  # 404.html
        return fix_theme_html(output) if template_name.endswith(".html") else output

    def on_env(self, env, config, files: Files):
        # Every page's content is rendered now, and MkDocs has yet to write any page.
        if self.dirty:  # the last rebuild's theme environment, templates compiled (0.2 s), if theme and overrides agree
            key = (tuple(config.theme.dirs), str(config.theme.locale), self.build.archive.config.digest)
            env = self.cache.get(("mkdocs-env",), key, lambda: env, disk=False)
        self.theme_env = env
        rendered = [(f.dest_uri, f.page.title, f.page.content) for f in files.documentation_pages()
                    if f.page is not None and f.page.content] if self.project.search else []
        try:
            self.run.send(rendered)
        except SearchIndexError as exc:
            raise PluginError(str(exc)) from None
        return env

    def on_post_build(self, config):
        try:
            self.run.send(Path(config.site_dir))
        except StopIteration:
            pass
        except SearchIndexError as exc:
            raise PluginError(str(exc)) from None
        self.builds += 1
        if self.dirty and self.builds == 1:  # while the preview waits for its first edit
            threading.Thread(target=warm_up(self.build, self.theme_env), daemon=True).start()
        if self.dirty:
            self.cache.put(("preview-built",), "reports", {uri: r.digest for uri, r in self.reports.items()})
            if self.site_key:
                preview_built(Path(config.site_dir), self.site_key)
            for file in self.files:  # a kept Page need not hold this build's HTML (re-rendered if modified)
                if file.page is not None:
                    file.page.content = file.page.markdown = None

    def on_build_error(self, error: Exception) -> None:
        if getattr(self, "build", None) is not None and self.build.search is not None:
            self.build.search.cancel()

    def on_shutdown(self) -> None:
        self.on_build_error(None)
        if self.serve and self.cache is not None:  # the end of a preview: its cache, for the next start
            self.cache.save()

    def on_serve(self, server, config, builder):
        server.root = config.site_dir  # under --dirty, the kept preview site, not serve's temporary folder
        server.watch(str(self.project.config_dir))  # edits to site_config/ rebuild the preview too
        if watch_natively(server):
            log.info("watching for edits with the system's file notifications "
                     f"(set {POLLING_ENV}=1 to poll instead, as on a network drive)")
        return server


def _deferred(path: str) -> ExtraScriptValue:
    script = ExtraScriptValue(path)
    script.defer = True  # none holds up a paint
    return script


def report_problems(build: Build) -> None:
    """Log every problem (warnings count for --strict); stop the build on errors."""
    for level, text in messages(build):
        if level == "stop":
            raise PluginError(text)
        getattr(log, level)(text)


class GeneratedFile(File):
    """A generated page, download, feed or data file: in a dirty preview MkDocs rebuilds a page,
    or rewrites a file, only if what we made of it changed (MkDocs rewrites every file made
    from content on every build)."""

    changed = True
    page_kind = False

    def is_modified(self) -> bool:
        return self.changed


def invalidate(file: File) -> None:  # dates its page before its source: a dirty build redoes it
    if file.abs_src_path and os.path.isfile(file.abs_dest_path):
        os.utime(file.abs_dest_path, ns=(0, 0))


def generated_file(config, page: GeneratedPage) -> File:
    inclusion = InclusionLevel.INCLUDED if page.in_nav else InclusionLevel.NOT_IN_NAV
    made = GeneratedFile.generated(config, page.src_uri, content=page.front_matter(), inclusion=inclusion)
    made.page_kind = True
    return made
