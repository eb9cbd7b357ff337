"""The sharded search index alone, from 1,000 to 100,000 reports.

    .venv/bin/python benchmarks/shard_scale.py --reports 1000 10000 100000 [--queries]

For each size, synthesises the reports' search documents straight from
benchmarks/synth.py's generator (the same prose, dates, portfolios, members and
statuses as a synthetic archive, with no site built: each report is one document
with its search-data block, its paragraphs as <p>), runs the sharded indexer
(generator/search/index.py: one Pagefind run per shard, one after another) in a
child process, and prints its wall time, the peak memory of that process tree,
the shards and the bundle's size. With --queries it also serves the bundle with
search-shards.js and counts, in headless Chromium, what a first search and a later
one fetch (as a host that gzips text sends it). Reports only: a built site adds
figures and groups of commitments (about 0.4 documents a report). Targets at
100,000 reports (issue 17): peak memory under 3 GB, first query at most 300 KB.
A figure script, not a test.
"""
from __future__ import annotations

import argparse
import gzip
import html
import json
import random
import shutil
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT / "benchmarks"))
sys.path.insert(0, str(REPO_ROOT / "tests"))
sys.path.insert(0, str(REPO_ROOT))

OUT = REPO_ROOT / "benchmarks" / "out"
QUERIES = (("youth parliament", "newest first"), ("inspection", "newest first"),
           ("youth parliament", "best match"), ("inspection", "best match"))
LATER = "fostering"


def report_documents(n_reports: int, seed: int = 0):
    """(dest_uri, title, content) of each synthetic report, as synth.synthesize makes them."""
    import synth
    from generator.site.search_data import search_data

    rng = random.Random(seed)
    wording = synth.Wording(rng, synth.seed_sentences())
    members = synth.member_pool(rng, 36)
    terms = synth.portfolio_terms(rng, sorted(members))
    states = {p: synth.PortfolioState({m[0]: m[4] for m in metrics})
              for p, (_, _, metrics) in synth.PORTFOLIOS.items()}
    taken: set[str] = set()
    for day, portfolio in synth.report_dates(rng, n_reports):
        member = synth.holder(terms[portfolio], day)
        readings = synth.report_metrics(rng, portfolio, day, states[portfolio])
        voice, used = synth.Voice.of(rng, wording, portfolio), Counter()
        statements = synth.report_commitments(rng, voice, day, states[portfolio], taken, used)
        rng.sample(synth.TAGS, rng.randint(0, 5))  # as synthesize draws them, to keep its sequence
        rng.choice(synth.MEETINGS)
        prose = synth.body(rng, voice, readings, statements, members[member], used)
        name = synth.PORTFOLIOS[portfolio][0]
        title = f"{name} - Executive Member Report to Council"
        block = search_data("report", title=title, date=day, portfolio=name, member=members[member],
                            statuses=[s["status"] for s in statements])
        paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in prose.split("\n\n") if p.strip())
        yield f"reports/{day.year}/{day.isoformat()}-{portfolio}/index.html", title, f"{block}{paragraphs}"


def index_in_child(n_reports: int, site: Path) -> dict:
    """Synthesise and index in a child process; (seconds indexing, peak RSS of its tree)."""
    from search_bench import run_measured

    code = ("import json, sys, time; sys.path[:0] = sys.argv[3:]; from pathlib import Path; "
            "from shard_scale import report_documents; "
            "from generator.search.index import BackgroundIndex; "
            "index = BackgroundIndex('en'); start = time.perf_counter(); "
            "[index.add(*d) for d in report_documents(int(sys.argv[1]))]; made = time.perf_counter() - start; "
            "index.start(); index.finish(Path(sys.argv[2])); "
            "print(json.dumps([made, time.perf_counter() - start - made]))")
    seconds, peak, run = run_measured([sys.executable, "-c", code, str(n_reports), str(site),
                                       str(REPO_ROOT / "benchmarks"), str(REPO_ROOT)], cwd=REPO_ROOT)
    if run.returncode:
        raise SystemExit(f"indexing {n_reports} failed:\n{run.stderr[-3000:]}")
    made, indexing = json.loads(run.stdout.strip().splitlines()[-1])
    return {"synthesis_seconds": made, "index_seconds": indexing, "wall_seconds": seconds, "peak_rss": peak}


def bundle_figures(bundle: Path) -> dict:
    manifest = json.loads((bundle / "shards.json").read_text("utf-8"))
    files = [p for p in bundle.rglob("*") if p.is_file()]
    return {"shards": [(s["path"], s["oldest"], s["newest"], s["documents"]) for s in manifest["shards"]],
            "bytes": sum(p.stat().st_size for p in files), "files": len(files)}


SEARCH_PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>search</title></head>
<body><script src="search-shards.js"></script></body></html>"""

FIRST_JS = """
async ([term, byDate]) => {
  const shards = new window.CouncilArchiveSearchShards(new URL("/pagefind/", location.href), "/");
  await shards.load();
  const cursor = shards.cursor(term, {}, byDate);
  const shown = await cursor.take(10);
  await Promise.all(shown.map((r) => r.data()));
  window.caShards = shards;
  return shown.length;
}
"""
LATER_JS = """
async ([term, byDate]) => {
  const shown = await window.caShards.cursor(term, {}, byDate).take(10);
  await Promise.all(shown.map((r) => r.data()));
  return shown.length;
}
"""


def measure_queries(site: Path) -> dict[str, tuple[int, int]]:
    """Bytes (raw, as a gzipping host sends) of each first query and a later one."""
    from conftest import CHROMIUM, CHROMIUM_ARGS, serving
    from playwright.sync_api import sync_playwright
    from search_bench import Meter, compressed

    shutil.copy(REPO_ROOT / "generator" / "site" / "assets" / "search-shards.js", site / "search-shards.js")
    (site / "index.html").write_text(SEARCH_PAGE, "utf-8")
    out = {}
    with serving(site) as url, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        for term, order in QUERIES:
            page = browser.new_page()
            page.goto(url, wait_until="networkidle")
            meter = Meter(page)
            page.evaluate(FIRST_JS, [term, order == "newest first"])
            page.wait_for_timeout(500)
            first = [f for f in meter.take() if "/pagefind/" in f[0]]
            page.evaluate(LATER_JS, [LATER, order == "newest first"])
            page.wait_for_timeout(500)
            later = meter.take()
            for name, fetched in ((f"first '{term}' ({order})", first), (f"  later '{LATER}'", later)):
                out[name + f" #{len(out)}"] = (sum(s for _, s in fetched),
                                               sum(compressed(site, u, s) for u, s in fetched))
            page.close()
        browser.close()
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--queries", action="store_true", help="measure query bytes in Chromium too")
    parser.add_argument("--json", type=Path, help="write the figures here too")
    args = parser.parse_args(argv)
    results = []
    for n in args.reports:
        site = OUT / f"shard-scale-{n}"
        shutil.rmtree(site, ignore_errors=True)
        site.mkdir(parents=True)
        result = {"reports": n, **index_in_child(n, site), **bundle_figures(site / "pagefind")}
        print(f"{n:,} reports: synthesised in {result['synthesis_seconds']:,.1f} s; indexed in "
              f"{result['index_seconds']:,.1f} s; peak RSS of the process tree "
              f"{result['peak_rss'] / 2**30:,.2f} GB; bundle {result['bytes'] / 2**20:,.1f} MB "
              f"in {result['files']:,} files; {len(result['shards'])} shard(s)", flush=True)
        for path, oldest, newest, documents in result["shards"]:
            print(f"    pagefind/{path:<10} {oldest} to {newest}: {documents:,} documents")
        if args.queries:
            result["queries"] = measure_queries(site)
            for name, (raw, zipped) in result["queries"].items():
                print(f"    {name}: {raw / 1024:,.1f} KB ({zipped / 1024:,.1f} KB where the host gzips text)")
        results.append(result)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
