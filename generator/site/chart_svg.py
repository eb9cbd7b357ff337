"""Static SVG for a Vega-Lite spec, by vl-convert, through the build's cache
(content/cache.py): keyed by the digest of the spec and the renderer's version, so a
build draws only the charts whose spec or data changed. The drawing is the chart: no
chart library goes to the browser.

vl-convert takes ~40 ms a chart (and ~0.4 s to start). A build with many charts to
draw hands them to a renderer process first (prefetch), which draws them on the other
core while this one makes the other pages; drawn() then takes each from it. vl-convert
holds Python's lock while it draws, so a thread would not run beside the page-making.
"""
from __future__ import annotations

import multiprocessing
from concurrent.futures import Future, ProcessPoolExecutor

import vl_convert as vlc

from ..content.cache import Cache, digest
from ..content.meanwhile import parallel_choice, worth_forking
from ..model.archive import Archive
from .charts import VEGA_LITE_VERSION, spec_json
from .svg_render import render

RENDERER = f"vl-convert {vlc.__version__} vega-lite {VEGA_LITE_VERSION}"
# Fewer charts to draw than this are drawn in this process: starting the renderer
# process costs about a second (an edited report under `mkdocs serve` redraws one or two).
RENDERER_FROM = 12


def spec_key(spec: dict) -> str:
    return digest((RENDERER + "\n" + spec_json(spec)).encode("utf-8"))


class Drawings:
    """The charts a renderer process is drawing for one build (Archive.once)."""

    def __init__(self) -> None:
        self.futures: dict[str, Future] = {}

    def take(self, key: str) -> str | None:
        future = self.futures.pop(key, None)
        if future is None:
            return None
        try:
            return future.result()
        except Exception:  # noqa: BLE001  the renderer died: draw it here, as without it
            return None


def drawings(archive: Archive | None) -> Drawings:
    return archive.once("chart-drawings", Drawings) if archive is not None else Drawings()


def prefetch(archive: Archive, specs: list[tuple[dict, str]]) -> int:
    """Start drawing, in a renderer process, the charts the cache lacks; return how many.
    specs: (spec, its spec_key) each."""
    cache, pending = archive.cache, drawings(archive)
    missing = {}
    for spec, key in specs:
        if key not in pending.futures and (cache is None or cache.peek(("svg", key), key) is None):
            missing[key] = spec
    kept = kept_renderer(archive)  # asked each build, so kept while the preview runs
    choice = parallel_choice()
    if not missing or choice == "never" or (kept is None and choice is None and len(missing) < RENDERER_FROM):
        return 0
    pool = kept or ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
    try:
        for key, spec in missing.items():
            pending.futures[key] = pool.submit(render, spec)
    except Exception:  # noqa: BLE001  the renderer died: what it has not taken is drawn here (drawn())
        pass
    if kept is None:
        pool.shutdown(wait=False)  # the process exits once the last chart is drawn
    return len(missing)


def kept_renderer(archive: Archive | None) -> ProcessPoolExecutor | None:
    """A large archive's preview keeps its renderer process from one rebuild to the next (in
    the cache, never written): an edit's few charts are drawn on the other core while the
    other pages are made, without a second's start each time. None: not a large preview."""
    if archive is None or archive.cache is None or not archive.preview or not worth_forking(len(archive.reports)) \
            or parallel_choice() == "never":
        return None
    return archive.cache.get(("chart-renderer",), RENDERER, lambda: ProcessPoolExecutor(
        max_workers=1, mp_context=multiprocessing.get_context("spawn")), disk=False)


def drawn(archive: Archive | None, spec: dict, key: str | None = None) -> str:
    """The chart as an SVG element (no XML declaration): from the cache, the renderer
    process, or drawn here. key: its spec_key, if known already."""
    key = key or spec_key(spec)
    pending = drawings(archive)

    def draw() -> str:
        found = pending.take(key)
        return found if found is not None else render(spec)
    cache: Cache | None = archive.cache if archive is not None else None
    return draw() if cache is None else cache.get(("svg", key), key, draw)


def start_renderer(pool: ProcessPoolExecutor | None = None) -> None:
    """Draw a one-point chart, here or in pool's process: vl-convert's first drawing in a
    process starts its engine (about 0.4 s; a process of its own, 1 s), which a preview
    does while it waits for an edit rather than after one."""
    tiny = {"data": {"values": [{"x": 1}]}, "mark": "point", "encoding": {"x": {"field": "x", "type": "quantitative"}}}
    try:
        pool.submit(render, tiny).result() if pool is not None else render(tiny)
    except Exception:  # noqa: BLE001  a renderer that died: drawn() draws here
        render(tiny)
