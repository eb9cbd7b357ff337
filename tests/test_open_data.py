"""Open data round-trips: every file read back equals what content/ says."""
from __future__ import annotations

import csv
import io
import json

import pytest

from generator.content.models import FrontMatter
from reportgen import MEMBERS, PORTFOLIOS, core_build
from test_feeds import REPORTS
from tinysite import REPO_ROOT, make_site


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = make_site(tmp_path_factory.mktemp("data"), REPORTS,
                     config={"members.yml": MEMBERS, "portfolios.yml": PORTFOLIOS})
    return core_build(root, site_url="https://example.org/archive/")


@pytest.fixture(scope="module")
def real():
    return core_build(REPO_ROOT, site_url="https://example.org/")


def files(build) -> dict[str, str]:
    return {f.src_uri: f.content for f in build.files if f.src_uri.startswith("data/")}


def rows(text: str) -> list[dict]:
    assert text.endswith("\r\n")
    return list(csv.DictReader(io.StringIO(text, newline="")))


@pytest.mark.parametrize("which", ["built", "real"])
def test_reports_json_round_trips_to_the_front_matter(which, request):
    build = request.getfixturevalue(which)
    records = json.loads(files(build)["data/reports.json"])
    assert [r["source"] for r in records] == [r.source for r in build.archive.reports]
    for record, report in zip(records, build.archive.reports):
        assert FrontMatter.model_validate_json(json.dumps(record["front_matter"])) == report.front
        assert record["url"].endswith("/" + report.url)


@pytest.mark.parametrize("which", ["built", "real"])
def test_readings_csv_has_one_row_per_reading(which, request):
    build = request.getfixturevalue(which)
    table = rows(files(build)["data/readings.csv"])
    stated = sorted((m.metric, m.value, m.as_of.isoformat(), r.date.isoformat())
                    for r in build.archive.reports for m in r.front.metrics)
    assert sorted((row["metric"], float(row["value"]), row["as_of"], row["report_date"]) for row in table) == stated


def test_readings_csv_rates_printed_or_calculated(real):
    table = {(r["metric"], r["report_date"]): r for r in rows(files(real)["data/readings.csv"])}
    assert table[("children-looked-after", "2017-12-21")] == {
        "metric": "children-looked-after", "metric_label": "Children looked after", "value": "438",
        "unit": "children", "rate": "136.1", "rate_per": "10000", "rate_source": "printed",
        "as_of": "2017-12-21", "report_date": "2017-12-21",
        "report_title": "Children's Services - Executive Member Report",
        "report_url": "https://example.org/reports/2017/2017-12-21-childrens-services/",
        "first_published_value": "", "first_published_rate": "", "first_published_as_of": "",
        "amended_on": ""}
    cin = table[("children-in-need", "2019-09-04")]
    assert (cin["rate"], cin["rate_source"]) == ("573.6", "calculated from the mid-2016 estimate")
    leavers = table[("care-leavers", "2019-09-04")]
    assert (leavers["rate"], leavers["rate_per"], leavers["rate_source"]) == ("", "", "")


def test_commitment_files_round_trip(built):
    data = files(built)
    commitments = {c["id"]: c for c in json.loads(data["data/commitments.json"])}
    assert commitments["youth-parliament"] == {
        "id": "youth-parliament", "text": "Create a Youth Parliament, with elections.",
        "status": "in-progress", "due": "2020-07", "portfolio": "childrens-services", "member": "michael-carr",
        "made": {"date": "2018-03-01",
                 "report_url": "https://example.org/archive/reports/2018/2018-03-01-childrens-services/"},
        "mentions": [
            {"report_date": "2018-03-01", "id": "youth-parliament", "text": "Create a Youth Parliament, with elections.",
             "status": "planned", "due": "2020-07",
             "report_url": "https://example.org/archive/reports/2018/2018-03-01-childrens-services/"},
            {"report_date": "2019-06-01", "id": "youth-parliament", "status": "in-progress",
             "update": "Elections held.",
             "report_url": "https://example.org/archive/reports/2019/2019-06-01-childrens-services/"},
        ]}
    updates = rows(data["data/commitment-updates.csv"])
    stated = sorted((s.id, r.date.isoformat(), s.status.value, str(s.due or ""), s.update or "")
                    for r in built.archive.reports for s in r.front.commitments)
    assert [(u["commitment"], u["report_date"], u["status"], u["due"], u["update"]) for u in updates] == stated


def test_schema_is_the_front_matter_model(built):
    schema = json.loads(files(built)["data/report-front-matter.schema.json"])
    assert schema == FrontMatter.model_json_schema(by_alias=True)
    assert schema["required"] == ["title", "date", "portfolio", "member"]


def test_data_page_states_the_licence_from_site_yml(tmp_path):
    site_yml = (REPO_ROOT / "site_config/site.yml").read_text().replace(
        "licence:\n  name: Open Government Licence v3.0\n  url: https://www.nationalarchives.gov.uk/doc/"
        "open-government-licence/version/3/\n", "licence:\n  name: CC BY 4.0\n  url: https://creativecommons.org/licenses/by/4.0/\n")
    build = core_build(make_site(tmp_path, config={"site.yml": site_yml}))
    page = next(p for p in build.pages if p.src_uri == "data/index.md")
    assert ('You may copy, publish and adapt this data under the '
            '<a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a>.') in page.html


def test_licence_defaults_to_the_open_government_licence(tmp_path):
    site_yml = (REPO_ROOT / "site_config/site.yml").read_text()
    lines = site_yml.splitlines(keepends=True)
    start = next(i for i, l in enumerate(lines) if l.startswith("licence:"))
    end = next(i for i in range(start + 1, len(lines)) if not lines[i].startswith("  "))
    without = "".join(lines[:start] + lines[end:])
    assert "licence" not in without
    build = core_build(make_site(tmp_path, config={"site.yml": without}))
    page = next(p for p in build.pages if p.src_uri == "data/index.md")
    assert ('<a href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/">'
            'Open Government Licence v3.0</a>') in page.html
