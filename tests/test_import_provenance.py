"""Where a document came from is kept without anything private: a draft, the summary and
the built site name a document by its path inside the folder imported, never by where it
lay on the officer's machine. `--keep-originals` keeps the council's document itself in
imports/originals/, and the report's page links to it."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from importdocs import SEED_2017
from tinysite import REPO_ROOT, make_site, run_build, run_check

DRAFT = "content/reports/2017/2017-12-21-childrens-services.md"
PRIVATE = "Officer Private Folder"  # a folder name that may only be on one laptop


def run_import(site: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "generator.cli", "import", "--root", str(site), *args],
                          capture_output=True, text=True, cwd=REPO_ROOT)


def private_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "home" / PRIVATE / "2017"
    folder.mkdir(parents=True)
    (folder / "2017-12-21 Childrens Services.txt").write_bytes(SEED_2017.read_bytes())
    return folder.parent


def publish_unconfirmed(site: Path) -> None:
    settings = site / "site_config" / "site.yml"
    settings.write_text(settings.read_text("utf-8") + "publish_unconfirmed_imports: true\n", "utf-8")


def every_file(root: Path):
    for path in root.rglob("*"):
        if path.is_file() and ".git" not in path.parts:
            yield path


def test_no_absolute_path_reaches_a_draft_the_summary_or_the_built_site(tmp_path):
    site = make_site(tmp_path / "site", reports={})
    folder = private_folder(tmp_path)
    result = run_import(site, str(folder), "--keep-originals")
    assert result.returncode == 0, result.stdout + result.stderr
    publish_unconfirmed(site)
    built = run_build(site)
    assert built.returncode == 0, built.stderr
    leaked = [p.relative_to(site).as_posix() for p in every_file(site)
              if PRIVATE.encode() in p.read_bytes() or str(tmp_path).encode() in p.read_bytes()]
    assert leaked == []
    assert PRIVATE not in result.stdout
    draft = (site / DRAFT).read_text("utf-8")
    assert "  source: 2017/2017-12-21 Childrens Services.txt\n" in draft
    summary = json.loads((site / "imports" / "summary.json").read_text("utf-8"))
    assert [s["source"] for s in summary] == ["2017/2017-12-21 Childrens Services.txt"]


def test_the_original_is_kept_and_the_report_page_links_to_it(tmp_path):
    site = make_site(tmp_path / "site", reports={})
    folder = private_folder(tmp_path)
    run_import(site, str(folder), "--keep-originals")
    kept = site / "imports" / "originals" / "2017" / "2017-12-21 Childrens Services.txt"
    assert kept.read_bytes() == SEED_2017.read_bytes()
    draft = (site / DRAFT).read_text("utf-8")
    size = len(SEED_2017.read_bytes())
    assert (f"  original:\n    path: imports/originals/2017/2017-12-21 Childrens Services.txt\n"
            f"    bytes: {size}\n") in draft
    publish_unconfirmed(site)
    assert run_build(site).returncode == 0
    page = (site / "site" / "reports" / "2017" / "2017-12-21-childrens-services" / "index.html").read_text("utf-8")
    assert ('<dt>Original</dt> <dd><a href="../../../originals/2017/2017-12-21%20Childrens%20Services.txt">'
            f"The council's original document (text, {size / 1024:,.0f} KB)</a></dd>") in page
    assert (site / "site" / "originals" / "2017" / "2017-12-21 Childrens Services.txt").read_bytes() \
        == SEED_2017.read_bytes()


def test_a_missing_original_is_an_error_naming_the_file_and_the_fix(tmp_path):
    site = make_site(tmp_path / "site", reports={})
    run_import(site, str(private_folder(tmp_path)), "--keep-originals")
    (site / "imports" / "originals" / "2017" / "2017-12-21 Childrens Services.txt").unlink()
    result = run_check(site)
    line = next(i for i, l in enumerate((site / DRAFT).read_text("utf-8").split("\n"), 1)
                if l.startswith("    path: imports/originals/"))
    assert (f"{DRAFT}:{line}: imported.original.path: CA603 imports/originals/2017/2017-12-21 Childrens "
            "Services.txt does not exist; put the council's original document there (import it again with "
            "--keep-originals), or delete original: and the two lines under it") in result.stderr
    assert result.returncode == 1


def test_an_original_of_another_size_is_an_error(tmp_path):
    site = make_site(tmp_path / "site", reports={})
    run_import(site, str(private_folder(tmp_path)), "--keep-originals")
    kept = site / "imports" / "originals" / "2017" / "2017-12-21 Childrens Services.txt"
    kept.write_bytes(kept.read_bytes() + b"a later draft\n")
    result = run_check(site)
    line = next(i for i, l in enumerate((site / DRAFT).read_text("utf-8").split("\n"), 1)
                if l.startswith("    path: imports/originals/"))
    size = len(SEED_2017.read_bytes())
    assert (f"{DRAFT}:{line}: imported.original.path: CA604 imports/originals/2017/2017-12-21 Childrens "
            f"Services.txt is {size + 14:,} bytes, not the {size:,} the report says: it is another file; put back "
            "the document the report was imported from") in result.stderr


def test_without_keep_originals_nothing_is_copied(tmp_path):
    site = make_site(tmp_path / "site", reports={})
    run_import(site, str(private_folder(tmp_path)))
    assert not (site / "imports" / "originals").exists()
    assert "original:" not in (site / DRAFT).read_text("utf-8")


def test_imports_summaries_are_not_committed():
    ignored = subprocess.run(["git", "check-ignore", "imports/summary.json", "imports/summary.csv"],
                             capture_output=True, text=True, cwd=REPO_ROOT)
    assert ignored.stdout.split() == ["imports/summary.json", "imports/summary.csv"]
