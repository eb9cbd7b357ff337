"""Shared pieces of the tenth held-out set's templates: a report's meeting and member (the
report machinery is ../heldout3/h3_model's: figures, dates, the truth it yields; the sentences
carrying numbers that are not figures and the ways dates and members are written are
../heldout8/h8_common's), numbers in words (../heldout7/h7_common), and this set's own
titles and decisions (h10_words).
"""
from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

from council import DOMAIN, holder, predecessor
from h3_model import Report, pick_meeting
from h7_common import words  # noqa: F401
from h8_common import (background, cap, colleague, cross, ddmmmyy, dotted, iso, later, long, lookalike,  # noqa: F401
                       member_text, noun, ordinal_long, rate_words, short_month, slash, subcount, trap_lines, wrap)
from h8_words import OFFICERS, PRIORITIES
from h10_words import DECISIONS, TITLES

EARLIER = ("", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8")


def taken(corpus: Path) -> set:
    """(date, portfolio) pairs the other sets use: no document here shares one."""
    used = set()
    for sub in EARLIER:
        for t in json.loads((corpus / sub / "truth.json").read_text(encoding="utf-8")).values():
            used.add((dt.date.fromisoformat(t["date"]), t["portfolio"]))
    return used


def new_report(rng: random.Random, family: str, fmt: str, portfolio: str, body: str, used: set,
               years: tuple[int, int], lead: tuple[int, int] = (7, 20), new_holder: bool = False) -> Report:
    meeting = pick_meeting(rng, portfolio, body, used, years, new_holder)
    member = holder(portfolio, meeting)
    report_date = meeting - dt.timedelta(days=rng.randint(*lead))
    report_date -= dt.timedelta(days=max(0, report_date.weekday() - 4))
    first = min(r.start for r in member.roles if r.portfolio == portfolio)
    pred = predecessor(portfolio, meeting)
    name, title = rng.choice(OFFICERS[portfolio])
    email = name.replace("Dr ", "").lower().replace(" ", ".").replace("'", "") + "@" + DOMAIN
    officer = (name, title, f"01632 93{rng.randint(1000, 9999)}", email)
    return Report(family=family, fmt=fmt, rng=rng, portfolio=portfolio, member=member, body=body,
                  meeting=meeting, report_date=report_date, item=rng.randint(4, 15),
                  title=rng.choice(TITLES[portfolio]), officer=officer,
                  decisions=rng.sample(DECISIONS[portfolio], rng.randint(2, 3)),
                  priorities=rng.sample(PRIORITIES[portfolio], 3),
                  predecessor=pred if pred and (meeting - first).days < 400 else None)


def percent_words(v: float) -> str:
    """74.2 -> 'seventy-four point two per cent'"""
    whole, tenth = f"{v:.1f}".split(".")
    return f"{words(int(whole))} point {words(int(tenth))} per cent"


def row_rate(f) -> str:
    return f"rate per {f.metric.rate_per:,} {rate_words(f).split(' ', 3)[3]}"
