"""The build's one cache (content/cache.py): entries keyed by content; an edit to one
report, one metric definition, one member's roles or one template makes again only what
depends on it; written to disk and read by the next run; a build from the cache is the
clean build, byte for byte."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from generator.content.cache import CACHE_ENV, Cache
from generator.pipeline import build_site_pages
from generator.site import render as render_module
from tinysite import DATED_MEMBERS, GOOD_REPORT, make_site, report

OLD = "2018/2018-03-01-childrens-services.md"
NEW = "2019/2019-09-04-childrens-services.md"
OLD_TEXT = report(date="date: 2018-03-01", member="member: michael-carr").replace(
    "as_of: 2019-08-18", "as_of: 2018-02-01").replace("id: youth-parliament", "id: old-promise")
NEW_TEXT = GOOD_REPORT.replace("metrics:\n", "metrics:\n  - metric: care-leavers\n    value: 154\n"
                               "    as_of: 2019-08-18\n")
OLD_SRC = "reports/" + OLD
NEW_SRC = "reports/" + NEW


@pytest.fixture
def site(tmp_path):
    return make_site(tmp_path / "site", {OLD: OLD_TEXT, NEW: NEW_TEXT}, config={"members.yml": DATED_MEMBERS})


def made(root: Path, cache: Cache) -> set:
    """The names of what a build made (rather than took from the cache)."""
    build = build_site_pages(root, root / "content", root / "site_config", "https://example.org/", cache)
    assert build.archive is not None, build.problems
    return set(cache.made_names)


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), "utf-8")


def report_entry(site: Path, rel: str) -> tuple:
    return ("report", (site / "content" / "reports" / rel).as_posix())


# --- the mechanism ---------------------------------------------------------------------


def test_an_entry_is_kept_while_its_key_is_the_same_and_dropped_once_not_asked_for():
    cache, makes = Cache(), []

    def make(value):
        return lambda: makes.append(value) or f"page from {value}"
    cache.begin()
    assert cache.get("page", ("a",), make("a")) == "page from a"
    cache.get("gone", ("x",), make("x"))
    cache.begin()
    assert cache.get("page", ("a",), make("a2")) == "page from a"  # same key: not made again
    cache.begin()  # 'gone' was not asked for in the last build: dropped
    assert cache.get("gone", ("x",), make("x2")) == "page from x2"
    assert cache.get("page", ("b",), make("b")) == "page from b"  # another key: made again
    assert makes == ["a", "x", "x2", "b"]


def test_many_items_are_made_again_only_where_they_changed_and_always_as_made_afresh():
    """Cache.each: by item, and by runs of items equal to the last call's at the same places."""
    from generator.content.cache import EACH_RUN
    cache, makes = Cache(), []

    def make(item):
        makes.append(item)
        return f"row {item}"
    n = EACH_RUN * 3 + 7
    calls = [list(range(n)), list(range(n)),  # all kept
             [*range(EACH_RUN + 5), "edited", *range(EACH_RUN + 6, n)],  # one item of the second run
             [*range(EACH_RUN + 5), "edited", *range(EACH_RUN + 6, n), "new"],  # one more: by item
             [*range(EACH_RUN + 5), "edited", *range(EACH_RUN + 6, n - 1)],  # one fewer
             list(reversed(range(n)))]  # every run differs: found by item
    for number, items in enumerate(calls):
        cache.begin()
        makes.clear()
        assert cache.each("rows", items, make) == [f"row {item}" for item in items]
        # made: all at first, then only the item edited in, the new one, and the two no call had since
        assert len(makes) == [n, 0, 1, 1, 0, 2][number], number
    cache.begin()
    makes.clear()
    assert cache.each("rows", [n + 1], make) == [f"row {n + 1}"] and makes == [n + 1]


def test_what_a_make_reads_is_checked_before_its_entry_is_used():
    cache = Cache()
    cache.sources = {"metrics.yml:a": "1", "metrics.yml:b": "1"}

    def page(reads):
        def make():
            cache.depends(reads)
            return f"made from {reads} {cache.sources[reads]}"
        return make
    cache.begin()
    outer = lambda: cache.get("inner", (), page("metrics.yml:a")) + "!"  # noqa: E731
    assert cache.get("outer", (), outer) == "made from metrics.yml:a 1!"
    assert cache.get("other", (), page("metrics.yml:b")) == "made from metrics.yml:b 1"
    cache.sources = {"metrics.yml:a": "2", "metrics.yml:b": "1"}  # one definition edited
    cache.begin()
    cache.made_names.clear()
    assert cache.get("outer", (), outer) == "made from metrics.yml:a 2!"  # the inner one's read, too
    assert cache.get("other", (), page("metrics.yml:b")) == "made from metrics.yml:b 1"
    assert cache.made_names == ["inner", "outer"]


def test_the_cache_is_written_and_read_by_the_same_code_only(tmp_path):
    cache = Cache(tmp_path / "cache", version="one")
    cache.begin()
    cache.get("page", ("a",), lambda: "kept")
    cache.get("file", ("b",), lambda: object(), disk=False)  # MkDocs' own objects are never written
    cache.save()
    again = Cache(tmp_path / "cache", version="one")
    assert again.load() and again.get("page", ("a",), lambda: "made again") == "kept"
    assert again.peek("file", ("b",)) is None
    other = Cache(tmp_path / "cache", version="two")
    assert not other.load() and other.get("page", ("a",), lambda: "made again") == "made again"


def test_what_a_forked_copy_makes_comes_back_with_its_result():
    from generator.content.meanwhile import Meanwhile

    cache = Cache()
    cache.begin()
    cache.get("kept", (1,), lambda: "found")

    def in_the_copy():
        with cache.recording() as recorded:
            cache.get("kept", (1,), lambda: "made again")
            cache.get("new", (2,), lambda: "made there")
        return recorded
    cache.merge(Meanwhile(in_the_copy).result())
    cache.begin()  # both were asked for in the last build, so both are kept
    assert cache.get("new", (2,), lambda: "made here") == "made there"
    assert cache.get("kept", (1,), lambda: "made here") == "found"


# --- only what depends on an edit is made again -------------------------------------------


def test_editing_one_report_makes_again_only_what_shows_it(site):
    cache = Cache()
    made(site, cache)
    assert made(site, cache) == set()  # nothing changed: nothing made
    edit(site / "content/reports" / NEW, "value: 154", "value: 160")
    again = made(site, cache)
    # its own page's neighbours, its figures' pages, its member's, and the 2018 promise it
    # leaves out (whose page names it: "silent since the report of 4 September 2019")
    assert {report_entry(site, NEW), ("checks", NEW_SRC), ("metric", "care-leavers"),
            ("metric", "children-looked-after"), ("member", "barrie-cooper"), ("commitment", "old-promise"),
            ("list", "reports/2019/index.md"), ("feed", "feeds/reports.xml")} <= again
    assert not {report_entry(site, OLD), ("checks", OLD_SRC), ("member", "michael-carr"),
                ("feed", "feeds/members/michael-carr.xml"), ("list", "reports/2018/index.md"), ("year-top", 2018),
                ("feed", "feeds/commitments/old-promise.xml")} & again


def test_editing_one_metric_definition_makes_again_only_what_shows_that_metric(site):
    cache = Cache()
    made(site, cache)
    edit(site / "site_config/metrics.yml", "label: Care leavers", "label: Young people leaving care")
    again = made(site, cache)
    assert {("series", "care-leavers"), ("charts", "care-leavers"), ("metric", "care-leavers"),
            ("metric-readings", "care-leavers"), ("metric-data", "care-leavers"), "metrics-index",
            ("feed", "feeds/metrics/care-leavers.xml")} <= again
    assert not {("series", "children-looked-after"), ("charts", "children-looked-after"),
                ("metric", "children-looked-after"), ("feed", "feeds/metrics/children-looked-after.xml"),
                ("commitment", "youth-parliament"), ("commitment", "old-promise"), ("member", "barrie-cooper"),
                ("member", "michael-carr"), report_entry(site, NEW), report_entry(site, OLD)} & again


def test_editing_one_members_role_makes_again_only_what_shows_that_member(site):
    cache = Cache()
    made(site, cache)
    edit(site / "site_config/members.yml", "      to: 2019-04-30", "      to: 2019-04-29")
    again = made(site, cache)
    assert {("member", "michael-carr"), ("commitment", "old-promise")} <= again
    assert not {("member", "barrie-cooper"), ("commitment", "youth-parliament"), ("metric", "care-leavers"),
                ("metric", "children-looked-after"), report_entry(site, OLD)} & again


def test_editing_one_template_makes_again_only_the_pages_that_use_it(site, tmp_path, monkeypatch):
    templates = tmp_path / "templates"
    shutil.copytree(render_module.TEMPLATES, templates)
    monkeypatch.setattr(render_module, "TEMPLATES", templates)
    cache = Cache()
    made(site, cache)
    (templates / "member.html").write_text((templates / "member.html").read_text("utf-8") + "\n<p>Edited.</p>\n")
    again = made(site, cache)
    assert {("member", "barrie-cooper"), ("member", "michael-carr")} <= again
    assert not {("metric", "care-leavers"), ("commitment", "youth-parliament"), ("portfolio", "childrens-services"),
                ("feed", "feeds/reports.xml"), report_entry(site, NEW)} & again
    (templates / "_readings.html").write_text((templates / "_readings.html").read_text("utf-8") + "\n")
    again = made(site, cache)  # included by the metric page and its pages by decade
    assert {("metric", "care-leavers"), ("metric-readings", "care-leavers")} <= again
    assert not {("member", "barrie-cooper"), ("commitment", "youth-parliament")} & again


# --- a build from the cache is the clean build ---------------------------------------------


def _build(root: Path, site_dir: Path, cache_dir: Path) -> None:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", SOURCE_DATE_EPOCH="1700000000", **{CACHE_ENV: str(cache_dir)})
    done = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(root / "mkdocs.yml"),
                           "-d", str(site_dir)], capture_output=True, text=True, cwd=root, env=env)
    assert done.returncode == 0, done.stderr
    written(cache_dir)


def written(cache_dir: Path, timeout: float = 120.0) -> None:
    """Until the build's forked copy has written the cache (it goes on after the build exits)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if (cache_dir / "cache.pickle").is_file() and not list(cache_dir.glob("*.tmp")):
            return
        time.sleep(0.1)
    raise AssertionError(f"no cache written in {cache_dir}")


def tree(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def test_a_build_from_the_cache_equals_a_clean_build_byte_for_byte(site, tmp_path):
    warm = tmp_path / "warm-cache"
    _build(site, tmp_path / "first", warm)
    assert (warm / "cache.pickle").is_file()
    edit(site / "content/reports" / NEW, "value: 154", "value: 160")
    edit(site / "site_config/metrics.yml", "label: Care leavers", "label: Young people leaving care")
    _build(site, tmp_path / "from-cache", warm)
    _build(site, tmp_path / "clean", tmp_path / "empty-cache")
    from_cache, clean = tree(tmp_path / "from-cache"), tree(tmp_path / "clean")
    assert sorted(from_cache) == sorted(clean)
    assert [rel for rel in clean if from_cache[rel] != clean[rel]] == []
    assert b"Young people leaving care" in from_cache["metrics/care-leavers/index.html"]


DIGEST_A_KEY = """
import sys
from generator.content.cache import Cache
from generator.model.series import MetricSeries, build_series
from generator.model.tracker import tracker_for
from generator.pipeline import check_archive
root = __import__("pathlib").Path(sys.argv[1])
archive = check_archive(root, root / "content", root / "site_config").archive
cache = Cache()
cache.shared_types = (MetricSeries,)
key = (tuple(build_series(archive)), archive.reports[0], tracker_for(archive).commitments[0], archive.config.settings)
print(cache.key_digest(key))
"""


def test_a_keys_digest_is_the_same_in_every_process(site):
    """Written to disk, a key is its digest: two processes (each with its own order of a set
    of strings, which a pydantic model's state holds) must agree, or a cold preview would
    make everything again."""
    digests = {subprocess.run([sys.executable, "-c", DIGEST_A_KEY, str(site)], capture_output=True, text=True,
                              env=dict(os.environ, PYTHONHASHSEED=seed), check=True).stdout.strip()
               for seed in ("1", "2", "3")}
    assert len(digests) == 1 and len(next(iter(digests))) == 32
