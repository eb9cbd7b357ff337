"""History from git: first-published and amended figures, read from real repositories
with scripted commits on fixed dates (tests/gitsite.py)."""
from __future__ import annotations

import os
import subprocess

import pytest

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
        f"{REPORT}:9: metrics[0].value: warning: CA701 children-looked-after was first published with "
        f"value 562 (commit {first[:12]}, 2019-09-05) and now has value 552 (changed in commit "
        f"{second[:12]} on 2019-10-02); add an entry to updates: with kind: correction, dated "
        "2019-09-05 or later, saying what was corrected and why\n"
        "0 errors, 1 warning\n")


def test_a_correction_note_dated_on_or_after_the_change_answers_it(tmp_path):
    root, _ = typo_site(tmp_path)
    write(root, REPORT, amended("552", NOTE.format(day="2019-10-02")))
    commit(root, "Correct children looked after", "2019-10-02")
    assert run_check(root, "--strict").stdout == "checked 1 report: 0 errors, 0 warnings\n"
    amendment = build(root).archive.histories[REPORT].amended[0]
    assert (amendment.first_value, amendment.first_day.isoformat(), amendment.changed_on.isoformat()) == (
        562, "2019-09-05", "2019-10-02")


def test_a_note_dated_before_the_value_it_corrects_was_published_does_not(tmp_path):
    root, _ = typo_site(tmp_path)
    write(root, REPORT, amended("552", NOTE.format(day="2019-09-01")))
    commit(root, "Correct children looked after", "2019-10-02")
    assert run_check(root, "--strict").returncode == 1


def test_a_second_correction_needs_a_note_of_its_own(tmp_path):
    """The first correction's note, dated the day of the value the second replaces, is old:
    only a note new since that version explains the second change."""
    root, _ = typo_site(tmp_path)
    write(root, REPORT, amended("552", NOTE.format(day="2019-10-02")))
    commit(root, "Correct children looked after", "2019-10-02")
    write(root, REPORT, amended("553", NOTE.format(day="2019-10-02")))
    third = commit(root, "Correct it again", "2019-11-20")
    result = run_check(root, "--strict")
    assert result.returncode == 1
    assert (f"and now has value 553 (changed in commit {third[:12]} on 2019-11-20); add an entry to "
            "updates: with kind: correction, dated 2019-10-02 or later") in result.stderr
    second_note = NOTE.format(day="2019-11-20").replace("updates:\n", "").replace("562 to 552", "552 to 553")
    write(root, REPORT, amended("553", NOTE.format(day="2019-10-02") + second_note))
    commit(root, "Say why", "2019-11-20")
    assert run_check(root, "--strict").returncode == 0


def test_the_warning_names_the_note_it_did_not_accept_and_why(tmp_path):
    """The officer's case: a note dated 2019-10-02 committed first, the figure changed after;
    that note was in the version it corrects, so the warning says so instead of only
    'dated 2019-10-02 or later'."""
    root, _ = typo_site(tmp_path)
    write(root, REPORT, amended("562", NOTE.format(day="2019-10-02")))
    commit(root, "Say why first", "2019-10-02")
    write(root, REPORT, amended("552", NOTE.format(day="2019-10-02")))
    third = commit(root, "Then correct it", "2019-10-03")
    assert run_check(root).stderr.splitlines()[0].endswith(
        f"(changed in commit {third[:12]} on 2019-10-03); add an entry to updates: with kind: correction, dated "
        "2019-10-02 or later, saying what was corrected and why; the note of 2019-10-02 (\"Children looked after "
        "corrected from 562 to 552 (a typing error).\") does not count: it was already in the version it "
        "corrects, so it cannot be about this change")


@pytest.mark.parametrize("note, why", [
    (NOTE.format(day="2019-10-02").replace("kind: correction", "kind: update"),
     "it is kind: update, not kind: correction"),
    (NOTE.format(day="2019-09-01"), "it is dated before 2019-09-05, the day the value it corrects was published"),
])
def test_a_note_of_the_wrong_kind_or_date_is_named_with_its_reason(tmp_path, note, why):
    root, _ = typo_site(tmp_path)
    write(root, REPORT, amended("552", note))
    commit(root, "Correct children looked after", "2019-10-02")
    assert run_check(root).stderr.splitlines()[0].endswith(
        "saying what was corrected and why; the note of " + note.split("date: ")[1].split("\n")[0]
        + " (\"Children looked after corrected from 562 to 552 (a typing error).\") does not count: " + why)


def test_an_edit_not_yet_committed_is_checked_too(tmp_path):
    root, first = typo_site(tmp_path)
    write(root, REPORT, amended("552"))
    result = run_check(root)
    assert (f"(commit {first[:12]}, 2019-09-05) and now has value 552 (changed since the last commit); "
            "add an entry to updates: with kind: correction, dated 2019-09-05 or later") in result.stderr
    write(root, REPORT, amended("552", NOTE.format(day="2019-10-02")))
    assert run_check(root, "--strict").returncode == 0


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
    write(root, REPORT, amended("552", NOTE.format(day="2019-10-01")))  # the day it was written
    commit(root, "Correct on a branch", "2019-10-01")
    git(root, "checkout", "-q", "main")
    write(root, "content/about.md", "# About us\n")
    commit(root, "Unrelated", "2019-10-05")
    git(root, "merge", "-q", "--no-ff", "-m", "Merge fix", "fix", day="2019-10-09")
    merge = git(root, "rev-parse", "HEAD")
    found = build(root).archive.histories[REPORT]
    assert (found.amended[0].changed_on.isoformat(), found.amended[0].commit) == ("2019-10-09", merge)
    assert run_check(root, "--strict").returncode == 0  # the note, dated on the branch, explains it


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
        "warning: CA704 content/ is in a shallow git clone, which has lost the early history: pages show "
        "no first-published or amended dates and amended figures are not marked; fetch the whole "
        "history (`git fetch --unshallow`, or `fetch-depth: 0` in actions/checkout)\n"
        "0 errors, 1 warning\n"))


def test_the_seed_reports_history_agrees_with_git_log_follow_file_by_file():
    """The one-pass reading gives what per-file `git log --follow` gives, on the project's
    own history: each seed report's first and last commit, and no amended figure."""
    from tinysite import REPO_ROOT
    build = check_archive(REPO_ROOT, REPO_ROOT / "content", REPO_ROOT / "site_config")
    assert build.history_missing is None
    for report in build.archive.reports:
        commits = subprocess.run(["git", "log", "--follow", "--format=%H %ct", "--", report.source],
                                 cwd=REPO_ROOT, capture_output=True, text=True, check=True).stdout.splitlines()
        found = build.archive.histories[report.source]
        assert found.dates.first_commit == commits[-1].split()[0], report.source
        assert found.dates.last_changed.isoformat() == _utc_day(commits[0].split()[1])
        assert found.amended == (None,) * len(report.front.metrics)
        assert report.front.updates == []


def _utc_day(seconds: str) -> str:
    import datetime as dt
    return dt.datetime.fromtimestamp(int(seconds), dt.timezone.utc).date().isoformat()


def test_a_change_note_must_be_well_formed_word_for_word(tmp_path):
    from tinysite import make_site
    notes = ("updates:\n  - date: 2019-10-02\n    kind: corection\n    summary: x\n"
             "  - date: 2019-13-02\n    kind: update\n")
    root = make_site(tmp_path / "site", {"2019/2019-09-04-childrens-services.md": amended("552", notes)})
    assert run_check(root).stderr == (
        f"{REPORT}:19: updates[0].kind: CA310 unknown kind 'corection' (expected one of: correction, update)\n"
        f"{REPORT}:21: updates[1].date: CA305 impossible date '2019-13-02' (month must be in 1..12)\n"
        f"{REPORT}:21: updates[1].summary: CA301 required field is missing\n"
        "3 errors, 0 warnings\n")


def test_the_log_is_read_again_only_when_head_moves(tmp_path, monkeypatch):
    """A preview rebuilds on every save; the history changes only with a commit."""
    import generator.content.history as history
    from generator.content.cache import Cache
    root, _ = typo_site(tmp_path)
    reads, cache = [], Cache()
    real = history._read_log
    monkeypatch.setattr(history, "_read_log", lambda d: reads.append(d) or real(d))
    read_history(root / "content", cache=cache)
    write(root, REPORT, amended("552"))  # a save, not a commit
    saved = read_history(root / "content", cache=cache)
    assert len(reads) == 1 and saved.uncommitted == {"reports/2019/2019-09-04-childrens-services.md"}
    commit(root, "Correct", "2019-10-02")
    committed = read_history(root / "content", cache=cache)
    assert len(reads) == 2 and len(committed.of("reports/2019/2019-09-04-childrens-services.md").versions) == 2


def test_a_preview_rebuilds_a_reports_header_when_its_amendment_is_committed(tmp_path):
    """Committing changes no file, yet the header now dates the amendment: it is stale."""
    from generator.preview import BuildInputs, stale_pages
    root, _ = typo_site(tmp_path)
    write(root, REPORT, amended("552"))
    editing = build(root)
    assert editing.archive.histories[REPORT].amended[0].changed_on is None
    before = BuildInputs.of(editing.archive, [])
    commit(root, "Correct", "2019-10-02")
    committed = build(root)
    stale = stale_pages(before, BuildInputs.of(committed.archive, []))
    assert stale.reports == {"reports/2019/2019-09-04-childrens-services.md"}
    assert editing.archive.history_stamp != committed.archive.history_stamp


def test_a_commit_that_leaves_content_alone_leaves_the_history_stamp_alone(tmp_path):
    """Every page's cache key holds the stamp: a commit of site_config/ or of code alone
    must not make every page again (it did, when the stamp was HEAD)."""
    root, _ = typo_site(tmp_path)
    before = build(root)
    (root / "NOTES.txt").write_text("not content\n")
    commit(root, "Notes", "2019-10-01")
    outside = build(root)
    write(root, REPORT, amended("552"))
    commit(root, "Correct", "2019-10-02")
    inside = build(root)
    assert before.archive.history_stamp == outside.archive.history_stamp != inside.archive.history_stamp


def test_a_shallow_clone_is_one_annotation_in_a_pull_request(tmp_path):
    root, _ = typo_site(tmp_path)
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", "--depth", "1", f"file://{root}", str(clone)], check=True)
    result = run_check(clone, "--strict", "--format", "github")
    assert result.returncode == 1
    assert result.stdout.startswith("::warning title=history::CA704 content/ is in a shallow git clone, ")
    assert result.stdout.count("\n") == 1


@pytest.mark.skipif(os.geteuid() != 0, reason="needs to give the files to another owner")
def test_a_repository_git_will_not_read_is_a_warning_with_gits_own_words(tmp_path, monkeypatch):
    """Not 'not a git repository': a repository owned by someone else (safe.directory), say."""
    import os
    root, _ = typo_site(tmp_path)
    for path in [root, *root.rglob("*")]:  # owned by someone else: git refuses to read it
        os.chown(path, 12345, 12345, follow_symlinks=False)
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", "/dev/null")  # no safe.directory exception
    history = read_history(root / "content")
    assert history.warn and history.files == {}
    assert history.missing.startswith("git could not read the history of content/ (fatal: detected "
                                      "dubious ownership in repository at ")
    assert history.said.startswith("CA705 git could not read the history of content/ (fatal: detected "
                                   "dubious ownership in repository at ")  # as check and the build print it


def test_a_figure_removed_after_publication_needs_a_correction_note_too(tmp_path):
    """Nothing silently leaves the public record: a published figure taken out is a change."""
    two = amended("562").replace("commitments:\n", "  - metric: care-leavers\n    value: 154\n"
                                                   "    as_of: 2019-08-18\ncommitments:\n")
    root = make_git_site(tmp_path / "site", {"2019/2019-09-04-childrens-services.md": two})
    first = git(root, "rev-parse", "HEAD")
    write(root, REPORT, amended("562"))
    second = commit(root, "Take out care leavers", "2019-10-02")
    result = run_check(root, "--strict")
    assert result.stderr == (
        f"{REPORT}:7: metrics: warning: CA702 care-leavers was first published in this report (commit "
        f"{first[:12]}, 2019-09-05) with value 154, as_of 2019-08-18 and is no longer in it (removed in "
        f"commit {second[:12]} on 2019-10-02); add an entry to updates: with kind: correction, dated "
        "2019-09-05 or later, saying what was removed and why\n"
        "0 errors, 1 warning\n")
    write(root, REPORT, amended("562", NOTE.format(day="2019-10-02").replace(
        "Children looked after corrected from 562 to 552", "Care leavers removed")))
    commit(root, "Say why", "2019-10-03")
    assert run_check(root, "--strict").returncode == 0
    removed = build(root).archive.histories[REPORT].removed
    assert [(r.metric, r.value, r.removed_on.isoformat()) for r in removed] == [("care-leavers", 154, "2019-10-02")]
    archive = build(root).archive
    from generator.site.render import render_report_header
    from generator.site.kinds.corrections import corrections
    words = ("Care leavers receiving leaving care services, 154 (as of 18 August 2019), first published "
             "on 5 September 2019; removed on 2 October 2019")
    header = render_report_header(archive.reports[0], archive)
    assert f'<li id="removed-care-leavers-0"><strong>Removed figure:</strong> {words}.</li>' in header
    assert [(c.title, c.what, c.anchor) for c in corrections(archive)] == [  # one entry: the note and its change
        ("Care leavers receiving leaving care services: 154 removed, 2 October 2019",
         f"Care leavers removed (a typing error). {words}.", "removed-care-leavers-0")]
