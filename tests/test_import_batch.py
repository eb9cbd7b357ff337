"""Batches through the real command: drafts where they belong, a holding folder for
drafts missing a field, never an overwrite, re-runs skipped by content hash, and a
summary table plus a JSON or CSV summary."""
from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

from importdocs import SEED_2017, SEED_2019
from tinysite import REPO_ROOT, make_site

DRAFT_2017 = "content/reports/2017/2017-12-21-childrens-services.md"
DRAFT_2019 = "content/reports/2019/2019-09-04-childrens-services.md"


def run_import(site: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "generator.cli", "import", "--root", str(site), *args],
                          capture_output=True, text=True, cwd=REPO_ROOT)


def seeds_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "in" / "nested"
    folder.mkdir(parents=True)
    (folder / "a-2019.txt").write_bytes(SEED_2019.read_bytes())
    (folder.parent / "b-2017.txt").write_bytes(SEED_2017.read_bytes())
    return folder.parent


def test_a_folder_is_imported_recursively_and_summed_up(tmp_path):
    site = make_site(tmp_path / "site", reports={})
    folder = seeds_folder(tmp_path)
    result = run_import(site, str(folder))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == ("2 documents: 2 imported, 0 needs review, 0 skipped, 0 failed; "
                                              "0 unmatched figures; summary in imports/summary.json")
    assert (site / DRAFT_2017).is_file() and (site / DRAFT_2019).is_file()
    summary = json.loads((site / "imports" / "summary.json").read_text("utf-8"))
    assert [(s["source"], s["status"], s["draft"], s["suggestions"]) for s in summary] == [
        ("b-2017.txt", "imported", DRAFT_2017, 14),
        ("nested/a-2019.txt", "imported", DRAFT_2019, 18)]


def test_a_second_run_skips_what_it_imported_and_says_so(tmp_path):
    site = make_site(tmp_path / "site", reports={})
    folder = seeds_folder(tmp_path)
    run_import(site, str(folder))
    again = run_import(site, str(folder), "--summary", "imports/again.csv")
    assert again.returncode == 0
    rows = list(csv.DictReader((site / "imports" / "again.csv").open(encoding="utf-8")))
    assert [(r["status"], r["reason"]) for r in rows] == [
        ("skipped", f"already imported as {DRAFT_2017} (same content)"),
        ("skipped", f"already imported as {DRAFT_2019} (same content)")]
    assert again.stdout.splitlines()[-1].startswith("2 documents: 0 imported, 0 needs review, 2 skipped")


def test_an_existing_report_is_never_overwritten(tmp_path):
    site = make_site(tmp_path / "site")  # tinysite's own 2019-09-04 report
    before = (site / DRAFT_2019).read_bytes()
    source = tmp_path / "2019.txt"
    source.write_bytes(SEED_2019.read_bytes())
    result = run_import(site, str(source))
    assert result.returncode == 1
    assert (site / DRAFT_2019).read_bytes() == before
    rows = json.loads((site / "imports" / "summary.json").read_text("utf-8"))
    assert [(r["status"], r["reason"]) for r in rows] == [
        ("failed", f"not written: {DRAFT_2019} is already in the archive, the report of portfolio "
                   f"'childrens-services' on 2019-09-04, so {source.name} is that report again; nothing to "
                   "do. If it is another report, the date or portfolio read from it is wrong: write its report by "
                   "hand (docs/officers.md, Adding a report)")]
    assert "rename" not in rows[0]["reason"].lower()


def test_a_draft_missing_its_member_waits_in_the_holding_folder(tmp_path):
    site = make_site(tmp_path / "site", reports={})
    source = tmp_path / "Report 2017.txt"
    source.write_text(SEED_2017.read_text("utf-8").replace("Michael Carr", "Jane Doe"), "utf-8")
    result = run_import(site, str(source))
    assert result.returncode == 0
    held = site / "imports" / "needs-review" / "report-2017-txt.md"
    assert held.read_text("utf-8").split("\n")[1] == (
        "# MISSING member: 'Councillor Jane Doe' is not in site_config/members.yml; add member: <key> "
        "(and the member to members.yml if new)")
    assert not (site / "content" / "reports" / "2017").exists()
    assert "needs review  imports/needs-review/report-2017-txt.md" in result.stdout
    assert result.stdout.splitlines()[-1].startswith("1 documents: 0 imported, 1 needs review")


def test_unmatched_figures_are_listed_in_the_draft_and_the_summary(tmp_path):
    site = make_site(tmp_path / "site", reports={})
    source = tmp_path / "2017.txt"
    source.write_text(SEED_2017.read_text("utf-8").replace(
        "Current Child Protection (CP) figures are:", "Current Adoptions figures are:"), "utf-8")
    result = run_import(site, str(source))
    draft = (site / DRAFT_2017).read_text("utf-8")
    assert ("  unmatched:\n  - at: line 7\n    words: \"Current Adoptions figures are:\\t252\\t(78.3 per 10,000)\"\n"
            in draft)
    summary = json.loads((site / "imports" / "summary.json").read_text("utf-8"))
    assert summary[0]["unmatched"] == 1
    assert "; 1 unmatched figures;" in result.stdout
    checked = subprocess.run([sys.executable, "-m", "generator.cli", "check", "--root", str(site)],
                             capture_output=True, text=True, cwd=REPO_ROOT)
    assert (f"{DRAFT_2017}:52: imported.unmatched: warning: CA602 a figure the import could not match to a metric "
            "(line 7: \"Current Adoptions figures are: 252 (78.3 per 10,000)\"); add it to metrics: with the "
            "right metric, or add the wording to the metric's aliases in site_config/metrics.yml and import "
            "again") in checked.stderr.splitlines()


def test_a_missing_file_is_named_and_the_rest_go_on(tmp_path):
    site = make_site(tmp_path / "site", reports={})
    good = tmp_path / "2017.txt"
    good.write_bytes(SEED_2017.read_bytes())
    result = run_import(site, str(tmp_path / "nowhere.docx"), str(good), "--summary", "imports/s.csv")
    assert result.returncode == 1
    rows = list(csv.DictReader((site / "imports" / "s.csv").open(encoding="utf-8")))
    assert [(r["status"], r["reason"]) for r in rows] == [
        ("failed", "no such file; check the path and import again"), ("imported", "")]


def test_the_progress_bar_counts_documents_on_a_terminal(monkeypatch):
    import io

    from generator.importers.batch import progress_bar

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    progress_bar(1, 4)
    progress_bar(1, 4, "scan.pdf: text recognition, page 3 of 12")
    progress_bar(4, 4)
    clear = "\r\033[K"  # the line cleared first: a shorter line leaves nothing of a longer one
    assert terminal.getvalue() == (f"{clear}importing [#######.......................] 1/4"
                                   f"{clear}importing [#######.......................] 1/4  "
                                   "scan.pdf: text recognition, page 3 of 12"
                                   f"{clear}importing [##############################] 4/4\n")


def test_a_bug_in_writing_one_draft_fails_that_document_alone(tmp_path, monkeypatch):
    from generator.content.config import load_config
    from generator.content.problems import Problems
    from generator.importers import batch

    site = make_site(tmp_path / "site", reports={})
    project = batch.Project(site, site / "content", load_config(site / "site_config", site, Problems()))
    real = batch.render_draft

    def failing_for_2017(front, *args):
        if str(front["date"]).startswith("2017"):
            raise KeyError("date")
        return real(front, *args)

    monkeypatch.setattr(batch, "render_draft", failing_for_2017)
    outcomes = batch.import_paths([seeds_folder(tmp_path)], project)
    assert [(o.status, o.reason) for o in outcomes] == [
        ("failed", "the importer itself failed on this document (KeyError); please report it with the document"),
        ("imported", "")]
    assert (site / DRAFT_2019).is_file() and not (site / DRAFT_2017).exists()
