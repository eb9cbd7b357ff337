"""`council-archive check`: every problem an officer can make, word for word."""
from __future__ import annotations

from pathlib import Path

import pytest

from generator.pipeline import check_archive
from tinysite import GOOD_REPORT, make_site, report, run_check

PATH = "content/reports/2019/2019-09-04-childrens-services.md"


def problems_of(root: Path) -> list[str]:
    build = check_archive(root, root / "content", root / "site_config")
    return [str(p) for p in build.problems.sorted()]


def check_one(tmp_path: Path, text: str | bytes, name: str = "2019/2019-09-04-childrens-services.md") -> list[str]:
    return problems_of(make_site(tmp_path, {name: text}))


def test_good_report_has_no_problems(tmp_path):
    assert check_one(tmp_path, GOOD_REPORT) == []


@pytest.mark.parametrize("change, expected", [
    ({"metrics": "metrics:\n  - metric: children-looked-afer\n    value: 552\n    as_of: 2019-08-18"},
     f"{PATH}:8: metrics[0].metric: CA104 unknown metric 'children-looked-afer' (did you mean 'children-looked-after'?)"),
    ({"metrics": "metrics:\n  - metric: lac\n    value: 552\n    as_of: 2019-08-18"},
     f"{PATH}:8: metrics[0].metric: CA104 unknown metric 'lac' (did you mean 'children-looked-after'? 'lac' is one of its names)"),
    ({"portfolio": "portfolio: childrens-service"},
     f"{PATH}:5: portfolio: CA101 unknown portfolio 'childrens-service' (did you mean 'childrens-services'?); keys are defined in site_config/portfolios.yml"),
    ({"member": "member: barry-cooper"},
     f"{PATH}:6: member: CA102 unknown member 'barry-cooper' (did you mean 'barrie-cooper'?); keys are defined in site_config/members.yml"),
    ({"date": "date: 2019-02-30"},
     f"{PATH}:3: date: CA305 impossible date '2019-02-30' (day is out of range for month)"),
    ({"date": "date: 4 September 2019"},
     f"{PATH}:3: date: CA304 expected a date written YYYY-MM-DD, got '4 September 2019'; write 2019-09-04"),
    ({"title": "titel: Oops"},
     f"{PATH}:2: title: CA301 required field is missing"),
    ({"meeting": "meeting: [Council]"},
     f"{PATH}:4: meeting: CA303 expected text, got a list"),
])
def test_field_errors(tmp_path, change, expected):
    assert expected in check_one(tmp_path, report(**change))


def test_unknown_field_suggests_the_nearest(tmp_path):
    text = report(title="title: x\nmembr: bob")
    assert f"{PATH}:3: membr: CA302 unknown field 'membr' (did you mean 'member'?)" in check_one(tmp_path, text)


def test_unknown_status_lists_the_statuses(tmp_path):
    text = GOOD_REPORT.replace("status: in-progress", "status: done")
    assert check_one(tmp_path, text) == [
        f"{PATH}:14: commitments[0].status: CA310 unknown status 'done' (expected one of: planned, "
        "in-progress, delivered, delayed, dropped)"]


def test_impossible_due_date(tmp_path):
    text = GOOD_REPORT.replace("due: 2020-07", "due: 2020-13")
    assert check_one(tmp_path, text) == [
        f"{PATH}:15: commitments[0].due: CA305 impossible date '2020-13' (month must be 01 to 12)"]


def test_as_of_after_the_report_date(tmp_path):
    text = GOOD_REPORT.replace("as_of: 2019-08-18", "as_of: 2019-09-10")
    assert check_one(tmp_path, text) == [
        f"{PATH}:10: metrics[0].as_of: CA401 as_of 2019-09-10 is after the report's date 2019-09-04"]


def test_rate_that_disagrees_is_a_warning_naming_both_numbers(tmp_path):
    text = GOOD_REPORT.replace("as_of: 2019-08-18", "as_of: 2019-08-18\n    rate: 136.1")
    assert check_one(tmp_path, text) == [
        f"{PATH}:11: metrics[0].rate: warning: CA404 stated rate 136.1 per 10,000 disagrees with "
        "552 / 32,180 x 10,000 = 171.54 (population: mid-2016 estimate, 32,180)"]


def test_rate_within_printed_rounding_is_accepted(tmp_path):
    text = GOOD_REPORT.replace("as_of: 2019-08-18", "as_of: 2019-08-18\n    rate: 171.5")
    assert check_one(tmp_path, text) == []


def test_rate_on_a_metric_without_a_base(tmp_path):
    text = GOOD_REPORT.replace("children-looked-after", "care-leavers").replace(
        "as_of: 2019-08-18", "as_of: 2019-08-18\n    rate: 4.8")
    assert check_one(tmp_path, text) == [
        f"{PATH}:11: metrics[0].rate: CA403 metric 'care-leavers' has no rate base in "
        "site_config/metrics.yml; remove the rate or give the metric one"]


def test_file_name_must_agree_with_date_and_portfolio(tmp_path):
    name = "2019/2019-09-05-childrens.md"
    path = "content/reports/" + name
    assert check_one(tmp_path, GOOD_REPORT, name) == [
        f"{path}:3: date: CA003 the file name says 2019-09-05 but date is 2019-09-04; rename the file to "
        "2019-09-04-childrens-services.md or correct the date",
        f"{path}:5: portfolio: CA004 the file name says 'childrens' but portfolio is 'childrens-services'; "
        "rename the file to 2019-09-04-childrens-services.md or correct the portfolio",
    ]


def test_two_reports_for_the_same_date_and_portfolio(tmp_path):
    root = make_site(tmp_path, {"2019/2019-09-04-childrens-services.md": GOOD_REPORT,
                                "2018/2019-09-04-childrens-services.md": GOOD_REPORT})
    other = "content/reports/2018/2019-09-04-childrens-services.md"
    assert problems_of(root) == [
        f"{other}:1: (file): CA005 the report is in folder reports/2018/ but its file name says 2019; "
        "move it to reports/2019/",
        f"{other}:3: date: CA106 another report of portfolio 'childrens-services' has the same date "
        f"2019-09-04: {PATH}",
        f"{PATH}:3: date: CA106 another report of portfolio 'childrens-services' has the same date "
        f"2019-09-04: {other}",
    ]


def test_malformed_yaml_names_the_line(tmp_path):
    text = GOOD_REPORT.replace("meeting: Council", "meeting: [Council")
    assert check_one(tmp_path, text) == [
        f"{PATH}:5: (front matter): CA201 malformed YAML: did not find expected ',' or ']'"]


def test_tab_indentation_is_explained(tmp_path):
    text = GOOD_REPORT.replace("  - metric: children", "\t- metric: children")
    assert check_one(tmp_path, text) == [
        f"{PATH}:8: (front matter): CA203 malformed YAML: found character that cannot start any token "
        "(a tab character: indent YAML with spaces, not tabs)"]


def test_not_utf8(tmp_path):
    text = GOOD_REPORT.encode("utf-8").replace(b"prose", b"pr\xe9se")
    assert check_one(tmp_path, text) == [
        f"{PATH}:19: (file): CA006 not valid UTF-8 text (byte 0xe9); save the file as UTF-8"]


def test_no_front_matter(tmp_path):
    assert check_one(tmp_path, "Just prose.\n") == [
        f"{PATH}:1: (front matter): CA007 a report must start with a front matter block: '---' on line 1, "
        "the fields, then '---'"]


def test_a_non_markdown_file_is_not_silently_skipped(tmp_path):
    root = make_site(tmp_path, {"2019/2019-09-04-childrens-services.md": GOOD_REPORT,
                                "2019/2019-10-01-childrens-services.txt": "text"})
    assert problems_of(root) == [
        "content/reports/2019/2019-10-01-childrens-services.txt:1: (file): CA001 not a report: files under "
        "content/reports/ must be Markdown files named YYYY-MM-DD-<portfolio>.md"]


def test_commitment_text_is_required_where_it_first_appears(tmp_path):
    text = GOOD_REPORT.replace("    text: Create a Youth Parliament.\n", "")
    assert check_one(tmp_path, text) == [
        f"{PATH}:12: commitments[0].text: CA501 commitment 'youth-parliament' first appears in this "
        "report (4 September 2019), so it needs its text"]


def test_aliases_are_refused(tmp_path):
    text = GOOD_REPORT.replace("meeting: Council", "meeting: &m Council\ntags2: *m")
    assert f"{PATH}:5: tags2: CA207 YAML anchors and aliases (&name, *name) are not allowed; write the value out" \
        in check_one(tmp_path, text)


def test_every_problem_is_reported_in_one_run(tmp_path):
    root = make_site(tmp_path, {
        "2019/2019-09-04-childrens-services.md": report(member="member: nobody"),
        "2017/2017-12-21-childrens-services.md": report(date="date: 2017-12-21", portfolio="portfolio: x"),
    })
    assert problems_of(root) == [
        "content/reports/2017/2017-12-21-childrens-services.md:5: portfolio: CA004 the file name says "
        "'childrens-services' but portfolio is 'x'; rename the file to 2017-12-21-x.md or correct "
        "the portfolio",
        "content/reports/2017/2017-12-21-childrens-services.md:5: portfolio: CA101 unknown portfolio 'x'; "
        "keys are defined in site_config/portfolios.yml",
        "content/reports/2017/2017-12-21-childrens-services.md:10: metrics[0].as_of: CA401 as_of "
        "2019-08-18 is after the report's date 2017-12-21",
        f"{PATH}:6: member: CA102 unknown member 'nobody'; keys are defined in site_config/members.yml",
    ]


def test_site_config_errors_name_their_file(tmp_path):
    root = make_site(tmp_path, config={"metrics.yml": """\
        children-looked-after:
          label: Children looked after
          description: Children in care.
          unit: children
          portfolio: childrens-servces
          rate: {per: 10000, population: kids}
        """})
    found = problems_of(root)
    assert "site_config/metrics.yml:5: children-looked-after.portfolio: CA803 unknown portfolio " \
        "'childrens-servces' (did you mean 'childrens-services'?); define it in " \
        "site_config/portfolios.yml" in found
    assert "site_config/metrics.yml:6: children-looked-after.rate.population: CA803 unknown population " \
        "'kids'; define it in site_config/populations.yml" in found


def test_cli_exit_codes_and_summary(tmp_path):
    good = run_check(make_site(tmp_path / "good"))
    assert (good.returncode, good.stdout, good.stderr) == (0, "checked 1 report: 0 errors, 0 warnings\n", "")
    bad = run_check(make_site(tmp_path / "bad", {"2019/2019-09-04-childrens-services.md":
                                                   report(member="member: nobody")}))
    assert bad.returncode == 1
    assert bad.stderr == (f"{PATH}:6: member: CA102 unknown member 'nobody'; keys are defined in "
                          "site_config/members.yml\n1 error, 0 warnings\n")
    assert "Traceback" not in bad.stderr


def test_cli_strict_fails_on_warnings(tmp_path):
    text = GOOD_REPORT.replace("as_of: 2019-08-18", "as_of: 2019-08-18\n    rate: 136.1")
    root = make_site(tmp_path, {"2019/2019-09-04-childrens-services.md": text})
    assert run_check(root).returncode == 0
    assert run_check(root, "--strict").returncode == 1
