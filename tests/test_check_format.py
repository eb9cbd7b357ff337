"""`council-archive check --format github`: one annotation per problem, on the
file and line, which GitHub shows on the changed line of a pull request."""
from __future__ import annotations

from generator.cli import github_annotation
from generator.content.problems import Problem, Severity
from tinysite import GOOD_REPORT, make_site, report, run_check

PATH = "content/reports/2019/2019-09-04-childrens-services.md"


def test_errors_and_warnings_as_annotations(tmp_path):
    text = report(member="member: barry-cooper").replace("as_of: 2019-08-18", "as_of: 2019-08-18\n    rate: 136.1")
    result = run_check(make_site(tmp_path, {"2019/2019-09-04-childrens-services.md": text}), "--format", "github")
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        f"::error file={PATH},line=6,title=member::unknown member 'barry-cooper' (did you mean "
        "'barrie-cooper'?); keys are defined in site_config/members.yml",
        f"::warning file={PATH},line=11,title=metrics[0].rate::stated rate 136.1 per 10,000 disagrees with "
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
