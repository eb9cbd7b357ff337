"""A page set in two columns of text (a newsletter's report and its side bar) read one
column after the other, not across both a line at a time. A gutter is an upright strip
no word crosses; a band of lines either side of it is read as two columns only where both
sides are prose whose lines do not share a baseline: a table's label and its figures do,
and stay one row."""
from __future__ import annotations

import re
import statistics

from .layout import FIGURE_WORD, Line, Word, lines_of

_LOWER_WORD = re.compile(r"^[(\"'‘“]?[a-z][a-z'’-]*[.,;:!?)\"'’”]*$")
_MIN_WORDS = 40  # a page with fewer has no columns worth finding
_MIN_LINES = 4  # lines each side of the gutter a band needs
_PROSE = 3.0  # words a line, at least, on each side
_LOWER = 0.35  # of a side's words in lower case, at least (a side bar's lists and dates have few)
_ALIGNED = 0.7  # of one side's lines sharing a baseline with the other's: a table's rows
_RUNNING_WORDS = 7.0  # words a line, at least, in a column of running text
_RUN_ON = 0.5  # of its line breaks, at least, within a sentence


def page_lines(words: list[Word], page: int, width: float) -> list[Line]:
    """The page's lines in reading order, each column's lines marked with its region."""
    lines = lines_of(words, page)
    regions = _regions(lines, width) if len(words) >= _MIN_WORDS else None
    if regions is None:
        return lines  # one column (most pages): its lines as they are
    out: list[Line] = []
    for region, part in enumerate(regions):
        for line in lines_of(part, page):
            line.region = region
            out.append(line)
    return out


def _regions(lines: list[Line], width: float) -> list[list[Word]] | None:
    """The page's words in reading order, a band's two columns one after the other; None
    where no gutter parts the page."""
    size = statistics.median(w.size for line in lines for w in line.words)
    gutter = _gutter(lines, width, size)
    if gutter is None:
        return None
    regions: list[list[Word]] = []
    band: list[Line] = []
    for line in lines:  # a line that crosses the gutter ends a band
        if _crosses(line, gutter, size):
            regions += _band(band, gutter)
            regions.append(line.words)
            band = []
        else:
            band.append(line)
    regions += _band(band, gutter)
    return [r for r in regions if r]


def _crosses(line: Line, x: float, size: float) -> bool:
    """A word of the line covers x, or comes within half a type size of it: a gap between
    words is not a gutter."""
    return any(w.x0 - size / 2 < x < w.x1 + size / 2 for w in line.words)


def _gutter(lines: list[Line], width: float, size: float) -> float | None:
    """The x in the page's middle half that the fewest lines cross, if one in ten or fewer
    do (a title across both columns; a single column's lines cross everywhere)."""
    low, high = int(width * 0.25), int(width * 0.75)
    if high <= low:
        return None
    change = [0] * (high - low + 2)  # lines crossing each x, as a difference array
    for line in lines:
        for a, b in _covered(line, size, low, high):
            change[a - low] += 1
            change[b - low + 1] -= 1
    crossing, running = [], 0
    for step in change[:-1]:
        running += step
        crossing.append(running)
    fewest = min(crossing)
    return float(low + crossing.index(fewest)) if fewest <= max(1, len(lines) // 10) else None


def _covered(line: Line, size: float, low: int, high: int) -> list[tuple[int, int]]:
    """The whole x positions in low..high the line crosses (_crosses), as merged spans."""
    spans: list[tuple[int, int]] = []
    for w in line.words:
        a, b = max(low, int(w.x0 - size / 2) + 1), min(high, int(w.x1 + size / 2))
        if a > b:
            continue
        if spans and a <= spans[-1][1] + 1:
            spans[-1] = (spans[-1][0], max(spans[-1][1], b))
        else:
            spans.append((a, b))
    return spans


def _band(lines: list[Line], gutter: float) -> list[list[Word]]:
    left = [[w for w in l.words if w.x1 <= gutter] for l in lines]
    right = [[w for w in l.words if w.x0 >= gutter] for l in lines]
    left, right = [ws for ws in left if ws], [ws for ws in right if ws]
    everything = [w for l in lines for w in l.words]
    if len(left) < _MIN_LINES or len(right) < _MIN_LINES:
        return [everything]
    if _aligned(left, right) or _aligned(right, left) \
            or not (_prose(left) and _prose(right) or _running(left) or _running(right)):
        return [everything]
    return [[w for ws in left for w in ws], [w for ws in right for w in ws]]


def _prose(lines: list[list[Word]]) -> bool:
    """Lines of several words, many in lower case and few figures: not a table's labels,
    figures, periods and statuses ('Q4 17/18  46%  GREEN  Worsening')."""
    words = [w for ws in lines for w in ws]
    lower = sum(1 for w in words if _LOWER_WORD.match(w.text))
    figures = sum(1 for w in words if FIGURE_WORD.match(w.text))
    return len(words) / len(lines) >= _PROSE and lower >= _LOWER * len(words) and figures <= 0.2 * len(words)


def _running(lines: list[list[Word]]) -> bool:
    """A column of running text: long lines, most of the long ones ending mid-sentence. Its
    side bar may be anything (big figures over their captions): the text tells the columns."""
    texts = [" ".join(w.text for w in ws) for ws in lines]
    if sum(len(t.split()) for t in texts) < _RUNNING_WORDS * len(texts):
        return False
    long = [t for t in texts if len(t.split()) >= 5]
    return sum(1 for t in long if not re.search(r"[.:;!?)]$", t)) >= _RUN_ON * len(long)


def _aligned(side: list[list[Word]], other: list[list[Word]]) -> bool:
    """Most of one side's lines share a baseline with a line of the other side."""
    bottoms = [max(w.bottom for w in ws) for ws in other]
    shared = sum(1 for ws in side if any(abs(max(w.bottom for w in ws) - b) < 1.0 for b in bottoms))
    return shared >= _ALIGNED * len(side)
