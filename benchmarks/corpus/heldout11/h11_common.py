"""Shared pieces of the eleventh held-out set's templates: a report's meeting and member (the
report machinery is ../heldout3/h3_model's: figures, dates, the truth it yields; the sentences
carrying numbers that are not figures and the ways members are written are
../heldout8/h8_common's), and this set's own titles and decisions (below).
"""
from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

from council import DOMAIN, PORTFOLIOS, holder, predecessor  # noqa: F401
from h3_model import (DAYS, MONTHS, Fig, Job, Report, last_quarter_end, ordinal, pick_meeting,  # noqa: F401
                      quarter_name, quarters_back)
from h8_common import (background, cap, colleague, cross, later, long, lookalike, member_text,  # noqa: F401
                       noun, ordinal_long, rate_words, slash, subcount, trap_lines, wrap)
from h8_words import ADDRESS, COMPARATORS, OFFICERS, PRIORITIES  # noqa: F401

EARLIER = ("", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8",
           "heldout9", "heldout10")

TITLES = {
    "childrens-services": ["Children's Services: Quarterly Portfolio Report", "Our Children, Our Future: Progress"],
    "education": ["Education and Skills: Quarterly Portfolio Report", "Inclusion and SEND Progress Report"],
    "adult-social-care": ["Adult Social Care: Quarterly Portfolio Report", "Living Well at Home: Progress"],
    "housing": ["Housing Services: Quarterly Portfolio Report", "A Home for Everyone: Progress Report"],
    "environment": ["Environment and Streetscene: Quarterly Portfolio Report", "Cleaner, Greener Hollinsfield"],
    "community-safety": ["Community Safety: Quarterly Portfolio Report", "Safe and Strong Communities Update"],
    "regeneration": ["Regeneration and Growth: Quarterly Portfolio Report", "Investing in Hollinsfield: Progress"],
    "finance": ["Resources and Customer Services: Quarterly Portfolio Report", "Customer Services Progress Report"],
    "culture": ["Culture, Leisure and Libraries: Quarterly Portfolio Report", "Active and Creative Hollinsfield"],
    "public-health": ["Public Health: Quarterly Portfolio Report", "Health Improvement Progress Report"],
}

# (verb, object): what a report asks a body to decide; no word a typesetter would hyphenate
DECISIONS = {
    "childrens-services": [("approve", "the Staying Close offer for young people leaving care"),
                           ("agree", "the recruitment campaign for foster carers in the spring"),
                           ("endorse", "the Family Hubs delivery plan")],
    "education": [("approve", "the School Places Plan for the next five years"),
                  ("agree", "the expansion of the resource base at Fernhill Primary School"),
                  ("endorse", "the Attendance Strategy agreed with head teachers")],
    "adult-social-care": [("approve", "the Carers Strategy refresh"),
                          ("agree", "the extension of the home care framework by one year"),
                          ("endorse", "the Technology Enabled Care plan")],
    "housing": [("approve", "the Allocations Policy review"),
                ("agree", "the lease of a second supported housing scheme for young people"),
                ("endorse", "the Empty Homes Plan")],
    "environment": [("approve", "the Tree and Woodland Strategy"),
                    ("agree", "the trial of weekly food waste collections in three wards"),
                    ("endorse", "the Air Quality Action Plan")],
    "community-safety": [("approve", "the Serious Violence Duty strategy"),
                         ("agree", "the renewal of the CCTV maintenance contract"),
                         ("endorse", "the Hate Crime Reduction Plan")],
    "regeneration": [("approve", "the Station Quarter Delivery Plan"),
                     ("agree", "the Shopfront Improvement Grant scheme"),
                     ("endorse", "the Inclusive Economy Charter")],
    "finance": [("approve", "the Digital Customer Strategy"),
                ("agree", "the new Council Tax discretionary relief policy"),
                ("endorse", "the Complaints Improvement Plan")],
    "culture": [("approve", "the Cultural Strategy for the borough"),
                ("agree", "the new opening hours for the Central Library"),
                ("endorse", "the Physical Activity Plan")],
    "public-health": [("approve", "the Tobacco Control Plan"),
                      ("agree", "the recommissioning of the NHS Health Check programme"),
                      ("endorse", "the Drug and Alcohol Partnership Plan")],
}

THIRD = {"approve": "approves", "agree": "agrees", "endorse": "endorses"}


def decision(d: tuple[str, str], form: str, body: str = "Cabinet") -> str:
    verb, obj = d
    return {"lower": f"{verb} {obj}", "imperative": f"{verb[0].upper()}{verb[1:]} {obj}",
            "to": f"to {verb} {obj}", "third": f"{THIRD[verb]} {obj}",
            "that": f"That {body} {THIRD[verb]} {obj}"}[form]


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
    officer = (name, title, f"01632 95{rng.randint(1000, 9999)}", email)
    return Report(family=family, fmt=fmt, rng=rng, portfolio=portfolio, member=member, body=body,
                  meeting=meeting, report_date=report_date, item=rng.randint(4, 15),
                  title=rng.choice(TITLES[portfolio]), officer=officer,
                  decisions=rng.sample(DECISIONS[portfolio], rng.randint(2, 3)),
                  priorities=rng.sample(PRIORITIES[portfolio], 3),
                  predecessor=pred if pred and (meeting - first).days < 400 else None)


def dotted(d: dt.date, short: bool = False) -> str:
    """'10.12.2019' or '10.12.19'"""
    return f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}" if short else f"{d.day:02d}.{d.month:02d}.{d.year}"


def meeting_date(r: Report, form: int) -> str:
    """The meeting's date in one of five ways, with its traits."""
    d = r.meeting
    text = [long(d, weekday=True), ordinal_long(d, weekday=True), slash(d), dotted(d), long(d)][form % 5]
    r.traits |= [{"weekday-date"}, {"weekday-date", "ordinal-date"}, {"slash-date"}, {"dotted-date"}, set()][form % 5]
    return text


def who(r: Report, form: str) -> str:
    text, t = member_text(r, form)
    r.traits |= t
    return text


def quarter(r: Report, back: tuple[int, int] = (10, 40)):
    """The latest quarter ended before the report was written, and the two before it."""
    q_end = last_quarter_end(r.report_date - dt.timedelta(days=r.rng.randint(*back)))
    return q_end, quarters_back(q_end, 3)


def rate_short(f: Fig) -> str:
    return f"{f.rate:.1f} per {f.metric.rate_per:,}"


def row_rate(f: Fig) -> str:
    return "Rate per " + rate_words(f).split(" ", 2)[2]


def items(r: Report, form: str, standing: str) -> list[str]:
    """The recommendations: the standing one first (not a commitment), then the decisions."""
    out = [standing] + [decision(d, form) for d in r.decisions]
    r.traits |= {"standing-resolution", "lead-in"}
    return out


def ends(i: int, n: int) -> str:
    return "; and" if i == n - 2 else ";" if i < n - 1 else "."


def other_member(r: Report) -> str:
    c = colleague(r)
    if not c:
        return ""
    m, p = c
    r.traits.add("other-member-named")
    return r.rng.choice([f"I am grateful to Councillor {m.name}, Cabinet Member for {PORTFOLIOS[p]}, for "
                         "the joint work between our portfolios.",
                         f"Councillor {m.name} ({PORTFOLIOS[p]}) and I will report jointly on the "
                         "shared programme next year."])


def thanks(r: Report) -> str:
    if not r.predecessor:
        return ""
    r.traits.add("predecessor-thanked")
    return (f"I would like to thank Councillor {r.predecessor.name}, who held this portfolio before me, "
            "for the work this report builds on.")
