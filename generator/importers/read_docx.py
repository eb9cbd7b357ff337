"""Word .docx: paragraphs, headings and tables in order (inside content controls and
text boxes too, a box's after the paragraph it is anchored in),
with each numbered paragraph's number as Word prints it, computed from
word/numbering.xml. Soft breaks are kept as line breaks for `normalise` to join;
footnote references, superscript markers and hidden text are left out; merged cells are repeated
into the cells they cover. Running headers and footers live in their own parts of the
file, so they never reach the body: their lines are the document's furniture."""
from __future__ import annotations

import io
from dataclasses import replace

from docx import Document as open_docx
from docx.oxml.ns import qn
from lxml import etree

from .document import Block, Document, Unreadable
from .numbering import Numbering
from .zipcheck import open_zip

MAX_TABLE_DEPTH = 5
_WRAPPERS = {qn("w:sdt"), qn("w:sdtContent"), qn("w:customXml"), qn("w:smartTag")}
_MARK_STYLES = ("footnotereference", "endnotereference", "footnote reference", "endnote reference")


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
    reader = _Reader(doc, Numbering.from_docx(doc))
    reader.walk(doc.element.body)
    return Document(blocks=reader.blocks, format="docx", furniture=_headers_and_footers(doc))


_HEADER_PARTS = ("/relationships/header", "/relationships/footer")


def _headers_and_footers(doc) -> tuple[str, ...]:
    """The lines of the running headers and footers (a first page's own too: 'Cabinet
    06/03/2018 Agenda Item 9'), kept aside as the document's furniture, never its body."""
    lines: list[str] = []
    for rel in doc.part.rels.values():
        if rel.is_external or not rel.reltype.endswith(_HEADER_PARTS):
            continue
        try:
            root = etree.fromstring(rel.target_part.blob)
        except etree.XMLSyntaxError:
            continue
        lines += [" ".join(paragraph_text(p).split()) for p in root.iter(qn("w:p"))]
    return tuple(dict.fromkeys(line for line in lines if line))


class _Reader:
    def __init__(self, doc, numbering: Numbering):
        self.doc, self.numbering = doc, numbering
        self.blocks: list[Block] = []
        self.count = 0
        self.depth = 0  # layout tables entered
        self.style_numbering = {s.get(qn("w:styleId")): s.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
                                for s in doc.styles.element.iterchildren(qn("w:style"))}

    def walk(self, node) -> None:
        for element in node.iterchildren():
            if element.tag in _WRAPPERS:
                self.walk(element)
                continue
            if element.tag == qn("w:altChunk"):
                self.blocks += _alt_chunk(element, self.doc, f"paragraph {self.count + 1}")
                continue
            if element.tag not in (qn("w:p"), qn("w:tbl")):
                continue
            self.count += 1
            where = f"paragraph {self.count}"
            if element.tag == qn("w:p"):
                self.blocks.extend(self.paragraph(element, where))
                for box in _text_boxes(element):  # floating boxes anchored here: 'Key facts', a foreword
                    self.walk(box)
                self.blocks += [Block("paragraph", text, where) for text in _smart_art(element, self.doc)]
            elif _lays_out(element):  # a frame round a table: each cell's own paragraphs and tables
                self.depth += 1
                if self.depth > MAX_TABLE_DEPTH:
                    raise Unreadable(f"the document has tables nested more than {MAX_TABLE_DEPTH} deep; "
                                     "copy its text into a new document and import that")
                for tr in element.iterchildren(qn("w:tr")):
                    for tc in _cells(tr):
                        self.walk(tc)
                self.depth -= 1
            elif _one_column(element):  # a box ('Key facts'): its paragraphs, not a table
                for cell in element.iter(qn("w:tc")):
                    for p in cell.iterchildren(qn("w:p")):
                        self.blocks.extend(self.paragraph(p, where))
            else:
                self.blocks.append(Block("table", where=where, rows=_rows(element, 1)))

    def paragraph(self, p, where: str) -> list[Block]:
        text = paragraph_text(p)
        if not text.strip():
            return []
        style = _style_name(p, self.doc)
        if style.startswith("heading") or style == "title":
            level = int(style.split()[-1]) + 1 if style.split()[-1].isdigit() else 1
            return [Block("heading", text.strip(), where, level=min(level, 6))]
        num_id, level = self.num_pr(p)
        if num_id and self.numbering.is_bullet(num_id, level):
            return [Block("paragraph", text.strip(), where, level=level, bullet=True)]
        number = self.numbering.next(num_id, level) if num_id else None
        if number:
            return [Block("paragraph", text.strip(), where, number=number, level=level)]
        return [Block("paragraph", text.strip(), where)]

    def num_pr(self, p) -> tuple[str | None, int]:
        num_pr = p.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
        if num_pr is None:
            style_id = p.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
            num_pr = self.style_numbering.get(style_id.get(qn("w:val"))) if style_id is not None else None
        if num_pr is None:
            return None, 0
        num_id = num_pr.find(qn("w:numId"))
        ilvl = num_pr.find(qn("w:ilvl"))
        level = int(ilvl.get(qn("w:val"))) if ilvl is not None else 0
        return (num_id.get(qn("w:val")) if num_id is not None else None), level


def paragraph_text(p) -> str:
    """The paragraph's words: tabs and soft breaks kept, footnote marks left out."""
    parts = []
    for run in _own_runs(p):
        if _is_mark(run) or _hidden(run):
            continue
        for node in run.iterchildren():
            if node.tag == qn("w:t"):
                parts.append(node.text or "")
            elif node.tag == qn("w:tab"):
                parts.append("\t")
            elif node.tag in (qn("w:br"), qn("w:cr")):
                parts.append("\n")
            elif node.tag == qn("w:noBreakHyphen"):
                parts.append("-")
    return "".join(parts)


_BOX = qn("w:txbxContent")
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _own_runs(node):
    """The paragraph's own runs: not those of a text box anchored in it, which are blocks of
    their own, nor those of the copy Word keeps for older readers (mc:Fallback)."""
    for child in node.iterchildren():
        if child.tag == qn("w:r"):
            yield child
        if child.tag not in (_BOX, _FALLBACK):
            yield from _own_runs(child)


def _text_boxes(p) -> list:
    """The text boxes anchored in a paragraph, each once (not its mc:Fallback copy), a box
    inside a box with the outer one."""
    boxes = []
    for box in p.iter(_BOX):
        ancestor = box.getparent()
        while ancestor is not None and ancestor is not p and ancestor.tag not in (_BOX, _FALLBACK):
            ancestor = ancestor.getparent()
        if ancestor is p:
            boxes.append(box)
    return boxes


def _alt_chunk(element, doc, where: str) -> list[Block]:
    """A web page or text a program put into the document whole (w:altChunk: how many
    HTML-to-Word exports and CMSs build a .docx), which Word shows as the document's text."""
    part = doc.part.related_parts.get(element.get(qn("r:id")))
    if part is None:
        return []
    kind = part.content_type.lower()
    if "html" in kind:
        from .read_html import read_html
        blocks = read_html(part.blob).blocks
    elif kind.startswith("text/plain"):
        from .read_text import read_text
        blocks = read_text(part.blob).blocks
    else:
        return []  # an RTF or MHT chunk: not read (the officer is told the document has no text if nothing else is)
    return [replace(b, where=where) for b in blocks]


_DIAGRAM = "{http://schemas.openxmlformats.org/drawingml/2006/diagram}"
_DRAWING = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_RELATIONSHIPS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"


def _smart_art(p, doc) -> list[str]:
    """The words of a SmartArt graphic in the paragraph ('32.9%' / 'Household waste recycled'
    / 'at 31 March 2015'), a node at a time, its lines joined: Word keeps them in the
    diagram's data part, not in the document's text."""
    texts = []
    for ids in p.iter(f"{_DIAGRAM}relIds"):
        part = doc.part.related_parts.get(ids.get(f"{_RELATIONSHIPS}dm"))
        if part is None:
            continue
        try:
            data = etree.fromstring(part.blob)
        except etree.XMLSyntaxError:
            continue
        for point in data.iter(f"{_DIAGRAM}pt"):
            if point.get("type") in (None, "node"):
                lines = ["".join(t.text or "" for t in para.iter(f"{_DRAWING}t")) for para in point.iter(f"{_DRAWING}p")]
                if text := " ".join(line.strip() for line in lines if line.strip()):
                    texts.append(text)
    return texts


def _hidden(run) -> bool:
    """Hidden text (w:vanish): an earlier draft's words Word neither shows nor prints."""
    props = run.find(qn("w:rPr"))
    vanish = props.find(qn("w:vanish")) if props is not None else None
    return vanish is not None and vanish.get(qn("w:val")) not in ("0", "false", "off")


def _is_mark(run) -> bool:
    """A footnote or endnote reference, or a short superscript ('1,846' then a raised '1')."""
    if run.find(qn("w:footnoteReference")) is not None or run.find(qn("w:endnoteReference")) is not None:
        return True
    props = run.find(qn("w:rPr"))
    if props is None:
        return False
    style = props.find(qn("w:rStyle"))
    if style is not None and (style.get(qn("w:val")) or "").lower() in _MARK_STYLES:
        return True
    raised = props.find(qn("w:vertAlign"))
    if raised is None or raised.get(qn("w:val")) != "superscript":
        return False
    text = "".join(t.text or "" for t in run.iter(qn("w:t"))).strip()
    return len(text) <= 3 and not text.isalpha() or text in ("*", "†", "‡", "a", "b", "c")


def _style_name(p, doc) -> str:
    style_id = p.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
    if style_id is None:
        return ""
    sid = style_id.get(qn("w:val"))
    try:
        return (doc.styles.get_by_id(sid, 1).name or sid).lower() if sid else ""
    except (KeyError, ValueError):
        return sid.lower()


def _rows(table, depth: int) -> tuple[tuple[str, ...], ...]:
    """The table as a plain grid: a cell spanning columns (gridSpan) is repeated into each,
    a cell merged down (vMerge) repeats the text of the cell it continues."""
    if depth > MAX_TABLE_DEPTH:
        raise Unreadable(f"the document has tables nested more than {MAX_TABLE_DEPTH} deep; "
                         "copy its text into a new document and import that")
    rows: list[list[str]] = []
    for tr in table.iterchildren(qn("w:tr")):
        cells: list[str] = []
        for tc in _cells(tr):
            props = tc.find(qn("w:tcPr"))
            span = _int(props, "w:gridSpan", 1)
            merged = props.find(qn("w:vMerge")) if props is not None else None
            if merged is not None and merged.get(qn("w:val")) in (None, "continue") and rows:
                above = rows[-1]
                text = above[len(cells)] if len(cells) < len(above) else ""
            else:
                text = _cell_text(tc, depth)
            cells += [text] * span
        rows.append(cells)
    return tuple(tuple(r) for r in rows)


def _one_column(table) -> bool:
    rows = list(table.iterchildren(qn("w:tr")))
    return bool(rows) and all(len(list(_cells(tr))) == 1 for tr in rows) and table.find(f".//{qn('w:tbl')}") is None


def _lays_out(table) -> bool:
    """A table that lays the page out rather than holding data: a cell with a table in it."""
    return any(tc.find(f".//{qn('w:tbl')}") is not None
               for tr in table.iterchildren(qn("w:tr")) for tc in _cells(tr))


def _cells(tr):
    for child in tr.iterchildren():
        if child.tag == qn("w:tc"):
            yield child
        elif child.tag in _WRAPPERS:
            yield from (tc for tc in child.iter(qn("w:tc")))


def _cell_text(tc, depth: int) -> str:
    parts = []
    for child in tc.iter(qn("w:p"), qn("w:tbl")):
        if child.tag == qn("w:tbl"):
            _rows(child, depth + 1)
            continue
        text = paragraph_text(child).strip()
        if text:
            parts.append(text)
    return " ".join(" ".join(parts).split())


def _int(props, tag: str, default: int) -> int:
    if props is None or props.find(qn(tag)) is None:
        return default
    try:
        return max(1, int(props.find(qn(tag)).get(qn("w:val"))))
    except (TypeError, ValueError):
        return default
