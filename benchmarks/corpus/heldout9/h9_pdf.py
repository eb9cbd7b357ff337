"""Held-out-9 templates drawn straight to PDF (reportlab, invariant):

  decision-record-form     a fillable decision record (AcroForm): the decision maker, date of
                           decision, the decision and the key data typed into form fields;
                           some copies with the fields live, some flattened into the page
  portfolio-annual-review  a magazine-style annual review of a portfolio as if from InDesign:
                           three columns, pull quotes, big numbers in coloured shapes with
                           labels, a photo with its caption, a foreword signed by the member
  power-bi-export          a Power BI report exported to PDF: cards with values (in K where
                           the visual abbreviates), a column chart with data labels, a slicer
                           showing the selected quarter, a table visual, 'Last refreshed',
                           then a page of narrative with the recommendations
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import Frame, Paragraph, Spacer, Table, TableStyle

from council import COUNCIL, PORTFOLIOS
from h3_model import Job, fin_year, month_end
from h8_common import (Report, background, colleague, cross, last_month_end, last_quarter_end, later, long, lookalike,
                       member_text, noun, ordinal_long, quarter_name, quarters_back, rate_words, short_month, slash,
                       status, subcount, trap_lines)
from h8_words import decision


def canvas(path: Path, size, title: str, creator: str, author: str = ""):
    c = rl_canvas.Canvas(str(path), pagesize=size, invariant=1, pageCompression=1)
    c.setTitle(title)
    c.setCreator(creator)
    c.setAuthor(author)
    return c


def st(name, font="Helvetica", size=9.5, leading=None, color=colors.black, **kw):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading or size * 1.25, textColor=color, **kw)


def P(text, s):
    return Paragraph(escape(text), s)


# =====================================================================================
# decision-record-form
# =====================================================================================

FORM_BLUE = colors.HexColor("#dde8f5")


def wrap_lines(c, text: str, font: str, size: float, width: float) -> list[str]:
    from reportlab.lib.utils import simpleSplit
    out = []
    for para in text.split("\n"):
        out += simpleSplit(para, font, size, width) or [""]
    return out


def make_form(r: Report, final: Path, work: Path, to: Path | None = None) -> Job:
    rng, v = r.rng, r.variant
    live = v % 2 == 0 and to is None
    out = to or final
    r.traits |= {"form-fields" if live else "flattened-form", "decision-form", "roman-items", "figures-at-heading",
                 "signature", "trap-publication-date", "trap-call-in-date"}
    on = last_quarter_end(r.meeting - dt.timedelta(days=rng.randint(15, 40)))
    figs = r.draw(rng.randint(3, 4), on, n_history=1, rates=0.6)
    r.figs += figs
    who, t = member_text(r, ["full", "cllr-dot", "cllr-full", "councillor-initial"][v % 4])
    r.traits |= t
    mdate = [slash(r.meeting), long(r.meeting), ordinal_long(r.meeting), f"{r.meeting:%d-%b-%Y}"][v % 4]
    r.traits |= [{"slash-date"}, set(), {"ordinal-date"}, {"abbreviated-month"}][v % 4]
    pub = r.meeting + dt.timedelta(days=rng.randint(1, 3))
    callin = pub + dt.timedelta(days=7)
    ref = f"CMD/{r.meeting.year}/{rng.randint(10, 199):03d}"
    W, H = A4
    c = canvas(out, A4, f"Decision record {ref}", "Adobe Acrobat Pro DC 21.1", r.officer[0])
    form = c.acroForm

    def field(name, value, x, y, w, h, multi=False, size=9.5):
        if live and multi:  # typed into the field with its lines broken, as the form shows them
            value = "\n".join(wrap_lines(c, value, "Helvetica", size, w - 6))
        if live:
            form.textfield(name=name, value=value, x=x, y=y, width=w, height=h, fontName="Helvetica", fontSize=size,
                           borderWidth=0.5, borderColor=colors.HexColor("#7f9cc4"), fillColor=FORM_BLUE,
                           textColor=colors.black, fieldFlags="multiline" if multi else "", forceBorder=True)
        else:
            c.setFillColor(colors.HexColor("#eef3fa"))
            c.setStrokeColor(colors.HexColor("#b0c0d8"))
            c.rect(x, y, w, h, fill=1, stroke=1)
            c.setFillColor(colors.black)
            c.setFont("Helvetica", size)
            lines = wrap_lines(c, value, "Helvetica", size, w - 6)
            yy = y + h - size - 2 if multi else y + (h - size) / 2 + 1.5
            for ln in lines:
                c.drawString(x + 3, yy, ln)
                yy -= size * 1.22

    def label(text, x, y, size=8.5, bold=True):
        c.setFont("Helvetica-Bold" if bold else "Helvetica", size)
        c.setFillColor(colors.HexColor("#1f3864"))
        c.drawString(x, y, text)
        c.setFillColor(colors.black)

    c.setFillColor(colors.HexColor("#1f3864"))
    c.rect(0, H - 2.2 * cm, W, 2.2 * cm, fill=1, stroke=0)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 15)
    c.drawString(1.5 * cm, H - 1.25 * cm, "RECORD OF EXECUTIVE DECISION")
    c.setFont("Helvetica", 9)
    c.drawString(1.5 * cm, H - 1.8 * cm, f"{COUNCIL} - Form DS3 (individual Cabinet Member decisions) - rev. {r.meeting.year - 2}")
    x0, wfull = 1.5 * cm, W - 3 * cm
    y = H - 3.3 * cm
    half = wfull / 2 - 0.2 * cm
    label("Decision reference", x0, y + 2)
    label("Date of decision", x0 + half + 0.4 * cm, y + 2)
    field("DecisionRef", ref, x0, y - 18, half, 17)
    field("DecisionDate", mdate, x0 + half + 0.4 * cm, y - 18, half, 17)
    y -= 40
    label("Decision maker", x0, y + 2)
    field("DecisionMaker", f"{who}, {r.role}", x0, y - 18, wfull, 17)
    y -= 40
    label("Subject", x0, y + 2)
    field("Subject", r.title, x0, y - 18, wfull, 17)
    y -= 40
    label("Decision (the Cabinet Member has decided:)", x0, y + 2)
    r.traits |= {"lead-in"}
    items = []
    for k, dec in enumerate(r.decisions):
        text = decision(dec, "to")
        tail = "." if k == len(r.decisions) - 1 else ";"
        items.append(f"({['i', 'ii', 'iii', 'iv'][k]}) {text}{tail}")
        r.commit(text + tail)
    dec_text = "\n".join(items)
    hdec = 16 + 12 * len(wrap_lines(c, dec_text, "Helvetica", 9.5, wfull - 6))
    field("Decision", dec_text, x0, y - 4 - hdec, wfull, hdec, multi=True)
    y -= hdec + 26
    label(f"Key data considered (position at {long(on)})", x0, y + 2)
    r.traits |= {"rate-in-line", "earlier-period-in-sentence"}
    data = []
    for f in figs:
        rt = f" - {rate_words(f)}" if f.rate is not None else ""
        data.append(f"{f.label}: {f.show()}{rt} (previous quarter {f.show(f.history[-1])}; target {f.target})")
    data.append(subcount(r, figs[0]))
    data_text = "\n".join(data)
    hdata = 16 + 12 * len(wrap_lines(c, data_text, "Helvetica", 9.5, wfull - 6))
    field("KeyData", data_text, x0, y - 4 - hdata, wfull, hdata, multi=True)
    y -= hdata + 26
    label("Reasons for the decision", x0, y + 2)
    reasons = " ".join(background(r, 2) + trap_lines(r, ["trap-money", "trap-other-council"]))
    hr = 16 + 12 * len(wrap_lines(c, reasons, "Helvetica", 9.5, wfull - 6))
    field("Reasons", reasons, x0, y - 4 - hr, wfull, hr, multi=True)
    y -= hr + 26
    label("Alternative options considered and rejected", x0, y + 2)
    alt = f"To do nothing: rejected. {trap_lines(r, ['trap-percent'])[0]}"
    field("Alternatives", alt, x0, y - 32, wfull, 30, multi=True)
    y -= 56
    col = colleague(r)
    label("Consultation / conflicts of interest", x0, y + 2)
    cons = (f"Cllr {col[0].name} ({PORTFOLIOS[col[1]]}) consulted. " if col else "") + "No conflicts declared."
    if col:
        r.traits.add("other-member-named")
    field("Consultation", cons, x0, y - 18, wfull, 17)
    y -= 40
    label("Date published", x0, y + 2)
    label("Call-in deadline (5pm)", x0 + half + 0.4 * cm, y + 2)
    field("Published", slash(pub), x0, y - 18, half, 17)
    field("CallIn", slash(callin), x0 + half + 0.4 * cm, y - 18, half, 17)
    y -= 48
    label("Signed (decision maker)", x0, y + 2)
    c.setFont("Times-Italic", 17)
    c.drawString(x0 + 4.3 * cm, y - 2, f"{r.member.first[0]}. {r.member.surname}")
    c.setFont("Helvetica", 8)
    c.drawString(x0, y - 18, f"Contact: {r.officer[0]}, {r.officer[1]}, {r.officer[2]}")
    c.drawRightString(W - 1.5 * cm, 1 * cm, "Page 1 of 1")
    c.showPage()
    c.save()
    return Job(r, final, out, [])


# =====================================================================================
# portfolio-annual-review
# =====================================================================================

PALETTE = [colors.HexColor("#6a1b9a"), colors.HexColor("#00838f"), colors.HexColor("#ef6c00"), colors.HexColor("#2e7d32")]


def make_annual(r: Report, final: Path, work: Path, to: Path | None = None) -> Job:
    rng, v = r.rng, r.variant
    out = to or final
    r.traits |= {"magazine-layout", "three-columns", "pull-quote", "big-numbers", "photo-caption", "signature",
                 "standing-resolution", "typed-numbering", "year-end-figures", "as-at-differs-from-meeting",
                 "report-date-before-meeting-date"}
    ye = month_end(r.meeting.year, 3)
    fy = fin_year(ye, short=False)
    nfy = fin_year(ye + dt.timedelta(days=40), short=False)
    figs = r.draw(rng.randint(3, 4), ye, n_history=1, rates=0.6)
    r.figs += figs
    who, t = member_text(r, ["cllr-full", "full", "cllr-dot", "councillor-initial"][v % 4])
    r.traits |= t
    accent = PALETTE[v % 4]
    W, H = A4
    c = canvas(out, A4, f"{r.portfolio_name} Annual Review {fy}", "Adobe InDesign 16.2 (Windows)", "Communications Team")
    # page 1: masthead, big numbers, foreword in three columns
    c.setFillColor(accent)
    c.rect(0, H - 6.2 * cm, W, 6.2 * cm, fill=1, stroke=0)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 30)
    c.drawString(1.4 * cm, H - 2.4 * cm, f"{r.portfolio_name}")
    c.setFont("Helvetica", 20)
    c.drawString(1.4 * cm, H - 3.4 * cm, f"Our year {fy}")
    c.setFont("Helvetica", 9.5)
    when = [long(r.meeting, weekday=True), ordinal_long(r.meeting), slash(r.meeting), long(r.meeting)][v % 4]
    r.traits |= [{"weekday-date"}, {"ordinal-date"}, {"slash-date"}, set()][v % 4]
    c.drawString(1.4 * cm, H - 4.5 * cm, f"Annual review of the {r.role} - presented to {r.body}, {when}")
    c.drawString(1.4 * cm, H - 5.1 * cm, f"Agenda item {r.item}  |  {COUNCIL}")
    r.traits.add("agenda-item-number")
    # big numbers in shapes
    y0 = H - 10.6 * cm
    shapes = figs[:3] + [None]
    bw = (W - 2.8 * cm - 3 * 0.4 * cm) / 4
    for k, f in enumerate(shapes):
        x = 1.4 * cm + k * (bw + 0.4 * cm)
        col = PALETTE[(v + k + 1) % 4]
        c.setFillColor(col)
        if k % 2 == 0:
            c.circle(x + bw / 2, y0 + 2.2 * cm, 1.75 * cm, fill=1, stroke=0)
        else:
            c.roundRect(x + 0.1 * cm, y0 + 0.5 * cm, bw - 0.2 * cm, 3.4 * cm, 12, fill=1, stroke=0)
        c.setFillColor(colors.white)
        if f is None:
            big, lab = f"£{rng.randint(2, 9)}.{rng.randint(1, 9)}m", "invested this year"
            r.traits.add("trap-money")
        else:
            big, lab = f.show(), noun(rng, f.key)
        c.setFont("Helvetica-Bold", 22 if len(big) < 6 else 18)
        c.drawCentredString(x + bw / 2, y0 + 2.35 * cm, big)
        c.setFont("Helvetica", 7.5)
        words_ = lab.split()
        l1 = " ".join(words_[: (len(words_) + 1) // 2])
        l2 = " ".join(words_[(len(words_) + 1) // 2:])
        c.drawCentredString(x + bw / 2, y0 + 1.75 * cm, l1)
        c.drawCentredString(x + bw / 2, y0 + 1.45 * cm, l2)
        c.setFillColor(colors.HexColor("#555555"))
        if f is not None:
            c.setFont("Helvetica", 7)
            c.drawCentredString(x + bw / 2, y0 + 0.1 * cm, f"{fin_year(ye - dt.timedelta(days=365))}: {f.show(f.history[-1])}")
            r.traits.add("earlier-period-beside-figure")
    c.setFont("Helvetica-Oblique", 7)
    c.setFillColor(colors.HexColor("#555555"))
    c.drawString(1.4 * cm, y0 - 0.35 * cm, f"All figures at 31 March {ye.year} unless stated.")
    r.traits.add("figures-at-heading")
    # three columns of text
    body = st("body", size=9, leading=11.6)
    head = st("head", "Helvetica-Bold", 11.5, 14, accent, spaceBefore=4, spaceAfter=3)
    quote = st("quote", "Helvetica-BoldOblique", 12.5, 15.5, accent, spaceBefore=6, spaceAfter=6)
    story = [P("Foreword", head)]
    intro = (f"Welcome to the annual review of the {r.portfolio_name} portfolio. It has been a demanding year. "
             + " ".join(background(r, 2)))
    story.append(P(intro, body))
    if r.predecessor:
        story.append(P(f"I want to thank my predecessor, Cllr {r.predecessor.name}, who led the portfolio until "
                       f"last year.", body))
        r.traits.add("predecessor-thanked")
    f0 = figs[0]
    rate0 = f" That is {rate_words(f0)}." if f0.rate is not None else ""
    story.append(P(f"By the end of March we recorded {f0.show()} {noun(rng, f0.key)}, against "
                   f"{f0.show(f0.history[-1])} a year before.{rate0} {subcount(r, f0)}", body))
    story.append(P(f"\u201c{rng.choice(['Behind every number is a resident we have helped.', 'We said we would listen, and we have.', 'This is a team effort across the whole council.'])}\u201d", quote))
    r.traits.add("rate-in-line")
    cut1 = len(story)
    story.append(P("The year in numbers", head))
    for f in figs[1:]:
        rt = f" ({rate_words(f)})" if f.rate is not None else ""
        story.append(P(f"{f.label}: {f.show()} at the year end{rt}, with a target of {f.target}.", body))
    story.append(P(" ".join(trap_lines(r, ["trap-other-council", "trap-percent", "trap-teams"])), body))
    cut2 = len(story)
    story.append(P("Working together", head))
    story.append(P(cross(r, ye), body))
    col_w = (W - 2.8 * cm - 2 * 0.5 * cm) / 3
    top = y0 - 0.7 * cm
    frames = [Frame(1.4 * cm + k * (col_w + 0.5 * cm), 1.6 * cm, col_w, top - 1.6 * cm, leftPadding=0,
                    rightPadding=0, topPadding=0, bottomPadding=0) for k in range(3)]
    # the photo and its caption sit at the foot of the third column
    c.setFillColor(colors.HexColor("#b0bec5"))
    ph = 4.2 * cm
    c.rect(frames[2]._x1, 2.4 * cm, col_w, ph, fill=1, stroke=0)
    c.setFillColor(colors.HexColor("#78909c"))
    c.circle(frames[2]._x1 + col_w * 0.35, 2.4 * cm + ph * 0.55, 0.7 * cm, fill=1, stroke=0)
    c.circle(frames[2]._x1 + col_w * 0.65, 2.4 * cm + ph * 0.5, 0.8 * cm, fill=1, stroke=0)
    c.setFillColor(colors.HexColor("#333333"))
    c.setFont("Helvetica-Oblique", 7.5)
    c.drawString(frames[2]._x1, 2.0 * cm, f"{who} at the opening in {rng.choice(['June', 'September', 'October'])} "
                 f"{ye.year - 1}.")
    c.drawString(frames[2]._x1, 1.65 * cm, f"Photo: {COUNCIL}")
    frames[2]._height = top - 2.4 * cm - ph - 0.4 * cm
    frames[2]._y1 = 2.4 * cm + ph + 0.4 * cm
    frames[2]._geom()
    frames[2]._reset()
    for fr, chunk in zip(frames, (story[:cut1], story[cut1:cut2], story[cut2:])):
        fr.addFromList(chunk, c)
        if chunk:
            raise ValueError(f"{r.name}: a column overflows")
    c.setFont("Helvetica", 7.5)
    c.setFillColor(colors.HexColor("#777777"))
    c.drawString(1.4 * cm, 0.9 * cm, f"{r.portfolio_name} annual review {fy}")
    c.drawRightString(W - 1.4 * cm, 0.9 * cm, "2")
    c.showPage()
    # page 2: priorities, the later position, the recommendation, signature
    c.setFillColor(accent)
    c.rect(0, H - 2.6 * cm, W, 2.6 * cm, fill=1, stroke=0)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 20)
    c.drawString(1.4 * cm, H - 1.7 * cm, f"Looking ahead to {nfy}")
    story2 = [P("Our priorities", head)]
    for k, pr in enumerate(r.priorities):
        story2.append(P(f"{k + 1}. {pr}.", st("pri", "Helvetica-Bold", 10, 13, colors.black, leftIndent=12,
                                               firstLineIndent=-12, spaceAfter=5)))
        r.commit(pr)
    g = later(r, figs, last_month_end(r.report_date), rate=False)
    if g:
        r.figs.append(g)
        story2.append(P("Since the year end", head))
        story2.append(P(f"At {long(g.as_of)} the figure stood at {g.show()} {noun(rng, g.key)}.", body))
    story2.append(P(trap_lines(r, ["trap-money"])[0], body))
    story2.append(P(f"\u201c{rng.choice(['We will keep residents at the heart of everything we do.', 'Next year we build on firm foundations.'])}\u201d", quote))
    story2.append(P("Recommendation", head))
    story2.append(P(f"That {r.body} notes the annual review of the {r.role}.", body))
    story2.append(Spacer(1, 10))
    story2.append(P(f"{r.member.first} {r.member.surname}", st("sig", "Times-Italic", 18, 22)))
    story2.append(P(f"{who}, {r.role}", body))
    story2.append(P(f"Designed by {COUNCIL} Communications. Report date {slash(r.report_date)}.",
                    st("tiny", size=7, color=colors.HexColor("#777777"))))
    frames2 = [Frame(1.4 * cm + k * (col_w + 0.5 * cm), 1.6 * cm, col_w, H - 4.2 * cm, leftPadding=0,
                     rightPadding=0, topPadding=0, bottomPadding=0) for k in range(3)]
    for fr in frames2:
        story2 = fr.addFromList(story2, c) or story2
        if not story2:
            break
    c.setFont("Helvetica", 7.5)
    c.setFillColor(colors.HexColor("#777777"))
    c.drawString(1.4 * cm, 0.9 * cm, f"{r.portfolio_name} annual review {fy}")
    c.drawRightString(W - 1.4 * cm, 0.9 * cm, "3")
    c.showPage()
    c.save()
    return Job(r, final, out, [])


# =====================================================================================
# power-bi-export
# =====================================================================================

PBI_Y = colors.HexColor("#f2c811")
PBI_BLUE = colors.HexColor("#118dff")
PBI_DARK = colors.HexColor("#12239e")


def kfmt(v: float) -> str:
    """Power BI's display units: 1234 -> 1.23K"""
    if v >= 1000:
        return f"{v / 1000:.2f}K"
    return f"{int(v)}"


def make_powerbi(r: Report, final: Path, work: Path, to: Path | None = None) -> Job:
    rng, v = r.rng, r.variant
    out = to or final
    r.traits |= {"power-bi", "cards", "slicer", "data-labels", "trap-refresh-date", "table-visual", "period-columns",
                 "target-column", "performance-table", "agenda-item-number", "lead-in", "typed-numbering",
                 "standing-resolution", "abbreviated-values"}
    on = last_quarter_end(r.meeting - dt.timedelta(days=rng.randint(20, 45)))
    qs = quarters_back(on, 4)
    figs = r.draw(rng.randint(3, 4), on, n_history=3, rates=0.7)
    r.figs += figs
    who, t = member_text(r, ["cllr-full", "cllr-initial", "full", "cllr-dot"][v % 4])
    r.traits |= t
    size = (33.867 * cm, 19.05 * cm)  # 16:9, as Power BI exports
    W, H = size
    c = canvas(out, size, f"{r.portfolio_name} Performance", "Microsoft Power BI", "")
    refreshed = dt.datetime.combine(r.meeting - dt.timedelta(days=rng.randint(3, 9)), dt.time(6, rng.randint(0, 59)))

    def chrome(page_name):
        c.setFillColor(colors.HexColor("#252423"))
        c.rect(0, H - 1.3 * cm, W, 1.3 * cm, fill=1, stroke=0)
        c.setFillColor(PBI_Y)
        c.rect(0.5 * cm, H - 1.0 * cm, 0.6 * cm, 0.7 * cm, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 14)
        c.drawString(1.5 * cm, H - 0.85 * cm, f"{r.portfolio_name} - Cabinet Performance Dashboard")
        c.setFont("Helvetica", 8)
        c.drawRightString(W - 0.6 * cm, H - 0.85 * cm, f"Last refreshed: {refreshed:%d/%m/%Y %H:%M:%S}")
        c.setFillColor(colors.HexColor("#605e5c"))
        c.setFont("Helvetica", 7)
        c.drawString(0.6 * cm, 0.4 * cm, f"{page_name}   |   Powered by Power BI   |   {COUNCIL} Business Intelligence")

    chrome("Overview")
    c.setFillColor(colors.black)
    c.setFont("Helvetica", 9)
    mdate = [long(r.meeting), slash(r.meeting), short_month(r.meeting, weekday=True), ordinal_long(r.meeting)][v % 4]
    r.traits |= [set(), {"slash-date"}, {"abbreviated-month", "weekday-date"}, {"ordinal-date"}][v % 4]
    c.drawString(0.6 * cm, H - 1.9 * cm, f"Appendix A to agenda item {r.item}, {r.executive} {mdate}   -   "
                 f"Portfolio holder: {who}")
    # the slicer: quarters as tiles, the selected one filled
    c.setFont("Helvetica-Bold", 8)
    c.drawString(0.6 * cm, H - 2.7 * cm, "Quarter")
    for k, q in enumerate(qs):
        x = 0.6 * cm + k * 3.1 * cm
        sel = q == on
        c.setFillColor(colors.HexColor("#252423") if sel else colors.white)
        c.setStrokeColor(colors.HexColor("#c8c6c4"))
        c.rect(x, H - 3.6 * cm, 3.0 * cm, 0.7 * cm, fill=1, stroke=1)
        c.setFillColor(colors.white if sel else colors.black)
        c.setFont("Helvetica", 8)
        c.drawCentredString(x + 1.5 * cm, H - 3.35 * cm, quarter_name(q))
    # cards
    cw = (W - 1.2 * cm - 0.4 * cm * (len(figs) - 1)) / len(figs)
    for k, f in enumerate(figs):
        x, y = 0.6 * cm + k * (cw + 0.4 * cm), H - 7.0 * cm
        c.setFillColor(colors.white)
        c.setStrokeColor(colors.HexColor("#e1dfdd"))
        c.rect(x, y, cw, 3.0 * cm, fill=1, stroke=1)
        c.setFillColor(colors.HexColor("#252423"))
        c.setFont("Helvetica", 30)
        big = f.show() if f.percent else kfmt(f.value)
        if big.endswith("K"):
            r.traits.add("card-in-thousands")
        c.drawCentredString(x + cw / 2, y + 1.35 * cm, big)
        c.setFont("Helvetica", 8.5)
        c.setFillColor(colors.HexColor("#605e5c"))
        c.drawCentredString(x + cw / 2, y + 0.55 * cm, f.label[:48])
    # column chart with data labels, one per quarter, for the first figure
    f0 = figs[0]
    x0, y0, cwid, chh = 0.6 * cm, 1.2 * cm, 14 * cm, 6.8 * cm
    c.setFillColor(colors.black)
    c.setFont("Helvetica-Bold", 9)
    c.drawString(x0, y0 + chh + 0.3 * cm, f"{f0.label} by quarter")
    vals = [*f0.history, f0.value]
    top = max(vals) * 1.15
    bw = cwid / (len(vals) * 1.6)
    for k, (q, val) in enumerate(zip(qs, vals)):
        bx = x0 + 0.6 * cm + k * bw * 1.6
        bh = (chh - 1.2 * cm) * val / top
        c.setFillColor(PBI_DARK if q == on else PBI_BLUE)
        c.rect(bx, y0 + 0.6 * cm, bw, bh, fill=1, stroke=0)
        c.setFillColor(colors.HexColor("#252423"))
        c.setFont("Helvetica", 7.5)
        c.drawCentredString(bx + bw / 2, y0 + 0.7 * cm + bh, f0.show(val) if f0.percent else kfmt(val))
        c.drawCentredString(bx + bw / 2, y0 + 0.15 * cm, quarter_name(q, "qq"))
    # table visual
    tx = x0 + cwid + 1.0 * cm
    rows = [["Measure", quarter_name(qs[-2]), quarter_name(on), "Target", "Status"]]
    r.traits.add("rag-column")
    for f in figs:
        rows.append([f.label[:46], f.show(f.history[-1]), f.show(), f.target, status(f)])
        if f.rate is not None:
            rows.append([f"  Rate per {f.metric.rate_per:,}", "", f"{f.rate:.1f}", "", ""])
            r.traits.add("rate-row")
    label, vals_ = lookalike(r, 2)
    rows.append([label[:46], *vals_, "", ""])
    t = Table(rows, colWidths=[7.4 * cm, 2.4 * cm, 2.4 * cm, 1.8 * cm, 1.6 * cm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 7.5), ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 7.5),
                           ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.HexColor("#252423")),
                           ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f3f2f1")]),
                           ("ALIGN", (1, 0), (-1, -1), "RIGHT")]))
    tw, th = t.wrap(0, 0)
    t.drawOn(c, tx, y0 + chh - th)
    c.setFont("Helvetica-Oblique", 7)
    c.setFillColor(colors.HexColor("#605e5c"))
    c.drawString(tx, y0 + chh - th - 0.4 * cm, f"Data as at {slash(on)}. Source: case management systems.")
    r.traits.add("figures-at-heading")
    c.showPage()
    # page 2: narrative text boxes
    chrome("Narrative")
    body = st("b", size=10, leading=13)
    head = st("h", "Helvetica-Bold", 12, 15, colors.HexColor("#252423"), spaceBefore=6, spaceAfter=4)
    story = [P("Commentary", head), P(" ".join(background(r, 2)), body)]
    g = later(r, figs, last_month_end(r.meeting - dt.timedelta(days=5)), rate=True)
    if g:
        r.figs.append(g)
        rt = f" ({rate_words(g)})" if g.rate is not None else ""
        story.append(P(f"Early data for {g.as_of:%B %Y} shows {g.show()} {noun(rng, g.key)} at "
                       f"{long(g.as_of)}{rt}.", body))
    story.append(P(" ".join(trap_lines(r, ["trap-other-council", "trap-money", "trap-percent"])), body))
    story.append(P(subcount(r, figs[-1]), body))
    story.append(P(cross(r, on), body))
    story2 = [P(f"Recommendations to {r.executive}", head), P(f"{r.executive} is asked to:", body)]
    story2.append(P(f"1. Note the dashboard for {quarter_name(on)}.", body))
    for k, dec in enumerate(r.decisions):
        story2.append(P(f"{k + 2}. {decision(dec, 'imperative')}.", body))
        r.commit(decision(dec, "imperative"))
    story2.append(Spacer(1, 8))
    story2.append(P(f"Report author: {r.officer[0]}, {r.officer[1]} ({r.officer[3]})", st("s", size=8)))
    half = (W - 1.6 * cm) / 2 - 0.3 * cm
    for frm, s in ((Frame(0.8 * cm, 1.2 * cm, half, H - 3.2 * cm, showBoundary=0), story),
                   (Frame(0.8 * cm + half + 0.6 * cm, 1.2 * cm, half, H - 3.2 * cm, showBoundary=0), story2)):
        frm.addFromList(s, c)
    c.showPage()
    c.save()
    return Job(r, final, out, [])
