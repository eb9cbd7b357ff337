"""Work on the other core: a forked copy of the build (site/meanwhile.py) and the chart
renderer process (chart_svg.prefetch). Both must give what the build would make itself."""
import json
import os
from pathlib import Path

import pytest

from generator.site import chart_svg
from generator.content.meanwhile import PARALLEL_ENV, Meanwhile, worth_forking

GOLDEN_SPEC = Path(__file__).parent / "golden" / "charts" / "children-looked-after.values.vl.json"


def test_the_result_is_made_in_another_process():
    here = os.getpid()
    work = Meanwhile(lambda: {"pid": os.getpid(), "text": "é" * 100_000})
    result = work.result()
    assert result["pid"] != here and result["text"] == "é" * 100_000
    assert work.result() is result  # asked twice, made once


def test_a_copy_that_dies_leaves_the_work_to_this_process():
    here = os.getpid()

    def dies_in_the_copy():
        if os.getpid() != here:
            os._exit(9)
        return "made here"
    assert Meanwhile(dies_in_the_copy).result() == "made here"


@pytest.mark.parametrize("setting, reports, expected", [
    ("", 999, False), ("", 1000, True), ("never", 50_000, False), ("always", 2, True)])
def test_forking_is_for_large_archives_unless_told(monkeypatch, setting, reports, expected):
    monkeypatch.setenv(PARALLEL_ENV, setting)
    assert worth_forking(reports) is expected


def test_the_renderer_process_draws_what_this_process_would(monkeypatch, tmp_path):
    from generator.content.cache import Cache
    from generator.pipeline import check_archive
    from tinysite import make_site

    root = make_site(tmp_path / "site")
    spec = json.loads(GOLDEN_SPEC.read_text("utf-8"))
    other = {**spec, "title": "Another chart"}
    monkeypatch.setenv(PARALLEL_ENV, "always")
    archive = check_archive(root, root / "content", root / "site_config", Cache()).archive
    both = [(spec, chart_svg.spec_key(spec)), (other, chart_svg.spec_key(other))]
    assert chart_svg.prefetch(archive, both) == 2
    assert chart_svg.prefetch(archive, both) == 0  # already being drawn
    from_renderer = [chart_svg.drawn(archive, spec), chart_svg.drawn(archive, other)]
    assert chart_svg.prefetch(archive, both) == 0  # drawn: in the cache
    monkeypatch.setenv(PARALLEL_ENV, "never")
    here = check_archive(root, root / "content", root / "site_config", Cache()).archive
    assert chart_svg.prefetch(here, both) == 0
    assert [chart_svg.drawn(here, spec), chart_svg.drawn(here, other)] == from_renderer
    assert "Another chart" in from_renderer[1] and from_renderer[0] != from_renderer[1]


def test_reports_read_on_two_cores_give_the_same_messages_in_the_same_order(tmp_path):
    """`check` (and the build) of a large archive reads half the files in a forked copy."""
    from tinysite import make_site, report, run_check

    reports = {f"2019/2019-0{month}-04-childrens-services.md": report(date=f"date: 2019-0{month}-04")
               for month in range(1, 8)}
    reports["2019/2019-02-04-childrens-services.md"] = report(date="date: 2019-02-30")
    reports["2019/2019-05-04-childrens-services.md"] = report(date="date: 2019-05-04", member="member: nobody")
    reports["2019/2019-07-04-childrens-services.md"] = "no front matter\n"
    root = make_site(tmp_path / "site", reports)
    one, two = (run_check(root, env={PARALLEL_ENV: choice}) for choice in ("never", "always"))
    assert one.returncode == two.returncode == 1
    assert "2019-02-30" in one.stdout + one.stderr and "nobody" in one.stdout + one.stderr
    assert (two.stdout, two.stderr) == (one.stdout, one.stderr)


def test_a_preview_rebuild_reports_the_kept_checks_again_and_redoes_them_after_a_settings_change(tmp_path):
    """Under `mkdocs serve` the one-report checks are kept in the cache for an unchanged report."""
    from generator.content.cache import Cache
    from generator.pipeline import check_archive
    from tinysite import GOOD_REPORT, make_site

    text = GOOD_REPORT.replace("    value: 552\n", "    value: 552\n    rate: 999.0\n")
    root = make_site(tmp_path / "site", {"2019/2019-09-04-childrens-services.md": text})
    cache = Cache()
    checks = ("checks", "reports/2019/2019-09-04-childrens-services.md")

    def warnings() -> list[str]:
        build = check_archive(root, root / "content", root / "site_config", cache)
        return [str(p) for p in build.problems.warnings]
    first = warnings()
    assert any("999" in w for w in first) and checks in cache.made_names
    assert warnings() == first and checks not in cache.made_names  # the same report: checks reused
    metrics = root / "site_config" / "metrics.yml"
    metrics.write_text(metrics.read_text() + "\n# a settings change\n")
    assert warnings() == first and checks in cache.made_names  # made afresh
