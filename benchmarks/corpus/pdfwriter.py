"""Blocks -> PDF with reportlab, the way a performance team's reporting tool makes one:
Helvetica, running header/footer with 'Page X of Y', tables with spans and repeated
header rows, superscript footnote markers. invariant=1 keeps the bytes reproducible.
"""
from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (ListFlowable, ListItem, PageBreak as RLPageBreak, Paragraph,
                                SimpleDocTemplate, Spacer as RLSpacer, Table as RLTable, TableStyle)

from blocks import Document, Heading, ListBlock, PageBreak, Para, Spacer, Table, spans
from word import place_cells

ALIGN = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT, "justify": TA_JUSTIFY}


def markup(text: str) -> str:
    out = []
    for s in spans(text):
        if s.br:
            out.append("<br/>")
            continue
        t = escape(s.text).replace("\t", "&nbsp;&nbsp;&nbsp;&nbsp;")
        if s.sup:
            t = f"<super>{t}</super>"
        if s.bold:
            t = f"<b>{t}</b>"
        out.append(t)
    return "".join(out)


class Styles:
    def __init__(self, font="Helvetica", bold="Helvetica-Bold", size=10.5, heading_colour=colors.black,
                 h1=13, h2=11):
        self.font, self.bold_font, self.size = font, bold, size
        self.body = ParagraphStyle("body", fontName=font, fontSize=size, leading=size * 1.3, spaceAfter=6)
        self.h1 = ParagraphStyle("h1", fontName=bold, fontSize=h1, leading=h1 * 1.25, spaceBefore=10,
                                 spaceAfter=6, textColor=heading_colour)
        self.h2 = ParagraphStyle("h2", fontName=bold, fontSize=h2, leading=h2 * 1.25, spaceBefore=8,
                                 spaceAfter=4, textColor=heading_colour)
        self.cell = ParagraphStyle("cell", fontName=font, fontSize=size - 1.5, leading=(size - 1.5) * 1.2)


def write_pdf(doc: Document, path: Path, styles: Styles | None = None, landscape_pages: bool = False,
              extra=None, top_margin: float = 2.0) -> None:
    """extra(canvas, page_number, page_size): anything a house style draws on its pages."""
    st = styles or Styles()
    size = landscape(A4) if landscape_pages else A4
    page = doc.page
    story = []
    for block in doc.blocks:
        story.extend(_flowables(block, st))

    def decorate(canvas, total: int):
        canvas.saveState()
        w, h = size
        canvas.setFont(st.font, 8.5)
        if page.header:
            canvas.drawString(2 * cm, h - 1.2 * cm, page.header.replace("{PAGE}", str(canvas.getPageNumber())))
        if page.header_right:
            canvas.drawRightString(w - 2 * cm, h - 1.2 * cm, page.header_right)
        foot = page.footer.replace("{PAGE}", str(canvas.getPageNumber() + page.first_page_number - 1))
        foot = foot.replace("{NUMPAGES}", str(total))
        if foot:
            canvas.drawRightString(w - 2 * cm, 1.1 * cm, foot)
        if page.footer_left:
            canvas.drawString(2 * cm, 1.1 * cm, page.footer_left)
        if extra:
            extra(canvas, canvas.getPageNumber(), size)
        canvas.restoreState()

    class NumberedCanvas(rl_canvas.Canvas):
        """Two passes over the pages so the footer can say 'Page 2 of 5'."""
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                decorate(self, total)
                super().showPage()
            super().save()

    template = SimpleDocTemplate(str(path), pagesize=size, leftMargin=2 * cm, rightMargin=2 * cm,
                                 topMargin=top_margin * cm, bottomMargin=2 * cm, title=page.title, author=page.author,
                                 creator="Microsoft® Word for Microsoft 365", invariant=1)
    template.build(story, canvasmaker=NumberedCanvas)


def _flowables(block, st: Styles) -> list:
    if isinstance(block, Heading):
        return [Paragraph(markup(block.text), st.h1 if block.level == 1 else st.h2)]
    if isinstance(block, Para):
        style = ParagraphStyle("p", parent=st.body, alignment=ALIGN[block.align],
                               fontName=st.bold_font if block.bold else st.font,
                               fontSize=block.size or st.size, leading=(block.size or st.size) * 1.3,
                               spaceAfter=block.space_after, leftIndent=block.indent * cm)
        if block.num:
            # the number hangs in the margin of the paragraph, as Word lays a typed number and a tab
            hang = 1.1 * cm if len(block.num) <= 4 else 1.4 * cm
            style.bulletIndent = block.indent * cm
            style.leftIndent = block.indent * cm + hang
            style.bulletFontName = style.fontName
            style.bulletFontSize = style.fontSize
            return [Paragraph(markup(block.text), style, bulletText=block.num)]
        return [Paragraph(markup(block.text), style)]
    if isinstance(block, ListBlock):
        items = [ListItem(Paragraph(markup(t), st.body), leftIndent=block.indent * cm) for t in block.items]
        kind = {"decimal": "1", "lower-alpha": "a", "lower-roman": "i", "upper-alpha": "A"}[block.kind]
        return [ListFlowable(items, bulletType=kind, start=block.start, bulletFormat=block.fmt.replace("{}", "%s"),
                             leftIndent=block.indent * cm, bulletFontName=st.font, bulletFontSize=st.size)]
    if isinstance(block, Table):
        return [_table(block, st), RLSpacer(1, 8)]
    if isinstance(block, PageBreak):
        return [RLPageBreak()]
    if isinstance(block, Spacer):
        return [RLSpacer(1, block.height)]
    raise TypeError(block)


def _table(t: Table, st: Styles) -> RLTable:
    ncols = sum(c.colspan for c in t.rows[0])
    grid = place_cells(t.rows, ncols)
    data = [["" for _ in range(ncols)] for _ in t.rows]
    cmds = [("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    if t.borders:
        cmds.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
    size = t.font_size or st.size - 1.5
    for (r, c), cell in grid.items():
        style = ParagraphStyle("c", parent=st.cell, fontSize=size, leading=size * 1.2, alignment=ALIGN[cell.align],
                               fontName=st.bold_font if cell.bold else st.font)
        data[r][c] = Paragraph(markup(cell.text), style)
        if cell.colspan > 1 or cell.rowspan > 1:
            cmds.append(("SPAN", (c, r), (c + cell.colspan - 1, r + cell.rowspan - 1)))
        if cell.shade:
            cmds.append(("BACKGROUND", (c, r), (c + cell.colspan - 1, r + cell.rowspan - 1),
                         colors.HexColor("#" + cell.shade)))
    widths = [w * cm for w in t.widths] if t.widths else None
    return RLTable(data, colWidths=widths, repeatRows=t.header_rows if t.repeat_header else 0,
                   style=TableStyle(cmds), hAlign="CENTER")
