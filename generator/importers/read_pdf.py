"""PDF, read with pdfplumber: ruled tables as tables, the other words laid out into
lines, paragraphs and unruled tables (layout.py). Footnote markers printed small and
raised after a figure are left out ('245' and a raised '2' is 245); lines in the top
and foot margins that repeat from page to page or number the page are left out. A PDF
with no text layer, a scan, is read by OCR (ocr.py)."""
from __future__ import annotations

import io
import re

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfparser import PDFSyntaxError
from pdfminer.pdftypes import resolve1
from pdfminer.psparser import PSLiteral
from pdfminer.utils import decode_text

from .document import Document, Unreadable
from .layout import Word, lines_of
from .pages import blocks_of_pages
from .text_columns import page_lines

MAX_PAGES = 1000
_MARK_CHARS = set("0123456789*†‡")


def read_pdf(data: bytes, progress=None) -> Document:
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
        pages = pdf.pages
    except (PDFPasswordIncorrect, PDFEncryptionError):
        raise Unreadable("the PDF is encrypted (it needs a password to open); save an unprotected "
                         "copy and import that") from None
    except PDFSyntaxError:
        raise Unreadable("the PDF is damaged (not a valid PDF); open it, save or print it to PDF "
                         "again and import the new file") from None
    except Exception as exc:  # pdfplumber wraps pdfminer's many failures on broken files
        cause = exc.args[0] if exc.args and isinstance(exc.args[0], Exception) else exc
        if isinstance(cause, (PDFPasswordIncorrect, PDFEncryptionError)):
            raise Unreadable("the PDF is encrypted (it needs a password to open); save an unprotected "
                             "copy and import that") from None
        raise Unreadable("the PDF is damaged (not a valid PDF); open it, save or print it to PDF "
                         "again and import the new file") from None
    with pdf:
        if len(pages) > MAX_PAGES:
            raise Unreadable(f"the PDF has {len(pages)} pages, more than the {MAX_PAGES} the importer "
                             "reads; split it into one file per report")
        read = [_page_content(page, number) for number, page in enumerate(pages, start=1)]
        if not any(lines or tables for lines, tables in read) and any(page.images for page in pages):
            from .ocr import read_scan
            return read_scan(pdf, progress)
        sides = _booklet_pages(pages)
        if sides is not None:  # a booklet's sheets: its pages in their own order, one by one
            pages = [side for side, _ in sides]
            read = [_shifted(_page_content(side, number), shift) for number, (side, shift) in enumerate(sides, 1)]
    blocks, furniture = blocks_of_pages(read, pages)
    return Document(blocks=blocks, format="pdf", furniture=furniture)


def _booklet_pages(pages) -> list | None:
    """A booklet printed for folding: landscape sheets of two pages each in imposition order
    (8|1, 2|7, 6|3, 4|5), known by no word crossing the fold and the pages' printed numbers
    agreeing with that order. Each half-sheet as a page, in the booklet's order, with the x
    to take off its words."""
    if len(pages) < 2 or any(p.width <= p.height for p in pages):
        return None
    count = 2 * len(pages)
    halves: dict[int, tuple] = {}
    agreeing = 0
    for i, page in enumerate(pages):
        middle = float(page.width) / 2
        words = page.extract_words()
        if any(w["x0"] < middle - 2 and w["x1"] > middle + 2 for w in words):
            return None
        numbers = (count - i, i + 1) if i % 2 == 0 else (i + 1, count - i)
        for (x0, x1), number in zip(((0, middle), (middle, float(page.width))), numbers):
            printed = {w["text"] for w in words if x0 <= w["x0"] and w["x1"] <= x1 and w["top"] > 0.88 * float(page.height)
                       and w["text"].isdigit()}
            if printed - {str(number)} and printed & set(map(str, range(1, count + 1))):
                return None  # a page number that is not the imposition's
            agreeing += str(number) in printed
            halves[number] = (page.crop((x0, 0, x1, float(page.height))), x0)
    return [halves[n] for n in sorted(halves)] if agreeing >= 2 else None


def _shifted(content, shift: float):
    """A half-sheet's lines moved to the page's left edge, as if printed on a page of its own."""
    lines, tables = content
    for line in lines:
        for word in line.words:  # a line's cells hold these same words
            word.x0 -= shift
            word.x1 -= shift
    return lines, tables


def _page_content(page, number: int):
    page = page.filter(_not_a_mark(page))
    tables = page.find_tables()
    words = [_word(w) for w in page.extract_words(keep_blank_chars=False, extra_attrs=["size", "fontname"])]
    words += _filled_in(page, words)
    tables = [t for t in tables if not _columns_unruled(t, words, number)]  # their words laid out as lines are
    grids = [t for t in tables if _a_layout_grid(t)]
    tables = [t for t in tables if t not in grids]
    outside = [w for w in words if not any(_inside(w, t.bbox) for t in tables + grids)]
    lines = _with_grid_cells(page_lines(outside, number, float(page.width)), grids, words, number)
    return lines, [(t.bbox[1], _table_rows(t)) for t in tables]


def _columns_unruled(table, words: list[Word], number: int) -> bool:
    """A table in shaded bands or ruled only between its rows (a Power BI table, a Word style
    with no upright rules): pdfplumber sees one cell a row, which the words' gaps part into columns."""
    if any(len(row.cells) > 1 for row in table.rows):
        return False
    boxes = [box for row in table.rows for box in row.cells if box is not None]
    return any(line.is_row for box in boxes for line in lines_of([w for w in words if _inside(w, box)], number))


_GRID_CELL_WORDS = 40  # a cell holding this many words is a page's layout, not a table's cell


def _a_layout_grid(table) -> bool:
    """A page laid out with a table's rules ('Our ambition | What we will do | How we will
    know | Progress'): a row or two of cells each holding paragraphs, lists, tables of their own."""
    rows = table.extract() or []
    return len(rows) <= 3 and any(len((cell or "").split()) >= _GRID_CELL_WORDS for row in rows for cell in row)


def _with_grid_cells(lines: list, grids: list, words: list[Word], number: int) -> list:
    """The page's lines with each layout grid's cells read in its place, one after another
    (row by row, left to right), each cell's lines a reading-order region of their own; the
    lines above and below it keep their own order."""
    for grid in sorted(grids, key=lambda t: t.bbox[1], reverse=True):
        above = [line for line in lines if line.top < grid.bbox[1]]
        below = [line for line in lines if line.top >= grid.bbox[1]]
        cells: list = []
        after = _cells_read(grid, words, number, _renumbered(above, 0), cells)
        _renumbered(below, after)
        lines = above + cells + below
    return lines


def _renumbered(lines: list, start: int) -> int:
    """The lines' regions numbered from start in the order they come; the number after them."""
    new: dict[int, int] = {}
    for line in lines:
        line.region = new.setdefault(line.region, start + len(new))
    return start + len(new)


def _cells_read(grid, words: list[Word], number: int, region: int, out: list) -> int:
    """The grid's cells' lines into out, a region each from `region`; the region after them."""
    for row in grid.rows:
        for box in row.cells:
            if box is None:
                continue
            for line in lines_of([w for w in words if _inside(w, box)], number):
                line.region = region
                out.append(line)
            region += 1
    return region


def _filled_in(page, printed: list[Word]) -> list[Word]:
    """A fillable form's typed-in values (a decision record's date, decision maker, decision),
    which live in its fields, not in the page's text: laid out as words where the field sits,
    a line of the value under the line before, unless the page already prints words there."""
    words: list[Word] = []
    for annot in page.annots or ():
        value, size = _field_value(annot.get("data") or {})
        box = (annot["x0"], annot["top"], annot["x1"], annot["bottom"])
        if not value or any(_inside(w, box) for w in printed):
            continue
        for n, line in enumerate(value.splitlines()):
            top, x = annot["top"] + 2 + n * size * 1.2, annot["x0"] + 2
            for text in line.split():
                words.append(Word(text, x, x + len(text) * size * 0.5, top, top + size, size))
                x += (len(text) + 1) * size * 0.5
    return words


def _field_value(field: dict) -> tuple[str, float]:
    """A text field's value and its type size, either held by the field's widget or inherited
    from the field it is a part of."""
    kind = value = appearance = None
    for _ in range(10):  # a field's parents, nearest first
        kind = kind or resolve1(field.get("FT"))
        value = value if value is not None else resolve1(field.get("V"))
        appearance = appearance or resolve1(field.get("DA"))
        field = resolve1(field.get("Parent")) or {}
        if not isinstance(field, dict):
            break
    if not (isinstance(kind, PSLiteral) and kind.name == "Tx" and isinstance(value, bytes)):
        return "", 0.0
    size = re.search(rb"([\d.]+)\s+Tf", appearance) if isinstance(appearance, bytes) else None
    return decode_text(value).replace("\r", "\n"), (float(size.group(1)) if size and float(size.group(1)) else 10.0)


def _word(w: dict) -> Word:
    return Word(w["text"], w["x0"], w["x1"], w["top"], w["bottom"], w["size"],
                bold="bold" in w["fontname"].lower() or "black" in w["fontname"].lower())


def _not_a_mark(page):
    """Footnote markers: a digit or symbol printed smaller than the character before it and
    raised above its line, just after it ('245' then a raised '2')."""
    chars = page.chars
    marks = set()
    for before, c in zip(chars, chars[1:]):
        if (c["text"] in _MARK_CHARS and before["text"].strip() and c["size"] <= 0.82 * before["size"]
                and c["bottom"] < before["bottom"] - 0.2 * before["size"]
                and -1 <= c["x0"] - before["x1"] < before["size"]):
            marks.add((c["x0"], c["top"], c["text"]))
    if not marks:
        return lambda obj: True
    return lambda obj: obj.get("object_type") != "char" or (obj["x0"], obj["top"], obj["text"]) not in marks


def _inside(word: Word, bbox) -> bool:
    x0, top, x1, bottom = bbox
    return top - 1 <= word.top and word.bottom <= bottom + 1 and x0 - 1 <= word.x0 and word.x1 <= x1 + 1


def _table_rows(table) -> tuple[tuple[str, ...], ...]:
    """Cells as a plain grid: a slot a merged cell covers (None in pdfplumber's grid)
    repeats the text of the cell that covers it, to its left or above, found by where the
    cells lie on the page."""
    rows = [list(row) for row in (table.extract() or [])]
    boxes = [list(row.cells) for row in table.rows]
    origin = {box: (r, c) for r, row in enumerate(boxes) for c, box in enumerate(row) if box is not None}
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            if cell is None:
                covering = _covering(table.cells, boxes, r, c)
                at = origin.get(covering) if covering else None
                row[c] = rows[at[0]][at[1]] if at else (row[c - 1] if c else "")
    return tuple(tuple(" ".join((c or "").split()) for c in row) for row in rows if any(row))


def _covering(cells, boxes, r: int, c: int):
    """The cell whose box holds the middle of slot (r, c)."""
    xs = [row[c] for row in boxes if c < len(row) and row[c] is not None]
    ys = [box for box in boxes[r] if box is not None]
    if not xs or not ys:
        return None
    narrow, short = min(xs, key=lambda b: b[2] - b[0]), min(ys, key=lambda b: b[3] - b[1])  # one column, one row
    x = (narrow[0] + narrow[2]) / 2
    y = (short[1] + short[3]) / 2
    return next((box for box in cells if box[0] <= x <= box[2] and box[1] <= y <= box[3]), None)
