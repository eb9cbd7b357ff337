"""A small Word writer for this set's templates (python-docx plus the XML Word writes for
what python-docx lacks): typed or automatic numbering, header and footer fields, tables
with merged and shaded cells, coloured words, superscripts, Shift+Enter breaks, and an
author's tracked changes (w:ins / w:del, left in the file) and comments.

Inline markup in text: **bold**, ^sup^, \\n a soft break, \\t a tab, [+inserted+] and
[-deleted-] (tracked changes), {RRGGBB|coloured words}.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

ALIGN = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
         "right": WD_ALIGN_PARAGRAPH.RIGHT, "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}
_TOKEN = re.compile(r"(\*\*|\^[^^]+\^|\n|\t|\[\+.*?\+\]|\[-.*?-\]|\{[0-9A-F]{6}\|[^}]*\})")


@dataclass
class Cell:
    text: str = ""
    span: int = 1  # columns
    down: int = 1  # rows
    bold: bool = False
    shade: str | None = None
    align: str = "left"
    color: str | None = None  # font colour of the whole cell


class Writer:
    def __init__(self, when: dt.date, author: str, font: str = "Arial", size: float = 11,
                 landscape: bool = False, margins: float = 2.0, title: str = ""):
        self.d = Document()
        self.when = dt.datetime.combine(when, dt.time(9, 30))
        self.author = author
        self._ids = 100
        st = self.d.styles["Normal"]
        st.font.name, st.font.size = font, Pt(size)
        st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
        st.paragraph_format.space_after = Pt(6)
        for name in ("Heading 1", "Heading 2", "Title"):
            h = self.d.styles[name]
            h.font.name, h.font.color.rgb, h.font.italic = font, RGBColor(0, 0, 0), False
            for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
                h.element.rPr.rFonts.attrib.pop(qn(attr), None)
        self.d.styles["Heading 1"].font.size = Pt(size + 2)
        self.d.styles["Heading 2"].font.size = Pt(size)
        s = self.d.sections[0]
        s.page_height, s.page_width = Cm(29.7), Cm(21.0)
        if landscape:
            s.orientation = WD_ORIENT.LANDSCAPE
            s.page_height, s.page_width = Cm(21.0), Cm(29.7)
        s.left_margin = s.right_margin = Cm(margins)
        s.top_margin = s.bottom_margin = Cm(2.0)
        cp = self.d.core_properties
        cp.author = cp.last_modified_by = author
        cp.created = cp.modified = self.when
        cp.revision = 7
        cp.title = title

    # -- inline --------------------------------------------------------------
    def runs(self, p, text: str, bold: bool = False, italic: bool = False, size: float | None = None,
             color: str | None = None) -> list:
        made = []
        for tok in _TOKEN.split(text):
            if not tok:
                continue
            if tok == "**":
                bold = not bold
            elif tok == "\n":
                p.add_run().add_break(WD_BREAK.LINE)
            elif tok == "\t":
                p.add_run().add_tab()
            elif tok.startswith("[+"):
                self._revision(p, "ins", tok[2:-2], bold, size)
            elif tok.startswith("[-"):
                self._revision(p, "del", tok[2:-2], bold, size)
            elif tok.startswith("{"):
                hexcol, words = tok[1:-1].split("|", 1)
                made.append(self._run(p, words, bold, italic, size, hexcol))
            elif tok.startswith("^") and len(tok) > 2:
                r = self._run(p, tok[1:-1], bold, italic, size, color)
                r.font.superscript = True
                made.append(r)
            else:
                made.append(self._run(p, tok, bold, italic, size, color))
        return made

    def _run(self, p, text, bold, italic, size, color):
        r = p.add_run(text)
        r.bold, r.italic = bold or None, italic or None
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        return r

    def _mark(self, tag: str):
        el = OxmlElement(tag)
        el.set(qn("w:id"), str(self._ids))
        el.set(qn("w:author"), self.author)
        el.set(qn("w:date"), (self.when - dt.timedelta(days=3)).strftime("%Y-%m-%dT%H:%M:00Z"))
        self._ids += 1
        return el

    def _revision(self, p, kind: str, text: str, bold: bool, size: float | None) -> None:
        """A tracked insertion or deletion, as Word leaves it when changes are not accepted."""
        wrap = self._mark(f"w:{kind}")
        r = OxmlElement("w:r")
        if bold or size:
            rpr = OxmlElement("w:rPr")
            if bold:
                rpr.append(OxmlElement("w:b"))
            if size:
                sz = OxmlElement("w:sz")
                sz.set(qn("w:val"), str(int(size * 2)))
                rpr.append(sz)
            r.append(rpr)
        t = OxmlElement("w:delText" if kind == "del" else "w:t")
        t.text = text
        t.set(qn("xml:space"), "preserve")
        r.append(t)
        wrap.append(r)
        p._p.append(wrap)

    def tracked_paragraph(self, p, kind: str) -> None:
        """Mark a whole paragraph (its mark and its runs) as inserted or deleted."""
        ppr = p._p.get_or_add_pPr()
        rpr = OxmlElement("w:rPr")
        rpr.append(self._mark(f"w:{kind}"))
        ppr.append(rpr)
        for r in list(p._p.findall(qn("w:r"))):
            wrap = self._mark(f"w:{kind}")
            r.addprevious(wrap)
            wrap.append(r)
            if kind == "del":
                for t in r.findall(qn("w:t")):
                    t.tag = qn("w:delText")

    def comment(self, runs: list, text: str, author: str, initials: str, days_before: int = 2) -> None:
        c = self.d.add_comment(runs, text=text, author=author, initials=initials)
        c._comment_elm.set(qn("w:date"), (self.when - dt.timedelta(days=days_before)).strftime("%Y-%m-%dT%H:%M:00Z"))

    # -- blocks --------------------------------------------------------------
    def para(self, text: str = "", *, style: str | None = None, bold: bool = False, italic: bool = False,
             size: float | None = None, align: str = "left", indent: float = 0, hanging: float = 0,
             after: float = 6, before: float = 0, color: str | None = None, keep: bool = False):
        p = self.d.add_paragraph(style=style)
        pf = p.paragraph_format
        pf.alignment = ALIGN[align]
        pf.space_after, pf.space_before = Pt(after), Pt(before)
        if indent or hanging:
            pf.left_indent = Cm(indent + hanging)
            pf.first_line_indent = Cm(-hanging) if hanging else None
            if hanging:
                pf.tab_stops.add_tab_stop(Cm(indent + hanging))
        if keep:
            pf.keep_with_next = True
        p.runs_made = self.runs(p, text, bold, italic, size, color)
        return p

    def heading(self, text: str, level: int = 1, size: float | None = None, color: str | None = None):
        p = self.d.add_paragraph(style=f"Heading {level}")
        p.paragraph_format.space_before, p.paragraph_format.space_after = Pt(12), Pt(6)
        p.paragraph_format.keep_with_next = True
        self.runs(p, text, size=size, color=color)
        return p

    def page_break(self) -> None:
        self.d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def table(self, rows: list[list[Cell]], widths: list[float], size: float | None = None, header_rows: int = 0,
              borders: bool = True, align_center: bool = False, pad_after: bool = True):
        """rows: cells left to right, a spanned position left out (as HTML does)."""
        ncols = len(widths)
        t = self.d.add_table(rows=len(rows), cols=ncols)
        if borders:
            t.style = self.d.styles["Table Grid"]
        t.alignment = WD_TABLE_ALIGNMENT.CENTER if align_center else WD_TABLE_ALIGNMENT.LEFT
        taken: set[tuple[int, int]] = set()
        for ri, row in enumerate(rows):
            ci = 0
            for cell in row:
                while (ri, ci) in taken:
                    ci += 1
                first = t.cell(ri, ci)
                if cell.span > 1 or cell.down > 1:
                    first = first.merge(t.cell(ri + cell.down - 1, ci + cell.span - 1))
                for dr in range(cell.down):
                    for dc in range(cell.span):
                        taken.add((ri + dr, ci + dc))
                self._fill(first, cell, size)
                ci += cell.span
        for ri in range(header_rows):
            trpr = t.rows[ri]._tr.get_or_add_trPr()
            h = OxmlElement("w:tblHeader")
            trpr.append(h)
        t.autofit = False
        for ci, col in enumerate(t.columns):  # the grid LibreOffice lays out by
            col.width = Cm(widths[ci])
        for row in t.rows:
            for ci, c in enumerate(row.cells):
                if ci < ncols:
                    c.width = Cm(widths[ci])
        if pad_after:
            self.d.add_paragraph().paragraph_format.space_after = Pt(2)
        return t

    def _fill(self, c, cell: Cell, size: float | None) -> None:
        p = c.paragraphs[0]
        p.paragraph_format.space_after = Pt(1)
        p.paragraph_format.alignment = ALIGN[cell.align]
        lines = cell.text.split("\n\n")
        self.runs(p, lines[0], cell.bold, size=size, color=cell.color)
        for extra in lines[1:]:
            q = c.add_paragraph()
            q.paragraph_format.space_after = Pt(1)
            self.runs(q, extra, cell.bold, size=size, color=cell.color)
        if cell.shade:
            tcpr = c._tc.get_or_add_tcPr()
            shd = OxmlElement("w:shd")
            shd.set(qn("w:val"), "clear")
            shd.set(qn("w:color"), "auto")
            shd.set(qn("w:fill"), cell.shade)
            tcpr.append(shd)

    # -- numbering -----------------------------------------------------------
    def numbered(self, items: list[str], fmt: str = "decimal", text: str = "%1.", indent: float = 1.27,
                 hanging: float = 0.63, start: int = 1, size: float | None = None) -> list:
        """A Word automatic list: a new abstractNum/num pair, one paragraph per item."""
        numbering = self.d.part.numbering_part.element
        aid = 40 + len(numbering.findall(qn("w:abstractNum")))
        absn = OxmlElement("w:abstractNum")
        absn.set(qn("w:abstractNumId"), str(aid))
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), "0")
        for tag, val in (("w:start", str(start)), ("w:numFmt", fmt), ("w:lvlText", text), ("w:lvlJc", "left")):
            e = OxmlElement(tag)
            e.set(qn("w:val"), val)
            lvl.append(e)
        ppr = OxmlElement("w:pPr")
        ind = OxmlElement("w:ind")
        ind.set(qn("w:left"), str(int((indent) * 567)))
        ind.set(qn("w:hanging"), str(int(hanging * 567)))
        ppr.append(ind)
        lvl.append(ppr)
        absn.append(lvl)
        first_num = numbering.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(absn)
        else:
            numbering.append(absn)
        num = OxmlElement("w:num")
        nid = aid + 100
        num.set(qn("w:numId"), str(nid))
        ref = OxmlElement("w:abstractNumId")
        ref.set(qn("w:val"), str(aid))
        num.append(ref)
        numbering.append(num)
        paras = []
        for item in items:
            p = self.d.add_paragraph(style="List Paragraph")
            p.paragraph_format.space_after = Pt(6)
            pr = p._p.get_or_add_pPr()
            numpr = OxmlElement("w:numPr")
            for tag, val in (("w:ilvl", "0"), ("w:numId", str(nid))):
                e = OxmlElement(tag)
                e.set(qn("w:val"), val)
                numpr.append(e)
            pr.insert(1, numpr)
            p.runs_made = self.runs(p, item, size=size)
            paras.append(p)
        return paras

    # -- header and footer ---------------------------------------------------
    def header(self, left: str = "", right: str = "", size: float = 8, footer: bool = False,
               color: str | None = None) -> None:
        """'{PAGE}' and '{NUMPAGES}' become fields; left and right split by a right tab."""
        s = self.d.sections[0]
        part = s.footer if footer else s.header
        p = part.paragraphs[0]
        width = s.page_width - s.left_margin - s.right_margin
        p.paragraph_format.tab_stops.add_tab_stop(width, alignment=2)  # right
        self._with_fields(p, left, size, color)
        if right:
            p.add_run().add_tab()
            self._with_fields(p, right, size, color)

    def _with_fields(self, p, text: str, size: float, color: str | None) -> None:
        for tok in re.split(r"(\{PAGE\}|\{NUMPAGES\})", text):
            if tok in ("{PAGE}", "{NUMPAGES}"):
                self._field(p, tok[1:-1], size)
            elif tok:
                r = p.add_run(tok)
                r.font.size = Pt(size)
                if color:
                    r.font.color.rgb = RGBColor.from_string(color)

    def _field(self, p, name: str, size: float) -> None:
        for kind, text in (("begin", None), ("instr", f" {name} "), ("separate", None), ("text", "1"), ("end", None)):
            r = p.add_run()
            r.font.size = Pt(size)
            if kind == "instr":
                it = OxmlElement("w:instrText")
                it.set(qn("xml:space"), "preserve")
                it.text = text
                r._r.append(it)
            elif kind == "text":
                r.text = text
            else:
                fc = OxmlElement("w:fldChar")
                fc.set(qn("w:fldCharType"), kind)
                r._r.append(fc)

    def save(self, path: Path) -> None:
        self.d.save(str(path))
