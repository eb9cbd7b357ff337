"""Commitment ids and statuses for a draft: an earlier report's id where the wording
names the same thing, otherwise a new id made from the promise's key words. A report
without numbered paragraphs gets the plans its prose states, and any other forward-looking
sentence that names a commitment the portfolio's other reports track; both take that
commitment's id where they name one. The status suggested is `in-progress` where the
words report progress, `planned` where they only state an intention."""
from __future__ import annotations

from ..content.models import Report
from .commitments import match_earlier, match_unique
from .ids import slug_for
from .draft import Commitment, anchor_for
from .found import Candidate, Findings
from .commitment_words import reports_progress


class History:
    """Commitments by portfolio, with their dates, growing as drafts are made."""

    def __init__(self) -> None:
        self.by_portfolio: dict[str, list[tuple]] = {}  # portfolio -> [(date, id, text)]
        self.words: dict[str, dict[str, str]] = {}  # portfolio -> id -> all its words, any report
        self.ids: set[str] = set()

    def add(self, portfolio: str, day, cid: str, text: str | None, update: str | None = None) -> None:
        self.ids.add(cid)
        if text:
            self.by_portfolio.setdefault(portfolio, []).append((day, cid, text))
        words = self.words.setdefault(portfolio, {})
        words[cid] = " ".join(filter(None, [words.get(cid), text, update]))

    def before(self, portfolio: str, day) -> dict[str, str]:
        return {cid: text for d, cid, text in self.by_portfolio.get(portfolio, []) if day is None or d < day}


def earlier_commitments(reports: list[Report]) -> History:
    history = History()
    for report in sorted(reports, key=lambda r: r.date):
        for c in report.front.commitments:
            history.add(report.portfolio, report.date, c.id, c.text, c.update)
    return history


def assign_commitments(findings: Findings, history: History) -> list[Commitment]:
    portfolio = findings.portfolio.value if findings.portfolio else None
    day = findings.date.value if findings.date else None
    earlier = history.before(portfolio, day) if portfolio else {}
    used: set[str] = set()
    out = []
    for c in findings.candidates:
        match = match_earlier(c.words, earlier, used)
        cid = match or slug_for(c.text, history.ids | used)
        used.add(cid)
        out.append(Commitment(cid, None if match else c.text, "in-progress" if match else status_of(c),
                              c.due, c.due_text, c.update, anchor_for(c.number), c.at, c.words))
    out += _prose_commitments(findings, history.words.get(portfolio, {}) if portfolio else {},
                              history.ids | used, used)
    if portfolio and day and not findings.missing:
        for c in out:
            history.add(portfolio, day, c.id, c.text, c.update)
    return out


def status_of(c: Candidate) -> str:
    return "in-progress" if reports_progress(" ".join(filter(None, [c.text, c.update]))) else "planned"


def _prose_commitments(findings: Findings, known: dict[str, str], taken: set[str],
                       used: set[str]) -> list[Commitment]:
    out = []
    for c in findings.prose:
        cid = match_unique(c.text, known, used)
        if cid is None and not c.plan:
            continue
        cid = cid or slug_for(c.text, taken | used)
        used.add(cid)
        out.append(Commitment(cid, c.text, status_of(c), c.due, c.due_text, c.update, cid, c.at, c.words))
    return out
