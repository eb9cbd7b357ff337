"""OpenDocument text (.odt): content.xml read with the standard library. Headings by
outline level; numbered list items numbered per level from their list's start; footnotes
and superscript markers left out; merged cells repeated into the cells they cover."""
from __future__ import annotations

import xml.etree.ElementTree as ET

from .document import Block, Document, Unreadable
from .zipcheck import open_zip

TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
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
    numbered = _numbered_styles(root)
    _drop_marks(root, _raised_styles(root))
    body = root.find(f"{_t('body', OFFICE)}/{_t('text', OFFICE)}")
    blocks: list[Block] = []
    if body is not None:
        _walk(body, blocks, numbered, [], 0)
    return Document(blocks=blocks, format="odt")


def _numbered_styles(root) -> set[str]:
    return {style.get(_t("name", STYLE)) for style in root.iter(_t("list-style"))
            if style.find(_t("list-level-style-number")) is not None}


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


def _walk(node, blocks: list[Block], numbered: set[str], counters: list[int], depth: int) -> None:
    for child in node:
        where = f"paragraph {len(blocks) + 1}"
        if child.tag == _t("h"):
            level = int(child.get(_t("outline-level"), "1"))
            blocks.append(Block("heading", _text(child), where, level=max(2, level)))
        elif child.tag == _t("p"):
            blocks.append(Block("paragraph", _text(child), where))
        elif child.tag == _t("list"):
            _list(child, blocks, numbered, counters, depth)
        elif child.tag == _t("table", TABLE):
            blocks.append(Block("table", where=where, rows=_rows(child, 1)))
        elif child.tag == _t("section"):
            _walk(child, blocks, numbered, counters, depth)


def _list(node, blocks, numbered: set[str], counters: list[int], depth: int) -> None:
    if depth > 20:
        raise Unreadable("the document's lists are nested more than 20 deep; copy its text into a "
                         "new document and import that")
    is_numbered = node.get(_t("style-name")) in numbered or bool(counters)
    bulleted = not is_numbered and node.get(_t("style-name")) is not None
    level = list(counters) + [0]
    for item in node.findall(_t("list-item")):
        start = item.get(_t("start-value"))
        level[-1] = int(start) if start and start.isdigit() else level[-1] + 1
        for child in item:
            if child.tag == _t("list"):
                _list(child, blocks, numbered, level if is_numbered else [], depth + 1)
            elif child.tag in (_t("p"), _t("h")) and _text(child).strip():
                number = ".".join(map(str, level)) if is_numbered else None
                blocks.append(Block("paragraph", _text(child), f"paragraph {len(blocks) + 1}",
                                    number=number, level=len(level) - 1, bullet=bulleted))


def _text(node) -> str:
    parts = [node.text or ""]
    for child in node:
        if child.tag == _t("line-break"):
            parts.append("\n")
        elif child.tag == _t("tab"):
            parts.append("\t")
        elif child.tag == _t("s"):
            parts.append(" " * int(child.get(_t("c"), "1")))
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
            text = " ".join(_text(p).strip() for p in cell.iter(_t("p")) if _text(p).strip())
            span = int(cell.get(_t("number-columns-spanned", TABLE), "1") or 1)
            cells += [text] * (span * repeat)
            skip += span - 1
        rows.append(cells)
    return tuple(tuple(r) for r in rows)


def _table_rows(table):
    for child in table:
        if child.tag == _t("table-row", TABLE):
            yield child
        elif child.tag in _ROW_GROUPS:
            yield from _table_rows(child)
