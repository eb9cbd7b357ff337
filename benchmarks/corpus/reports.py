"""One report's content before layout: meeting, member, figures (with earlier periods for
tables), decisions or promises, and the traps; and the truth a careful reader extracts.

A layout renders a Spec and records, as it goes, the commitments it printed (in the words
it printed them) and the traits it used; the figures' values and as-of dates are fixed
here, so the layout only chooses how to say them.
"""
from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from council import (CABINET_FROM, DOMAIN, MEMBERS, METRIC, METRICS, Member, Metric, PORTFOLIOS, holder,
                     predecessor, rate_for, PORTFOLIO_SINCE)
from phrases import DECISIONS, OFFICERS, PROMISES, REPORT_TITLES, current

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@dataclass
class Period:
    label: str
    end: dt.date


@dataclass
class Fig:
    metric: Metric
    value: float
    as_of: dt.date
    rate: float | None = None  # the rate, if the document prints it
    label: str = ""
    marker: str = ""  # "" | "sup" (a superscript footnote number) | "star" | "prov"
    note: int = 1  # the footnote's number, for "sup"
    history: list[float] = field(default_factory=list)  # earlier periods, oldest first
    rate_history: list[float] = field(default_factory=list)
    target: str = ""

    @property
    def percent(self) -> bool:
        return self.metric.kind == "percent"


@dataclass
class Spec:
    name: str
    family: str
    fmt: str
    rng: random.Random
    portfolio: str
    member: Member
    body: str  # the meeting: "Council", "Executive", "Cabinet", "Overview and Scrutiny Board" ...
    meeting: dt.date
    report_date: dt.date
    agenda_item: int
    title: str
    officer: tuple[str, str, str, str]  # name, job title, phone, email
    figs: list[Fig]
    periods: list[Period] = field(default_factory=list)
    decisions: list[str] = field(default_factory=list)
    promises: list[tuple[str, str]] = field(default_factory=list)
    predecessor: Member | None = None
    variant: int = 0  # which of a family's variants (e.g. the template behind a text export)
    commitments: list[str] = field(default_factory=list)  # filled by the layout
    traits: set[str] = field(default_factory=set)  # filled by the layout

    @property
    def portfolio_name(self) -> str:
        return PORTFOLIOS[self.portfolio]

    @property
    def cabinet(self) -> bool:
        return self.meeting >= CABINET_FROM

    @property
    def executive(self) -> str:
        """What the council calls its executive at the time of the meeting."""
        return "Cabinet" if self.cabinet else "Executive"

    @property
    def role(self) -> str:
        return f"{'Cabinet' if self.cabinet else 'Executive'} Member for {self.portfolio_name}"

    def truth(self) -> dict:
        metrics, seen = [], set()
        for f in self.figs:
            key = (f.metric.key, f.value, f.as_of)
            if key in seen:
                continue
            seen.add(key)
            m = {"metric": f.metric.key, "value": f.value, "as_of": f.as_of.isoformat()}
            if f.rate is not None:
                m["rate"] = f.rate
            metrics.append(m)
        assert self.commitments, f"{self.name}: the layout printed no commitments"
        return {"family": self.family, "style": self.family, "format": self.fmt,
                "traits": sorted(self.traits | self.figure_traits()), "date": self.meeting.isoformat(),
                "portfolio": self.portfolio, "member": self.member.key,
                "metrics": metrics, "commitments": list(self.commitments)}


    def figure_traits(self) -> set[str]:
        """What the figures themselves exercise, read off the figures as printed."""
        out = set()
        marks = {"sup": "superscript-marker", "star": "asterisk-marker", "prov": "provisional-marker"}
        out |= {marks[f.marker] for f in self.figs if f.marker}
        if any(f.percent for f in self.figs):
            out.add("percent-metric")
        if any(f.rate is not None for f in self.figs):
            out.add("rate-printed")
        if any(f.label.casefold() in SHARED_NAMES for f in self.figs):
            out.add("shared-label")
        keys = [f.metric.key for f in self.figs]
        if len(keys) != len(set(keys)):
            out.add("one-metric-two-dates")
        if any(f.as_of != self.figs[0].as_of for f in self.figs):
            out.add("several-as-of-dates")
        return out


def _shared_names() -> set[str]:
    """Indicator names that two portfolios use ('Referrals received')."""
    owners: dict[str, set[str]] = {}
    for m in METRICS:
        for name in (m.label, *m.aliases):
            owners.setdefault(name.casefold(), set()).add(m.portfolio)
    return {n for n, p in owners.items() if len(p) > 1}


SHARED_NAMES = _shared_names()


# --- dates in words ---------------------------------------------------------

def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def long_date(d: dt.date, weekday=False, ordinal_day=False, comma=False) -> str:
    day = ordinal(d.day) if ordinal_day else str(d.day)
    text = f"{day} {MONTHS[d.month - 1]} {d.year}"
    if weekday:
        text = f"{DAYS[d.weekday()]}{',' if comma else ''} {text}"
    return text


def slash_date(d: dt.date, short_year=False) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}" if short_year else f"{d.day:02d}/{d.month:02d}/{d.year}"


def dotted_date(d: dt.date) -> str:
    return f"{d.day}.{d.month}.{d.year % 100:02d}"


def any_date(rng: random.Random, d: dt.date) -> str:
    return rng.choice([long_date(d), long_date(d, ordinal_day=True), slash_date(d)])


def fin_year(d: dt.date) -> str:
    """The financial year containing d: '2019/20'."""
    start = d.year if d.month >= 4 else d.year - 1
    return f"{start}/{(start + 1) % 100:02d}"


def quarter_end(d: dt.date) -> dt.date:
    """The last quarter end on or before d."""
    for month, day in [(12, 31), (9, 30), (6, 30), (3, 31)]:
        q = dt.date(d.year, month, day)
        if q <= d:
            return q
    return dt.date(d.year - 1, 12, 31)


def month_end(year: int, month: int) -> dt.date:
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def quarter_label(end: dt.date, style: str) -> str:
    q = {6: 1, 9: 2, 12: 3, 3: 4}[end.month]
    fy = fin_year(end)
    return {"q-fy": f"Q{q} {fy}", "q": f"Q{q}", "quarter-fy": f"Quarter {q} {fy}",
            "fy-q": f"{fy} Q{q}", "mon-yy": f"{MONTHS[end.month - 1][:3]}-{end.year % 100:02d}"}[style]


def quarter_periods(latest: dt.date, n: int, style: str) -> list[Period]:
    ends, d = [], latest
    for _ in range(n):
        ends.append(d)
        d = quarter_end(d - dt.timedelta(days=80))
    return [Period(quarter_label(e, style), e) for e in reversed(ends)]


def month_periods(latest: dt.date, n: int, style: str) -> list[Period]:
    out, y, m = [], latest.year, latest.month
    for _ in range(n):
        end = month_end(y, m)
        label = {"mon-yy": f"{MONTHS[m - 1][:3]}-{y % 100:02d}", "mon yyyy": f"{MONTHS[m - 1][:3]} {y}",
                 "month yyyy": f"{MONTHS[m - 1]} {y}"}[style]
        out.append(Period(label, end))
        y, m = (y - 1, 12) if m == 1 else (y, m - 1)
    return list(reversed(out))


# --- choosing a meeting -----------------------------------------------------

WEEKDAY = {"Council": 2, "Executive": 1, "Cabinet": 1, "Overview and Scrutiny Board": 3,
           "Scrutiny Panel": 0}


def pick_meeting(rng: random.Random, portfolio: str, body: str, used: set, years=(2009, 2024),
                 new_holder: bool = False) -> dt.date:
    """A date the body would meet on, when the portfolio had a holder who also held it
    two months earlier, and no other report of the corpus has that date and portfolio.
    new_holder: within the first year of a holder who had a predecessor."""
    while True:
        if new_holder:
            starts = [min(r.start for r in m.roles if r.portfolio == portfolio) for m in MEMBERS.values()
                      if any(r.portfolio == portfolio for r in m.roles)]
            starts = [s for s in starts if years[0] <= s.year <= years[1]
                      and predecessor(portfolio, s + dt.timedelta(days=70))]
            d = rng.choice(starts) + dt.timedelta(days=rng.randint(70, 330))
        else:
            year = rng.randint(*years)
            d = dt.date(year, rng.randint(1, 12), rng.randint(1, 28))
        weekday = WEEKDAY.get(body, 2)
        d += dt.timedelta(days=(weekday - d.weekday()) % 7)
        if d.month == 8 or (d.month == 12 and d.day > 20) or d.year > 2024:  # no meetings in recess
            continue
        if d < PORTFOLIO_SINCE.get(portfolio, dt.date(2000, 1, 1)):
            continue
        who = holder(portfolio, d)
        if who is None or holder(portfolio, d - dt.timedelta(days=60)) is not who:
            continue
        if (d, portfolio) in used:
            continue
        used.add((d, portfolio))
        return d


# --- figures ----------------------------------------------------------------

def _value(rng: random.Random, m: Metric) -> float:
    if m.kind == "percent":
        return round(rng.uniform(m.low, min(m.high, 99.4)), 1)
    return rng.randint(int(m.low), int(m.high))


def _history(rng: random.Random, m: Metric, latest: float, n: int) -> list[float]:
    out, v = [], latest
    for _ in range(n):
        if m.kind == "percent":
            v = round(min(99.8, max(5.0, v + rng.uniform(-6, 6))), 1)
        elif m.kind == "stock":
            v = max(1, int(v * rng.uniform(0.93, 1.06)))
        else:
            v = max(1, int(v * rng.uniform(0.82, 1.2)))
        out.append(v)
    return list(reversed(out))


def _target(rng: random.Random, m: Metric, value: float) -> str:
    if m.kind == "percent":
        return f"{round(min(99.0, value + rng.uniform(-8, 10)))}"
    return f"{int(round(value * rng.uniform(0.85, 1.15), -1)):,}"


def draw_figures(rng: random.Random, portfolio: str, as_of: dt.date, n: int,
                 periods: list[Period] | None = None, kinds=("stock", "flow", "percent")) -> list[Fig]:
    """n figures of the portfolio's own indicators, all as of one date; with earlier periods'
    values when `periods` are given (the last period is the one the figure is for)."""
    pool = [m for m in METRICS if m.portfolio == portfolio and m.kind in kinds and (m.since or as_of) <= as_of]
    rng.shuffle(pool)
    figs = []
    for m in pool[:n]:
        v = _value(rng, m)
        f = Fig(m, v, as_of, target=_target(rng, m, v))
        if periods:
            f.history = _history(rng, m, v, len(periods) - 1)
            if m.rate_per:
                f.rate_history = [rate_for(m, h, p.end) for h, p in zip(f.history, periods)]
        figs.append(f)
    return figs


def with_rate(f: Fig) -> Fig:
    """Print the figure's rate (only metrics with a rate base have one)."""
    f.rate = rate_for(f.metric, f.value, f.as_of)
    return f


def count(v: float, comma: bool = True) -> str:
    if isinstance(v, float) and not v.is_integer():
        return f"{v:.1f}"
    return f"{int(v):,}" if comma else str(int(v))


def footnote_marks(figs: list[Fig]) -> list[tuple[str, str]]:
    """The markers the figures carry, as their footnotes begin: [("^2^", ...), ("*", ...)]."""
    sups = sorted({f.note for f in figs if f.marker == "sup"})
    return [(f"^{n}^", "sup") for n in sups] + ([("*", "star")] if any(f.marker == "star" for f in figs) else [])


def marked(f: Fig, comma: bool = True, marker: str | None = None) -> str:
    """The figure as printed, with its footnote marker if it has one."""
    text = f"{f.value:.1f}" if f.percent else count(f.value, comma)
    m = f.marker if marker is None else marker
    return text + {"": "", "sup": f"^{f.note}^", "star": "*", "prov": " (provisional)"}[m]


# --- the report -------------------------------------------------------------

def officer(rng: random.Random, portfolio: str) -> tuple[str, str, str, str]:
    name, title = rng.choice(OFFICERS[portfolio])
    bare = name.replace("Dr ", "")
    email = bare.lower().replace(" ", ".").replace("'", "") + "@" + DOMAIN
    return name, title, f"01632 960{rng.randint(100, 999)}", email


def new_spec(rng: random.Random, name: str, family: str, fmt: str, portfolio: str, body: str,
             used: set, years=(2009, 2024), lead_days=(8, 24), new_holder: bool = False) -> Spec:
    meeting = pick_meeting(rng, portfolio, body, used, years, new_holder)
    member = holder(portfolio, meeting)
    report_date = meeting - dt.timedelta(days=rng.randint(*lead_days))
    report_date -= dt.timedelta(days=max(0, report_date.weekday() - 4))  # written on a weekday
    pred = predecessor(portfolio, meeting)
    first = min(r.start for r in member.roles if r.portfolio == portfolio)
    recent = pred is not None and (meeting - first).days < 400
    spec = Spec(name=name, family=family, fmt=fmt, rng=rng, portfolio=portfolio, member=member, body=body,
                meeting=meeting, report_date=report_date, agenda_item=rng.randint(4, 14),
                title=rng.choice(REPORT_TITLES[portfolio]), officer=officer(rng, portfolio), figs=[],
                predecessor=pred if recent else None)
    decisions = current(DECISIONS[portfolio], meeting)
    promises = [p for p in PROMISES[portfolio] if p in current(PROMISES[portfolio], meeting)]
    spec.decisions = rng.sample(decisions, min(len(decisions), rng.randint(2, 4)))
    spec.promises = rng.sample(promises, min(len(promises), rng.randint(3, 5)))
    return spec


def metric_words(rng: random.Random, m: Metric, short_ok: bool = True, on: dt.date | None = None) -> str:
    """How a report names an indicator: its label or one of its aliases (none it could not yet have used)."""
    choices = [m.label] + [a for a in m.aliases if short_ok or len(a) > 4]
    return rng.choice(current(choices, on) if on else choices)


# aliases that name a service or a list, not the things counted: never "there were 5,000 housing register"
NOT_NOUNS = {"Housing register", "Temporary accommodation", "Long-term support", "Elective home education",
             "Child Protection", "Prevention outcomes", "Recycling rate", "Missed bins", "Reported ASB",
             "Reported fly-tips", "Volunteers"}


def lower_words(text: str) -> str:
    """'Children Looked After' -> 'children looked after'; 'EHC plans' and 'NHS' keep their capitals."""
    return " ".join(w.lower() if w[:1].isupper() and (w[1:].islower() or len(w) == 1) else w for w in text.split())


def noun_words(rng: random.Random, m: Metric, on: dt.date | None = None) -> str:
    """An indicator's name as it reads inside a sentence: '552 children looked after'."""
    choices = [a for a in [m.label, *m.aliases] if not a.isupper() and a not in NOT_NOUNS
               and not a.lower().startswith(("number of", "current"))]
    return lower_words(rng.choice(current(choices, on) if on else choices))


def member_name(rng: random.Random, member: Member, forms=None) -> str:
    """'Councillor Siobhan O'Reilly', 'Cllr S. O'Reilly', 'Cllr Siobhan O'Reilly', 'Councillor S O'Reilly'."""
    forms = forms or ["full", "cllr-initial-dot", "cllr-full", "councillor-initial"]
    form = rng.choice(forms)
    return {"full": f"Councillor {member.name}",
            "cllr-initial-dot": f"Cllr {member.first[0]}. {member.surname}",
            "cllr-full": f"Cllr {member.name}",
            "councillor-initial": f"Councillor {member.first[0]} {member.surname}",
            "cllr-initial": f"Cllr {member.first[0]} {member.surname}"}[form]


def metric(key: str) -> Metric:
    return METRIC[key]
