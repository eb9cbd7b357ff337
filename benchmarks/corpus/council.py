"""Hollinsfield Borough Council: the fictional council the corpus is written for.

Its portfolios, cabinet members (with dated roles), indicators and population
estimates; `write_site_config` writes them as site_config/*.yml, and the document
generators read the same data, so the truth and the configuration cannot disagree.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

import yaml

COUNCIL = "Hollinsfield Borough Council"
TOWN = "Hollinsfield"
DOMAIN = "hollinsfield.gov.uk"
# May 2017: the council moved from an Executive to a Cabinet; role titles changed with it
CABINET_FROM = dt.date(2017, 5, 18)

PORTFOLIOS: dict[str, str] = {
    "childrens-services": "Children's Services",
    "education": "Education and Skills",
    "adult-social-care": "Adult Social Care and Health",
    "housing": "Housing",
    "environment": "Environment and Neighbourhoods",
    "community-safety": "Community Safety",
    "regeneration": "Regeneration and Economy",
    "finance": "Finance and Resources",
    "culture": "Culture and Leisure",
    "public-health": "Public Health",
}

# Who held each portfolio, and when. Gaps around elections are real: no report is
# dated inside one.
_ROSTER: dict[str, list[tuple[str, str, str]]] = {
    "childrens-services": [
        ("Margaret Hensby", "2008-05-22", "2011-05-05"),
        ("Jonathan Pryce-Evans", "2011-05-26", "2015-05-06"),
        ("Shabana Akhtar", "2015-05-21", "2019-05-01"),
        ("Neil Farrow", "2019-05-22", "2021-10-31"),
        ("Rachel Okafor", "2021-11-01", "2027-05-05"),
    ],
    "education": [
        ("Gordon Whitlock", "2008-05-22", "2013-06-30"),
        ("Amanda Kerr", "2013-07-01", "2019-05-01"),
        ("Imran Sadiq", "2019-05-22", "2023-05-03"),
        ("Helen Fairbairn", "2023-05-24", "2027-05-05"),
    ],
    "adult-social-care": [
        ("Brian Teasdale", "2008-05-22", "2011-05-05"),
        ("Jean Walker", "2011-05-26", "2017-05-17"),
        ("Tariq Mahmood", "2017-05-18", "2022-05-18"),
        ("Christine Lowther", "2022-05-19", "2027-05-05"),
    ],
    "housing": [
        ("Derek Maughan", "2008-05-22", "2012-05-16"),
        ("Siobhan O'Reilly", "2012-05-17", "2019-05-01"),
        ("Lee Hamill", "2019-05-22", "2023-05-03"),
        ("Priya Chauhan", "2023-05-24", "2027-05-05"),
    ],
    "environment": [
        ("Alan Thirlwell", "2008-05-22", "2013-05-15"),
        ("Peter Walker", "2013-05-16", "2019-05-01"),
        ("Kathryn Dunmore", "2019-05-22", "2024-05-22"),
        ("Sam Oyelaran", "2024-05-23", "2027-05-05"),
    ],
    "community-safety": [
        ("Frank Ridley", "2008-05-22", "2015-05-06"),
        ("Tracey Harding-Lowe", "2015-05-21", "2020-09-30"),
        ("Mark Bellwood", "2020-10-01", "2027-05-05"),
    ],
    "regeneration": [
        ("Charles Ashworth", "2008-05-22", "2011-05-05"),
        ("Nasser Iqbal", "2011-05-26", "2018-02-28"),
        ("Julie Cordingley", "2018-03-01", "2023-05-03"),
        ("Tom Verrill", "2023-05-24", "2027-05-05"),
    ],
    "finance": [
        ("Roger Stainthorpe", "2008-05-22", "2015-05-06"),
        ("Eileen McPartland", "2015-05-21", "2023-05-03"),
        ("Lee Hamill", "2023-05-24", "2027-05-05"),
    ],
    "culture": [
        ("Wendy Sowerby", "2008-05-22", "2014-05-14"),
        ("Gurdeep Sandhu", "2014-05-15", "2021-05-19"),
        ("Anne-Marie Collinson", "2021-05-20", "2027-05-05"),
    ],
    "public-health": [  # public health moved to councils in April 2013
        ("Mohammed Rafiq", "2013-04-01", "2019-05-01"),
        ("Beverley Gaskin", "2019-05-22", "2027-05-05"),
    ],
}


@dataclass(frozen=True)
class Metric:
    key: str
    label: str
    portfolio: str
    unit: str
    aliases: tuple[str, ...]
    low: float  # a plausible range for the figure, for the generator only
    high: float
    kind: str  # "stock" (a count on a day) or "flow" (a count over a period) or "percent"
    rate_per: int | None = None
    population: str | None = None
    since: dt.date | None = None  # the indicator did not exist before (EHC plans came in 2014 ...)


def _m(key, label, portfolio, unit, aliases, low, high, kind, rate=None, since=None):
    per, pop = rate if rate else (None, None)
    return Metric(key, label, portfolio, unit, tuple(aliases), low, high, kind, per, pop,
                  dt.date.fromisoformat(since) if since else None)


# Labels as the council's own indicator set names them; aliases as its reports do.
# "Referrals received", "Assessments completed" and "Complaints received" are used by two
# portfolios each: only the report's own portfolio says which one is meant.
METRICS: list[Metric] = [
    _m("children-in-need", "Children in need", "childrens-services", "children",
       ["CIN", "Children in Need", "Number of children in need", "Current Children in Need"],
       1150, 2100, "stock", (10000, "children-0-17")),
    _m("child-protection-plans", "Children subject to a child protection plan", "childrens-services", "children",
       ["CP", "CPP", "Child Protection", "Children subject to a Child Protection Plan",
        "Children on a child protection plan", "Number of children subject to a child protection plan"],
       170, 420, "stock", (10000, "children-0-17")),
    _m("children-looked-after", "Children looked after", "childrens-services", "children",
       ["LAC", "CLA", "Looked after children", "Children Looked After", "Children in our care",
        "Number of children looked after", "Current Children Looked After"],
       300, 720, "stock", (10000, "children-0-17")),
    _m("care-leavers", "Care leavers in receipt of leaving care services", "childrens-services", "young people",
       ["Care leavers", "Care Leavers in receipt of Leaving Care Services", "Care leavers supported"],
       110, 260, "stock"),
    _m("childrens-assessments-completed", "Children's social care assessments completed", "childrens-services",
       "assessments", ["Assessments completed", "Single assessments completed",
                       "Number of assessments completed"], 540, 1150, "flow"),
    _m("ehc-plans", "Children and young people with an EHC plan", "education", "children and young people",
       ["EHC plans", "EHCPs", "Education, Health and Care plans", "EHC plans maintained",
        "Number of EHC plans"], 880, 2150, "stock", since="2014-09-01"),
    _m("education-assessments-completed", "EHC needs assessments completed", "education", "assessments",
       ["Assessments completed", "EHC needs assessments", "Number of assessments completed"], 35, 150, "flow",
       since="2014-09-01"),
    _m("ehcp-within-20-weeks", "New EHC plans issued within 20 weeks (%)", "education", "percent",
       ["EHC plans issued within 20 weeks", "New EHCPs issued within 20 weeks"], 34, 98, "percent",
       since="2014-09-01"),
    _m("elective-home-education", "Children electively home educated", "education", "children",
       ["EHE", "Elective home education", "Children in elective home education"], 140, 460, "stock"),
    _m("young-people-neet", "Young people not in education, employment or training", "education",
       "young people", ["NEET", "Young people NEET"], 140, 410, "stock"),
    _m("asc-referrals-received", "Adult social care referrals received", "adult-social-care", "referrals",
       ["Referrals received", "Number of referrals received", "New referrals"], 880, 1850, "flow"),
    _m("long-term-support", "Adults receiving long-term support", "adult-social-care", "people",
       ["People receiving long-term support", "Long-term support", "Clients in receipt of long-term support"],
       1950, 2850, "stock", (10000, "adults-18-plus")),
    _m("care-home-admissions-65", "Permanent admissions to residential and nursing care (aged 65+)",
       "adult-social-care", "admissions",
       ["Permanent admissions (65+)", "Permanent admissions to care homes (65+)"], 40, 210, "flow",
       (100000, "older-people-65-plus")),
    _m("safeguarding-enquiries", "Safeguarding enquiries started (Section 42)", "adult-social-care", "enquiries",
       ["Section 42 enquiries", "Safeguarding enquiries", "S42 enquiries started"], 55, 210, "flow",
       since="2015-04-01"),
    _m("housing-referrals-received", "Homelessness referrals received", "housing", "referrals",
       ["Referrals received", "Number of referrals received", "Duty to refer referrals"], 190, 620, "flow"),
    _m("temporary-accommodation", "Households in temporary accommodation", "housing", "households",
       ["Households in TA", "Temporary accommodation", "Number of households in temporary accommodation"],
       18, 185, "stock", (1000, "households")),
    _m("homelessness-preventions", "Households whose homelessness was prevented", "housing", "households",
       ["Homelessness preventions", "Successful preventions", "Prevention outcomes"], 70, 260, "flow"),
    _m("housing-register", "Households on the housing register", "housing", "households",
       ["Housing register", "Applicants on the housing register", "Housing register applicants"],
       2900, 7600, "stock"),
    _m("dfg-completed", "Disabled facilities grants completed", "housing", "grants",
       ["DFGs completed", "Disabled Facilities Grants completed", "DFG adaptations completed"], 28, 125, "flow"),
    _m("fly-tipping", "Fly-tipping incidents reported", "environment", "incidents",
       ["Fly-tipping incidents", "Reported fly-tips", "Fly tipping incidents"], 580, 1950, "flow"),
    _m("missed-bins", "Missed bin collections reported", "environment", "collections",
       ["Missed bins", "Missed collections", "Missed bin collections"], 280, 1500, "flow"),
    _m("recycling-rate", "Household waste sent for reuse, recycling and composting (%)", "environment", "percent",
       ["Recycling rate", "Household waste recycled and composted"], 27, 49, "percent"),
    _m("fixed-penalty-notices", "Fixed penalty notices issued", "environment", "notices",
       ["FPNs issued", "Fixed Penalty Notices issued", "Number of fixed penalty notices"], 95, 900, "flow"),
    _m("environment-complaints-received", "Waste and street cleansing complaints received", "environment",
       "complaints", ["Complaints received", "Number of complaints received"], 38, 210, "flow"),
    _m("asb-incidents", "Anti-social behaviour incidents reported", "community-safety", "incidents",
       ["ASB incidents", "ASB incidents reported", "Anti-social behaviour incidents", "Reported ASB"],
       950, 2650, "flow"),
    _m("domestic-abuse-incidents", "Domestic abuse incidents reported to police", "community-safety",
       "incidents", ["Domestic abuse incidents", "DA incidents"], 580, 1350, "flow"),
    _m("community-protection-notices", "Community protection notices issued", "community-safety", "notices",
       ["CPNs issued", "Community Protection Notices issued"], 9, 95, "flow", since="2014-10-20"),
    _m("marac-cases", "Cases heard at MARAC", "community-safety", "cases",
       ["MARAC cases", "Cases discussed at MARAC"], 55, 160, "flow"),
    _m("jobs-created", "Jobs created or safeguarded", "regeneration", "jobs",
       ["Jobs created", "Jobs created and safeguarded"], 45, 640, "flow"),
    _m("businesses-supported", "Businesses supported", "regeneration", "businesses",
       ["Businesses assisted", "Number of businesses supported"], 38, 310, "flow"),
    _m("vacant-town-centre-units", "Vacant town centre units", "regeneration", "units",
       ["Empty town centre units", "Town centre vacancies"], 38, 125, "stock"),
    _m("major-planning-13-weeks", "Major planning applications determined within 13 weeks (%)", "regeneration",
       "percent", ["Major applications determined in 13 weeks",
                   "Major planning applications determined in time"], 58, 100, "percent"),
    _m("finance-complaints-received", "Corporate complaints received (stage 1)", "finance", "complaints",
       ["Complaints received", "Stage 1 complaints received", "Number of complaints received"], 55, 260, "flow"),
    _m("benefit-claims-processed", "New benefit claims processed", "finance", "claims",
       ["New claims processed", "New housing benefit and council tax support claims processed"],
       880, 2650, "flow"),
    _m("foi-requests", "Freedom of Information requests received", "finance", "requests",
       ["FOI requests received", "FOI requests"], 190, 420, "flow"),
    _m("library-visits", "Library visits", "culture", "visits",
       ["Visits to libraries", "Library visitors"], 58000, 185000, "flow"),
    _m("leisure-attendances", "Leisure centre attendances", "culture", "attendances",
       ["Leisure attendances", "Visits to leisure centres"], 115000, 310000, "flow"),
    _m("active-volunteers", "Active volunteers", "culture", "volunteers",
       ["Registered volunteers", "Volunteers"], 190, 920, "stock"),
    _m("museum-visits", "Museum and gallery visits", "culture", "visits",
       ["Museum visits", "Visits to museums and galleries"], 9500, 52000, "flow"),
    _m("smoking-quitters", "Four-week smoking quitters", "public-health", "people",
       ["4-week quitters", "Smoking quitters", "Four week quits"], 95, 410, "flow"),
    _m("health-checks", "NHS Health Checks delivered", "public-health", "health checks",
       ["Health Checks delivered", "NHS Health Checks completed"], 580, 1850, "flow"),
    _m("adults-in-treatment", "Adults in structured drug and alcohol treatment", "public-health", "people",
       ["Adults in treatment", "People in drug and alcohol treatment"], 880, 1550, "stock"),
]
METRIC = {m.key: m for m in METRICS}

# Portfolios whose reports start later than 2009 (public health moved to councils in 2013;
# Hollinsfield's education reports before 2015 carried no indicators of this set)
PORTFOLIO_SINCE = {"public-health": dt.date(2013, 6, 1), "education": dt.date(2015, 6, 1)}

# Mid-year estimates, one a year; a rate uses the newest estimate on or before its as-of date
_POPULATION_BASE = {
    "children-0-17": ("Children aged 0 to 17", 32450, 118),
    "adults-18-plus": ("Adults aged 18 and over", 104900, 310),
    "older-people-65-plus": ("People aged 65 and over", 21800, 240),
    "households": ("Households", 60100, 260),
}
POPULATION_YEARS = range(2007, 2024)


def population(key: str, on: dt.date) -> int:
    """The estimate in force on a day (its reference date, 30 June, on or before it)."""
    year = on.year if on >= dt.date(on.year, 6, 30) else on.year - 1
    year = max(min(year, POPULATION_YEARS[-1]), POPULATION_YEARS[0])
    _, base, step = _POPULATION_BASE[key]
    # a gentle, uneven growth, as real estimates show
    return base + step * (year - POPULATION_YEARS[0]) + ((year * 37) % 90) - 45


def rate_for(metric: Metric, value: float, on: dt.date) -> float | None:
    if metric.rate_per is None:
        return None
    return round(value * metric.rate_per / population(metric.population, on), 1)


@dataclass(frozen=True)
class Role:
    portfolio: str
    title: str
    start: dt.date
    end: dt.date


@dataclass
class Member:
    key: str
    name: str  # "Siobhan O'Reilly"
    roles: list[Role] = field(default_factory=list)

    @property
    def first(self) -> str:
        return self.name.split()[0]

    @property
    def surname(self) -> str:
        return self.name.split(" ", 1)[1]


def role_title(portfolio: str, on: dt.date) -> str:
    body = "Cabinet Member" if on >= CABINET_FROM else "Executive Member"
    return f"{body} for {PORTFOLIOS[portfolio]}"


def _key(name: str) -> str:
    return "".join(c for c in name.lower().replace(" ", "-") if c.isalnum() or c == "-")


def _members() -> dict[str, Member]:
    out: dict[str, Member] = {}
    for portfolio, holders in _ROSTER.items():
        for name, start, end in holders:
            member = out.setdefault(_key(name), Member(_key(name), name))
            s, e = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
            if s < CABINET_FROM <= e:  # the title changed mid-term
                member.roles.append(Role(portfolio, role_title(portfolio, s), s, CABINET_FROM - dt.timedelta(days=1)))
                s = CABINET_FROM
            member.roles.append(Role(portfolio, role_title(portfolio, s), s, e))
    return out


MEMBERS = _members()


def holder(portfolio: str, on: dt.date) -> Member | None:
    for m in MEMBERS.values():
        if any(r.portfolio == portfolio and r.start <= on <= r.end for r in m.roles):
            return m
    return None


def predecessor(portfolio: str, on: dt.date) -> Member | None:
    """Who held the portfolio before the holder on `on` (thanked in reports, never their author)."""
    names = [n for n, _, _ in _ROSTER[portfolio]]
    current = holder(portfolio, on)
    i = names.index(current.name) if current else 0
    return MEMBERS[_key(names[i - 1])] if i > 0 else None


def write_site_config(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    site = {
        "name": f"{COUNCIL} report archive",
        "council": COUNCIL,
        "description": "Reports of Hollinsfield's executive and cabinet members, with their figures and commitments.",
        "licence": {"name": "Open Government Licence v3.0",
                    "url": "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"},
        "latest_reports": 10,
        "as_at": "newest-report",
        "checks": {"unmentioned_commitments": "info"},
    }
    portfolios = {k: {"name": v, "description": f"The {v} portfolio."} for k, v in PORTFOLIOS.items()}
    members = {m.key: {"name": f"Councillor {m.name}", "roles": [
        {"portfolio": r.portfolio, "title": r.title, "from": r.start, "to": r.end} for r in m.roles]}
        for m in MEMBERS.values()}
    metrics = {}
    for m in METRICS:
        d = {"label": m.label, "description": f"{m.label}: {_describe(m)}", "unit": m.unit,
             "portfolio": m.portfolio, "aliases": list(m.aliases)}
        if m.rate_per:
            d["rate"] = {"per": m.rate_per, "population": m.population}
        metrics[m.key] = d
    populations = {k: {"label": label, "estimates": [
        {"label": f"mid-{y} estimate", "reference_date": dt.date(y, 6, 30),
         "value": population(k, dt.date(y, 6, 30)), "source": f"ONS mid-{y} population estimates"}
        for y in POPULATION_YEARS]} for k, (label, _, _) in _POPULATION_BASE.items()}
    for name, data in [("site", site), ("portfolios", portfolios), ("members", members),
                       ("metrics", metrics), ("populations", populations)]:
        text = yaml.dump(data, Dumper=_NoAliases, sort_keys=False, allow_unicode=True, width=110)
        (folder / f"{name}.yml").write_text(text, encoding="utf-8")


class _NoAliases(yaml.SafeDumper):
    """Every value written out (the same date twice is not an &anchor and a *reference)."""

    def ignore_aliases(self, data):
        return True


def _describe(m: Metric) -> str:
    if m.kind == "percent":
        return "the percentage for the period given, as printed."
    if m.kind == "stock":
        return f"the number of {m.unit} on the date given."
    return f"the number in the period ending on the date given."
