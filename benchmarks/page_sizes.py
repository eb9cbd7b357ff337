"""The size of every generated page body, from the core alone (no MkDocs build).

    .venv/bin/python -m benchmarks.page_sizes benchmarks/out/archive-10000 [--top 10] [--check]

Runs generator.pipeline.build_site_pages on a project (content/, site_config/),
groups the generated pages by URL shape (as benchmarks/measure.py groups a built
site) and prints the largest page bodies and, per kind, the page count, median
and largest. A built page is its body plus the theme's chrome (header, nav,
footer: about CHROME bytes), so the estimate is body + CHROME against the
300 KB target. --check exits 1 when any estimate is over. Figures, not a test:
a 10,000-report archive takes a minute or two here, a full build many more.
Charts are drawn without the cache (each run draws them again).
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

from generator.pipeline import build_site_pages  # noqa: E402
from generator.model.urls import page_url  # noqa: E402
from measure import HTML_LIMIT, page_kind  # noqa: E402

CHROME = 14 * 1024  # what Material wraps around a body: measured on the seed site's pages


@dataclass(frozen=True)
class PageSize:
    url: str
    kind: str
    body: int  # bytes of the generated HTML body, UTF-8

    @property
    def estimate(self) -> int:
        return self.body + CHROME


def page_sizes(project: Path) -> list[PageSize]:
    """Every generated page of the project, largest first."""
    build = build_site_pages(project, project / "content", project / "site_config")
    if build.archive is None:
        raise SystemExit(f"{project}: the archive has errors; run the check first")
    sizes = []
    for page in build.pages:
        url = page_url(page.src_uri)
        sizes.append(PageSize(url, page_kind(url + "index.html"), len(page.html.encode("utf-8"))))
    return sorted(sizes, key=lambda p: (-p.body, p.url))


def by_kind(sizes: list[PageSize]) -> dict[str, list[PageSize]]:
    kinds: dict[str, list[PageSize]] = {}
    for size in sizes:
        kinds.setdefault(size.kind, []).append(size)
    return dict(sorted(kinds.items()))


def over_limit(sizes: list[PageSize]) -> list[PageSize]:
    return [s for s in sizes if s.estimate > HTML_LIMIT]


def report(sizes: list[PageSize], top: int) -> str:
    kib = lambda n: f"{n / 1024:,.1f} KiB"  # noqa: E731
    lines = [f"{len(sizes):,} generated pages; estimate = body + {kib(CHROME)} of theme chrome; "
             f"limit {kib(HTML_LIMIT)}", "", f"The {top} largest bodies:"]
    lines += [f"  {kib(s.body):>12}  {s.kind:<28} {s.url}" for s in sizes[:top]]
    lines += ["", f"  {'kind':<28} {'pages':>7} {'median':>12} {'largest':>12}  largest page"]
    for kind, found in by_kind(sizes).items():
        largest = found[0]
        median = int(statistics.median(s.body for s in found))
        lines.append(f"  {kind:<28} {len(found):>7,} {kib(median):>12} {kib(largest.body):>12}  {largest.url}")
    over = over_limit(sizes)
    lines += ["", f"Pages over the limit (estimated): {len(over)}"]
    lines += [f"  {kib(s.estimate):>12}  {s.url}" for s in over[:top]]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("project", type=Path, help="a project with content/ and site_config/")
    parser.add_argument("--top", type=int, default=10)
    parser.add_argument("--check", action="store_true", help="exit 1 if any page is over the limit")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    sizes = page_sizes(args.project.resolve())
    print(report(sizes, args.top))
    print(f"\n(core run in {time.perf_counter() - start:.1f} s)")
    return 1 if args.check and over_limit(sizes) else 0


if __name__ == "__main__":
    sys.exit(main())
