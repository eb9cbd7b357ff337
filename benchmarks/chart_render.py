"""Chart rendering: cold cache vs warm cache, and the cost of adding one report.

    .venv/bin/python benchmarks/chart_render.py [--reports 240]

Prints figures; asserts nothing (timings belong here, not in tests). Uses a
cache of its own (content/cache.py), in memory, so it never touches the project's.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from generator.content.cache import Cache  # noqa: E402
from generator.site import chart_svg, svg_render  # noqa: E402
from generator.site.kinds.metrics import metric_charts  # noqa: E402
from generator.pipeline import check_archive  # noqa: E402
from generator.model.series import build_series  # noqa: E402
from tinysite import GOOD_REPORT, make_site  # noqa: E402

METRICS = ["children-looked-after", "children-in-need", "child-protection-plans", "care-leavers"]


def render_all(root: Path, cache: Cache) -> tuple[float, float, int, int]:
    """(seconds for the specs, seconds for the SVGs, charts, vl-convert calls) for the site at root."""
    calls = []
    real = svg_render.vlc.vegalite_to_svg
    svg_render.vlc.vegalite_to_svg = lambda spec, **kw: calls.append(1) or real(spec, **kw)
    try:
        archive = check_archive(root, root / "content", root / "site_config", cache).archive
        start = time.perf_counter()
        charts = [c for s in build_series(archive) for c in metric_charts(s)]
        specs = time.perf_counter()
        for chart in charts:  # each drawing (a wide and a phone's): drawn, or taken from the cache
            [chart_svg.drawn(archive, spec) for spec in (chart.spec, chart.narrow) if spec]
        return specs - start, time.perf_counter() - specs, len(charts), len(calls)
    finally:
        svg_render.vlc.vegalite_to_svg = real


def synthetic_report(i: int) -> tuple[str, str]:
    """Report i: monthly from 2000, each stating one metric in turn."""
    day = date(2000, 1, 15) + timedelta(days=30 * i)
    metric = METRICS[i % len(METRICS)]
    text = (GOOD_REPORT.replace("date: 2019-09-04", f"date: {day}")
            .replace("metric: children-looked-after", f"metric: {metric}")
            .replace("value: 552", f"value: {400 + (i * 37) % 300}")
            .replace("as_of: 2019-08-18", f"as_of: {day - timedelta(days=10)}")
            .replace("id: youth-parliament", f"id: commitment-{i}"))
    return f"{day.year}/{day}-childrens-services.md", text


def report_line(name: str, spec_s: float, svg_s: float, charts: int, calls: int) -> None:
    print(f"{name:<40} specs {spec_s * 1000:6.0f} ms  SVG {svg_s * 1000:6.0f} ms  "
          f"{charts:3d} charts, {calls:3d} rendered by vl-convert")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reports", type=int, default=240)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        svg_render.vlc.vegalite_to_svg({"mark": "point"}, vl_version="6.4")
        print(f"vl-convert start-up (first call, once per build): {(time.perf_counter() - start) * 1000:.0f} ms")
        seed = Cache()
        report_line("seed content, cold cache", *render_all(ROOT, seed))
        report_line("seed content, warm cache", *render_all(ROOT, seed))
        synth = Cache()
        reports = dict(synthetic_report(i) for i in range(args.reports))
        root = make_site(Path(tmp) / "synth", reports)
        report_line(f"{args.reports} synthetic reports, cold cache", *render_all(root, synth))
        report_line(f"{args.reports} synthetic reports, warm cache", *render_all(root, synth))
        path, text = synthetic_report(args.reports)
        (root / "content/reports" / path).parent.mkdir(parents=True, exist_ok=True)
        (root / "content/reports" / path).write_text(text)
        report_line("... plus one report, warm cache", *render_all(root, synth))
        sizes = [len(synth.peek(name, name[1])) for name in list(synth._entries) if name[0] == "svg"]
        print(f"SVG sizes ({args.reports} reports): {min(sizes):,}-{max(sizes):,} bytes")


if __name__ == "__main__":
    main()
