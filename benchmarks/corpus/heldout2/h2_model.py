"""One held-out-2 report before layout: the meeting, its member, figures with their earlier
periods, the actions it asks for, and the traps; and the truth a careful reader extracts.

The council, its members, indicators and population estimates are the corpus's own
(../council.py), so the truth uses site_config/'s keys. A layout prints a Report and records
what it printed: commitments in the words printed, traits it used, and which figures a
reader would take (Fig.truth; a figure the layout prints only as an earlier period is not).
"""
from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from pathlib import Path

from council import (CABINET_FROM, DOMAIN, MEMBERS, METRICS, PORTFOLIO_SINCE, PORTFOLIOS, Member, Metric,
                     holder, predecessor, rate_for, role_title)
from h2_words import ACTIONS, COMPARATORS, N_WARDS, OFFICERS, PLEDGES, TITLES, WARD_NAMES

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# Indicator names two portfolios share: only the report's own portfolio says which is meant
SHARED = {"referrals received", "assessments completed", "complaints received",
          "number of referrals received", "number of assessments completed", "number of complaints received"}


# --- dates -------------------------------------------------------------------

def long_date(d: dt.date, weekday: bool = False, ordinal: bool = False) -> str:
    day = str(d.day)
    if ordinal:
        day += "th" if 10 <= d.day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    text = f"{day} {MONTHS[d.month - 1]} {d.year}"
    return f"{DAYS[d.weekday()]} {text}" if weekday else text


def slash(d: dt.date, short: bool = False) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}" if short else f"{d.day:02d}/{d.month:02d}/{d.year}"


def dotted(d: dt.date) -> str:
    return f"{d.day}.{d.month}.{d.year % 100:02d}"


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)


def fin_year(d: dt.date) -> str:
    start = d.year if d.month >= 4 else d.year - 1
    return f"{start}/{(start + 1) % 100:02d}"


def quarter_of(end: dt.date) -> int:
    return {6: 1, 9: 2, 12: 3, 3: 4}[end.month]


@dataclass
class Period:
    label: str
    end: dt.date


def months_back(last: dt.date, n: int) -> list[dt.date]:
    """The ends of n months, oldest first, the last being the month of `last`."""
    out, y, m = [], last.year, last.month
    for _ in range(n):
        out.append(month_end(y, m))
        y, m = (y - 1, 12) if m == 1 else (y, m - 1)
    return out[::-1]


def quarters_back(last: dt.date, n: int) -> list[dt.date]:
    out, d = [], last
    for _ in range(n):
        out.append(d)
        y, m = (d.year - 1, 12) if d.month == 3 else (d.year, d.month - 3)
        d = month_end(y, m)
    return out[::-1]


def last_quarter_end(d: dt.date) -> dt.date:
    for y, m in [(d.year, 12), (d.year, 9), (d.year, 6), (d.year, 3), (d.year - 1, 12)]:
        if month_end(y, m) <= d:
            return month_end(y, m)
    raise AssertionError(d)


# --- figures -----------------------------------------------------------------

@dataclass
class Fig:
    metric: Metric
    value: float
    as_of: dt.date
    rate: float | None = None  # printed only if set
    marker: str = ""  # "" | "p" provisional | "sup" | "star"
    note: int = 1  # a superscript marker's number
    label: str = ""  # the name the document uses
    earlier: list[float] = field(default_factory=list)  # earlier periods, oldest first
    last_year: float = 0  # the same period a year before
    target: str = ""
    truth: bool = True

    @property
    def percent(self) -> bool:
        return self.metric.kind == "percent"

    def rate_at(self, value: float, on: dt.date) -> float | None:
        return rate_for(self.metric, value, on)


def num(v: float, comma: bool = True) -> str:
    """A count with or without thousands commas; a percentage to one place."""
    if isinstance(v, float):
        return f"{v:.1f}"
    return f"{v:,}" if comma else str(v)


def pct(v: float) -> str:
    return f"{v:.1f}%"


def shown(f: Fig, v: float | None = None, comma: bool = True) -> str:
    """A value as a table prints it: percentages with %, counts with thousands commas."""
    v = f.value if v is None else v
    return pct(v) if f.percent else num(v, comma)


def _value(rng: random.Random, m: Metric) -> float:
    if m.kind == "percent":
        return round(rng.uniform(m.low, min(m.high, 98.6)), 1)
    return rng.randint(int(m.low), int(m.high))


def _step(rng: random.Random, m: Metric, v: float) -> float:
    if m.kind == "percent":
        return round(min(99.5, max(4.0, v + rng.uniform(-5, 5))), 1)
    if m.kind == "stock":
        return max(1, int(v * rng.uniform(0.95, 1.05)))
    return max(1, int(v * rng.uniform(0.8, 1.22)))


def series(rng: random.Random, m: Metric, latest: float, n: int) -> list[float]:
    """n earlier values, oldest first, that lead plausibly to `latest`."""
    out, v = [], latest
    for _ in range(n):
        v = _step(rng, m, v)
        out.append(v)
    return out[::-1]


def monthly_value(rng: random.Random, m: Metric) -> float:
    """A flow indicator counted for one month is about a third of a quarter's count."""
    v = _value(rng, m)
    return v if m.kind != "flow" else max(3, int(v / rng.uniform(2.6, 3.4)))


def target_for(rng: random.Random, f: Fig) -> str:
    if f.percent:
        return f"{round(min(98.0, f.value + rng.uniform(-7, 9)))}%"
    return f"{int(round(f.value * rng.uniform(0.85, 1.15), -1 if f.value > 60 else 0)):,}"


def own_metrics(portfolio: str, on: dt.date, kinds=("stock", "flow", "percent")) -> list[Metric]:
    return [m for m in METRICS if m.portfolio == portfolio and m.kind in kinds and (m.since or on) <= on]


def draw(rng: random.Random, portfolio: str, on: dt.date, n: int, monthly: bool = False,
         kinds=("stock", "flow", "percent")) -> list[Fig]:
    pool = own_metrics(portfolio, on, kinds)
    rng.shuffle(pool)
    figs = []
    for m in pool[:n]:
        v = monthly_value(rng, m) if monthly else _value(rng, m)
        f = Fig(m, v, on)
        f.label = name_of(rng, m)
        f.target = target_for(rng, f)
        figs.append(f)
    return figs


def name_of(rng: random.Random, m: Metric, shared_bias: float = 0.6) -> str:
    """The label or an alias; a name two portfolios share is chosen more often than chance."""
    names = [m.label, *m.aliases]
    shared = [a for a in names if a.casefold() in SHARED]
    if shared and rng.random() < shared_bias:
        return rng.choice(shared)
    return rng.choice(names)


def prose_name(rng: random.Random, m: Metric, label: str = "") -> str:
    """A name that reads inside a sentence (never 'Number of ...' or 'Current ...')."""
    names = [n for n in [label, m.label, *m.aliases] if n and not n.lower().startswith(("number of", "current"))]
    return in_words(names[0] if label in names else rng.choice(names))


def in_words(label: str) -> str:
    """An indicator's name inside a sentence: 'Children Looked After' -> 'children looked after'."""
    words = []
    for w in label.split():
        words.append(w.lower() if w[:1].isupper() and (w[1:].islower() or len(w) == 1) else w)
    return " ".join(words)


# --- the report --------------------------------------------------------------

@dataclass
class Report:
    name: str
    family: str
    fmt: str
    rng: random.Random
    portfolio: str
    member: Member
    body: str  # "Cabinet", "Council", "Decision Session", "Overview and Scrutiny Committee" ...
    meeting: dt.date
    report_date: dt.date
    item: int
    title: str
    officer: tuple[str, str, str, str]  # name, job title, phone, email
    actions: list[tuple]
    pledges: list[str]
    predecessor: Member | None
    variant: int = 0
    figs: list[Fig] = field(default_factory=list)
    commitments: list[str] = field(default_factory=list)
    traits: set[str] = field(default_factory=set)

    # the portfolio's name, whether the council had a Cabinet (from May 2017) or an Executive,
    # and the member's title on the day, as council.py gives them
    portfolio_name = property(lambda self: PORTFOLIOS[self.portfolio])
    cabinet = property(lambda self: self.meeting >= CABINET_FROM)
    executive = property(lambda self: "Cabinet" if self.cabinet else "Executive")
    role = property(lambda self: role_title(self.portfolio, self.meeting))

    def commit(self, printed: str) -> None:
        """Record a commitment as a reader takes it: the printed words, a trailing '; and',
        ';' or ':' read as a full stop."""
        t = " ".join(printed.split())
        for tail in ("; and", ";", ":", ","):
            if t.endswith(tail):
                t = t[: -len(tail)]
                break
        if not t.endswith("."):
            t += "."
        self.commitments.append(t)

    def truth(self) -> dict:
        metrics, seen = [], set()
        for f in self.figs:
            if not f.truth or (f.metric.key, f.value, f.as_of) in seen:
                continue
            seen.add((f.metric.key, f.value, f.as_of))
            m = {"metric": f.metric.key, "value": f.value, "as_of": f.as_of.isoformat()}
            if f.rate is not None:
                m["rate"] = f.rate
            metrics.append(m)
        assert 3 <= len(metrics) <= 8, f"{self.name}: {len(metrics)} figures"
        assert 2 <= len(self.commitments) <= 6, f"{self.name}: {len(self.commitments)} commitments"
        return {"family": self.family, "style": self.family, "format": self.fmt,
                "traits": sorted(self.traits | self._figure_traits()), "date": self.meeting.isoformat(),
                "portfolio": self.portfolio, "member": self.member.key, "metrics": metrics,
                "commitments": list(self.commitments)}

    def _figure_traits(self) -> set[str]:
        figs = [f for f in self.figs if f.truth]
        out = set()
        out |= {{"p": "provisional-marker", "sup": "superscript-marker", "star": "asterisk-marker"}[f.marker]
                for f in figs if f.marker}
        if any(f.percent for f in figs):
            out.add("percent-metric")
        if any(f.rate is not None for f in figs):
            out.add("rate-printed")
        if any(f.label.casefold() in SHARED for f in figs):
            out.add("shared-label")
        keys = [f.metric.key for f in figs]
        if len(keys) != len(set(keys)):
            out.add("one-metric-two-dates")
        if len({f.as_of for f in figs}) > 1:
            out.add("several-as-of-dates")
        if figs and all(f.as_of < self.meeting - dt.timedelta(days=14) for f in figs):
            out.add("as-at-differs-from-meeting")
        return out


WEEKDAY = {"Cabinet": 1, "Executive": 1, "Council": 2, "Decision Session": 3, "Scrutiny": 3, "Joint": 0}


def pick_meeting(rng: random.Random, portfolio: str, body: str, used: set, years: tuple[int, int],
                 new_holder: bool = False) -> dt.date:
    """A day the body meets, when the portfolio's holder had held it for two months (or, with
    new_holder, within a new holder's first year), not in August or at Christmas, and no
    other document of the corpus has that date and portfolio."""
    while True:
        if new_holder:
            firsts = sorted({min(r.start for r in m.roles if r.portfolio == portfolio) for m in MEMBERS.values()
                             if any(r.portfolio == portfolio for r in m.roles)})
            firsts = [s for s in firsts if years[0] <= s.year <= years[1] and predecessor(portfolio, s + dt.timedelta(days=70))]
            d = rng.choice(firsts) + dt.timedelta(days=rng.randint(75, 320))
        else:
            d = dt.date(rng.randint(*years), rng.randint(1, 12), rng.randint(1, 28))
        d += dt.timedelta(days=(WEEKDAY.get(body, 2) - d.weekday()) % 7)
        if d.month == 8 or (d.month == 12 and d.day > 18) or (d.month == 1 and d.day < 6) or d.year > 2024:
            continue
        if d < PORTFOLIO_SINCE.get(portfolio, dt.date(2000, 1, 1)):
            continue
        who = holder(portfolio, d)
        if who is None or holder(portfolio, d - dt.timedelta(days=60)) is not who or (d, portfolio) in used:
            continue
        used.add((d, portfolio))
        return d


def officer(rng: random.Random, portfolio: str) -> tuple[str, str, str, str]:
    name, title = rng.choice(OFFICERS[portfolio])
    email = name.replace("Dr ", "").lower().replace(" ", ".") + "@" + DOMAIN
    return name, title, f"01632 96{rng.randint(1000, 9999)}", email


def current_actions(portfolio: str, on: dt.date) -> list[tuple]:
    return [a for a in ACTIONS[portfolio] if len(a) < 3 or on.year >= a[2]]


def new_report(rng: random.Random, family: str, fmt: str, portfolio: str, body: str, used: set,
               years=(2010, 2024), lead=(9, 21), new_holder: bool = False) -> Report:
    meeting = pick_meeting(rng, portfolio, body, used, years, new_holder)
    member = holder(portfolio, meeting)
    report_date = meeting - dt.timedelta(days=rng.randint(*lead))
    report_date -= dt.timedelta(days=max(0, report_date.weekday() - 4))
    first = min(r.start for r in member.roles if r.portfolio == portfolio)
    pred = predecessor(portfolio, meeting)
    return Report(name="", family=family, fmt=fmt, rng=rng, portfolio=portfolio, member=member, body=body,
                  meeting=meeting, report_date=report_date, item=rng.randint(5, 15),
                  title=rng.choice(TITLES[portfolio]), officer=officer(rng, portfolio),
                  actions=rng.sample(current_actions(portfolio, meeting), rng.randint(2, 4)),
                  pledges=rng.sample(PLEDGES[portfolio], rng.randint(3, 4)),
                  predecessor=pred if pred and (meeting - first).days < 400 else None)


def member_as(rng: random.Random, m: Member, forms: list[str] | None = None) -> tuple[str, str]:
    """(form, text): 'Councillor Lee Hamill', 'Cllr L. Hamill', 'Cllr Lee Hamill', 'Councillor L Hamill'."""
    form = rng.choice(forms or ["full", "cllr-dot", "cllr-full", "councillor-initial", "cllr-initial"])
    text = {"full": f"Councillor {m.name}", "cllr-dot": f"Cllr {m.first[0]}. {m.surname}",
            "cllr-full": f"Cllr {m.name}", "councillor-initial": f"Councillor {m.first[0]} {m.surname}",
            "cllr-initial": f"Cllr {m.first[0]} {m.surname}"}[form]
    return form, text


def name_traits(form: str) -> set[str]:
    out = set()
    if form.startswith("cllr"):
        out.add("member-short-form")
    if form in ("cllr-dot", "councillor-initial", "cllr-initial"):
        out.add("member-initial")
    return out


def colleague(r: Report) -> tuple[Member, str] | None:
    """Another cabinet member on the date, with their portfolio's name (named in passing)."""
    others = [p for p in PORTFOLIOS if p != r.portfolio]
    r.rng.shuffle(others)
    for p in others:
        m = holder(p, r.meeting)
        if m and m.key != r.member.key:
            return m, PORTFOLIOS[p]
    return None


# --- numbers that are not figures --------------------------------------------

def traps(r: Report) -> dict[str, str]:
    """This set's own trap sentences, keyed by the trait each exercises."""
    rng, fy = r.rng, fin_year(r.meeting)
    m = rng.choice(own_metrics(r.portfolio, r.meeting, ("stock", "flow")))
    other = rng.choice(COMPARATORS)
    w = rng.sample(WARD_NAMES, 2)
    return {
        "trap-money": rng.choice([
            f"The service is forecast to overspend by £{rng.randint(120, 980):,},000 in {fy}, after "
            f"£{rng.randint(1, 4)}.{rng.randint(1, 9)}m of one-off grant.",
            f"A further £{rng.randint(40, 600)}k has been set aside in the capital programme for {r.meeting.year + 1}/{(r.meeting.year + 2) % 100:02d}."]),
        "trap-percent": f"Around {rng.randint(52, 88)}% of {in_words(m.label)} involved people already known to the service.",
        "trap-wards": f"{w[0]} and {w[1]} together account for almost a fifth of activity across the {N_WARDS} wards.",
        "trap-ages": f"The scheme is open to residents aged {rng.choice([16, 18, 50, 65])} and over, and to carers of any age.",
        "trap-years": f"The arrangements date from {r.meeting.year - rng.randint(4, 12)} and are due for review in {r.meeting.year + rng.randint(1, 3)}.",
        "trap-teams": f"The work is carried out by {rng.randint(3, 9)} teams and {rng.randint(25, 140)} staff based at {rng.randint(2, 5)} sites.",
        "trap-national": f"Nationally, the comparable figure for an authority of our size would be about {rng.randint(int(m.low), int(m.high)):,}.",
        "trap-other-council": f"{other}, the nearest of our statistical neighbours, reported {rng.randint(int(m.low), int(m.high)):,} {in_words(m.label)} over the same period.",
        "trap-phone": f"Residents can call the service on 01632 96{rng.randint(1000, 9999)} between 9am and 5pm.",
        "trap-schools": f"All {rng.randint(48, 63)} of the borough's schools and {rng.randint(3, 7)} academies have signed the charter.",
    }


def cross_portfolio(r: Report, on: dt.date) -> str:
    """Another portfolio's indicator with a value and date: never this report's figure."""
    rng = r.rng
    pool = [m for m in METRICS if m.portfolio != r.portfolio and m.kind != "percent" and (m.since or on) <= on]
    m = rng.choice(pool)
    words = in_words(rng.choice([m.label] + [a for a in m.aliases if a.casefold() not in SHARED and not a.isupper()]))
    r.traits.add("trap-cross-portfolio")
    return (f"The {PORTFOLIOS[m.portfolio]} service recorded {rng.randint(int(m.low), int(m.high)):,} {words} "
            f"at {long_date(on)}, and the two services are working more closely as a result.")


def subcount(r: Report, f: Fig) -> str:
    k = max(2, int(f.value * r.rng.uniform(0.06, 0.35)))
    r.traits.add("trap-subcount")
    return r.rng.choice([f"Of these, {k:,} were new to the service.", f"This includes {k:,} where the case was reopened.",
                         f"Some {k:,} of the total were in the north locality."])


# --- a document on its way to its final file ----------------------------------

@dataclass
class Job:
    report: Report
    final: Path
    source: Path
    steps: list[str] = field(default_factory=list)  # "lo-pdf", "lo-odt", "scan"
