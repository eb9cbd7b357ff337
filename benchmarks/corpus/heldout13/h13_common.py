"""Shared pieces of the thirteenth held-out set's templates. The report machinery (figures, dates,
members in post, the truth it yields) is ../heldout3/h3_model's; the sentences that carry numbers
which are not figures and the ways members are written ../heldout8/h8_common's; titles, decisions
and date helpers ../heldout11/h11_common's; the performance table and the page layout engine
../heldout12/h12_common's. This module adds the earlier sets to keep clear of and numbers said
aloud (for captions).
"""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from h7_common import words as _words
from h12_common import (ADDRESS, DAYS, MONTHS, PORTFOLIOS, Fig, Job, Op, Pager, Report, _extras, background,  # noqa: F401
                        cap, cross, decision, dotted, draw_ops, ends, items, later, long, lookalike, meeting_date,
                        new_report, noun, ordinal, ordinal_long, other_member, perf, perf_rows, quarter, quarter_name,
                        rate_short, rate_words, row_rate, short_month, slash, subcount, thanks, trap_lines, who, wrap)

EARLIER = ("", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8",
           "heldout9", "heldout10", "heldout11", "heldout12")


def taken(corpus: Path) -> set:
    """(date, portfolio) pairs the other sets use: no document here shares one."""
    used = set()
    for sub in EARLIER:
        for t in json.loads((corpus / sub / "truth.json").read_text(encoding="utf-8")).values():
            used.add((dt.date.fromisoformat(t["date"]), t["portfolio"]))
    return used


def spoken(f: Fig, v: float | None = None, as_words: bool = False) -> str:
    """A value as auto-captions write it: digits without commas, or words ('seventy two point four
    percent'), lower case, no hyphens."""
    v = f.value if v is None else v
    if f.percent:
        whole, tenth = f"{v:.1f}".split(".")
        if as_words:
            return f"{_words(int(whole)).replace('-', ' ')} point {_words(int(tenth))} percent"
        return f"{v:.1f} percent"
    return _words(int(v)).replace("-", " ") if as_words else str(int(v))


def say_date(d: dt.date) -> str:
    return f"{ordinal_words(d.day)} of {MONTHS[d.month - 1].lower()}"


def ordinal_words(n: int) -> str:
    special = {1: "first", 2: "second", 3: "third", 5: "fifth", 8: "eighth", 9: "ninth", 12: "twelfth"}
    if n in special:
        return special[n]
    if n < 20:
        return _words(n) + "th"
    tens, one = divmod(n, 10)
    base = ["", "", "twenty", "thirty"][tens]
    if not one:
        return base[:-1] + "ieth"
    return f"{base} {ordinal_words(one)}"
