"""Shared pieces of the eighteenth held-out set's templates. The report machinery (figures, dates,
members in post, the truth it yields) is ../heldout3/h3_model's; the sentences carrying numbers
that are not figures ../heldout8/h8_common's; titles, decisions and helpers ../heldout11's; the
performance table rows ../heldout12/h12_common's; the Word numbering helpers ../heldout15's (all
through ../heldout16/h16_common and ../heldout17/h17_common). This module adds the earlier sets to
keep clear of (set 17 now among them), RAG symbols with their key, target ranges, numbers set
with thin or no-break spaces, small numbers in words and a few helpers.
"""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from h3_model import LOWER_BETTER, fin_year, month_end, quarter_of, quarters_back, status  # noqa: F401
from h7_common import words as _words
from h17_common import (ADDRESS, DAYS, MONTHS, PORTFOLIOS, ROMAN, W_NS, Fig, Job, Report, _extras,  # noqa: F401
                        add_numbering, arrow, background, cap, cross, decision, direction, dot_short, dotted, ends,
                        items, later, long, lookalike, meeting_date, mon, new_report, noun, ordinal, ordinal_long,
                        other_member, per_k, perf, perf_rows15, polarity, promise, quarter, quarter_name, rate_short,
                        rate_words, row_rate, set_num, shade, short_month, slash, subcount, thanks, trap_lines, who,
                        wrap)

EARLIER = ("", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8",
           "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "heldout14", "heldout15", "heldout16",
           "heldout17")

THIN, NBSP = "\u2009", "\u00a0"
SYMBOL = {"Green": "\u25cf", "Amber": "\u25b2", "Red": "\u25a0"}
KEY = ("Key: \u25cf on or better than target (green); \u25b2 within 5% of target (amber); \u25a0 more than 5% "
       "away from target (red); n/a not applicable or no data for the period.")


def taken(corpus: Path) -> set:
    """(date, portfolio) pairs the other sets use: no document here shares one."""
    used = set()
    for sub in EARLIER:
        for t in json.loads((corpus / sub / "truth.json").read_text(encoding="utf-8")).values():
            used.add((dt.date.fromisoformat(t["date"]), t["portfolio"]))
    return used


def spaced(f: Fig, v: float | None = None, sep: str = THIN) -> str:
    """A value with a thin (or no-break) space for the thousands: '1\u2009234'."""
    v = f.value if v is None else v
    if f.percent:
        return f"{v:.1f}%"
    return f"{int(v):,}".replace(",", sep)


def bare(f: Fig, v: float | None = None) -> str:
    """The value without its unit: '71.3' for a percentage (the unit in its own column)."""
    v = f.value if v is None else v
    return f"{v:.1f}" if f.percent else f"{int(v):,}"


def unit(f: Fig) -> str:
    if f.percent:
        return "%"
    return {"stock": "number", "flow": "number (in period)"}[f.metric.kind]


def target_range(r: Report, f: Fig) -> str:
    """The target as a range, '540\u2013580' (or '70\u201375%')."""
    t = float(f.target.rstrip("%").replace(",", ""))
    if f.percent:
        return f"{int(t) - 2}\u2013{int(t) + 2}%"
    step = max(2, int(t * 0.04))
    return f"{max(1, int(t) - step):,}\u2013{int(t) + step:,}"


def symbol(f: Fig) -> str:
    s = status(f)
    return f"{SYMBOL[s]} {s}"


def small_words(n: int) -> str:
    """'nine': councils write small counts in words."""
    return _words(n)


def trend(f: Fig) -> str:
    return {"Improving": "\u2191 Improving", "Worsening": "\u2193 Worsening", "No change": "\u2194 No change"}[direction(f)]


def year_end_before(d: dt.date) -> dt.date:
    """The last 31 March before d."""
    y = d.year if d.month > 3 else d.year - 1
    return dt.date(y, 3, 31)


def word_counts(r: Report) -> str:
    """A sentence with small counts written in words (not figures)."""
    rng = r.rng
    n1, n2 = rng.randint(3, 9), rng.randint(2, 6)
    r.traits |= {"numbers-in-words", "trap-teams"}
    return rng.choice([f"The work is led from {small_words(n1)} locality hubs, with {small_words(n2)} more due to open next year.",
                       f"{cap(small_words(n1))} of the borough's 22 wards now have a named link officer, and {small_words(n2)} "
                       "community groups have joined the steering group.",
                       f"The service has {small_words(n1)} teams working from {small_words(n2)} bases."])
