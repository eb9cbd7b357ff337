"""Held-out-4 templates drawn as PDF with reportlab:

  slide-deck-pdf      a briefing deck exported from PowerPoint to PDF (16:9 pages): a title slide
                      with the meeting, one indicator per slide in large type, a chart slide with
                      its data table and axis labels, priorities and recommendations slides
  council-qa-report   a Portfolio Holder's written report to full Council followed by written
                      questions from members and the Portfolio Holder's answers
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle)

from council import COUNCIL, PORTFOLIOS, holder
from h3_pdf import numbered_canvas, style
from h4_model import (FOOTNOTE, Fig, Job, Report, background, cross, dotted, fin_year,
                      last_month_end, last_quarter_end, later, long_date, lookalike, marked, member_as, mon_yy,
                      months_back, name_traits, noun, rate_words, slash, step, subcount, trap_lines)
from h4_words import WARDS, decision

SLIDE = (33.867 * cm, 19.05 * cm)
NAVY, ACCENT = "#14325C", "#E07B00"


def _fixed(path: Path) -> None:
    from convert import _fixed_pdf_id
    path.write_bytes(_fixed_pdf_id(path.read_bytes()))


# =====================================================================================
# Slide deck
# =====================================================================================

def make_slides(r: Report, final: Path, work: Path, to: Path | None = None) -> Job:
    rng = r.rng
    path = to or final
    md = last_month_end(r.report_date - dt.timedelta(days=rng.randint(2, 20)))
    figs = r.draw(rng.randint(3, 4), md, rates=0.8, kinds=("stock", "flow", "percent"))
    counts = [f for f in figs if not f.percent]
    chart = [counts[-1]]
    figs.remove(counts[-1])
    chart[0].rate = None
    if chart[0].metric.kind == "flow":  # a monthly count
        chart[0].value = max(4, int(chart[0].value / rng.uniform(2.7, 3.3)))
    r.figs = figs + chart
    if rng.random() < 0.6:
        rng.choice(figs).marker = rng.choice(["star", "p"])
    form, who = member_as(rng, r.member, ["cllr-dot", "cllr-full", "cllr-initial", "full"])
    r.traits |= name_traits(form)
    c = rl_canvas.Canvas(str(path), pagesize=SLIDE, invariant=1, pageCompression=1)
    c.setTitle(f"{r.title} - {r.executive} briefing")
    c.setAuthor(r.officer[0])
    c.setCreator("Microsoft® PowerPoint® for Microsoft 365")
    W, H = SLIDE
    page = [0]

    def frame(title: str | None):
        page[0] += 1
        c.setFillColor(colors.HexColor(NAVY))
        c.rect(0, 0, W, 0.9 * cm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica", 9)
        c.drawString(1.2 * cm, 0.33 * cm, f"{COUNCIL}  |  OFFICIAL")
        c.drawRightString(W - 1.2 * cm, 0.33 * cm, str(page[0]))
        if title:
            c.setFillColor(colors.HexColor(NAVY))
            c.setFont("Helvetica-Bold", 28)
            c.drawString(1.6 * cm, H - 2.3 * cm, title)
            c.setFillColor(colors.HexColor(ACCENT))
            c.rect(1.6 * cm, H - 2.75 * cm, 3.5 * cm, 0.15 * cm, stroke=0, fill=1)

    def text(x, y, width, html, size=16, lead=None, colour="#222222", bold=False):
        p = Paragraph(html, style("s", size, lead or size * 1.3, bold=bold, colour=colour))
        _, h = p.wrap(width, H)
        p.drawOn(c, x, y - h)
        return y - h

    # 1 title slide
    frame(None)
    c.setFillColor(colors.HexColor(NAVY))
    c.rect(0, H * 0.42, W, H * 0.58, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Helvetica", 14)
    c.drawString(1.6 * cm, H - 1.8 * cm, COUNCIL.upper())
    text(1.6 * cm, H - 3.4 * cm, W - 5 * cm, escape(r.title), 36, colour="#FFFFFF", bold=True)
    date_form = r.variant % 3
    shown = {0: dotted(r.meeting), 1: long_date(r.meeting), 2: f"{r.meeting:%A} {long_date(r.meeting)}"}[date_form]
    r.traits |= {0: {"dotted-date"}, 1: set(), 2: {"weekday-date"}}[date_form]
    y = text(1.6 * cm, H * 0.38, W - 4 * cm, f"<b>{r.executive} Member Briefing</b>  |  {shown}", 18, colour="#14325C")
    y = text(1.6 * cm, y - 0.5 * cm, W - 4 * cm, f"{escape(who)}, {escape(r.role)}", 16)
    text(1.6 * cm, y - 0.3 * cm, W - 4 * cm, f"{escape(r.officer[0])}, {escape(r.officer[1])}", 13, colour="#666666")
    c.showPage()

    # 2 context
    frame("Where we are")
    bullets = background(r, 2) + trap_lines(r, ["trap-money", "trap-percent"])
    y = H - 3.6 * cm
    for b in bullets:
        y = text(2.2 * cm, y, W - 5 * cm, f"–&nbsp;&nbsp;{escape(b)}", 18) - 0.5 * cm
    c.showPage()

    # one slide per figure
    for f in figs:
        frame(f.label if len(f.label) < 48 else f.label[:45] + "...")
        c.setFillColor(colors.HexColor(ACCENT))
        c.setFont("Helvetica-Bold", 96)
        big = f.show() + {"star": "*", "p": "p", "": ""}[f.marker]
        c.drawString(2.0 * cm, H * 0.42, big)
        lines = [f"{escape(f.label)}", f"at {long_date(f.as_of)}"]
        if f.rate is not None:
            lines.append(f"That is {rate_words(f)}")
            r.traits.add("rate-in-line")
        y = text(W * 0.52, H - 4.2 * cm, W * 0.42, "<br/>".join(lines), 20)
        prev = step(rng, f.metric, step(rng, f.metric, f.value))
        y = text(W * 0.52, y - 0.8 * cm, W * 0.42,
                 f"Target: {escape(f.target)}<br/>Same month last year: {f.show(prev)}", 15, colour="#666666")
        if f.marker:
            text(2.0 * cm, 2.4 * cm, W - 4 * cm, escape(FOOTNOTE[f.marker]), 11, colour="#666666")
        c.showPage()
    r.traits |= {"one-figure-per-slide", "target-column", "same-period-last-year"}

    # chart slide with its data table
    f = chart[0]
    months = months_back(md, 6)
    vals = [*history(rng, f, 5), f.value]
    frame(f"{f.label}: last six months")
    top = max(vals) * 1.15
    step_ = _nice(top / 4)
    x0, y0, cw, ch = 3.0 * cm, 6.2 * cm, W - 7 * cm, H - 10.5 * cm
    c.setStrokeColor(colors.HexColor("#BBBBBB"))
    c.setFont("Helvetica", 11)
    c.setFillColor(colors.HexColor("#444444"))
    t = 0
    while t <= top:
        yy = y0 + ch * t / top
        c.line(x0, yy, x0 + cw, yy)
        c.drawRightString(x0 - 0.3 * cm, yy - 0.15 * cm, f"{t:,}")
        t += step_
    bw = cw / len(vals)
    for i, v in enumerate(vals):
        c.setFillColor(colors.HexColor(ACCENT if i == len(vals) - 1 else NAVY))
        c.rect(x0 + i * bw + bw * 0.2, y0, bw * 0.6, ch * v / top, stroke=0, fill=1)
    data = [["Month", *[mon_yy(m) for m in months]], [f.label if len(f.label) < 30 else "Number", *[f"{v:,}" for v in vals]]]
    t = Table(data, colWidths=[6.5 * cm] + [(W - 10 * cm) / 6] * 6)
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 12), ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 12),
                           ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#999999")),
                           ("ALIGN", (1, 0), (-1, -1), "RIGHT")]))
    _, th = t.wrap(W, H)
    t.drawOn(c, 1.6 * cm, 1.4 * cm)
    c.showPage()
    r.traits |= {"chart-data-table", "chart-axis-labels", "monthly-columns"}

    # context slide
    frame("Context")
    big = [g for g in figs if not g.percent] or figs
    y = H - 3.6 * cm
    for b in [subcount(r, rng.choice(big)), *trap_lines(r, ["trap-other-council", "trap-wards"]), cross(r, md)]:
        y = text(2.2 * cm, y, W - 5 * cm, f"–&nbsp;&nbsp;{escape(b)}", 17) - 0.45 * cm
    c.showPage()

    # priorities
    frame(f"Priorities for {fin_year(r.meeting + dt.timedelta(days=60), short=False)}")
    y = H - 3.8 * cm
    for i, p in enumerate(r.priorities[:4]):
        y = text(2.2 * cm, y, W - 5 * cm, f"<b>{i + 1}</b>&nbsp;&nbsp;&nbsp;{escape(p)}", 20) - 0.6 * cm
        r.commit(p)
    r.traits.add("typed-numbering")
    c.showPage()

    # recommendations
    frame("Recommendations")
    y = text(2.2 * cm, H - 3.6 * cm, W - 5 * cm, f"{r.executive} is asked to:", 20) - 0.4 * cm
    items = ["note the performance set out in this briefing;"] + [decision(d, "lower") + ";" for d in r.decisions[:2]]
    items[-1] = items[-1][:-1] + "."
    for i, t in enumerate(items):
        y = text(3.0 * cm, y, W - 6 * cm, f"{chr(97 + i)})&nbsp;&nbsp;{escape(t)}", 19) - 0.4 * cm
        if i:
            r.commit(t)
    r.traits |= {"lead-in", "lettered-items", "standing-resolution"}
    c.showPage()

    frame("Questions?")
    text(2.2 * cm, H - 4.0 * cm, W - 5 * cm, f"{escape(r.officer[0])}<br/>{escape(r.officer[1])}<br/>"
                                              f"{r.officer[2]}<br/>{escape(r.officer[3])}", 20)
    r.traits.add("trap-phone")
    c.showPage()
    c.save()
    _fixed(path)
    r.traits |= {"slides", "landscape"}
    return Job(r, final, path, [])


def history(rng, f: Fig, n: int) -> list:
    out, v = [], f.value
    for _ in range(n):
        v = step(rng, f.metric, v)
        out.append(v)
    return out[::-1]


def _nice(x: float) -> int:
    for s in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000):
        if s >= x:
            return s
    return 10000


# =====================================================================================
# Portfolio Holder's report to Council with written questions
# =====================================================================================

def make_qa(r: Report, final: Path, work: Path, to: Path | None = None) -> Job:
    rng = r.rng
    path = to or final
    as_at = last_month_end(r.report_date - dt.timedelta(days=rng.randint(3, 18)))
    if rng.random() < 0.4:
        as_at = last_quarter_end(r.report_date - dt.timedelta(days=rng.randint(10, 40)))
    figs = r.draw(rng.randint(3, 4), as_at, rates=0.85)
    r.figs = list(figs)
    form, who = member_as(rng, r.member, ["full", "cllr-dot", "councillor-initial", "cllr-full"])
    r.traits |= name_traits(form)
    date_form = r.variant % 3
    meet = {0: f"{r.meeting:%A}, {long_date(r.meeting)}", 1: long_date(r.meeting, ordinal_day=True),
            2: slash(r.meeting)}[date_form]
    r.traits |= {0: {"weekday-date"}, 1: set(), 2: {"slash-date"}}[date_form]
    item = f"{r.item}({rng.choice('abcd')})"

    def decorate(cv, page, total):
        w, h = A4
        cv.setFont("Helvetica", 8)
        cv.setFillColor(colors.HexColor("#444444"))
        cv.drawString(2 * cm, h - 1.2 * cm, f"Council – {long_date(r.meeting)}")
        cv.drawRightString(w - 2 * cm, h - 1.2 * cm, f"Item {item}")
        cv.drawCentredString(w / 2, 1.0 * cm, f"{page}")
    r.traits |= {"running-header", "agenda-item-number"}

    body = style("b", 10.5, after=6)
    small = style("sm", 9, after=3)
    h1 = style("h1", 15, bold=True, after=4)
    h2 = style("h2", 11.5, bold=True, before=10, after=4)
    story = [Paragraph(COUNCIL.upper(), style("c", 10, bold=True, after=10)),
             Paragraph(f"REPORT OF THE PORTFOLIO HOLDER FOR {escape(r.portfolio_name.upper())}", h1),
             Paragraph(f"{escape(who)}", style("w", 12, bold=True, after=2)),
             Paragraph(f"Council, {meet}", style("m", 11, after=14))]
    r.traits.add("cover-block")
    n = [0]

    def para(t, st=body):
        n[0] += 1
        story.append(Paragraph(f"{n[0]}.&nbsp;&nbsp;{t}", st))
    story.append(Paragraph("Introduction", h2))
    intro = f"This report updates Council on the work of the {escape(r.portfolio_name)} portfolio since the last meeting."
    if r.predecessor:
        intro += f" I would like to thank my predecessor, Councillor {escape(r.predecessor.name)}, for the work done before I took on the portfolio."
        r.traits.add("predecessor-thanked")
    para(intro)
    para(escape(background(r, 1)[0] + " " + trap_lines(r, ["trap-teams"])[0]))
    story.append(Paragraph("Service update", h2))
    para(f"The headline figures for the portfolio, as at {long_date(as_at)}, are:")
    r.traits.add("figures-as-at-sentence")
    rows = [["Measure", "Figure", "Notes"]]
    for f in figs:
        note = ""
        if f.rate is not None:
            note = f"rate {f.rate:.1f} per {f.metric.rate_per:,}" if r.variant % 2 else rate_words(f)
            r.traits.add("rate-in-cell")
        rows.append([Paragraph(escape(f.label), small), Paragraph(marked(f, "pdf"), small), Paragraph(note, small)])
    lab, lv = lookalike(r, 1)
    rows.insert(rng.randint(1, len(rows)), [Paragraph(escape(lab), small), Paragraph(lv[0], small), Paragraph("", small)])
    t = Table(rows, colWidths=[8.0 * cm, 2.6 * cm, 6.2 * cm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9), ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                           ("INNERGRID", (0, 0), (-1, -1), 0.3, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDDDDD")), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [t, Spacer(1, 6)]
    for f in figs:
        if f.marker:
            story.append(Paragraph(escape(FOOTNOTE[f.marker]).replace("1 ", "<super>1</super> ", 1) if f.marker == "sup" else escape(FOOTNOTE[f.marker]), small))
    r.traits |= {"figures-box", "performance-table"}
    big = [f for f in figs if not f.percent] or figs
    para(escape(subcount(r, rng.choice(big)) + " " + trap_lines(r, ["trap-national"])[0]))
    para(escape(trap_lines(r, ["trap-money"])[0]))
    story.append(Paragraph("My priorities", h2))
    para("Over the next six months my priorities will be to:")
    prs = r.priorities[:3]
    for i, p in enumerate(prs):
        text_ = p[0].lower() + p[1:] + (";" if i < len(prs) - 2 else "; and" if i == len(prs) - 2 else ".")
        story.append(Paragraph(f"({chr(97 + i)})&nbsp;&nbsp;{escape(text_)}", style("li", 10.5, left=22, first=-16, after=3)))
        r.commit(text_)
    r.traits |= {"lead-in", "lettered-items", "typed-numbering"}
    story.append(Spacer(1, 10))
    story.append(Paragraph(f"<b>{escape(who)}</b><br/>Portfolio Holder for {escape(r.portfolio_name)}", body))
    r.traits.add("signature")

    # written questions
    story.append(Paragraph("Questions from Members (Council Procedure Rule 11)", h2))
    asker = rng.choice(["Alison Threlkeld", "Mohammed Bashir", "Gareth Pennock", "Sonia Whitworth", "Derek Oduya"])
    ward = rng.choice(WARDS)
    f = rng.choice(big)
    prev_date = as_at.replace(year=as_at.year - 1) if not (as_at.month == 2 and as_at.day == 29) else as_at - dt.timedelta(days=366)
    prev_v = step(rng, f.metric, step(rng, f.metric, f.value))
    q = (f"<b>Question 1 from Councillor {asker} ({ward} ward)</b><br/>"
         f"Can the Portfolio Holder tell me how the number of {escape(noun(rng, f.key))} compares with a year ago, "
         f"when there were {f.show(prev_v)}?")
    story.append(Paragraph(q, body))
    ans = f"<b>Answer</b><br/>At {long_date(f.as_of)} the figure was {f.show()}, compared with {f.show(prev_v)} at {long_date(prev_date)}."
    if r.variant % 2 == 0 and f.metric.kind != "percent":
        g = later(r, [f], last_month_end(r.meeting - dt.timedelta(days=rng.randint(1, 6))))
        if g and g.as_of > f.as_of:
            r.figs.append(g)
            ans += f" Since this report was written, the figure for {long_date(g.as_of)} has become available: {g.show()}."
            r.traits.add("figure-in-answer")
    story.append(Paragraph(ans, body))
    r.traits |= {"other-member-named", "questions-and-answers"}
    asker2 = rng.choice(["Julian Ferriby", "Nadia Hussain", "Colin Marsh", "Rebecca Quist"])
    m, v = cross(r, as_at, pair=True)
    story.append(Paragraph(f"<b>Question 2 from Councillor {asker2}</b><br/>What is the Council doing about the "
                           f"{v:,} {escape(noun(rng, m.key))} recorded at {long_date(as_at)}?", body))
    other = holder(m.portfolio, r.meeting)
    who2 = (f"Councillor {other.name}, the Portfolio Holder for {PORTFOLIOS[m.portfolio]}" if other and other.key != r.member.key
            else "the relevant Portfolio Holder")
    story.append(Paragraph(f"<b>Answer</b><br/>That is a matter for {escape(who2)}, who will reply in writing. "
                           + escape(trap_lines(r, ["trap-other-council"])[0]), body))
    earlier = r.meeting - dt.timedelta(weeks=rng.randint(8, 12))
    story.append(Paragraph(f"<i>A supplementary question on this subject was answered at the meeting of Council on "
                           f"{long_date(earlier)}.</i>", small))
    r.traits.add("trap-other-meeting-date")

    doc = BaseDocTemplate(str(path), pagesize=A4, title=f"Portfolio Holder Report - {r.portfolio_name}",
                          author="Democratic Services", creator="Microsoft Word", invariant=1,
                          leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=1.8 * cm)
    doc.addPageTemplates([PageTemplate("p", [Frame(2 * cm, 1.8 * cm, A4[0] - 4 * cm, A4[1] - 3.8 * cm)])])
    doc.build(story, canvasmaker=numbered_canvas(decorate))
    _fixed(path)
    return Job(r, final, path, [])
