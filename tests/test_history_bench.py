"""The history benchmark's repository is what it says: amendments (some merged from a
branch, half with a correction note) and renames, and the one-pass reading finds
every amended figure and warns of exactly those without a note."""
from __future__ import annotations

import importlib.util
import sys

from tinysite import REPO_ROOT

from generator.pipeline import check_archive

_spec = importlib.util.spec_from_file_location("history_bench", REPO_ROOT / "benchmarks" / "history_bench.py")
history_bench = importlib.util.module_from_spec(_spec)
sys.modules["history_bench"] = history_bench
_spec.loader.exec_module(history_bench)


def test_the_benchmark_history_is_read_as_written(tmp_path):
    root = tmp_path / "archive"
    counts = history_bench.make_repository(root, 200)
    assert counts == {"commits": 111, "amended": 8, "noted": 4, "merged": 1, "renamed": 2}
    build = check_archive(root, root / "content", root / "site_config")
    assert build.history_missing is None
    amended = [a for h in build.archive.histories.values() for a in h.amended if a is not None]
    assert len(amended) == counts["amended"]
    merged = [a for a in amended if a.commit and "Merge" in _message(root, a.commit)]
    assert len(merged) == counts["merged"]
    warned = [p for p in build.problems.warnings if "was first published with value" in p.message]
    assert len(warned) == counts["amended"] - counts["noted"]
    logs = {source: _log(root, source) for source in build.archive.histories}
    renamed = {source: log for source, log in logs.items() if "Rename" in _message(root, log[0])}
    assert len(renamed) == counts["renamed"]
    for source, log in renamed.items():  # first published under its draft name, before the rename
        dates = build.archive.histories[source].dates
        assert (dates.first_commit, len(log)) == (log[-1], 2)
        assert dates.last_changed == dates.first_published  # a rename alone changes no content


def _message(root, commit: str) -> str:
    import subprocess
    return subprocess.run(["git", "log", "-1", "--format=%s", commit], cwd=root, capture_output=True,
                          text=True, check=True).stdout


def _log(root, path: str) -> list[str]:
    import subprocess
    return subprocess.run(["git", "log", "--follow", "--format=%H", "--", path], cwd=root, capture_output=True,
                          text=True, check=True).stdout.split()
