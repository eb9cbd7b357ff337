"""What the benchmark measures: a build's wall time and peak memory (the RSS of
the whole process tree, polled from /proc), and the weight of the pages it wrote."""
from __future__ import annotations

import os
import re
import resource
import statistics
import subprocess
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from posixpath import dirname, join, normpath

PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")
HTML_LIMIT = 300 * 1024  # no generated page over 300 KB of HTML
SAMPLE = 400  # pages weighed per kind (every k-th, so the sample is the same each run)


@dataclass(frozen=True)
class Run:
    seconds: float
    cpu_seconds: float  # user + system time of the whole tree: steadier than wall time on shared cores
    peak_rss: int  # bytes, the most the process and its children held at once (summed RSS)
    returncode: int
    stderr: str
    # bytes: the same peak in proportional set size, which counts a page shared by a
    # forked copy and the build once (summed RSS counts it in both); 0 if /proc lacks it
    peak_pss: int = 0


def _children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as f:
            return [int(c) for c in f.read().split()]
    except OSError:
        return []


def _rss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm") as f:
            return int(f.read().split()[1]) * PAGE_SIZE
    except (OSError, IndexError):
        return 0


def _pss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) * 1024
    except (OSError, IndexError, ValueError):
        pass
    return 0


def tree_pss(pid: int) -> int:
    """The same in proportional set size: a page shared by n processes counts 1/n in each."""
    return sum(_pss(p) for p in _tree(pid))


def _tree(pid: int) -> list[int]:
    found, stack = [], [pid]
    while stack:
        p = stack.pop()
        found.append(p)
        stack += _children(p)
    return found


def tree_rss(pid: int) -> int:
    """Resident memory of pid and all its descendants, now."""
    return sum(_rss(p) for p in _tree(pid))


def run_measured(cmd: list[str], cwd: Path, env: dict[str, str]) -> Run:
    """Run cmd to the end, polling the tree's memory every 50 ms."""
    start, cpu_before = time.perf_counter(), _children_cpu()
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    peak = [0, 0]

    def poll() -> None:
        polls = 0
        while proc.poll() is None:
            peak[0] = max(peak[0], tree_rss(proc.pid))
            if polls % 10 == 0:  # the kernel walks every page for PSS: not 20 times a second
                peak[1] = max(peak[1], tree_pss(proc.pid))
            polls += 1
            time.sleep(0.05)

    poller = threading.Thread(target=poll, daemon=True)
    poller.start()
    _, stderr = proc.communicate()
    seconds = time.perf_counter() - start
    poller.join()
    return Run(seconds, _children_cpu() - cpu_before, peak[0], proc.returncode, stderr, peak[1])


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


# --- the built site ---------------------------------------------------------------

_LOADS = re.compile(r"""<(?:script[^>]*\ssrc|link[^>]*rel="?stylesheet"?[^>]*\shref|img[^>]*\ssrc)="?([^"\s>]+)""")


def page_kind(rel: str) -> str:
    """'reports/2019/x/index.html' -> 'reports/*/*'; 'index.html' -> 'home': kinds by URL shape,
    so pages added by any feature are grouped without the benchmark knowing them."""
    parts = rel.split("/")[:-1]
    if rel == "index.html":
        return "home"
    if not rel.endswith("/index.html"):
        return rel
    return parts[0] + "/*" * (len(parts) - 1)


def html_pages(site: Path) -> dict[str, list[str]]:
    """Every HTML page in the site by kind, sorted."""
    kinds: dict[str, list[str]] = {}
    for path in sorted(site.rglob("*.html")):
        rel = path.relative_to(site).as_posix()
        kinds.setdefault(page_kind(rel), []).append(rel)
    return kinds


def page_weight(site: Path, rel: str, sizes: dict[str, int]) -> int:
    """The page's HTML plus every local stylesheet, script and image it loads."""
    html = (site / rel).read_text(encoding="utf-8", errors="replace")
    total, seen = len(html.encode("utf-8")), set()
    for url in _LOADS.findall(html):
        if url.startswith(("http:", "https:", "//", "data:")):
            continue
        target = normpath(join(dirname(rel), url.split("#")[0].split("?")[0]))
        if target not in seen:
            seen.add(target)
            if target not in sizes:
                sizes[target] = (site / target).stat().st_size if (site / target).is_file() else 0
            total += sizes[target]
    return total


def site_figures(site: Path) -> dict:
    """Output size, the largest page, pages over the HTML limit and median weight by kind."""
    files = [p for p in site.rglob("*") if p.is_file()]
    html = {p.relative_to(site).as_posix(): p.stat().st_size for p in files if p.suffix == ".html"}
    largest = max(html, key=html.get)
    sizes: dict[str, int] = {}
    kinds = {}
    for kind, pages in html_pages(site).items():
        step = max(1, len(pages) // SAMPLE)
        weights = [page_weight(site, rel, sizes) for rel in pages[::step]]
        kinds[kind] = {"pages": len(pages), "median_html": int(statistics.median(html[r] for r in pages)),
                       "median_weight": int(statistics.median(weights))}
    return {"bytes": sum(p.stat().st_size for p in files), "files": len(files), "html_pages": len(html),
            "largest_page": {"path": largest, "bytes": html[largest]},
            "pages_over_300kb": sorted(r for r, n in html.items() if n > HTML_LIMIT), "kinds": kinds}
