"""Shared pieces of the nineteenth held-out set's templates. The report machinery (figures, dates,
members in post, the truth it yields) is ../heldout3/h3_model's; the sentences carrying numbers
that are not figures ../heldout8/h8_common's; titles, decisions and helpers ../heldout11's; the
performance table rows and the PDF page layout ../heldout12/h12_common's; the Word numbering
helpers ../heldout15's (all through ../heldout16, ../heldout17 and ../heldout18's h*_common).
This module adds the earlier sets to keep clear of (set 18 now among them), a profile (the value
planned for the quarter) beside the actual, the joint report's second member and a few helpers.
"""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from h8_common import colleague
from h18_common import (ADDRESS, DAYS, KEY, LOWER_BETTER, MONTHS, NBSP, PORTFOLIOS, ROMAN, SYMBOL, THIN,  # noqa: F401
                        W_NS, Fig, Job, Report, _extras, add_numbering, background, bare, cap, cross, decision,
                        direction, dot_short, dotted, ends, fin_year, items, later, long, lookalike, meeting_date,
                        mon, new_report, noun, ordinal, ordinal_long, other_member, per_k, perf, perf_rows15,
                        polarity, quarter, quarter_name, quarter_of, quarters_back, rate_short, rate_words,
                        row_rate, set_num, shade, short_month, slash, small_words, spaced, status, subcount,
                        symbol, target_range, thanks, trap_lines, trend, unit, who, word_counts, wrap)

EARLIER = ("", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8",
           "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "heldout14", "heldout15", "heldout16",
           "heldout17", "heldout18")


def taken(corpus: Path) -> set:
    """(date, portfolio) pairs the other sets use: no document here shares one."""
    used = set()
    for sub in EARLIER:
        for t in json.loads((corpus / sub / "truth.json").read_text(encoding="utf-8")).values():
            used.add((dt.date.fromisoformat(t["date"]), t["portfolio"]))
    return used


def fy_q(q: dt.date) -> str:
    """'Q2 2019/20': the quarter of the financial year and the year."""
    return f"Q{quarter_of(q)} {fin_year(q)}"


def profile(r: Report, f: Fig) -> str:
    """The value planned for the quarter (the profile of the year's target): not a figure."""
    t = float(f.target.rstrip("%").replace(",", ""))
    if f.percent:
        v = round(t + r.rng.uniform(-1.5, 1.5), 1)
        if v == f.value:
            v = round(v + 0.4, 1)
        return f"{v:.1f}%"
    v = max(2, int(t * r.rng.uniform(0.94, 1.03)))
    if v == int(f.value):
        v += 1
    return f"{v:,}"


def variance(f: Fig, prof: str) -> str:
    """Actual minus profile, signed."""
    p = float(prof.rstrip("%").replace(",", ""))
    d = f.value - p
    if f.percent:
        return f"{d:+.1f} pts"
    return f"{int(d):+,}"


def partner(r: Report) -> tuple:
    """The joint report's second Cabinet (Executive) Member and their portfolio key."""
    c = colleague(r)
    if c is None:
        raise ValueError(f"{r.name}: no colleague for a joint report")
    r.traits.add("other-member-named")
    return c


def q_words(q: dt.date) -> str:
    """'Quarter 2'"""
    return f"Quarter {quarter_of(q)}"


def rag_word(f: Fig) -> str:
    return status(f)
