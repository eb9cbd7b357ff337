"""Held-out-8 templates drawn straight to PDF (reportlab):

  plan-on-a-page   a portfolio's 'Plan on a Page' progress report to Cabinet, one landscape A4
                   sheet: a coloured banner with the meeting and the Portfolio Holder's quote
                   and signature, then four columns (our ambition; what we will do, numbered
                   in circles; how we will know, a measures grid of baseline, latest and
                   target with RAG dots; progress this quarter), a strip of key risks with
                   scores, the Cabinet asked to note progress, version and publication date
  listing paper    the line-printer listing (h8_web.listing_lines) printed on continuous
                   green-bar stationery with sprocket holes, for the scanned copies
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, inch
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from council import COUNCIL, DOMAIN, PORTFOLIOS
from h3_model import Job
from h8_common import (Report, background, colleague, cross, fin_year, last_quarter_end, later, long, lookalike,
                       member_text, noun, quarter_name, rate_words, short_month, slash, status, subcount, trap_lines)
from h8_web import listing_lines

GREEN = colors.HexColor("#00695c")
PALE = colors.HexColor("#e0f2f1")
RAG = {"Green": colors.HexColor("#2e7d32"), "Amber": colors.HexColor("#f9a825"), "Red": colors.HexColor("#c62828")}
S = {
    "title": ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=18, leading=21, textColor=colors.white),
    "sub": ParagraphStyle("sub", fontName="Helvetica", fontSize=10.5, leading=13, textColor=colors.white),
    "quote": ParagraphStyle("quote", fontName="Helvetica-Oblique", fontSize=9, leading=11, textColor=colors.white),
    "sign": ParagraphStyle("sign", fontName="Times-Italic", fontSize=17, leading=20, textColor=colors.white),
    "head": ParagraphStyle("head", fontName="Helvetica-Bold", fontSize=11, leading=13, textColor=colors.white),
    "body": ParagraphStyle("body", fontName="Helvetica", fontSize=9, leading=11.2, spaceAfter=4),
    "small": ParagraphStyle("small", fontName="Helvetica", fontSize=8.5, leading=10.5),
    "cell": ParagraphStyle("cell", fontName="Helvetica", fontSize=8.5, leading=10),
    "cellb": ParagraphStyle("cellb", fontName="Helvetica-Bold", fontSize=8.5, leading=10),
    "num": ParagraphStyle("num", fontName="Helvetica-Bold", fontSize=14, leading=16, textColor=colors.white,
                          alignment=1),
}


class Dot(Flowable):
    """A coloured status dot (RAG shown only as colour)."""

    def __init__(self, colour, size=9):
        super().__init__()
        self.colour, self.size = colour, size
        self.width = self.height = size

    def draw(self):
        self.canv.setFillColor(self.colour)
        self.canv.circle(self.size / 2, self.size / 2, self.size / 2, stroke=0, fill=1)


class Circle(Flowable):
    """A priority's number printed in a filled circle."""

    def __init__(self, n: int, size=22):
        super().__init__()
        self.n, self.size = n, size
        self.width = self.height = size

    def draw(self):
        c = self.canv
        c.setFillColor(GREEN)
        c.circle(self.size / 2, self.size / 2, self.size / 2, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 12)
        c.drawCentredString(self.size / 2, self.size / 2 - 4.3, str(self.n))


def P(text: str, style: str = "body") -> Paragraph:
    return Paragraph(escape(text), S[style])


def make_plan(r: Report, final: Path, work: Path, to: Path | None = None) -> Job:
    rng = r.rng
    path = to or final
    q_end = last_quarter_end(r.report_date - dt.timedelta(days=rng.randint(10, 30)))
    fy = fin_year(q_end)
    prev_fy = fin_year(q_end - dt.timedelta(days=365))
    figs = r.draw(rng.randint(3, 4), q_end, n_history=1, rates=1.0)
    r.figs = list(figs)
    form = ["cllr-full", "cllr-initial", "full", "cllr-dot"][r.variant % 4]
    who, t = member_text(r, form)
    r.traits |= t
    dform = r.variant % 2
    meet = [long(r.meeting, weekday=True), short_month(r.meeting, weekday=True)][dform]
    r.traits |= {"weekday-date"} | ({"abbreviated-weekday", "abbreviated-month"} if dform else set())
    r.traits |= {"plan-on-a-page", "landscape-a4", "banner", "column-grid", "numbers-in-circles", "rag-dots",
                 "agenda-item-number", "signature", "figures-at-heading", "period-columns", "target-column",
                 "baseline-column", "performance-table", "priorities", "standing-resolution"}
    pw, ph = landscape(A4)
    full = pw - 3 * cm
    colw = [full * 0.15, full * 0.21, full * 0.38, full * 0.26]
    # banner
    quote = (f"\u201c{background(r, 1)[0]} We are on track with most of what we promised, and this plan shows "
             f"where we need to go further.\u201d")
    banner = Table([[
        [P(f"{PORTFOLIOS[r.portfolio]}: Portfolio Plan on a Page {fy}", "title"), Spacer(1, 4),
         P(f"{quarter_name(q_end, 'quarter')} progress report to {r.executive}, {meet} - Agenda item {r.item}", "sub")],
        [P(f"Portfolio Holder: {who}", "head"), Spacer(1, 3), P(quote, "quote"), Spacer(1, 2),
         P(r.member.name, "sign")]]],
        colWidths=[full * 0.58, full * 0.42])
    banner.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), GREEN), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                ("LEFTPADDING", (0, 0), (-1, -1), 14), ("TOPPADDING", (0, 0), (-1, -1), 12),
                                ("BOTTOMPADDING", (0, 0), (-1, -1), 12)]))
    # column 1: ambition
    amb = [P(f"{PORTFOLIOS[r.portfolio]} that residents can rely on, that step in early and that spend every "
             "pound well."),
           P(trap_lines(r, ["trap-years"])[0]), P(trap_lines(r, ["trap-teams"])[0])]
    if r.predecessor:
        amb.append(P(f"The plan was first agreed under Councillor {r.predecessor.name}, whose work we build on."))
        r.traits.add("predecessor-thanked")
    # column 2: what we will do
    rows = []
    for i, p in enumerate(r.priorities[:3]):
        rows.append([Circle(i + 1), P(p + ".", "body")])
        r.commit(p + ".")
    todo = Table(rows, colWidths=[28, colw[1] - 16 - 28 - 4])
    todo.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    # column 3: how we will know
    grid = [[P("Measure", "cellb"), P(f"Baseline {prev_fy}", "cellb"), P(f"Latest ({slash(q_end)})", "cellb"),
             P(f"Target {fy}", "cellb"), P("", "cellb")]]
    prov = rng.choice(figs)
    for f in figs:
        latest = [P(f.show() + (" (p)" if f is prov else ""), "cellb")]
        if f is prov:
            f.marker = "p"
        if f.rate is not None:
            latest.append(P(f"({rate_words(f)})", "small"))
            r.traits.add("rate-in-line")
        grid.append([P(f.label, "cell"), P(f.show(f.history[0]), "cell"), latest, P(f.target, "cell"),
                     Dot(RAG[status(f)])])
    lab, vals = lookalike(r, 2)
    grid.insert(rng.randint(1, len(grid)), [P(lab, "cell"), P(vals[0], "cell"), P(vals[1], "cellb"), P("-", "cell"),
                                            Dot(colors.HexColor("#9e9e9e"))])
    cw = colw[2] - 16
    know = Table(grid, colWidths=[cw * 0.29, cw * 0.18, cw * 0.27, cw * 0.17, cw * 0.09])
    know.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#b2dfdb")),
                              ("VALIGN", (0, 0), (-1, -1), "TOP"), ("BACKGROUND", (0, 0), (-1, 0), PALE),
                              ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]))
    # column 4: progress
    prog = []
    ext = later(r, figs, r.report_date - dt.timedelta(days=rng.randint(1, 8)), rate=True)
    if ext:
        r.figs.append(ext)
        txt = f"Latest position: {ext.show()} {noun(rng, ext.key)} at {long(ext.as_of)}"
        prog.append(P(txt + (f", {rate_words(ext)}." if ext.rate is not None else ".")))
    g = rng.choice([f for f in figs if not f.percent] or figs)
    prog.append(P(subcount(r, g)))
    prog.append(P(" ".join(trap_lines(r, ["trap-percent", "trap-other-council"]))))
    prog.append(P(cross(r, q_end)))
    col = colleague(r)
    if col:
        prog.append(P(f"Working with Cllr {col[0].first[0]} {col[0].surname}, {PORTFOLIOS[col[1]]}, on the "
                      "shared early help offer."))
        r.traits.add("other-member-named")
    prog.append(P(trap_lines(r, ["trap-money"])[0]))
    head = [P(x, "head") for x in ("Our ambition", "What we will do", "How we will know", "Progress this quarter")]
    body = Table([head, [amb, todo, know, prog]], colWidths=colw)
    body.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), GREEN), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("BOX", (0, 0), (-1, -1), 0.8, GREEN), ("INNERGRID", (0, 1), (-1, -1), 0.5, PALE),
                              ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                              ("TOPPADDING", (0, 1), (-1, -1), 8)]))
    risks = Table([[P("Key risks", "cellb"),
                    P(f"R{rng.randint(1, 9)}: demand outstrips capacity (likelihood 4 x impact 4 = 16)", "cell"),
                    P(f"R{rng.randint(10, 19)}: grant not renewed after {r.meeting.year + 1} "
                      f"(3 x 5 = 15)", "cell"),
                    P(f"R{rng.randint(20, 29)}: data system change delays reporting (2 x 3 = 6)", "cell")]],
                  colWidths=[2 * cm, (full - 2 * cm) / 3, (full - 2 * cm) / 3, (full - 2 * cm) / 3])
    risks.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), PALE), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    r.traits |= {"risk-scores", "trap-money", "report-date-before-meeting-date"}
    published = r.report_date
    rec = P(f"Recommendation: that {r.executive} notes progress against the {PORTFOLIOS[r.portfolio]} plan for {fy}.",
            "cellb")
    foot = (f"Version {rng.randint(2, 4)}.{rng.randint(0, 3)}  |  Published {slash(published)}  |  "
            f"{r.officer[0]}, {r.officer[1]}, {r.officer[2]}  |  {DOMAIN}/planonapage")
    r.traits |= {"trap-phone", "trap-publication-date", "slash-date"}
    c = rl_canvas.Canvas(str(path), pagesize=(pw, ph), invariant=1)
    c.setTitle(f"Plan on a Page - {PORTFOLIOS[r.portfolio]} - {quarter_name(q_end)}")
    c.setAuthor("Corporate Policy and Performance")
    c.setCreator("Microsoft PowerPoint for Microsoft 365")
    x0, y = 1.5 * cm, ph - 1.2 * cm
    for flow, gap in ((banner, 0.4 * cm), (body, 0.35 * cm), (risks, 0.3 * cm)):
        w_, h_ = flow.wrapOn(c, pw - 3 * cm, ph)
        y -= h_
        flow.drawOn(c, x0, y)
        y -= gap
    w_, h_ = rec.wrapOn(c, pw - 3 * cm, 2 * cm)
    rec.drawOn(c, x0, y - h_)
    if y - h_ < 1.6 * cm:
        raise ValueError(f"{final.name}: the plan does not fit on its page")
    c.setFont("Helvetica", 7.5)
    c.drawString(x0, 0.9 * cm, foot)
    c.drawRightString(pw - 1.5 * cm, 0.9 * cm, COUNCIL)
    c.showPage()
    c.save()
    return Job(r, final, path, [])


# =====================================================================================
# the listing on green-bar continuous stationery (for the scans)
# =====================================================================================

def make_listing_paper(r: Report, final: Path, work: Path, to: Path | None = None) -> Job:
    path = to or final
    lines = listing_lines(r)
    r.traits |= {"green-bar-paper", "sprocket-holes"}
    pw, ph = 14.875 * inch, 11 * inch
    c = rl_canvas.Canvas(str(path), pagesize=(pw, ph), invariant=1)
    c.setCreator("IBM InfoPrint Manager")
    c.setTitle("PFR listing")
    lpi = 6
    top = ph - 0.5 * inch
    left = 0.95 * inch

    def paper():
        # green bars: three lines green, three white, between the tear-off strips
        c.setFillColor(colors.HexColor("#c4e0c4"))
        y = top + 2
        while y > 0.4 * inch:
            c.rect(0.6 * inch, y - 0.5 * inch, pw - 1.2 * inch, 0.5 * inch, stroke=0, fill=1)
            y -= 1.0 * inch
        c.setStrokeColor(colors.HexColor("#9e9e9e"))
        c.setDash(2, 3)
        for x in (0.5 * inch, pw - 0.5 * inch):
            c.line(x, 0, x, ph)
        c.setDash()
        c.setFillColor(colors.HexColor("#303030"))
        yy = 0.25 * inch
        while yy < ph:
            for x in (0.25 * inch, pw - 0.25 * inch):
                c.circle(x, yy, 0.075 * inch, stroke=0, fill=1)
            yy += 0.5 * inch
        c.setFillColor(colors.black)
        c.setFont("Courier", 9.6)

    row = 0
    started = False
    for line in lines:
        cc, text = line[:1], line[1:]
        if cc == "1":
            if started:
                c.showPage()
            paper()
            started = True
            row = 0
        elif cc == "0":
            row += 1
        elif cc == "-":
            row += 2
        c.drawString(left, top - row * inch / lpi - 9, text)
        row += 1
    c.showPage()
    c.save()
    return Job(r, final, path, [])
