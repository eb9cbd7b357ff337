"""OpenDocument text (.odt): content.xml read with the standard library. Headings by
outline level; numbered list items numbered per level from their list's start."""
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
    body = root.find(f"{_t('body', OFFICE)}/{_t('text', OFFICE)}")
    blocks: list[Block] = []
    if body is not None:
        _walk(body, blocks, numbered, [], 0)
    return Document(blocks=blocks, format="odt")


def _numbered_styles(root) -> set[str]:
    return {style.get(_t("name", STYLE)) for style in root.iter(_t("list-style"))
            if style.find(_t("list-level-style-number")) is not None}


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
                                    number=number, level=len(level) - 1))


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


def _rows(table, depth: int) -> tuple[tuple[str, ...], ...]:
    if depth > MAX_DEPTH:
        raise Unreadable(f"the document has tables nested more than {MAX_DEPTH} deep; copy its text "
                         "into a new document and import that")
    rows = []
    for row in table.iter(_t("table-row", TABLE)):
        cells = []
        for cell in row.findall(_t("table-cell", TABLE)):
            for inner in cell.findall(_t("table", TABLE)):
                _rows(inner, depth + 1)
            cells.append(" ".join(_text(p).strip() for p in cell.findall(_t("p")) if _text(p).strip()))
        rows.append(tuple(cells))
    return tuple(rows)
