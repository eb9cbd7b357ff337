"""Words placed on a page, as a PDF's text layer or OCR gives them, made into lines,
paragraphs and tables: lines by their height on the page, a wide gap between words a
change of cell, paragraphs by the space between lines, tables as runs of lines with
cells, their columns where no line has a word (a right-aligned figure and an empty cell
keep their column)."""
from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, field

from .document import Block
from .markers import split_marker

_ENDS_STATEMENT = re.compile(r"[.:;!?]\s*$|[.:;!?][\"'’”)]\s*$")
_ENDS_FIGURE = re.compile(r"(?:\d|%|\))\s*$")
_MONTH_FIRST = re.compile(r"(?i)(?:january|february|march|april|may|june|july|august|september|october|"
                          r"november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b")
CELL_GAP = 1.6  # a gap wider than this many times the text's size parts two cells


@dataclass
class Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool = False
    conf: int = 100  # OCR's confidence in the word, 0-100; 100 for a text layer


@dataclass
class Line:
    words: list[Word]
    page: int
    cells: list[list[Word]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.words.sort(key=lambda w: w.x0)
        size = self.size
        self.cells = [[self.words[0]]]
        for previous, word in zip(self.words, self.words[1:]):
            gap = word.x0 - previous.x1
            first_is_marker = len(self.cells) == 1 and len(self.cells[0]) == 1 and _is_marker(self.cells[0][0].text)
            if gap > CELL_GAP * size and not first_is_marker:
                self.cells.append([word])
            else:
                self.cells[-1].append(word)

    @property
    def size(self) -> float:
        return statistics.median(w.size for w in self.words)

    @property
    def top(self) -> float:
        return min(w.top for w in self.words)

    @property
    def bottom(self) -> float:
        return max(w.bottom for w in self.words)

    @property
    def x0(self) -> float:
        return self.words[0].x0

    @property
    def x1(self) -> float:
        return max(w.x1 for w in self.words)

    @property
    def bold(self) -> bool:
        return all(w.bold for w in self.words)

    @property
    def conf(self) -> int:
        return min(w.conf for w in self.words)

    @property
    def is_row(self) -> bool:
        return len(self.cells) > 1

    def cell_texts(self) -> list[str]:
        return [_joined(cell) for cell in self.cells]

    @property
    def text(self) -> str:
        return "\t".join(self.cell_texts())


def _joined(words: list[Word]) -> str:
    """Words with a space between, none before closing punctuation (a footnote marker left
    out of '245², as at' leaves a gap where it was)."""
    text = ""
    for word in words:
        text += word.text if not text or word.text[:1] in ",.;:)%" else " " + word.text
    return text


def _is_marker(text: str) -> bool:
    return split_marker(text + " X x") is not None


def lines_of(words: list[Word], page: int) -> list[Line]:
    """Words whose vertical middles fall within half a line of each other share a line."""
    lines: list[list[Word]] = []
    for word in sorted(words, key=lambda w: (round(w.top), w.x0)):
        middle = (word.top + word.bottom) / 2
        for line in reversed(lines[-3:]):
            ref = statistics.median((w.top + w.bottom) / 2 for w in line)
            if abs(middle - ref) <= 0.45 * max(word.size, line[0].size):
                line.append(word)
                break
        else:
            lines.append([word])
    return sorted((Line(ws, page) for ws in lines), key=lambda l: (l.top, l.x0))


def blocks_of(lines: list[Line], where: str, page: int, body_size: float, right: float) -> list[tuple[float, Block]]:
    """Lines in reading order grouped into headings, paragraphs and tables."""
    out: list[tuple[float, Block]] = []
    group: list[Line] = []
    for line in lines:
        if group and _breaks(group[-1], line, body_size, right):
            out.append(_block(group, where, page, body_size, right))
            group = []
        group.append(line)
    if group:
        out.append(_block(group, where, page, body_size, right))
    return out


def _breaks(previous: Line, line: Line, body_size: float, right: float) -> bool:
    height = max(previous.bottom - previous.top, 1.0)
    if line.top - previous.bottom > 0.6 * height:
        return True
    if line.is_row != previous.is_row or is_heading(line, body_size) or is_heading(previous, body_size):
        return True
    if line.is_row:
        return False
    marker = split_marker(line.text)
    if marker is not None and not _MONTH_FIRST.match(marker[1]):
        return bool(_ENDS_STATEMENT.search(previous.text)) or previous.x1 < right * 0.75 or line.x0 < previous.x0 - 2
    return False


def is_heading(line: Line, body_size: float) -> bool:
    if line.is_row or len(line.text) > 100 or line.text[:1].islower():
        return False
    return line.bold or line.size > body_size * 1.15


def _block(group: list[Line], where: str, page: int, body_size: float, right: float) -> tuple[float, Block]:
    top = group[0].top
    conf = tuple(l.conf for l in group)
    if len(group) == 1 and is_heading(group[0], body_size) and split_marker(group[0].text) is None:
        return top, Block("heading", group[0].text.strip(), where, level=2, page=page, confidence=conf)
    if group[0].is_row:
        rows, row_conf = table_rows(group)
        return top, Block("table", where=where, rows=rows, page=page, confidence=row_conf)
    text, confidence = "", []
    short = False
    for line in group:
        words = line.text.replace("\t", " ").strip()
        ends_figure = _ENDS_FIGURE.search(text) and words[:1].isupper() and not _MONTH_FIRST.match(words)
        if text and (short or ends_figure):
            text += "\n" + words
            confidence.append(line.conf)
        else:
            text = f"{text} {words}" if text else words
            if confidence:
                confidence[-1] = min(confidence[-1], line.conf)
            else:
                confidence.append(line.conf)
        short = line.x1 < right * 0.75
    return top, Block("paragraph", text, where, page=page, confidence=tuple(confidence))


def table_rows(lines: list[Line]) -> tuple[tuple[tuple[str, ...], ...], tuple[int, ...]]:
    """The lines' cells in columns: a column boundary wherever no line has a cell."""
    spans = sorted((cell[0].x0, max(w.x1 for w in cell)) for line in lines for cell in line.cells)
    columns: list[list[float]] = []
    for x0, x1 in spans:
        if columns and x0 <= columns[-1][1]:
            columns[-1][1] = max(columns[-1][1], x1)
        else:
            columns.append([x0, x1])
    if len(columns) < 2:
        return tuple(tuple(l.cell_texts()) for l in lines), tuple(l.conf for l in lines)
    rows = []
    for line in lines:
        row = [""] * len(columns)
        for cell in line.cells:
            middle = (cell[0].x0 + max(w.x1 for w in cell)) / 2
            index = next(i for i, (a, b) in enumerate(columns) if a - 1 <= middle <= b + 1) \
                if any(a - 1 <= middle <= b + 1 for a, b in columns) else len(columns) - 1
            row[index] = (row[index] + " " + _joined(cell)).strip()
        rows.append(tuple(row))
    return tuple(rows), tuple(l.conf for l in lines)
