"""One held-out-6 report before layout. The report machinery (a Report's figures, dates, the
truth it yields, meeting days the member held the portfolio on) is ../heldout3/h3_model's; the
words are this set's own (h6_words), and so are the sentences carrying numbers that are not
figures.
"""
from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

from council import DOMAIN, METRICS, PORTFOLIOS, holder, predecessor
from h3_model import (DAYS, MONTHS, SHARED, Fig, Job, Report, dotted, fin_year,  # noqa: F401
                      last_month_end, last_quarter_end, long_date, mon_yy, month_end,
                      months_back, name_traits, ordinal, own_metrics, pick_meeting, quarter_name, quarters_back,
                      slash, status, step, target_for)
from h3_words import NOUNS
from h6_words import (BACKGROUND, COMPARATORS, DECISIONS, LOOKALIKES, N_WARDS, OFFICERS, PRIORITIES, REGION,
                      TITLES, WARDS, WELSH_DAYS, WELSH_MONTHS)

POP_WORDS = {"children-0-17": "children aged 0-17", "adults-18-plus": "adults aged 18+",
             "older-people-65-plus": "people aged 65 and over", "households": "households"}
PERCENT_NOUNS = {"ehcp-within-20-weeks": "of new EHC plans issued within 20 weeks",
                 "recycling-rate": "of household waste reused, recycled or composted",
                 "major-planning-13-weeks": "of major planning applications decided within 13 weeks"}
EARLIER = ("", "heldout", "heldout2", "heldout3", "heldout4", "heldout5")


def taken(corpus: Path) -> set:
    """(date, portfolio) pairs the other sets use: no document here shares one."""
    used = set()
    for sub in EARLIER:
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
    officer = (name, title, f"01632 95{rng.randint(1000, 9999)}", email)
    return Report(family=family, fmt=fmt, rng=rng, portfolio=portfolio, member=member, body=body,
                  meeting=meeting, report_date=report_date, item=rng.randint(4, 14),
                  title=rng.choice(TITLES[portfolio]), officer=officer,
                  decisions=rng.sample(DECISIONS[portfolio], rng.randint(2, 3)),
                  priorities=rng.sample(PRIORITIES[portfolio], rng.randint(2, 3)),
                  predecessor=pred if pred and (meeting - first).days < 400 else None)


# --- dates as this set's documents write them ---------------------------------

def weekday_ordinal(d: dt.date) -> str:
    """'Tuesday 14th January 2020'"""
    return f"{DAYS[d.weekday()]} {ordinal(d.day)} {MONTHS[d.month - 1]} {d.year}"


def month_first(d: dt.date, weekday: bool = False) -> str:
    """'January 14, 2020' (or 'Tuesday, January 14, 2020')"""
    text = f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    return f"{DAYS[d.weekday()]}, {text}" if weekday else text


def dotted_zero(d: dt.date, full: bool = False) -> str:
    """'14.01.20' (or '14.01.2020')"""
    return f"{d.day:02d}.{d.month:02d}.{d.year if full else d.year % 100:02d}"


def welsh_date(d: dt.date, weekday: bool = True) -> str:
    text = f"{d.day} {WELSH_MONTHS[d.month - 1]} {d.year}"
    return f"{WELSH_DAYS[d.weekday()]} {text}" if weekday else text


def month_name(d: dt.date, short: bool = False) -> str:
    return MONTHS[d.month - 1][:3] if short else MONTHS[d.month - 1]


# --- members as this set's documents write them -------------------------------

def member_as(rng: random.Random, m, forms: list[str] | None = None) -> tuple[str, str]:
    form = rng.choice(forms or ["full", "cllr-dot", "cllr-full", "councillor-initial", "cllr-initial"])
    text = {"full": f"Councillor {m.name}", "cllr-dot": f"Cllr {m.first[0]}. {m.surname}",
            "cllr-full": f"Cllr {m.name}", "councillor-initial": f"Councillor {m.first[0]} {m.surname}",
            "cllr-initial": f"Cllr {m.first[0]} {m.surname}", "bare": m.name,
            "cllr-dotted": f"Cllr. {m.first[0]}. {m.surname}", "surname": f"Cllr {m.surname}",
            "councillor-surname": f"Councillor {m.surname}"}[form]
    return form, text


def member_traits(form: str) -> set[str]:
    out = name_traits(form) if form in ("full", "cllr-dot", "cllr-full", "councillor-initial", "cllr-initial", "bare") else set()
    if form == "cllr-dotted":
        out |= {"member-short-form", "member-initial", "cllr-with-full-stop"}
    if form in ("surname", "councillor-surname"):
        out |= {"member-surname-only"} | ({"member-short-form"} if form == "surname" else set())
    return out


# --- figures told in words ------------------------------------------------------

def noun(rng: random.Random, key: str) -> str:
    return PERCENT_NOUNS.get(key) or rng.choice(NOUNS[key])


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


def change_words(r: Report, f: Fig, prev: float) -> str:
    """'up 4% to 1,234' / 'down 3% to 552': the change is not a figure, the value is."""
    if f.percent:
        d = f.value - prev
        return f"{'up' if d > 0 else 'down'} {abs(d):.1f} points to {f.show()}"
    pct = round(abs(f.value - prev) * 100 / max(prev, 1))
    r.traits |= {"trap-percent", "change-then-value"}
    return f"{'up' if f.value > prev else 'down'} {max(pct, 1)}% to {f.show()}"


# --- numbers that are not figures --------------------------------------------

def traps(r: Report) -> dict[str, str]:
    rng, fy = r.rng, fin_year(r.meeting)
    m = rng.choice([x for x in own_metrics(r.portfolio, r.meeting) if x.kind != "percent"])
    n = noun(rng, m.key)
    w = rng.sample(WARDS, 3)
    return {
        "trap-money": rng.choice([
            f"The net revenue budget for the service in {fy} is £{rng.randint(3, 29)}.{rng.randint(1, 9)}m and the latest forecast shows a pressure of £{rng.randint(120, 980)}k.",
            f"The scheme is funded by a one-off grant of £{rng.randint(110, 890)},{rng.randint(100, 999)} confirmed for {r.meeting.year + 1}.",
            f"The average cost of an external placement is now £{rng.randint(2, 7)},{rng.randint(100, 999)} a week."]),
        "trap-percent": rng.choice([
            f"About {rng.randint(52, 88)}% of {n} live in the south of the borough.",
            f"Demand is {rng.randint(2, 18)}% higher than a year ago."]),
        "trap-wards": f"{w[0]}, {w[1]} and {w[2]} account for over a third of demand across the borough's {N_WARDS} wards.",
        "trap-ages": f"The offer covers residents aged {rng.choice([16, 18, 50, 65])} and over and young people up to {rng.choice([21, 24, 25])}.",
        "trap-years": f"The current contract began in {r.meeting.year - rng.randint(3, 9)} and expires in {r.meeting.year + rng.randint(1, 4)}.",
        "trap-teams": f"The service has {rng.randint(3, 8)} locality teams with {rng.randint(32, 170)} full-time equivalent staff.",
        "trap-national": f"The England average for councils like ours is {rng.randint(int(m.low), int(m.high)):,} {n}.",
        "trap-regional": f"The {REGION} average is {rng.randint(int(m.low), int(m.high)):,} {n}.",
        "trap-other-council": f"{rng.choice(COMPARATORS)} Council, one of our statistical neighbours, reported {rng.randint(int(m.low), int(m.high)):,} {n} for the same period.",
        "trap-phone": f"For more information call 01632 95{rng.randint(1000, 9999)} (Monday to Friday, 9am to 5pm).",
        "trap-difference": f"That is {rng.randint(7, 70)} more than at the same point last year.",
        "trap-postcode": f"Drop-in sessions run at the Northgate Hub, HF{rng.randint(2, 9)} {rng.randint(1, 9)}{rng.choice('ABDEHJLNPQRTUWXY')}{rng.choice('ABDEHJLNPQRTUWXY')}.",
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
        f"Colleagues in {PORTFOLIOS[m.portfolio]} report {v:,} {n} at {long_date(on)}.",
        f"By way of context, {n} stood at {v:,} at {long_date(on)} ({PORTFOLIOS[m.portfolio]} portfolio)."])


def subcount(r: Report, f: Fig) -> str:
    k = max(2, int(f.value * r.rng.uniform(0.05, 0.3)))
    r.traits.add("trap-subcount")
    n = noun(r.rng, f.key)
    return r.rng.choice([f"Of the {f.show()} {n}, {k:,} were new in the period.",
                         f"The {f.show()} {n} include {k:,} aged under five."
                         if f.key.startswith("child") else f"The {f.show()} {n} include {k:,} in the north locality."])


def lookalike(r: Report, n: int) -> tuple[str, list[str]]:
    label = r.rng.choice(LOOKALIKES[r.portfolio])
    r.traits.add("lookalike-row")
    v = r.rng.randint(10, 150)
    return label, [f"{max(2, int(v * r.rng.uniform(0.85, 1.15))):,}" for _ in range(n)]


def background(r: Report, n: int) -> list[str]:
    return r.rng.sample(BACKGROUND[r.portfolio], min(n, len(BACKGROUND[r.portfolio])))


def colleague(r: Report, avoid=()):
    others = [p for p in PORTFOLIOS if p != r.portfolio and p not in avoid]
    r.rng.shuffle(others)
    for p in others:
        m = holder(p, r.meeting)
        if m and m.key != r.member.key:
            return m, p
    return None
