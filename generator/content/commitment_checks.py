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
from collections import defaultdict

from . import catalogue as checks
from .cache import Cache
from .config import SiteConfig
from .dates import long_date
from .models import Report, Status
from .problems import Problems, field_path

# Word-level similarity below which a rewording counts as a different promise:
# a corrected typo or added word stays above it, a new sentence falls below.
MATERIAL_CHANGE_BELOW = 0.8
_WORD = re.compile(r"[a-z0-9£]+")


def check_commitment_history(reports: list[Report], config: SiteConfig, problems: Problems,
                             cache: Cache | None = None, first_mentions: bool = False) -> None:
    """With a cache, each portfolio's run of reports (what check_unmentioned compares) and each
    commitment's run of mentions (check_wording_and_status, and with first_mentions
    check_first_mention) is checked again only when it changed: an edit to one report checks
    its portfolio and its commitments, not 10,000 reports (0.5 s at each rebuild of a
    preview). Problems are sorted when reported, so the order they are found in does not matter."""
    ordered = sorted(reports, key=lambda r: (r.date, r.source))
    if cache is None:
        check_unmentioned(ordered, problems)  # site.yml checks: may set it to info or off
        check_wording_and_status(ordered, problems=problems)
        return
    by_portfolio: dict[str, list[Report]] = defaultdict(list)
    by_id: dict[str, list[Report]] = defaultdict(list)  # a report twice if it lists the id twice
    for report in ordered:
        by_portfolio[report.portfolio].append(report)
        for statement in report.front.commitments:
            by_id[statement.id].append(report)
    for portfolio, run in by_portfolio.items():  # each report is compared with the one before it
        problems.items.extend(cache.get(("unmentioned", portfolio), tuple(run), lambda run=run: _unmentioned(run)))
    for cid, run in by_id.items():  # a commitment's state runs along its own mentions only
        problems.items.extend(cache.get(("commitment-checks", cid, first_mentions), tuple(run),
                                        lambda cid=cid, run=run: _of_commitment(run, cid, first_mentions)))


def _unmentioned(run: list[Report]) -> list:
    found = Problems()
    check_unmentioned(run, found)
    return found.items


def _of_commitment(run: list[Report], cid: str, first_mentions: bool) -> list:
    found = Problems()
    check_wording_and_status(run, cid, problems=found)
    if first_mentions:
        check_first_mention(run, cid, found)
    return found.items


def check_first_mention(run: list[Report], cid: str, problems: Problems) -> None:
    """validate.validate_first_mentions for one commitment (run: the reports that mention it,
    by date and source; no report with field errors among them): its wording is required
    where it first appears."""
    first = run[0]
    i, statement = next((i, s) for i, s in enumerate(first.front.commitments) if s.id == cid)
    if statement.text is None:
        loc = ("commitments", i, "text")
        problems.report(checks.COMMITMENT_NEEDS_TEXT, first.source, first.line("commitments", i), field_path(loc),
                        f"commitment '{cid}' first appears in this report "
                        f"({long_date(first.date)}), so it needs its text")


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


def check_wording_and_status(ordered: list[Report], only: str | None = None, *, problems: Problems) -> None:
    """only: the one commitment to check (ordered: the reports that mention it)."""
    first_wording: dict[str, tuple[Report, str]] = {}
    last_status: dict[str, tuple[Report, Status]] = {}
    for report in dict.fromkeys(ordered) if only is not None else ordered:
        for i, statement in enumerate(report.front.commitments):
            cid = statement.id
            if only is not None and cid != only:
                continue
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
