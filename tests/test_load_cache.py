"""Reports through the build's cache (content/cache.py), as `mkdocs serve` rebuilds them:
one edit parses one file again, by its bytes (not its time), problems are never lost on
a rebuild, and a deleted report does not come back."""
from __future__ import annotations

import os

from generator.content.cache import Cache
from generator.content.load import load_reports
from generator.content.problems import Problems
from tinysite import GOOD_REPORT, make_site, report

A = "2019/2019-09-04-childrens-services.md"
B = "2018/2018-03-01-childrens-services.md"


def _site(tmp_path):
    return make_site(tmp_path, {A: GOOD_REPORT, B: report(date="date: 2018-03-01").replace(
        "as_of: 2019-08-18", "as_of: 2018-02-01")})


def _load(root, cache):
    cache.begin()
    problems = Problems()
    reports = load_reports(root / "content", root, problems, cache)
    return reports, problems


def _parsed(cache) -> list[str]:
    return [name[1].rsplit("/", 1)[1] for name in cache.made_names if name[0] == "report"]


def test_unchanged_files_are_not_parsed_again(tmp_path):
    root, cache = _site(tmp_path), Cache()
    first, _ = _load(root, cache)
    again, _ = _load(root, cache)
    assert _parsed(cache) == []
    assert [r.src_uri for r in again] == ["reports/2018/2018-03-01-childrens-services.md",
                                          "reports/2019/2019-09-04-childrens-services.md"]
    assert again[0] is first[0]


def test_an_edited_file_is_parsed_again(tmp_path):
    root, cache = _site(tmp_path), Cache()
    _load(root, cache)
    path = root / "content" / "reports" / A
    path.write_text(GOOD_REPORT.replace("The report's prose.", "New prose, longer than before."))
    reports, _ = _load(root, cache)
    assert _parsed(cache) == ["2019-09-04-childrens-services.md"]
    assert reports[1].body.strip() == "New prose, longer than before."


def test_an_edit_is_seen_by_its_bytes_even_with_the_same_size_and_time(tmp_path):
    root, cache = _site(tmp_path), Cache()
    _load(root, cache)
    path = root / "content" / "reports" / A
    stat = path.stat()
    path.write_text(GOOD_REPORT.replace("prose", "PROSE"))
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    reports, _ = _load(root, cache)
    assert reports[1].body.strip() == "The report's PROSE."


def test_problems_of_a_cached_file_are_reported_on_every_rebuild(tmp_path):
    root = make_site(tmp_path, {A: report(date="date: 2019-02-30")})
    cache = Cache()
    expected = ["content/reports/2019/2019-09-04-childrens-services.md:3: date: CA305 impossible date "
                "'2019-02-30' (day is out of range for month)"]
    for _ in range(2):
        reports, problems = _load(root, cache)
        assert reports == []
        assert [str(p) for p in problems.sorted()] == expected
    assert _parsed(cache) == []


def test_a_deleted_report_is_forgotten(tmp_path):
    root, cache = _site(tmp_path), Cache()
    _load(root, cache)
    (root / "content" / "reports" / B).unlink()
    reports, _ = _load(root, cache)
    _load(root, cache)
    assert [r.src_uri for r in reports] == ["reports/2019/2019-09-04-childrens-services.md"]
    assert cache.peek(("report", (root / "content" / "reports" / B).as_posix()), None) is None
