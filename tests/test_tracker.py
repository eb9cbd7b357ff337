"""The commitment tracker's model: status, due dates, and the overdue and silent
flags at their boundary days, on tiny sites."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from generator.pipeline import check_archive
from generator.model.tracker import AsAtDay, as_at_day, build_tracker, tracker_for
from tinysite import make_site

# A second portfolio, so a report can move the as-at day without making anything silent.
CONFIG = {
    "portfolios.yml": """\
        childrens-services:
          name: Children's Services
        housing:
          name: Housing
        """,
    "members.yml": """\
        barrie-cooper:
          name: Councillor Barrie Cooper
          roles:
            - {title: Executive Member for Children's Services, portfolio: childrens-services}
        michael-carr:
          name: Councillor Michael Carr
          roles:
            - {title: Executive Member for Children's Services, portfolio: childrens-services}
            - {title: Executive Member for Housing, portfolio: housing}
        """,
}


def entry(cid: str, status: str, text: str | None = "A promise.", **fields: str) -> str:
    lines = [f"  - id: {cid}"] + ([f"    text: {text}"] if text else []) + [f"    status: {status}"]
    return "\n".join(lines + [f"    {k}: {v}" for k, v in fields.items()])


def tiny_report(day: str, portfolio: str = "childrens-services", *entries: str,
                member: str = "barrie-cooper") -> tuple[str, str]:
    commitments = "commitments:\n" + "\n".join(entries) if entries else "commitments: []"
    text = (f"---\ntitle: Report\ndate: {day}\nportfolio: {portfolio}\nmember: {member}\n"
            f"{commitments}\n---\n\nProse.\n")
    return f"{day[:4]}/{day}-{portfolio}.md", text


def tracker(tmp_path: Path, *reports: tuple[str, str], config: dict | None = None, as_at=None):
    root = make_site(tmp_path, dict(reports), config={**CONFIG, **(config or {})})
    build = check_archive(root, root / "content", root / "site_config")
    assert build.problems.errors == []
    return build_tracker(build.archive, as_at) if as_at else tracker_for(build.archive)


def promise_due(due: str, status: str = "in-progress") -> tuple[str, str]:
    return tiny_report("2019-09-04", "childrens-services", entry("p", status, due=due), member="barrie-cooper")


def housing_report(day: str) -> tuple[str, str]:
    return tiny_report(day, "housing", member="michael-carr")


@pytest.mark.parametrize("due, as_at, overdue", [
    ("2020-07", "2020-07-31", False),  # a month: on time to its last day
    ("2020-07", "2020-08-01", True),
    ("2020", "2020-12-31", False),  # a year: on time to 31 December
    ("2020", "2021-01-01", True),
    ("2020-02", "2020-02-29", False),  # a leap year's February
    ("2020-02", "2020-03-01", True),
    ("2020-07-15", "2020-07-15", False),  # a day: on time on the day itself
    ("2020-07-15", "2020-07-16", True),
])
def test_overdue_at_the_boundary_days(tmp_path, due, as_at, overdue):
    found = tracker(tmp_path, promise_due(due), housing_report(as_at)).by_id["p"]
    assert (found.overdue, found.silent) == (overdue, False)
    assert found.flags == (("overdue",) if overdue else ())


@pytest.mark.parametrize("status, overdue", [
    ("planned", True), ("in-progress", True), ("delayed", True), ("delivered", False), ("dropped", False),
])
def test_only_open_commitments_are_overdue(tmp_path, status, overdue):
    found = tracker(tmp_path, promise_due("2019-08", status)).by_id["p"]  # as at 4 September 2019
    assert found.overdue is overdue


def test_the_newest_report_sets_the_day_whatever_its_portfolio(tmp_path):
    found = tracker(tmp_path, promise_due("2020-07"), housing_report("2021-03-01"))
    assert found.as_at.day == dt.date(2021, 3, 1)
    assert found.as_at.label == "as at the report of 1 March 2021"
    assert found.as_at.report.portfolio == "housing"


def test_no_due_date_is_never_overdue(tmp_path):
    report = tiny_report("2019-09-04", "childrens-services", entry("p", "planned", due_text="soon"))
    found = tracker(tmp_path, report, housing_report("2030-01-01")).by_id["p"]
    assert (found.due, found.due_text, found.overdue) == (None, "soon", False)


def silent_case(tmp_path, later_status: str | None, later_portfolio: str = "childrens-services"):
    first = tiny_report("2018-01-10", "childrens-services", entry("p", "in-progress"))
    other = entry("q", "planned")
    if later_status:
        later = tiny_report("2019-01-10", later_portfolio, entry("p", later_status, text=None), other)
    else:
        later = tiny_report("2019-01-10", later_portfolio, other,
                            member="michael-carr" if later_portfolio == "housing" else "barrie-cooper")
    return tracker(tmp_path, first, later).by_id["p"]


def test_silent_when_a_later_report_of_its_portfolio_leaves_it_out(tmp_path):
    found = silent_case(tmp_path, None)
    assert found.silent and found.silent_since.date == dt.date(2019, 1, 10)
    assert found.flags == ("silent",)


def test_not_silent_when_only_another_portfolio_reported_since(tmp_path):
    assert silent_case(tmp_path, None, later_portfolio="housing").silent is False


@pytest.mark.parametrize("status, silent", [("in-progress", False), ("delayed", False)])
def test_not_silent_when_the_later_report_mentions_it(tmp_path, status, silent):
    assert silent_case(tmp_path, status).silent is silent


@pytest.mark.parametrize("status", ["delivered", "dropped"])
def test_closed_commitments_are_never_silent(tmp_path, status):
    first = tiny_report("2018-01-10", "childrens-services", entry("p", status))
    later = tiny_report("2019-01-10", "childrens-services", entry("q", "planned"))
    assert tracker(tmp_path, first, later).by_id["p"].silent is False


def test_a_report_after_the_as_at_day_does_not_make_it_silent(tmp_path):
    first = tiny_report("2018-01-10", "childrens-services", entry("p", "in-progress"))
    later = tiny_report("2019-01-10", "childrens-services", entry("q", "planned"))
    found = tracker(tmp_path, first, later, as_at=AsAtDay(dt.date(2019, 1, 9), None)).by_id["p"]
    assert found.silent is False


def test_status_due_and_changes_come_from_the_mentions(tmp_path):
    first = tiny_report("2018-01-10", "childrens-services", entry("p", "planned", due="2019", due_text="next year"))
    middle = tiny_report("2018-06-10", "childrens-services", entry("p", "planned", text=None, update="Nothing yet."))
    last = tiny_report("2019-01-10", "childrens-services",
                       entry("p", "delayed", text=None, due="2019-06", due_text="by June"),
                       member="michael-carr")
    found = tracker(tmp_path, first, middle, last).by_id["p"]
    assert [m.report.date.isoformat() for m in found.mentions] == ["2018-01-10", "2018-06-10", "2019-01-10"]
    assert (found.status.value, str(found.due), found.due_text) == ("delayed", "2019-06", "by June")
    assert found.due_mention.report.date == dt.date(2019, 1, 10)
    assert [(c.before.value, c.after.value, c.mention.report.date.isoformat()) for c in found.changes] == [
        ("planned", "delayed", "2019-01-10")]
    assert (found.text, found.member, found.portfolio) == ("A promise.", "barrie-cooper", "childrens-services")
    assert found.url == "commitments/p/"


def test_build_date_uses_source_date_epoch(tmp_path):
    root = make_site(tmp_path, dict([promise_due("2020-07")]),
                     config={**CONFIG, "site.yml": "name: A\ncouncil: B\nas_at: build-date\n"})
    archive = check_archive(root, root / "content", root / "site_config").archive
    day = as_at_day(archive, {"SOURCE_DATE_EPOCH": "1700000000"})  # 2023-11-14T22:13:20Z
    assert (day.day, day.report, day.label) == (dt.date(2023, 11, 14), None,
                                                "as at 14 November 2023 (the build date)")
    assert build_tracker(archive, day).by_id["p"].overdue is True
    assert as_at_day(archive, {}).day == dt.datetime.now(dt.timezone.utc).date()


def test_an_archive_without_reports_has_no_as_at_day(tmp_path):
    root = make_site(tmp_path, {}, config=CONFIG)
    archive = check_archive(root, root / "content", root / "site_config").archive
    assert build_tracker(archive) == build_tracker(archive)
    assert (build_tracker(archive).as_at, build_tracker(archive).commitments) == (None, ())


def test_the_tracker_is_built_once_per_archive(tmp_path):
    root = make_site(tmp_path, dict([promise_due("2020-07")]), config=CONFIG)
    archive = check_archive(root, root / "content", root / "site_config").archive
    assert tracker_for(archive) is tracker_for(archive)
