"""Benchmark the commitment tracker at scale; prints figures, asserts nothing.

    .venv/bin/python scripts/bench_tracker.py [REPORTS] [PORTFOLIOS]

Writes REPORTS synthetic reports (default 10,000) over PORTFOLIOS portfolios
(default 20) into a temporary project, each making one new commitment and
updating its portfolio's two previous ones, then times loading and checking,
the tracker model, and rendering the tracker pages (not the MkDocs build).
"""
from __future__ import annotations

import datetime as dt
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.site.kinds.commitments import commitment_pages  # noqa: E402
from generator.pipeline import check_archive  # noqa: E402
from generator.model.tracker import build_tracker  # noqa: E402

STATUSES = ["planned", "in-progress", "delayed", "delivered"]


def write_project(root: Path, reports: int, portfolios: int) -> None:
    shutil.copytree(ROOT / "site_config", root / "site_config")
    keys = [f"portfolio-{p}" for p in range(portfolios)]
    (root / "site_config" / "portfolios.yml").write_text("childrens-services:\n  name: Children\n" + "".join(
        f"{k}:\n  name: Portfolio {k}\n" for k in keys))
    (root / "site_config" / "members.yml").write_text("".join(  # one member per portfolio
        f"member-{k}:\n  name: Councillor {k}\n  roles:\n    - {{title: Executive Member, portfolio: {k}}}\n"
        for k in keys))
    start = dt.date(2000, 1, 1)
    for n in range(reports):
        portfolio, round_ = keys[n % portfolios], n // portfolios
        day = start + dt.timedelta(days=round_ * 7 + n % portfolios % 7)
        entries = [f"  - id: {portfolio}-c{round_}\n    text: Promise {round_} of {portfolio}, in words.\n"
                   f"    status: planned\n    due: {day.year + 1}-{day.month:02d}\n"]
        entries += [f"  - id: {portfolio}-c{r}\n    status: {STATUSES[(round_ - r) % 4]}\n"
                    f"    update: Progress on promise {r}.\n" for r in (round_ - 1, round_ - 2) if r >= 0]
        path = root / "content" / "reports" / str(day.year) / f"{day.isoformat()}-{portfolio}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"---\ntitle: Report {n}\ndate: {day.isoformat()}\nportfolio: {portfolio}\n"
                        f"member: member-{portfolio}\ncommitments:\n{''.join(entries)}---\n\nProse.\n")


def timed(label: str, fn):
    started = time.perf_counter()
    result = fn()
    print(f"{label:<34} {time.perf_counter() - started:8.2f} s")
    return result


def main(reports: int = 10_000, portfolios: int = 20) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        timed(f"write {reports:,} reports", lambda: write_project(root, reports, portfolios))
        build = timed("load + validate + checks", lambda: check_archive(
            root, root / "content", root / "site_config"))
        print(f"{'problems (errors/warnings/notes)':<34} {len(build.problems.errors)}/"
              f"{len(build.problems.warnings)}/{len(build.problems.notes)}")
        archive = build.archive
        tracker = timed("tracker model", lambda: build_tracker(archive))
        pages = timed("render tracker pages", lambda: commitment_pages(archive))
        index = next(p for p in pages if p.src_uri == "commitments/index.md")
        listings = [p for p in pages if p.src_uri.startswith("commitments/by-")]
        singles = [len(p.html) for p in pages if p is not index and p not in listings]
        largest = max(listings, key=lambda p: len(p.html))
        print(f"{'commitments':<34} {len(tracker.commitments):8,}")
        print(f"{'overdue / silent':<34} {sum(c.overdue for c in tracker.commitments):,} / "
              f"{sum(c.silent for c in tracker.commitments):,}")
        print(f"{'index page body':<34} {len(index.html) / 1e6:8.2f} MB")
        print(f"{'largest listing page body':<34} {len(largest.html) / 1e6:8.2f} MB ({largest.src_uri})")
        print(f"{'commitment page body, mean':<34} {sum(singles) / max(len(singles), 1) / 1e3:8.2f} kB")

if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:3]))
