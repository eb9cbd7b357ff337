"""Open data: every report, reading, commitment and update as JSON and CSV,
the front matter's JSON Schema, and the data/ page that documents them.
Sorted and free of build times, so the same content gives the same bytes."""
from __future__ import annotations

import csv
import io
import json

from ...model.archive import Archive, Reading
from ...content.models import CommitmentStatement, FrontMatter, MetricReading, Report
from ..pages import GeneratedFile, GeneratedPage, file_kind, page_kind
from ...model.memo import remember_each
from ..render import render
from ...model.urls import relative
from .feeds_paths import due_dates_calendar, reports_feed
from .listing import commitment_entry
from ..series_data import AMENDMENT_COLUMNS, amendment_fields

READINGS_COLUMNS = ["metric", "metric_label", "value", "unit", "rate", "rate_per", "rate_source",
                    "as_of", "report_date", "report_title", "report_url", *AMENDMENT_COLUMNS]
UPDATES_COLUMNS = ["commitment", "status", "due", "due_text", "update", "report_date",
                   "report_title", "report_url"]
SCHEMA = "data/report-front-matter.schema.json"


def to_json(data) -> str:
    """Compact, but a list puts one record on each line: readable diffs, no indent bytes."""
    def dump(value) -> str:
        return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    if isinstance(data, list):
        return "[\n" + ",\n".join(map(dump, data)) + "\n]\n"
    return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=2) + "\n"


def to_csv(columns: list[str], rows: list[dict]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\r\n")  # RFC 4180
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def absolute(archive: Archive, url: str) -> str:
    return archive.site_url.rstrip("/") + "/" + url


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


def rate(archive: Archive, reading: Reading) -> tuple[float | None, str]:
    """The rate as printed, else as calculated from the population estimate in force."""
    definition = archive.config.metrics[reading.metric].rate
    if definition is None:
        return None, ""
    if reading.stated.rate is not None:
        return reading.stated.rate, "printed"
    population = archive.config.populations.get(definition.population)
    estimate = population.in_force(reading.as_of) if population else None
    if estimate is None:
        return None, ""
    return round(reading.value / estimate.value * definition.per, 1), f"calculated from the {estimate.label}"


def reading_row(archive: Archive, reading: Reading) -> dict:
    metric = archive.config.metrics[reading.metric]
    value, source = rate(archive, reading)
    report = reading.report
    return {"metric": reading.metric, "metric_label": metric.label, "value": reading.value,
            "unit": metric.unit, "rate": "" if value is None else value,
            "rate_per": metric.rate.per if metric.rate and value is not None else "",
            "rate_source": source, "as_of": reading.as_of.isoformat(),
            "report_date": report.date.isoformat(), "report_title": report.title,
            "report_url": absolute(archive, report.url),
            **{k: "" if v is None else v for k, v in amendment_fields(archive.amendment(reading)).items()}}


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


_LINES = io.StringIO()
_LINES_WRITER = csv.writer(_LINES, lineterminator="\r\n")


def csv_lines(columns: list[str], rows: list[dict]) -> str:
    """The rows as to_csv writes them, without the header: one record's lines, to join.
    One writer for all (a DictWriter for each of 55,000 records took a second)."""
    _LINES.seek(0)
    _LINES.truncate()
    _LINES_WRITER.writerows([[row.get(column, "") for column in columns] for row in rows])
    return _LINES.getvalue()


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
    header = lambda columns: to_csv(columns, [])  # noqa: E731

    reports = remember_each(archive, "report-records", archive.reports,
                            lambda r: _dump(report_record(archive, r)))
    reading_rows = remember_each(archive, "reading-rows", readings,  # a Reading: (its report, index)
                                 lambda r: csv_lines(READINGS_COLUMNS, [reading_row(archive, r)]))
    mentioned = [(c, _mentioned_by(archive, c)) for c in commitments]
    records = remember_each(archive, "commitment-records", mentioned,
                            lambda item: _dump(commitment_record(archive, item[0])))
    updates = remember_each(archive, "update-rows", mentioned,
                            lambda item: csv_lines(UPDATES_COLUMNS, update_rows(archive, [item[0]])))
    return [
        GeneratedFile("data/reports.json", _json_lines(reports)),
        GeneratedFile("data/readings.csv", header(READINGS_COLUMNS) + "".join(reading_rows)),
        GeneratedFile("data/commitments.json", _json_lines(records)),
        GeneratedFile("data/commitment-updates.csv", header(UPDATES_COLUMNS) + "".join(updates)),
        GeneratedFile(SCHEMA, to_json(FrontMatter.model_json_schema(by_alias=True))),
    ]


def _dump(record: dict) -> str:
    return to_json([record])[2:-3]  # one record as to_json writes it in a list


def _json_lines(dumped: list[str]) -> str:
    return "[\n" + ",\n".join(dumped) + "\n]\n"


@page_kind("data")
def data_page(archive: Archive) -> list[GeneratedPage]:
    here = "data/"
    alternates = (reports_feed(), due_dates_calendar())
    html = render("data_page.html", licence=archive.config.settings.licence, relative=relative,
                  page_url=here, council=archive.config.settings.council,
                  reports=len(archive.reports), readings=sum(map(len, archive.readings.values())),
                  commitments=len(archive.mentions),
                  readings_columns=READINGS_COLUMNS, updates_columns=UPDATES_COLUMNS)
    return [GeneratedPage("data/index.md", "Open data", html, in_nav=True, alternates=alternates,
                          description="Every report, figure and commitment in the archive as JSON and CSV.")]
