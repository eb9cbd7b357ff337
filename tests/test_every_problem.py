"""Every problem at once: one run of `check` names every mistake in a report, YAML syntax
errors included (each with its hint), and a field that fails never hides the file's
other checks. Also the checks no other test file raises, word for word."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from generator.pipeline import check_archive
from tinysite import DATED_MEMBERS, GOOD_REPORT, REPO_ROOT, make_site, report, run_build, run_check

NAME = "2019/2019-09-04-childrens-services.md"
PATH = "content/reports/" + NAME


def problems_of(root: Path) -> list[str]:
    return [str(p) for p in check_archive(root, root / "content", root / "site_config").problems.sorted()]


def check_one(tmp_path: Path, text: str, config: dict | None = None, name: str = NAME) -> list[str]:
    return problems_of(make_site(tmp_path, {name: text}, config))


FIVE_MISTAKES = """\
---
title: Children's Services - Executive Member Report to Council
date: 2019-09-04
meeting: Council
portfolio: childrens-services
member: barrie-coper
metrics:
  - metric: children-looked-after
    value: 552
    as_of: 04/01/2019
  - metric: child-protection-plan
    value: 120
    as_of: 2019-08-18
commitments:
  - id: youth-parliament
    text: Create a Youth Parliament.
    status: in-progress
    due: 04/09/2020
    update: Progress: the parliament met in July.
tags: [youth-voice]
---

The report's prose.
"""


def test_five_independent_mistakes_are_named_in_one_run(tmp_path):
    """The officer's five runs, now one: a syntax error does not stop the reading, and
    field errors (the two dates) do not hide the cross-references (member, metric)."""
    result = run_check(make_site(tmp_path, {NAME: FIVE_MISTAKES}))
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"{PATH}:6: member: CA102 unknown member 'barrie-coper' (did you mean 'barrie-cooper'?); keys are "
        "defined in site_config/members.yml",
        f"{PATH}:10: metrics[0].as_of: CA304 expected a date written YYYY-MM-DD, got '04/01/2019'; if it means "
        "4 January 2019, write 2019-01-04",
        f"{PATH}:11: metrics[1].metric: CA104 unknown metric 'child-protection-plan' (did you mean "
        "'child-protection-plans'?)",
        f"{PATH}:18: commitments[0].due: CA304 expected YYYY, YYYY-MM or YYYY-MM-DD, got '04/09/2020'; if it "
        "means 4 September 2020, write 2020-09-04",
        f"{PATH}:19: (front matter): CA202 malformed YAML: mapping values are not allowed in this context (a "
        "colon followed by a space inside text: put the text in quotes)",
        "5 errors, 0 warnings",
    ]


# --- YAML: every syntax error, on three shapes of broken front matter -------------------

COLON = ("CA202 malformed YAML: mapping values are not allowed in this context (a colon followed by a space "
         "inside text: put the text in quotes)")


def test_two_unquoted_colons_are_two_errors_and_the_other_fields_are_checked(tmp_path):
    text = GOOD_REPORT.replace("    due: 2020-07\n", "    due: 2020-07\n    update: Progress: it met.\n"
                               "  - id: youth-council\n    text: A youth council.\n    status: planned\n"
                               "    update: Note: not yet.\n    due: 2020-13\n")
    assert check_one(tmp_path, text) == [
        f"{PATH}:16: (front matter): {COLON}",
        f"{PATH}:20: (front matter): {COLON}",
        f"{PATH}:21: commitments[1].due: CA305 impossible date '2020-13' (month must be 01 to 12)",
    ]


def test_a_tab_and_a_colon_in_the_title_are_both_named(tmp_path):
    text = GOOD_REPORT.replace("title: Children's Services - Executive Member Report to Council",
                               "title: Children's Services: Executive Member Report").replace(
        "  - metric: children-looked-after", "\t- metric: children-looked-after").replace(
        "member: barrie-cooper", "member: nobody")
    assert check_one(tmp_path, text) == [
        f"{PATH}:2: (front matter): {COLON}",
        f"{PATH}:6: member: CA102 unknown member 'nobody'; keys are defined in site_config/members.yml",
        f"{PATH}:8: (front matter): CA203 malformed YAML: found character that cannot start any token (a tab "
        "character: indent YAML with spaces, not tabs)",
    ]


def test_a_list_item_under_a_field_with_a_value_and_an_unclosed_bracket(tmp_path):
    text = GOOD_REPORT.replace("tags: [youth-voice]", "tags: youth-voice\n- safeguarding").replace(
        "meeting: Council", "meeting: [Council")
    assert check_one(tmp_path, text) == [  # and never 'tags: expected a list', of the same mistake
        f"{PATH}:5: (front matter): CA201 malformed YAML: did not find expected ',' or ']'",
        f"{PATH}:17: (front matter): CA204 malformed YAML: did not find expected key (a list item '- ...' under "
        "'tags', which already has a value: indent it under the list's own field, or give the list a field of "
        "its own)",
    ]


def test_a_report_with_syntax_errors_is_never_built(tmp_path):
    text = GOOD_REPORT.replace("meeting: Council", "meeting: Council: the full meeting")
    root = make_site(tmp_path, {NAME: text})
    build = check_archive(root, root / "content", root / "site_config")
    assert build.archive is None and [p.code for p in build.problems.errors] == ["CA202"]


def test_site_config_syntax_errors_are_all_named_too(tmp_path):
    members = DATED_MEMBERS.replace("name: Councillor Barrie Cooper", "name: Cllr: Barrie Cooper").replace(
        "name: Councillor Michael Carr", "name: Cllr: Michael Carr")
    assert check_one(tmp_path, GOOD_REPORT, {"members.yml": members}) == [
        f"site_config/members.yml:2: (front matter): {COLON}",
        f"site_config/members.yml:8: (front matter): {COLON}",
    ]


# --- CA105 other-portfolio-metric ---------------------------------------------------------

TWO_PORTFOLIOS = {
    "portfolios.yml": """\
        childrens-services:
          name: Children's Services
        adult-social-care:
          name: Adult Social Care
        """,
}


def with_adults_metric(root_config: dict) -> dict:
    metrics = (REPO_ROOT / "site_config" / "metrics.yml").read_text("utf-8")
    return {**root_config, "metrics.yml": metrics + """
delayed-discharges:
  label: Delayed discharges
  description: People whose discharge from hospital was delayed.
  unit: people
  portfolio: adult-social-care
"""}


def test_a_report_stating_another_portfolios_metric_is_a_warning_naming_both(tmp_path):
    text = GOOD_REPORT.replace("metric: children-looked-after", "metric: delayed-discharges")
    assert check_one(tmp_path, text, with_adults_metric(TWO_PORTFOLIOS)) == [
        f"{PATH}:8: metrics[0].metric: warning: CA105 metric 'delayed-discharges' is a figure of portfolio "
        "'adult-social-care' in site_config/metrics.yml, but this report is of portfolio 'childrens-services'; "
        "check the metric and the report's portfolio"]


def test_an_imported_draft_stating_another_portfolios_metric_is_warned_of_too(tmp_path):
    text = GOOD_REPORT.replace("metric: children-looked-after", "metric: delayed-discharges").replace(
        "tags: [youth-voice]\n", "tags: [youth-voice]\nimported:\n  source: report.docx\n  sha256: " + "a" * 64 + "\n")
    assert check_one(tmp_path, text, with_adults_metric(TWO_PORTFOLIOS)) == [
        f"{PATH}:8: metrics[0].metric: warning: CA105 metric 'delayed-discharges' is a figure of portfolio "
        "'adult-social-care' in site_config/metrics.yml, but this report is of portfolio 'childrens-services'; "
        "check the metric and the report's portfolio"]


def test_a_member_without_a_role_for_the_portfolio_is_a_warning(tmp_path):
    members = "jane-doe:\n  name: Councillor Jane Doe\n  roles:\n    - title: Executive Member\n      " \
              "portfolio: adult-social-care\n"
    text = report(member="member: jane-doe")
    assert check_one(tmp_path, text, {**TWO_PORTFOLIOS, "members.yml": members}) == [
        f"{PATH}:6: member: warning: CA103 'jane-doe' holds no role for portfolio 'childrens-services' in "
        "site_config/members.yml"]


# --- the other checks, word for word ----------------------------------------------------

@pytest.mark.parametrize("name, text, expected", [
    ("2019-09-04-childrens-services.md", GOOD_REPORT,
     "content/reports/2019-09-04-childrens-services.md:1: (file): CA002 a report must be content/reports/YYYY/"
     "YYYY-MM-DD-<portfolio>.md; by its front matter this one is content/reports/2019/2019-09-04-childrens-services.md"),
    (NAME, "---\ntitle: x\n\nprose\n",
     f"{PATH}:1: (front matter): CA008 the front matter block is not closed: add a line '---' after the fields"),
    (NAME, "---\njust text\n---\n",
     f"{PATH}:2: (front matter): CA009 expected fields such as 'title: ...', got a single value"),
    (NAME, "---\ntitle: " + "x" * 300_000 + "\n---\n", f"{PATH}:1: (front matter): CA010 longer than 256 KB"),
    (NAME, GOOD_REPORT.replace("meeting: Council", "meeting: !!binary Q291bmNpbA=="),
     f"{PATH}:4: meeting: CA208 YAML tag '!!binary' is not allowed; write the plain value"),
    (NAME, GOOD_REPORT.replace("meeting: Council", "meeting: Council\n[a, b]: c"),
     f"{PATH}:5: (front matter): CA209 field names must be plain words"),
    (NAME, GOOD_REPORT.replace("meeting: Council", "meeting: Council\nmeeting: Cabinet"),
     f"{PATH}:5: meeting: CA210 field 'meeting' is given twice"),
    (NAME, GOOD_REPORT.replace("meeting: Council", "meeting: !!int twelve"),
     f"{PATH}:4: meeting: CA211 impossible value 'twelve' (invalid literal for int() with base 10: 'twelve')"),
    (NAME, GOOD_REPORT.replace("meeting: Council", "meeting: ''"), f"{PATH}:4: meeting: CA312 must not be empty"),
    (NAME, GOOD_REPORT.replace("tags: [youth-voice]\n", "tags: [youth-voice]\nimported:\n  review: reviewed\n"
                               "  source: report.docx\n  sha256: " + "a" * 64 + "\n"),
     f"{PATH}:18: imported.review: CA314 Input should be 'unconfirmed'"),
    (NAME, GOOD_REPORT.replace("    as_of: 2019-08-18\n", "    as_of: 2019-08-18\n  - metric: children-looked-after\n"
                               "    value: 553\n    as_of: 2019-08-18\n"),
     f"{PATH}:11: metrics[1]: CA402 metric 'children-looked-after' as of 2019-08-18 is already stated at metrics[0]"),
    (NAME, GOOD_REPORT.replace("as_of: 2019-08-18", "as_of: 2015-08-18\n    rate: 171.5"),
     f"{PATH}:11: metrics[0].rate: warning: CA405 no estimate of population 'children' is in force on 2015-08-18, "
     "so the rate cannot be checked"),
    (NAME, GOOD_REPORT.replace("tags:", "  - id: youth-parliament\n    status: planned\ntags:"),
     f"{PATH}:16: commitments[1].id: CA502 commitment 'youth-parliament' is already listed at commitments[0]"),
], ids=lambda v: v[:40] if isinstance(v, str) else None)
def test_each_check_word_for_word(tmp_path, name, text, expected):
    assert check_one(tmp_path, text, name=name) == [expected]


def test_a_setting_out_of_range_and_a_definitions_file_that_is_a_list(tmp_path):
    root = make_site(tmp_path, config={"site.yml": "name: A site\ncouncil: A council\nlatest_reports: 0\n",
                                       "portfolios.yml": "- childrens-services\n"})
    assert problems_of(root) == [
        "site_config/portfolios.yml:1: (file): CA802 expected entries of the form 'key: {fields}'",
        "site_config/site.yml:3: latest_reports: CA313 the number 0 is out of range (input should be greater "
        "than 0)",
    ]


def test_outside_git_the_build_says_so_once_with_its_code(tmp_path):
    result = run_build(make_site(tmp_path))
    assert result.returncode == 0, result.stderr
    assert ("INFO    -  council-archive: CA703 content/ is not in a git repository, so pages show no "
            "first-published or amended dates and `check` cannot see amended figures; build from a git clone "
            "to show them") in result.stderr


def test_a_build_without_a_site_url_says_what_to_set(tmp_path):
    root = make_site(tmp_path)
    mkdocs = root / "mkdocs.yml"
    mkdocs.write_text(mkdocs.read_text().replace('site_url: !ENV [SITE_URL, "https://example.org/"]', "site_url: ''"))
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-f", str(mkdocs)], capture_output=True,
                            text=True, cwd=root, env={"PATH": "/usr/bin:/bin", "NO_MKDOCS_2_WARNING": "1"})
    assert result.returncode == 1
    assert ("mkdocs.yml: site_url: CA951 set the site's public address (e.g. https://example.org/archive/): feeds "
            "need absolute links") in result.stderr


@pytest.mark.parametrize("field, change", [
    ("date", ("date: 2019-09-04", "date: 04/09/2019")),
    ("metrics[0].as_of", ("as_of: 2019-08-18", "as_of: 04/09/2019")),
    ("updates[0].date", ("tags: [youth-voice]", "tags: [youth-voice]\nupdates:\n  - date: 04/09/2019\n    kind: update\n"
                                                 "    summary: A link added.")),
])
def test_every_date_field_gives_the_same_hint_for_dd_mm_yyyy(tmp_path, field, change):
    found = [p for p in check_one(tmp_path, GOOD_REPORT.replace(*change)) if f": {field}: " in p]
    assert [p.split(f": {field}: ")[1] for p in found] == [
        "CA304 expected a date written YYYY-MM-DD, got '04/09/2019'; if it means 4 September 2019, write 2019-09-04"]


def test_a_due_date_and_a_members_role_date_give_it_too(tmp_path):
    text = GOOD_REPORT.replace("due: 2020-07", "due: 04/09/2020")
    members = DATED_MEMBERS.replace("from: 2019-05-01", "from: 01/05/2019")
    assert check_one(tmp_path, text, {"members.yml": members}) == [
        f"{PATH}:15: commitments[0].due: CA304 expected YYYY, YYYY-MM or YYYY-MM-DD, got '04/09/2020'; if it "
        "means 4 September 2020, write 2020-09-04",
        "site_config/members.yml:6: barrie-cooper.roles[0].from: CA304 expected a date written YYYY-MM-DD, got "
        "'01/05/2019'; if it means 1 May 2019, write 2019-05-01",
    ]
