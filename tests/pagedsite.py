"""Sites long enough to page, for tests.

make_paged_site: a tiny site of 130 monthly Children's Services reports
(January 2008 to October 2018), each with one reading of children looked after
and two commitments, so

- the metric page holds only the 100 newest readings (series.RECENT_READINGS) and
  the readings by decade span two pages, 2000-2009 and 2010-2019;
- the portfolio's and the member's tracker listings hold 260 commitments, more
  than one page (commitments.LISTING_PER_PAGE, 200).

make_long_site: benchmarks/synth.py's archive of LONG_REPORTS reports over 36 years
(12 portfolios, 13 metrics with rates resting on a population estimate for every
year, so a rate chart marks some 30 base changes), to look at the pages at scale.
"""
from __future__ import annotations

import importlib.util
import sys
from datetime import date, timedelta
from pathlib import Path

from tinysite import REPO_ROOT, make_site

LONG_REPORTS = 1000

REPORTS = 130
METRIC = "children-looked-after"
STATUSES = ("planned", "in-progress", "delivered", "delayed")

_REPORT = """\
---
title: Children's Services report {n}
date: {date}
meeting: Council
portfolio: childrens-services
member: barrie-cooper
metrics:
  - metric: children-looked-after
    value: {value}
    as_of: {as_of}
commitments:
  - id: promise-{n}-a
    text: Promise {n}, the first.
    status: {status_a}
  - id: promise-{n}-b
    text: Promise {n}, the second.
    status: {status_b}
---

Report {n}.
"""


def report_dates() -> list[date]:
    return [date(2008 + i // 12, i % 12 + 1, 10) for i in range(REPORTS)]


def as_of(n: int) -> date:
    return report_dates()[n] - timedelta(days=9)


def value(n: int) -> int:
    return 400 + n


def report_url(n: int) -> str:
    day = report_dates()[n]
    return f"reports/{day.year}/{day.isoformat()}-childrens-services/"


def make_paged_site(root: Path) -> Path:
    reports = {}
    for n, day in enumerate(report_dates()):
        reports[f"{day.year}/{day.isoformat()}-childrens-services.md"] = _REPORT.format(
            n=n, date=day.isoformat(), value=value(n), as_of=as_of(n).isoformat(),
            status_a=STATUSES[n % 4], status_b=STATUSES[(n + 1) % 4])
    return make_site(root, reports)


def make_long_site(root: Path, reports: int = LONG_REPORTS) -> Path:
    """benchmarks/synth.py's whole project (the real mkdocs.yml and home page) in root."""
    return _synth().synthesize(root, reports)


def _synth():
    if "synth" not in sys.modules:  # benchmarks/ is scripts, not a package
        spec = importlib.util.spec_from_file_location("synth", REPO_ROOT / "benchmarks" / "synth.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules["synth"] = module
        spec.loader.exec_module(module)
    return sys.modules["synth"]
