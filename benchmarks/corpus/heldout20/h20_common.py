"""Shared pieces of the twentieth held-out set's templates: those of ../heldout19/h19_common (and,
through it, ../heldout3's report machinery, ../heldout8's sentences, ../heldout11's titles and
decisions, ../heldout12's table rows and PDF pages, ../heldout15's Word numbering). This module
adds set 19 to the sets to keep clear of, a benchmark (comparator) value beside a figure, a
direction-of-travel arrow and a few helpers.
"""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from h19_common import (ADDRESS, DAYS, KEY, LOWER_BETTER, MONTHS, NBSP, PORTFOLIOS, ROMAN, SYMBOL, THIN,  # noqa: F401
                        W_NS, Fig, Job, Report, _extras, add_numbering, background, bare, cap, cross, decision,
                        direction, dot_short, dotted, ends, fin_year, fy_q, items, later, long, lookalike,
                        meeting_date, mon, new_report, noun, ordinal, ordinal_long, other_member, partner, per_k, perf,
                        perf_rows15, polarity, q_words, quarter, quarter_name, quarter_of, quarters_back, rate_short,
                        rate_words, row_rate, set_num, shade, short_month, slash, small_words, spaced, status,
                        subcount, symbol, target_range, thanks, trap_lines, trend, unit, who, word_counts, wrap)

EARLIER = ("", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8",
           "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "heldout14", "heldout15", "heldout16",
           "heldout17", "heldout18", "heldout19")

COMPARATORS = ["England average", "Statistical neighbours", "Regional average", "CIPFA nearest neighbours"]


def taken(corpus: Path) -> set:
    """(date, portfolio) pairs the other sets use: no document here shares one."""
    used = set()
    for sub in EARLIER:
        for t in json.loads((corpus / sub / "truth.json").read_text(encoding="utf-8")).values():
            used.add((dt.date.fromisoformat(t["date"]), t["portfolio"]))
    return used


def benchmark(r: Report, f: Fig) -> tuple[str, str]:
    """A comparator's value for an earlier year (not a figure): ('Statistical neighbours 2018/19', '612')."""
    who_ = r.rng.choice(COMPARATORS)
    year = fin_year(f.as_of - dt.timedelta(days=400))
    if f.percent:
        v = round(min(99.0, f.value + r.rng.uniform(-7, 7)), 1)
        if abs(v - f.value) < 0.2:
            v = round(v + 1.3, 1)
        return f"{who_} {year}", f"{v:.1f}%"
    v = max(3, int(f.value * r.rng.uniform(0.8, 1.25)))
    if v == int(f.value):
        v += 3
    return f"{who_} {year}", f"{v:,}"


def arrow(f: Fig) -> str:
    """Direction of travel as an arrow and a word, against the quarter before."""
    d = direction(f)
    up = f.value > f.history[-1]
    return {"No change": "\u2192 No change"}.get(d, ("\u2191 " if up else "\u2193 ") + d)


def mark_text(mark: str) -> str:
    return {"p": " (p)", "star": "*", "sup": ""}[mark]


NOTE = {"sup": "1 Provisional: subject to validation.", "p": "(p) provisional figure",
        "star": "* provisional until year-end validation"}
