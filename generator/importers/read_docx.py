"""Word .docx: paragraphs, headings and tables in order, with each numbered
paragraph's number as Word prints it, computed from word/numbering.xml."""
from __future__ import annotations

import io

from docx import Document as open_docx
from docx.oxml.ns import qn
from lxml import etree

from .document import Block, Document, Unreadable
from .numbering import Numbering
from .zipcheck import open_zip

MAX_TABLE_DEPTH = 5


def read_docx(data: bytes) -> Document:
    open_zip(data, "Word document")
    try:
        doc = open_docx(io.BytesIO(data))
    except etree.XMLSyntaxError:
        raise Unreadable("the Word document's XML is damaged; open it in Word or LibreOffice, "
                         "save it again and import the new file") from None
    except (KeyError, ValueError):
        raise Unreadable("the Word document is incomplete (a part is missing); open it in Word or "
                         "LibreOffice, save it again and import the new file") from None
    numbering = Numbering.from_docx(doc)
    blocks: list[Block] = []
    for n, element in enumerate(doc.element.body.iterchildren(), start=1):
        where = f"paragraph {n}"
        if element.tag == qn("w:p"):
            blocks.extend(_paragraph(element, where, doc, numbering))
        elif element.tag == qn("w:tbl"):
            blocks.append(Block("table", where=where, rows=_rows(element, 1)))
    return Document(blocks=blocks, format="docx")


def _paragraph(p, where: str, doc, numbering: Numbering) -> list[Block]:
    text = _text(p)
    if not text.strip():
        return []
    style = _style_name(p, doc)
    if style.startswith("heading") or style == "title":
        level = int(style.split()[-1]) + 1 if style.split()[-1].isdigit() else 1
        return [Block("heading", text.strip(), where, level=min(level, 6))]
    num_id, level = _num_pr(p, doc)
    number = numbering.next(num_id, level) if num_id else None
    if number:
        return [Block("paragraph", text.strip(), where, number=number, level=level)]
    return [Block("paragraph", text.strip(), where)]


def _text(p) -> str:
    parts = []
    for node in p.iter(qn("w:t"), qn("w:tab"), qn("w:br"), qn("w:cr")):
        if node.tag == qn("w:t"):
            parts.append(node.text or "")
        else:
            parts.append("\t" if node.tag == qn("w:tab") else "\n")
    return "".join(parts)


def _style_name(p, doc) -> str:
    style_id = p.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
    if style_id is None:
        return ""
    sid = style_id.get(qn("w:val"))
    try:
        return (doc.styles.get_by_id(sid, 1).name or sid).lower() if sid else ""
    except (KeyError, ValueError):
        return sid.lower()


def _num_pr(p, doc) -> tuple[str | None, int]:
    num_pr = p.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
    if num_pr is None:
        num_pr = _style_num_pr(p, doc)
    if num_pr is None:
        return None, 0
    num_id = num_pr.find(qn("w:numId"))
    ilvl = num_pr.find(qn("w:ilvl"))
    level = int(ilvl.get(qn("w:val"))) if ilvl is not None else 0
    return (num_id.get(qn("w:val")) if num_id is not None else None), level


def _style_num_pr(p, doc):
    style_id = p.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
    if style_id is None:
        return None
    for style in doc.styles.element.iterchildren(qn("w:style")):
        if style.get(qn("w:styleId")) == style_id.get(qn("w:val")):
            return style.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
    return None


def _rows(table, depth: int) -> tuple[tuple[str, ...], ...]:
    if depth > MAX_TABLE_DEPTH:
        raise Unreadable(f"the document has tables nested more than {MAX_TABLE_DEPTH} deep; "
                         "copy its text into a new document and import that")
    rows = []
    for tr in table.iterchildren(qn("w:tr")):
        cells = []
        for tc in tr.iterchildren(qn("w:tc")):
            for inner in tc.iterchildren(qn("w:tbl")):
                _rows(inner, depth + 1)
            cells.append(" ".join(_text(p).strip() for p in tc.iterchildren(qn("w:p")) if _text(p).strip()))
        rows.append(tuple(cells))
    return tuple(rows)
