"""What the history means for the public record: when each report was first published
and last changed, and each figure whose value, rate or as-of date now differs from
what was first published (an amended figure), with when it changed and from what.

A figure is matched across versions by its metric and, where a report states one
metric more than once, by its place among those (the second children-looked-after
stays the second). A figure added after first publication is first published then;
a figure changed and later changed back is not amended.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from ..content.history import ContentHistory, Stated, note_key
from ..content.models import MetricReading, Report, UpdateKind, UpdateNote
from ..content import catalogue as checks
from ..content.problems import Problems, field_path

FIELDS = ("value", "rate", "as_of")


@dataclass(frozen=True)
class ReportDates:
    """When a report entered the archive and when its file last changed (from commits)."""

    first_published: dt.date
    first_commit: str
    last_changed: dt.date
    uncommitted: bool  # edited since the last commit (a preview before committing)


@dataclass(frozen=True)
class AmendedFigure:
    """A figure that now differs from the value first published."""

    first_value: object
    first_rate: object
    first_as_of: str  # ISO date as first published
    first_commit: str
    first_day: dt.date
    changed_on: dt.date | None  # the commit of the latest change; None: not yet committed
    commit: str | None
    # A correction note must be dated on or after the day the value it replaces was committed.
    # Not the change's own day: a change made on a branch (or in a pull request) is dated by its
    # merge, which an officer writing the note cannot know; an older note still does not count.
    note_from: dt.date | None = None
    # the notes the replaced version already had: none of them can explain this change (sorted:
    # a set's order is the process's own, and a cache key must digest the same in each)
    old_notes: tuple = field(default=(), compare=False, repr=False)


@dataclass(frozen=True)
class RemovedFigure:
    """A figure once published in the report and no longer in it."""

    metric: str
    value: object  # as last published, before it was removed
    rate: object
    as_of: str
    first_commit: str
    first_day: dt.date
    removed_on: dt.date | None  # the commit that removed it; None: not yet committed
    commit: str | None
    note_from: dt.date  # as AmendedFigure.note_from: the day the version it was last in was committed
    old_notes: tuple = field(default=(), compare=False, repr=False)


@dataclass(frozen=True)
class ReportHistory:
    dates: ReportDates | None
    amended: tuple[AmendedFigure | None, ...]  # one per figure in the report, in order
    removed: tuple[RemovedFigure, ...] = ()


def report_history(report: Report, history: ContentHistory) -> ReportHistory:
    file = history.of(report.src_uri)
    count = len(report.front.metrics)
    if file is None:  # not committed yet, or no history at all: show nothing rather than guess
        return ReportHistory(None, (None,) * count)
    uncommitted = report.src_uri in history.uncommitted
    dates = ReportDates(file.first.day, file.first.commit, file.last.day, uncommitted)
    if len(file.versions) == 1 and not uncommitted:
        return ReportHistory(dates, (None,) * count)
    versions = [(v, history.figures.get(v.blob), history.notes.get(v.blob, frozenset()))
                for v in file.versions]
    return ReportHistory(dates, tuple(_amended(report, i, versions) for i in range(count)),
                         _removed(report, versions))


def _removed(report: Report, versions: list) -> tuple[RemovedFigure, ...]:
    """Each figure a committed version stated that the report no longer states, matched as
    amended figures are: by metric and place among that metric's figures."""
    now = Counter(m.metric for m in report.front.metrics)
    keys = dict.fromkeys((f[0], nth) for _, figures, _ in versions for f, nth in _places(figures))
    removed = []
    for metric, nth in keys:
        if nth < now[metric]:
            continue
        present = [i for i, (_, figures, _) in enumerate(versions) if _nth(figures, metric, nth)]
        last_in, first = versions[present[-1]], versions[present[0]][0]
        gone = versions[present[-1] + 1][0] if present[-1] + 1 < len(versions) else None
        figure = _nth(last_in[1], metric, nth)
        removed.append(RemovedFigure(metric, figure[1], figure[2], figure[3], first.commit, first.day,
                                     gone.day if gone else None, gone.commit if gone else None,
                                     last_in[0].day, tuple(sorted(last_in[2]))))
    return tuple(removed)


def _places(figures: tuple[Stated, ...] | None):
    """(figure, its place among the figures of its metric) for each figure of a version."""
    seen: Counter = Counter()
    for figure in figures or ():
        yield figure, seen[figure[0]]
        seen[figure[0]] += 1


def _amended(report: Report, index: int, versions: list) -> AmendedFigure | None:
    stated = report.front.metrics[index]
    nth = sum(1 for m in report.front.metrics[:index] if m.metric == stated.metric)
    notes = {v.blob: n for v, _, n in versions}
    seen = [(v, _nth(figures, stated.metric, nth)) for v, figures, _ in versions]
    seen = [(v, f) for v, f in seen if f is not None]
    if not seen:
        return None
    first_version, first = seen[0]
    if _same(first, stated):
        return None
    changed = [(before_v, v) for (v, f), (before_v, before) in zip(seen[1:], seen)
               if not _same_stated(f, before)]
    if changed and _same(seen[-1][1], stated):
        replaced, last = changed[-1]
    else:  # the working copy differs from the last commit (a preview before committing): no date yet
        replaced, last = seen[-1][0], None
    return AmendedFigure(first[1], first[2], first[3], first_version.commit, first_version.day,
                         last.day if last else None, last.commit if last else None, replaced.day,
                         tuple(sorted(notes[replaced.blob])))


def _nth(figures: tuple[Stated, ...] | None, metric: str, nth: int) -> Stated | None:
    found = [f for f in figures or () if f[0] == metric]
    return found[nth] if nth < len(found) else None


def _same(figure: Stated, stated: MetricReading) -> bool:
    return _same_stated(figure, (stated.metric, stated.value, stated.rate, stated.as_of.isoformat()))


def _same_stated(a: Stated, b: Stated) -> bool:
    return _num(a[1]) == _num(b[1]) and _num(a[2]) == _num(b[2]) and a[3] == b[3]


def _num(value: object) -> object:
    return float(value) if _is_number(value) else value


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


# --- the check ------------------------------------------------------------------

def check_corrections(report: Report, found: ReportHistory, problems: Problems) -> None:
    """Warn of each amended figure that no correction note explains: one dated on or after the
    day the value it replaces was committed (note_from). Where the report has a note that
    does not count, the warning names it and says why."""
    for index, amended in enumerate(found.amended):
        if amended is None or explaining_note(report, amended) is not None:
            continue
        stated = report.front.metrics[index]
        loc = ("metrics", index, _first_changed_field(amended, stated))
        problems.report(checks.AMENDED_WITHOUT_NOTE, report.source, report.line(*loc), field_path(loc),
                        _message(amended, stated, amended.note_from) + _not_accepted(report, amended))
    for removed in found.removed:
        if explaining_note(report, removed) is None:
            problems.report(checks.REMOVED_WITHOUT_NOTE, report.source, report.line("metrics"), "metrics",
                            _removed_message(removed) + _not_accepted(report, removed))


def explaining_note(report: Report, change: AmendedFigure | RemovedFigure) -> int | None:
    """The index in updates: of the note that explains a change: the first correction note
    dated on or after the day the replaced value was committed, and new since that version."""
    return next((n for n, note in enumerate(report.front.updates) if _why_not(note, change) is None), None)


def _why_not(note: UpdateNote, change: AmendedFigure | RemovedFigure) -> str | None:
    """Why a note does not explain a change, or None if it does."""
    if note_key(note.date, note.kind.value, note.summary) in change.old_notes:
        return "it was already in the version it corrects, so it cannot be about this change"
    if note.kind is not UpdateKind.CORRECTION:
        return f"it is kind: {note.kind.value}, not kind: correction"
    if note.date < change.note_from:
        return (f"it is dated before {change.note_from.isoformat()}, the day the value it corrects was "
                "published")
    return None


def _not_accepted(report: Report, change: AmendedFigure | RemovedFigure) -> str:
    """'; the note of 2026-12-04 ("...") does not count: <why>', for the newest note, the one
    an officer most likely meant; '' where the report has none."""
    notes = sorted(enumerate(report.front.updates), key=lambda n: (n[1].date, n[0]))
    if not notes:
        return ""
    _, note = notes[-1]
    return (f"; the note of {note.date.isoformat()} (\"{_short(note.summary)}\") does not count: "
            f"{_why_not(note, change)}")


def _short(words: str) -> str:
    words = " ".join(words.split())
    return words if len(words) <= 80 else words[:77] + "..."


def _removed_message(removed: RemovedFigure) -> str:
    last = f"value {_plain(removed.value)}, as_of {removed.as_of}" + (
        f", rate {removed.rate}" if removed.rate is not None else "")
    when = (f"removed in commit {removed.commit[:12]} on {removed.removed_on.isoformat()}"
            if removed.commit else "removed since the last commit")
    return (f"{removed.metric} was first published in this report (commit {removed.first_commit[:12]}, "
            f"{removed.first_day.isoformat()}) with {last} and is no longer in it ({when}); add an "
            f"entry to updates: with kind: correction, dated {removed.note_from.isoformat()} or later, "
            f"saying what was removed and why")


def _first_changed_field(amended: AmendedFigure, stated: MetricReading) -> str:
    old = (amended.first_value, amended.first_rate, amended.first_as_of)
    new = (stated.value, stated.rate, stated.as_of.isoformat())
    return next(name for name, a, b in zip(FIELDS, old, new) if _num(a) != _num(b))


def _message(amended: AmendedFigure, stated: MetricReading, since: dt.date) -> str:
    old = (amended.first_value, amended.first_rate, amended.first_as_of)
    new = (stated.value, stated.rate, stated.as_of.isoformat())
    pairs = [(name, a, b) for name, a, b in zip(FIELDS, old, new) if _num(a) != _num(b)]
    was = ", ".join(f"{name} {_plain(a)}" for name, a, _ in pairs)
    now = ", ".join(f"{name} {_plain(b)}" for name, _, b in pairs)
    when = (f"changed in commit {amended.commit[:12]} on {amended.changed_on.isoformat()}"
            if amended.commit else "changed since the last commit")
    return (f"{stated.metric} was first published with {was} (commit {amended.first_commit[:12]}, "
            f"{amended.first_day.isoformat()}) and now has {now} ({when}); add an entry to "
            f"updates: with kind: correction, dated {since.isoformat()} or later, saying what was "
            f"corrected and why")


def _plain(value: object) -> str:
    return "none" if value is None else str(value)
