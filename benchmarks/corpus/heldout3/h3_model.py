"""One held-out-3 report before layout: its meeting and member, figures with their earlier
periods and targets, the decisions and priorities it carries, and the truth a careful reader
extracts from it.

The council, members, indicators and population estimates are the corpus's own (../council.py),
so the truth uses site_config/'s keys. A template prints a Report and records what it printed:
`commit()` each commitment in the words printed, `traits` for what it exercised, and a figure's
`truth` flag (False where it is printed only as a target, an earlier period or a trap).
"""
from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from pathlib import Path

from council import (CABINET_FROM, DOMAIN, MEMBERS, METRICS, PORTFOLIO_SINCE, PORTFOLIOS, Member, Metric,
                     holder, predecessor, rate_for, role_title)
from h3_words import (BACKGROUND, COMPARATORS, DECISIONS, LOOKALIKES, N_WARDS, NOUNS, OFFICERS, PRIORITIES, REGION,
                      TITLES, WARDS, WELSH_DAYS, WELSH_MONTHS)

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
# names two portfolios share: only the report's own portfolio says which indicator is meant
SHARED = {"referrals received", "assessments completed", "complaints received", "number of referrals received",
          "number of assessments completed", "number of complaints received"}
LOWER_BETTER = {"children-in-need", "child-protection-plans", "children-looked-after", "young-people-neet",
                "elective-home-education", "care-home-admissions-65", "temporary-accommodation", "housing-register",
                "fly-tipping", "missed-bins", "environment-complaints-received", "asb-incidents",
                "domestic-abuse-incidents", "vacant-town-centre-units", "finance-complaints-received",
                "housing-referrals-received", "asc-referrals-received"}


# --- dates -------------------------------------------------------------------

def ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def long_date(d: dt.date, weekday: bool = False, ordinal_day: bool = False, comma: bool = False) -> str:
    day = ordinal(d.day) if ordinal_day else str(d.day)
    text = f"{day} {MONTHS[d.month - 1]} {d.year}"
    return f"{DAYS[d.weekday()]}{',' if comma else ''} {text}" if weekday else text


def welsh_date(d: dt.date, weekday: bool = True) -> str:
    text = f"{d.day} {WELSH_MONTHS[d.month - 1]} {d.year}"
    return f"{WELSH_DAYS[d.weekday()]}, {text}" if weekday else text


def slash(d: dt.date, short: bool = False) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}" if short else f"{d.day:02d}/{d.month:02d}/{d.year}"


def dotted(d: dt.date) -> str:
    return f"{d.day}.{d.month}.{d.year % 100:02d}"


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)


def fin_year(d: dt.date, short: bool = True) -> str:
    start = d.year if d.month >= 4 else d.year - 1
    return f"{start}/{(start + 1) % 100:02d}" if short else f"{start}/{start + 1}"


def quarter_of(end: dt.date) -> int:
    return {6: 1, 9: 2, 12: 3, 3: 4}[end.month]


def quarter_name(end: dt.date, style: str = "q") -> str:
    q, fy = quarter_of(end), fin_year(end)
    return {"q": f"Q{q} {fy}", "qq": f"Q{q} {fy[2:]}", "quarter": f"Quarter {q} {fy}",
            "short": f"Q{q}"}[style]


def mon_yy(d: dt.date) -> str:
    return f"{MONTHS[d.month - 1][:3]}-{d.year % 100:02d}"


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


def on_weekday(d: dt.date, weekday: int) -> dt.date:
    """The day on or before d that falls on the weekday (0 Monday ... 6 Sunday): when a body meets."""
    return d - dt.timedelta(days=(d.weekday() - weekday) % 7)


def weeks(rng: random.Random, lo: int, hi: int) -> dt.timedelta:
    """Whole weeks: the same body meets on the same day of the week."""
    return dt.timedelta(weeks=rng.randint(lo, hi))


def last_month_end(d: dt.date) -> dt.date:
    return dt.date(d.year, d.month, 1) - dt.timedelta(days=1)


# --- figures -----------------------------------------------------------------

@dataclass
class Fig:
    metric: Metric
    value: float
    as_of: dt.date
    rate: float | None = None  # printed only if set
    marker: str = ""  # "" | "sup" | "star" | "p"
    label: str = ""  # the name the document uses
    history: list = field(default_factory=list)  # earlier periods, oldest first
    target: str = ""
    truth: bool = True

    @property
    def percent(self) -> bool:
        return self.metric.kind == "percent"

    @property
    def key(self) -> str:
        return self.metric.key

    def rate_at(self, value: float, on: dt.date) -> float | None:
        return rate_for(self.metric, value, on)

    def show(self, v: float | None = None, comma: bool = True, sign: bool = True) -> str:
        v = self.value if v is None else v
        if self.percent:
            return f"{v:.1f}%" if sign else f"{v:.1f}"
        return f"{int(v):,}" if comma else str(int(v))


def value_for(rng: random.Random, m: Metric, monthly: bool = False) -> float:
    if m.kind == "percent":
        return round(rng.uniform(m.low, min(m.high, 98.4)), 1)
    v = rng.randint(int(m.low), int(m.high))
    if monthly and m.kind == "flow":
        v = max(4, int(v / rng.uniform(2.7, 3.3)))
    return v


def step(rng: random.Random, m: Metric, v: float) -> float:
    """The value one period before, plausibly different."""
    if m.kind == "percent":
        out = round(min(99.4, max(5.0, v + rng.choice([-1, 1]) * rng.uniform(0.6, 4.8))), 1)
    elif m.kind == "stock":
        out = max(3, int(round(v * rng.uniform(0.94, 1.06))))
    else:
        out = max(3, int(round(v * rng.uniform(0.8, 1.22))))
    return out if out != v else (out + 1 if not isinstance(out, float) else round(out + 0.7, 1))


def history(rng: random.Random, m: Metric, latest: float, n: int) -> list:
    out, v = [], latest
    for _ in range(n):
        v = step(rng, m, v)
        out.append(v)
    return out[::-1]


def target_for(rng: random.Random, f: Fig) -> str:
    if f.percent:
        return f"{round(min(97.0, f.value + rng.uniform(-6, 8)))}%"
    t = int(round(f.value * rng.uniform(0.85, 1.15), -1 if f.value > 80 else 0))
    return f"{max(t, 2):,}"


def status(f: Fig, v: float | None = None) -> str:
    """Green / Amber / Red against the target."""
    v = f.value if v is None else v
    t = float(f.target.rstrip("%").replace(",", ""))
    gap = (v - t) if f.key in LOWER_BETTER else (t - v)
    if gap <= 0:
        return "Green"
    return "Amber" if gap <= max(1.0, 0.06 * t) else "Red"


def own_metrics(portfolio: str, on: dt.date) -> list[Metric]:
    return [m for m in METRICS if m.portfolio == portfolio and (m.since or on) <= on]


def label_for(rng: random.Random, m: Metric, shared_bias: float = 0.6) -> str:
    names = [m.label, *m.aliases]
    shared = [a for a in names if a.casefold() in SHARED]
    if shared and rng.random() < shared_bias:
        return rng.choice(shared)
    return rng.choice(names)


def in_words(label: str) -> str:
    """An indicator's name inside a sentence: 'Children Looked After' -> 'children looked after'."""
    words = []
    for w in label.split():
        words.append(w.lower() if w[:1].isupper() and (w[1:].islower() or len(w) == 1) else w)
    return " ".join(words)


def prose_label(rng: random.Random, m: Metric) -> str:
    """A counted noun for a sentence: 'children in our care', 'households in temporary accommodation'."""
    return rng.choice(NOUNS[m.key])


# --- the report --------------------------------------------------------------

@dataclass
class Report:
    family: str
    fmt: str
    rng: random.Random
    portfolio: str
    member: Member
    body: str
    meeting: dt.date
    report_date: dt.date
    item: int
    title: str
    officer: tuple[str, str, str, str]
    decisions: list[tuple]
    priorities: list[str]
    predecessor: Member | None
    name: str = ""
    variant: int = 0
    figs: list[Fig] = field(default_factory=list)
    commitments: list[str] = field(default_factory=list)
    traits: set[str] = field(default_factory=set)

    portfolio_name = property(lambda self: PORTFOLIOS[self.portfolio])
    cabinet = property(lambda self: self.meeting >= CABINET_FROM)
    executive = property(lambda self: "Cabinet" if self.cabinet else "Executive")
    role = property(lambda self: role_title(self.portfolio, self.meeting))

    def commit(self, printed: str) -> None:
        """A commitment as a reader takes it: the printed words, '; and', ';' or ':' read as '.'."""
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
            if not f.truth or (f.key, f.value, f.as_of) in seen:
                continue
            seen.add((f.key, f.value, f.as_of))
            m = {"metric": f.key, "value": f.value, "as_of": f.as_of.isoformat()}
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
        out = {{"p": "provisional-marker", "sup": "superscript-marker", "star": "asterisk-marker"}[f.marker]
               for f in figs if f.marker}
        if any(f.percent for f in figs):
            out.add("percent-metric")
        if any(f.rate is not None for f in figs):
            out.add("rate-printed")
        if any(f.label.casefold() in SHARED for f in figs):
            out.add("shared-label")
        keys = [f.key for f in figs]
        if len(keys) != len(set(keys)):
            out.add("one-metric-two-dates")
        if len({f.as_of for f in figs}) > 1:
            out.add("several-as-of-dates")
        if figs and all(f.as_of < self.meeting - dt.timedelta(days=14) for f in figs):
            out.add("as-at-differs-from-meeting")
        return out

    # -- figures ------------------------------------------------------------
    def draw(self, n: int, on: dt.date, monthly: bool = False, n_history: int = 0, rates: float = 0.0,
             kinds=("stock", "flow", "percent"), avoid=()) -> list[Fig]:
        """n of the portfolio's indicators with values on `on`, earlier periods and targets."""
        rng = self.rng
        pool = [m for m in own_metrics(self.portfolio, on) if m.kind in kinds and m.key not in avoid]
        rng.shuffle(pool)
        # an indicator with a rate base or a percentage first, where the portfolio has one
        pool.sort(key=lambda m: 0 if (m.rate_per or m.kind == "percent") and rng.random() < 0.7 else 1)
        out = []
        for m in pool[:n]:
            f = Fig(m, value_for(rng, m, monthly), on, label=label_for(rng, m))
            f.history = history(rng, m, f.value, n_history)
            f.target = target_for(rng, f)
            if m.rate_per and rng.random() < rates:
                f.rate = f.rate_at(f.value, on)
            out.append(f)
        return out

    def restate(self, figs: list[Fig], on: dt.date) -> None:
        for f in figs:
            f.as_of = on
            if f.rate is not None:
                f.rate = f.rate_at(f.value, on)


WEEKDAY = {"Cabinet": 1, "Executive": 1, "Council": 2, "Scrutiny": 3, "Committee": 0}


def taken(corpus: Path) -> set:
    """(date, portfolio) pairs the other sets use: no document here shares one."""
    import json
    used = set()
    for truth in (corpus / "truth.json", corpus / "heldout" / "truth.json", corpus / "heldout2" / "truth.json"):
        for t in json.loads(truth.read_text(encoding="utf-8")).values():
            used.add((dt.date.fromisoformat(t["date"]), t["portfolio"]))
    return used


def pick_meeting(rng: random.Random, portfolio: str, body: str, used: set, years: tuple[int, int],
                 new_holder: bool = False) -> dt.date:
    """A day the body meets, the holder in post for two months before it (or, with new_holder,
    within a new holder's first year), not in August or over Christmas, its (date, portfolio)
    used by no other document."""
    while True:
        if new_holder:
            starts = sorted({r.start for m in MEMBERS.values() for r in m.roles if r.portfolio == portfolio})
            starts = [s for s in starts if years[0] <= s.year <= years[1] and predecessor(portfolio, s + dt.timedelta(days=70))]
            d = rng.choice(starts) + dt.timedelta(days=rng.randint(80, 330))
        else:
            d = dt.date(rng.randint(*years), rng.randint(1, 12), rng.randint(1, 28))
        d += dt.timedelta(days=(WEEKDAY.get(body, 2) - d.weekday()) % 7)
        if d.month == 8 or (d.month == 12 and d.day > 17) or (d.month == 1 and d.day < 7) or d > dt.date(2024, 11, 30):
            continue
        if d < PORTFOLIO_SINCE.get(portfolio, dt.date(2000, 1, 1)) + dt.timedelta(days=200):
            continue
        who = holder(portfolio, d)
        if who is None or holder(portfolio, d - dt.timedelta(days=60)) is not who or (d, portfolio) in used:
            continue
        used.add((d, portfolio))
        return d


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
                  meeting=meeting, report_date=report_date, item=rng.randint(5, 16),
                  title=rng.choice(TITLES[portfolio]), officer=officer,
                  decisions=rng.sample(DECISIONS[portfolio], rng.randint(2, 4)),
                  priorities=rng.sample(PRIORITIES[portfolio], rng.randint(3, 4)),
                  predecessor=pred if pred and (meeting - first).days < 400 else None)


# --- members as documents write them ------------------------------------------

def member_as(rng: random.Random, m: Member, forms: list[str] | None = None) -> tuple[str, str]:
    form = rng.choice(forms or ["full", "cllr-dot", "cllr-full", "councillor-initial", "cllr-initial"])
    text = {"full": f"Councillor {m.name}", "cllr-dot": f"Cllr {m.first[0]}. {m.surname}",
            "cllr-full": f"Cllr {m.name}", "councillor-initial": f"Councillor {m.first[0]} {m.surname}",
            "cllr-initial": f"Cllr {m.first[0]} {m.surname}", "bare": m.name}[form]
    return form, text


def name_traits(form: str) -> set[str]:
    out = set()
    if form.startswith("cllr"):
        out.add("member-short-form")
    if form in ("cllr-dot", "councillor-initial", "cllr-initial"):
        out.add("member-initial")
    return out


def colleague(r: Report) -> tuple[Member, str] | None:
    """Another cabinet member on the date, with their portfolio's name."""
    others = [p for p in PORTFOLIOS if p != r.portfolio]
    r.rng.shuffle(others)
    for p in others:
        m = holder(p, r.meeting)
        if m and m.key != r.member.key:
            return m, PORTFOLIOS[p]
    return None


# --- numbers that are not figures --------------------------------------------

def traps(r: Report) -> dict[str, str]:
    """Sentences each carrying a number a reader must not take, keyed by trait."""
    rng, fy = r.rng, fin_year(r.meeting)
    m = rng.choice([x for x in own_metrics(r.portfolio, r.meeting) if x.kind != "percent"])
    noun = rng.choice(NOUNS[m.key])
    w = rng.sample(WARDS, 3)
    other = rng.choice(COMPARATORS)
    nxt = f"{r.meeting.year + 1}/{(r.meeting.year + 2) % 100:02d}"
    return {
        "trap-money": rng.choice([
            f"The budget for {fy} is £{rng.randint(2, 19)}.{rng.randint(1, 9)}m, of which £{rng.randint(110, 940)},000 is one-off funding.",
            f"Savings of £{rng.randint(150, 900)}k are assumed in the medium term financial plan for {nxt}.",
            f"The scheme costs £{rng.randint(12, 95)},{rng.randint(100, 999)} a year and is met from the {fy} grant."]),
        "trap-percent": rng.choice([
            f"Around {rng.randint(55, 91)}% of {noun} were in the {rng.choice(['north', 'south', 'central'])} locality.",
            f"That is {rng.randint(3, 14)}% higher than at the same point last year."]),
        "trap-wards": f"{w[0]}, {w[1]} and {w[2]} remain the busiest of the borough's {N_WARDS} wards.",
        "trap-ages": f"Support is available to residents aged {rng.choice([16, 18, 25, 55, 65])} and over, and to young people up to the age of {rng.choice([19, 21, 24, 25])}.",
        "trap-years": f"The current arrangements were put in place in {r.meeting.year - rng.randint(5, 11)} and run until {r.meeting.year + rng.randint(2, 4)}.",
        "trap-teams": f"The service has {rng.randint(4, 9)} teams and {rng.randint(38, 160)} staff working from {rng.randint(2, 5)} bases.",
        "trap-national": f"The England average for an authority of our size is {rng.randint(int(m.low), int(m.high)):,} {noun}.",
        "trap-regional": f"The {REGION} average for councils of a similar size is {rng.randint(int(m.low), int(m.high)):,} {noun}.",
        "trap-other-council": f"{other} Council, one of our statistical neighbours, reported {rng.randint(int(m.low), int(m.high)):,} {noun} over the same period.",
        "trap-phone": f"Residents can contact the service on 01632 96{rng.randint(1000, 9999)}, Monday to Friday, 8.30am to 5pm.",
        "trap-schools": f"All {rng.randint(51, 66)} schools and {rng.randint(2, 6)} colleges in the borough have signed up to the charter.",
        "trap-population": f"Hollinsfield has around {rng.randint(136, 148)},{rng.randint(100, 999)} residents, {rng.randint(18, 22)}% of them children.",
        "trap-postcode": f"The hub is at the {rng.choice(['Oldgate', 'Moorside', 'Carr Head'])} Centre, HF{rng.randint(2, 9)} {rng.randint(1, 9)}{rng.choice('ABDEHJLNPQRSTUWXYZ')}{rng.choice('ABDEHJLNPQRSTUWXYZ')}.",
        "trap-difference": f"That is {rng.randint(9, 60)} more than the plan assumed at the start of the year.",
    }


def trap_lines(r: Report, keys: list[str]) -> list[str]:
    pool = traps(r)
    r.traits.update(k if k != "trap-regional" else "trap-national" for k in keys)
    return [pool[k] for k in keys]


def cross_portfolio(r: Report, on: dt.date, words: str = "sentence") -> str:
    """Another portfolio's indicator with a value and a date: never this report's figure."""
    rng = r.rng
    pool = [m for m in METRICS if m.portfolio != r.portfolio and m.kind != "percent" and (m.since or on) <= on]
    m = rng.choice(pool)
    name = rng.choice(NOUNS[m.key])
    v = rng.randint(int(m.low), int(m.high))
    r.traits.add("trap-cross-portfolio")
    if words == "pair":
        return name[0].upper() + name[1:], f"{v:,}"
    return rng.choice([
        f"Colleagues in {PORTFOLIOS[m.portfolio]} report {v:,} {name} at {long_date(on)}, and joint work between the two services continues.",
        f"For context, {name} stood at {v:,} at {long_date(on)} ({PORTFOLIOS[m.portfolio]} portfolio)."])


def subcount(r: Report, f: Fig) -> str:
    """'Of the 552 children in our care, 61 ...': the figure again (the same value and date), then a part of it."""
    k = max(2, int(f.value * r.rng.uniform(0.07, 0.33)))
    r.traits.add("trap-subcount")
    noun = r.rng.choice(NOUNS[f.key])
    return r.rng.choice([f"Of the {f.show()} {noun}, {k:,} were first-time contacts.",
                         f"The {f.show()} {noun} include {k:,} living outside the borough.",
                         f"Of the {f.show()} {noun}, {k:,} had been known to the service within the last year."])


def lookalike(r: Report, n: int) -> tuple[str, list[str]]:
    label = r.rng.choice(LOOKALIKES[r.portfolio])
    r.traits.add("lookalike-row")
    if "(%)" in label:
        v = r.rng.uniform(55, 92)
        return label, [f"{min(99.0, max(30.0, v + r.rng.uniform(-5, 5))):.1f}%" for _ in range(n)]
    v = r.rng.randint(12, 160)
    return label, [f"{max(2, int(v * r.rng.uniform(0.85, 1.15))):,}" for _ in range(n)]


def background(r: Report, n: int) -> list[str]:
    return r.rng.sample(BACKGROUND[r.portfolio], n)


# --- a document on its way to its final file ----------------------------------

@dataclass
class Job:
    report: Report
    final: Path
    source: Path
    steps: list[str] = field(default_factory=list)  # "lo-pdf", "lo-odt", "scan:<look>"
