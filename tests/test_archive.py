"""The archive model: reports placed in time, and the previous figure for each reading."""
from __future__ import annotations

from generator.pipeline import check_archive
from tinysite import GOOD_REPORT, make_site


def _report(day: str, readings: list[tuple[str, int]]) -> str:
    metrics = "".join(f"  - metric: children-looked-after\n    value: {v}\n    as_of: {a}\n" for a, v in readings)
    text = GOOD_REPORT.replace("date: 2019-09-04", f"date: {day}")
    start, end = text.index("metrics:\n") + len("metrics:\n"), text.index("commitments:")
    return text[:start] + metrics + text[end:]


def test_previous_reading_is_the_latest_figure_of_the_latest_earlier_report(tmp_path):
    root = make_site(tmp_path, {
        "2018/2018-01-10-childrens-services.md": _report("2018-01-10", [("2017-12-01", 400), ("2018-01-01", 410)]),
        "2018/2018-06-10-childrens-services.md": _report("2018-06-10", [("2018-06-01", 420)]),
        "2019/2019-09-04-childrens-services.md": _report("2019-09-04", [("2019-08-18", 552), ("2019-01-01", 500)]),
    })
    archive = check_archive(root, root / "content", root / "site_config").archive
    first, middle, last = archive.reports
    assert archive.previous_reading(first, "children-looked-after") is None
    assert archive.previous_reading(middle, "children-looked-after").value == 410
    assert archive.previous_reading(last, "children-looked-after").value == 420
    assert [r.value for r in archive.readings["children-looked-after"]] == [400, 410, 420, 500, 552]
