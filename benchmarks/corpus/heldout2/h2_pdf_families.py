"""Held-out-2 templates drawn straight to PDF (reportlab):

  county-decision-session   a county's Cabinet Member decision-session report: a coloured band,
                            'Cabinet Member:' / 'Decision date:' cover labels, 'Proposed actions'
                            or 'Decisions required', options considered, performance in prose and a
                            key-figures table with status words, a blank record-of-decision box,
                            publication and call-in dates in the footer; two of them scanned
  scrutiny-dashboard-xlsx   a scrutiny committee's dashboard exported from Excel: a cover sheet with
                            the actions in cells, then a landscape KPI sheet with twelve month
                            columns (the future ones blank), outturn, same period last year,
                            target, RAG as coloured words, trend arrows, p/r markers, Excel's
                            header and footer (file path, sheet name, printed time)
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (BaseDocTemplate, Frame, KeepTogether, NextPageTemplate, PageBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)

from council import COUNCIL
from h2_common import (LOWER_BETTER, RAG_COLOUR, SHORT, latest_month, lookalike, month_label, prepare_monthly,
                       rag, rated_first, restate)
from h2_model import (MONTHS, Fig, Job, Report, cross_portfolio, fin_year, long_date, member_as,
                      month_end, name_traits, prose_name, shown, slash, subcount, traps, _step)
from h2_words import BACKGROUND, IMPROVEMENTS, action_text

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
_fonts_done = False


def excel_fonts() -> None:
    """DejaVu Sans Condensed stands in for Calibri (and draws the trend arrows)."""
    global _fonts_done
    if not _fonts_done:
        pdfmetrics.registerFont(TTFont("XL", str(FONT_DIR / "DejaVuSansCondensed.ttf")))
        pdfmetrics.registerFont(TTFont("XL-Bold", str(FONT_DIR / "DejaVuSansCondensed-Bold.ttf")))
        _fonts_done = True


def numbered_canvas(decorate):
    """A canvas that knows the page count when it draws headers and footers."""
    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            self._pages = []

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            for state in self._pages:
                self.__dict__.update(state)
                decorate(self, len(self._pages))
                super().showPage()
            super().save()
    return NumberedCanvas


# --- county decision session -----------------------------------------------------

TEAL = colors.HexColor("#00606B")
STATUS = {"Green": ("On track", "#00873C"), "Amber": ("Monitor", "#C65911"), "Red": ("Off track", "#C00000")}


def make_county(r: Report, final: Path, work: Path) -> Job:
    rng = r.rng
    n_months = rng.randint(2, 3)
    ends = prepare_monthly(r, n_months, rng.randint(3, 4), rates=0.7, latest=latest_month(r, lag_days=5))
    latest = ends[-1]
    stated = None
    if rng.random() < 0.4:
        stated = latest + dt.timedelta(days=rng.randint(4, 10))
        restate(r, stated)
        r.traits.add("figures-at-heading")
    rated_first(r)
    for f in r.figs:
        if rng.random() < 0.35:
            f.marker = "p"
    if not any(f.marker == "p" for f in r.figs):
        r.figs[-1].marker = "p"
    if rng.random() < 0.5:
        f = next(f for f in r.figs if f.marker != "p") if any(f.marker != "p" for f in r.figs) else None
        if f:
            f.marker, f.note = "sup", rng.randint(1, 2)

    body = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13.5, spaceAfter=5)
    num = ParagraphStyle("n", parent=body, leftIndent=1.2 * cm, bulletIndent=0, bulletFontName="Helvetica")
    sub = ParagraphStyle("s", parent=body, leftIndent=2.0 * cm, bulletIndent=1.2 * cm)
    h = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=11.5, leading=15, textColor=TEAL, spaceBefore=9,
                       spaceAfter=4, keepWithNext=1)
    small = ParagraphStyle("sm", parent=body, fontSize=8, leading=10)
    cell = ParagraphStyle("c", parent=body, fontSize=9, leading=11, spaceAfter=0)

    kind = "Cabinet Member" if r.cabinet else "Executive Member"
    ref = f"CMD/{SHORT[r.portfolio][:3].upper()}/{r.meeting:%y}/{rng.randint(3, 60):03d}"
    published = r.meeting - dt.timedelta(days=rng.randint(5, 8))
    call_in = r.meeting + dt.timedelta(days=rng.randint(6, 8))
    form, who = member_as(rng, r.member, ["cllr-dot", "cllr-initial", "full", "cllr-full"])
    r.traits |= name_traits(form) | {"cover-block", "decision-notice-fields", "weekday-date",
                                     "trap-publication-date", "trap-call-in-date", "reference-numbers"}
    story = [Spacer(1, 1.6 * cm)]
    story.append(Paragraph(f"Decision Session – {kind} for {escape(r.portfolio_name)}",
                           ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=15, leading=19, spaceAfter=8)))
    pairs = [(f"{kind}:", f"{who} ({r.portfolio_name})"), ("Decision date:", long_date(r.meeting, weekday=True)),
             ("Report from:", r.officer[1]), ("Report date:", long_date(r.report_date)),
             ("Decision reference:", ref),
             ("Key decision:", rng.choice(["No", f"Yes – Forward Plan reference FP/{r.meeting:%y}/{rng.randint(40, 199)}"])),
             ("Divisions affected:", rng.choice(["All", "All divisions"])), ("Exempt information:", "None")]
    t = Table([[Paragraph(f"<b>{escape(k)}</b>", ParagraphStyle("k", parent=cell, textColor=TEAL)),
                Paragraph(escape(v), cell)] for k, v in pairs], colWidths=[4.2 * cm, 12.6 * cm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, -1), (-1, -1), 0.8, TEAL),
                           ("LINEABOVE", (0, 0), (-1, 0), 0.8, TEAL), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    story += [t, Spacer(1, 8)]
    story.append(Paragraph(f"<b>{escape(r.title)}</b>", ParagraphStyle("tt", parent=body, fontSize=12.5, leading=16)))

    def section(n, title):
        story.append(Paragraph(f"{n}&nbsp;&nbsp;&nbsp;{escape(title)}", h))

    def para(no, text, style=num):
        story.append(Paragraph(text, style, bulletText=no))

    section(1, "Summary")
    para("1.1", f"This report asks the {kind} to take the decisions set out below and updates the {kind} on "
                f"performance in {escape(r.portfolio_name)}. {escape(rng.choice(BACKGROUND[r.portfolio]))}")
    _county_actions(r, story, section, para, body, sub)
    section(3, "Reasons for the proposed actions")
    para("3.1", "The proposed actions will help the service manage rising demand within the budget agreed by "
                "Council, and respond to the findings of recent audits.")
    section(4, "Options considered")
    para("4.1", "<b>Option 1:</b> do nothing. This would leave the service without the means to respond and is "
                "not recommended.")
    para("4.2", "<b>Option 2:</b> take the proposed actions (recommended).")
    r.traits.add("options-considered")

    section(5, "Performance information")
    _county_performance(r, story, para, ends, stated, cell, small)

    pool = traps(r)
    section(6, "Consultation")
    para("6.1", escape(pool["trap-wards"]) + " Ward members have been consulted.")
    section(7, "Financial implications")
    para("7.1", escape(pool["trap-money"]))
    section(8, "Legal implications")
    para("8.1", f"The {kind} may take these decisions under the scheme of delegation in Part 3 of the "
                f"Constitution.")
    section(9, "Risk management and equality impact")
    para("9.1", escape(pool["trap-ages"]) + " An equality impact assessment found no adverse impact.")
    r.traits |= {"implications", "trap-wards", "trap-money", "trap-ages"}
    story.append(Paragraph("<b>Background papers:</b> None.", body))
    story.append(Paragraph(f"<b>Contact officer:</b> {escape(r.officer[0])}, {escape(r.officer[1])}; "
                           f"tel. {r.officer[2]}; {escape(r.officer[3])}", body))
    r.traits.add("trap-phone")
    box = Table([[Paragraph("<b>RECORD OF DECISION</b>", cell)],
                 [Paragraph(f"I agree the proposed actions set out in section 2 of this report"
                            f"{' / with the following amendments:' if rng.random() < 0.5 else '.'}", cell)],
                 [Paragraph(f"Signed: ..................................................  {kind} for "
                            f"{escape(r.portfolio_name)}", cell)],
                 [Paragraph("Date: ..........................................", cell)]],
                colWidths=[16.8 * cm])
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1, TEAL), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E3F0F1")),
                             ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    story += [Spacer(1, 8), KeepTogether([box])]
    r.traits.add("blank-signature-block")

    band_title = f"{kind.upper()} DECISION"

    def decorate(c, total):
        w, hgt = A4
        c.saveState()
        page = c.getPageNumber()
        if page == 1:
            c.setFillColor(TEAL)
            c.rect(0, hgt - 2.3 * cm, w, 2.3 * cm, fill=1, stroke=0)
            c.setFillColor(colors.white)
            c.setFont("Helvetica-Bold", 16)
            c.drawString(2 * cm, hgt - 1.45 * cm, band_title)
            c.setFont("Helvetica", 10)
            c.drawRightString(w - 2 * cm, hgt - 1.45 * cm, COUNCIL)
        else:
            c.setFont("Helvetica", 8)
            c.setFillColor(colors.HexColor("#555555"))
            c.drawString(2 * cm, hgt - 1.2 * cm, f"Decision Session – {kind} for {r.portfolio_name} – "
                                                 f"{long_date(r.meeting)}")
        c.setFont("Helvetica", 7.5)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(2 * cm, 1.2 * cm, f"{ref}   |   Published {slash(published)}   |   Call-in expires 5pm, "
                                       f"{long_date(call_in)}")
        c.drawRightString(w - 2 * cm, 1.2 * cm, f"Page {page} of {total}")
        c.restoreState()

    doc = BaseDocTemplate(str(final), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=1.8 * cm,
                          bottomMargin=2 * cm, title=r.title, author=r.officer[0], invariant=1,
                          creator="Microsoft® Word 2016")
    doc.addPageTemplates([PageTemplate("p", [Frame(2 * cm, 2 * cm, A4[0] - 4 * cm, A4[1] - 3.8 * cm, id="f")])])
    doc.build(story, canvasmaker=numbered_canvas(decorate))
    r.traits |= {"page-x-of-y", "running-header"}
    return Job(r, final, final, [])


def _county_actions(r: Report, story, section, para, body, sub) -> None:
    kind = "Cabinet Member" if r.cabinet else "Executive Member"
    v = r.variant % 3
    if v == 0:
        section(2, "Proposed actions")
        para("2.1", f"The {kind} is recommended to:")
        items = [action_text(a, "bare") for a in r.actions]
        items = [t + ";" for t in items[:-1]] + [items[-1] + "."]
        if len(items) > 1:
            items[-2] = items[-2][:-1] + "; and"
        for i, t in enumerate(items):
            story.append(Paragraph(escape(t), sub, bulletText=f"({'abcdef'[i]})"))
            r.commit(t)
        r.traits |= {"proposed-actions", "lead-in", "lettered-items"}
    elif v == 1:
        section(2, "Decisions required")
        for i, a in enumerate(r.actions):
            t = action_text(a, "to") + "."
            story.append(Paragraph(escape(t), sub, bulletText=f"{i + 1}."))
            r.commit(t)
        r.traits |= {"decisions-required", "typed-numbering"}
    else:
        section(2, "Proposed actions")
        para("2.1", f"That the {kind}:")
        items = [action_text(a, "third") for a in r.actions]
        items = [t + ";" for t in items[:-1]] + [items[-1] + "."]
        for i, t in enumerate(items):
            story.append(Paragraph(escape(t), sub, bulletText=f"{['i', 'ii', 'iii', 'iv', 'v'][i]}."))
            r.commit(t)
        r.traits |= {"proposed-actions", "lead-in", "roman-items"}


def _county_performance(r: Report, story, para, ends, stated, cell, small) -> None:
    rng = r.rng
    latest = ends[-1]
    lead = r.figs[0]
    words = prose_name(rng, lead.metric, lead.label)
    when = long_date(stated) if stated else f"the end of {MONTHS[latest.month - 1]} {latest.year}"
    text = f"At {when} the figure for {escape(words)} was {_mark_xml(lead)}"
    if lead.rate is not None:
        text += f", a rate of {lead.rate:.1f} per {lead.metric.rate_per:,}"
        r.traits.add("rate-in-line")
    para("5.1", text + ". " + escape(subcount(r, lead)))
    stocks = [f for f in r.figs if f.metric.kind == "stock" and f is not lead]
    if stocks and len(r.figs) < 7:
        f = stocks[0]
        d = r.report_date - dt.timedelta(days=rng.randint(1, 6))
        g = Fig(f.metric, _step(rng, f.metric, f.value), d, label=f.label)
        r.figs.append(g)
        para("5.2", f"The most recent weekly count, taken on {long_date(d)}, showed {shown(g)} "
                    f"for {escape(prose_name(rng, f.metric, f.label))}.")
        r.traits.add("prose-figure-later-date")
    para("5.3", escape(cross_portfolio(r, latest)))
    para("5.4", "Key figures are summarised below." + (f" Position at {long_date(stated)}." if stated else ""))
    head_latest = f"{MONTHS[latest.month - 1][:3]} {latest.year}"
    rows = [[Paragraph(f"<b>{x}</b>", cell) for x in ("Measure", f"Same period last year", head_latest, "Status")]]
    figs = [f for f in r.figs[:len(r.figs)] if f.as_of in (latest, stated)]
    look_row = rng.randrange(1, len(figs) + 1)
    for i, f in enumerate(figs):
        if i == look_row:
            rows.append(_look_cells(r, cell))
        word, col = STATUS[rag(f)]
        rows.append([Paragraph(escape(f.label), cell), Paragraph(shown(f, f.last_year), _right(cell)),
                     Paragraph(_mark_xml(f), _right(cell)),
                     Paragraph(f'<font color="{col}"><b>{word}</b></font>', cell)])
        if f.rate is not None:
            rows.append([Paragraph(f"&nbsp;&nbsp;per {f.metric.rate_per:,} population", cell),
                         Paragraph(f"{f.rate_at(f.last_year, latest):.1f}", _right(cell)),
                         Paragraph(f"{f.rate:.1f}", _right(cell)), Paragraph("", cell)])
            r.traits.add("rate-row")
    if look_row == len(figs):
        rows.append(_look_cells(r, cell))
    t = Table(rows, colWidths=[7.6 * cm, 3.2 * cm, 3.0 * cm, 2.8 * cm], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8FB8BC")),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E3F0F1")),
                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 4)]))
    story.append(KeepTogether([t]))
    notes = []
    if any(f.marker == "p" for f in figs):
        notes.append("(p) provisional: subject to validation at month end.")
    notes += [f"{f.note} Excludes cases transferred in from other authorities." for f in figs if f.marker == "sup"]
    for n in notes:
        story.append(Paragraph(escape(n), small))
    r.traits |= {"performance-table", "same-period-last-year", "status-words", "lookalike-row",
                 "trap-cross-portfolio", "period-columns"}


def _right(style):
    return ParagraphStyle(style.name + "r", parent=style, alignment=TA_RIGHT)


def _mark_xml(f: Fig) -> str:
    v = shown(f)
    return v + {"p": " (p)", "sup": f"<super>{f.note}</super>", "star": "*", "": ""}[f.marker]


def _look_cells(r: Report, cell) -> list:
    label, vals = lookalike(r, 2)
    return [Paragraph(escape(label), cell), Paragraph(vals[0], _right(cell)), Paragraph(vals[1], _right(cell)),
            Paragraph("", cell)]


# --- scrutiny dashboard exported from Excel -------------------------------------

FY_MONTHS = [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3]
CONTEXT_ROWS = [("Sickness absence (days per FTE)", lambda rng: f"{rng.uniform(0.4, 1.6):.2f}"),
                ("Forecast budget variance (£000)", lambda rng: f"{rng.randint(-420, 380):,}"),
                ("Agency staff (FTE)", lambda rng: f"{rng.randint(3, 40)}"),
                ("Staff turnover (%)", lambda rng: f"{rng.uniform(0.5, 3.5):.1f}%")]


def make_dashboard(r: Report, final: Path, work: Path) -> Job:
    excel_fonts()
    rng = r.rng
    latest = latest_month(r, lag_days=rng.randint(4, 10))
    fy_start = latest.year if latest.month >= 4 else latest.year - 1
    months = [month_end(fy_start + (m < 4), m) for m in FY_MONTHS]
    idx = months.index(latest)
    if idx < 2:  # too early in the new year for a dashboard: the last year's, all twelve months in
        months = [month_end(fy_start - 1 + (m < 4), m) for m in FY_MONTHS]
        latest, idx = months[-1], 11
    prepare_monthly(r, idx + 1, rng.randint(3, 4), rates=0.6, latest=latest)
    data_as_at = latest if rng.random() < 0.5 else min(latest + dt.timedelta(days=rng.randint(3, 12)),
                                                        r.report_date - dt.timedelta(days=1))
    restate(r, data_as_at)
    for f in r.figs:
        if rng.random() < 0.45:
            f.marker = "p"
    r.traits |= {"figures-at-heading", "slash-date", "excel-export", "monthly-columns", "blank-future-months"}

    committee = rng.choice(["Overview and Scrutiny Committee", "Scrutiny Management Board",
                            f"{r.portfolio_name} Scrutiny Panel"])
    fname = f"{SHORT[r.portfolio]}_KPI_Dashboard_{fin_year(latest).replace('/', '-')}_M{idx + 1:02d}.xlsx"
    printed = dt.datetime.combine(r.report_date, dt.time(rng.randint(8, 16), rng.randint(0, 59)))
    story = _dashboard_cover(r, committee, latest, data_as_at)
    story += [NextPageTemplate("sheet"), PageBreak()]
    story += _dashboard_sheet(r, months, idx, data_as_at)

    def decorate(c, total):
        w, h = landscape(A4)
        c.saveState()
        c.setFont("XL", 7.5)
        sheet = "Cover" if c.getPageNumber() == 1 else "KPI Dashboard"
        c.drawCentredString(w / 2, h - 0.9 * cm, sheet)
        c.drawString(1.2 * cm, 0.8 * cm, f"\\\\hbc-fs02\\Performance\\{fin_year(latest)}\\Scrutiny\\{fname}")
        c.drawCentredString(w / 2, 0.8 * cm, f"Page {c.getPageNumber()} of {total}")
        c.drawRightString(w - 1.2 * cm, 0.8 * cm, f"Printed {printed:%d/%m/%Y %H:%M}")
        c.restoreState()

    page = landscape(A4)
    doc = BaseDocTemplate(str(final), pagesize=page, leftMargin=1.2 * cm, rightMargin=1.2 * cm, topMargin=1.4 * cm,
                          bottomMargin=1.3 * cm, title=fname, author="Performance and Intelligence", invariant=1,
                          creator="Microsoft® Excel® for Microsoft 365")
    frame = Frame(1.2 * cm, 1.3 * cm, page[0] - 2.4 * cm, page[1] - 2.7 * cm, id="f")
    doc.addPageTemplates([PageTemplate("cover", [frame]), PageTemplate("sheet", [frame])])
    doc.build(story, canvasmaker=numbered_canvas(decorate))
    r.traits |= {"page-x-of-y", "trap-file-path", "trap-printed-date"}
    return Job(r, final, final, [])


def _xl(size=9, bold=False, align=TA_LEFT, colour="#000000"):
    return ParagraphStyle(f"xl{size}{bold}{align}{colour}", fontName="XL-Bold" if bold else "XL", fontSize=size,
                          leading=size * 1.2, alignment=align, textColor=colors.HexColor(colour))


def _dashboard_cover(r: Report, committee: str, latest: dt.date, data_as_at: dt.date) -> list:
    """The workbook's cover sheet: text typed into cells, numbers of the actions in their own column."""
    rng = r.rng
    form, who = member_as(rng, r.member, ["cllr-dot", "cllr-full", "cllr-initial"])
    r.traits |= name_traits(form) | {"cover-sheet-cells", "agenda-item-number", "report-date-before-meeting-date"}
    mon = f"{MONTHS[latest.month - 1]} {latest.year}"
    rows = [
        ["", Paragraph(f"{COUNCIL}", _xl(14, True, colour="#203864")), ""],
        ["", Paragraph(f"{committee}", _xl(12, True)), ""],
        ["", "", ""],
        [Paragraph("Date of report", _xl(10, True)), Paragraph(slash(r.report_date), _xl(10)), ""],
        [Paragraph("Meeting date", _xl(10, True)), Paragraph(long_date(r.meeting, weekday=True), _xl(10)), ""],
        [Paragraph("Agenda item", _xl(10, True)), Paragraph(str(r.item), _xl(10, align=TA_LEFT)), ""],
        [Paragraph("Title", _xl(10, True)), Paragraph(f"Performance dashboard: {r.portfolio_name}, April to {mon}",
                                                      _xl(10)), ""],
        [Paragraph("Cabinet Member" if r.cabinet else "Executive Member", _xl(10, True)),
         Paragraph(f"{who}, {r.role} (attending)", _xl(10)), ""],
        [Paragraph("Lead officer", _xl(10, True)), Paragraph(f"{r.officer[0]}, {r.officer[1]}", _xl(10)), ""],
        ["", "", ""],
        [Paragraph("Purpose", _xl(10, True)), Paragraph(
            f"To present performance for {r.portfolio_name} to {slash(data_as_at)} and the actions the service "
            f"proposes where indicators are off target.", _xl(10)), ""],
        ["", "", ""],
        [Paragraph("Proposed actions", _xl(10, True)), "", ""],
    ]
    r.traits |= {"weekday-date", "proposed-actions", "typed-numbering"}
    picks = rng.sample(IMPROVEMENTS[r.portfolio], rng.randint(2, 3))
    for i, t in enumerate(picks):
        rows.append([Paragraph(str(i + 1), _xl(10, align=TA_RIGHT)), Paragraph(escape(t), _xl(10)), ""])
        r.commit(t)
    rows.append(["", "", ""])
    rows.append([Paragraph("Recommendation", _xl(10, True)), Paragraph("That the report be noted.", _xl(10)), ""])
    r.traits.add("standing-resolution")
    pool = traps(r)
    rows.append(["", "", ""])
    rows.append([Paragraph("Notes", _xl(10, True)), Paragraph(escape(pool["trap-percent"] + " " + pool["trap-teams"]),
                                                              _xl(9)), ""])
    r.traits |= {"trap-percent", "trap-teams"}
    t = Table(rows, colWidths=[4.0 * cm, 17.0 * cm, 5.0 * cm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("SPAN", (1, 0), (2, 0)), ("SPAN", (1, 1), (2, 1))]))
    return [t]


def _dashboard_sheet(r: Report, months: list[dt.date], idx: int, data_as_at: dt.date) -> list:
    rng = r.rng
    fy = fin_year(months[0])
    prev_fy = fin_year(months[0] - dt.timedelta(days=40))
    head = ["Ref", "Indicator", "Good is", f"{prev_fy} Outturn"] + [month_label(m, "mon") for m in months] + \
           ["Same period last year", f"Target {fy}", "RAG", "Trend"]
    hs = _xl(6.8, True, TA_CENTER, "#FFFFFF")
    title = [[Paragraph(f"{r.portfolio_name} – Key Performance Indicators {fy}", _xl(11, True))] + [""] * 13 +
             [Paragraph(f"Data as at: {slash(data_as_at)}", _xl(8, True, TA_RIGHT))] + [""] * 5]
    rows = [[Paragraph(h.replace(" ", "<br/>") if len(h) > 12 else h, hs) for h in head]]
    code = SHORT[r.portfolio][:3].upper()
    groups = []
    for f in r.figs:
        vals = [shown(f, v, comma=False) for v in f.earlier] + [shown(f, comma=False)]
        if idx >= 1 and rng.random() < 0.4:
            vals[-2] += "r"
            r.traits.add("revised-marker")
        if f.marker == "p":
            vals[-1] += "p"
        vals += [""] * (12 - len(vals))
        status = rag(f)
        colour = RAG_COLOUR[status]
        trend = "▲" if (f.value >= (f.earlier[-1] if f.earlier else f.value)) else "▼"
        outturn = shown(f, _step(rng, f.metric, f.last_year), comma=False)
        good = "Lower" if f.metric.key in LOWER_BETTER else "Higher"
        row = ["", f.label, good, outturn] + vals + \
              [shown(f, f.last_year, comma=False), f.target.replace(",", ""),
               Paragraph(f'<font color="#{colour}">{status.upper()}</font>', _xl(7, True, TA_CENTER)), trend]
        group = [row]
        if f.rate is not None:
            rates = [f"{f.rate_at(v, m):.1f}" for v, m in zip(f.earlier, months)] + [f"{f.rate:.1f}"]
            rates += [""] * (12 - len(rates))
            group.append(["", f"Rate per {f.metric.rate_per:,} population", "", ""] + rates +
                         [f"{f.rate_at(f.last_year, months[idx]):.1f}", "", "", ""])
            r.traits.add("rate-row")
        groups.append(group)
    look, lv = lookalike(r, idx + 1)
    groups.insert(rng.randint(1, len(groups)), [["", look, "Higher", lv[0]] + lv + [""] * (12 - len(lv)) +
                                                 [lv[-1], "", "", ""]])
    r.traits |= {"context-rows", "trap-money"}
    for label, make in rng.sample(CONTEXT_ROWS, 2):  # the directorate's own rows: no indicator's
        cv = [make(rng) for _ in range(idx + 1)]
        groups.append([["", label, "Lower", make(rng)] + cv + [""] * (12 - len(cv)) + [make(rng), "", "", ""]])
    n = 0
    for g in groups:
        n += 1
        g[0][0] = f"{code}{n:02d}"
    body = [row for g in groups for row in g]
    cs, cr = _xl(7), _xl(7, align=TA_RIGHT)
    rows += [[c if not isinstance(c, str) else Paragraph(escape(c), cr if i >= 3 else cs) for i, c in enumerate(row)]
             for row in body]
    widths = [1.0, 5.6, 1.1, 1.35] + [1.05] * 12 + [1.5, 1.3, 1.25, 0.9]
    t = Table(title + rows, colWidths=[w * cm for w in widths], repeatRows=2)
    style = [("GRID", (0, 1), (-1, -1), 0.3, colors.HexColor("#BFBFBF")),
             ("BACKGROUND", (0, 1), (-1, 1), colors.HexColor("#203864")),
             ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("SPAN", (0, 0), (13, 0)), ("SPAN", (14, 0), (19, 0)),
             ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
             ("ALIGN", (3, 2), (-1, -1), "RIGHT"), ("BACKGROUND", (4 + idx + 1, 2), (15, -1), colors.HexColor("#F2F2F2"))]
    if idx == 11:
        style.pop()
    t.setStyle(TableStyle(style))
    keys = Paragraph("p = provisional     r = revised since the last dashboard     Trend compares the latest month "
                     "with the month before", _xl(7))
    pool = traps(r)
    notes = Paragraph("Notes: " + escape(pool["trap-national"]) + " " + escape(cross_portfolio(r, months[idx])),
                      _xl(7.5))
    r.traits |= {"performance-table", "period-columns", "outturn-column", "same-period-last-year", "target-column",
                 "rag-coloured-words", "trend-arrows", "polarity-column", "lookalike-row", "trap-national"}
    return [t, Spacer(1, 6), keys, Spacer(1, 4), notes]
