"""Page furniture: what a page prints around the report, not the report. Page numbers
('Page 3 of 12', '- 3 -'), protective markings ('OFFICIAL') and, where a format has pages,
any line that repeats at the top or foot of several pages (a running header 'Cabinet -
12 March 2020', a footer with the council's name)."""
from __future__ import annotations

import re
from collections import defaultdict

from .document import Block
from .values import FIGURE_ALONE

_PAGE_NUMBER = re.compile(r"^(?:page\s*\d+(?:\s*(?:of|/)\s*\d+)?|\d+\s*(?:of|/)\s*\d+|\d+\s*\|\s*page|"
                          r"page\s*\|\s*\d+|[-–—]\s*\d{1,4}\s*[-–—])$", re.I)
_MARKING = re.compile(r"^(?:official(?:[\s:–—-]+(?:sensitive|restricted|for\s+public\s+release))?|"
                      r"not\s+protectively\s+marked|unclassified|restricted|protect)$", re.I)
_BARE_NUMBER = re.compile(r"^\d{1,4}$")
_EDGE = 2  # blocks at the top and at the foot of a page that may be furniture


def is_page_furniture(line: str) -> bool:
    """'Page 3 of 12', '- 3 -', 'OFFICIAL': furniture wherever it stands on its own."""
    line = " ".join(line.split())
    return bool(_PAGE_NUMBER.match(line) or _MARKING.match(line))


def remove_furniture(blocks: list[Block], fmt: str) -> tuple[list[Block], tuple[str, ...]]:
    edges = _page_edges(blocks)
    repeated = _repeated(blocks, edges)
    kept, removed = [], []
    for i, block in enumerate(blocks):
        line = block.text.strip() if block.kind != "table" and "\n" not in block.text.strip() else None
        big_figure = block.kind == "heading" and FIGURE_ALONE.match(line or "")  # a slide's, not a page number
        if line is not None and not big_figure and (is_page_furniture(line) or (
                i in edges and (masked(line) in repeated or _BARE_NUMBER.match(line)))):
            removed.append(line)
        else:
            kept.append(block)
    return kept, tuple(removed)


def _page_edges(blocks: list[Block]) -> set[int]:
    """Indexes of the blocks at the top and the foot of each page (paged formats only)."""
    by_page: dict[int, list[int]] = defaultdict(list)
    for i, block in enumerate(blocks):
        if block.page:
            by_page[block.page].append(i)
    if len(by_page) < 2:
        return set()
    return {i for indexes in by_page.values() for i in indexes[:_EDGE] + indexes[-_EDGE:]}


def _repeated(blocks: list[Block], edges: set[int]) -> set[str]:
    pages: dict[str, set[int]] = defaultdict(set)
    for i in edges:
        block = blocks[i]
        text = block.text.strip()
        if block.kind != "table" and "\n" not in text and len(text) <= 120 and not _FIGURE.match(text):
            pages[masked(text)].add(block.page)
    return {text for text, on in pages.items() if len(on) >= 2}


# a figure alone on a line at a page's foot ('30,524' in a slide's big type) differs from
# page to page as a page number does, but is no furniture
_FIGURE = re.compile(r"^(?:\d{1,3}(?:,\d{3})+|\d{5,})(?:\.\d+)?\W?$")


def masked(line: str) -> str:
    """Page numbers and the like differ from page to page: '#'."""
    return re.sub(r"\d+", "#", " ".join(line.casefold().split()))
