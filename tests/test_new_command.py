"""`council-archive new`: the next report drafted from the latest one, on copies of the
seed reports in tmp_path, through the real command line."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from tinysite import DATED_MEMBERS, REPO_ROOT, make_site, run_check

SEEDS = REPO_ROOT / "content" / "reports"
DRAFT = "content/reports/2020/2020-01-15-childrens-services.md"
# the 9 commitments of the 2019 report, then the 4 it left unmentioned (all still open)
OPEN_2019 = ["styos-hmip-action-plan", "adverse-childhood-experiences", "south-tees-safeguarding-arrangements",
             "social-work-practice-quality", "edge-of-care-provision", "no-wrong-door",
             "family-group-conferencing", "youth-parliament", "savings-plans"]
LEFT_UNMENTIONED = ["firstline-training", "social-worker-recruitment-retention", "resource-team-redesign",
                    "achieving-outstanding-plan"]
METRICS_2019 = ["children-in-need", "child-protection-plans", "children-looked-after", "care-leavers"]


def seed_site(root: Path, config: dict[str, str] | None = None) -> Path:
    reports = {p.relative_to(SEEDS).as_posix(): p.read_text("utf-8") for p in sorted(SEEDS.rglob("*.md"))}
    return make_site(root, reports, config)


def run_new(root: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "generator.cli", "new", "--root", str(root), *args],
                          capture_output=True, text=True, cwd=REPO_ROOT)


def test_the_draft_carries_every_open_commitment_and_the_2019_metrics(tmp_path):
    root = seed_site(tmp_path)
    result = run_new(root, "childrens-services", "--date", "2020-01-15")
    assert result.returncode == 0, result.stderr
    assert result.stdout == (f"wrote {DRAFT} from content/reports/2019/2019-09-04-childrens-services.md: "
                             "4 figures and 13 open commitments; 22 fields to fill in "
                             "(council-archive check lists them)\n")
    text = (root / DRAFT).read_text("utf-8")
    assert re.findall(r"^  - id: ([a-z0-9-]+)", text, re.M) == OPEN_2019 + LEFT_UNMENTIONED
    assert re.findall(r"^  - metric: ([a-z0-9-]+)", text, re.M) == METRICS_2019
    assert text.count("    # not mentioned since the report of 21 December 2017\n") == 4
    head = text.split("metrics:")[0]
    assert head.splitlines()[:6] == ["---", "title: \"Children's Services - Executive Member Report to Council\"",
                                     "date: 2020-01-15", 'meeting: "Council"', "portfolio: childrens-services",
                                     "member:"]
    assert "  - metric: children-in-need  # last: 1846 as of 18 August 2019\n    value:\n    as_of:\n" in text
    assert ("  - id: youth-parliament  # Create a Youth Parliament to give young people a greater say in the d…\n"
            "    status: in-progress\n    due: \"2020-07\"\n    update:\n") in text
    assert text.split("---\n", 2)[2] == ("\n## Performance\n\n## Progress against Strategic Plan and Directorate "
                                         "priorities\n\n## Progress against approved savings plans\n\n")


def test_two_members_holding_the_portfolio_is_said_and_member_left_to_fill(tmp_path):
    result = run_new(seed_site(tmp_path), "childrens-services", "--date", "2020-01-15")
    assert result.stderr == (
        f"{DRAFT}: member: 2 members hold a role for portfolio 'childrens-services' on 2020-01-15 in "
        "site_config/members.yml (barrie-cooper, michael-carr); the draft leaves member empty: write the key "
        "of the one who presents the report (or delete the draft and run new again with --member KEY), and give the roles their "
        "from/to dates\n")


def test_the_member_whose_role_covers_the_date_is_filled_in(tmp_path):
    root = seed_site(tmp_path, {"members.yml": DATED_MEMBERS})
    result = run_new(root, "childrens-services", "--date", "2020-01-15")
    assert (result.returncode, result.stderr) == (0, "")
    assert "\nmember: barrie-cooper\n" in (root / DRAFT).read_text("utf-8")
    assert "21 fields to fill in" in result.stdout


def test_no_member_holding_the_portfolio_is_said(tmp_path):
    root = seed_site(tmp_path, {"members.yml": DATED_MEMBERS.replace("from: 2019-05-01", "to: 2019-12-31")})
    result = run_new(root, "childrens-services", "--date", "2020-01-15")
    assert result.stderr == (
        f"{DRAFT}: member: no member holds a role for portfolio 'childrens-services' on 2020-01-15 in "
        "site_config/members.yml; the draft leaves member empty: write the key of the member who presents "
        "the report, and add their role to members.yml\n")
    assert "\nmember:\n" in (root / DRAFT).read_text("utf-8")


def test_member_given_on_the_command_line(tmp_path):
    root = seed_site(tmp_path)
    assert run_new(root, "childrens-services", "--date", "2020-01-15", "--member", "michael-carr",
                   "--meeting", "Executive").returncode == 0
    text = (root / DRAFT).read_text("utf-8")
    assert "\nmember: michael-carr\n" in text and '\nmeeting: "Executive"\n' in text


def test_check_on_the_untouched_draft_fails_saying_what_to_fill_in(tmp_path):
    root = seed_site(tmp_path)
    run_new(root, "childrens-services", "--date", "2020-01-15")
    result = run_check(root)
    assert result.returncode == 1
    lines = [line for line in result.stderr.splitlines() if line.startswith(DRAFT)]
    update = ("CA309 still empty: write what this report says of the commitment's progress, or delete the update "
              "line if the report says nothing of it")
    expected = [f"{DRAFT}:6: member: CA309 still empty: write the key of the member who presents the report, "
                "as in site_config/members.yml"]
    for i, line in enumerate((10, 13, 16, 19)):
        expected += [f"{DRAFT}:{line}: metrics[{i}].value: CA309 still empty: write the figure as the report "
                     "states it, e.g. 1846",
                     f"{DRAFT}:{line + 1}: metrics[{i}].as_of: CA309 still empty: write the date the figure "
                     "speaks of, as YYYY-MM-DD"]
    update_lines = (26, 29, 32, 35, 38, 42, 45, 49, 52, 57, 61, 66, 70)
    expected += [f"{DRAFT}:{line}: commitments[{i}].update: {update}" for i, line in enumerate(update_lines)]
    assert lines == expected
    assert result.stderr.splitlines()[-1] == "22 errors, 0 warnings, 4 notes"


def test_the_filled_in_draft_passes(tmp_path):
    root = seed_site(tmp_path)
    run_new(root, "childrens-services", "--date", "2020-01-15", "--member", "barrie-cooper")
    path = root / DRAFT
    text = path.read_text("utf-8").replace("    value:\n", "    value: 1,200\n")
    text = text.replace("    as_of:\n", "    as_of: '2020-01-05'\n").replace("    update:\n", "    update: Going well.\n")
    path.write_text(text, "utf-8")
    result = run_check(root)
    assert (result.returncode, result.stdout) == (0, "checked 3 reports: 0 errors, 0 warnings, 8 notes\n")


def test_new_never_overwrites(tmp_path):
    root = seed_site(tmp_path)
    run_new(root, "childrens-services", "--date", "2020-01-15")
    (root / DRAFT).write_text("the officer's work", "utf-8")
    result = run_new(root, "childrens-services", "--date", "2020-01-15")
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == (f"council-archive new: {DRAFT} already exists, and new never overwrites a file; "
                             "edit that report, or give another --date\n")
    assert (root / DRAFT).read_text("utf-8") == "the officer's work"


@pytest.mark.parametrize("args, message", [
    (["childrens-service", "--date", "2020-01-15"],
     "unknown portfolio 'childrens-service' (did you mean 'childrens-services'?); keys are defined in "
     "site_config/portfolios.yml"),
    (["childrens-services", "--date", "2017-01-01"],
     "no report of portfolio 'childrens-services' is dated before 2017-01-01, so there is none to draft "
     "from; write the first one by hand (see docs/officers.md, 'Adding a report')"),
    (["childrens-services", "--date", "2020-01-15", "--member", "barry-cooper"],
     "unknown member 'barry-cooper' (did you mean 'barrie-cooper'?); keys are defined in site_config/members.yml"),
])
def test_new_refuses_with_a_message(tmp_path, args, message):
    root = seed_site(tmp_path)
    result = run_new(root, *args)
    assert (result.returncode, result.stderr) == (1, f"council-archive new: {message}\n")
    assert not (root / "content" / "reports" / "2020").exists()


def test_an_unclear_date_is_refused_with_the_form_to_write(tmp_path):
    result = run_new(seed_site(tmp_path), "childrens-services", "--date", "15/01/2020")
    assert result.returncode == 2
    assert result.stderr.splitlines()[-1] == (
        "council-archive new: error: argument --date: expected a date written YYYY-MM-DD, got "
        "'15/01/2020'; if it means 15 January 2020, write 2020-01-15")


def test_new_refuses_while_check_finds_errors(tmp_path):
    root = seed_site(tmp_path)
    seed = root / "content" / "reports" / "2019" / "2019-09-04-childrens-services.md"
    seed.write_text(seed.read_text("utf-8").replace("member: barrie-cooper", "member: nobody"), "utf-8")
    result = run_new(root, "childrens-services", "--date", "2020-01-15")
    assert (result.returncode, result.stderr) == (1, "1 error in content/ or site_config/; the draft is made "
                                                     "from the reports as they stand, so run council-archive "
                                                     "check and correct them first\n")


def test_write_draft_itself_never_overwrites(tmp_path):
    """The file may appear between the command's own look and the write: creation is exclusive."""
    from generator.drafts.next_report import Draft, DraftRefused, write_draft

    target = tmp_path / "reports" / "2020" / "2020-01-15-x.md"
    target.parent.mkdir(parents=True)
    target.write_text("kept", "utf-8")
    draft = Draft(path="reports/2020/2020-01-15-x.md", text="new", previous=None, metrics=[], commitments=[],
                  member=None)
    with pytest.raises(DraftRefused, match="^content/x.md already exists, and new never overwrites a file"):
        write_draft(draft, tmp_path, "content/x.md")
    assert target.read_text("utf-8") == "kept"
