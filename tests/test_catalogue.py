"""The catalogue of checks (generator/content/catalogue.py): its entries in the officers'
guide, every code asserted by a test, `council-archive explain`, and site.yml `checks:`."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from generator.content.catalogue import CHECKS, Level, find
from generator.content.explain import BEGIN, END, catalogue_markdown
from generator.pipeline import check_archive
from tinysite import GOOD_REPORT, REPO_ROOT, make_site, report

OFFICERS = REPO_ROOT / "docs" / "officers.md"
PATH = "content/reports/2019/2019-09-04-childrens-services.md"


def problems_of(root: Path) -> list[str]:
    return [str(p) for p in check_archive(root, root / "content", root / "site_config").problems.sorted()]


# --- the catalogue and the officers' guide ---------------------------------------------

def test_the_officers_guide_has_the_catalogue_as_the_catalogue_makes_it():
    page = OFFICERS.read_text("utf-8")
    made = page[page.index(BEGIN):page.index(END) + len(END)]
    assert made == catalogue_markdown(), ("docs/officers.md is out of step with the catalogue: run "
                                          "python -m generator.content.explain docs/officers.md")


def test_every_code_has_one_entry_and_nothing_else_is_there():
    page = OFFICERS.read_text("utf-8")
    entries = re.findall(r"^#### (CA\d{3}) ([a-z0-9-]+)$", page, re.M)
    assert entries == [(c.code, c.name) for c in CHECKS.values()]
    assert re.findall(r"\bCA\d{3}\b", page) and set(re.findall(r"\bCA\d{3}\b", page)) <= set(CHECKS)


def test_codes_and_names_are_unique_and_well_formed():
    assert len({c.name for c in CHECKS.values()}) == len(CHECKS)
    for check in CHECKS.values():
        assert re.fullmatch(r"CA\d{3}", check.code) and re.fullmatch(r"[a-z]+(-[a-z0-9]+)*", check.name)
        assert check.fix and check.message and bool(check.mistake) == bool(check.fixed), check.code


TESTS = Path(__file__).resolve().parent


def asserted_codes() -> set[str]:
    """Codes that some test asserts in a whole message: the code, then its message's words."""
    found = set()
    for path in TESTS.rglob("*.py"):
        found |= set(re.findall(r"\b(CA\d{3}) [A-Za-z'\"<(]", path.read_text("utf-8")))
    return found


def test_every_code_is_raised_by_a_test_that_asserts_its_whole_message():
    missing = sorted(set(CHECKS) - asserted_codes())
    assert missing == [], f"no test asserts a whole message of {missing}"


# --- council-archive explain -------------------------------------------------------------

def explain(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "generator.cli", "explain", *args], capture_output=True,
                          text=True, cwd=REPO_ROOT)


def test_explain_prints_the_entry():
    done = explain("CA104")
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout == """\
CA104 unknown-metric (error; site.yml cannot lower it)

    unknown metric 'x' (did you mean 'y'?)

What to do: Correct the key, or define the metric in site_config/metrics.yml. Where the report's wording \
is one of a metric's aliases, the message says (did you mean 'y'? 'x' is one of its names): write the key.

Mistake:
    metrics:
      - metric: children-looked-afer
Fix:
    metrics:
      - metric: children-looked-after
"""


def test_explain_finds_a_check_by_name_and_lists_them_all():
    assert explain("unmentioned_commitments").stdout.splitlines()[0] == (
        "CA505 unmentioned-commitments (warning; site.yml may set it to error, info or off)")
    listing = explain().stdout.splitlines()
    assert len(listing) == len(CHECKS)
    assert listing[0] == "CA001  not-a-report                 error"


def test_explain_of_an_unknown_code_says_so():
    done = explain("CA5050")
    assert (done.returncode, done.stdout) == (1, "")
    assert done.stderr == ("council-archive explain: unknown check 'CA5050' (did you mean 'CA505 "
                           "unmentioned-commitments'?); `council-archive explain` lists them all\n")


# --- site.yml checks: ----------------------------------------------------------------------

SETTINGS = "name: A site\ncouncil: A council\n"


def site_with(checks: str, reports: dict | None = None) -> dict:
    return {"site.yml": SETTINGS + "checks:\n" + checks}


def test_a_warning_may_be_lowered_by_code_or_name_and_an_error_never(tmp_path):
    rate = GOOD_REPORT.replace("as_of: 2019-08-18", "as_of: 2019-08-18\n    rate: 136.1")
    root = make_site(tmp_path / "a", {"2019/2019-09-04-childrens-services.md": rate},
                     config=site_with("  rate-disagrees: info\n"))
    assert problems_of(root) == [
        f"{PATH}:11: metrics[0].rate: note: CA404 stated rate 136.1 per 10,000 disagrees with 552 / 32,180 x "
        "10,000 = 171.54 (population: mid-2016 estimate, 32,180)"]
    off = make_site(tmp_path / "b", {"2019/2019-09-04-childrens-services.md": rate},
                    config=site_with("  CA404: off\n"))
    assert problems_of(off) == []


def test_a_check_may_be_made_stricter(tmp_path):
    rate = GOOD_REPORT.replace("as_of: 2019-08-18", "as_of: 2019-08-18\n    rate: 136.1")
    root = make_site(tmp_path, {"2019/2019-09-04-childrens-services.md": rate}, config=site_with("  CA404: error\n"))
    build = check_archive(root, root / "content", root / "site_config")
    assert [p.code for p in build.problems.errors] == ["CA404"] and build.archive is None


def test_errors_that_would_publish_wrong_data_cannot_be_lowered(tmp_path):
    root = make_site(tmp_path, config=site_with("  CA104: warning\n  unknown-metrc: off\n  CA601: off\n"
                                                "  CA005: warning\n  CA704: off\n"))
    assert problems_of(root) == [
        "site_config/site.yml:4: checks.CA104: CA806 CA104 unknown-metric cannot be set to 'warning': it would "
        "let a wrong or unreadable report be published (its lowest level is error)",
        "site_config/site.yml:5: checks.unknown-metrc: CA805 unknown check 'unknown-metrc' (did you mean "
        "'CA104 unknown-metric'?); name a check by its code or name, as council-archive explain lists them",
        "site_config/site.yml:6: checks.CA601: CA806 CA601 unconfirmed-value cannot be set to 'off': an "
        "unconfirmed figure would be published without a word; publish_unconfirmed_imports: true publishes "
        "drafts with their notice (its lowest level is warning)",
        "site_config/site.yml:8: checks.CA704: CA806 CA704 shallow-history cannot be set in site.yml: it is "
        "said once for the whole run, not of a file",
    ]


def test_an_error_the_catalogue_allows_may_be_lowered(tmp_path):
    root = make_site(tmp_path, {"2018/2019-09-04-childrens-services.md": GOOD_REPORT},
                     config=site_with("  wrong-year-folder: warning\n"))
    build = check_archive(root, root / "content", root / "site_config")
    assert [str(p) for p in build.problems.sorted()] == [
        "content/reports/2018/2019-09-04-childrens-services.md:1: (file): warning: CA005 the report is in folder "
        "reports/2018/ but its file name says 2019; move it to reports/2019/"]
    assert build.archive is not None


def test_every_level_a_check_allows_is_the_level_its_entry_names():
    assert find("CA104").allows(Level.ERROR) and not find("CA104").allows(Level.WARNING)
    assert find("CA505").allows(Level.OFF) and find("CA505").allows(Level.ERROR)
    assert find("CA601").allows(Level.WARNING) and not find("CA601").allows(Level.INFO)
