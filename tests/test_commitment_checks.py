"""`council-archive check` across a commitment's history, word for word."""
from __future__ import annotations

import pytest

from generator.content.commitment_checks import materially_different
from generator.pipeline import check_archive
from test_tracker import CONFIG, entry, tiny_report
from tinysite import make_site, run_check

OLD = "content/reports/2018/2018-01-10-childrens-services.md"
NEW = "content/reports/2019/2019-01-10-childrens-services.md"
SETTINGS = "name: A\ncouncil: B\n"


def problems(tmp_path, *reports, level: str | None = None) -> list[str]:
    site = SETTINGS + (f"checks:\n  unmentioned_commitments: {level}\n" if level else "")
    root = make_site(tmp_path, dict(reports), config={**CONFIG, "site.yml": site})
    build = check_archive(root, root / "content", root / "site_config")
    return [str(p) for p in build.problems.sorted()]


def dropped_from_the_next_report():
    old = tiny_report("2018-01-10", "childrens-services", entry("kept", "planned"),
                      entry("left-out", "in-progress"), entry("done", "delivered"),
                      entry("stopped", "dropped"), entry("late", "delayed"))
    new = tiny_report("2019-01-10", "childrens-services", entry("kept", "in-progress", text=None))
    return old, new


def unmentioned(label: str, cid: str, status: str) -> str:
    return (f"{NEW}:6: commitments: {label}CA505 no longer mentions commitment '{cid}', which the "
            f"previous report of this portfolio, {OLD} (10 January 2018), listed as {status}; if "
            f"this report says what became of it, add it to commitments")


def test_open_commitments_left_out_of_the_next_report_are_warnings_by_default(tmp_path):
    assert problems(tmp_path, *dropped_from_the_next_report()) == [
        unmentioned("warning: ", "late", "delayed"),
        unmentioned("warning: ", "left-out", "in progress"),
    ]


def test_the_check_can_be_a_note_or_off(tmp_path):
    assert problems(tmp_path / "info", *dropped_from_the_next_report(), level="info") == [
        unmentioned("note: ", "late", "delayed"),
        unmentioned("note: ", "left-out", "in progress"),
    ]
    assert problems(tmp_path / "off", *dropped_from_the_next_report(), level="off") == []


def test_only_the_previous_report_of_the_same_portfolio_counts(tmp_path):
    old = tiny_report("2018-01-10", "childrens-services", entry("p", "planned"))
    housing = tiny_report("2018-06-10", "housing", member="michael-carr")
    middle = tiny_report("2018-09-10", "childrens-services", entry("p", "planned", text=None))
    new = tiny_report("2019-01-10", "childrens-services")
    found = problems(tmp_path, old, housing, middle, new)
    assert found == [
        f"{NEW}:6: commitments: warning: CA505 no longer mentions commitment 'p', which the previous "
        "report of this portfolio, content/reports/2018/2018-09-10-childrens-services.md "
        "(10 September 2018), listed as planned; if this report says what became of it, add it to "
        "commitments"]


def test_a_material_change_of_wording_names_the_first_report(tmp_path):
    old = tiny_report("2018-01-10", "childrens-services",
                      entry("p", "planned", text="Open two new children's homes by 2020."))
    new = tiny_report("2019-01-10", "childrens-services",
                      entry("p", "planned", text="Review the fostering allowance."))
    assert problems(tmp_path, old, new) == [
        f"{NEW}:8: commitments[0].text: warning: CA503 the wording of commitment 'p' differs materially "
        f"from its first wording in {OLD} (10 January 2018); if this is another promise, give it a "
        "new id"]


def test_a_small_correction_of_wording_is_not_flagged(tmp_path):
    old = tiny_report("2018-01-10", "childrens-services",
                      entry("p", "planned", text="Open two new childrens homes in Middlesbrough by 2020."))
    new = tiny_report("2019-01-10", "childrens-services",
                      entry("p", "planned", text="Open two new children's homes in Middlesbrough by 2020!"))
    assert problems(tmp_path, old, new) == []


@pytest.mark.parametrize("before, after, material", [
    ("Create a Youth Parliament.", "create a  youth parliament", False),
    ("Create a Youth Parliament for the town.", "Create a Youth Parliament for the whole town.", False),
    ("Create a Youth Parliament.", "Close the Youth Parliament.", True),
    ("Create a Youth Parliament.", "Create a Youth Council to advise the Executive.", True),
])
def test_materially_different(before, after, material):
    assert materially_different(before, after) is material


def test_a_status_moving_back_from_delivered(tmp_path):
    old = tiny_report("2018-01-10", "childrens-services", entry("p", "delivered"))
    new = tiny_report("2019-01-10", "childrens-services", entry("p", "in-progress", text=None))
    assert problems(tmp_path, old, new) == [
        f"{NEW}:8: commitments[0].status: warning: CA504 commitment 'p' was delivered by {OLD} "
        "(10 January 2018), but this report says in progress; check the status, or give a new "
        "promise a new id"]


def test_delivered_again_and_forwards_moves_are_fine(tmp_path):
    reports = [tiny_report(day, "childrens-services", entry("p", status, text=None if i else "A promise."))
               for i, (day, status) in enumerate([("2018-01-10", "planned"), ("2018-06-10", "delayed"),
                                                  ("2018-09-10", "delivered"), ("2019-01-10", "delivered")])]
    assert problems(tmp_path, *reports) == []


def test_cli_counts_notes_and_strict_passes_on_them(tmp_path):
    site = SETTINGS + "checks:\n  unmentioned_commitments: info\n"
    root = make_site(tmp_path, dict(dropped_from_the_next_report()), config={**CONFIG, "site.yml": site})
    result = run_check(root, "--strict")
    assert result.returncode == 0
    assert result.stdout == "checked 2 reports: 0 errors, 0 warnings, 2 notes\n"
    assert result.stderr.splitlines() == [unmentioned("note: ", "late", "delayed"),
                                          unmentioned("note: ", "left-out", "in progress")]


@pytest.mark.parametrize("setting, message", [
    ("as_at: today", "site_config/site.yml:3: as_at: CA310 unknown as at 'today' (expected one of: "
                     "newest-report, build-date)"),
    ("checks:\n  unmentioned_commitments: loud",
     "site_config/site.yml:4: checks.unmentioned_commitments: CA310 unknown unmentioned commitments 'loud' "
     "(expected one of: error, warning, info, off)"),
])
def test_settings_errors(tmp_path, setting, message):
    root = make_site(tmp_path, config={"site.yml": SETTINGS + setting + "\n"})
    result = run_check(root)
    assert (result.returncode, result.stderr) == (1, message + "\n1 error, 0 warnings\n")


def test_the_seed_reports_give_four_notes(repo_root):
    build = check_archive(repo_root, repo_root / "content", repo_root / "site_config")
    assert [p.message.split(",")[0] for p in build.problems.notes] == [
        f"no longer mentions commitment '{cid}'" for cid in
        ("achieving-outstanding-plan", "firstline-training", "resource-team-redesign",
         "social-worker-recruitment-retention")]
    assert build.problems.warnings == [] and build.problems.errors == []


def test_checked_through_the_cache_a_commitments_history_finds_what_the_whole_sweep_finds(tmp_path):
    """validate_reports with a cache checks each portfolio's run and each commitment's mentions
    on their own (and again only when they change); without one, the whole archive at once."""
    from generator.content.cache import Cache
    from generator.content.problems import Problems
    from generator.content.validate import validate_reports
    from generator.pipeline import Build, Project, load
    reports = [
        tiny_report("2018-01-10", "childrens-services", entry("kept", "planned"), entry("left-out", "in-progress"),
                    entry("done", "delivered"), entry("twice", "planned"), entry("twice", "planned", text=None)),
        tiny_report("2018-03-10", "housing", entry("untold", "planned", text=None), member="michael-carr"),
        tiny_report("2019-01-10", "childrens-services", entry("kept", "in-progress", text="Another promise entirely, "
                    "in new words that share nothing"), entry("done", "in-progress", text=None)),
    ]
    root = make_site(tmp_path, dict(reports), config={**CONFIG, "site.yml": SETTINGS})
    project = Project(root, root / "content", root / "site_config")
    loaded, parts, config = load(project, Cache(), Build(Problems()))
    whole, cache = Problems(), Cache()
    validate_reports(loaded, config, whole, None, parts)
    found = []
    for _ in range(2):  # made, then kept
        cache.begin()
        run = Problems()
        validate_reports(loaded, config, run, cache, parts)
        found.append(run.sorted())
    codes = {p.code for p in whole.items}
    assert {"CA501", "CA503", "CA504", "CA505"} <= codes, codes
    assert found[0] == found[1] == whole.sorted()
