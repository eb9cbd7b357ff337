"""Lighthouse (npm `lighthouse`, its mobile defaults) on every page kind of the served seed
site, with Debian's chromium, and each page kind's first load in gzipped bytes.

    .venv/bin/python benchmarks/lighthouse.py [--runs 3] [--site DIR] [--json benchmarks/results/lighthouse.json]

Builds the seed site (unless --site names a built one), serves it over HTTP, and runs
Lighthouse's performance category on one URL of each page kind (tests/page_kinds.py).

The site is served as a static host serves it: text files (HTML, CSS, JavaScript, JSON,
SVG, XML) gzipped (level 6) for a browser that accepts gzip, as nginx, GitHub Pages,
Netlify and Cloudflare do; everything else as it is. Lighthouse simulates a slow 4G
network from the bytes it saw, so a server that does not compress (Python's own handler,
`--serve plain`) charges every stylesheet and script at its uncompressed size, which no
real host of the site sends.

The first load is every request Lighthouse saw for the page (its network-requests audit),
each file as a host gzips it (level 6), the search index (pagefind/) left out.

Lighthouse simulates a mid-range phone on a slow 4G network from the page's own trace, so
its scores vary from run to run and a busy machine lowers them; Lighthouse's own advice is
to run several times and take the median. `--runs N` runs every kind N times (each pass
over all the kinds in turn, so a busy spell falls on several kinds, not on every run of
one), prints every run's scores with the load average at that moment, and then the median
of each kind. Figures, not pass/fail: the targets are printed beside them (performance at
least 95, first load at most 150 KB gzipped), with every run below the target named.

`--throttling devtools` applies slow 4G to the real loads instead of simulating it
afterwards: slower, and noisier, but what it times is what the browser did, which checks
the simulation where a change moves a request earlier or later.
"""
from __future__ import annotations

import argparse
import functools
import gzip
import io
import http.server
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
from pathlib import Path
from urllib.parse import unquote, urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from page_kinds import PAGE_KINDS  # noqa: E402

LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
CHROMIUM = "/usr/bin/chromium"
SCORE_TARGET, FIRST_LOAD_TARGET = 95, 150 * 1000
SEARCH_INDEX = "/pagefind/"
# What a static host compresses: text. Pagefind's own files are gzipped already.
GZIP_TYPES = ("text/", "application/javascript", "application/json", "application/xml",
              "application/atom+xml", "image/svg+xml", "application/manifest+json")


def build_seed_site(site: Path) -> None:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", SOURCE_DATE_EPOCH="1700000000")
    done = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(site)],
                          cwd=ROOT, env=env, capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(f"the seed site did not build:\n{done.stderr[-3000:]}")


class Quiet(http.server.SimpleHTTPRequestHandler):
    """Python's static handler, plain: no compression."""

    def log_message(self, *args) -> None:
        pass


class Gzipping(Quiet):
    """The static handler with gzip for text, as a host sends it (Content-Encoding: gzip)."""

    cache: dict[str, bytes] = {}

    def send_head(self):  # noqa: ANN201 (the base class's interface)
        path = Path(self.translate_path(self.path))
        if path.is_dir() and self.path.split("?")[0].endswith("/"):
            path = path / "index.html"
        ctype = self.guess_type(str(path))
        if (not path.is_file() or not ctype.startswith(GZIP_TYPES)
                or "gzip" not in self.headers.get("Accept-Encoding", "")):
            return super().send_head()
        key = str(path)
        if key not in self.cache:
            self.cache[key] = gzip.compress(path.read_bytes(), compresslevel=6, mtime=0)
        body = self.cache[key]
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Vary", "Accept-Encoding")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Last-Modified", self.date_time_string(int(path.stat().st_mtime)))
        self.end_headers()
        return io.BytesIO(body)


def serve(site: Path, handler: type[Quiet] = Gzipping) -> tuple[http.server.ThreadingHTTPServer, str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def lighthouse(url: str, out: Path, throttling: str = "simulate") -> dict:
    flags = "--headless=new --no-sandbox --disable-gpu --no-first-run --disable-background-networking"
    done = subprocess.run([str(LIGHTHOUSE), url, "--only-categories=performance", "--output=json",
                           f"--throttling-method={throttling}",
                           f"--output-path={out}", f"--chrome-path={CHROMIUM}", f"--chrome-flags={flags}",
                           "--quiet"], capture_output=True, text=True, env=dict(os.environ, CHROME_PATH=CHROMIUM))
    if done.returncode or not out.is_file():
        raise SystemExit(f"lighthouse failed on {url}:\n{done.stderr[-3000:]}")
    return json.loads(out.read_text("utf-8"))


def first_load(report: dict, site: Path, base: str) -> tuple[int, int, int]:
    """(bytes gzipped, bytes as served, requests) of everything the page loaded but the search index."""
    total = served = requests = 0
    for item in report["audits"]["network-requests"]["details"]["items"]:
        url = item["url"]
        if not url.startswith(base) or SEARCH_INDEX in url:
            continue
        path = site / unquote(urlsplit(url).path).lstrip("/")
        path = path / "index.html" if path.is_dir() else path
        if path.is_file():
            total += len(gzip.compress(path.read_bytes(), compresslevel=6, mtime=0))
            served += item.get("transferSize") or 0
            requests += 1
    return total, served, requests


def lcp_element(audits: dict) -> str:
    """The selector of the largest contentful paint's element, to see what a slow one waited for."""
    for table in audits.get("largest-contentful-paint-element", {}).get("details", {}).get("items", []):
        for item in table.get("items", []):
            if "node" in item:
                return item["node"].get("selector", "")
    return ""


def measure(kind: str, url: str, base: str, site: Path, out: Path, throttling: str = "simulate") -> dict:
    load = os.getloadavg()[0]
    report = lighthouse(base + url, out, throttling)
    audits = report["audits"]
    observed = audits["metrics"]["details"]["items"][0]
    size, served, requests = first_load(report, site, base)
    return {"kind": kind, "url": url, "score": round(report["categories"]["performance"]["score"] * 100),
            "fcp_ms": round(audits["first-contentful-paint"]["numericValue"]),
            "lcp_ms": round(audits["largest-contentful-paint"]["numericValue"]),
            "tbt_ms": round(audits["total-blocking-time"]["numericValue"]),
            "si_ms": round(audits["speed-index"]["numericValue"]),
            "observed_lcp_ms": observed.get("observedLargestContentfulPaint"),
            "observed_dcl_ms": observed.get("observedDomContentLoaded"),
            "lcp_element": lcp_element(audits),
            "first_load_gzip": size, "served_bytes": served, "requests": requests, "load_1min": round(load, 2)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--site", type=Path, help="a built site (default: build the seed site)")
    parser.add_argument("--json", type=Path, help="write the figures here")
    parser.add_argument("--kinds", nargs="*", default=list(PAGE_KINDS), help="only these page kinds")
    parser.add_argument("--runs", type=int, default=1, help="passes over every kind; the median is reported")
    parser.add_argument("--serve", choices=("gzip", "plain"), default="gzip",
                        help="gzip text as a host does (default), or send every file as it is")
    parser.add_argument("--throttling", choices=("simulate", "devtools"), default="simulate",
                        help="Lighthouse's default (simulated from the trace), or slow 4G applied while loading")
    parser.add_argument("--reports", type=Path, help="keep each Lighthouse report (JSON) in this folder")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        site = args.site or Path(tmp) / "site"
        if args.site is None:
            build_seed_site(site)
        reports = args.reports or Path(tmp)
        reports.mkdir(parents=True, exist_ok=True)
        server, base = serve(site, Gzipping if args.serve == "gzip" else Quiet)
        started = os.getloadavg()
        print(f"load average {started[0]:.2f} {started[1]:.2f} {started[2]:.2f}; {len(args.kinds)} page kinds, "
              f"{args.runs} run(s); served {'gzipped, as a host does' if args.serve == 'gzip' else 'plain'}; "
              f"throttling {args.throttling}")
        rows: list[dict] = []
        try:
            for run in range(1, args.runs + 1):
                print(f"run {run}: {'page kind':<22} {'score':>5} {'FCP':>6} {'LCP':>6} {'TBT':>6} "
                      f"{'load':>5} {'first load (gzip)':>18}  url")
                for kind in args.kinds:
                    row = measure(kind, PAGE_KINDS[kind], base, site, reports / f"{kind}-run{run}.json",
                                  args.throttling)
                    row["run"] = run
                    rows.append(row)
                    print(f"run {run}: {kind:<22} {row['score']:>5} {row['fcp_ms'] / 1000:>5.1f}s "
                          f"{row['lcp_ms'] / 1000:>5.1f}s {row['tbt_ms']:>4}ms {row['load_1min']:>5.2f} "
                          f"{row['first_load_gzip'] / 1000:>12.1f} KB {row['requests']:>2}r  {PAGE_KINDS[kind] or '/'}")
        finally:
            server.shutdown()
        ended = os.getloadavg()
    medians = []
    print(f"median of {args.runs} run(s): {'page kind':<22} {'score':>5} {'LCP':>6} {'TBT':>6}  every run")
    for kind in args.kinds:
        mine = [r for r in rows if r["kind"] == kind]
        median = {"kind": kind, "url": PAGE_KINDS[kind], "scores": [r["score"] for r in mine],
                  "score": statistics.median(r["score"] for r in mine),
                  "lcp_ms": statistics.median(r["lcp_ms"] for r in mine),
                  "tbt_ms": statistics.median(r["tbt_ms"] for r in mine),
                  "first_load_gzip": max(r["first_load_gzip"] for r in mine)}
        medians.append(median)
        print(f"median of {args.runs} run(s): {kind:<22} {median['score']:>5} {median['lcp_ms'] / 1000:>5.1f}s "
              f"{median['tbt_ms']:>4.0f}ms  {' '.join(map(str, median['scores']))}")
    worst = min(medians, key=lambda r: r["score"])
    heaviest = max(medians, key=lambda r: r["first_load_gzip"])
    below = [f"{r['kind']} run {r['run']}: {r['score']}" for r in rows if r["score"] < SCORE_TARGET]
    print(f"load average {started[0]:.2f} {started[1]:.2f} {started[2]:.2f} at the start, "
          f"{ended[0]:.2f} {ended[1]:.2f} {ended[2]:.2f} at the end")
    print(f"lowest median score {worst['score']} ({worst['kind']}; target >= {SCORE_TARGET}); "
          f"single runs below the target: {', '.join(below) or 'none'}")
    print(f"heaviest first load {heaviest['first_load_gzip'] / 1000:.1f} KB ({heaviest['kind']}; "
          f"target <= {FIRST_LOAD_TARGET // 1000} KB)")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({"load_average_start": started, "load_average_end": ended,
                                         "serve": args.serve, "throttling": args.throttling, "runs": args.runs,
                                         "medians": medians, "pages": rows}, indent=1) + "\n", "utf-8")


if __name__ == "__main__":
    main()
