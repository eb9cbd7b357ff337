"""The search index: Pagefind, run in its own processes while MkDocs still writes the site.

Once MkDocs has rendered every page's content (and before it renders the ~30,000
page templates), the searchable pages are known. Each is written as a small
document holding only what the theme marks as Pagefind's body (see
site_config/overrides/partials/content.html), and Pagefind indexes those on the
second core while MkDocs writes the site: at 10,000 reports indexing takes about
as long as writing the pages, and it no longer comes after it. The documents are
split into shards by date (shards.py), each indexed by its own Pagefind run, one
after another in a background thread, so at most one Pagefind holds its pages in
memory. The finished bundles are moved into site/pagefind/ (the newest) and
site/pagefind/shard-N/ only once every run has finished and been checked, so a
failed build leaves no index at all, never a half-written one.
"""
from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

from .pagefind_stable import UnexpectedFormat, stabilise
from .shards import (MANIFEST, VOCABULARY_URI, Shard, ShardSizes, document_date, manifest, plan_shards,
                     shard_filter_html, vocabulary_document, words_of)
from ..content.timing import timed
from ..content.meanwhile import Cancelled, Meanwhile
from ..site.search_data import MARKER

BUNDLE_DIR = "pagefind"  # under site_dir; search.js loads pagefind/pagefind.js from there
# Pagefind's own UIs need inline styles (blocked by the site's CSP) and are unused.
UNUSED_BUNDLE_FILES = ("pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js",
                       "pagefind-modular-ui.css", "pagefind-component-ui.js",
                       "pagefind-component-ui.css", "pagefind-highlight.js")
LIBRARY_FILES = ("pagefind.js", "pagefind-worker.js")
INDEX_TIMEOUT_S = 1800
# In the bundle: each filter's values and how many things each stands for, for the
# search filters' menus. Pagefind's own filter indexes are 330 KB at 10,000 reports and
# count a group of commitments as one.
FILTER_TOTALS = "filter-totals.json"
FILTER_VALUE = re.compile(r'data-pagefind-filter="([a-z]+)">([^<]*)<')
COUNT = re.compile(r'data-ca-search-count="(\d+)"')


@dataclass(frozen=True)
class SearchDocument:
    """A search document that is not a page of the site (search/groups.py makes them)."""

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


def bundle_dir_beside(site_dir: Path | None) -> Path | None:
    """A folder beside the site for Pagefind's bundles, so putting them in the site is a
    rename on one file system (from the RAM disk it was a copy: 3 s at 10,000 reports).
    None where that is not possible: the bundles are then written with the documents."""
    if site_dir is None:
        return None
    try:
        return Path(tempfile.mkdtemp(prefix=f".{site_dir.name}-search-", dir=site_dir.parent))
    except OSError:
        return None


def memory_temp_dir() -> str | None:
    """A RAM-backed folder if the system has one. The documents live for one build, and on
    a disk that discards freed blocks, deleting 28,000 of them alone took 15 s."""
    shm = Path("/dev/shm")
    return str(shm) if shm.is_dir() and os.access(shm, os.W_OK | os.X_OK) else None


# Pagefind closes a chunk of its word index once it holds this many page entries and
# positions (PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE in pagefind/src/options.rs, default
# 20,000). A query fetches the whole chunk of each word, its neighbours' postings too.
# Measured at 3,000 synthetic reports in two shards (benchmarks/shard_scale.py), as a
# host that gzips text sends it: a first "newest first" query for "youth parliament"
# 212 KB at 20,000, 181 KB at 5,000, 171 KB at 2,500; a later one 39, 19 and 16 KB;
# best match 270, 201 and 184 KB. One word is never split, so a common word's chunk
# is its own postings whatever the size. Set the variable to measure another size.
INDEX_CHUNK_SIZE = 2_500
CHUNK_SIZE_VARIABLE = "PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE"


def pagefind_environment() -> dict[str, str]:
    return {CHUNK_SIZE_VARIABLE: str(INDEX_CHUNK_SIZE), **os.environ}


def pagefind_command(source_dir: Path, output_dir: Path) -> list[str]:
    from pagefind_bin import get_executable

    return [str(get_executable()), "--site", str(source_dir), "--output-path", str(output_dir), "--quiet"]


WRITE_FAILED = "search index: could not write the pages or run Pagefind: "


class BackgroundIndex:
    """Documents in, sharded Pagefind bundles out: add() every searchable page, start(),
    and finish(site_dir) when MkDocs has written the site. The shards (shards.py) are
    indexed one after another in a background thread, so at most one Pagefind runs."""

    def __init__(self, lang: str, sizes: ShardSizes | None = None, fork: bool = False,
                 site_dir: Path | None = None):
        self.lang = lang
        # write the documents in a forked copy (content/meanwhile.py), so the build goes on
        # writing its pages meanwhile: at 10,000 reports that is 5 s off the build's core
        self.fork = fork
        self.writer: Meanwhile | None = None
        self.sizes = sizes or ShardSizes()
        self.work = Path(tempfile.mkdtemp(prefix="council-archive-search-", dir=memory_temp_dir()))
        self.bundles = bundle_dir_beside(site_dir) or self.work
        self.documents: list[tuple[str, str, str, bool, tuple]] = []
        self.dates: list[str | None] = []
        self.shards: list[Shard] = []
        self.runner: threading.Thread | None = None
        self.proc: subprocess.Popen | None = None
        self.failure: str | None = None
        self.cancelled = False

    def add(self, dest_uri: str, title: str, content: str, heading: bool = True) -> None:
        """A page's body (the theme gives it a heading), or with heading=False a search
        document that is no page (search/groups.py)."""
        block = search_block(content)
        count = COUNT.search(block)
        counts = tuple((name, html.unescape(value), int(count.group(1)) if count else 1)
                       for name, value in FILTER_VALUE.findall(block))
        # MkDocs holds the strings anyway
        self.documents.append((dest_uri, title, content, heading, counts))
        self.dates.append(document_date(block))

    def add_documents(self, documents: list[SearchDocument]) -> None:
        for document in documents:
            self.add(document.dest_uri, document.title, document.content, heading=False)

    def write_documents(self) -> list[list[tuple]]:
        # Pagefind numbers pages in the order the file system lists them, and a RAM disk lists
        # them as created: write them in one order, so the same site gives the same bundle.
        vocabularies = []
        for shard in self.shards:
            extra = shard_filter_html(shard, len(self.shards))
            words: set[str] = set()
            for dest_uri, title, content, heading, _ in shard.documents:
                path = self.pages(shard) / dest_uri  # same path as in site/, so Pagefind gives the same URL
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(search_document(title, content + extra, self.lang, heading), encoding="utf-8")
                if len(self.shards) > 1:
                    words |= words_of(content)
            vocabularies.append(words)
            shard.documents = [d[:1] + d[4:] for d in shard.documents]  # keep uri and filter counts only
        if len(self.shards) > 1:
            self.write_vocabularies(vocabularies)
        self.documents.clear()
        self.dates.clear()
        return [shard.documents for shard in self.shards]

    def write_vocabularies(self, vocabularies: list[set[str]]) -> None:
        """Give each shard the words of the archive it lacks (shards.vocabulary_document)."""
        everything = set().union(*vocabularies)
        for shard, words in zip(self.shards, vocabularies):
            if everything - words:
                path = self.pages(shard) / VOCABULARY_URI
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(vocabulary_document(everything - words, self.lang), encoding="utf-8")

    def pages(self, shard: Shard) -> Path:
        return self.work / f"pages-{shard.number}"

    def bundle(self, shard: Shard) -> Path:
        return self.bundles / f"bundle-{shard.number}"

    def start(self) -> None:
        if not self.documents:
            return  # nothing to search; Pagefind would refuse an empty site
        self.shards = plan_shards(self.documents, self.dates, self.sizes)
        if self.fork:
            self.writer = Meanwhile(self.write_documents)
            self.documents.clear()  # the copy's now (MkDocs holds the pages' text anyway)
            self.dates.clear()
        else:
            try:
                self.write_documents()
            except OSError as exc:
                self.cancel()
                raise SearchIndexError(f"{WRITE_FAILED}{exc}") from None
        self.runner = threading.Thread(target=self.index_shards, name="pagefind", daemon=True)
        self.runner.start()

    def documents_written(self) -> bool:
        """Wait for the forked copy to write the documents (if one does); False if it failed."""
        if self.writer is None:
            return True
        try:
            for shard, kept in zip(self.shards, self.writer.result()):
                shard.documents = kept
        except Cancelled:
            return False
        except OSError as exc:  # the copy failed, and so did writing them here
            self.failure = f"{WRITE_FAILED}{exc}"
            return False
        return True

    def index_shards(self) -> None:
        """In the background: one Pagefind run per shard, newest first, one at a time."""
        if not self.documents_written():
            return
        for shard in self.shards:
            try:
                proc = subprocess.Popen(pagefind_command(self.pages(shard), self.bundle(shard)),
                                        stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                        stderr=subprocess.PIPE, text=True, env=pagefind_environment())
            except OSError as exc:
                self.failure = f"search index: could not run Pagefind: {exc}"
                return
            self.proc = proc
            if self.cancelled:
                proc.kill()
            try:
                output = _wait(proc)
            except subprocess.TimeoutExpired:
                self.failure = f"search index: Pagefind took over {INDEX_TIMEOUT_S} s on a shard and was stopped"
                return
            if proc.returncode != 0 or not (self.bundle(shard) / "pagefind.js").is_file():
                self.failure = f"search index: Pagefind failed (exit {proc.returncode}): {output}"
                return
            shutil.rmtree(self.pages(shard), ignore_errors=True)

    def finish(self, site_dir: Path, target: str = BUNDLE_DIR) -> None:
        """Wait for Pagefind, check its bundles, and put them in site_dir/pagefind/."""
        try:
            if self.runner is not None:
                with timed("post-build:search"):  # waiting for Pagefind
                    self.runner.join(INDEX_TIMEOUT_S * len(self.shards))  # each run has its own timeout too
                if self.runner.is_alive():
                    raise SearchIndexError(f"search index: Pagefind took over {INDEX_TIMEOUT_S} s a shard "
                                           "and was stopped")
                if self.failure:
                    raise SearchIndexError(self.failure)
                with timed("post-build:search-assemble"):
                    bundle = self.assemble()
                with timed("post-build:search-install"):
                    install_bundle(bundle, site_dir / target)
        finally:
            self.cancel()

    def assemble(self) -> Path:
        """The newest shard's bundle with the older ones in it, the manifest and totals."""
        totals = [shard_totals(shard) for shard in self.shards]
        overall = merge_totals(totals)
        root = self.bundle(self.shards[0])
        for shard in self.shards:
            try:
                finish_bundle(self.bundle(shard), keep_library=shard.number == 0)
            except (UnexpectedFormat, OSError, KeyError) as exc:
                raise SearchIndexError(f"search index: could not put Pagefind's filters in order: {exc}") from None
            if shard.number:
                shutil.move(str(self.bundle(shard)), str(root / shard.folder))
        write_json(root / FILTER_TOTALS, ordered_totals(overall))
        write_json(root / MANIFEST, manifest(self.shards, [ordered_totals(t) for t in totals],
                                             ordered_totals(overall)))
        return root

    def cancel(self) -> None:
        """Stop the indexer (a failed build) and remove its files."""
        self.cancelled = True
        if self.writer is not None and self.runner is not threading.current_thread():
            self.writer.cancel()
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
        if self.runner is not None and self.runner is not threading.current_thread():
            self.runner.join()
        shutil.rmtree(self.work, ignore_errors=True)
        shutil.rmtree(self.bundles, ignore_errors=True)


def shard_totals(shard: Shard) -> dict[str, dict[str, int]]:
    totals: dict[str, dict[str, int]] = {}
    for _, counts in shard.documents:
        for name, value, n in counts:
            values = totals.setdefault(name, {})
            values[value] = values.get(value, 0) + n
    return totals


def merge_totals(parts: list[dict[str, dict[str, int]]]) -> dict[str, dict[str, int]]:
    merged: dict[str, dict[str, int]] = {}
    for part in parts:
        for name, values in part.items():
            into = merged.setdefault(name, {})
            for value, n in values.items():
                into[value] = into.get(value, 0) + n
    return merged


def _wait(proc: subprocess.Popen) -> str:
    try:
        out, err = proc.communicate(timeout=INDEX_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        raise
    return (err + out).strip()


def write_json(path: Path, value) -> None:
    path.write_text(json.dumps(value, ensure_ascii=False, separators=(",", ":")), "utf-8")


def ordered_totals(totals: dict[str, dict[str, int]]) -> dict[str, dict[str, int]]:
    return {name: dict(sorted(values.items())) for name, values in sorted(totals.items())}


def finish_bundle(bundle: Path, keep_library: bool) -> None:
    """Drop what the site never loads and put the filters in order (same commit, same
    bytes). An older shard is only merged into the newest one's library (mergeIndex),
    so it needs no library of its own."""
    unused = list(UNUSED_BUNDLE_FILES)
    if not keep_library:
        unused += [p.name for p in bundle.glob("wasm.*.pagefind")] + list(LIBRARY_FILES)
    for name in unused:
        (bundle / name).unlink(missing_ok=True)
    stabilise(bundle)


def install_bundle(bundle: Path, target: Path) -> None:
    shutil.rmtree(target, ignore_errors=True)  # never keep a stale chunk of an earlier build
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.move(str(bundle), str(target))


def index_built_site(site_dir: Path, documents: list[SearchDocument], lang: str = "en",
                     sizes: ShardSizes | None = None, target: str = BUNDLE_DIR, fork: bool = False) -> None:
    """Index a site already written (benchmarks, tests): the same documents from its pages,
    with the documents that are no page (search_groups.commitment_documents(archive)),
    into site_dir/target (tests put a second, differently sharded index beside the first)."""
    index = BackgroundIndex(lang, sizes, fork, site_dir)
    try:
        index.add_documents(documents)
        for path in sorted(site_dir.rglob("*.html")):
            if not set(path.relative_to(site_dir).parts).isdisjoint({BUNDLE_DIR, *target.split("/")}):
                continue
            document = _searchable_body(path.read_text("utf-8", errors="replace"))
            if document is not None:
                index.add(path.relative_to(site_dir).as_posix(), *document)
        index.start()
        index.finish(site_dir, target)
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
