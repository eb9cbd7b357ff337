"""Search at archive scale: what a reader downloads, and what indexing costs.

    .venv/bin/python benchmarks/search_bench.py [--reports 10000] [--work DIR]

Synthesises an archive of N reports (benchmarks/synth.py), builds it with
`mkdocs build --strict` (which runs the Pagefind indexer), re-runs the indexer
alone to time it, then drives headless Chromium against the built site and
prints: bytes fetched by a first query (Pagefind's library, WebAssembly, index
chunks and the shown results' fragments) and by a later one, the filters'
bytes, the index size on disk, indexing time and peak memory (RSS summed over
the process tree). Targets at 10,000 reports (issue 17): a first query from a shared
link at most 250 KB of Pagefind's files as a host that gzips text sends them, later
queries at most 50 KB.
A figure script, not a test: it asserts nothing and is not run by the suite.
"""
from __future__ import annotations

import argparse
import functools
import gzip
import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT / "benchmarks"))
sys.path.insert(0, str(REPO_ROOT / "tests"))
sys.path.insert(0, str(REPO_ROOT))

# (first query, later query) pairs, each pair on a fresh page. Shares of the
# 10,000 reports (seed 0) containing each word are printed with the figures:
# the example and a topic word of one portfolio (youth 15%, parliament 7%,
# fostering 5%); a place and a person (belmouth 1.1%, alan/wardley); a word in
# one report and a common surname (brancliffe 0.01%, thompson 6%).
QUERY_PAIRS = (("youth parliament", "fostering"), ("belmouth", "alan wardley"),
               ("brancliffe", "thompson"))
# The first pair's first query again, typed as a person on a phone types: the
# dialog searches whenever typing pauses, so it also fetches what the
# half-typed words need.
HUMAN_KEY_MS = (200, 350)
# Shared links to the search page, as a first query: two common words and one common
# word, in both orders; then a later query typed on the same page. Targets at 10,000
# reports (issue 17): first query at most 250 KB of Pagefind's files as a host that
# gzips text sends them, later queries at most 50 KB.
SHARED_LINKS = (("youth parliament", "fostering"), ("inspection", "thompson"))
# A link without sort= is newest first, the default; best match is sort=relevance.
ORDERS = (("newest first, the default", ""), ("best match", "&sort=relevance"))
SETTLE_MS = 1000
TEXT_TYPES = (".js", ".css", ".json", ".html", "/")  # what a host compresses; Pagefind's files are gzip already
PAGE_SIZE = 4096


def tree_rss(pid: int) -> int:
    """Resident bytes of pid and all its descendants, from /proc."""
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        try:
            with open(f"/proc/{current}/statm") as f:
                total += int(f.read().split()[1]) * PAGE_SIZE
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as f:
                    stack += [int(c) for c in f.read().split()]
        except (FileNotFoundError, ProcessLookupError):
            continue
    return total


def run_measured(cmd: list[str], **kwargs) -> tuple[float, int, subprocess.CompletedProcess]:
    """Run cmd; return (seconds, peak RSS of its process tree in bytes, result)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kwargs)
    peak = 0
    out: dict[str, str] = {}
    reader = threading.Thread(target=lambda: out.update(zip(("out", "err"), proc.communicate())))
    reader.start()
    while reader.is_alive():
        peak = max(peak, tree_rss(proc.pid))
        reader.join(0.05)
    seconds = time.perf_counter() - start
    return seconds, peak, subprocess.CompletedProcess(cmd, proc.returncode, out["out"], out["err"])


def build(project: Path) -> tuple[float, int]:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", SOURCE_DATE_EPOCH="1700000000")
    seconds, peak, proc = run_measured(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f", str(project / "mkdocs.yml")],
        cwd=project, env=env)
    if proc.returncode != 0:
        sys.exit(f"build failed:\n{proc.stderr[-3000:]}")
    return seconds, peak


def index_alone(project: Path) -> tuple[float, int]:
    """The indexer on its own, on the built site: (seconds, Pagefind's peak RSS). The
    commitment groups come from the core, which runs first and is not counted."""
    code = ("import json, resource, sys, time; from pathlib import Path; "
            "from generator.pipeline import check_archive; "
            "from generator.search.groups import commitment_documents; "
            "from generator.search.index import index_built_site; "
            "p = Path(sys.argv[1]); archive = check_archive(p, p / 'content', p / 'site_config').archive; "
            "documents = commitment_documents(archive); start = time.perf_counter(); "
            "index_built_site(p / 'site', documents); "
            "print(json.dumps([time.perf_counter() - start, "
            "resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024]))")
    _, _, proc = run_measured([sys.executable, "-c", code, str(project)], cwd=REPO_ROOT)
    if proc.returncode != 0:
        sys.exit(f"indexing failed:\n{proc.stderr}")
    seconds, peak = json.loads(proc.stdout.strip().splitlines()[-1])
    return seconds, peak


def dir_bytes(path: Path) -> tuple[int, int]:
    files = [p for p in path.rglob("*") if p.is_file()]
    return sum(p.stat().st_size for p in files), len(files)


class Meter:
    """Bytes of every response body the page receives, from when it is reset."""

    def __init__(self, page):
        self.responses: list[tuple[str, int]] = []
        page.on("requestfinished", self.record)

    def record(self, request) -> None:
        size = request.sizes()["responseBodySize"]
        # Chromium reports 0 for a worker's own script (pagefind-worker.js): count
        # what the server sent instead.
        response = request.response()
        length = response.header_value("content-length") if response else None
        self.responses.append((request.url, max(size, int(length or 0))))

    def take(self) -> list[tuple[str, int]]:
        taken, self.responses = self.responses, []
        return taken


def query(page, meter: Meter, words: str, first: bool = False, key_ms: int = 0) -> list[tuple[str, int]]:
    """Type words (key_ms between keys) and wait for the results; the first query
    counts from the click that opens the dialog, so it includes the Pagefind
    library, its worker and WebAssembly."""
    if first:
        meter.take()
        page.locator("[data-ca-search-open]").click()
    box = page.get_by_role("combobox", name="Words to find")
    if not first:
        box.fill("")
        page.wait_for_timeout(300)
        meter.take()
    box.type(words, delay=key_ms)
    page.get_by_role("status").filter(has_text=f"for \u201c{words}\u201d").wait_for(timeout=120_000)
    settle(page)
    return meter.take()


def settle(page) -> None:
    """Let the worker's last responses be reported before the meter is read."""
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(SETTLE_MS)


def fresh_page(browser, url: str):
    """A new page (nothing cached) at url, and a meter of what it fetches."""
    page = browser.new_page()
    meter = Meter(page)
    page.goto(url, wait_until="networkidle")
    return page, meter


def shared_link(page, meter: Meter, url: str, first: str, later: str, order: str) -> tuple[list, list]:
    """A search page opened from a shared link (?q=first), then a later query typed there."""
    page.goto(url + "search/?q=" + first.replace(" ", "+") + order)
    status = page.get_by_role("status")
    status.filter(has_text=f"for \u201c{first}\u201d").wait_for(timeout=120_000)
    settle(page)
    opened = meter.take()
    box = page.locator("#ca-search-page-input")
    box.fill(later)
    box.press("Enter")
    status.filter(has_text=f"for \u201c{later}\u201d").wait_for(timeout=120_000)
    settle(page)
    return opened, meter.take()


def measure_shared_links(url: str, browser) -> dict[str, list[tuple[str, int]]]:
    out = {}
    for first, later in SHARED_LINKS:
        for order_name, order in ORDERS:
            page = browser.new_page()
            meter = Meter(page)
            opened, then = shared_link(page, meter, url, first, later, order)
            out[f"shared link '?q={first}' ({order_name}), Pagefind's files"] = search_files(opened)
            out[f"  the page itself and its theme ('{first}', {order_name})"] = [f for f in opened if f not in search_files(opened)]
            out[f"  later query '{later}' on that page ({order_name})"] = then
            page.close()
    return out


def search_files(fetched: list[tuple[str, int]]) -> list[tuple[str, int]]:
    return [f for f in fetched if "/pagefind/" in f[0]]


def measure_queries(site: Path) -> dict[str, list[tuple[str, int]]]:
    from conftest import CHROMIUM, CHROMIUM_ARGS, _QuietHandler, _QuietServer
    from playwright.sync_api import sync_playwright

    server = _QuietServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    out = {}
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        out.update(measure_shared_links(url, browser))
        for key_ms in HUMAN_KEY_MS:
            page, meter = fresh_page(browser, url)
            words = QUERY_PAIRS[0][0]
            out[f"first query '{words}' typed at {key_ms} ms a key"] = query(
                page, meter, words, first=True, key_ms=key_ms)
            page.close()
        page, meter = fresh_page(browser, url + "search/?q=" + QUERY_PAIRS[0][0].replace(" ", "+"))
        page.get_by_role("status").filter(has_text="for \u201c").wait_for(timeout=120_000)
        settle(page)
        out[f"search page from a shared link '?q={QUERY_PAIRS[0][0]}', the page itself included"] = meter.take()
        page.close()
        for words in QUERY_PAIRS:
            page, meter = fresh_page(browser, url)
            out["home page (Material, not search)"] = meter.take()
            out[f"first query '{words[0]}'"] = query(page, meter, words[0], first=True)
            out[f"later query '{words[1]}'"] = query(page, meter, words[1])
        page.locator("[data-ca-search-options] summary").click()
        page.get_by_label("Commitment status").wait_for()
        settle(page)
        out["opening the filters"] = meter.take()
        page.get_by_role("combobox", name="Words to find").fill("")
        meter.take()
        page.get_by_label("Commitment status").select_option("delayed")
        page.get_by_role("status").filter(has_text="(filtered)").wait_for(timeout=120_000)
        settle(page)
        out["then only status: delayed (no words)"] = meter.take()
        browser.close()
    server.shutdown()
    return out


def kb(n: int) -> str:
    return f"{n / 1024:,.1f} KB"


def compressed(site: Path, url: str, size: int) -> int:
    """The bytes a host that gzips text would send for this response."""
    path = url.split("/", 3)[-1].split("?")[0]
    if not path.endswith(TEXT_TYPES) and path:
        return size
    file = site / path / "index.html" if path.endswith("/") or not path else site / path
    return len(gzip.compress(file.read_bytes(), 6)) if file.is_file() else size


def report_fetches(site: Path, name: str, fetched: list[tuple[str, int]]) -> None:
    total = sum(size for _, size in fetched)
    zipped = sum(compressed(site, url, size) for url, size in fetched)
    print(f"{name}: {kb(total)} in {len(fetched)} requests ({kb(zipped)} where the host gzips text)")
    for url, size in sorted(fetched, key=lambda f: -f[1])[:5]:
        print(f"    {kb(size):>10}  {url.split('/', 3)[-1]}")


def describe_shards(bundle: Path) -> str:
    """The shards: folder, date span, documents, bytes on disk."""
    manifest = json.loads((bundle / "shards.json").read_text("utf-8"))
    lines = [f"{len(manifest['shards'])} shard(s):"]
    for shard in manifest["shards"]:
        folder = bundle / shard["path"]
        size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()
                   and (shard["path"] or "shard-" not in p.relative_to(bundle).parts[0]))
        lines.append(f"    pagefind/{shard['path']:<10} {shard['oldest']} to {shard['newest']}: "
                     f"{shard['documents']:,} documents, {size / 2**20:,.1f} MB")
    return "\n".join(lines)


def report_queries(project: Path) -> None:
    from pagefind_meta import describe
    from wording import vocabulary_stats

    site = project / "site"
    words = tuple(sorted({w for pair in QUERY_PAIRS + SHARED_LINKS for q in pair for w in q.split()}))
    print(vocabulary_stats(project).summary(words))
    print(describe(site / "pagefind"))
    print(describe_shards(site / "pagefind"))
    for name, fetched in measure_queries(site).items():
        report_fetches(site, name, fetched)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--work", type=Path, default=REPO_ROOT / ".cache" / "search-bench")
    parser.add_argument("--project", type=Path,
                        help="an archive already synthesised and built (benchmarks/run.py's out/archive-N)")
    parser.add_argument("--measure-only", action="store_true",
                        help="reuse the last build; only measure the queries")
    parser.add_argument("--skip-build", action="store_true",
                        help="reuse the last build; index it again and measure")
    args = parser.parse_args(argv)
    from synth import synthesize

    project = args.project or args.work / f"archive-{args.reports}-{args.seed}"
    site = project / "site"
    if args.measure_only:
        report_queries(project)
        return 0
    if not (project / "mkdocs.yml").is_file():  # synthesising is deterministic: reuse it
        start = time.perf_counter()
        synthesize(project, args.reports, args.seed)
        print(f"synthesised {args.reports:,} reports in {time.perf_counter() - start:,.1f} s")
    if not args.skip_build:
        build_s, build_peak = build(project)
        print(f"mkdocs build --strict (with indexing): {build_s:,.1f} s, "
              f"peak RSS {build_peak / 2**20:,.0f} MB")
    index_s, index_peak = index_alone(project)
    index_size, index_files = dir_bytes(site / "pagefind")
    fragments = len(list((site / "pagefind" / "fragment").iterdir()))
    print(f"indexing alone (documents from the built pages, then Pagefind): {index_s:,.1f} s, "
          f"Pagefind's peak RSS {index_peak / 2**20:,.0f} MB")
    print(f"index on disk: {index_size / 2**20:,.1f} MB in {index_files:,} files "
          f"({fragments:,} documents indexed: pages and groups of commitments)")
    report_queries(project)
    return 0


if __name__ == "__main__":
    sys.exit(main())
