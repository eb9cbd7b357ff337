"""Shared pieces of the seventeenth held-out set's templates. The report machinery (figures, dates,
members in post, the truth it yields) is ../heldout3/h3_model's; the sentences carrying numbers
that are not figures ../heldout8/h8_common's; titles, decisions and helpers ../heldout11's; the
performance table rows ../heldout12/h12_common's; the Word numbering helpers ../heldout15's (all
through ../heldout16/h16_common). This module adds the earlier sets to keep clear of (set 16 now
among them), the financial year's quarters, a statistical neighbours' average and a few helpers.
"""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from h3_model import LOWER_BETTER, fin_year, quarter_of, quarters_back, status  # noqa: F401
from h16_common import (ADDRESS, DAYS, MONTHS, PORTFOLIOS, ROMAN, W_NS, Fig, Job, Report, _extras,  # noqa: F401
                        add_numbering, arrow, background, cap, cross, decision, direction, dot_short, dotted, ends,
                        items, later, long, lookalike, meeting_date, mon, new_report, noun, ordinal, ordinal_long,
                        other_member, perf, perf_rows15, promise, quarter, quarter_name, rate_short, rate_words, row_rate, set_num,
                        shade, short_month, slash, subcount, thanks, trap_lines, who, wrap)

EARLIER = ("", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8",
           "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "heldout14", "heldout15", "heldout16")


def taken(corpus: Path) -> set:
    """(date, portfolio) pairs the other sets use: no document here shares one."""
    used = set()
    for sub in EARLIER:
        for t in json.loads((corpus / sub / "truth.json").read_text(encoding="utf-8")).values():
            used.add((dt.date.fromisoformat(t["date"]), t["portfolio"]))
    return used


def fy_quarters(q_end: dt.date) -> list[dt.date]:
    """The four quarter ends of q_end's financial year (Q1 to Q4), some after q_end."""
    q4 = dt.date(q_end.year + (1 if q_end.month > 3 else 0), 3, 31)
    return quarters_back(q4, 4)


def neighbours(r: Report, f: Fig) -> str:
    """The statistical neighbours' average for an indicator (not a figure of this council)."""
    if f.percent:
        return f"{min(99.0, max(20.0, f.value + r.rng.uniform(-7, 7))):.1f}%"
    return f"{max(3, int(f.value * r.rng.uniform(0.8, 1.2))):,}"


def polarity(f: Fig) -> str:
    return "Lower is better" if f.key in LOWER_BETTER else "Higher is better"


def per_k(f: Fig) -> str:
    """'61.2 per 10k' as a dashboard prints a rate."""
    per = f.metric.rate_per
    return f"{f.rate:.1f} per {per // 1000}k" if per >= 1000 else f"{f.rate:.1f} per {per}"
