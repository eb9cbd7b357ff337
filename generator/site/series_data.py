"""A metric's series as open data: CSV and JSON with the same rows.

Columns: metric, value, rate, rate_kind (printed|calculated|empty), as_of,
report_date, report_title, report_url, then for a figure amended since it was first
published first_published_value, first_published_rate, first_published_as_of and
amended_on (empty, or null in JSON, for a figure that stands as first published). report_url is relative to the site root
(e.g. 'reports/2019/2019-09-04-childrens-services/'), so the files stay right
wherever the site is hosted. Rows are oldest first, as on the metric page.
"""
from __future__ import annotations

import csv
import io
import json

from ..model.amendments import AmendedFigure
from ..model.series import MetricSeries, SeriesPoint

# added at the end, so a reader of the earlier columns by position is not broken
AMENDMENT_COLUMNS = ("first_published_value", "first_published_rate", "first_published_as_of", "amended_on")


def estimate_fields(estimate) -> dict:
    """An estimate as the open data gives it; its area code only where populations.yml names one
    (a single council's site need not), so a site without codes publishes what it did."""
    fields = {"label": estimate.label, "reference_date": estimate.reference_date.isoformat(),
              "value": estimate.value, "source": estimate.source}
    if estimate.area_code:
        fields["area_code"] = estimate.area_code
    return fields


def amendment_fields(amended: AmendedFigure | None) -> dict:
    """The amendment columns of a reading: None each where the figure stands as first published."""
    if amended is None:
        return dict.fromkeys(AMENDMENT_COLUMNS)
    return {"first_published_value": amended.first_value, "first_published_rate": amended.first_rate,
            "first_published_as_of": amended.first_as_of,
            "amended_on": amended.changed_on.isoformat() if amended.changed_on else None}

COLUMNS = ("metric", "value", "rate", "rate_kind", "as_of", "report_date", "report_title", "report_url",
           *AMENDMENT_COLUMNS)


def csv_name(series: MetricSeries) -> str:
    return f"{series.key}.csv"


def json_name(series: MetricSeries) -> str:
    return f"{series.key}.json"


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return str(value) if isinstance(value, int) else f"{value:.10g}"


def _row(series: MetricSeries, point: SeriesPoint) -> dict:
    return {"metric": series.key, "value": point.value, "rate": point.rate,
            "rate_kind": point.rate_kind, "as_of": point.as_of.isoformat(),
            "report_date": point.report_date.isoformat(), "report_title": point.report_title,
            "report_url": point.report_url, **amendment_fields(point.amendment)}


NUMBERS = ("value", "rate", "first_published_value", "first_published_rate")


def series_csv(series: MetricSeries) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for point in series.points:
        row = _row(series, point)
        writer.writerow([_number(row[c]) if c in NUMBERS else row[c] or "" for c in COLUMNS])
    return out.getvalue()


def series_json(series: MetricSeries) -> str:
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
        "columns": list(COLUMNS),
        "readings": [_row(series, p) for p in series.points],
    }
    return json.dumps(document, indent=1, ensure_ascii=False, sort_keys=False) + "\n"
