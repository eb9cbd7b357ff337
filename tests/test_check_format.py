"""`council-archive check --format github`: one annotation per problem, on the
file and line, which GitHub shows on the changed line of a pull request."""
from __future__ import annotations

from generator.github import github_annotation
from generator.content import catalogue as checks
from generator.content.problems import Problem, Severity
from tinysite import GOOD_REPORT, make_site, report, run_check

PATH = "content/reports/2019/2019-09-04-childrens-services.md"


def test_errors_and_warnings_as_annotations(tmp_path):
    text = report(member="member: barry-cooper").replace("as_of: 2019-08-18", "as_of: 2019-08-18\n    rate: 136.1")
    result = run_check(make_site(tmp_path, {"2019/2019-09-04-childrens-services.md": text}), "--format", "github")
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        f"::error file={PATH},line=6,title=member::CA102 unknown member 'barry-cooper' (did you mean "
        "'barrie-cooper'?); keys are defined in site_config/members.yml",
        f"::warning file={PATH},line=11,title=metrics[0].rate::CA404 stated rate 136.1 per 10,000 disagrees with "
        "552 / 32,180 x 10,000 = 171.54 (population: mid-2016 estimate, 32,180)",
    ]
    assert result.stderr == "1 error, 1 warning\n"


def test_clean_archive_prints_no_annotation(tmp_path):
    result = run_check(make_site(tmp_path, {"2019/2019-09-04-childrens-services.md": GOOD_REPORT}),
                       "--format", "github")
    assert (result.returncode, result.stdout) == (0, "checked 1 report: 0 errors, 0 warnings\n")


def test_annotation_escapes_what_would_end_a_property_or_the_line():
    problem = Problem("content/a,b:c.md", 3, "tags[0]", "100% wrong:\nsee line 2", Severity.ERROR)
    assert github_annotation(problem) == \
        "::error file=content/a%2Cb%3Ac.md,line=3,title=tags[0]::100%25 wrong:%0Asee line 2"


# --- the limit of 10 annotations a level, and the job summary ----------------------

def forty_problems_site(tmp_path):
    """40 reports, each with one unknown member: 40 errors on 40 files."""
    reports = {}
    for i in range(40):
        day = f"2019-{9 + i // 28:02d}-{1 + i % 28:02d}"
        reports[f"2019/{day}-childrens-services.md"] = report(date=f"date: {day}", member=f"member: nobody-{i}")
    return make_site(tmp_path, reports)


def test_forty_problems_all_reach_the_job_summary(tmp_path):
    root = forty_problems_site(tmp_path)
    summary_file = tmp_path / "summary.md"
    result = run_check(root, "--format", "github", env={"GITHUB_STEP_SUMMARY": str(summary_file)})
    assert result.returncode == 1
    text = summary_file.read_text("utf-8")
    rows = [line for line in text.splitlines() if line.startswith("| error |")]
    assert len(rows) == 40
    for i in range(40):
        assert sum(f"unknown member 'nobody-{i}';" in row for row in rows) == 1
    assert text.splitlines()[:5] == ["## council-archive check", "", "**40 errors, 0 warnings (check failed)**",
                                     "", "40 problems in 40 files, most important first."]
    assert rows[0] == ("| error | CA102 unknown-member | content/reports/2019/2019-09-01-childrens-services.md | 6 "
                       "| member | unknown "
                       "member 'nobody-0'; keys are defined in site\\_config/members.yml |")


def test_annotations_stay_within_githubs_ten_a_level_and_say_how_many_more(tmp_path):
    result = run_check(forty_problems_site(tmp_path), "--format", "github")
    lines = result.stdout.splitlines()
    assert len(lines) == 10 and all(line.startswith("::error ") for line in lines)
    assert lines[-1] == ("::error title=council-archive check::31 more errors on 31 more lines are not "
                         "annotated (GitHub shows 10 a level); the job summary lists every problem")


def test_one_annotation_per_file_and_line_errors_first(tmp_path):
    text = report(member="member: barry-cooper", date="date: 4/9/2019")
    text = text.replace("as_of: 2019-08-18", "as_of: 2019-08-18\n    rate: 136.1").replace("value: 552", "value: 1,552")
    root = make_site(tmp_path, {"2019/2019-09-04-childrens-services.md": text})
    result = run_check(root, "--format", "github")
    assert result.stdout.splitlines() == [
        f"::error file={PATH},line=3,title=date::CA304 expected a date written YYYY-MM-DD, got '4/9/2019'; "
        "if it means 4 September 2019, write 2019-09-04",
        # the mistyped date does not hide the member's cross-reference, nor the rate's check
        f"::error file={PATH},line=6,title=member::CA102 unknown member 'barry-cooper' (did you mean "
        "'barrie-cooper'?); keys are defined in site_config/members.yml",
        f"::warning file={PATH},line=11,title=metrics[0].rate::CA404 stated rate 136.1 per 10,000 disagrees with "
        "1,552 / 32,180 x 10,000 = 482.29 (population: mid-2016 estimate, 32,180)",
        f"::notice file={PATH},line=9,title=metrics[0].value::CA308 read '1,552' as the number 1552; figures are "
        "written without thousands separators, so write 1552",
    ]


def test_two_problems_on_one_line_are_one_annotation():
    from generator.content.problems import Problems
    from generator.github import annotations

    problems = Problems()
    problems.report(checks.SAME_DATE, "a.md", 3, "date", "first")
    problems.report(checks.RATE_DISAGREES, "a.md", 3, "title", "second")
    problems.report(checks.THOUSANDS_SEPARATOR, "site_config/members.yml", 2, "x", "third")
    assert annotations(problems) == ["::error file=a.md,line=3,title=date%2C title::CA106 first%0Awarning: CA404 second",
                                     "::notice file=site_config/members.yml,line=2,title=x::CA308 third"]


def test_site_config_problems_come_first_within_a_level():
    from generator.content.problems import Problems
    from generator.github import annotations

    problems = Problems()
    problems.report(checks.UNKNOWN_MEMBER, "content/reports/a.md", 1, "member", "in a report")
    problems.report(checks.DATE_FORMAT, "site_config/members.yml", 9, "x.roles[0].from", "in a definition")
    assert [a.split("::")[1].split(",")[0] for a in annotations(problems)] == [
        "error file=site_config/members.yml", "error file=content/reports/a.md"]


def test_the_summary_shows_officers_text_as_written():
    from generator.content.problems import Problems
    from generator.github import summary

    problems = Problems()
    problems.report(checks.WRONG_TYPE, "a.md", 1, "title", "got '<b>x</b> | *y* `z`'\nand more")
    row = summary(problems, "1 error").splitlines()[-1]
    assert row == ("| error | CA303 wrong-type | a.md | 1 | title | got '&lt;b&gt;x&lt;/b&gt; \\| \\*y\\* "
                   "\\`z\\`' and more |")


def test_a_summary_past_the_limit_is_cut_saying_how_many_are_left_out():
    from generator.content.problems import Problems
    from generator.github import summary

    problems = Problems()
    for i in range(1000):
        problems.report(checks.UNKNOWN_MEMBER, f"content/reports/r{i:04d}.md", 1, "member", "x" * 200)
    text = summary(problems, "1000 errors", limit=20_000)
    shown = text.count("\n| error |")
    assert 0 < shown < 1000 and len(text.encode("utf-8")) <= 20_000
    assert text.endswith(f"\n**{1000 - shown} more problems not shown**: the summary would pass GitHub's 1 MB "
                         "limit. Run `council-archive check` for the complete list.\n")
    full = summary(problems, "1000 errors")
    assert full.count("\n| error |") == 1000 and len(full.encode("utf-8")) < 1024 * 1024
