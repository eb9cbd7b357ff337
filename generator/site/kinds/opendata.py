"""Open data: every report, reading, commitment and update as JSON and CSV,
the front matter's JSON Schema, and the data/ page that documents them.
Sorted and free of build times, so the same content gives the same bytes."""
from __future__ import annotations

from ...model.archive import Archive
from ...content.models import CommitmentStatement, FrontMatter, MetricReading, Report
from ..pages import GeneratedFile, GeneratedPage, file_kind, page_kind
from ...model.archive import remember, remember_each
from ..render import render
from ...model.urls import relative
from ..parts.feeds_paths import due_dates_calendar, reports_feed
from ..parts.listing import commitment_entry
from ..open_data import (ARCHIVE_COLUMNS, absolute, archive_fields, csv_header, csv_lines, reading_row, to_json,
                         with_confirmed)

UPDATES_COLUMNS = ("commitment", "status", "due", "due_text", "update", "report_date",
                   "report_title", "report_url")
SCHEMA = "data/report-front-matter.schema.json"


def front_matter(front: FrontMatter) -> dict:
    """The front matter as the report wrote it (numbers stay whole; due as YYYY[-MM[-DD]])."""
    data = front.model_dump(mode="json", by_alias=True, exclude_none=True,
                            exclude={"metrics", "commitments", "updates"})
    if front.updates:  # left out when empty, so a report without notes reads as before
        data["updates"] = [u.model_dump(mode="json") for u in front.updates]
    data["metrics"] = [_reading(m) for m in front.metrics]
    data["commitments"] = [_statement(c) for c in front.commitments]
    return data


def _reading(m: MetricReading) -> dict:
    data = {"metric": m.metric, "value": m.value, "as_of": m.as_of.isoformat()}
    return data | ({"rate": m.rate} if m.rate is not None else {})


def _statement(c: CommitmentStatement) -> dict:
    data = c.model_dump(mode="json", exclude_none=True, exclude={"due"})
    return data | ({"due": str(c.due)} if c.due else {})


def report_record(archive: Archive, report: Report) -> dict:
    return {"url": absolute(archive, report.url), "source": report.source,
            "front_matter": front_matter(report.front)}


def update_rows(archive: Archive, commitment_ids: list[str] | None = None) -> list[dict]:
    rows = []
    for commitment_id in sorted(archive.mentions) if commitment_ids is None else commitment_ids:
        for mention in archive.mentions[commitment_id]:
            s, report = mention.statement, mention.report
            rows.append({"commitment": commitment_id, "status": s.status.value,
                         "due": str(s.due) if s.due else "", "due_text": s.due_text or "",
                         "update": s.update or "", "report_date": report.date.isoformat(),
                         "report_title": report.title,
                         "report_url": absolute(archive, report.url) + f"#commitment-{commitment_id}"})
    return rows


def commitment_record(archive: Archive, commitment_id: str) -> dict:
    entry = commitment_entry(archive, commitment_id)
    return {"id": commitment_id, "text": entry.text, "status": entry.status.value,
            "due": str(entry.due) if entry.due else None,
            "portfolio": entry.first.portfolio, "member": entry.first.member,
            "made": {"date": entry.first.date.isoformat(), "report_url": absolute(archive, entry.first.url)},
            "mentions": [{"report_date": m.report.date.isoformat(), "report_url": absolute(archive, m.report.url),
                          **_statement(m.statement)} for m in archive.mentions[commitment_id]]}


def _mentioned_by(archive: Archive, commitment_id: str) -> tuple:
    return tuple(m.report for m in archive.mentions[commitment_id])


@file_kind("open-data")
def open_data(archive: Archive) -> list[GeneratedFile]:
    # Each record is remembered as text by the reports it reads (preview.py), so a serve
    # rebuild after one edit re-serialises one report's records, not the archive's.
    # by metric, as-of date, report date and source, then position: each series is in that
    # order already (archive.py sorts it stably by as-of date and report), so no sort of all
    readings = [r for _, series in sorted(archive.readings.items()) for r in series]
    commitments = sorted(archive.mentions)
    columns = with_confirmed(archive, ARCHIVE_COLUMNS)

    reports = remember_each(archive, "report-records", archive.reports,
                            lambda r: _dump(report_record(archive, r)))
    reading_rows = remember_each(archive, "reading-rows", readings,  # a Reading holds all its row reads
                                 lambda r: csv_lines(columns, [archive_fields(archive, reading_row(archive, r))]))
    mentioned = [(c, _mentioned_by(archive, c)) for c in commitments]
    records = remember_each(archive, "commitment-records", mentioned,
                            lambda item: _dump(commitment_record(archive, item[0])))
    updates = remember_each(archive, "update-rows", mentioned,
                            lambda item: csv_lines(UPDATES_COLUMNS, update_rows(archive, [item[0]])))
    # each file is joined from its records only when one of them changed (one pointer test each:
    # a record kept is the very string of the last build); joining tens of MB is not free
    return [
        _joined(archive, "data/reports.json", reports, _json_lines),
        _joined(archive, "data/readings.csv", reading_rows, lambda rows: csv_header(columns) + "".join(rows)),
        _joined(archive, "data/commitments.json", records, _json_lines),
        _joined(archive, "data/commitment-updates.csv", updates,
                lambda rows: csv_header(UPDATES_COLUMNS) + "".join(rows)),
        GeneratedFile(SCHEMA, to_json(FrontMatter.model_json_schema(by_alias=True))),
    ]


def _joined(archive: Archive, path: str, parts: list[str], join) -> GeneratedFile:
    return remember(archive, ("open-data", path), tuple(parts), lambda: GeneratedFile(path, join(parts)))


def _dump(record: dict) -> str:
    return to_json([record])[2:-3]  # one record as to_json writes it in a list


def _json_lines(dumped: list[str]) -> str:
    return "[\n" + ",\n".join(dumped) + "\n]\n"


@page_kind("data")
def data_page(archive: Archive) -> list[GeneratedPage]:
    here = "data/"
    alternates = (reports_feed(), due_dates_calendar())
    html = render(archive, "data_page.html", licence=archive.config.settings.licence, relative=relative,
                  page_url=here, council=archive.config.settings.council,
                  reports=len(archive.reports), readings=sum(map(len, archive.readings.values())),
                  commitments=len(archive.mentions),
                  readings_columns=list(with_confirmed(archive, ARCHIVE_COLUMNS)), updates_columns=UPDATES_COLUMNS)
    return [GeneratedPage("data/index.md", "Open data", html, in_nav=True, alternates=alternates,
                          description="Every report, figure and commitment in the archive as JSON and CSV.")]
