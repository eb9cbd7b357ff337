"""Held-out-3 templates drawn straight to PDF (reportlab):

  corporate-performance-report   a unitary authority's quarterly Corporate Performance Report
  newsletter-member-report       a Cabinet Member's report to Council laid out as a newsletter
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
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Frame, FrameBreak, KeepTogether, NextPageTemplate,
                                PageBreak, PageTemplate, Paragraph, Spacer, Table, TableStyle)

from council import COUNCIL
from h3_model import (LOWER_BETTER, MONTHS, Fig, Job, Report, background, colleague, cross_portfolio, fin_year, last_month_end,
                      last_quarter_end, long_date, lookalike, member_as, mon_yy, name_traits, prose_label,
                      quarter_name, quarters_back, slash, status, step, subcount, trap_lines, traps, on_weekday, weeks)
from h3_words import DIRECTORS, OTHER_MEASURES, decision, other_values

POP = {"children-0-17": "aged 0-17", "adults-18-plus": "adults 18+", "older-people-65-plus": "aged 65+",
       "households": "households"}


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
            for i, state in enumerate(self._pages):
                self.__dict__.update(state)
                decorate(self, i + 1, len(self._pages))
                super().showPage()
            super().save()
    return NumberedCanvas


def style(name, size=10, lead=None, bold=False, italic=False, align=TA_LEFT, colour="#000000", before=0, after=4,
          font="Helvetica", left=0, first=0):
    f = font + ("-BoldOblique" if bold and italic else "-Bold" if bold else "-Oblique" if italic else "")
    if font == "Times":
        f = {"Times": "Times-Roman", "Times-Bold": "Times-Bold", "Times-Oblique": "Times-Italic",
             "Times-BoldOblique": "Times-BoldItalic"}[f]
    return ParagraphStyle(name, fontName=f, fontSize=size, leading=lead or size * 1.25, alignment=align,
                          textColor=colors.HexColor(colour), spaceBefore=before, spaceAfter=after,
                          leftIndent=left, firstLineIndent=first)


def _doc(path: Path, r: Report, pagesize, title: str) -> BaseDocTemplate:
    doc = BaseDocTemplate(str(path), pagesize=pagesize, title=title, author=r.officer[0],
                          creator="Microsoft Word", producer="Hollinsfield Performance Portal",
                          invariant=1, leftMargin=1.5 * cm, rightMargin=1.5 * cm, topMargin=1.5 * cm,
                          bottomMargin=1.5 * cm)
    return doc


# =====================================================================================
# Quarterly Corporate Performance Report (landscape)
# =====================================================================================

TEAL = "#00535E"


def corporate_quarter(r: Report) -> dt.date:
    """The quarter a Corporate Performance Report covers: the last one closed three weeks before it was written."""
    return last_quarter_end(r.report_date - dt.timedelta(days=24))


def make_corporate(r: Report, final: Path, work: Path, to: Path | None = None) -> Job:
    rng = r.rng
    path = to or final
    q_end = corporate_quarter(r)
    ends = quarters_back(q_end, 3)
    month = last_month_end(r.report_date - dt.timedelta(days=rng.randint(6, 12)))
    monthly_ok = month > q_end
    figs = r.draw(rng.randint(3, 5), q_end, n_history=2, rates=0.9)
    monthly = []
    for f in figs:
        if monthly_ok and f.metric.kind != "percent" and rng.random() < 0.5:
            # a monthly measure: quarters in the quarter columns, the month after in 'Latest'
            q_val = f.value
            f.value = step(rng, f.metric, q_val) if f.metric.kind == "stock" else max(4, int(q_val / rng.uniform(2.7, 3.3)))
            f.quarter_value = q_val if f.metric.kind == "stock" else max(f.value + 5, q_val)
            f.as_of = month
            if f.rate is not None:
                f.rate = f.rate_at(f.value, month)
            monthly.append(f)
        else:
            f.quarter_value = f.value
    if monthly:
        r.traits.add("latest-column-later-than-quarters")
    sup = [f for f in figs if rng.random() < 0.3]
    for f in sup[:2]:
        f.marker = "sup"
    r.figs = figs

    qname = quarter_name(q_end, "quarter")
    form, who = member_as(rng, r.member, ["cllr-dot", "cllr-initial", "cllr-full", "full"])
    r.traits |= name_traits(form)
    printed = dt.datetime.combine(r.report_date - dt.timedelta(days=rng.randint(0, 3)), dt.time(rng.randint(8, 17), rng.randint(0, 59)))

    def decorate(c, page, total):
        w, h = landscape(A4)
        c.setFillColor(colors.HexColor(TEAL))
        c.rect(0, h - 1.6 * cm, w, 1.6 * cm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 15)
        c.drawString(1.5 * cm, h - 1.05 * cm, "Corporate Performance Report")
        c.setFont("Helvetica", 11)
        c.drawRightString(w - 1.5 * cm, h - 1.05 * cm, f"{qname} | {r.portfolio_name}")
        c.setFillColor(colors.HexColor("#555555"))
        c.setFont("Helvetica", 7.5)
        c.drawString(1.5 * cm, 0.8 * cm, f"{COUNCIL} | Performance and Intelligence Team | Printed {printed:%d/%m/%Y %H:%M}")
        c.drawRightString(w - 1.5 * cm, 0.8 * cm, f"Page {page} of {total}")
    r.traits |= {"page-x-of-y", "trap-printed-date", "running-header"}

    body = style("b", 10)
    h2 = style("h2", 12, bold=True, colour=TEAL, before=8, after=4)
    cellst = style("c", 8.5, after=0)
    cellb = style("cb", 8.5, bold=True, after=0, colour="#FFFFFF")
    right = style("cr", 8.5, after=0, align=TA_RIGHT)
    story = [Spacer(1, 0.5 * cm)]
    meta = [["Meeting", r.executive, "Date of meeting", long_date(r.meeting, weekday=True)],
            ["Portfolio", r.portfolio_name, f"{r.executive} Member", who],
            ["Lead Director", DIRECTORS[r.portfolio], "Report author",
             f"{r.officer[0]} ({r.officer[2]})"]]
    t = Table([[Paragraph(f"<b>{escape(a)}</b>", cellst), Paragraph(escape(b), cellst), Paragraph(f"<b>{escape(c)}</b>", cellst),
                Paragraph(escape(d), cellst)] for a, b, c, d in meta], colWidths=[3.2 * cm, 8.5 * cm, 3.6 * cm, 8.5 * cm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9FB8BC")),
                           ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#E3EEF0")),
                           ("BACKGROUND", (2, 0), (2, -1), colors.HexColor("#E3EEF0")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [t, Spacer(1, 0.3 * cm)]
    r.traits |= {"cover-block", "weekday-date", "trap-phone"}

    story.append(Paragraph("1. Purpose of report", h2))
    story.append(Paragraph(escape(f"To present the {r.portfolio_name} scorecard for {qname} ({MONTHS[ends[-1].month - 3]} to "
                                  f"{MONTHS[ends[-1].month - 1]} {ends[-1].year}) and the actions proposed where "
                                  f"performance is off track."), body))
    story.append(Paragraph("2. Recommendations", h2))
    story.append(Paragraph(f"It is recommended that {r.executive}:", body))
    letters = "abcdefg"
    items = [f"notes the performance set out in Appendix A;"]
    r.traits.add("standing-resolution")
    ds = [decision(d, "third") for d in r.decisions]
    ds = [t + ";" for t in ds[:-1]] + [ds[-1] + "."]
    if len(ds) > 1:
        ds[-2] = ds[-2][:-1] + "; and"
    items += ds
    for t_ in ds:
        r.commit(t_)
    for i, t_ in enumerate(items):
        story.append(Paragraph(f"({letters[i]})&nbsp;&nbsp;{escape(t_)}", style(f"li{i}", 10, left=0.9 * cm, first=-0.7 * cm)))
    r.traits |= {"lead-in", "lettered-items", "typed-numbering"}

    story.append(Paragraph("3. Summary of performance", h2))
    n_meas = len(figs) + 3
    g = sum(status(f, f.quarter_value) == "Green" for f in figs) + 1
    red = sum(status(f, f.quarter_value) == "Red" for f in figs)
    story.append(Paragraph(escape(
        f"Of the {n_meas} measures reported for the portfolio this quarter, {g} are rated GREEN, {red} RED and the "
        f"remainder AMBER or not rated. {background(r, 1)[0]} {trap_lines(r, ['trap-money'])[0]}"), body))
    story.append(Paragraph(escape(" ".join(trap_lines(r, rng.sample(["trap-other-council", "trap-percent", "trap-wards",
                                                                   "trap-years"], 2)))), body))
    story.append(NextPageTemplate("p"))
    story.append(PageBreak())

    # Appendix A: the scorecard
    story.append(Paragraph(f"Appendix A: {escape(r.portfolio_name)} scorecard, {qname}", h2))
    head = ["Ref", "Measure", "Freq."] + [quarter_name(e, "qq") for e in ends] + ["Latest", "Period", "Target", "Status",
                                                                                    "Trend", "England"]
    rows = [[Paragraph(f"<b>{escape(x)}</b>", cellb) for x in head]]
    styles = [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(TEAL)), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
              ("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#9FB8BC"))]
    code = {"childrens-services": "CS", "education": "ED", "adult-social-care": "AC", "housing": "HS",
            "environment": "EN", "community-safety": "SC", "regeneration": "RE", "finance": "FR", "culture": "CL",
            "public-health": "PH"}[r.portfolio]
    notes = []
    groups = []
    for f in figs:
        is_month = f in monthly
        qvals = [f.show(v) for v in f.history] + [f.show(f.quarter_value)]
        latest = escape(f.show())
        if f.marker == "sup":
            notes.append("Provisional: subject to validation at year end." if not notes else "Data supplied by a partner agency; may be revised.")
            latest += f"<super><font size=6>{len(notes)}</font></super>"
        st = status(f)
        trend = "Improving" if (f.value < f.history[-1]) == (f.key in LOWER_BETTER) else "Worsening"
        group = [("fig", f, ["", f.label, "Monthly" if is_month else "Quarterly", *qvals, latest,
                             mon_yy(f.as_of) if is_month else quarter_name(q_end, "qq"), f.target, st.upper(), trend,
                             f.show(step(rng, f.metric, step(rng, f.metric, f.value)))])]
        if f.rate is not None:
            rates = [f.rate_at(v, e) for v, e in zip(f.history + [f.quarter_value], ends)]
            group.append(("rate", f, ["", f"Rate per {f.metric.rate_per:,} ({POP[f.metric.population]})", "",
                                      *[f"{x:.1f}" for x in rates], f"{f.rate:.1f}", "", "", "", "",
                                      f"{f.rate_at(step(rng, f.metric, f.value), f.as_of):.1f}"]))
            r.traits.add("rate-row")
        groups.append(group)
    label, vals = lookalike(r, 4)
    groups.insert(rng.randint(1, len(groups)),
                  [("look", None, ["", label, "Quarterly", *vals, quarter_name(q_end, "qq"), "-", "-", "-", "-"])])
    om = rng.choice(OTHER_MEASURES[r.portfolio])
    ov = other_values(rng, om, 4)
    groups.append([("other", None, ["", om[0], "Quarterly", *ov, quarter_name(q_end, "qq"), ov[-2], "AMBER", "Stable", "-"])])
    body_rows = [row for g in groups for row in g]
    ref = rng.randint(1, 4)
    for kind_, f, cells in body_rows:
        if kind_ != "rate":
            cells[0] = f"{code}{ref:02d}"
            ref += 1
    for kind_, f, cells in body_rows:
        row = []
        for ci, x in enumerate(cells):
            st_ = right if ci in (3, 4, 5, 6, 8, 11) else cellst
            if ci == 1 and kind_ == "rate":
                st_ = style("ri", 8, italic=True, after=0, left=8)
            row.append(Paragraph(x if ci == 6 else escape(x), st_))
        rows.append(row)
        ri = len(rows) - 1
        if kind_ == "fig":
            word = cells[9]
            col = {"GREEN": "#C6EFCE", "AMBER": "#FFEB9C", "RED": "#FFC7CE"}[word]
            styles.append(("BACKGROUND", (9, ri), (9, ri), colors.HexColor(col)))
            styles.append(("BACKGROUND", (6, ri), (6, ri), colors.HexColor("#EEF5F6")))
        if kind_ == "rate":
            styles.append(("LINEABOVE", (0, ri), (-1, ri), 0.3, colors.white))
    widths = [1.3, 6.8, 1.8, 1.7, 1.7, 1.7, 1.8, 2.0, 1.6, 1.7, 1.9, 1.7]
    t = Table(rows, colWidths=[x * cm for x in widths], repeatRows=1)
    t.setStyle(TableStyle(styles))
    story.append(t)
    r.traits |= {"performance-table", "period-columns", "latest-column", "target-column", "rag-column",
                 "status-words", "direction-of-travel", "trap-national", "landscape", "lookalike-row"}
    if notes:
        story.append(Spacer(1, 0.2 * cm))
        for i, n in enumerate(notes):
            story.append(Paragraph(f"<super>{i + 1}</super> {escape(n)}", style(f"n{i}", 7.5, after=1)))
    # measures of other portfolios shown for information
    xl, xv = cross_portfolio(r, q_end, words="pair")
    story.append(Spacer(1, 0.3 * cm))
    story.append(Paragraph(f"<b>Shared measures</b> (reported for information; owned by another portfolio): "
                           f"{escape(xl)}: {xv} at {long_date(q_end)}.", style("sh", 8.5)))
    # exceptions, where a measure is red
    reds = [f for f in figs if status(f) == "Red"]
    if reds and r.variant % 2 == 0:
        story.append(PageBreak())
        story.append(Paragraph("Appendix B: Exception report", h2))
        for f in reds[:2]:
            story.append(Paragraph(escape(f"{f.label}: latest {f.show()} against a target of {f.target}."), style("ex", 10, bold=True)))
            story.append(Paragraph(escape(f"{background(r, 1)[0]} {subcount(r, f) if not f.percent else ''} "
                                          f"The measure is expected to return to target by the end of {fin_year(q_end)}."), body))
        r.traits.add("exception-report")
    frame = Frame(1.5 * cm, 1.3 * cm, landscape(A4)[0] - 3 * cm, landscape(A4)[1] - 3.4 * cm, id="f")
    doc = _doc(path, r, landscape(A4), f"Corporate Performance Report {qname}")
    doc.addPageTemplates([PageTemplate("first", [frame]), PageTemplate("p", [frame])])
    doc.build(story, canvasmaker=numbered_canvas(decorate))
    return Job(r, final, path, [])


# =====================================================================================
# A Cabinet Member's report to Council laid out as a two-column newsletter
# =====================================================================================

PALETTE = [("#6A1B4D", "#F6E9F0"), ("#1B4F72", "#E8F1F8"), ("#145A32", "#E9F5EC"), ("#7E5109", "#FBF3E4")]


def make_newsletter(r: Report, final: Path, work: Path, to: Path | None = None) -> Job:
    rng = r.rng
    path = to or final
    dark, light = PALETTE[r.variant % len(PALETTE)]
    month = last_month_end(r.report_date - dt.timedelta(days=rng.randint(5, 14)))
    figs = r.draw(rng.randint(3, 5), month, monthly=True, rates=0.9)
    r.figs = figs
    mname = MONTHS[month.month - 1]
    form, who = member_as(rng, r.member, ["full", "cllr-full", "cllr-dot", "councillor-initial"])
    r.traits |= name_traits(form)
    masthead = rng.choice([f"{r.portfolio_name} Matters", f"{r.portfolio_name} Update", f"Spotlight on {r.portfolio_name}"])

    def decorate(c, page, total):
        w, h = A4
        if page == 1:
            c.setFillColor(colors.HexColor(dark))
            c.rect(0, h - 4.2 * cm, w, 4.2 * cm, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont("Helvetica-Bold", 24)
            c.drawString(1.5 * cm, h - 2.0 * cm, masthead)
            c.setFont("Helvetica", 11)
            c.drawString(1.5 * cm, h - 2.8 * cm, f"Report of the {r.role} to Council")
            c.drawString(1.5 * cm, h - 3.45 * cm, f"{who}  |  {long_date(r.meeting, weekday=True)}  |  Agenda item {r.item}")
        else:
            c.setFillColor(colors.HexColor(dark))
            c.rect(0, h - 0.9 * cm, w, 0.9 * cm, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont("Helvetica-Bold", 9)
            c.drawString(1.5 * cm, h - 0.6 * cm, masthead)
        c.setFillColor(colors.HexColor("#444444"))
        c.setFont("Helvetica", 8)
        c.drawString(1.5 * cm, 0.9 * cm, f"{COUNCIL}  ·  Council, {long_date(r.meeting)}")
        c.drawRightString(A4[0] - 1.5 * cm, 0.9 * cm, f"page {page}")
    r.traits |= {"weekday-date", "agenda-item-number", "running-header", "two-columns", "newsletter"}

    body = style("b", 9.5, lead=12.5, font="Times", after=5)
    head = style("h", 12.5, bold=True, colour=dark, before=6, after=3)
    boxst = style("bx", 9, lead=11.5, after=2)
    story = []
    # the member's own words
    bg = background(r, 3)
    opener = f"Welcome to my report to Council. {bg[0]}"
    if r.predecessor:
        _, pwho = member_as(rng, r.predecessor, ["full", "cllr-full"])
        opener += f" I want to start by thanking my predecessor, {pwho}, for leaving the portfolio in good heart."
        r.traits.add("predecessor-thanked")
    story.append(Paragraph("From the " + escape(r.role), head))
    story.append(Paragraph(escape(opener), body))
    story.append(Paragraph(escape(f"Figures in this report are at the end of {mname} {month.year} unless stated otherwise."),
                           style("fa", 8.5, italic=True, font="Times")))
    r.traits.add("figures-as-at-sentence")

    headings = ["Where we are", "Demand and pressures", "Behind the numbers", "Out and about"]
    rng.shuffle(headings)
    chunks = [figs[:2], figs[2:]]
    tl = traps(r)
    for hi, chunk in enumerate(chunks):
        if not chunk:
            continue
        story.append(Paragraph(headings[hi], head))
        sents = []
        for f in chunk:
            sents.append(_told(r, f, mname, month))
        if hi == 0:
            sents.append(subcount(r, chunk[0]) if not chunk[0].percent else tl["trap-percent"])
            r.traits.add("trap-percent")
        else:
            sents.append(tl["trap-other-council"])
            r.traits.add("trap-other-council")
        story.append(Paragraph(escape(" ".join(sents)), body))
        if hi == 0:
            quote = rng.choice(["“Every number in this report is a resident we have helped.”",
                                "“We are doing more with less, and it shows.”",
                                f"“More than {rng.randint(3, 9)},000 residents have used the service this year.”"])
            qt = Table([[Paragraph(escape(quote), style("q", 12, lead=15, italic=True, colour=dark))]],
                       colWidths=[8.2 * cm])
            qt.setStyle(TableStyle([("LINEBEFORE", (0, 0), (0, 0), 3, colors.HexColor(dark)),
                                    ("LEFTPADDING", (0, 0), (-1, -1), 8)]))
            story += [qt, Spacer(1, 0.2 * cm)]
            r.traits.add("pull-quote")
    # a photograph and its caption
    visit = month + dt.timedelta(days=rng.randint(2, 12))
    ph = Table([[""]], colWidths=[8.2 * cm], rowHeights=[3.6 * cm])
    ph.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, 0), colors.HexColor("#C8C8C8"))]))
    story += [ph, Paragraph(escape(f"{who} at {rng.choice(['the opening of the new hub', 'a volunteer celebration', 'a visit to the depot', 'a partnership event'])} "
                                   f"on {long_date(visit)}."), style("cap", 8, italic=True, colour="#444444"))]
    r.traits.add("trap-caption-date")
    story.append(Paragraph(headings[2], head))
    extra = [bg[1], cross_portfolio(r, month), tl["trap-money"], tl["trap-wards"]]
    r.traits |= {"trap-money", "trap-wards"}
    mate = colleague(r)
    if mate:
        _, mwho = member_as(rng, mate[0], ["full", "cllr-full"])
        extra.insert(2, f"I have been working closely with {mwho}, {r.executive} Member for {mate[1]}.")
        r.traits.add("other-member-named")
    story.append(Paragraph(escape(" ".join(extra[:3])), body))
    story.append(Paragraph(escape(" ".join(extra[3:]) + " " + bg[2]), body))

    # the priorities box
    items = [p + "." for p in r.priorities]
    cells = [[Paragraph(f"<b>My priorities for {fin_year(r.meeting)}</b>", style("ph", 11, colour=dark))]]
    for i, t in enumerate(items):
        cells.append([Paragraph(f"{i + 1}.&nbsp;&nbsp;{escape(t)}", style(f"pi{i}", 9.5, lead=12, left=0.5 * cm, first=-0.5 * cm))])
        r.commit(t)
    bt = Table(cells, colWidths=[8.2 * cm])
    bt.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(light)),
                            ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor(dark))]))
    story += [Spacer(1, 0.2 * cm), KeepTogether([bt]), Spacer(1, 0.2 * cm)]
    # dates for the diary: other meetings and events
    diary = [(on_weekday(r.meeting + dt.timedelta(days=rng.randint(20, 40)), 3), rng.choice(["Overview and Scrutiny Committee", "Health and Wellbeing Board", "Corporate Parenting Board", "Safer Hollinsfield Partnership"])),
             (on_weekday(r.meeting + dt.timedelta(days=rng.randint(45, 80)), 1), f"{r.executive}"),
             (r.meeting + weeks(rng, 12, 17), "Council")]
    dcells = [[Paragraph("<b>Dates for your diary</b>", style("dh", 10.5, colour=dark))]]
    dcells += [[Paragraph(escape(f"{long_date(d, weekday=True)}: {what}"), style(f"dd{i}", 9, lead=11.5))] for i, (d, what) in enumerate(diary)]
    dt_ = Table(dcells, colWidths=[8.2 * cm])
    dt_.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 2, colors.HexColor(dark)),
                             ("LINEBELOW", (0, -1), (-1, -1), 0.5, colors.HexColor(dark))]))
    story += [KeepTogether([dt_]), Spacer(1, 0.2 * cm)]
    r.traits |= {"other-meetings-listed", "trap-other-meeting-date"}
    r.traits |= {"typed-numbering", "priorities-box"}
    # contact box, recommendation, signature
    contact = Table([[Paragraph(escape(f"Get in touch: {tl['trap-phone']}"), boxst)]], colWidths=[8.2 * cm])
    contact.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, colors.HexColor("#999999"))]))
    story += [contact, Spacer(1, 0.2 * cm)]
    r.traits.add("trap-phone")
    story.append(Paragraph("Recommendation", head))
    story.append(Paragraph("Council is asked to note this report.", body))
    r.traits.add("standing-resolution")
    sform, swho = member_as(rng, r.member, ["full", "cllr-full", "cllr-dot", "cllr-initial"])
    story.append(Paragraph(f"<b>{escape(swho)}</b><br/>{escape(r.role)}", style("sig", 10, before=6)))
    r.traits |= name_traits(sform) | {"signature", "member-report"}

    w, h = A4
    gap, side = 0.8 * cm, 1.5 * cm
    colw = (w - 2 * side - gap) / 2
    first = [Frame(side, 1.5 * cm, colw, h - 4.8 * cm - 1.5 * cm, id="a", showBoundary=0),
             Frame(side + colw + gap, 1.5 * cm, colw, h - 4.8 * cm - 1.5 * cm, id="b")]
    later = [Frame(side, 1.5 * cm, colw, h - 1.4 * cm - 1.5 * cm, id="c"),
             Frame(side + colw + gap, 1.5 * cm, colw, h - 1.4 * cm - 1.5 * cm, id="d")]
    doc = _doc(path, r, A4, masthead)
    doc.addPageTemplates([PageTemplate("first", first, autoNextPageTemplate="later"), PageTemplate("later", later)])
    doc.build(story, canvasmaker=numbered_canvas(decorate))
    return Job(r, final, path, [])


def _told(r: Report, f: Fig, mname: str, month: dt.date) -> str:
    """A figure in a sentence, the month's end its date."""
    rng = r.rng
    name = prose_label(rng, f.metric)
    v = f.show()
    if f.marker == "p" or (not f.marker and rng.random() < 0.2):
        f.marker = "p"
        v += " (provisional)"
    rate = f" (a rate of {f.rate:.1f} per {f.metric.rate_per:,} {POP[f.metric.population].replace('aged', 'people aged')})" if f.rate is not None else ""
    if rate:
        r.traits.add("rate-in-line")
    if f.percent:
        return f"In {mname}, the figure for {name} was {v}, against a target of {f.target}."
    if f.metric.kind == "stock":
        return rng.choice([f"At the end of {mname} there were {v} {name}{rate}.",
                           f"The number of {name} stood at {v} at {long_date(month)}{rate}."])
    return rng.choice([f"In {mname} we recorded {v} {name}{rate}.",
                       f"There were {v} {name} in {mname}{rate}, compared with a monthly target of {f.target}."])
