"""The commitment tracker's model: every promise, what each report said of it,
and whether it is overdue or silent as at one fixed day.

Built once per build with `tracker_for(archive)`; pages, feeds and calendars
read the same `Tracker`. Nothing here knows about HTML.

- `Commitment.mentions` are the reports that spoke of it, oldest first.
- `status` is what the newest mention says; `due` is the newest due date stated.
- `overdue`: a due date whose last on-time day (`PartialDate.end`) is before the
  as-at day, and a status that is neither delivered nor dropped.
- `silent`: not delivered or dropped, and a later report of its portfolio (the
  portfolio of its newest mention) exists that does not mention it.
- The as-at day is the newest report's date (default), never the wall clock,
  so the same commit builds the same site; `as_at: build-date` in site.yml uses
  SOURCE_DATE_EPOCH, else today.
"""
from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass

from .archive import Archive, Mention
from ..content.dates import PartialDate, long_date
from ..content.models import AsAt, Report, Status
from .archive import remember
from .urls import commitment_url


@dataclass(frozen=True)
class StatusChange:
    """A status that differs from what the previous mention said."""

    mention: Mention
    before: Status
    after: Status


@dataclass(frozen=True)
class Commitment:
    id: str
    text: str  # the promise as first worded
    mentions: tuple[Mention, ...]  # oldest first, never empty
    due: PartialDate | None  # the newest due date any mention states
    due_text: str | None  # the report's own words for that due date
    due_mention: Mention | None  # the mention that stated them
    overdue: bool
    silent: bool
    silent_since: Report | None  # the first later report of its portfolio that left it out
    # set once from the mentions (every listing, tally and filter reads them, 17,000 each at
    # 10,000 reports): what the newest mention says, the portfolio of its report, and the
    # member who made the promise (the one whose report first stated it)
    status: Status
    portfolio: str
    member: str

    @property
    def first(self) -> Mention:
        return self.mentions[0]

    @property
    def last(self) -> Mention:
        return self.mentions[-1]

    @property
    def url(self) -> str:
        return commitment_url(self.id)

    @property
    def changes(self) -> tuple[StatusChange, ...]:
        return tuple(StatusChange(now, before.statement.status, now.statement.status)
                     for before, now in zip(self.mentions, self.mentions[1:])
                     if before.statement.status is not now.statement.status)

    @property
    def flags(self) -> tuple[str, ...]:
        return tuple(name for name, on in (("overdue", self.overdue), ("silent", self.silent)) if on)


@dataclass(frozen=True)
class AsAtDay:
    day: dt.date
    report: Report | None  # the newest report, when the day is its date

    @property
    def label(self) -> str:
        """'as at the report of 4 September 2019' or 'as at 14 November 2023 (the build date)'."""
        if self.report is not None:
            return f"as at the report of {long_date(self.day)}"
        return f"as at {long_date(self.day)} (the build date)"


@dataclass(frozen=True)
class Tracker:
    as_at: AsAtDay | None  # None only when the archive has no reports
    commitments: tuple[Commitment, ...]  # by first stated, then id

    @property
    def by_id(self) -> dict[str, Commitment]:
        return {c.id: c for c in self.commitments}


def as_at_day(archive: Archive, environ: dict[str, str] | None = None) -> AsAtDay | None:
    environ = os.environ if environ is None else environ
    if archive.config.settings.as_at is AsAt.BUILD_DATE:
        epoch = environ.get("SOURCE_DATE_EPOCH")
        day = (dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc).date() if epoch
               else dt.datetime.now(dt.timezone.utc).date())
        return AsAtDay(day, None)
    newest = archive.reports[-1] if archive.reports else None
    return AsAtDay(newest.date, newest) if newest else None


def build_tracker(archive: Archive, as_at: AsAtDay | None = None) -> Tracker:
    as_at = as_at if as_at is not None else as_at_day(archive)
    next_of_portfolio = _next_report_of_portfolio(archive.reports)
    day = as_at.day if as_at else None
    # a commitment reads its mentions, the next report of its portfolio and the as-at day:
    # with those the same, the last build's Commitment is reused under `mkdocs serve`
    commitments = [remember(archive, ("tracker", cid),
                            (tuple(m.report for m in mentions), next_of_portfolio.get(mentions[-1].report.source), day),
                            lambda cid=cid, mentions=mentions: _commitment(cid, tuple(mentions), archive,
                                                                          next_of_portfolio, as_at), disk=False)
                   for cid, mentions in archive.mentions.items()]
    commitments.sort(key=lambda c: (c.first.report.date, c.first.report.source, c.first.index))
    return Tracker(as_at, tuple(commitments))


def _next_report_of_portfolio(reports: list[Report]) -> dict[str, Report]:
    """Report source -> the next report of the same portfolio (one sweep, oldest first)."""
    following: dict[str, Report] = {}
    previous: dict[str, Report] = {}
    for report in reports:
        if report.portfolio in previous:
            following[previous[report.portfolio].source] = report
        previous[report.portfolio] = report
    return following


def _commitment(cid: str, mentions: tuple[Mention, ...], archive: Archive,
                next_of_portfolio: dict[str, Report], as_at: AsAtDay | None) -> Commitment:
    due_mention = _due_mention(mentions)
    due = due_mention.statement.due if due_mention else None
    status = mentions[-1].statement.status
    after = next_of_portfolio.get(mentions[-1].report.source)
    if after is not None and as_at is not None and after.date > as_at.day:
        after = None  # a report after the as-at day is not yet known then
    silent = not status.closed and after is not None
    overdue = not status.closed and due is not None and as_at is not None and as_at.day > due.end
    return Commitment(id=cid, text=archive.commitment_text(cid) or "", mentions=mentions,
                      due=due, due_text=due_mention.statement.due_text if due_mention else None,
                      due_mention=due_mention, overdue=overdue, silent=silent,
                      silent_since=after if silent else None, status=status,
                      portfolio=mentions[-1].report.portfolio, member=mentions[0].report.member)


def _due_mention(mentions: tuple[Mention, ...]) -> Mention | None:
    """The newest mention that gives a due date; failing that, the newest with due wording."""
    dated = [m for m in mentions if m.statement.due is not None]
    worded = [m for m in mentions if m.statement.due_text is not None]
    return (dated or worded or [None])[-1]


def tracker_for(archive: Archive) -> Tracker:
    """The build's tracker, made once per archive however many pages ask for it."""
    return archive.once("tracker", lambda: build_tracker(archive))
