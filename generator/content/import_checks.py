"""Drafts written by `council-archive import` stay in an officer's hands: until the
officer deletes the line `review: unconfirmed`, every value the import suggested is a
warning (so `check --strict`, CI and `mkdocs build --strict` stop), naming the line of
the value and the words it was read from. site.yml `publish_unconfirmed_imports: true`
turns these warnings into notes, for a large back catalogue published with its notice."""
from __future__ import annotations

import re

from .models import Report
from . import catalogue as checks
from .problems import Problems, Severity

_PART = re.compile(r"([A-Za-z_]+)|\[(\d+)\]")


def check_unconfirmed_imports(reports: list[Report], publish: bool, problems: Problems) -> None:
    for report in reports:
        if report.front.unconfirmed:
            check_unconfirmed(report, publish, problems)


def check_unconfirmed(report: Report, publish: bool, problems: Problems) -> None:
    record = report.front.imported
    marker = report.line("imported", "review")
    level = Severity.NOTE if publish else None  # publish_unconfirmed_imports: a note
    for value in record.values:
        line = report.line(*field_loc(value.field)) if value.field != "imported" else marker
        problems.report(checks.UNCONFIRMED_VALUE, report.source, line, value.field,
                        f"suggested by the import and not yet confirmed (read from {value.at}: "
                        f"\"{_short(value.words)}\"); check it against {record.source}, then delete the line "
                        f"'review: unconfirmed' (line {marker})", level)
    for value in record.unmatched:
        problems.report(checks.UNMATCHED_FIGURE, report.source, marker, "imported.unmatched",
                        f"a figure the import could not match to a metric ({value.at}: "
                        f"\"{_short(value.words)}\"); add it to metrics: with the right metric, or add the "
                        "wording to the metric's aliases in site_config/metrics.yml and import again", level)


def field_loc(path: str) -> tuple:
    """'metrics[0].value' -> ('metrics', 0, 'value')."""
    return tuple(int(index) if index else name for name, index in _PART.findall(path))


def _short(words: str) -> str:
    words = " ".join(words.split())
    return words if len(words) <= 80 else words[:77] + "..."
