"""Shared pieces of the twenty-first held-out set's templates: those of ../heldout20/h20_common (and,
through it, ../heldout3's report machinery, ../heldout8's sentences, ../heldout11's titles and
decisions, ../heldout12's table rows and PDF pages, ../heldout15's Word numbering, ../heldout19's
WordprocessingML and ODF writers). This module adds set 20 to the sets to keep clear of, a
performance system's indicator codes, a quarter's months and their values, a data-quality word
and a few helpers.
"""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from h20_common import (ADDRESS, DAYS, KEY, LOWER_BETTER, MONTHS, NBSP, NOTE, PORTFOLIOS, ROMAN, SYMBOL, THIN,  # noqa: F401
                        W_NS, Fig, Job, Report, _extras, add_numbering, arrow, background, bare, benchmark, cap,
                        cross, decision, direction, dot_short, dotted, ends, fin_year, fy_q, items, later, long,
                        lookalike, mark_text, meeting_date, mon, new_report, noun, ordinal, ordinal_long,
                        other_member, partner, per_k, perf, perf_rows15, polarity, q_words, quarter, quarter_name,
                        quarter_of, quarters_back, rate_short, rate_words, row_rate, set_num, shade, short_month,
                        slash, small_words, spaced, status, subcount, symbol, target_range, thanks, trap_lines,
                        trend, unit, who, word_counts, wrap)

EARLIER = ("", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8",
           "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "heldout14", "heldout15", "heldout16",
           "heldout17", "heldout18", "heldout19", "heldout20")

CODE = {"childrens-services": "CYP", "education": "EDU", "adult-social-care": "ASC", "housing": "HOU",
        "environment": "ENV", "community-safety": "CSF", "regeneration": "REG", "finance": "RES",
        "culture": "CUL", "public-health": "PHE"}


def taken(corpus: Path) -> set:
    """(date, portfolio) pairs the other sets use: no document here shares one."""
    used = set()
    for sub in EARLIER:
        for t in json.loads((corpus / sub / "truth.json").read_text(encoding="utf-8")).values():
            used.add((dt.date.fromisoformat(t["date"]), t["portfolio"]))
    return used


def pi_code(r: Report, n: int) -> str:
    """A performance system's indicator code: 'CYP-PI-014'."""
    return f"{CODE[r.portfolio]}-PI-{n:03d}"


def months_of(q_end: dt.date) -> list[dt.date]:
    """The three month ends of the quarter ending q_end, oldest first."""
    out = []
    for k in (2, 1, 0):
        m = q_end.month - k
        y = q_end.year
        if m <= 0:
            m += 12
            y -= 1
        nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
        out.append(nxt - dt.timedelta(days=1))
    return out


def month_values(r: Report, f: Fig) -> list[str]:
    """The quarter's three months as the table shows them: for a count of events the three months
    add up to the quarter's total; for a count of people at a point the last month is the
    quarter-end position; for a percentage the months scatter round the quarter's value."""
    rng = r.rng
    if f.percent:
        vals = [round(min(99.5, max(1.0, f.value + rng.uniform(-3.5, 3.5))), 1) for _ in range(3)]
        vals = [v if v != f.value else round(v + 0.6, 1) for v in vals]
        return [f"{v:.1f}%" for v in vals]
    v = int(f.value)
    if f.metric.kind == "flow":
        a = max(1, int(v * rng.uniform(0.27, 0.38)))
        b = max(1, int(v * rng.uniform(0.27, 0.38)))
        c = v - a - b
        return [f"{a:,}", f"{b:,}", f"{c:,}"]
    a = max(2, int(round(v * rng.uniform(0.95, 1.05))))
    b = max(2, int(round(v * rng.uniform(0.97, 1.03))))
    return [f"{a:,}", f"{b:,}", f"{v:,}"]


DQ = ["Validated", "Validated", "Provisional", "Estimate", "Validated"]


def pct_of_target(f: Fig) -> str:
    """The value as a percentage of its target (not a figure)."""
    t = float(f.target.rstrip("%").replace(",", ""))
    return f"{100 * f.value / t:.0f}%"


def met(f: Fig) -> str:
    return "\u2713 Yes" if status(f) == "Green" else "\u2717 No"
