"""Shared pieces of the sixteenth held-out set's templates. The report machinery (figures, dates,
members in post, the truth it yields) is ../heldout3/h3_model's; the sentences carrying numbers
that are not figures ../heldout8/h8_common's; titles, decisions and helpers ../heldout11's; the
performance table rows ../heldout12/h12_common's; the Word numbering helpers ../heldout15's (all
through ../heldout15/h15_common). This module adds the earlier sets to keep clear of (set 15 now
among them), a month-by-month draw of figures, arrows for the direction of travel and a few
text helpers.
"""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from h3_model import LOWER_BETTER, last_month_end, months_back, status  # noqa: F401
from h15_common import (ADDRESS, DAYS, MONTHS, PORTFOLIOS, ROMAN, W_NS, Fig, Job, Report, _extras,  # noqa: F401
                        _keep_rates, add_numbering, background, cap, cross, decision, direction, dot_short, dotted,
                        ends, items, later, long, lookalike, meeting_date, new_report, noun, ordinal, ordinal_long,
                        other_member, perf, perf_rows15, quarter, quarter_name, rate_short, rate_words, row_rate,
                        set_num, shade, short_month, slash, subcount, thanks, trap_lines, who, wrap)

EARLIER = ("", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8",
           "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "heldout14", "heldout15")


def taken(corpus: Path) -> set:
    """(date, portfolio) pairs the other sets use: no document here shares one."""
    used = set()
    for sub in EARLIER:
        for t in json.loads((corpus / sub / "truth.json").read_text(encoding="utf-8")).values():
            used.add((dt.date.fromisoformat(t["date"]), t["portfolio"]))
    return used


def monthly(r: Report, n=(3, 4), months: int = 6, rates: float = 0.8):
    """The latest month's figures (all truth) with the five months before them and the same month
    a year earlier (history[-months] .. history[-1], then history[0] the year-earlier value)."""
    rng = r.rng
    m_end = last_month_end(r.report_date - dt.timedelta(days=rng.randint(8, 30)))
    ms = months_back(m_end, months)
    figs = r.draw(rng.randint(*n), m_end, monthly=True, n_history=months, rates=rates)
    r.figs = list(figs)
    r.traits |= {"figures-at-heading", "as-at-differs-from-meeting", "monthly-columns"}
    return m_end, ms, figs


def arrow(f: Fig, prev: float) -> str:
    """An arrow for the direction of travel against the month before, and better or worse in words."""
    if prev == f.value:
        return "\u2194 Same"
    up = f.value > prev
    better = up != (f.key in LOWER_BETTER)
    return ("\u2191" if up else "\u2193") + (" Better" if better else " Worse")


def mon(d: dt.date) -> str:
    """'Sep 19'"""
    return f"{MONTHS[d.month - 1][:3]} {d.year % 100:02d}"


def iso_ref(d: dt.date) -> str:
    return d.isoformat()


def promise(text: str) -> str:
    """A priority as a promise in the first person: 'Keep more children ...' -> 'keep more children ...'."""
    return text[0].lower() + text[1:]
