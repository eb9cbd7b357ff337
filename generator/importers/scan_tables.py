"""A scan's ruled tables, made from its rules. The rules ocr.py paints out before text
recognition are the table's grid: pdfplumber finds the cells from them as it does from a
text layer's lines, and each recognised word goes to the cell it stands in. Laid out by
where its words stand alone, a table whose labels run to two lines, with the figures set
between them, came apart into rows and paragraphs."""
from __future__ import annotations

from .layout import CELL_GAP, Word

_TOLERANCE = 3.0  # pt: a scanned rule is broken and a little off the grid


def rule_edges(runs: list[tuple[int, int, int]], across: bool, scale: float) -> list[dict]:
    """Runs of ink (line, start, end in px; lines of pixels across or down) joined into
    rules, in points, as pdfplumber's edges: runs on neighbouring lines that overlap are
    one rule, a rule two or three pixels thick."""
    rules: list[list[int]] = []  # first line, last line, start, end
    for line, start, end in sorted(runs):
        for rule in rules:
            if 0 <= line - rule[1] <= 2 and start < rule[3] and rule[2] < end:
                rule[1], rule[2], rule[3] = line, min(rule[2], start), max(rule[3], end)
                break
        else:
            rules.append([line, line, start, end])
    edges = []
    for first, last, start, end in rules:
        middle = (first + last) / 2 * scale
        if across:
            edges.append({"x0": start * scale, "x1": end * scale, "top": middle, "bottom": middle,
                          "width": (end - start) * scale, "height": 0, "orientation": "h", "object_type": "line"})
        else:
            edges.append({"x0": middle, "x1": middle, "top": start * scale, "bottom": end * scale,
                          "width": 0, "height": (end - start) * scale, "orientation": "v", "object_type": "line"})
    return edges


def ruled_tables(edges: list[dict], words: list[Word]) -> tuple[list[tuple], list[Word]]:
    """The tables the rules make, as pages.py takes them (top, rows, each row's lowest
    confidence), and the words outside them. A table is two rows and two columns at least."""
    from pdfplumber.table import cells_to_tables, edges_to_intersections, intersections_to_cells, merge_edges

    if not edges:
        return [], words
    merged = merge_edges(edges, _TOLERANCE, _TOLERANCE, _TOLERANCE, _TOLERANCE)
    cells_of_tables = cells_to_tables(intersections_to_cells(edges_to_intersections(merged, _TOLERANCE, _TOLERANCE)))
    tables, taken = [], set()
    for cells in _whole(cells_of_tables):
        tops = sorted({round(c[1], 1) for c in cells})
        lefts = sorted({round(c[0], 1) for c in cells})
        inside = {cell: [w for w in words if id(w) not in taken and _centre_in(w, cell)] for cell in cells}
        if len(tops) < 2 or len(lefts) < 2 or not _a_grid(cells, inside, words):
            continue
        grid = [[None] * len(lefts) for _ in tops]
        confidence = [100] * len(tops)
        for cell in cells:
            taken.update(id(w) for w in inside[cell])
            row, column = tops.index(round(cell[1], 1)), lefts.index(round(cell[0], 1))
            grid[row][column] = _text(inside[cell])
            if inside[cell]:
                confidence[row] = min(confidence[row], min(w.conf for w in inside[cell]))
            # a merged cell: its text in every slot it covers (document.py's plain grid)
            for r, top in enumerate(tops):
                for c, left in enumerate(lefts):
                    if (r, c) != (row, column) and cell[1] <= top < cell[3] - 1 and cell[0] <= left < cell[2] - 1:
                        grid[r][c] = grid[row][column]
        rows = [(tuple(c or "" for c in row), conf) for row, conf in zip(grid, confidence) if any(row)]
        above = _unruled_rows_above(cells, lefts, [w for w in words if id(w) not in taken])
        taken.update(id(w) for line in above for w in line)
        rows = [(tuple(_text(cell) for cell in _in_columns(line, cells, lefts)), min(w.conf for w in line))
                for line in above] + rows
        if rows:
            top = min(w.top for w in above[0]) if above else tops[0]
            tables.append((top, tuple(r for r, _ in rows), tuple(c for _, c in rows)))
    return tables, [w for w in words if id(w) not in taken]


def _whole(tables: list[list[tuple]]) -> list[list[tuple]]:
    """The tables that are a table's whole grid. Two grids that touch, one on the other,
    are one table whose heading is not ruled as its body is (white lines between dark
    heading cells): their words are left to the layout, which makes the columns of such a
    table from its rows of figures."""
    boxes = [(min(c[0] for c in t), min(c[1] for c in t), max(c[2] for c in t), max(c[3] for c in t)) for t in tables]

    def touch(a, b) -> bool:
        return a[0] < b[2] and b[0] < a[2] and (abs(a[3] - b[1]) <= _TOLERANCE or abs(b[3] - a[1]) <= _TOLERANCE)

    return [t for t, box in zip(tables, boxes) if not any(touch(box, other) for other in boxes if other is not box)]


def _a_grid(cells, inside: dict, words: list[Word]) -> bool:
    """The rules are the table's whole grid: every word within the table is in a cell, no
    cell holds two cells' words side by side (a gap as wide as layout.py's between cells: a
    rule the scan lost, or a heading whose columns are parted by white lines), and none
    holds words in two of the rows the other columns' rules make."""
    box = (min(c[0] for c in cells), min(c[1] for c in cells), max(c[2] for c in cells), max(c[3] for c in cells))
    if sum(len(found) for found in inside.values()) < sum(1 for w in words if _centre_in(w, box)):
        return False
    tops = sorted({c[1] for c in cells})
    for cell, found in inside.items():
        lines = _lines([w for w in found if any(ch.isalnum() for ch in w.text)])  # a speck aside
        for line in lines:
            line.sort(key=lambda w: w.x0)
            if any(b.x0 - a.x1 > CELL_GAP * max(a.size, b.size) for a, b in zip(line, line[1:])):
                return False
        # a cell over several rows with words in more than one of them: a rule the scan lost
        rows = {sum(1 for top in tops if top <= (line[0].top + line[0].bottom) / 2) for line in lines}
        if len(rows) > 1:
            return False
    return True


def _unruled_rows_above(cells, lefts, words: list[Word]) -> list[list[Word]]:
    """The rows just above a grid, over its columns, with no more than a line's space
    between each and the next: the table's own heading rows, set white on a dark band whose
    rules were painted out with it (ocr.py), or a first row whose rule the scan lost."""
    left, top, right = min(c[0] for c in cells), min(c[1] for c in cells), max(c[2] for c in cells)
    over = [w for w in words if left <= (w.x0 + w.x1) / 2 <= right and w.bottom <= top + 1]
    above: list[list[Word]] = []
    edge = top
    for line in sorted(_lines(over), key=lambda l: -max(w.bottom for w in l)):
        height = max(w.bottom - w.top for w in line)
        if edge - max(w.bottom for w in line) > height or not _a_row(line):
            break
        above.insert(0, line)
        edge = min(w.top for w in line)
    return above


def _a_row(line: list[Word]) -> bool:
    """A table's row, not a line of prose: cells parted by wide gaps, or a word or two."""
    line = sorted((w for w in line if any(ch.isalnum() for ch in w.text)), key=lambda w: w.x0)
    return len(line) <= 2 or any(b.x0 - a.x1 > CELL_GAP * max(a.size, b.size) for a, b in zip(line, line[1:]))


def _in_columns(line: list[Word], cells, lefts) -> list[list[Word]]:
    """A line's words parted by the grid's columns."""
    right = max(c[2] for c in cells)
    bounds = [(left, lefts[i + 1] if i + 1 < len(lefts) else right) for i, left in enumerate(lefts)]
    return [[w for w in line if a <= (w.x0 + w.x1) / 2 < b] for a, b in bounds]


def _centre_in(word: Word, cell) -> bool:
    x, y = (word.x0 + word.x1) / 2, (word.top + word.bottom) / 2
    return cell[0] <= x <= cell[2] and cell[1] <= y <= cell[3]


def _text(words: list[Word]) -> str:
    """A cell's words in reading order: lines by their height, each left to right."""
    return " ".join(w.text for line in _lines(words) for w in sorted(line, key=lambda w: w.x0))


def _lines(words: list[Word]) -> list[list[Word]]:
    lines: list[list[Word]] = []
    for word in sorted(words, key=lambda w: w.top):
        if lines and word.top < lines[-1][0].bottom - 0.4 * (lines[-1][0].bottom - lines[-1][0].top):
            lines[-1].append(word)
        else:
            lines.append([word])
    return lines
