"""Open-data rows, and the one place they are written as CSV and JSON.

Every reading becomes one ReadingRow, made once from the model's fields (its value,
its rate and how it was obtained, its amendment, whether it is confirmed: set in
model/archive.py). Every file that lists readings writes that row, through the
writers below:

- data/readings.csv (the archive's every reading): ARCHIVE_COLUMNS, report_url absolute;
- metrics/<id>/<id>.csv and .json (one metric's): SERIES_COLUMNS, report_url relative to
  the site's root (e.g. 'reports/2019/2019-09-04-childrens-services/'), so the files stay
  right wherever the site is hosted.

Both end with the amendment columns (first_published_value, first_published_rate,
first_published_as_of, amended_on: empty, or null in JSON, for a figure that stands as
first published) and, on a site that publishes unconfirmed imports, `confirmed`.
Columns are only ever added at the end, so a reader of the earlier ones by position
is not broken. Sorted and free of build times: the same content gives the same bytes.
"""
from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass

from ..content.models import Estimate
from ..content.rates import PRINTED
from ..model.archive import Archive, Reading
from ..model.series import MetricSeries

AMENDMENT_COLUMNS = ("first_published_value", "first_published_rate", "first_published_as_of", "amended_on")
CONFIRMED_COLUMN = "confirmed"
ARCHIVE_COLUMNS = ("metric", "metric_label", "value", "unit", "rate", "rate_per", "rate_source",
                   "as_of", "report_date", "report_title", "report_url", *AMENDMENT_COLUMNS)
SERIES_COLUMNS = ("metric", "value", "rate", "rate_kind", "as_of", "report_date", "report_title", "report_url",
                  *AMENDMENT_COLUMNS)


@dataclass(frozen=True)
class ReadingRow:
    """One reading as the open data gives it: numbers as numbers, dates as ISO text."""

    metric: str
    metric_label: str
    value: float
    unit: str
    rate: float | None  # as printed, or as calculated to one decimal
    rate_per: int | None
    rate_kind: str | None  # 'printed', 'calculated' or None
    rate_source: str  # 'printed', 'calculated from the mid-2016 estimate' or ''
    as_of: str
    report_date: str
    report_title: str
    report_path: str  # site-relative: 'reports/2019/x/'
    first_published_value: object = None
    first_published_rate: object = None
    first_published_as_of: str | None = None
    amended_on: str | None = None
    confirmed: bool = True


def reading_row(archive: Archive, reading: Reading) -> ReadingRow:
    metric = archive.config.metrics[reading.metric]
    rate, amended = reading.rate, reading.amendment
    report = reading.report
    return ReadingRow(
        metric=reading.metric, metric_label=metric.label, value=reading.value, unit=metric.unit,
        rate=None if rate is None else rate.value if rate.kind == PRINTED else round(rate.value, 1),
        rate_per=rate.per if rate else None, rate_kind=rate.kind if rate else None,
        rate_source="" if rate is None else PRINTED if rate.kind == PRINTED
        else f"calculated from the {rate.estimate.label}",
        as_of=reading.as_of.isoformat(), report_date=report.date.isoformat(), report_title=report.title,
        report_path=report.url,
        first_published_value=amended.first_value if amended else None,
        first_published_rate=amended.first_rate if amended else None,
        first_published_as_of=amended.first_as_of if amended else None,
        amended_on=amended.changed_on.isoformat() if amended and amended.changed_on else None,
        confirmed=reading.confirmed)


def with_confirmed(archive: Archive, columns: tuple[str, ...]) -> tuple[str, ...]:
    """The columns, and `confirmed` last where unconfirmed imports may be published."""
    return (*columns, CONFIRMED_COLUMN) if archive.config.settings.publish_unconfirmed_imports else columns


def absolute(archive: Archive, url: str) -> str:
    return archive.site_url.rstrip("/") + "/" + url


# --- data/readings.csv ------------------------------------------------------------

def archive_fields(archive: Archive, row: ReadingRow) -> dict:
    """The row as data/readings.csv writes it: empty text for what it lacks."""
    fields = {"metric": row.metric, "metric_label": row.metric_label, "value": row.value, "unit": row.unit,
              "rate": "" if row.rate is None else row.rate, "rate_per": row.rate_per or "",
              "rate_source": row.rate_source, "as_of": row.as_of, "report_date": row.report_date,
              "report_title": row.report_title, "report_url": absolute(archive, row.report_path),
              CONFIRMED_COLUMN: _yes_no(row.confirmed)}
    return fields | {k: "" if v is None else v for k, v in _amendment(row).items()}


def _amendment(row: ReadingRow) -> dict:
    return {c: getattr(row, c) for c in AMENDMENT_COLUMNS}


def _yes_no(confirmed: bool) -> str:
    return "true" if confirmed else "false"


# --- metrics/<id>/<id>.csv and .json ----------------------------------------------

def csv_name(series: MetricSeries) -> str:
    return f"{series.key}.csv"


def json_name(series: MetricSeries) -> str:
    return f"{series.key}.json"


def series_fields(row: ReadingRow) -> dict:
    """The row as a metric's own files give it (JSON's numbers, null for what it lacks)."""
    return {"metric": row.metric, "value": row.value, "rate": None if row.rate is None else float(row.rate),
            "rate_kind": row.rate_kind, "as_of": row.as_of, "report_date": row.report_date,
            "report_title": row.report_title, "report_url": row.report_path, **_amendment(row),
            CONFIRMED_COLUMN: row.confirmed}


NUMBERS = ("value", "rate", "first_published_value", "first_published_rate")


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return str(value) if isinstance(value, int) else f"{value:.10g}"


def _series_cell(column: str, value: object) -> str:
    if column in NUMBERS:
        return _number(value)
    if column == CONFIRMED_COLUMN:
        return _yes_no(value)
    return value or ""


def series_csv(series: MetricSeries, rows: list[ReadingRow], columns: tuple[str, ...] = SERIES_COLUMNS) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        fields = series_fields(row)
        writer.writerow([_series_cell(c, fields[c]) for c in columns])
    return out.getvalue()


def estimate_fields(estimate: Estimate) -> dict:
    """An estimate as the open data gives it; its area code only where populations.yml names one
    (a single council's site need not), so a site without codes publishes what it did."""
    fields = {"label": estimate.label, "reference_date": estimate.reference_date.isoformat(),
              "value": estimate.value, "source": estimate.source}
    if estimate.area_code:
        fields["area_code"] = estimate.area_code
    return fields


def series_json(series: MetricSeries, rows: list[ReadingRow], columns: tuple[str, ...] = SERIES_COLUMNS) -> str:
    definition = series.definition
    rate = definition.rate
    document = {
        "metric": series.key,
        "label": definition.label,
        "description": definition.description,
        "unit": definition.unit,
        "portfolio": definition.portfolio,
        "rate_base": {"per": rate.per, "population": rate.population} if rate else None,
        "population_estimates": [estimate_fields(b.estimate) for b in series.base_changes],
        "columns": list(columns),
        "readings": [{c: fields[c] for c in columns} for fields in map(series_fields, rows)],
    }
    return json.dumps(document, indent=1, ensure_ascii=False, sort_keys=False) + "\n"


# --- the writers every open-data file goes through --------------------------------

def to_json(data) -> str:
    """Compact, but a list puts one record on each line: readable diffs, no indent bytes."""
    def dump(value) -> str:
        return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    if isinstance(data, list):
        return "[\n" + ",\n".join(map(dump, data)) + "\n]\n"
    return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=2) + "\n"


def to_csv(columns, rows: list[dict]) -> str:
    """RFC 4180 (CRLF line ends), a header then one line a row."""
    return csv_header(columns) + csv_lines(columns, rows)


def csv_header(columns) -> str:
    return csv_lines(columns, [dict(zip(columns, columns))])


def csv_lines(columns, rows: list[dict]) -> str:
    """The rows as to_csv writes them, without the header: one record's lines, to join.
    A plain csv.writer (a DictWriter for each of 55,000 records took a second)."""
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows([[row.get(c, "") for c in columns] for row in rows])
    return out.getvalue()
