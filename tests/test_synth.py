"""The synthetic archive the benchmarks (and search tests) build must be a valid,
realistic project, the same bytes for the same seed."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from tinysite import REPO_ROOT, run_check

_spec = importlib.util.spec_from_file_location("synth", REPO_ROOT / "benchmarks" / "synth.py")
synth = importlib.util.module_from_spec(_spec)
sys.modules["synth"] = synth
_spec.loader.exec_module(synth)


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
