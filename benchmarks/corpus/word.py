"""Blocks -> a .docx the way an officer's Word template makes one: Arial, A4, real
header/footer parts with PAGE/NUMPAGES fields, cover tables, merged header cells, a
repeated table header row, Word automatic numbering (numbering.xml) or typed numbers,
Shift+Enter soft breaks and superscript runs.
"""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from docx import Document as new_docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

from blocks import Cell, Document, Heading, ListBlock, PageBreak, Para, Spacer, Table, spans

ALIGN = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
         "right": WD_ALIGN_PARAGRAPH.RIGHT, "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}
NUMFMT = {"decimal": "decimal", "lower-alpha": "lowerLetter", "upper-alpha": "upperLetter",
          "lower-roman": "lowerRoman"}


def write_docx(doc: Document, path: Path, when: dt.date, heading_sizes=(12, 11), heading_caps=False) -> None:
    d = new_docx()
    _setup(d, doc, when, heading_sizes)
    numbering = _Numbering(d)
    for block in doc.blocks:
        if isinstance(block, Heading):
            text = block.text.upper() if heading_caps and block.level == 1 else block.text
            p = d.add_paragraph(style=f"Heading {block.level}")
            _runs(p, text)
        elif isinstance(block, Para):
            _para(d.add_paragraph(), block)
        elif isinstance(block, ListBlock):
            num_id = numbering.add(block)
            for item in block.items:
                p = d.add_paragraph(style="List Paragraph")
                _runs(p, item)
                _num_pr(p, num_id)
                p.paragraph_format.space_after = Pt(6)
        elif isinstance(block, Table):
            _table(d, block)
            d.add_paragraph().paragraph_format.space_after = Pt(0)
        elif isinstance(block, PageBreak):
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif isinstance(block, Spacer):
            d.add_paragraph().paragraph_format.space_after = Pt(block.height)
    d.save(str(path))


def _setup(d, doc: Document, when: dt.date, heading_sizes) -> None:
    page = doc.page
    normal = d.styles["Normal"]
    normal.font.name = page.font
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), page.font)
    normal.font.size = Pt(page.font_size)
    normal.paragraph_format.space_after = Pt(6)
    for level, size in zip((1, 2), heading_sizes):
        h = d.styles[f"Heading {level}"]
        h.font.name, h.font.size, h.font.bold = page.font, Pt(size), True
        h.font.color.rgb = RGBColor(0, 0, 0)
        h.font.italic = False
        rfonts = h.element.rPr.rFonts
        for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            rfonts.attrib.pop(qn(attr), None)
        h.paragraph_format.space_before = Pt(12)
        h.paragraph_format.space_after = Pt(6)
    s = d.sections[0]
    s.page_height, s.page_width = Cm(29.7), Cm(21.0)
    s.left_margin = s.right_margin = Cm(2.2)
    s.top_margin, s.bottom_margin = Cm(2.0), Cm(2.0)
    s.header_distance = s.footer_distance = Cm(1.0)
    if page.first_page_number != 1:
        pg = OxmlElement("w:pgNumType")
        pg.set(qn("w:start"), str(page.first_page_number))
        s._sectPr.append(pg)
    if page.header or page.header_right:
        _header_footer(s.header.paragraphs[0], page.header, page.header_right, page.font)
    if page.footer or page.footer_left:
        _header_footer(s.footer.paragraphs[0], page.footer_left, page.footer, page.font)
    cp = d.core_properties
    cp.author = cp.last_modified_by = page.author
    cp.title = page.title
    cp.comments = ""
    stamp = dt.datetime(when.year, when.month, when.day, 9, 30)
    cp.created = cp.modified = stamp
    cp.last_printed = stamp
    cp.revision = 3


def _header_footer(p, left: str, right: str, font: str) -> None:
    """`left` at the margin, `right` at a right tab; {PAGE}/{NUMPAGES} become fields."""
    if left and right:  # the Header/Footer styles' own stops: centre at 8.25 cm, right at 16.5 cm
        text = f"{left}\t\t{right}"
    else:
        text = left or right
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER if left and "{PAGE}" not in left else (
            WD_ALIGN_PARAGRAPH.RIGHT if right else WD_ALIGN_PARAGRAPH.CENTER)
    for part in re.split(r"(\{PAGE\}|\{NUMPAGES\})", text):
        if part in ("{PAGE}", "{NUMPAGES}"):
            _field(p, part[1:-1], font)
        elif part:
            for s in spans(part):
                r = p.add_run(s.text)
                r.bold = s.bold
                r.font.size = Pt(9)
                r.font.name = font


def _field(p, name: str, font: str) -> None:
    def run_with(el):
        r = p.add_run()
        r.font.size = Pt(9)
        r.font.name = font
        r._r.append(el)
        return r
    begin = OxmlElement("w:fldChar"); begin.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText"); instr.set(qn("xml:space"), "preserve"); instr.text = f" {name} "
    sep = OxmlElement("w:fldChar"); sep.set(qn("w:fldCharType"), "separate")
    end = OxmlElement("w:fldChar"); end.set(qn("w:fldCharType"), "end")
    run_with(begin); run_with(instr); run_with(sep)
    cached = p.add_run("1"); cached.font.size = Pt(9); cached.font.name = font
    run_with(end)


def _runs(p, text: str, bold: bool = False, italic: bool = False, size: float | None = None) -> None:
    for s in spans(text, bold):
        if s.br:
            p.add_run().add_break()  # Shift+Enter
            continue
        r = p.add_run(s.text)
        r.bold = s.bold or None
        r.italic = italic or None
        if s.sup:
            r.font.superscript = True
        if size:
            r.font.size = Pt(size)


def _para(p, block: Para) -> None:
    pf = p.paragraph_format
    pf.space_after = Pt(block.space_after)
    p.alignment = ALIGN[block.align]
    if block.num:
        # typed number, a tab, and a hanging indent: how officers number paragraphs by hand
        hang = 1.25 if len(block.num) <= 4 else 1.6
        pf.left_indent = Cm(block.indent + hang)
        pf.first_line_indent = Cm(-hang)
        pf.tab_stops.add_tab_stop(Cm(block.indent + hang))
        _runs(p, f"{block.num}\t", block.bold, block.italic, block.size)
    elif block.indent:
        pf.left_indent = Cm(block.indent)
    _runs(p, block.text, block.bold, block.italic, block.size)


def _table(d, t: Table) -> None:
    ncols = sum(c.colspan for c in t.rows[0]) if t.rows else 1
    grid = place_cells(t.rows, ncols)
    table = d.add_table(rows=len(t.rows), cols=ncols)
    table.style = "Table Grid" if t.borders else None
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    # narrow cell margins (0.1 cm), as performance teams set them to fit a row of figures
    margins = parse_xml(
        f'<w:tblCellMar {nsdecls("w")}><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar>')
    look = table._tbl.tblPr.find(qn("w:tblLook"))  # the schema's order: tblCellMar comes before tblLook
    look.addprevious(margins) if look is not None else table._tbl.tblPr.append(margins)
    for (r, c), cell in grid.items():
        target = table.cell(r, c)
        if cell.colspan > 1 or cell.rowspan > 1:
            target = target.merge(table.cell(r + cell.rowspan - 1, c + cell.colspan - 1))
        p = target.paragraphs[0]
        p.alignment = ALIGN[cell.align]
        p.paragraph_format.space_after = Pt(2)
        _runs(p, cell.text, cell.bold, size=t.font_size)
        if cell.shade:
            shd = parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{cell.shade}"/>')
            target._tc.get_or_add_tcPr().append(shd)
    if t.widths:
        table.autofit = False
        for i, w in enumerate(t.widths[:ncols]):
            table.columns[i].width = Cm(w)  # the grid, which LibreOffice reads
        for (r, c), cell in grid.items():  # and each cell, which Word reads
            table.cell(r, c).width = Cm(sum(t.widths[c:c + cell.colspan]))
    for i, row in enumerate(table.rows):  # a row never splits across pages; header rows repeat
        trPr = row._tr.get_or_add_trPr()
        trPr.append(OxmlElement("w:cantSplit"))  # (cantSplit before tblHeader, as the schema orders them)
        if t.repeat_header and i < t.header_rows:
            trPr.append(OxmlElement("w:tblHeader"))


def place_cells(rows: list[list[Cell]], ncols: int) -> dict[tuple[int, int], Cell]:
    """Where each cell starts in the grid, skipping positions covered by an earlier rowspan."""
    taken: set[tuple[int, int]] = set()
    out = {}
    for r, row in enumerate(rows):
        c = 0
        for cell in row:
            while (r, c) in taken:
                c += 1
            out[(r, c)] = cell
            for dr in range(cell.rowspan):
                for dc in range(cell.colspan):
                    taken.add((r + dr, c + dc))
            c += cell.colspan
    return out


class _Numbering:
    """Word automatic numbering: one abstractNum and one num per list."""

    def __init__(self, d):
        self.el = d.part.numbering_part.element
        self.next_id = 10

    def add(self, block: ListBlock) -> int:
        n = self.next_id
        self.next_id += 1
        text = block.fmt.format("%1")
        hang = 0.75 if len(text) <= 3 else 1.0
        left = int(Cm(block.indent).twips)
        abstract = parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{n}">'
            f'<w:multiLevelType w:val="singleLevel"/>'
            f'<w:lvl w:ilvl="0"><w:start w:val="{block.start}"/><w:numFmt w:val="{NUMFMT[block.kind]}"/>'
            f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{left}" w:hanging="{int(Cm(hang).twips)}"/></w:pPr></w:lvl>'
            f'</w:abstractNum>')
        num = parse_xml(f'<w:num {nsdecls("w")} w:numId="{n}"><w:abstractNumId w:val="{n}"/></w:num>')
        first_num = self.el.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(abstract)
        else:
            self.el.append(abstract)
        self.el.append(num)
        return n


def _num_pr(p, num_id: int) -> None:
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'))
