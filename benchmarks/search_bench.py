"""Search at archive scale: what a reader downloads, and what indexing costs.

    .venv/bin/python benchmarks/search_bench.py [--reports 10000] [--work DIR]

Synthesises an archive of N reports (benchmarks/synth.py), builds it with
`mkdocs build --strict` (which runs the Pagefind indexer), re-runs the indexer
alone to time it, then drives headless Chromium against the built site and
prints: bytes fetched by a first query (Pagefind's library, WebAssembly, index
chunks and the shown results' fragments) and by a later one, the filters'
bytes, the index size on disk, indexing time and peak memory (RSS summed over
the process tree). Targets at 10,000 reports: first query < 300 KB, later < 50 KB.
A figure script, not a test: it asserts nothing and is not run by the suite.
"""
from __future__ import annotations

import argparse
import functools
import gzip
import os
import re
import subprocess
import sys
import threading
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT / "benchmarks"))
sys.path.insert(0, str(REPO_ROOT / "tests"))
sys.path.insert(0, str(REPO_ROOT))

# The example, then a common word: in the synthetic archive (whose prose
# reuses the seed reports' ~800 words) these are in most reports, the worst case.
BROAD_QUERIES = ("youth parliament", "fostering")
# Names are the synthetic archive's only rare words (~1% of reports), like a
# topical query in a real archive.
SELECTIVE_QUERIES = ("thompson", "fletcher")
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


def index_alone(site: Path) -> tuple[float, int]:
    """The post-build step on its own: Pagefind, then the stable rewrite of its filters."""
    code = ("import sys; from pathlib import Path; from generator.search_index import index_built_site; "
            "index_built_site(Path(sys.argv[1]))")
    seconds, peak, proc = run_measured([sys.executable, "-c", code, str(site)], cwd=REPO_ROOT)
    if proc.returncode != 0:
        sys.exit(f"indexing failed:\n{proc.stderr}")
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
        sizes = request.sizes()
        self.responses.append((request.url, sizes["responseBodySize"]))

    def take(self) -> list[tuple[str, int]]:
        taken, self.responses = self.responses, []
        return taken


def query(page, meter: Meter, words: str, first: bool = False) -> list[tuple[str, int]]:
    """Type words and wait for the results; the first query counts from the click
    that opens the dialog, so it includes the Pagefind library and WebAssembly."""
    if first:
        meter.take()
        page.locator("[data-ca-search-open]").click()
    box = page.get_by_role("combobox", name="Words to find")
    if not first:
        box.fill("")
        page.wait_for_timeout(300)
        meter.take()
    box.type(words)
    page.get_by_role("status").filter(has_text=f"for \u201c{words}\u201d").wait_for(timeout=120_000)
    page.wait_for_load_state("networkidle")
    return meter.take()


def measure_queries(site: Path) -> dict[str, list[tuple[str, int]]]:
    from conftest import CHROMIUM, CHROMIUM_ARGS, _QuietHandler, _QuietServer
    from playwright.sync_api import sync_playwright

    server = _QuietServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    out = {}
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        for words in (BROAD_QUERIES, SELECTIVE_QUERIES):
            page = browser.new_page()  # a fresh page: nothing cached
            meter = Meter(page)
            page.goto(url, wait_until="networkidle")
            out["home page (Material, not search)"] = meter.take()
            out[f"first query '{words[0]}'"] = query(page, meter, words[0], first=True)
            out[f"later query '{words[1]}'"] = query(page, meter, words[1])
        page.locator("[data-ca-search-options] summary").click()
        page.get_by_label("Commitment status").wait_for()
        page.wait_for_load_state("networkidle")
        out["opening the filters"] = meter.take()
        page.get_by_role("combobox", name="Words to find").fill("")
        meter.take()
        page.get_by_label("Commitment status").select_option("delayed")
        page.get_by_role("status").filter(has_text="(filtered)").wait_for(timeout=120_000)
        page.wait_for_load_state("networkidle")
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


def document_frequency(project: Path, words: list[str]) -> dict[str, float]:
    """Share of the synthetic reports that contain each query word."""
    counts = dict.fromkeys(words, 0)
    files = list((project / "content" / "reports").rglob("*.md"))
    for path in files:
        text = set(re.findall(r"[a-z]+", path.read_text("utf-8").lower()))
        for word in words:
            counts[word] += word in text
    return {w: c / max(len(files), 1) for w, c in counts.items()}


def report_queries(project: Path) -> None:
    site = project / "site"
    words = sorted({w for q in BROAD_QUERIES + SELECTIVE_QUERIES for w in q.split()})
    share = document_frequency(project, words)
    print("query words, share of reports containing them: "
          + ", ".join(f"{w} {share[w]:.1%}" for w in words))
    for name, fetched in measure_queries(site).items():
        report_fetches(site, name, fetched)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--work", type=Path, default=REPO_ROOT / ".cache" / "search-bench")
    parser.add_argument("--measure-only", action="store_true",
                        help="reuse the last build; only measure the queries")
    parser.add_argument("--skip-build", action="store_true",
                        help="reuse the last build; index it again and measure")
    args = parser.parse_args(argv)
    from synth import synthesize

    project = args.work / f"archive-{args.reports}-{args.seed}"
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
    index_s, index_peak = index_alone(site)
    index_size, index_files = dir_bytes(site / "pagefind")
    fragments = len(list((site / "pagefind" / "fragment").iterdir()))
    print(f"Pagefind indexing alone: {index_s:,.1f} s, peak RSS {index_peak / 2**20:,.0f} MB")
    print(f"index on disk: {index_size / 2**20:,.1f} MB in {index_files:,} files "
          f"({fragments:,} pages indexed)")
    report_queries(project)
    return 0


if __name__ == "__main__":
    sys.exit(main())
