"""The home page's size as the archive grows, from the core alone (no MkDocs build).

    .venv/bin/python -m benchmarks.home_size benchmarks/out/archive-1000 [more projects ...]

For each project (content/, site_config/, e.g. written by benchmarks/synth.py) fills
the blocks of its content/index.md as the build does and prints each block's bytes,
how many items each list shows, and the page body (the Markdown's own text counted
as is) plus the theme's chrome (page_sizes.CHROME). Every list on the home page is
bounded (latest reports, figures per portfolio, commitments needing attention), so
the figure should stay flat from 1,000 reports to 10,000. Figures, not a test.
"""
from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

from generator.pipeline import check_archive  # noqa: E402
from generator.site import kinds  # noqa: E402,F401  (registers the blocks)
from generator.site.pages import BLOCKS  # noqa: E402
from page_sizes import CHROME  # noqa: E402

BLOCK = re.compile(r"<!--\s*council-archive:([a-z0-9-]+)\s*-->")
ITEMS = re.compile(r'<li[ >]|<th scope="row">')  # list items and table rows: what each block lists


def home_size(project: Path) -> tuple[int, list[tuple[str, int, int]]]:
    """(reports in the archive, [(block, bytes, items)]) for the project's home page."""
    build = check_archive(project, project / "content", project / "site_config")
    if build.archive is None:
        raise SystemExit(f"{project}: the archive has errors; run the check first")
    text = (project / "content" / "index.md").read_text("utf-8")
    blocks = []
    for name in BLOCK.findall(text):
        html = BLOCKS[name](build.archive, "")
        blocks.append((name, len(html.encode("utf-8")), len(ITEMS.findall(html))))
    return len(build.archive.reports), blocks


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("projects", type=Path, nargs="+", help="projects with content/ and site_config/")
    args = parser.parse_args(argv)
    kib = lambda n: f"{n / 1024:,.1f} KiB"  # noqa: E731
    for project in args.projects:
        start = time.perf_counter()
        reports, blocks = home_size(project.resolve())
        text = len((project / "content" / "index.md").read_bytes())
        body = text + sum(size for _, size, _ in blocks)
        print(f"{project}: {reports:,} reports; home page body {kib(body)}, "
              f"with the theme's chrome about {kib(body + CHROME)}")
        for name, size, items in blocks:
            print(f"  {name:<24} {kib(size):>10}  {items:>4} items")
        print(f"  (core run in {time.perf_counter() - start:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
