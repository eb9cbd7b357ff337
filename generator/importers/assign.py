"""Commitment ids and statuses for a draft. A suggested commitment that matches one the
portfolio already tracks takes its id, and the match, its score and the words shared go
into the draft for the officer to check; otherwise a new id is made from the promise's
key words. A report without numbered paragraphs gets the plans its prose states, and any
other forward-looking sentence that names a commitment the portfolio's other reports
track. The status suggested is `in-progress` where the words report progress, `planned`
where they only state an intention. Ids are reserved only by drafts actually written."""
from __future__ import annotations

from typing import NamedTuple

from ..content.commitment_checks import materially_different
from ..content.models import Report
from .commitment_words import reports_progress
from .commitments import match_unique
from .draft import Commitment, anchor_for
from .found import Candidate, Findings
from .ids import slug_for
from .matching import Match, Wording, best_match


class History:
    """Commitments by portfolio, with their dates, growing as drafts are written."""

    def __init__(self) -> None:
        self.by_portfolio: dict[str, list[tuple]] = {}  # portfolio -> [(date, id, text)]
        self.words: dict[str, dict[str, str]] = {}  # portfolio -> id -> all its words, any report
        self.ids: set[str] = set()
        self.wordings: dict[str, Wording] = {}  # a wording's names and key words, worked out once

    def add(self, portfolio: str, day, cid: str, text: str | None, update: str | None = None) -> None:
        self.ids.add(cid)
        if text:
            self.by_portfolio.setdefault(portfolio, []).append((day, cid, text))
        words = self.words.setdefault(portfolio, {})
        words[cid] = " ".join(filter(None, [words.get(cid), text, update]))

    def reserve(self, findings: Findings, commitments: list[Commitment]) -> None:
        """A draft written with its date and portfolio: later drafts see its commitments."""
        if findings.portfolio and findings.date and not findings.missing:
            for c in commitments:
                self.add(findings.portfolio.value, findings.date.value, c.id, c.text or c.words, c.update)

    def before(self, portfolio: str, day) -> dict[str, str]:
        """id -> its first wording, for the portfolio's reports before the day."""
        out: dict[str, str] = {}
        for d, cid, text in self.by_portfolio.get(portfolio, []):
            if day is None or d < day:
                out.setdefault(cid, text)
        return out

    def wording(self, text: str) -> Wording:
        if text not in self.wordings:
            self.wordings[text] = Wording.of(text)
        return self.wordings[text]


def earlier_commitments(reports: list[Report]) -> History:
    history = History()
    for report in sorted(reports, key=lambda r: r.date):
        for c in report.front.commitments:
            history.add(report.portfolio, report.date, c.id, c.text, c.update)
    return history


class Assigned(NamedTuple):
    commitment: Commitment
    match: Match | None  # the tracked commitment whose id it took


def assign_commitments(findings: Findings, history: History) -> list[Assigned]:
    portfolio = findings.portfolio.value if findings.portfolio else None
    day = findings.date.value if findings.date else None
    earlier = history.before(portfolio, day) if portfolio else {}
    used: set[str] = set()
    out = []
    for c in findings.candidates:
        match = best_match(Wording.of(c.text, c.words), {cid: history.wording(t) for cid, t in earlier.items()}, used)
        cid = match.id if match else slug_for(c.text, history.ids | used)
        used.add(cid)
        restated = match is None or not materially_different(earlier[match.id], c.text)
        text = c.text if restated else None  # an update on a promise worded before: its words are the update
        status = "in-progress" if match else status_of(c)
        update = c.update if restated or c.update else c.words
        out.append(Assigned(Commitment(cid, text, status, c.due, c.due_text, update,
                                       c.anchor or anchor_for(c.number), c.at, c.words, c.confidence), match))
    out += _prose_commitments(findings, history.words.get(portfolio, {}) if portfolio else {},
                              history.ids | used, used)
    return out


def status_of(c: Candidate) -> str:
    return "in-progress" if reports_progress(" ".join(filter(None, [c.text, c.update]))) else "planned"


def _prose_commitments(findings: Findings, known: dict[str, str], taken: set[str],
                       used: set[str]) -> list[Assigned]:
    out = []
    for c in findings.prose:
        cid = match_unique(c.text, known, used)
        if cid is None and not c.plan:
            continue
        match = Match(cid, 1.0, ("a name only it has",)) if cid else None
        cid = cid or slug_for(c.text, taken | used)
        used.add(cid)
        out.append(Assigned(Commitment(cid, c.text, status_of(c), c.due, c.due_text, c.update, cid, c.at,
                                       c.words, c.confidence), match))
    return out
