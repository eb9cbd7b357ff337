"""Checks across a commitment's history, for officers entering a new report:

- a report of a portfolio no longer mentions an open commitment that the
  portfolio's previous report listed (severity set in site.yml: checks:
  CA505 unmentioned-commitments: warning | info | off);
- a commitment's wording changes materially under the same id;
- a status moves backwards from delivered.

Each message names the file, the line and the earlier report it compares with.
"""
from __future__ import annotations

import difflib
import re

from . import catalogue as checks
from .config import SiteConfig
from .dates import long_date
from .models import Report, Status
from .problems import Problems, field_path

# Word-level similarity below which a rewording counts as a different promise:
# a corrected typo or added word stays above it, a new sentence falls below.
MATERIAL_CHANGE_BELOW = 0.8
_WORD = re.compile(r"[a-z0-9£]+")


def check_commitment_history(reports: list[Report], config: SiteConfig, problems: Problems) -> None:
    ordered = sorted(reports, key=lambda r: (r.date, r.source))
    check_unmentioned(ordered, problems)  # site.yml checks: may set it to info or off
    check_wording_and_status(ordered, problems)


def earlier(report: Report) -> str:
    return f"{report.source} ({long_date(report.date)})"


def check_unmentioned(ordered: list[Report], problems: Problems) -> None:
    """Compare each report with the previous report of its own portfolio only."""
    previous: dict[str, Report] = {}
    for report in ordered:
        before = previous.get(report.portfolio)
        previous[report.portfolio] = report
        if before is None:
            continue
        mentioned = {s.id for s in report.front.commitments}
        for statement in before.front.commitments:
            if statement.id in mentioned or statement.status.closed:
                continue
            problems.report(checks.UNMENTIONED_COMMITMENTS, report.source, report.line("commitments"), "commitments",
                           f"no longer mentions commitment '{statement.id}', which the previous "
                           f"report of this portfolio, {earlier(before)}, listed as "
                           f"{statement.status.label.lower()}; if this report says what became "
                           f"of it, add it to commitments")


def check_wording_and_status(ordered: list[Report], problems: Problems) -> None:
    first_wording: dict[str, tuple[Report, str]] = {}
    last_status: dict[str, tuple[Report, Status]] = {}
    for report in ordered:
        for i, statement in enumerate(report.front.commitments):
            cid = statement.id
            if statement.text and cid in first_wording:
                first, wording = first_wording[cid]
                if first is not report and materially_different(wording, statement.text):
                    loc = ("commitments", i, "text")
                    problems.report(checks.COMMITMENT_REWORDED, report.source, report.line(*loc), field_path(loc),
                                    f"the wording of commitment '{cid}' differs materially from "
                                     f"its first wording in {earlier(first)}; if this is another "
                                     f"promise, give it a new id")
            if statement.text:
                first_wording.setdefault(cid, (report, statement.text))
            before, status = last_status.get(cid, (None, None))
            if status is Status.DELIVERED and statement.status is not Status.DELIVERED:
                loc = ("commitments", i, "status")
                problems.report(checks.STATUS_AFTER_DELIVERED, report.source, report.line(*loc), field_path(loc),
                                f"commitment '{cid}' was delivered by {earlier(before)}, but this "
                                 f"report says {statement.status.label.lower()}; check the status, "
                                 f"or give a new promise a new id")
            last_status[cid] = (report, statement.status)


def materially_different(before: str, after: str) -> bool:
    """Case, spacing, punctuation and quote marks aside, do the words differ by 20% or more?"""
    a, b = (_WORD.findall(text.casefold().replace("\u2019", "'")) for text in (before, after))
    if a == b:
        return False
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() < MATERIAL_CHANGE_BELOW
