"""Each fact a council sets lives in one place: the site's name and description in
site_config/site.yml. mkdocs.yml must repeat the name (MkDocs requires site_name), and
`check` reports the two disagreeing, naming both files and lines; the description is
taken from site.yml alone."""
from __future__ import annotations

import re

from generator.pipeline import check_archive
from tinysite import make_site, run_build, run_check


def rename_in_site_yml(root, new_name: str) -> None:
    path = root / "site_config" / "site.yml"
    text = path.read_text("utf-8")
    path.write_text(re.sub(r"^name: .*$", f"name: {new_name}", text, count=1, flags=re.M), "utf-8")


def test_a_name_changed_in_site_yml_only_is_an_error_naming_both_files(tmp_path):
    root = make_site(tmp_path)
    rename_in_site_yml(root, "Redcar and Cleveland Council report archive")
    result = run_check(root)
    assert result.returncode == 1
    assert result.stderr.splitlines()[0] == (
        "mkdocs.yml:1: site_name: 'Middlesbrough Council report archive' differs from name 'Redcar and "
        "Cleveland Council report archive' in site_config/site.yml:1; the header and page titles take "
        "site_name, the feeds and calendar take name: write the same name in both")


def test_the_seed_settings_agree(tmp_path):
    root = make_site(tmp_path)
    assert check_archive(root, root / "content", root / "site_config").problems.sorted() == []


def test_a_site_description_left_in_mkdocs_yml_must_agree(tmp_path):
    root = make_site(tmp_path)
    mkdocs = root / "mkdocs.yml"
    mkdocs.write_text(mkdocs.read_text("utf-8").replace("site_url:", "site_description: An old text\nsite_url:", 1),
                      "utf-8")
    problems = [str(p) for p in check_archive(root, root / "content", root / "site_config").problems.sorted()]
    assert problems == [
        "mkdocs.yml:2: site_description: 'An old text' differs from description 'Executive member reports to "
        "Middlesbrough Council, with their figures and commitments.' in site_config/site.yml:3; the site takes "
        "its description from site.yml: delete site_description from mkdocs.yml"]


def test_the_built_pages_take_the_description_from_site_yml(tmp_path):
    root = make_site(tmp_path)
    path = root / "site_config" / "site.yml"
    path.write_text(re.sub(r"^description: .*$", "description: Reports of a new council.", path.read_text("utf-8"),
                           count=1, flags=re.M), "utf-8")
    result = run_build(root)
    assert result.returncode == 0, result.stderr
    home = (root / "site" / "index.html").read_text("utf-8")
    assert '<meta name="description" content="Reports of a new council.">' in home


def test_the_build_fails_on_a_name_that_disagrees(tmp_path):
    root = make_site(tmp_path)
    rename_in_site_yml(root, "Another archive")
    result = run_build(root)
    assert result.returncode != 0
    assert ("mkdocs.yml:1: site_name: 'Middlesbrough Council report archive' differs from name 'Another "
            "archive' in site_config/site.yml:1") in result.stderr
