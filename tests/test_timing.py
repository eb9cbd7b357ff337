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
from generator.site.pages import GeneratedFile, GeneratedPage, PAGE_KINDS, FILE_KINDS
from generator.site.generate import generate_files, generate_pages
from generator.pipeline import check_archive
from generator.mkdocs_plugin.postbuild import POST_BUILD_STEPS, run_post_build
from tinysite import make_site


@pytest.fixture
def archive(tmp_path):
    root = make_site(tmp_path / "site")
    return check_archive(root, root / "content", root / "site_config").archive


@pytest.fixture
def registered(monkeypatch):
    """A page kind, a file kind and a post-build step, removed again after the test."""
    monkeypatch.setitem(PAGE_KINDS, "test-pages", lambda a: [GeneratedPage("t/a.md", "A", "<p>a</p>"),
                                                             GeneratedPage("t/b.md", "B", "<p>b</p>")])
    monkeypatch.setitem(FILE_KINDS, "test-files", lambda a: [GeneratedFile("t/a.csv", "a\n")])
    written = []
    monkeypatch.setitem(POST_BUILD_STEPS, "test-step", lambda a, site: written.append(site))
    timing.reset()
    yield written
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


def test_each_kind_and_step_is_timed_by_its_registered_name(archive, registered, tmp_path):
    pages = generate_pages(archive)
    files = generate_files(archive)
    site_dir = tmp_path / "empty-site"  # nothing to index: the search step skips, still timed
    site_dir.mkdir()
    run_post_build(archive, site_dir)
    assert [p.src_uri for p in pages if p.src_uri.startswith("t/")] == ["t/a.md", "t/b.md"]
    assert [f.src_uri for f in files if f.src_uri.startswith("t/")] == ["t/a.csv"]
    assert registered == [site_dir]
    snap = timing.snapshot()
    assert {"page:test-pages", "file:test-files", "post-build:test-step"} <= set(snap["seconds"])
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
