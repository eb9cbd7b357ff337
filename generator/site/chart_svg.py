"""Static SVG for a Vega-Lite spec, by vl-convert, cached by content hash.

vl-convert takes ~100 ms a chart (and ~0.4 s to start), so a build renders a
chart only when its spec (data included) or the renderer changed. The cache is
`.cache/charts/` under the directory the build runs in (the project root for
`mkdocs build`), or $COUNCIL_ARCHIVE_CHART_CACHE; it is safe to delete.

A build with many charts to draw hands them to a renderer process first
(prefetch), which draws them on the other core while this one makes the other
pages; render_svg then takes each from it. vl-convert holds Python's lock while
it draws, so a thread would not run beside the page-making.
"""
from __future__ import annotations

import hashlib
import multiprocessing
import os
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path

import vl_convert as vlc

from .charts import VEGA_LITE_VERSION, spec_json
from ..content.meanwhile import parallel_choice
from .svg_render import render_to_cache

CACHE_ENV = "COUNCIL_ARCHIVE_CHART_CACHE"
# Fewer charts to draw than this are drawn in this process: starting the renderer
# process costs about a second (an edited report under `mkdocs serve` redraws one or two).
RENDERER_FROM = 12
_drawing: dict[str, Future] = {}  # cache key -> the renderer's SVG, while it draws


def cache_dir() -> Path:
    return Path(os.environ.get(CACHE_ENV) or Path.cwd() / ".cache" / "charts")


def cache_key(spec: dict) -> str:
    renderer = f"vl-convert {vlc.__version__} vega-lite {VEGA_LITE_VERSION}"
    return hashlib.sha256((renderer + "\n" + spec_json(spec)).encode("utf-8")).hexdigest()


def prefetch(specs: list[dict]) -> int:
    """Start drawing, in a renderer process, the charts the cache lacks; return how many."""
    missing = {}
    for spec in specs:
        key = cache_key(spec)
        if key not in _drawing and not _cached(key).exists():
            missing[key] = spec
    choice = parallel_choice()
    if not missing or choice == "never" or (choice is None and len(missing) < RENDERER_FROM):
        return 0
    pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
    for key, spec in missing.items():
        _drawing[key] = pool.submit(render_to_cache, spec, str(_cached(key)))
    pool.shutdown(wait=False)  # the process exits once the last chart is drawn
    return len(missing)


def render_svg(spec: dict) -> str:
    """The chart as an SVG element (no XML declaration), from the cache if there."""
    key = cache_key(spec)
    drawing = _drawing.pop(key, None)
    if drawing is not None:
        try:
            return drawing.result()
        except Exception:  # noqa: BLE001  the renderer died: draw it here, as without it
            pass
    path = _cached(key)
    try:
        return path.read_text("utf-8")
    except FileNotFoundError:
        return render_to_cache(spec, str(path))


def _cached(key: str) -> Path:
    return cache_dir() / f"{key}.svg"
