"""A tiny site long enough to page: 130 monthly Children's Services reports
(January 2008 to October 2018), each with one reading of children looked after
and two commitments, so

- the metric page holds only the 100 newest readings (series.RECENT_READINGS) and
  the readings by decade span two pages, 2000-2009 and 2010-2019;
- the portfolio's and the member's tracker listings hold 260 commitments, more
  than one page (commitments.LISTING_PER_PAGE, 200).
"""
from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from tinysite import make_site

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
