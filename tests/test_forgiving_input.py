"""Forgiving where the meaning is clear (a quoted ISO date, a figure with thousands
separators), exact where it is not (04/09/2019, a number with words): word for word."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from generator.pipeline import check_archive
from tinysite import GOOD_REPORT, make_site, report

PATH = "content/reports/2019/2019-09-04-childrens-services.md"


def check(root: Path):
    return check_archive(root, root / "content", root / "site_config")


def problems_of(root: Path) -> list[str]:
    return [str(p) for p in check(root).problems.sorted()]


def check_report(tmp_path: Path, text: str) -> list[str]:
    return problems_of(make_site(tmp_path, {"2019/2019-09-04-childrens-services.md": text}))


@pytest.mark.parametrize("line", ["date: '2019-09-04'", 'date: "2019-09-04"', "date: ' 2019-09-04 '"])
def test_a_quoted_iso_date_is_the_date(tmp_path, line):
    root = make_site(tmp_path, {"2019/2019-09-04-childrens-services.md": report(date=line)})
    build = check(root)
    assert [str(p) for p in build.problems.sorted()] == []
    assert build.archive.reports[0].date == dt.date(2019, 9, 4)


def test_a_quoted_as_of_is_the_date(tmp_path):
    text = GOOD_REPORT.replace("as_of: 2019-08-18", "as_of: '2019-08-18'")
    build = check(make_site(tmp_path, {"2019/2019-09-04-childrens-services.md": text}))
    assert build.problems.sorted() == []
    assert build.archive.reports[0].front.metrics[0].as_of == dt.date(2019, 8, 18)


def test_quoted_dates_in_site_config_are_dates(tmp_path):
    members = """\
        barrie-cooper:
          name: Councillor Barrie Cooper
          roles:
            - title: Executive Member for Children's Services
              portfolio: childrens-services
              from: "1990-01-01"
              to: '2030-12-31'
        michael-carr:
          name: Councillor Michael Carr
    """
    build = check(make_site(tmp_path, config={"members.yml": members}))
    assert build.problems.sorted() == []
    role = build.archive.config.members["barrie-cooper"].roles[0]
    assert (role.start, role.end) == (dt.date(1990, 1, 1), dt.date(2030, 12, 31))


def test_an_impossible_quoted_date_is_still_refused(tmp_path):
    assert check_report(tmp_path, report(date="date: '2019-02-30'")) == [
        f"{PATH}:3: date: CA305 impossible date '2019-02-30' (day is out of range for month)"]


@pytest.mark.parametrize("written, expected", [
    ("'04/09/2019'", "CA304 expected a date written YYYY-MM-DD, got '04/09/2019'; if it means "
                     "4 September 2019, write 2019-09-04"),
    ("4/9/2019", "CA304 expected a date written YYYY-MM-DD, got '4/9/2019'; if it means "
                 "4 September 2019, write 2019-09-04"),
    ("4 September 2019", "CA304 expected a date written YYYY-MM-DD, got '4 September 2019'; write 2019-09-04"),
    ("4th Sept 2019", "CA304 expected a date written YYYY-MM-DD, got '4th Sept 2019'; write 2019-09-04"),
    ("'13/13/2019'", "CA304 expected a date written YYYY-MM-DD, got '13/13/2019'; write the year, month "
                     "and day as digits, e.g. 2019-09-04"),
    ("next week", "CA304 expected a date written YYYY-MM-DD, got 'next week'; write the year, month "
                  "and day as digits, e.g. 2019-09-04"),
])
def test_an_unclear_date_is_an_error_showing_the_form_to_write(tmp_path, written, expected):
    assert check_report(tmp_path, report(date=f"date: {written}")) == [f"{PATH}:3: date: {expected}"]


def test_an_unclear_role_date_in_members_yml_names_its_line(tmp_path):
    members = """\
        barrie-cooper:
          name: Councillor Barrie Cooper
          roles:
            - title: Executive Member for Children's Services
              portfolio: childrens-services
              from: 01/05/2019
        michael-carr:
          name: Councillor Michael Carr
    """
    assert problems_of(make_site(tmp_path, config={"members.yml": members})) == [
        "site_config/members.yml:6: barrie-cooper.roles[0].from: CA304 expected a date written YYYY-MM-DD, "
        "got '01/05/2019'; if it means 1 May 2019, write 2019-05-01"]


@pytest.mark.parametrize("written, number", [("1,846", 1846), ("'1,846'", 1846), ("1,846,000", 1846000),
                                             ("1,846.5", 1846.5)])
def test_a_figure_with_thousands_separators_is_read_with_a_note(tmp_path, written, number):
    text = GOOD_REPORT.replace("value: 552", f"value: {written}")
    build = check(make_site(tmp_path, {"2019/2019-09-04-childrens-services.md": text}))
    shown = written.strip("'")
    assert [str(p) for p in build.problems.sorted()] == [
        f"{PATH}:9: metrics[0].value: note: CA308 read '{shown}' as the number {number}; figures are "
        f"written without thousands separators, so write {number}"]
    assert build.archive.reports[0].front.metrics[0].value == number
    assert type(build.archive.reports[0].front.metrics[0].value) is type(number)


def test_a_population_with_thousands_separators_is_read_with_a_note(tmp_path):
    root = make_site(tmp_path)
    path = root / "site_config" / "populations.yml"
    text = path.read_text()
    assert "value: 32180" in text
    path.write_text(text.replace("value: 32180", "value: 32,180"))
    build = check(root)
    line = text.splitlines().index(next(l for l in text.splitlines() if "value: 32180" in l)) + 1
    assert [str(p) for p in build.problems.sorted()] == [
        f"site_config/populations.yml:{line}: {_population_field(text)}: note: CA308 read '32,180' as the "
        "number 32180; figures are written without thousands separators, so write 32180"]


def _population_field(text: str) -> str:
    key = next(l for l in text.splitlines() if l and not l.startswith((" ", "#"))).rstrip(":")
    return f"{key}.estimates[0].value"


@pytest.mark.parametrize("written, expected", [
    ("1846 children", "CA306 expected a number, got '1846 children'; write the figure alone, as 1846"),
    ("about 1,846", "CA306 expected a number, got 'about 1,846'; write the figure alone, as 1846"),
    ("1,84", "CA306 expected a number, got '1,84'; write the figure alone in digits, e.g. 1846 or 136.1"),
    ("many", "CA306 expected a number, got 'many'; write the figure alone in digits, e.g. 1846 or 136.1"),
    ("1.846,5", "CA306 expected a number, got '1.846,5'; write the figure alone in digits, e.g. 1846 or 136.1"),
])
def test_an_unclear_figure_is_an_error_showing_the_form_to_write(tmp_path, written, expected):
    text = GOOD_REPORT.replace("value: 552", f"value: {written}")
    assert check_report(tmp_path, text) == [f"{PATH}:9: metrics[0].value: {expected}"]
