"""The synthetic archive the benchmarks (and search tests) build must be a valid,
realistic project, the same bytes for the same seed."""
from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

from tinysite import REPO_ROOT, run_check

_spec = importlib.util.spec_from_file_location("synth", REPO_ROOT / "benchmarks" / "synth.py")
synth = importlib.util.module_from_spec(_spec)
sys.modules["synth"] = synth
_spec.loader.exec_module(synth)
wording = sys.modules["wording"]  # imported by synth from benchmarks/


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_thirty_reports_pass_strict_check_with_no_problems(tmp_path):
    synth.synthesize(tmp_path / "site", 30)
    result = run_check(tmp_path / "site", "--strict")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout == "checked 30 reports: 0 errors, 0 warnings\n"


def test_same_seed_same_bytes_other_seed_other_reports(tmp_path):
    a = _tree(synth.synthesize(tmp_path / "a", 20, seed=3))
    b = _tree(synth.synthesize(tmp_path / "b", 20, seed=3))
    c = _tree(synth.synthesize(tmp_path / "c", 20, seed=4))
    assert a == b
    assert sum(1 for k in a if k.startswith("content/reports/")) == 20
    assert {k: v for k, v in a.items() if k.startswith("content/reports/")} != \
           {k: v for k, v in c.items() if k.startswith("content/reports/")}


def test_reports_are_realistic_prose_with_recurring_commitments(tmp_path):
    root = synth.synthesize(tmp_path / "site", 120)
    reports = sorted((root / "content" / "reports").rglob("*.md"))
    assert len(reports) == 120
    ids: dict[str, int] = {}
    for path in reports:
        front, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
        assert 600 <= len(body.split()) <= 1900, path
        metrics = front.count("  - metric: ")
        assert 3 <= metrics <= 8, path
        for line in front.splitlines():
            if line.startswith("  - id: "):
                ids[line[8:]] = ids.get(line[8:], 0) + 1
    assert sum(1 for n in ids.values() if n > 1) > len(ids) // 4  # many commitments are updated later
    assert (root / "content" / "reports" / "1990").is_dir() or (root / "content" / "reports" / "1991").is_dir()
    assert any(p.parent.name >= "2025" for p in reports)


def test_cli_writes_the_project(tmp_path):
    assert synth.main([str(tmp_path / "out"), "--reports", "5", "--seed", "1"]) == 0
    assert len(list((tmp_path / "out" / "content" / "reports").rglob("*.md"))) == 5
    assert (tmp_path / "out" / "mkdocs.yml").is_file()


def _portfolios_mentioning(root: Path, phrase: str) -> dict[str, int]:
    """portfolio -> how many of its reports' prose contain phrase (a whole word or words)."""
    pattern = re.compile(rf"\b{re.escape(phrase)}\b", re.IGNORECASE)
    counts: dict[str, int] = {}
    for path in sorted((root / "content" / "reports").rglob("*.md")):
        if pattern.search(path.read_text(encoding="utf-8").split("\n---\n", 1)[1]):
            portfolio = path.stem[len("2000-01-01-"):]
            counts[portfolio] = counts.get(portfolio, 0) + 1
    return counts


def test_each_portfolio_writes_in_its_own_vocabulary(tmp_path):
    root = synth.synthesize(tmp_path / "site", 240)  # 20 reports a portfolio
    assert set(_portfolios_mentioning(root, "fostering")) == {"childrens-services"}
    assert set(_portfolios_mentioning(root, "gritting")) == {"transport"}
    assert set(_portfolios_mentioning(root, "smoking")) == {"public-health"}
    assert set(_portfolios_mentioning(root, "allotment")) <= {"environment"}
    # The seed's phrase: in Children's Services reports only, and not in all of them.
    youth_parliament = _portfolios_mentioning(root, "Youth Parliament")
    assert set(youth_parliament) == {"childrens-services"}
    assert 2 <= youth_parliament["childrens-services"] <= 15, youth_parliament
    # Shared council prose is in every portfolio's reports.
    assert len(_portfolios_mentioning(root, "Overview and Scrutiny Board")) == 12


def test_word_frequencies_have_a_long_tail_of_names(tmp_path):
    root = synth.synthesize(tmp_path / "site", 240)
    stats = wording.vocabulary_stats(root)
    assert stats.reports == 240
    assert stats.share["the"] == 1.0 and stats.share["executive"] == 1.0  # "Executive Member for"
    assert stats.distinct > 3000  # the seed-sentence prose had ~840 words at any size
    assert stats.in_one_report > stats.distinct // 4  # places, streets and people named once
    rare = sorted(w for w, share in stats.share.items() if share < 0.05)
    common = sorted(w for w, share in stats.share.items() if share >= 0.5)
    assert len(rare) > 5 * len(common)


def test_vocabulary_statistics_count_the_prose_below_the_front_matter(tmp_path):
    reports = tmp_path / "content" / "reports" / "2020"
    reports.mkdir(parents=True)
    (reports / "2020-01-01-finance.md").write_text(
        "---\ntitle: Hidden words\n---\nThe budget, the BUDGET and rates.\n", encoding="utf-8")
    (reports / "2020-02-01-finance.md").write_text(
        "---\ntitle: Hidden words\n---\nThe rates rose.\n", encoding="utf-8")
    stats = wording.vocabulary_stats(tmp_path)
    assert (stats.reports, stats.words, stats.distinct, stats.in_one_report) == (2, 9, 5, 3)
    assert stats.share == {"the": 1.0, "budget": 0.5, "and": 0.5, "rates": 1.0, "rose": 0.5}
    assert stats.summary(("rates", "absent")) == (
        "vocabulary: 5 distinct words in 9 words of prose (2 reports); 3 words are in one report only\n"
        "share of reports containing: rates 100.0%, the 100.0%, and 50.0%, budget 50.0%, rose 50.0%, "
        "rates 100.0%, absent 0.0%")


def test_cli_prints_the_vocabulary_statistics(tmp_path, capsys):
    assert synth.main([str(tmp_path / "out"), "--reports", "24"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"wrote 24 reports to {tmp_path / 'out'}"
    assert out[1].startswith("vocabulary: ") and out[1].endswith(" words are in one report only")
    assert out[2].startswith("share of reports containing: ")
