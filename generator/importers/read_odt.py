"""OpenDocument text (.odt): content.xml read with the standard library. Headings by
outline level; numbered list items numbered per level from their list's start; footnotes
and superscript markers left out; merged cells repeated into the cells they cover; a
text box (a frame) read after the paragraph it is anchored in; a table that holds a table
lays the page out, so its cells are read as blocks of their own."""
from __future__ import annotations

import xml.etree.ElementTree as ET

from .document import Block, Document, Unreadable
from .zipcheck import open_zip

TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
MAX_DEPTH = 5


def _t(tag: str, ns: str = TEXT) -> str:
    return f"{{{ns}}}{tag}"


def read_odt(data: bytes) -> Document:
    archive = open_zip(data, "OpenDocument file")
    try:
        root = ET.fromstring(archive.read("content.xml"))
    except KeyError:
        raise Unreadable("the OpenDocument file has no content.xml (it is incomplete); open it in "
                         "LibreOffice, save it again and import the new file") from None
    except ET.ParseError:
        raise Unreadable("the OpenDocument file's XML is damaged; open it in LibreOffice, save it "
                         "again and import the new file") from None
    styles = [root]
    if "styles.xml" in archive.namelist():
        try:
            styles.append(ET.fromstring(archive.read("styles.xml")))
        except ET.ParseError:
            pass  # the list styles Word's conversions keep there are lost: items unnumbered
    numbering = _Numbering(styles)
    _drop_marks(root, _raised_styles(root))
    body = root.find(f"{_t('body', OFFICE)}/{_t('text', OFFICE)}")
    blocks: list[Block] = []
    if body is not None:
        _walk(body, blocks, numbering, [], 0)
    return Document(blocks=blocks, format="odt")


class _Numbering:
    """List styles (in content.xml or styles.xml): for each, per level, whether it numbers
    and from what start; and each style's counters, for a list that continues another
    (text:continue-numbering, text:continue-list) or, as Word's conversions write them, a
    list of one item whose style starts where the last left off."""

    def __init__(self, roots) -> None:
        self.levels: dict[str, dict[int, tuple[bool, int, str]]] = {}  # style -> level -> (numbered, start, suffix)
        for root in roots:
            for style in root.iter(_t("list-style")):
                levels = {}
                for level in style:
                    depth = int(level.get(_t("level"), "1") or 1)
                    numbered = level.tag == _t("list-level-style-number") and level.get(
                        _t("num-format", STYLE), "1") != ""
                    start = level.get(_t("start-value"), "1")
                    levels[depth] = (numbered, int(start) if start.isdigit() else 1,
                                     level.get(_t("num-suffix", STYLE), ""))
                self.levels[style.get(_t("name", STYLE))] = levels
        self.last: dict[str, list[int]] = {}  # style -> the counters its last list left

    def kind(self, style: str | None, depth: int) -> tuple[bool, int, str] | None:
        return self.levels.get(style or "", {}).get(depth)


def _raised_styles(root) -> set[str]:
    """Text styles that raise their text: a footnote marker typed as a superscript."""
    raised = set()
    for style in root.iter(_t("style", STYLE)):
        props = style.find(_t("text-properties", STYLE))
        if props is not None and (props.get(_t("text-position", STYLE)) or "").startswith(("super", "33%")):
            raised.add(style.get(_t("name", STYLE)))
    return raised


def _drop_marks(root, raised: set[str]) -> None:
    """Footnotes, and footnote markers raised after a figure, out of the text (their
    tails, the words after them, stay)."""
    for parent in root.iter():
        for i, child in reversed(list(enumerate(parent))):
            if child.tag == _t("note") or _is_mark(child, raised):
                tail = child.tail or ""
                if i:
                    parent[i - 1].tail = (parent[i - 1].tail or "") + tail
                else:
                    parent.text = (parent.text or "") + tail
                parent.remove(child)


def _walk(node, blocks: list[Block], numbering: _Numbering, counters: list[int], depth: int) -> None:
    for child in node:
        where = f"paragraph {len(blocks) + 1}"
        if child.tag == _t("h"):
            level = int(child.get(_t("outline-level"), "1"))
            blocks.append(Block("heading", _text(child), where, level=max(2, level)))
        elif child.tag == _t("p"):
            blocks.append(Block("paragraph", _text(child), where))
            for box in _text_boxes(child):  # a frame anchored here: its own paragraphs
                _walk(box, blocks, numbering, counters, depth + 1)
        elif child.tag == _t("list"):
            _list(child, blocks, numbering, None, [], depth)
        elif child.tag == _t("table", TABLE) and _lays_out(child):
            if depth > MAX_DEPTH:
                raise Unreadable(f"the document has tables nested more than {MAX_DEPTH} deep; copy its "
                                 "text into a new document and import that")
            for row in _table_rows(child):  # a frame round a table: its cells' own blocks
                for cell in row.findall(_t("table-cell", TABLE)):
                    _walk(cell, blocks, numbering, counters, depth + 1)
        elif child.tag == _t("table", TABLE):
            blocks.append(Block("table", where=where, rows=_rows(child, 1)))
        elif child.tag == _t("section"):
            _walk(child, blocks, numbering, counters, depth)


def _lays_out(table) -> bool:
    """A table that lays the page out rather than holding data: a cell with a table in it."""
    return any(cell.find(f".//{_t('table', TABLE)}") is not None
               for row in _table_rows(table) for cell in row.findall(_t("table-cell", TABLE)))


def _text_boxes(node):
    """The text boxes in a paragraph, a box inside a box with the outer one."""
    for child in node:
        if child.tag == _t("text-box", DRAW):
            yield child
        else:
            yield from _text_boxes(child)


def _list(node, blocks, numbering: _Numbering, style: str | None, outer: list[int], depth: int) -> None:
    """A list's items with their numbers: '2' for the second item, '2.1' for the first
    under it; a bulleted item marked as such."""
    if depth > 20:
        raise Unreadable("the document's lists are nested more than 20 deep; copy its text into a "
                         "new document and import that")
    style = node.get(_t("style-name")) or style
    level = len(outer) + 1
    kind = numbering.kind(style, level)
    numbered = bool(kind and kind[0]) or (kind is None and bool(outer))
    continues = node.get(_t("continue-numbering")) == "true" or node.get(_t("continue-list")) is not None
    last = numbering.last.get(style or "", [])
    count = last[level - 1] if continues and len(last) >= level else (kind[1] - 1 if kind else 0)
    suffix = kind[2] if kind else ""
    for item in node.findall(_t("list-item")):
        start = item.get(_t("start-value"))
        count = int(start) if start and start.isdigit() else count + 1
        here = outer + [count]
        numbering.last[style or ""] = here
        for child in item:
            if child.tag == _t("list"):
                _list(child, blocks, numbering, style, here if numbered else [], depth + 1)
            elif child.tag in (_t("p"), _t("h")) and _text(child).strip():
                number = ".".join(map(str, here)) + suffix if numbered else None
                blocks.append(Block("paragraph", _text(child), f"paragraph {len(blocks) + 1}",
                                    number=number, level=level - 1, bullet=not numbered))


def _text(node) -> str:
    parts = [node.text or ""]
    for child in node:
        if child.tag == _t("line-break"):
            parts.append("\n")
        elif child.tag == _t("tab"):
            parts.append("\t")
        elif child.tag == _t("s"):
            parts.append(" " * int(child.get(_t("c"), "1")))
        elif child.tag == _t("frame", DRAW):
            pass  # a text box's text is its own blocks (_walk), not this paragraph's
        else:
            parts.append(_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _is_mark(span, raised: set[str]) -> bool:
    if span.tag != _t("span") or span.get(_t("style-name")) not in raised:
        return False
    text = "".join(span.itertext()).strip()
    return len(text) <= 3 and not text.isalpha()


_ROW_GROUPS = {_t("table-header-rows", TABLE), _t("table-rows", TABLE), _t("table-row-group", TABLE)}


def _rows(table, depth: int) -> tuple[tuple[str, ...], ...]:
    """The table as a plain grid: a cell spanning columns is repeated into each, a covered
    cell under a cell spanning rows repeats that cell's text."""
    if depth > MAX_DEPTH:
        raise Unreadable(f"the document has tables nested more than {MAX_DEPTH} deep; copy its text "
                         "into a new document and import that")
    rows: list[list[str]] = []
    for row in _table_rows(table):
        cells: list[str] = []
        skip = 0  # covered cells that belong to a span across columns already repeated
        for cell in row:
            repeat = min(int(cell.get(_t("number-columns-repeated", TABLE), "1") or 1), 64)
            if cell.tag == _t("covered-table-cell", TABLE):
                for _ in range(repeat):
                    if skip:
                        skip -= 1
                    else:
                        above = rows[-1] if rows else []
                        cells.append(above[len(cells)] if len(cells) < len(above) else "")
                continue
            if cell.tag != _t("table-cell", TABLE):
                continue
            for inner in cell.iter(_t("table", TABLE)):
                _rows(inner, depth + 1)
            text = " ".join(_text(p).strip() for p in _paragraphs(cell) if _text(p).strip())
            span = int(cell.get(_t("number-columns-spanned", TABLE), "1") or 1)
            cells += [text] * (span * repeat)
            skip += span - 1
        rows.append(cells)
    return tuple(tuple(r) for r in rows)


def _paragraphs(cell):
    """A cell's paragraphs and headings in order (a template that sets every paragraph in a
    heading style sets its cells so too)."""
    return (node for node in cell.iter() if node.tag in (_t("p"), _t("h")))


def _table_rows(table):
    for child in table:
        if child.tag == _t("table-row", TABLE):
            yield child
        elif child.tag in _ROW_GROUPS:
            yield from _table_rows(child)
