"""One chart's SVG by vl-convert. Kept apart from charts.py (which imports Altair) so the
background renderer process chart_svg.prefetch starts imports only this and vl-convert."""
from __future__ import annotations

import re

import vl_convert as vlc

VEGA_LITE_VERSION = "6.4"  # what altair 6.3 targets; vl-convert and the vendored vega-lite agree
# vl-convert resolves relative hrefs against its default data base URL: undo it,
# so a link in the SVG stays relative and the site works from any sub-path.
_VL_CONVERT_BASE = re.compile(r'(xlink:href=")https://vega\.github\.io/vega-datasets/')
_XML_DECLARATION = re.compile(r"^<\?xml[^>]*>\s*")


def render(spec: dict) -> str:
    """The chart as an SVG element (no XML declaration)."""
    return _clean(vlc.vegalite_to_svg(spec, vl_version=VEGA_LITE_VERSION))


def _clean(svg: str) -> str:
    return _VL_CONVERT_BASE.sub(r"\1", _XML_DECLARATION.sub("", svg))
