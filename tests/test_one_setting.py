"""Each fact a council sets lives in one place: the site's name and description in
site_config/site.yml. MkDocs requires a site_name line in mkdocs.yml, which says where
the name comes from; the plugin sets MkDocs' site_name and site_description from
site.yml, and `check` reports any other value mkdocs.yml gives, naming both files and
lines."""
from __future__ import annotations

import re

from generator.pipeline import check_archive
from tinysite import make_site, run_build, run_check


def set_in_site_yml(root, field: str, value: str) -> None:
    path = root / "site_config" / "site.yml"
    text = path.read_text("utf-8")
    path.write_text(re.sub(rf"^{field}: .*$", f"{field}: {value}", text, count=1, flags=re.M), "utf-8")


def set_in_mkdocs_yml(root, line: str) -> None:
    path = root / "mkdocs.yml"
    text = path.read_text("utf-8")
    assert "\nsite_name: (from site_config/site.yml)\n" in text
    path.write_text(text.replace("\nsite_name: (from site_config/site.yml)\n", f"\n{line}\n", 1), "utf-8")


def test_a_new_name_in_site_yml_reaches_the_header_titles_and_feeds(tmp_path):
    root = make_site(tmp_path)
    set_in_site_yml(root, "name", "Redcar and Cleveland Council report archive")
    set_in_site_yml(root, "description", "Reports of a new council.")
    result = run_build(root)
    assert result.returncode == 0, result.stderr
    home = (root / "site" / "index.html").read_text("utf-8")
    header = re.search(r'<span class="md-ellipsis">\s*([^<]+?)\s*</span>', home).group(1)
    assert header == "Redcar and Cleveland Council report archive"
    assert re.search(r"<title>[^<]*Redcar and Cleveland Council report archive</title>", home)
    assert '<meta name="description" content="Reports of a new council.">' in home
    assert "Middlesbrough Council report archive" not in home
    feed = (root / "site" / "feeds" / "reports.xml").read_text("utf-8")
    assert "Redcar and Cleveland Council report archive: new reports" in feed


def test_the_seed_settings_agree(tmp_path):
    root = make_site(tmp_path)
    assert check_archive(root, root / "content", root / "site_config").problems.sorted() == []


def test_another_name_written_in_mkdocs_yml_is_an_error_naming_both_files(tmp_path):
    root = make_site(tmp_path)
    set_in_mkdocs_yml(root, "site_name: Old Council report archive")
    result = run_check(root)
    assert result.returncode == 1
    assert result.stderr.splitlines()[0] == (
        "mkdocs.yml:3: site_name: CA804 'Old Council report archive' differs from name 'Middlesbrough Council report "
        "archive' in site_config/site.yml:1; the site takes its name from site.yml: write site_name: "
        "(from site_config/site.yml)")


def test_the_same_name_written_in_mkdocs_yml_is_accepted(tmp_path):
    root = make_site(tmp_path)
    set_in_mkdocs_yml(root, "site_name: Middlesbrough Council report archive")
    assert check_archive(root, root / "content", root / "site_config").problems.sorted() == []


def test_a_site_description_left_in_mkdocs_yml_must_agree(tmp_path):
    root = make_site(tmp_path)
    set_in_mkdocs_yml(root, "site_name: (from site_config/site.yml)\nsite_description: An old text")
    problems = [str(p) for p in check_archive(root, root / "content", root / "site_config").problems.sorted()]
    assert problems == [
        "mkdocs.yml:4: site_description: CA804 'An old text' differs from description 'Executive member reports to "
        "Middlesbrough Council, with their figures and commitments.' in site_config/site.yml:3; the site takes "
        "its description from site.yml: delete site_description from mkdocs.yml"]


def test_the_build_fails_on_a_name_that_disagrees(tmp_path):
    root = make_site(tmp_path)
    set_in_mkdocs_yml(root, "site_name: Another archive")
    result = run_build(root)
    assert result.returncode != 0
    assert ("mkdocs.yml:3: site_name: CA804 'Another archive' differs from name 'Middlesbrough Council report "
            "archive' in site_config/site.yml:1") in result.stderr
