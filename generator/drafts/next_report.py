"""The next report of a portfolio, drafted from its latest report before the new date.

What the officer must write is left empty (`value:`, `as_of:`, `update:`), so the
YAML loads and `check` names each empty field with what to write there (content/fillin.py).
Every commitment still open is listed, so leaving one out is a visible choice."""
from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..content.dates import PartialDate, long_date
from ..content.models import CommitmentStatement, MetricReading, Report
from ..content.problems import suggest
from ..model.archive import Archive

COMMENT_WIDTH = 70  # characters of a promise's wording shown beside its id


class DraftRefused(Exception):
    """No draft can be made; the message says why and what to do."""


@dataclass(frozen=True)
class OpenCommitment:
    id: str
    text: str  # as first worded, for the officer's eye
    last: CommitmentStatement  # what the newest report before the draft said of it
    last_report: Report
    due: PartialDate | None  # the newest due date stated


@dataclass
class Draft:
    path: str  # under content/, e.g. reports/2020/2020-01-15-childrens-services.md
    text: str
    previous: Report
    metrics: list[str]
    commitments: list[OpenCommitment]
    member: str | None
    messages: list[str] = field(default_factory=list)  # said to the officer, the draft is written anyway


def draft_next_report(archive: Archive, portfolio: str, day: dt.date, meeting: str | None = None,
                      member: str | None = None) -> Draft:
    if portfolio not in archive.config.portfolios:
        raise DraftRefused(f"unknown portfolio '{portfolio}'{suggest(portfolio, archive.config.portfolios)}; "
                           "keys are defined in site_config/portfolios.yml")
    previous = _latest_before(archive, portfolio, day)
    messages: list[str] = []
    if member is None:
        member = _member_on(archive, portfolio, day, messages)
    elif member not in archive.config.members:
        raise DraftRefused(f"unknown member '{member}'{suggest(member, archive.config.members)}; "
                           "keys are defined in site_config/members.yml")
    draft = Draft(path=draft_path(portfolio, day), text="", previous=previous,
                  metrics=list(_last_readings(previous)),
                  commitments=open_commitments(archive, portfolio, day, previous), member=member,
                  messages=messages)
    draft.text = render(draft, day, meeting if meeting is not None else previous.front.meeting)
    return draft


def _last_readings(report: Report) -> dict[str, MetricReading]:
    """One reading a metric (a report may state a figure for several dates): the newest."""
    out: dict[str, MetricReading] = {}
    for reading in report.front.metrics:
        if reading.metric not in out or reading.as_of > out[reading.metric].as_of:
            out[reading.metric] = reading
    return out


def _latest_before(archive: Archive, portfolio: str, day: dt.date) -> Report:
    earlier = [r for r in archive.reports if r.portfolio == portfolio and r.date < day]
    if not earlier:
        raise DraftRefused(f"no report of portfolio '{portfolio}' is dated before {day.isoformat()}, "
                           "so there is none to draft from; write the first one by hand "
                           "(see docs/officers.md, 'Adding a report')")
    return earlier[-1]  # archive.reports is oldest first


def _member_on(archive: Archive, portfolio: str, day: dt.date, messages: list[str]) -> str | None:
    """The one member whose role covers the portfolio on the day; else None, and a message."""
    holders = [key for key, m in archive.config.members.items()
               if any(r.portfolio == portfolio and r.held_on(day) for r in m.roles)]
    if len(holders) == 1:
        return holders[0]
    where = f"for portfolio '{portfolio}' on {day.isoformat()} in site_config/members.yml"
    if not holders:
        messages.append(f"no member holds a role {where}; the draft leaves member empty: write the "
                        "key of the member who presents the report, and add their role to members.yml")
    else:
        messages.append(f"{len(holders)} members hold a role {where} ({', '.join(holders)}); the draft "
                        "leaves member empty: write the key of the one who presents the report (or delete "
                        "the draft and run new again with --member KEY), and give the roles their from/to dates")
    return None


def open_commitments(archive: Archive, portfolio: str, day: dt.date, previous: Report) -> list[OpenCommitment]:
    """Every commitment whose newest mention before `day` is of this portfolio and not
    delivered or dropped: those the previous report listed first, in its order, then
    those it left unmentioned, the most recently mentioned first."""
    found = []
    for cid, mentions in archive.mentions.items():
        before = [m for m in mentions if m.report.date < day]
        if not before or before[-1].report.portfolio != portfolio:
            continue
        last = before[-1].statement
        if last.status.closed:
            continue
        dated = [m.statement.due for m in before if m.statement.due is not None]
        worded = next((m.statement.text for m in before if m.statement.text), "")
        found.append((before[-1], OpenCommitment(cid, worded, last, before[-1].report, dated[-1] if dated else None)))
    found.sort(key=lambda pair: (pair[0].report is not previous, -pair[0].report.date.toordinal(),
                                 pair[0].report.source, pair[0].index))
    return [c for _, c in found]


def render(draft: Draft, day: dt.date, meeting: str | None) -> str:
    front = draft.previous.front
    lines = ["---", f"title: {_quoted(front.title)}", f"date: {day.isoformat()}"]
    if meeting:
        lines.append(f"meeting: {_quoted(meeting)}")
    lines += [f"portfolio: {front.portfolio}", f"member: {draft.member or ''}".rstrip()]
    if draft.metrics:
        lines += [f"# The figures the report of {long_date(draft.previous.date)} gave: write each "
                  "figure and the date it is as of.", "metrics:"]
        for reading in _last_readings(draft.previous).values():
            lines += [f"  - metric: {reading.metric}  # last: {_figure(reading.value)} as of "
                      f"{long_date(reading.as_of)}", "    value:", "    as_of:"]
    if draft.commitments:
        lines += ["# Every commitment still open: write what this report says of each in update, and "
                  "its status;", "# delete the update line if the report says nothing of it.",
                  "commitments:"]
        for commitment in draft.commitments:
            lines += _commitment_lines(commitment, draft.previous)
    lines += ["---", ""] + _skeleton(draft.previous.body)
    return "\n".join(lines) + "\n"


def _commitment_lines(commitment: OpenCommitment, previous: Report) -> list[str]:
    wording = _shortened(commitment.text)
    lines = [f"  - id: {commitment.id}" + (f"  # {wording}" if wording else "")]
    if commitment.last_report is not previous:
        lines.append(f"    # not mentioned since the report of {long_date(commitment.last_report.date)}")
    lines.append(f"    status: {commitment.last.status.value}")
    if commitment.due is not None:
        lines.append(f"    due: {_quoted(str(commitment.due))}")
    lines.append("    update:")
    return lines


def _skeleton(body: str) -> list[str]:
    """The previous report's headings, in order, each followed by a blank line."""
    out: list[str] = []
    fenced = False
    for line in body.splitlines():
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
        elif not fenced and re.match(r"^#{1,6} \S", line):
            out += [line.rstrip(), ""]
    return out


def _figure(value: float) -> str:
    return str(value) if isinstance(value, int) else f"{value:g}"


def _shortened(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= COMMENT_WIDTH else flat[: COMMENT_WIDTH - 1].rstrip() + "…"


def _quoted(text: str) -> str:
    """A YAML double-quoted scalar (JSON's string syntax is one)."""
    return json.dumps(text, ensure_ascii=False)


def write_draft(draft: Draft, content_dir: Path, shown: str) -> Path:
    """Create the file; never overwrite one (exclusive create, so no race either).

    shown: the path as the officer sees it, for the message."""
    path = content_dir / draft.path
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        with path.open("x", encoding="utf-8") as out:
            out.write(draft.text)
    except FileExistsError:
        raise DraftRefused(refuse_overwrite(shown)) from None
    return path


def draft_path(portfolio: str, day: dt.date) -> str:
    """Where the report goes, under content/."""
    return f"reports/{day.year}/{day.isoformat()}-{portfolio}.md"


def refuse_overwrite(shown: str) -> str:
    return f"{shown} already exists, and new never overwrites a file; edit that report, or give another --date"
