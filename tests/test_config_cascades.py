"""One broken definition in site_config/, one error at its own line: the definition
stays known under its key, so no report or other definition that names it fails too,
and the run still exits non-zero."""
from __future__ import annotations

from pathlib import Path

from generator.pipeline import check_archive
from tinysite import REPO_ROOT, make_site, run_check

SEEDS = REPO_ROOT / "content" / "reports"


def seed_reports() -> dict[str, str]:
    return {p.relative_to(SEEDS).as_posix(): p.read_text("utf-8") for p in sorted(SEEDS.rglob("*.md"))}


def problems_of(root: Path) -> list[str]:
    """Errors and warnings (the seeds' four notes on silent commitments are the record)."""
    problems = check_archive(root, root / "content", root / "site_config").problems
    return [str(p) for p in problems.errors + problems.warnings]


def site_with(tmp_path: Path, file: str, old: str, new: str) -> Path:
    root = make_site(tmp_path, seed_reports())
    path = root / "site_config" / file
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), "utf-8")
    return root


def line_of(root: Path, file: str, needle: str) -> int:
    lines = (root / "site_config" / file).read_text("utf-8").splitlines()
    return next(i for i, line in enumerate(lines, 1) if needle in line)


def test_one_bad_member_date_is_one_error_and_fails_the_check(tmp_path):
    root = site_with(tmp_path, "members.yml", "      portfolio: childrens-services\n",
                     "      portfolio: childrens-services\n      from: 2019-13-01\n")
    line = line_of(root, "members.yml", "from: 2019-13-01")
    assert problems_of(root) == [
        f"site_config/members.yml:{line}: barrie-cooper.roles[0].from: CA305 impossible date '2019-13-01' "
        "(month must be in 1..12)"]
    result = run_check(root)
    assert result.returncode == 1
    assert result.stderr.splitlines()[-1] == "1 error, 0 warnings, 4 notes"


def test_one_unreadable_member_date_is_one_error(tmp_path):
    root = site_with(tmp_path, "members.yml", "      portfolio: childrens-services\n",
                     "      portfolio: childrens-services\n      from: 1st May\n")
    line = line_of(root, "members.yml", "from: 1st May")
    assert problems_of(root) == [
        f"site_config/members.yml:{line}: barrie-cooper.roles[0].from: CA304 expected a date written "
        "YYYY-MM-DD, got '1st May'; write the year, month and day as digits, e.g. 2019-09-04"]


def test_one_metric_missing_its_unit_is_one_error(tmp_path):
    root = site_with(tmp_path, "metrics.yml", "  unit: children\n", "")
    assert problems_of(root) == ["site_config/metrics.yml:1: children-in-need.unit: CA301 required field is missing"]


def test_one_portfolio_missing_its_name_is_one_error(tmp_path):
    root = site_with(tmp_path, "portfolios.yml", "  name: Children's Services\n", "")
    assert problems_of(root) == [
        "site_config/portfolios.yml:1: childrens-services.name: CA301 required field is missing"]


def test_one_population_with_a_bad_estimate_is_one_error(tmp_path):
    root = site_with(tmp_path, "populations.yml", "value: 32180", "value: lots")
    line = line_of(root, "populations.yml", "value: lots")
    assert problems_of(root) == [
        f"site_config/populations.yml:{line}: children.estimates[0].value: CA303 expected a whole number, "
        "got 'lots'"]


def test_a_key_that_is_truly_undefined_is_still_unknown_everywhere(tmp_path):
    root = site_with(tmp_path, "members.yml", "barrie-cooper:", "barrie-coper:")
    problems = problems_of(root)
    assert not any(p.startswith("site_config/") for p in problems)
    assert all("unknown member 'barrie-cooper' (did you mean 'barrie-coper'?)" in p for p in problems)
    assert len(problems) == 1  # the one report of barrie-cooper among the seeds


def test_malformed_yaml_in_members_yml_is_one_error(tmp_path):
    root = site_with(tmp_path, "members.yml", "  name: Councillor Barrie Cooper\n", "  name: [Councillor Barrie Cooper\n")
    problems = problems_of(root)
    assert len(problems) == 1 and problems[0].startswith("site_config/members.yml:")
    assert "malformed YAML" in problems[0]


def test_a_missing_metrics_yml_is_one_error(tmp_path):
    root = make_site(tmp_path, seed_reports())
    (root / "site_config" / "metrics.yml").unlink()
    assert problems_of(root) == ["site_config/metrics.yml:1: (file): CA801 missing: site_config/ must have this file"]
