"""Where each feed and calendar lives, as the Alternate a page links it with.
Pages of other features (metrics/<id>/, commitments/<id>/) link theirs with
GeneratedPage(..., alternates=(metric_feed(id, label),))."""
from __future__ import annotations

from ..pages import Alternate

ATOM = "application/atom+xml"
ICAL = "text/calendar"


def reports_feed() -> Alternate:
    return Alternate("feeds/reports.xml", "New reports (Atom feed)", ATOM)


def portfolio_feed(key: str, name: str) -> Alternate:
    return Alternate(f"feeds/portfolios/{key}.xml", f"New reports: {name} (Atom feed)", ATOM)


def member_feed(key: str, name: str) -> Alternate:
    return Alternate(f"feeds/members/{key}.xml", f"New reports by {name} (Atom feed)", ATOM)


def metric_feed(key: str, label: str) -> Alternate:
    return Alternate(f"feeds/metrics/{key}.xml", f"New figures: {label} (Atom feed)", ATOM)


def commitment_feed(commitment_id: str) -> Alternate:
    return Alternate(f"feeds/commitments/{commitment_id}.xml",
                     f"Updates on commitment {commitment_id} (Atom feed)", ATOM)


def due_dates_calendar() -> Alternate:
    return Alternate("feeds/commitments.ics", "Commitment due dates (iCalendar)", ICAL)
