"""Shared pieces of the eighth held-out set's templates: a report's meeting and member (the
report machinery is ../heldout3/h3_model's: figures, dates, the truth it yields), dates and
members written the ways this set's councils write them, and the sentences carrying numbers
that are not figures, in this set's own words (h8_words).
"""
from __future__ import annotations

import datetime as dt
import json
import random
import textwrap
from pathlib import Path

from council import DOMAIN, METRICS, PORTFOLIOS, holder, predecessor
from h3_model import (DAYS, MONTHS, Fig, Job, Report, fin_year, last_month_end, last_quarter_end,  # noqa: F401
                      month_end, months_back, ordinal, own_metrics, pick_meeting, quarter_name, quarters_back, status,
                      step)
from h3_words import NOUNS
from h8_words import (BACKGROUND, COMPARATORS, DECISIONS, LOOKALIKES, N_WARDS, OFFICERS, PRIORITIES, REGION,
                      TITLES, WARDS)

EARLIER = ("", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7")
POP = {"children-0-17": "children aged 0-17", "adults-18-plus": "adults aged 18+",
       "older-people-65-plus": "people aged 65+", "households": "households"}
PERCENT_NOUNS = {"ehcp-within-20-weeks": "of new EHC plans issued within 20 weeks",
                 "recycling-rate": "of household waste reused, recycled or composted",
                 "major-planning-13-weeks": "of major planning applications decided within 13 weeks"}


def taken(corpus: Path) -> set:
    """(date, portfolio) pairs the other sets use: no document here shares one."""
    used = set()
    for sub in EARLIER:
        for t in json.loads((corpus / sub / "truth.json").read_text(encoding="utf-8")).values():
            used.add((dt.date.fromisoformat(t["date"]), t["portfolio"]))
    return used


def new_report(rng: random.Random, family: str, fmt: str, portfolio: str, body: str, used: set,
               years: tuple[int, int], lead: tuple[int, int] = (7, 20), new_holder: bool = False,
               months: tuple[int, ...] = ()) -> Report:
    """A report for a meeting the member held the portfolio for (pick_meeting's rules), in one
    of `months` if given (a budget meeting in February or March)."""
    while True:
        trial = set(used)
        meeting = pick_meeting(rng, portfolio, body, trial, years, new_holder)
        if not months or meeting.month in months:
            used.add((meeting, portfolio))
            break
    member = holder(portfolio, meeting)
    report_date = meeting - dt.timedelta(days=rng.randint(*lead))
    report_date -= dt.timedelta(days=max(0, report_date.weekday() - 4))
    first = min(r.start for r in member.roles if r.portfolio == portfolio)
    pred = predecessor(portfolio, meeting)
    name, title = rng.choice(OFFICERS[portfolio])
    email = name.replace("Dr ", "").lower().replace(" ", ".").replace("'", "") + "@" + DOMAIN
    officer = (name, title, f"01632 94{rng.randint(1000, 9999)}", email)
    return Report(family=family, fmt=fmt, rng=rng, portfolio=portfolio, member=member, body=body,
                  meeting=meeting, report_date=report_date, item=rng.randint(4, 15),
                  title=rng.choice(TITLES[portfolio]), officer=officer,
                  decisions=rng.sample(DECISIONS[portfolio], rng.randint(2, 3)),
                  priorities=rng.sample(PRIORITIES[portfolio], rng.randint(3, 4)),
                  predecessor=pred if pred and (meeting - first).days < 400 else None)


# --- dates ------------------------------------------------------------------------

def long(d: dt.date, weekday: bool = False, comma: bool = False) -> str:
    t = f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    return f"{DAYS[d.weekday()]}{',' if comma else ''} {t}" if weekday else t


def ordinal_long(d: dt.date, weekday: bool = False) -> str:
    """'11th December 2019' (or 'Wednesday 11th December 2019')"""
    t = f"{ordinal(d.day)} {MONTHS[d.month - 1]} {d.year}"
    return f"{DAYS[d.weekday()]} {t}" if weekday else t


def slash(d: dt.date, short: bool = False) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}" if short else f"{d.day:02d}/{d.month:02d}/{d.year}"


def dotted(d: dt.date) -> str:
    """'11.12.2019'"""
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def ddmmmyy(d: dt.date) -> str:
    """'11DEC19' (a mainframe's date)"""
    return f"{d.day:02d}{MONTHS[d.month - 1][:3].upper()}{d.year % 100:02d}"


def short_month(d: dt.date, weekday: bool = False) -> str:
    """'11 Dec 2019' (or 'Wed 11 Dec 2019')"""
    t = f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}"
    return f"{DAYS[d.weekday()][:3]} {t}" if weekday else t


def iso(d: dt.date) -> str:
    return d.isoformat()


# --- members -------------------------------------------------------------------------

def member_text(r: Report, form: str) -> tuple[str, set[str]]:
    m = r.member
    text = {"full": f"Councillor {m.name}",
            "cllr-full": f"Cllr {m.name}",
            "cllr-dot": f"Cllr {m.first[0]}. {m.surname}",
            "cllr-initial": f"Cllr {m.first[0]} {m.surname}",
            "councillor-initial": f"Councillor {m.first[0]} {m.surname}",
            "bare": m.name,
            "surname-first": f"{m.surname.upper()}, {m.first} (Cllr)",
            "upper-initial": f"CLLR {m.first[0].upper()} {m.surname.upper()}",
            "upper-full": f"COUNCILLOR {m.name.upper()}"}[form]
    traits = {"full": set(), "cllr-full": {"member-short-form"},
              "cllr-dot": {"member-short-form", "member-initial"},
              "cllr-initial": {"member-short-form", "member-initial"},
              "councillor-initial": {"member-initial"}, "bare": {"member-bare-name"},
              "surname-first": {"member-surname-first", "member-short-form"},
              "upper-initial": {"member-short-form", "member-initial", "member-upper-case"},
              "upper-full": {"member-upper-case"}}[form]
    return text, traits


def colleague(r: Report, avoid=()) -> tuple | None:
    """Another cabinet member on the date, with their portfolio's key."""
    others = [p for p in PORTFOLIOS if p != r.portfolio and p not in avoid]
    r.rng.shuffle(others)
    for p in others:
        m = holder(p, r.meeting)
        if m and m.key != r.member.key:
            return m, p
    return None


# --- figures told in words -------------------------------------------------------------

def noun(rng: random.Random, key: str) -> str:
    return PERCENT_NOUNS.get(key) or rng.choice(NOUNS[key])


def cap(s: str) -> str:
    return s[0].upper() + s[1:]


def rate_words(f: Fig, short: bool = False) -> str:
    per = f"{f.metric.rate_per:,}"
    if short:
        return f"{f.rate:.1f} per {per}"
    return f"{f.rate:.1f} per {per} {POP[f.metric.population]}"


def later(r: Report, figs: list[Fig], on: dt.date, rate: bool = False) -> Fig | None:
    """The same stock indicator at a later date (both are figures)."""
    pool = [f for f in figs if f.metric.kind == "stock" and f.as_of < on]
    if not pool:
        return None
    f = r.rng.choice(pool)
    g = Fig(f.metric, step(r.rng, f.metric, f.value), on, label=f.label)
    if rate and f.metric.rate_per:
        g.rate = g.rate_at(g.value, on)
    r.traits.add("prose-figure-later-date")
    return g


def wrap(text: str, width: int = 78, indent: str = "", first: str | None = None) -> str:
    return textwrap.fill(" ".join(text.split()), width=width, initial_indent=indent if first is None else first,
                         subsequent_indent=indent, break_on_hyphens=False, break_long_words=False)


# --- numbers that are not figures --------------------------------------------------------

def traps(r: Report) -> dict[str, str]:
    rng, fy = r.rng, fin_year(r.meeting)
    m = rng.choice([x for x in own_metrics(r.portfolio, r.meeting) if x.kind != "percent"])
    n = noun(rng, m.key)
    w = rng.sample(WARDS, 3)
    lo, hi = int(m.low), int(m.high)
    return {
        "trap-money": rng.choice([
            f"The service's gross budget for {fy} is £{rng.randint(4, 38)}.{rng.randint(1, 9)} million, with an overspend of £{rng.randint(110, 940)},000 forecast at year end.",
            f"A further £{rng.randint(150, 850)}k of grant has been bid for from the {rng.choice(['UK Shared Prosperity Fund', 'Department', 'Integrated Care Board'])}.",
            f"Each placement costs on average £{rng.randint(310, 1900)} a week."]),
        "trap-percent": rng.choice([
            f"Roughly {rng.randint(51, 84)}% of {n} are in the {rng.choice(['North', 'Central', 'South'])} locality.",
            f"Demand is running {rng.randint(3, 19)}% above the same period last year."]),
        "trap-wards": f"{w[0]}, {w[1]} and {w[2]} are the busiest of the borough's {N_WARDS} wards.",
        "trap-ages": f"The scheme is open to residents aged {rng.choice([18, 50, 60, 65])} and over and to care leavers up to {rng.choice([21, 25])}.",
        "trap-years": f"The partnership agreement was signed in {r.meeting.year - rng.randint(3, 8)} and runs to {r.meeting.year + rng.randint(2, 5)}.",
        "trap-teams": f"The service has {rng.randint(3, 7)} teams and {rng.randint(41, 190)} staff.",
        "trap-national": f"The England figure for a council of our size would be about {rng.randint(lo, hi):,} {n}.",
        "trap-regional": f"The {REGION} average is {rng.randint(lo, hi):,} {n}.",
        "trap-other-council": f"{rng.choice(COMPARATORS)}, our closest statistical neighbour, reported {rng.randint(lo, hi):,} {n} for the same period.",
        "trap-phone": f"Call the service on 01632 94{rng.randint(1000, 9999)} (8.30am to 5pm, Monday to Friday).",
        "trap-difference": f"That is {rng.randint(6, 75)} more than at the same point a year earlier.",
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
        f"Our colleagues in {PORTFOLIOS[m.portfolio]} recorded {v:,} {n} at {long(on)}.",
        f"For comparison, the {PORTFOLIOS[m.portfolio]} portfolio reports {v:,} {n} as at {long(on)}."])


def subcount(r: Report, f: Fig) -> str:
    k = max(2, int(f.value * r.rng.uniform(0.06, 0.3)))
    r.traits.add("trap-subcount")
    n = noun(r.rng, f.key)
    return r.rng.choice([f"Of the {f.show()} {n}, {k:,} were new this quarter.",
                         f"The {f.show()} {n} include {k:,} from outside the borough.",
                         f"Of the {f.show()} {n}, {k:,} were in the South locality."])


def lookalike(r: Report, n: int) -> tuple[str, list[str]]:
    label = r.rng.choice(LOOKALIKES[r.portfolio])
    r.traits.add("lookalike-row")
    v = r.rng.randint(10, 150)
    return label, [f"{max(2, int(v * r.rng.uniform(0.85, 1.15))):,}" for _ in range(n)]


def background(r: Report, n: int = 1) -> list[str]:
    return r.rng.sample(BACKGROUND[r.portfolio], min(n, len(BACKGROUND[r.portfolio])))


def earlier_value(f: Fig, k: int = -1) -> str:
    return f.show(f.history[k])
