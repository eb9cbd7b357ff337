"""The search index: Pagefind, run in its own process while MkDocs still writes the site.

Once MkDocs has rendered every page's content (and before it renders the ~30,000
page templates), the searchable pages are known. Each is written as a small
document holding only what the theme marks as Pagefind's body (see
site_config/overrides/partials/content.html), and Pagefind indexes those on the
second core while MkDocs writes the site: at 10,000 reports indexing takes about
as long as writing the pages, and it no longer comes after it. The finished
bundle is moved into site/pagefind/ only once Pagefind has finished and it has
been checked, so a failed build leaves no index at all, never a half-written one.
"""
from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .pagefind_stable import UnexpectedFormat, stabilise
from ..site.search_data import MARKER

BUNDLE_DIR = "pagefind"  # under site_dir; search.js loads pagefind/pagefind.js from there
# Pagefind's own UIs need inline styles (blocked by the site's CSP) and are unused.
UNUSED_BUNDLE_FILES = ("pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js",
                       "pagefind-modular-ui.css", "pagefind-component-ui.js",
                       "pagefind-component-ui.css", "pagefind-highlight.js")
INDEX_TIMEOUT_S = 1800
# In the bundle: each filter's values and how many things each stands for, for the
# search filters' menus. Pagefind's own filter indexes are 330 KB at 10,000 reports and
# count a group of commitments as one.
FILTER_TOTALS = "filter-totals.json"
FILTER_VALUE = re.compile(r'data-pagefind-filter="([a-z]+)">([^<]*)<')
COUNT = re.compile(r'data-ca-search-count="(\d+)"')


@dataclass(frozen=True)
class SearchDocument:
    """A search document that is not a page of the site (search_groups.py makes them)."""

    dest_uri: str
    title: str
    content: str


class SearchIndexError(RuntimeError):
    """The indexer failed; the message says why, without a traceback."""


def is_searchable(content: str) -> bool:
    """Pages carrying generator.site.search_data.search_data(...) are indexed; no other page is."""
    return MARKER in content


def search_document(title: str, content: str, lang: str, heading: bool = True) -> str:
    """What Pagefind reads of a page: the body exactly as partials/content.html marks it
    (with the <h1> the theme adds when the content has none), and nothing else."""
    heading = "" if "<h1" in content or not heading else f"<h1>{title}</h1>"
    return (f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>'
            f'</head><body><div data-pagefind-body>{heading}{content}</div></body></html>')


def search_block(content: str) -> str:
    """The hidden block search_data() made (templates/search_data.html), where a page's
    filters are: scanning it alone spares reading all 10,000 reports' text again."""
    start = content.find("ca-search-data")
    return content[start:content.find("</div>", start)] if start >= 0 else ""


def memory_temp_dir() -> str | None:
    """A RAM-backed folder if the system has one. The documents live for one build, and on
    a disk that discards freed blocks, deleting 28,000 of them alone took 15 s."""
    shm = Path("/dev/shm")
    return str(shm) if shm.is_dir() and os.access(shm, os.W_OK | os.X_OK) else None


def pagefind_command(source_dir: Path, output_dir: Path) -> list[str]:
    from pagefind_bin import get_executable

    return [str(get_executable()), "--site", str(source_dir), "--output-path", str(output_dir), "--quiet"]


class BackgroundIndex:
    """Documents in, a Pagefind bundle out: add() every searchable page, start(), and
    finish(site_dir) when MkDocs has written the site."""

    def __init__(self, lang: str):
        self.lang = lang
        self.work = Path(tempfile.mkdtemp(prefix="council-archive-search-", dir=memory_temp_dir()))
        self.pages = self.work / "pages"
        self.bundle = self.work / BUNDLE_DIR
        self.documents: list[tuple[str, str, str, bool]] = []
        self.totals: dict[str, dict[str, int]] = {}
        self.proc: subprocess.Popen | None = None

    def add(self, dest_uri: str, title: str, content: str, heading: bool = True) -> None:
        """A page's body (the theme gives it a heading), or with heading=False a search
        document that is no page (search_groups.py)."""
        self.documents.append((dest_uri, title, content, heading))  # MkDocs holds the strings anyway
        block = search_block(content)
        count = COUNT.search(block)
        for name, value in FILTER_VALUE.findall(block):
            values = self.totals.setdefault(name, {})
            value = html.unescape(value)
            values[value] = values.get(value, 0) + (int(count.group(1)) if count else 1)

    def add_documents(self, documents: list[SearchDocument]) -> None:
        for document in documents:
            self.add(document.dest_uri, document.title, document.content, heading=False)

    def write_documents(self) -> None:
        # Pagefind numbers pages in the order the file system lists them, and a RAM disk lists
        # them as created: write them in one order, so the same site gives the same bundle.
        for dest_uri, title, content, heading in sorted(self.documents):
            path = self.pages / dest_uri  # same path as in site/, so Pagefind gives the same URL
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(search_document(title, content, self.lang, heading), encoding="utf-8")
        self.documents.clear()

    def start(self) -> None:
        if not self.documents:
            return  # nothing to search; Pagefind would refuse an empty site
        try:
            self.write_documents()
            self.proc = subprocess.Popen(pagefind_command(self.pages, self.bundle), stdin=subprocess.DEVNULL,
                                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        except OSError as exc:
            self.cancel()
            raise SearchIndexError(f"search index: could not write the pages or run Pagefind: {exc}") from None

    def finish(self, site_dir: Path) -> None:
        """Wait for Pagefind, check its bundle, and put it in site_dir/pagefind/."""
        try:
            if self.proc is not None:
                output = _wait(self.proc)
                check_bundle(self.bundle, self.proc.returncode, output)
                write_totals(self.bundle / FILTER_TOTALS, self.totals)
                install_bundle(self.bundle, site_dir / BUNDLE_DIR)
        finally:
            self.cancel()

    def cancel(self) -> None:
        """Stop the indexer (a failed build) and remove its files."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        shutil.rmtree(self.work, ignore_errors=True)


def _wait(proc: subprocess.Popen) -> str:
    try:
        out, err = proc.communicate(timeout=INDEX_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        raise SearchIndexError(f"search index: Pagefind took over {INDEX_TIMEOUT_S} s and was stopped") from None
    return (err + out).strip()


def check_bundle(bundle: Path, returncode: int, output: str) -> None:
    if returncode != 0 or not (bundle / "pagefind.js").is_file():
        raise SearchIndexError(f"search index: Pagefind failed (exit {returncode}): {output}")


def write_totals(path: Path, totals: dict[str, dict[str, int]]) -> None:
    ordered = {name: dict(sorted(values.items())) for name, values in sorted(totals.items())}
    path.write_text(json.dumps(ordered, ensure_ascii=False, separators=(",", ":")), "utf-8")


def install_bundle(bundle: Path, target: Path) -> None:
    for name in UNUSED_BUNDLE_FILES:
        (bundle / name).unlink(missing_ok=True)
    try:
        stabilise(bundle)  # same commit, same bytes
    except (UnexpectedFormat, OSError, KeyError) as exc:
        raise SearchIndexError(f"search index: could not put Pagefind's filters in order: {exc}") from None
    shutil.rmtree(target, ignore_errors=True)  # never keep a stale chunk of an earlier build
    shutil.move(str(bundle), str(target))


def index_built_site(site_dir: Path, documents: list[SearchDocument], lang: str = "en") -> None:
    """Index a site already written (benchmarks, tests): the same documents from its pages,
    with the documents that are no page (search_groups.commitment_documents(archive))."""
    index = BackgroundIndex(lang)
    try:
        index.add_documents(documents)
        for path in sorted(site_dir.rglob("*.html")):
            if BUNDLE_DIR in path.relative_to(site_dir).parts:
                continue
            document = _searchable_body(path.read_text("utf-8", errors="replace"))
            if document is not None:
                index.add(path.relative_to(site_dir).as_posix(), *document)
        index.start()
        index.finish(site_dir)
    finally:
        index.cancel()


def _searchable_body(page_html: str) -> tuple[str, str] | None:
    """(title, content) of a written page's Pagefind body, or None."""
    from lxml import html as lxml_html

    if "data-pagefind-body" not in page_html:
        return None
    body = lxml_html.fromstring(page_html).xpath("//*[@data-pagefind-body]")[0]
    inner = (body.text or "") + "".join(lxml_html.tostring(child, encoding="unicode") for child in body)
    return "", inner
