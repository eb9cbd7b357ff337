"""A PDF's pages, read as lines and tables (by pdfplumber or by OCR), into the document's
blocks, with the running headers and footers in the page margins left out. read_pdf.py and
ocr.py both end here."""
from __future__ import annotations

import statistics
from collections import defaultdict

from .document import Block
from .furniture import is_page_furniture, masked
from .layout import Line, blocks_of

MARGIN = 0.08  # of the page's height: where running headers and footers are printed


def blocks_of_pages(read, pages, heading_scale: float = 1.15,
                    alike: float = 1.0) -> tuple[list[Block], tuple[str, ...]]:
    """The pages' blocks, and the lines left out as running headers and footers. A line
    set heading_scale times larger than the body's, or bold, is a heading. Margin lines
    on two pages are the same running line when they are `alike` (1.0: the same but for
    digits; text recognition reads a fax's header a letter differently on each page)."""
    furniture = _running_lines(read, pages, alike)
    all_lines = [l for lines, _ in read for l in lines]
    removed = tuple(dict.fromkeys(l.text.replace("\t", " ") for l in all_lines if id(l) in furniture))
    if not all_lines and not any(tables for _, tables in read):
        return [], removed
    body_size = statistics.median(l.size for l in all_lines) if all_lines else 10
    right = max((l.x1 for l in all_lines), default=0)
    blocks: list[Block] = []
    for number, (lines, tables) in enumerate(read, start=1):
        where = f"page {number}"
        kept = [l for l in lines if id(l) not in furniture]
        items = blocks_of(kept, where, number, body_size * heading_scale, right)
        # a table read by OCR carries each row's lowest confidence
        items += [((_region_at(kept, top), top), Block("table", where=where, rows=rows, page=number,
                                                       confidence=confidence[0] if confidence else ()))
                  for top, rows, *confidence in tables]
        blocks += [block for _, block in sorted(items, key=lambda item: item[0])]
    return blocks, removed


def _region_at(lines: list[Line], top: float) -> int:
    """The reading-order region of the line above a ruled table: where it goes among the blocks."""
    above = [l for l in lines if l.top <= top]
    return max(above, key=lambda l: l.top).region if above else 0


def _running_lines(read, pages, alike: float) -> set[int]:
    """Lines in the top or foot margin that number the page, carry a protective marking
    or repeat (digits aside) on two pages or more: their ids."""
    seen: dict[str, set[int]] = defaultdict(set)
    edge: list[tuple[Line, str]] = []
    for (lines, _), page in zip(read, pages):
        height = float(page.height)
        for line in lines:
            if line.bottom < height * MARGIN or line.top > height * (1 - MARGIN):
                key = masked(line.text)
                seen[key].add(line.page)
                edge.append((line, key))
    if alike < 1.0:
        seen = _alike_joined(seen, alike)
    return {id(line) for line, key in edge
            if is_page_furniture(line.text.replace("\t", " ")) or len(seen[key]) >= 2}


_LONG_ENOUGH = 12  # characters: short lines ('Cabinet', a date) are alike by chance


def _alike_joined(seen: dict[str, set[int]], alike: float) -> dict[str, set[int]]:
    """Each line's pages with those of the lines like it on other pages."""
    from difflib import SequenceMatcher

    joined = {key: set(on) for key, on in seen.items()}
    keys = [key for key in seen if len(key) >= _LONG_ENOUGH]
    for i, one in enumerate(keys):
        for other in keys[i + 1:]:
            if SequenceMatcher(None, one, other).ratio() >= alike:
                joined[one] |= seen[other]
                joined[other] |= seen[one]
    return joined
