"""History from git: first-published and amended figures, read from real repositories
with scripted commits on fixed dates (tests/gitsite.py)."""
from __future__ import annotations

import subprocess

from gitsite import REPORT, amended, commit, git, make_git_site, write
from tinysite import GOOD_REPORT, run_check

from generator.content.history import read_history
from generator.pipeline import check_archive

NOTE = """updates:
  - date: {day}
    kind: correction
    summary: Children looked after corrected from 562 to 552 (a typing error).
"""


def typo_site(tmp_path):
    """562 published on 5 September 2019, corrected to 552 on 2 October 2019."""
    root = make_git_site(tmp_path / "site", {"2019/2019-09-04-childrens-services.md": amended("562")})
    first = git(root, "rev-parse", "HEAD")
    return root, first


def build(root):
    return check_archive(root, root / "content", root / "site_config")


def test_an_amended_figure_without_a_correction_note_is_a_warning_word_for_word(tmp_path):
    root, first = typo_site(tmp_path)
    write(root, REPORT, amended("552"))
    second = commit(root, "Correct children looked after", "2019-10-02")
    result = run_check(root, "--strict")
    assert result.returncode == 1
    assert result.stderr == (
        f"{REPORT}:9: metrics[0].value: warning: children-looked-after was first published with "
        f"value 562 (commit {first[:12]}, 2019-09-05) and now has value 552 (changed in commit "
        f"{second[:12]} on 2019-10-02); add an entry to updates: with kind: correction, dated "
        "2019-10-02 or later, saying what was corrected and why\n"
        "0 errors, 1 warning\n")


def test_a_correction_note_dated_on_or_after_the_change_answers_it(tmp_path):
    root, _ = typo_site(tmp_path)
    write(root, REPORT, amended("552", NOTE.format(day="2019-10-02")))
    commit(root, "Correct children looked after", "2019-10-02")
    assert run_check(root, "--strict").stdout == "checked 1 report: 0 errors, 0 warnings\n"
    amendment = build(root).archive.histories[REPORT].amended[0]
    assert (amendment.first_value, amendment.first_day.isoformat(), amendment.changed_on.isoformat()) == (
        562, "2019-09-05", "2019-10-02")


def test_a_note_dated_before_the_change_does_not(tmp_path):
    root, _ = typo_site(tmp_path)
    write(root, REPORT, amended("552", NOTE.format(day="2019-09-30")))
    commit(root, "Correct children looked after", "2019-10-02")
    assert run_check(root, "--strict").returncode == 1


def test_an_edit_not_yet_committed_is_checked_too(tmp_path):
    root, first = typo_site(tmp_path)
    write(root, REPORT, amended("552"))
    result = run_check(root)
    assert (f"(commit {first[:12]}, 2019-09-05) and now has value 552 (changed since the last commit); "
            "add an entry to updates: with kind: correction, dated 2019-09-05 or later") in result.stderr


def test_a_figure_changed_back_is_not_amended(tmp_path):
    root, _ = typo_site(tmp_path)
    write(root, REPORT, amended("552"))
    commit(root, "Correct", "2019-10-02")
    write(root, REPORT, amended("562"))
    commit(root, "Undo", "2019-10-03")
    assert build(root).archive.histories[REPORT].amended == (None,)


def test_a_rename_keeps_the_first_published_date_and_the_amendment(tmp_path):
    root, first = typo_site(tmp_path)
    git(root, "mv", REPORT, "content/reports/2019/2019-09-05-childrens-services.md")
    renamed = "content/reports/2019/2019-09-05-childrens-services.md"
    write(root, renamed, amended("552").replace("date: 2019-09-04", "date: 2019-09-05"))
    commit(root, "Right date, right figure", "2019-10-02")
    found = build(root).archive.histories[renamed]
    assert (found.dates.first_published.isoformat(), found.dates.first_commit) == ("2019-09-05", first)
    assert found.dates.last_changed.isoformat() == "2019-10-02"
    assert found.amended[0].first_value == 562


def test_a_merge_dates_an_amendment_by_the_day_it_reached_the_branch(tmp_path):
    root, _ = typo_site(tmp_path)
    git(root, "checkout", "-q", "-b", "fix")
    write(root, REPORT, amended("552", NOTE.format(day="2019-10-09")))
    commit(root, "Correct on a branch", "2019-10-01")
    git(root, "checkout", "-q", "main")
    write(root, "content/about.md", "# About us\n")
    commit(root, "Unrelated", "2019-10-05")
    git(root, "merge", "-q", "--no-ff", "-m", "Merge fix", "fix", day="2019-10-09")
    merge = git(root, "rev-parse", "HEAD")
    found = build(root).archive.histories[REPORT]
    assert (found.amended[0].changed_on.isoformat(), found.amended[0].commit) == ("2019-10-09", merge)
    assert run_check(root, "--strict").returncode == 0


def test_a_shallow_clone_reads_no_history_and_says_why(tmp_path):
    root, _ = typo_site(tmp_path)
    write(root, REPORT, amended("552"))
    commit(root, "Correct", "2019-10-02")
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", "--depth", "1", f"file://{root}", str(clone)], check=True)
    history = read_history(clone / "content")
    assert history.shallow and history.files == {}
    assert history.missing.startswith("content/ is in a shallow git clone, which has lost the early history")
    assert build(clone).archive.histories[REPORT].dates is None


def test_outside_git_there_is_no_history(tmp_path):
    from tinysite import make_site
    root = make_site(tmp_path / "plain")
    assert read_history(root / "content").missing.startswith("content/ is not in a git repository")
    assert run_check(root, "--strict").returncode == 0


def test_check_in_a_shallow_clone_warns_once_and_fails_strict(tmp_path):
    root, _ = typo_site(tmp_path)
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", "--depth", "1", f"file://{root}", str(clone)], check=True)
    result = run_check(clone, "--strict")
    assert (result.returncode, result.stderr) == (1, (
        "warning: content/ is in a shallow git clone, which has lost the early history: pages show "
        "no first-published or amended dates and amended figures are not marked; fetch the whole "
        "history (`git fetch --unshallow`, or `fetch-depth: 0` in actions/checkout)\n"
        "0 errors, 1 warning\n"))
