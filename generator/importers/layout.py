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
from .markers import ends_mid_sentence, is_title, split_marker

_ENDS_STATEMENT = re.compile(r"[.:;!?]\s*$|[.:;!?][\"'’”)]\s*$")
_COUNCIL_YEAR = re.compile(r"^(?:19|20)\d\d/\d\d$")
FIGURE_WORD = re.compile(r"^[(£]?\d[\d,.]*%?[)*\"'’”]?$")
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
    region: int = 0  # where it is in the page's reading order: a column's lines share one (text_columns.py)

    def __post_init__(self) -> None:
        self.words.sort(key=lambda w: w.x0)
        size = self.size
        self.cells = [[self.words[0]]]
        for previous, word in zip(self.words, self.words[1:]):
            gap = word.x0 - previous.x1
            first_is_marker = (len(self.cells) == 1 and len(self.cells[0]) == 1 and _is_marker(self.cells[0][0].text)
                               and word.text[:1].isalpha())
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


def blocks_of(lines: list[Line], where: str, page: int, heading_size: float,
              right: float) -> list[tuple[tuple[int, float], Block]]:
    """Lines in reading order grouped into headings, paragraphs and tables, each with where
    it is in the page's reading order (its region, then its height)."""
    out: list[tuple[tuple[int, float], Block]] = []
    group: list[Line] = []
    for i, line in enumerate(lines):
        if group and line.is_row and _heads_columns(group, line):
            pass  # '2013/14' over its column, then the table's heading row
        elif group and line.region == group[-1].region and _centred_label(group, line, lines[i + 1:i + 2]):
            pass  # a label's first line over its row's figures, a browser's padding above it
        elif group and (line.region != group[-1].region or
                        not _in_table(group, line) and _breaks(group[-1], line, heading_size, right)):
            out.append(_block(group, where, page, heading_size, right))
            group = []
        group.append(line)
    if group:
        out.append(_block(group, where, page, heading_size, right))
    return out


def _heads_columns(group: list[Line], row: Line) -> bool:
    """The group is the first line of the headings of a table's columns: short words,
    standing over the row's later cells, close above it."""
    return (all(not l.is_row and len(l.text) <= 20 for l in group) and len(row.cells) > 2
            and all(l.x0 > row.cells[0][-1].x1 for l in group)
            and row.top - group[-1].bottom <= max(row.bottom - row.top, 1.0))


def _centred_label(group: list[Line], line: Line, after: list[Line]) -> bool:
    """The first line of a label centred in its cell, as a browser prints a web page's table:
    a short line left of the figures of the row close below it ('Number of complaints' /
    '161  148  140' / 'received'), a row's spacing below the table's last row."""
    rows = [l for l in group if l.is_row]
    if not rows or not after or not after[0].is_row:
        return False
    row, height = after[0], max(line.bottom - line.top, 1.0)
    figures = _figures_start([row])
    return (figures is not None and line.x1 < figures - 6 and not line.is_row and len(line.text) <= 45
            and not _ENDS_STATEMENT.search(line.text) and row.top - line.bottom <= 1.2 * height
            and line.top - group[-1].bottom <= 2.5 * height)


def _figures_start(rows: list[Line]) -> float | None:
    """Where the rows' first figure starts: a label's lines stand left of it."""
    return min((w.x0 for l in rows for w in l.words if FIGURE_WORD.match(w.text)), default=None)


def _in_table(group: list[Line], line: Line) -> bool:
    """A table goes on: another row close below, or a short line where its first column is
    (a label running over two lines, whose figures stand at the middle of its cell)."""
    rows = [l for l in group if l.is_row]
    if not rows:
        return False
    height = max(rows[-1].bottom - rows[-1].top, 1.0)
    gap = line.top - group[-1].bottom
    if line.is_row:
        return gap <= 2.5 * height
    first = min(l.x0 for l in group)
    figures = _figures_start(rows)
    if line.x0 > first + 40 and not (figures is not None and line.x1 < figures):
        # under a later column: its heading's second line ('outturn', '2015/16 2015/16 2015/16')
        return ((len(line.text) <= 20 or all(_COUNCIL_YEAR.match(w.text) for w in line.words))
                and gap <= 1.2 * height and line.x1 <= max(l.x1 for l in rows) + 6)
    # a label's other line at its cell's left, or anywhere left of the figures (a label
    # centred in its cell, as a browser prints a web page's table)
    beside = abs(line.x0 - first) <= 6 or (line.x0 >= first - 6 and figures is not None and line.x1 < figures - 6)
    return beside and len(line.text) <= 45 and gap <= 1.2 * height and not _ENDS_STATEMENT.search(line.text)


def _breaks(previous: Line, line: Line, heading_size: float, right: float) -> bool:
    height = max(previous.bottom - previous.top, 1.0)
    if line.top - previous.bottom > 0.6 * height:
        return True
    if line.is_row != previous.is_row or is_heading(line, heading_size) or is_heading(previous, heading_size):
        return True
    if _titled(line) or _titled(previous):
        return True  # 'PERFORMANCE', 'Recommendations': a line of its own
    if line.is_row:
        return False
    marker = split_marker(line.text)
    if marker is not None and not marker[0][:1].isdigit():
        return True  # '(d) agrees ...' under '(c) ...; and': a lettered item starts a line
    if marker is not None and not _MONTH_FIRST.match(marker[1]):
        return bool(_ENDS_STATEMENT.search(previous.text)) or previous.x1 < right * 0.75 or line.x0 < previous.x0 - 2
    return False


def _titled(line: Line) -> bool:
    text = line.text.strip(" |")
    return (len(text.split()) <= 6 and is_title(text) and not re.search(r"\d", text)
            and not _MONTH_FIRST.match(text))  # 'September' alone: a date a line break cut


def is_heading(line: Line, heading_size: float) -> bool:
    if line.is_row or len(line.text) > 100 or line.text[:1].islower():
        return False
    return line.bold or line.size > heading_size


def _block(group: list[Line], where: str, page: int, heading_size: float,
           right: float) -> tuple[tuple[int, float], Block]:
    top = (group[0].region, group[0].top)
    conf = tuple(l.conf for l in group)
    if len(group) == 1 and is_heading(group[0], heading_size) and split_marker(group[0].text) is None:
        return top, Block("heading", group[0].text.strip(), where, level=2, page=page, confidence=conf)
    if any(l.is_row for l in group):
        rows, row_conf = table_rows(group)
        return top, Block("table", where=where, rows=rows, page=page, confidence=row_conf)
    text, confidence = "", []
    short, previous = False, ""
    for line in group:
        words = line.text.replace("\t", " ").strip()
        ends_figure = (_ENDS_FIGURE.search(text) and words[:1].isupper() and not _MONTH_FIRST.match(words)
                       and (short or not ends_mid_sentence(previous)))
        if text and (short or ends_figure):
            text += "\n" + words
            confidence.append(line.conf)
        else:
            text = f"{text} {words}" if text else words
            if confidence:
                confidence[-1] = min(confidence[-1], line.conf)
            else:
                confidence.append(line.conf)
        short, previous = line.x1 < right * 0.75, words
    return top, Block("paragraph", text, where, page=page, confidence=tuple(confidence))


def table_rows(lines: list[Line]) -> tuple[tuple[tuple[str, ...], ...], tuple[int, ...]]:
    """The lines' cells in columns (a column boundary wherever no line has a cell); a line
    with words only in the first column is the label of the row nearest it."""
    columns = _columns(lines)
    rows = [_in_columns(line, columns) for line in lines]
    # a line only in a later column is a heading's, a row of its own; so is a line with a value
    # in a later column whose gap was too narrow to make it a row ('Date of meeting 18 February
    # 2020'), but not a label's first line beside its reference ('HS02 | Households')
    valued = [i for i, (line, row) in enumerate(zip(lines, rows)) if line.is_row or len(columns) < 2
              or not row[0] or any(re.search(r"\d", cell) for cell in row[1:])]
    owner = {i: _nearest(i, lines, valued) for i in range(len(lines)) if i not in valued}
    out_rows, out_conf = [], []
    for j in range(len(lines)):
        if j in owner and owner[j] is not None:
            continue  # a label line: joined to its row below
        parts = sorted([j, *(k for k, o in owner.items() if o == j)], key=lambda k: lines[k].top)
        label = " ".join(rows[k][0] for k in parts if rows[k][0])
        out_rows.append((label,) + rows[j][1:])
        out_conf.append(min(lines[k].conf for k in parts))
    return tuple(out_rows), tuple(out_conf)


def _nearest(i: int, lines: list[Line], valued: list[int]) -> int | None:
    """The row a label line belongs to: following the lines it stands closer to, above or
    below, to one with values (a label top-aligned in its cell runs on below its figures;
    one centred in it, as a browser prints a table, stands above and below them)."""
    if not valued:
        return None
    seen = set()
    while i not in valued and i not in seen:
        seen.add(i)
        up = _middle(lines[i]) - _middle(lines[i - 1]) if i > 0 else None
        down = _middle(lines[i + 1]) - _middle(lines[i]) if i + 1 < len(lines) else None
        if up is None and down is None:
            return None
        i = i - 1 if down is None or (up is not None and up <= down * 1.1) else i + 1
    return i if i in valued else None


def _middle(line: Line) -> float:
    return (line.top + line.bottom) / 2


def _columns(lines: list[Line]) -> list[list[float]]:
    """Where the table's columns are: between the gaps no row of figures' words cross that are
    wider than a word's space, by the rows' words, not their cells (a figure and a status a
    scan set close, '119 Off track', still fall in two columns when the other rows part them)."""
    rows = [l for l in lines if l.is_row]
    figured = [l for l in rows if _a_row_of_figures(l)]
    # A heading over two columns ('Hollinsfield' over its 'Oct-Dec' and 'Jan-Mar') crosses
    # the gap between them: the rows of figures say where the columns are
    spans = sorted((w.x0, w.x1) for line in (figured if len(figured) >= 2 else rows) for w in line.words)
    size = statistics.median(l.size for l in rows) if rows else 10.0
    merged: list[list[float]] = []
    for x0, x1 in spans:
        if merged and x0 <= merged[-1][1] + 0.6 * size:
            merged[-1][1] = max(merged[-1][1], x1)
        else:
            merged.append([x0, x1])
    return merged


def _a_row_of_figures(line: Line) -> bool:
    figures = sum(1 for w in line.words[1:] if FIGURE_WORD.match(w.text))
    return figures >= 2  # not a scan's speck read as '5' in a heading


def _in_columns(line: Line, columns: list[list[float]]) -> tuple[str, ...]:
    if len(columns) < 2:
        return tuple(line.cell_texts())
    row: list[list[Word]] = [[] for _ in columns]
    index, previous = 0, None
    for word in line.words:
        middle = (word.x0 + word.x1) / 2
        # (or where it starts: a heading wider than its column's figures, 'Variance' over '-92')
        inside = [i for i, (a, b) in enumerate(columns) if a - 1 <= middle <= b + 1] or \
                 [i for i, (a, b) in enumerate(columns) if a - 1 <= word.x0 <= b + 1]
        after = [i for i, (a, b) in enumerate(columns) if b >= word.x0]
        if inside:
            index = inside[0]
        elif previous is None or word.x0 - previous.x1 > 0.6 * line.size:
            # a word between columns, not running on from the one before, heads the figures
            # right of it: a heading sits at its cell's left, figures at its right
            # ('Oct 2024' over '119')
            index = after[0] if after else len(columns) - 1
        row[index].append(word)
        previous = word
    return tuple(_joined(words) for words in row)
