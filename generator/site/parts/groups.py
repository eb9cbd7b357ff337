"""Reports and commitments grouped by portfolio, member and tag, each in one pass,
and the overview-plus-full-list pattern the portfolio and member pages share."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Callable

from ...model.archive import Archive
from ...content.models import Report
from ..pages import GeneratedPage
from ...model.archive import remember
from ...model.urls import relative
from .listing import (
    PREVIEW,
    CommitmentEntry,
    commitment_entry,
    list_pages,
    newest_commitments_first,
    report_entries,
)


def reports_by(archive: Archive, key: Callable[[Report], list[str]]) -> dict[str, list[Report]]:
    """key -> its reports, newest first."""
    groups: dict[str, list[Report]] = defaultdict(list)
    for report in archive.newest_first():
        for k in key(report):
            groups[k].append(report)
    return dict(groups)


def commitments_by(archive: Archive, key: Callable[[Report], str]) -> dict[str, list[CommitmentEntry]]:
    """key of the report that made each commitment -> its commitments, latest update first."""
    groups: dict[str, list[CommitmentEntry]] = defaultdict(list)
    for entry in _commitment_entries(archive):
        groups[key(entry.first)].append(entry)
    return {k: newest_commitments_first(v) for k, v in groups.items()}


def _commitment_entries(archive: Archive) -> list[CommitmentEntry]:
    """Every commitment's entry, asked for once a build (the member and portfolio pages both group them)."""
    # an entry reads only its commitment's mentions: kept across serve rebuilds while they are
    return archive.once("commitment-entries", lambda: [
        remember(archive, ("commitment-entry", commitment_id), tuple(m.report for m in mentions),
                 lambda commitment_id=commitment_id: commitment_entry(archive, commitment_id), disk=False)
        for commitment_id, mentions in archive.mentions.items()])


@dataclass(frozen=True)
class Section:
    """A preview of a list on an overview page, linking to the full list if longer."""

    kind: str  # 'reports' or 'commitments'
    entries: list
    total: int
    all_href: str


def overview_sections(archive: Archive, base: str, title: str, reports: list[Report],
                      commitments: list[CommitmentEntry], alternates=()) -> tuple[list[Section], list[GeneratedPage]]:
    """The previews for the overview page at base ('members/x/') and the full lists
    (base + 'reports/', base + 'commitments/') where a preview leaves some out."""
    sections, pages = [], []
    lists: list[tuple[str, list]] = [("reports", report_entries(archive, reports)),
                                     ("commitments", commitments)]
    for kind, items in lists:
        full = f"{base}{kind}/"
        sections.append(Section(kind, items[:PREVIEW], len(items), relative(base, full)))
        if len(items) > PREVIEW:
            pages += list_pages(full, f"{title}: all {kind}", items, kind, alternates=alternates, archive=archive)
    return sections, pages


