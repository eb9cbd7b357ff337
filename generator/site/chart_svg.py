"""Static SVG for a Vega-Lite spec, by vl-convert, cached by content hash.

vl-convert takes ~100 ms a chart (and ~0.4 s to start), so a build renders a
chart only when its spec (data included) or the renderer changed. The cache is
`.cache/charts/` under the directory the build runs in (the project root for
`mkdocs build`), or $COUNCIL_ARCHIVE_CHART_CACHE; it is safe to delete.
"""
from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

import vl_convert as vlc

from .charts import VEGA_LITE_VERSION, spec_json

CACHE_ENV = "COUNCIL_ARCHIVE_CHART_CACHE"
# vl-convert resolves relative hrefs against its default data base URL: undo it,
# so a link in the SVG stays relative and the site works from any sub-path.
_VL_CONVERT_BASE = re.compile(r'(xlink:href=")https://vega\.github\.io/vega-datasets/')
_XML_DECLARATION = re.compile(r"^<\?xml[^>]*>\s*")


def cache_dir() -> Path:
    return Path(os.environ.get(CACHE_ENV) or Path.cwd() / ".cache" / "charts")


def cache_key(spec: dict) -> str:
    renderer = f"vl-convert {vlc.__version__} vega-lite {VEGA_LITE_VERSION}"
    return hashlib.sha256((renderer + "\n" + spec_json(spec)).encode("utf-8")).hexdigest()


def render_svg(spec: dict) -> str:
    """The chart as an SVG element (no XML declaration), from the cache if there."""
    path = cache_dir() / f"{cache_key(spec)}.svg"
    try:
        return path.read_text("utf-8")
    except FileNotFoundError:
        pass
    svg = _clean(vlc.vegalite_to_svg(spec, vl_version=VEGA_LITE_VERSION))
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(f".{os.getpid()}.tmp")
    partial.write_text(svg, "utf-8")
    partial.replace(path)  # atomic: a parallel build never reads half a file
    return svg


def _clean(svg: str) -> str:
    return _VL_CONVERT_BASE.sub(r"\1", _XML_DECLARATION.sub("", svg))
