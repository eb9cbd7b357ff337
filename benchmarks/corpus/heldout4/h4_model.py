"""One held-out-4 report before layout. The report machinery (a Report's figures, dates, the
truth it yields, meeting days the member held the portfolio on) is ../heldout3/h3_model's; the
words are this set's own (h4_words), and so are the sentences carrying numbers that are not
figures.
"""
from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

from council import DOMAIN, METRICS, PORTFOLIOS, holder, predecessor
from h3_model import (DAYS, LOWER_BETTER, MONTHS, SHARED, Fig, Job, Report, dotted, fin_year,  # noqa: F401
                      history, last_month_end, last_quarter_end, long_date, member_as, mon_yy, month_end,
                      months_back, name_traits, ordinal, own_metrics, pick_meeting, quarter_name, quarters_back,
                      slash, status, step, target_for, value_for)
from h3_words import NOUNS
from h4_words import (BACKGROUND, COMPARATORS, DECISIONS, LOOKALIKES, N_WARDS, OFFICERS, PRIORITIES, REGION,
                      TITLES, WARDS)

POP_WORDS = {"children-0-17": "children aged 0-17", "adults-18-plus": "adults aged 18+",
             "older-people-65-plus": "people aged 65+", "households": "households"}
POP_SHORT = {"children-0-17": "children", "adults-18-plus": "adults", "older-people-65-plus": "people 65+",
             "households": "households"}


def taken(corpus: Path) -> set:
    """(date, portfolio) pairs the other sets use: no document here shares one."""
    used = set()
    for sub in ("", "heldout", "heldout2", "heldout3"):
        for t in json.loads((corpus / sub / "truth.json").read_text(encoding="utf-8")).values():
            used.add((dt.date.fromisoformat(t["date"]), t["portfolio"]))
    return used


def new_report(rng: random.Random, family: str, fmt: str, portfolio: str, body: str, used: set,
               years: tuple[int, int], lead: tuple[int, int] = (8, 20), new_holder: bool = False) -> Report:
    meeting = pick_meeting(rng, portfolio, body, used, years, new_holder)
    member = holder(portfolio, meeting)
    report_date = meeting - dt.timedelta(days=rng.randint(*lead))
    report_date -= dt.timedelta(days=max(0, report_date.weekday() - 4))
    first = min(r.start for r in member.roles if r.portfolio == portfolio)
    pred = predecessor(portfolio, meeting)
    name, title = rng.choice(OFFICERS[portfolio])
    email = name.replace("Dr ", "").lower().replace(" ", ".").replace("'", "") + "@" + DOMAIN
    officer = (name, title, f"01632 96{rng.randint(1000, 9999)}", email)
    return Report(family=family, fmt=fmt, rng=rng, portfolio=portfolio, member=member, body=body,
                  meeting=meeting, report_date=report_date, item=rng.randint(4, 17),
                  title=rng.choice(TITLES[portfolio]), officer=officer,
                  decisions=rng.sample(DECISIONS[portfolio], rng.randint(2, 4)),
                  priorities=rng.sample(PRIORITIES[portfolio], rng.randint(3, 4)),
                  predecessor=pred if pred and (meeting - first).days < 400 else None)


def colleague(r: Report):
    others = [p for p in PORTFOLIOS if p != r.portfolio]
    r.rng.shuffle(others)
    for p in others:
        m = holder(p, r.meeting)
        if m and m.key != r.member.key:
            return m, PORTFOLIOS[p]
    return None


PERCENT_NOUNS = {"ehcp-within-20-weeks": "of new EHC plans issued within 20 weeks",
                 "recycling-rate": "of household waste reused, recycled or composted",
                 "major-planning-13-weeks": "of major planning applications decided within 13 weeks"}


def noun(rng: random.Random, key: str) -> str:
    if key in PERCENT_NOUNS:
        return PERCENT_NOUNS[key]
    return rng.choice(NOUNS[key])


def rate_words(f: Fig, short: bool = False) -> str:
    pop = (POP_SHORT if short else POP_WORDS)[f.metric.population]
    per = "10k" if short and f.metric.rate_per == 10000 else f"{f.metric.rate_per:,}"
    return f"{f.rate:.1f} per {per} {pop}"


def later(r: Report, figs: list[Fig], on: dt.date) -> Fig | None:
    """The same indicator as a table's figure, at a later date, for a sentence: a second figure."""
    pool = [f for f in figs if f.metric.kind != "percent" and f.as_of < on]
    if not pool:
        return None
    f = r.rng.choice(pool)
    g = Fig(f.metric, step(r.rng, f.metric, f.value), on, label=f.label)
    r.traits |= {"prose-figure-later-date"}
    return g


# --- numbers that are not figures --------------------------------------------

def traps(r: Report) -> dict[str, str]:
    rng, fy = r.rng, fin_year(r.meeting)
    m = rng.choice([x for x in own_metrics(r.portfolio, r.meeting) if x.kind != "percent"])
    n = noun(rng, m.key)
    w = rng.sample(WARDS, 3)
    other = rng.choice(COMPARATORS)
    return {
        "trap-money": rng.choice([
            f"The net budget for the service in {fy} is £{rng.randint(3, 28)}.{rng.randint(1, 9)} million, with a forecast overspend of £{rng.randint(120, 980)},000.",
            f"A one-off grant of £{rng.randint(40, 480)}k has been secured for {r.meeting.year + 1}.",
            f"Each placement avoided saves around £{rng.randint(1, 9)},{rng.randint(100, 999)} a week."]),
        "trap-percent": rng.choice([
            f"Some {rng.randint(52, 88)}% of {n} live in the three most deprived wards.",
            f"This is a {rng.randint(2, 17)}% change on the previous year."]),
        "trap-wards": f"{w[0]}, {w[1]} and {w[2]} account for the largest share of demand among the borough's {N_WARDS} wards.",
        "trap-ages": f"The offer is open to residents aged {rng.choice([16, 18, 50, 60, 65])} and over and to young people up to {rng.choice([21, 24, 25])}.",
        "trap-years": f"The current contract started in {r.meeting.year - rng.randint(3, 9)} and ends in {r.meeting.year + rng.randint(2, 5)}.",
        "trap-teams": f"The service has {rng.randint(3, 9)} locality teams and {rng.randint(40, 190)} staff.",
        "trap-national": f"The England average for a council of our size is {rng.randint(int(m.low), int(m.high)):,} {n}.",
        "trap-regional": f"The {REGION} average is {rng.randint(int(m.low), int(m.high)):,} {n}.",
        "trap-other-council": f"{other} Council reported {rng.randint(int(m.low), int(m.high)):,} {n} over the same period.",
        "trap-phone": f"For more information call 01632 96{rng.randint(1000, 9999)} or e-mail the service.",
        "trap-postcode": f"The new base is at Jessop House, Station Road, HF{rng.randint(2, 9)} {rng.randint(1, 9)}{rng.choice('ABDEHJLNPQRSTUWXYZ')}{rng.choice('ABDEHJLNPQRSTUWXYZ')}.",
        "trap-difference": f"That is {rng.randint(8, 70)} more than at the start of the year.",
        "trap-schools": f"All {rng.randint(48, 64)} schools in the borough have been briefed.",
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
    n = noun(rng, m.key)
    v = rng.randint(int(m.low), int(m.high))
    r.traits.add("trap-cross-portfolio")
    if pair:
        return m, v
    return rng.choice([
        f"The {PORTFOLIOS[m.portfolio]} service reports {v:,} {n} at {long_date(on)}.",
        f"By comparison there were {v:,} {n} at {long_date(on)} (reported to the {PORTFOLIOS[m.portfolio]} portfolio)."])


def subcount(r: Report, f: Fig) -> str:
    k = max(2, int(f.value * r.rng.uniform(0.06, 0.3)))
    r.traits.add("trap-subcount")
    n = noun(r.rng, f.key)
    return r.rng.choice([f"Of the {f.show()} {n}, {k:,} were new to the service this year.",
                         f"The {f.show()} {n} include {k:,} from outside the borough."])


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


def marked(f: Fig, how: str = "plain") -> str:
    """A figure as printed with its marker: how = docx (^1^), html (<sup>), pdf (<super>), plain."""
    v = f.show()
    if not f.marker:
        return v
    if f.marker == "star":
        return v + "*"
    if f.marker == "p":
        return v + " (p)"
    return v + {"docx": "^1^", "html": "<sup>1</sup>", "pdf": "<super>1</super>", "plain": "[1]"}[how]


FOOTNOTE = {"star": "* Provisional: subject to validation at year end.",
            "p": "(p) provisional figure.",
            "sup": "1 Figure revised following data cleansing."}
