"""Pieces several held-out-2 templates share: preparing a monthly or quarterly set of figures,
RAG words and colours, file names as officers save them."""
from __future__ import annotations

import datetime as dt
import re

from h2_words import LOOKALIKES
from h2_model import (MONTHS, Fig, Report, draw, fin_year, month_end, months_back, quarter_of, quarters_back,
                      series, _step)

RAG_COLOUR = {"Red": "C00000", "Amber": "C65911", "Green": "00873C"}


def latest_month(r: Report, lag_days: int = 8) -> dt.date:
    """The last month whose figures were in when the report was written."""
    d = r.report_date - dt.timedelta(days=lag_days)
    first = dt.date(d.year, d.month, 1)
    return first - dt.timedelta(days=1)


def prepare_monthly(r: Report, n_months: int, n_figs: int, rates: float = 0.6,
                    latest: dt.date | None = None) -> list[dt.date]:
    """Figures for the last n months (oldest first), each with earlier months, the same month a
    year before and a target; a rate for indicators with a rate base, with probability `rates`."""
    rng = r.rng
    latest = latest or latest_month(r)
    ends = months_back(latest, n_months)
    r.figs = draw(rng, r.portfolio, latest, n_figs, monthly=True)
    _with_history(r, n_months - 1, rates)
    return ends


def prepare_quarterly(r: Report, n_quarters: int, n_figs: int, rates: float = 0.6,
                      latest: dt.date | None = None) -> list[dt.date]:
    rng = r.rng
    if latest is None:
        d = r.report_date - dt.timedelta(days=12)
        latest = max(e for e in [month_end(d.year, m) for m in (3, 6, 9, 12)] + [month_end(d.year - 1, 12)] if e <= d)
    ends = quarters_back(latest, n_quarters)
    r.figs = draw(rng, r.portfolio, latest, n_figs)
    _with_history(r, n_quarters - 1, rates)
    return ends


def _with_history(r: Report, n_earlier: int, rates: float) -> None:
    """Earlier periods, the same period a year before, and (some) printed rates."""
    for f in r.figs:
        f.earlier = series(r.rng, f.metric, f.value, n_earlier)
        f.last_year = _step(r.rng, f.metric, _step(r.rng, f.metric, f.value))
        if f.metric.rate_per and r.rng.random() < rates:
            f.rate = f.rate_at(f.value, f.as_of)


def restate(r: Report, on: dt.date) -> None:
    """The document states one date for its figures ('Data as at ...'): that is their as-of date."""
    for f in r.figs:
        f.as_of = on
        if f.rate is not None:
            f.rate = f.rate_at(f.value, on)


def lookalike(r: Report, n: int) -> tuple[str, list[str]]:
    """A row naming one of the portfolio's indicators but counting something else, n values."""
    label = r.rng.choice(LOOKALIKES[r.portfolio])
    if "(%)" in label:
        return label, [f"{r.rng.uniform(40, 97):.1f}%" for _ in range(n)]
    return label, [str(r.rng.randint(4, 140)) for _ in range(n)]


def rag(f: Fig, value: float | None = None) -> str:
    """Against the target: higher is better for most indicators, lower for demand and incidents."""
    v = f.value if value is None else value
    t = float(f.target.rstrip("%").replace(",", ""))
    lower_better = f.metric.key in LOWER_BETTER
    gap = (t - v) if not lower_better else (v - t)
    if gap <= 0:
        return "Green"
    return "Amber" if gap <= max(1.0, 0.05 * t) else "Red"


LOWER_BETTER = {"children-in-need", "child-protection-plans", "children-looked-after", "young-people-neet",
                "elective-home-education", "care-home-admissions-65", "temporary-accommodation", "housing-register",
                "fly-tipping", "missed-bins", "environment-complaints-received", "asb-incidents",
                "domestic-abuse-incidents", "vacant-town-centre-units", "finance-complaints-received",
                "housing-referrals-received", "asc-referrals-received"}


def month_label(d: dt.date, style: str) -> str:
    mon = MONTHS[d.month - 1]
    return {"mon-yy": f"{mon[:3]}-{d.year % 100:02d}", "mon yy": f"{mon[:3]} {d.year % 100:02d}",
            "mon": mon[:3], "month yyyy": f"{mon} {d.year}", "mon yyyy": f"{mon[:3]} {d.year}"}[style]


def quarter_label(end: dt.date, style: str) -> str:
    q, fy = quarter_of(end), fin_year(end)
    return {"q-fy": f"Q{q} {fy}", "quarter": f"Quarter {q}\n{fy}", "fy-q": f"{fy} Q{q}",
            "mon-mon": f"{MONTHS[(end.month - 3) % 12][:3]}-{MONTHS[end.month - 1][:3]} {end.year % 100:02d}"}[style]


def slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "_", text).strip("_")


SHORT = {"childrens-services": "CSC", "education": "Education", "adult-social-care": "AdultCare",
         "housing": "Housing", "environment": "Environment", "community-safety": "SaferCommunities",
         "regeneration": "PlaceGrowth", "finance": "Resources", "culture": "CultureLeisure",
         "public-health": "PublicHealth"}


def rated_first(r: Report) -> None:
    """Put a figure that prints its rate first, where a report tells its first figure in words."""
    rated = [f for f in r.figs if f.rate is not None]
    if rated and r.rng.random() < 0.8:
        r.figs.remove(rated[0])
        r.figs.insert(0, rated[0])
