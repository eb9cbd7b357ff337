"""A person stays in the loop: an imported draft is a warning per suggested value
(file, line, the words it was read from) until the officer deletes the line
`review: unconfirmed`; `mkdocs build --strict` fails on it, `--no-strict` builds it
with a notice; site.yml can publish unconfirmed imports instead."""
from __future__ import annotations

from pathlib import Path

from importdocs import SEED_2017
from importing import import_into
from tinysite import make_site, run_build, run_check

DRAFT = "content/reports/2017/2017-12-21-childrens-services.md"


def imported_site(tmp_path: Path, config: dict | None = None) -> Path:
    site = make_site(tmp_path / "site", reports={}, config=config)
    source = tmp_path / "in" / "report-2017.txt"
    source.parent.mkdir()
    source.write_bytes(SEED_2017.read_bytes())
    import_into(site, [source])
    return site


def confirm(site: Path) -> None:
    path = site / DRAFT
    lines = path.read_text("utf-8").split("\n")
    path.write_text("\n".join(l for l in lines if not l.strip().startswith("review: unconfirmed")), "utf-8")


def test_each_unconfirmed_value_is_a_warning_naming_file_line_and_words(tmp_path):
    site = imported_site(tmp_path)
    result = run_check(site)
    lines = result.stderr.splitlines()
    source = "report-2017.txt"  # the name of the document, never where it lay on a machine
    assert lines[1] == (
        f"{DRAFT}:3: date: warning: CA601 suggested by the import and not yet confirmed (read from line 5: "
        f"\"As of 21 December 2017:-\"); check it against {source}, then delete the line "
        "'review: unconfirmed' (line 56)")
    assert lines[4] == (
        f"{DRAFT}:7: metrics[0]: warning: CA601 suggested by the import and not yet confirmed (read from line 7: "
        "\"Current Children Looked After (LAC) figures are: 438 (136.1 per 10,000)\"); check it against "
        f"{source}, then delete the line 'review: unconfirmed' (line 56)")
    assert result.stdout == "checked 1 report: 0 errors, 14 warnings\n"
    assert (site / DRAFT).read_text("utf-8").split("\n")[55] == (
        "  review: unconfirmed  # delete this line once you have checked every value below")


def test_strict_check_and_build_fail_until_the_marker_line_is_deleted(tmp_path):
    site = imported_site(tmp_path)
    assert run_check(site, "--strict").returncode == 1
    build = run_build(site)
    assert build.returncode == 1
    assert f"{DRAFT}:7: metrics[0]: warning: CA601 suggested by the import and not yet confirmed" in build.stderr
    confirm(site)
    checked = run_check(site, "--strict")
    assert (checked.returncode, checked.stdout) == (0, "checked 1 report: 0 errors, 0 warnings\n")
    assert run_build(site).returncode == 0
    page = (site / "site" / "reports/2017/2017-12-21-childrens-services/index.html").read_text("utf-8")
    assert "ca-import-notice" not in page


def test_a_preview_build_shows_the_notice(tmp_path):
    site = imported_site(tmp_path)
    build = run_build(site, "--no-strict")
    assert build.returncode == 0, build.stderr
    page = (site / "site" / "reports/2017/2017-12-21-childrens-services/index.html").read_text("utf-8")
    assert ('<div class="ca-import-notice" role="note" aria-label="Not yet confirmed">\n<p><strong>Not yet '
            "confirmed.</strong> This report was imported from the council's document") in page


def test_a_site_may_publish_unconfirmed_imports_as_notes(tmp_path):
    site = imported_site(tmp_path, config={"site.yml": (
        "name: Archive\ncouncil: Middlesbrough Council\npublish_unconfirmed_imports: true\n")})
    result = run_check(site, "--strict")
    assert result.returncode == 0
    assert result.stdout == "checked 1 report: 0 errors, 0 warnings, 14 notes\n"
    assert f"{DRAFT}:3: date: note: CA601 suggested by the import" in result.stderr
    assert run_build(site).returncode == 0
    page = (site / "site" / "reports/2017/2017-12-21-childrens-services/index.html").read_text("utf-8")
    assert "ca-import-notice" in page
