"""One held-out-5 report before layout. The report machinery (a Report's figures, dates, the
truth it yields, meeting days the member held the portfolio on) is ../heldout3/h3_model's; the
words are this set's own (h5_words), and so are the sentences carrying numbers that are not
figures.
"""
from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

from council import DOMAIN, METRICS, PORTFOLIOS, holder, predecessor
from h3_model import (DAYS, MONTHS, SHARED, Fig, Job, Report, dotted, fin_year,  # noqa: F401
                      last_month_end, last_quarter_end, long_date, member_as, mon_yy, month_end,
                      months_back, name_traits, ordinal, own_metrics, pick_meeting, quarter_name, quarters_back,
                      slash, status, step, target_for)
from h3_words import NOUNS
from h5_words import (BACKGROUND, COMPARATORS, DECISIONS, LOOKALIKES, N_WARDS, OFFICERS, PRIORITIES, REGION,
                      TITLES, WARDS)

POP_WORDS = {"children-0-17": "children aged 0 to 17", "adults-18-plus": "adults aged 18 and over",
             "older-people-65-plus": "population aged 65+", "households": "households"}
PERCENT_NOUNS = {"ehcp-within-20-weeks": "of new EHC plans issued within 20 weeks",
                 "recycling-rate": "of household waste sent for reuse, recycling or composting",
                 "major-planning-13-weeks": "of major planning applications determined within 13 weeks"}


def taken(corpus: Path) -> set:
    """(date, portfolio) pairs the other sets use: no document here shares one."""
    used = set()
    for sub in ("", "heldout", "heldout2", "heldout3", "heldout4"):
        for t in json.loads((corpus / sub / "truth.json").read_text(encoding="utf-8")).values():
            used.add((dt.date.fromisoformat(t["date"]), t["portfolio"]))
    return used


def new_report(rng: random.Random, family: str, fmt: str, portfolio: str, body: str, used: set,
               years: tuple[int, int], lead: tuple[int, int] = (7, 18), new_holder: bool = False) -> Report:
    meeting = pick_meeting(rng, portfolio, body, used, years, new_holder)
    member = holder(portfolio, meeting)
    report_date = meeting - dt.timedelta(days=rng.randint(*lead))
    report_date -= dt.timedelta(days=max(0, report_date.weekday() - 4))
    first = min(r.start for r in member.roles if r.portfolio == portfolio)
    pred = predecessor(portfolio, meeting)
    name, title = rng.choice(OFFICERS[portfolio])
    email = name.replace("Dr ", "").lower().replace(" ", ".").replace("'", "") + "@" + DOMAIN
    officer = (name, title, f"01632 97{rng.randint(1000, 9999)}", email)
    return Report(family=family, fmt=fmt, rng=rng, portfolio=portfolio, member=member, body=body,
                  meeting=meeting, report_date=report_date, item=rng.randint(3, 15),
                  title=rng.choice(TITLES[portfolio]), officer=officer,
                  decisions=rng.sample(DECISIONS[portfolio], rng.randint(2, 3)),
                  priorities=rng.sample(PRIORITIES[portfolio], rng.randint(2, 3)),
                  predecessor=pred if pred and (meeting - first).days < 400 else None)


def noun(rng: random.Random, key: str) -> str:
    return PERCENT_NOUNS.get(key) or rng.choice(NOUNS[key])


def per_words(f: Fig, form: int) -> str:
    """A rate as printed: 'per 10,000 children aged 0 to 17', 'per 10k', 'per 1,000 households'."""
    per = f.metric.rate_per
    if form == 0:
        return f"{f.rate:.1f} per {per:,} {POP_WORDS[f.metric.population]}"
    if form == 1:
        return f"{f.rate:.1f} per {per // 1000}k" if per >= 10000 else f"{f.rate:.1f} per {per:,}"
    return f"rate {f.rate:.1f}"


def later(r: Report, figs: list[Fig], on: dt.date) -> Fig | None:
    pool = [f for f in figs if f.metric.kind == "stock" and f.as_of < on]
    if not pool:
        return None
    f = r.rng.choice(pool)
    g = Fig(f.metric, step(r.rng, f.metric, f.value), on, label=f.label)
    r.traits.add("prose-figure-later-date")
    return g


def traps(r: Report) -> dict[str, str]:
    rng, fy = r.rng, fin_year(r.meeting)
    m = rng.choice([x for x in own_metrics(r.portfolio, r.meeting) if x.kind != "percent"])
    n = noun(rng, m.key)
    w = rng.sample(WARDS, 3)
    return {
        "trap-money": rng.choice([
            f"The service's gross budget for {fy} is £{rng.randint(4, 31)}.{rng.randint(1, 9)}m and the current forecast is an overspend of £{rng.randint(150, 990)}k.",
            f"Government has confirmed a grant of £{rng.randint(120, 870)},{rng.randint(100, 999)} for {r.meeting.year + 1}.",
            f"The average weekly cost of a placement is now £{rng.randint(1, 6)},{rng.randint(100, 999)}."]),
        "trap-percent": rng.choice([
            f"Roughly {rng.randint(51, 89)}% of {n} are in the east of the borough.",
            f"Demand is up {rng.randint(2, 19)}% on the same period last year."]),
        "trap-wards": f"{w[0]}, {w[1]} and {w[2]} wards together account for a third of the borough's {N_WARDS} wards' demand.",
        "trap-ages": f"Eligibility runs from age {rng.choice([16, 18, 55, 60])} and includes young adults up to {rng.choice([21, 24, 25])}.",
        "trap-years": f"The partnership agreement dates from {r.meeting.year - rng.randint(4, 10)} and is due for renewal in {r.meeting.year + rng.randint(1, 4)}.",
        "trap-teams": f"There are {rng.randint(3, 8)} area teams and {rng.randint(35, 175)} full-time equivalent posts.",
        "trap-national": f"Nationally the comparable figure is {rng.randint(int(m.low), int(m.high)):,} {n}.",
        "trap-regional": f"The {REGION} average is {rng.randint(int(m.low), int(m.high)):,} {n}.",
        "trap-other-council": f"{rng.choice(COMPARATORS)} Borough Council, our nearest neighbour, reports {rng.randint(int(m.low), int(m.high)):,} {n}.",
        "trap-phone": f"Queries to the duty line on 01632 97{rng.randint(1000, 9999)} (Monday to Friday).",
        "trap-difference": f"This is {rng.randint(6, 75)} higher than twelve months ago.",
        "trap-schools": f"Each of the borough's {rng.randint(50, 65)} schools has a named link officer.",
    }


def trap_lines(r: Report, keys: list[str]) -> list[str]:
    pool = traps(r)
    r.traits.update(k if k != "trap-regional" else "trap-national" for k in keys)
    return [pool[k] for k in keys]


def cross(r: Report, on: dt.date, pair: bool = False):
    """Another portfolio's indicator with a value and a date: never this report's figure."""
    rng = r.rng
    pool = [m for m in METRICS if m.portfolio != r.portfolio and m.kind != "percent" and (m.since or on) <= on]
    m = rng.choice(pool)
    v = rng.randint(int(m.low), int(m.high))
    r.traits.add("trap-cross-portfolio")
    if pair:
        return m, v
    n = noun(rng, m.key)
    return rng.choice([
        f"The {PORTFOLIOS[m.portfolio]} portfolio reports {v:,} {n} at {long_date(on)}.",
        f"Separately, {n} stood at {v:,} at {long_date(on)} ({PORTFOLIOS[m.portfolio]})."])


def subcount(r: Report, f: Fig) -> str:
    k = max(2, int(f.value * r.rng.uniform(0.05, 0.3)))
    r.traits.add("trap-subcount")
    n = noun(r.rng, f.key)
    return r.rng.choice([f"Of the {f.show()} {n}, {k:,} were new this quarter.",
                         f"The {f.show()} {n} include {k:,} recorded for the first time this year."])


def lookalike(r: Report, n: int) -> tuple[str, list[str]]:
    label = r.rng.choice(LOOKALIKES[r.portfolio])
    r.traits.add("lookalike-row")
    if "(%)" in label:
        v = r.rng.uniform(50, 92)
        return label, [f"{min(99.0, v + r.rng.uniform(-4, 4)):.1f}%" for _ in range(n)]
    v = r.rng.randint(10, 150)
    return label, [f"{max(2, int(v * r.rng.uniform(0.85, 1.15))):,}" for _ in range(n)]


def background(r: Report, n: int) -> list[str]:
    return r.rng.sample(BACKGROUND[r.portfolio], min(n, len(BACKGROUND[r.portfolio])))


def colleague(r: Report):
    others = [p for p in PORTFOLIOS if p != r.portfolio]
    r.rng.shuffle(others)
    for p in others:
        m = holder(p, r.meeting)
        if m and m.key != r.member.key:
            return m, PORTFOLIOS[p]
    return None
