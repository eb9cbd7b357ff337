"""Stage timings: every registered kind and step is timed under its own name,
and the plugin writes them as JSON only when asked."""
from __future__ import annotations

import json
import time
import os
import subprocess
import sys
from pathlib import Path

import pytest

from generator.content import timing
from generator.site.pages import KINDS, GeneratedFile, GeneratedPage, Kind
from generator.site.generate import generate_files, generate_pages, ordered
from generator.pipeline import check_archive
from tinysite import make_site


@pytest.fixture
def archive(tmp_path):
    root = make_site(tmp_path / "site")
    return check_archive(root, root / "content", root / "site_config").archive


@pytest.fixture
def registered(monkeypatch):
    """A page kind and a file kind, removed again after the test."""
    monkeypatch.setitem(KINDS, "page:test-pages", Kind("page:test-pages", lambda a: [
        GeneratedPage("t/a.md", "A", "<p>a</p>"), GeneratedPage("t/b.md", "B", "<p>b</p>")]))
    monkeypatch.setitem(KINDS, "file:test-files", Kind("file:test-files", lambda a: [GeneratedFile("t/a.csv", "a\n")]))
    timing.reset()
    yield
    timing.reset()


def test_timed_adds_up_repeated_stages():
    timing.reset()
    for _ in range(2):
        with timing.timed("stage-x"):
            sum(range(300_000))  # CPU work, counted in both measures
    timing.count("stage-x", 3)
    snap = timing.snapshot()
    assert list(snap["seconds"]) == ["stage-x"] and snap["seconds"]["stage-x"] > 0
    assert list(snap["cpu_seconds"]) == ["stage-x"] and snap["cpu_seconds"]["stage-x"] > 0
    assert snap["outputs"] == {"stage-x": 3}
    timing.reset()
    assert timing.snapshot() == {"seconds": {}, "cpu_seconds": {}, "outputs": {}}


def test_cpu_time_leaves_out_waiting():
    timing.reset()
    with timing.timed("waits"):
        time.sleep(0.2)
    snap = timing.snapshot()
    assert snap["seconds"]["waits"] >= 0.2 and snap["cpu_seconds"]["waits"] < 0.1
    timing.reset()


def test_each_kind_is_timed_by_its_registered_name(archive, registered, tmp_path):
    pages = generate_pages(archive)
    files = generate_files(archive)
    assert [p.src_uri for p in pages if p.src_uri.startswith("t/")] == ["t/a.md", "t/b.md"]
    assert [f.src_uri for f in files if f.src_uri.startswith("t/")] == ["t/a.csv"]
    snap = timing.snapshot()
    assert {"page:test-pages", "file:test-files", "head-start:metric-charts"} <= set(snap["seconds"])
    assert snap["outputs"]["page:test-pages"] == 2
    assert snap["outputs"]["file:test-files"] == 1


def test_check_times_load_validate_and_model(tmp_path):
    timing.reset()
    root = make_site(tmp_path / "site")
    check_archive(root, root / "content", root / "site_config")
    assert {"load", "validate", "model"} <= set(timing.snapshot()["seconds"])


def test_no_file_is_written_unless_asked(tmp_path, monkeypatch):
    monkeypatch.delenv(timing.TIMINGS_ENV, raising=False)
    assert timing.write_if_requested() is None


def test_build_writes_the_timings_where_the_variable_says(tmp_path):
    root = make_site(tmp_path / "site")
    target = tmp_path / "timings.json"
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", COUNCIL_ARCHIVE_TIMINGS=str(target))
    build = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(root / "mkdocs.yml")],
                           capture_output=True, text=True, cwd=root, env=env)
    assert build.returncode == 0, build.stderr
    stages = json.loads(target.read_text())["seconds"]
    assert {"load", "validate", "model", "report-headers", "blocks"} <= set(stages)
    assert not any(Path(root / "site").rglob("timings.json"))


def test_kinds_run_in_the_order_their_declarations_give():
    """A kind that reads work done meanwhile (the charts' drawings) runs after the others,
    and a kind made in a forked copy is taken last; the order of imports plays no part."""
    stages = [kind.stage for kind in ordered(list(KINDS.values()))]
    assert stages[-1] == "page:metric" and KINDS["page:metric"].reads == ("chart-drawings",)
    with_copy = [kind.stage for kind in ordered(list(KINDS.values()), elsewhere=True)]
    assert with_copy[-1] == "page:commitments" and with_copy[-2] == "page:metric"
    shuffled = [kind.stage for kind in ordered(list(reversed(KINDS.values())))]
    assert shuffled[-1] == "page:metric"
