"""Lighthouse (npm `lighthouse`, its mobile defaults) on every page kind of the served seed
site, with Debian's chromium, and each page kind's first load in gzipped bytes.

    .venv/bin/python benchmarks/lighthouse.py [--site DIR] [--json benchmarks/results/lighthouse.json]

Builds the seed site (unless --site names a built one), serves it with Python's HTTP
server, and runs Lighthouse's performance category on one URL of each page kind
(tests/page_kinds.py). The first load is every request Lighthouse saw for the page
(its network-requests audit), each file as a host gzips it (level 6), the search index
(pagefind/) left out. Figures, not pass/fail: the targets are printed beside them
(performance at least 95, first load at most 150 KB gzipped). Lighthouse simulates a
mid-range phone on a slow 4G network from the page's own timings, so a busy machine
lowers the scores: note the load average printed with them.
"""
from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import json
import os
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


def build_seed_site(site: Path) -> None:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", SOURCE_DATE_EPOCH="1700000000")
    done = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(site)],
                          cwd=ROOT, env=env, capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(f"the seed site did not build:\n{done.stderr[-3000:]}")


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


def serve(site: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def lighthouse(url: str, out: Path) -> dict:
    flags = "--headless=new --no-sandbox --disable-gpu --no-first-run --disable-background-networking"
    done = subprocess.run([str(LIGHTHOUSE), url, "--only-categories=performance", "--output=json",
                           f"--output-path={out}", f"--chrome-path={CHROMIUM}", f"--chrome-flags={flags}",
                           "--quiet"], capture_output=True, text=True, env=dict(os.environ, CHROME_PATH=CHROMIUM))
    if done.returncode or not out.is_file():
        raise SystemExit(f"lighthouse failed on {url}:\n{done.stderr[-3000:]}")
    return json.loads(out.read_text("utf-8"))


def first_load(report: dict, site: Path, base: str) -> tuple[int, int]:
    """(bytes gzipped, requests) of everything the page loaded but the search index."""
    total = requests = 0
    for item in report["audits"]["network-requests"]["details"]["items"]:
        url = item["url"]
        if not url.startswith(base) or SEARCH_INDEX in url:
            continue
        path = site / unquote(urlsplit(url).path).lstrip("/")
        path = path / "index.html" if path.is_dir() else path
        if path.is_file():
            total += len(gzip.compress(path.read_bytes(), compresslevel=6, mtime=0))
            requests += 1
    return total, requests


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--site", type=Path, help="a built site (default: build the seed site)")
    parser.add_argument("--json", type=Path, help="write the figures here")
    parser.add_argument("--kinds", nargs="*", default=list(PAGE_KINDS), help="only these page kinds")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        site = args.site or Path(tmp) / "site"
        if args.site is None:
            build_seed_site(site)
        server, base = serve(site)
        load = os.getloadavg()
        print(f"load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}; {len(args.kinds)} page kinds")
        print(f"{'page kind':<24} {'score':>5} {'LCP':>7} {'TBT':>6} {'first load (gzip)':>18}  url")
        rows = []
        try:
            for kind, url in ((k, PAGE_KINDS[k]) for k in args.kinds):
                report = lighthouse(base + url, Path(tmp) / f"{kind}.json")
                audits = report["audits"]
                score = round(report["categories"]["performance"]["score"] * 100)
                size, requests = first_load(report, site, base)
                row = {"kind": kind, "url": url, "score": score,
                       "lcp_ms": round(audits["largest-contentful-paint"]["numericValue"]),
                       "tbt_ms": round(audits["total-blocking-time"]["numericValue"]),
                       "first_load_gzip": size, "requests": requests}
                rows.append(row)
                print(f"{kind:<24} {score:>5} {row['lcp_ms'] / 1000:>6.1f}s {row['tbt_ms']:>4}ms "
                      f"{size / 1000:>12.1f} KB {requests:>2}r  {url or '/'}")
        finally:
            server.shutdown()
    worst = min(rows, key=lambda r: r["score"])
    heaviest = max(rows, key=lambda r: r["first_load_gzip"])
    print(f"lowest score {worst['score']} ({worst['kind']}; target >= {SCORE_TARGET}); heaviest first load "
          f"{heaviest['first_load_gzip'] / 1000:.1f} KB ({heaviest['kind']}; target <= {FIRST_LOAD_TARGET // 1000} KB)")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({"load_average": load, "pages": rows}, indent=1) + "\n", "utf-8")


if __name__ == "__main__":
    main()
