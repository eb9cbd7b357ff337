"""Held-out-6 templates drawn straight to PDF (reportlab):

  welsh-parallel-text-report  a report laid out as Welsh councils publish them: English in the
                              left column and Welsh in the right, row by row, with one bilingual
                              performance table across the page
  figure-caption-bulletin     a portfolio performance bulletin in the style of a statistical
                              release: key points, then for each indicator a chart with a
                              'Figure n:' caption and its data table beneath (six months)
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Frame, KeepTogether, PageTemplate, Paragraph, Spacer,
                                Table, TableStyle)

from council import COUNCIL
from h3_pdf import numbered_canvas, style
from h6_model import (DAYS, MONTHS, Fig, Job, Report, background, change_words, colleague, cross, fin_year,
                      last_month_end, last_quarter_end, later, long_date, lookalike, member_as, member_traits,
                      months_back, noun, quarter_name, quarters_back, slash, subcount, trap_lines, weekday_ordinal,
                      welsh_date)
from h6_words import DIRECTORS, WELSH_PORTFOLIO, WELSH_VERB, decision

WELSH_POP = {"children-0-17": "o blant 0-17 oed", "adults-18-plus": "o oedolion 18+", "older-people-65-plus":
             "o bobl 65 oed a throsodd", "households": "o aelwydydd"}
EN_POP = {"children-0-17": "children aged 0-17", "adults-18-plus": "adults aged 18+",
          "older-people-65-plus": "population aged 65+", "households": "households"}


def _doc(path: Path, r: Report, title: str, creator: str, producer: str, margins=1.8) -> BaseDocTemplate:
    return BaseDocTemplate(str(path), pagesize=A4, title=title, author=r.officer[0], creator=creator,
                           producer=producer, invariant=1, leftMargin=margins * cm, rightMargin=margins * cm,
                           topMargin=2.0 * cm, bottomMargin=1.8 * cm)


def _welsh_obj(obj: str) -> str:
    if obj.startswith("the "):
        return "y " + obj[4:]
    return obj


# =====================================================================================
# welsh-parallel-text-report
# =====================================================================================

def make_welsh_parallel(r: Report, final: Path, work: Path, to: Path | None = None) -> Job:
    rng = r.rng
    path = to or final
    q_end = last_quarter_end(r.report_date - dt.timedelta(days=rng.randint(15, 40)))
    prev = quarters_back(q_end, 2)[0]
    figs = r.draw(rng.randint(3, 4), q_end, n_history=1, rates=0.9)
    r.figs = list(figs)
    if rng.random() < 0.5:
        rng.choice(figs).marker = "star"
    form, who = member_as(rng, r.member, ["full", "councillor-initial", "cllr-dot"])
    r.traits |= member_traits(form)
    cy_who = who.replace("Councillor", "Y Cynghorydd").replace("Cllr", "Cyng.")
    en, cy = style("en", 9.5, lead=12.5), style("cy", 9.5, lead=12.5, italic=False, colour="#1F3D2B")
    hen, hcy = style("hen", 11, bold=True, before=6), style("hcy", 11, bold=True, before=6, colour="#1F3D2B")
    small = style("sm", 8, lead=10)
    rows: list = []

    def pair(e: str, c: str, head: bool = False):
        rows.append([Paragraph(e, hen if head else en), Paragraph(c, hcy if head else cy)])

    dform = r.variant % 2
    en_date = weekday_ordinal(r.meeting) if dform == 0 else slash(r.meeting)
    r.traits |= {"weekday-date", "ordinal-date"} if dform == 0 else {"slash-date"}
    pair(f"Agenda Item {r.item}", f"Eitem {r.item} ar yr Agenda", head=True)
    r.traits |= {"agenda-item-number", "welsh-date", "parallel-columns", "bilingual-cover"}
    pair(f"<b>Report to:</b> {r.executive}", f"<b>Adroddiad i'r:</b> {'Cabinet' if r.cabinet else 'Bwrdd Gweithredol'}")
    pair(f"<b>Date of meeting:</b> {en_date}", f"<b>Dyddiad y cyfarfod:</b> {welsh_date(r.meeting)}")
    pair(f"<b>Report of:</b> {escape(who)}, {r.role}",
         f"<b>Adroddiad gan:</b> {escape(cy_who)}, Aelod {'Cabinet' if r.cabinet else 'Gweithredol'} dros "
         f"{WELSH_PORTFOLIO[r.portfolio]}")
    pair(f"<b>Subject:</b> {escape(r.title)}", f"<b>Pwnc:</b> {escape(r.title)} (fersiwn Gymraeg)")
    pair(f"<b>Date of report:</b> {long_date(r.report_date)}", f"<b>Dyddiad yr adroddiad:</b> {welsh_date(r.report_date, False)}")
    pair(f"<b>Author:</b> {escape(r.officer[0])}, {escape(r.officer[1])} ({r.officer[2]})",
         f"<b>Awdur:</b> {escape(r.officer[0])} ({r.officer[2]})")
    r.traits |= {"cover-block", "report-date-before-meeting-date", "trap-phone"}
    pair("1. Purpose of the report", "1. Pwrpas yr adroddiad", head=True)
    pair(f"1.1 To report performance for the {r.portfolio_name} portfolio at the end of "
         f"{quarter_name(q_end, 'quarter')} and to ask {r.executive} to agree the recommendations below.",
         f"1.1 Adrodd ar berfformiad portffolio {WELSH_PORTFOLIO[r.portfolio]} ar ddiwedd "
         f"{quarter_name(q_end, 'quarter').replace('Quarter', 'Chwarter')} a gofyn i'r Cabinet gytuno ar yr argymhellion isod.")
    pair("2. Recommendations", "2. Argymhellion", head=True)
    pair(f"2.1 It is recommended that {r.executive}:", "2.1 Argymhellir bod y Cabinet yn:")
    ds = r.decisions
    for i, d in enumerate(ds):
        t = decision(d, "lower") + ("; and" if i == len(ds) - 1 else ";")
        verb, obj = d
        c = f"{WELSH_VERB[verb]} {_welsh_obj(obj)}" + ("; a" if i == len(ds) - 1 else ";")
        pair(f"({chr(97 + i)}) {escape(t)}", f"({chr(97 + i)}) {escape(c)}")
        r.commit(t)
    pair(f"({chr(97 + len(ds))}) note the performance information in section 4.",
         f"({chr(97 + len(ds))}) nodi'r wybodaeth am berfformiad yn adran 4.")
    r.traits |= {"lettered-items", "lead-in", "standing-resolution", "typed-numbering", "welsh-translation-of-items"}
    pair("3. Background", "3. Cefndir", head=True)
    bg = background(r, 2)
    pair(f"3.1 {escape(bg[0])} {escape(trap_lines(r, ['trap-years'])[0])}",
         "3.1 Mae'r galw am y gwasanaeth yn parhau'n uchel. Dechreuodd y contract presennol yn gynharach ac mae'n dod i ben yn fuan.")
    if r.predecessor:
        pair(f"3.2 I thank my predecessor, Councillor {escape(r.predecessor.name)}, for leading this work.",
             f"3.2 Diolch i'm rhagflaenydd, y Cynghorydd {escape(r.predecessor.name)}, am arwain y gwaith hwn.")
        r.traits.add("predecessor-thanked")
    pair("4. Performance", "4. Perfformiad", head=True)
    pair(f"4.1 The table below shows the position at {long_date(q_end)}, with {quarter_name(prev, 'q')} and the "
         "Wales average for comparison.",
         f"4.1 Mae'r tabl isod yn dangos y sefyllfa ar {welsh_date(q_end, False)}, gyda'r chwarter blaenorol a "
         "chyfartaledd Cymru er mwyn cymharu.")
    r.traits.add("figures-at-heading")
    top = Table(rows, colWidths=[8.6 * cm, 8.6 * cm])
    top.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEAFTER", (0, 0), (0, -1), 0.5, colors.grey),
                             ("LEFTPADDING", (1, 0), (1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    # the bilingual table across the page
    hd = [f"Measure<br/><i>Mesur</i>", f"{quarter_name(prev, 'q')}<br/><i>{quarter_name(prev, 'q').replace('Q', 'Ch')}</i>",
          f"{quarter_name(q_end, 'q')}<br/><i>{quarter_name(q_end, 'q').replace('Q', 'Ch')}</i>",
          "Target<br/><i>Targed</i>", "Wales<br/><i>Cymru</i>"]
    th = style("th", 8.5, bold=True, lead=10.5)
    td = style("td", 8.5, lead=10.5)
    tr = style("tr", 8.5, lead=10.5, align=TA_RIGHT)
    trows = [[Paragraph(h, th) for h in hd]]
    for f in figs:
        v = f.show() + ("*" if f.marker == "star" else "")
        trows.append([Paragraph(escape(f.label), td), Paragraph(f.show(f.history[-1]), tr), Paragraph(f"<b>{v}</b>", tr),
                      Paragraph(f.target, tr),
                      Paragraph(f"{rng.uniform(30, 90):.1f}%" if f.percent else f"{rng.randint(int(f.metric.low), int(f.metric.high)):,}", tr)])
        if f.rate is not None:
            trows.append([Paragraph(f"&nbsp;&nbsp;Rate per {f.metric.rate_per:,} / <i>Cyfradd fesul {f.metric.rate_per:,}</i>", td),
                          Paragraph(f"{f.rate_at(f.history[-1], prev):.1f}", tr), Paragraph(f"{f.rate:.1f}", tr),
                          Paragraph("", tr), Paragraph(f"{rng.uniform(20, 90):.1f}", tr)])
            r.traits.add("rate-row")
    lab, lv = lookalike(r, 2)
    pos = rng.randint(1, len(trows))
    while pos < len(trows) and "Rate per" in trows[pos][0].text:
        pos += 1
    trows.insert(pos, [Paragraph(escape(lab), td), Paragraph(lv[0], tr), Paragraph(lv[1], tr), Paragraph("", tr), Paragraph("–", tr)])
    perf = Table(trows, colWidths=[7.0 * cm, 2.5 * cm, 2.5 * cm, 2.3 * cm, 2.9 * cm], repeatRows=1)
    perf.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#6B8F71")),
                              ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D8E6DA")),
                              ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    r.traits |= {"performance-table", "period-columns", "target-column", "comparator-column", "trap-national"}
    rows2: list = []
    rows = rows2
    if any(f.marker == "star" for f in figs):
        pair("* Provisional figure.", "* Ffigur dros dro.")
    big = [f for f in figs if not f.percent]
    sc = subcount(r, rng.choice(big))
    pair(f"4.2 {escape(sc)}", f"4.2 {escape(sc.replace('Of the', 'O blith y'))} (Saesneg yn unig)")
    extra = later(r, figs, last_month_end(r.report_date - dt.timedelta(days=rng.randint(2, 9))), rate=True)
    if extra and extra.as_of > q_end:
        r.figs.append(extra)
        rt = f", {extra.rate:.1f} per {extra.metric.rate_per:,} {EN_POP[extra.metric.population]}" if extra.rate is not None else ""
        rc = f", {extra.rate:.1f} fesul {extra.metric.rate_per:,} {WELSH_POP[extra.metric.population]}" if extra.rate is not None else ""
        pair(f"4.3 The most recent figure for {escape(noun(rng, extra.key))}, at {long_date(extra.as_of)}, is {extra.show()}{rt}.",
             f"4.3 Y ffigur diweddaraf, ar {welsh_date(extra.as_of, False)}, yw {extra.show()}{rc}.")
        if rt:
            r.traits.add("rate-in-line")
    oc = trap_lines(r, ['trap-other-council'])[0]
    pair(f"4.4 {escape(oc)} {escape(cross(r, q_end))}", f"4.4 {escape(oc)} (Saesneg yn unig)")
    pair("5. Financial implications", "5. Goblygiadau ariannol", head=True)
    mo = trap_lines(r, ['trap-money'])[0]
    pair(f"5.1 {escape(mo)}", "5.1 Nodir y goblygiadau ariannol yn y fersiwn Saesneg.")
    pair("6. Well-being of Future Generations", "6. Llesiant Cenedlaethau'r Dyfodol", head=True)
    pair(f"6.1 {escape(trap_lines(r, ['trap-ages'])[0])} {escape(trap_lines(r, ['trap-percent'])[0])}",
         "6.1 Mae'r cynigion yn cyfrannu at y nodau llesiant.")
    nxt = r.meeting + dt.timedelta(weeks=rng.randint(4, 8))
    pair(f"The next quarterly report will be considered on {long_date(nxt)}.",
         f"Bydd yr adroddiad chwarterol nesaf yn cael ei ystyried ar {welsh_date(nxt, False)}.")
    r.traits.add("trap-other-meeting-date")
    bottom = Table(rows2, colWidths=[8.6 * cm, 8.6 * cm])
    bottom.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEAFTER", (0, 0), (0, -1), 0.5, colors.grey),
                                ("LEFTPADDING", (1, 0), (1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    story = [Paragraph(f"{COUNCIL}", style("t1", 13, bold=True, align=TA_CENTER, after=0)),
             Paragraph("Cyngor Bwrdeistref Hollinsfield", style("t2", 13, bold=True, align=TA_CENTER, after=10,
                                                              colour="#1F3D2B")),
             top, Spacer(1, 6), perf, Spacer(1, 6), bottom]

    def decorate(c, page, total):
        w, h = A4
        c.setFont("Helvetica", 7.5)
        c.setFillColor(colors.HexColor("#444444"))
        c.drawString(1.8 * cm, h - 1.2 * cm, f"{r.executive} / Cabinet  –  {slash(r.meeting)}")
        c.drawRightString(w - 1.8 * cm, 1.0 * cm, f"Page {page} of {total} / Tudalen {page} o {total}")
    r.traits |= {"page-x-of-y", "running-header"}
    doc = _doc(path, r, r.title, "Microsoft Word - Adroddiad Cabinet", "Microsoft: Print To PDF")
    doc.addPageTemplates([PageTemplate("p", [Frame(1.8 * cm, 1.8 * cm, A4[0] - 3.6 * cm, A4[1] - 3.8 * cm, id="f")])])
    doc.build(story, canvasmaker=numbered_canvas(decorate))
    return Job(r, final, path, [])


# =====================================================================================
# figure-caption-bulletin
# =====================================================================================

NAVY = "#12355B"


def _chart(f: Fig, vals: list, months: list[dt.date]) -> Drawing:
    d = Drawing(16 * cm, 5.2 * cm)
    if f.percent:
        ch = HorizontalLineChart()
        ch.data = [[float(v) for v in vals]]
        ch.lines[0].strokeColor = colors.HexColor(NAVY)
        ch.lines[0].strokeWidth = 1.5
    else:
        ch = VerticalBarChart()
        ch.data = [[int(v) for v in vals]]
        ch.bars[0].fillColor = colors.HexColor(NAVY)
        ch.barWidth = 8
    ch.x, ch.y, ch.width, ch.height = 1.6 * cm, 0.8 * cm, 13.5 * cm, 4.0 * cm
    lo = 0
    hi = max(vals) * 1.15
    stepv = _nice(hi / 4)
    ch.valueAxis.valueMin, ch.valueAxis.valueMax, ch.valueAxis.valueStep = lo, stepv * 5, stepv
    ch.valueAxis.labels.fontName, ch.valueAxis.labels.fontSize = "Helvetica", 7
    ch.valueAxis.labelTextFormat = (lambda v: f"{v:,.0f}") if not f.percent else (lambda v: f"{v:.0f}%")
    ch.categoryAxis.categoryNames = [MONTHS[m.month - 1][:3] for m in months]
    ch.categoryAxis.labels.fontName, ch.categoryAxis.labels.fontSize = "Helvetica", 7
    d.add(ch)
    return d


def _nice(x: float) -> float:
    for base in (1, 2, 2.5, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000, 20000, 25000,
                 50000, 100000):
        if base >= x:
            return base
    return 200000


def make_bulletin_pdf(r: Report, final: Path, work: Path, to: Path | None = None) -> Job:
    rng = r.rng
    path = to or final
    latest = last_month_end(r.report_date - dt.timedelta(days=rng.randint(6, 24)))
    months = months_back(latest, 6)
    figs = r.draw(rng.randint(3, 4), latest, monthly=True, n_history=5, rates=0.9)
    r.figs = list(figs)
    provisional = rng.random() < 0.6
    if provisional:
        for f in figs:
            f.marker = "p"
    form, who = member_as(rng, r.member, ["full", "cllr-full", "cllr-dot", "councillor-initial"])
    r.traits |= member_traits(form)
    published = r.meeting - dt.timedelta(days=rng.randint(6, 10))
    h1 = style("h1", 20, bold=True, colour=NAVY, after=4, lead=24)
    h2 = style("h2", 12.5, bold=True, colour=NAVY, before=10, after=4)
    body = style("b", 10, lead=13.5, after=5)
    bullet = style("bl", 10, lead=13.5, left=14, first=-10, after=3)
    cap = style("cap", 9, bold=True, after=2, before=2)
    small = style("sm", 8, lead=10)
    dform = r.variant % 3
    meet = {0: long_date(r.meeting, weekday=True), 1: f"{r.meeting.day:02d}.{r.meeting.month:02d}.{r.meeting.year}",
            2: weekday_ordinal(r.meeting)}[dform]
    r.traits |= {0: {"weekday-date"}, 1: {"dotted-date", "zero-padded-dotted-date"}, 2: {"weekday-date", "ordinal-date"}}[dform]
    story = [Paragraph(f"{escape(r.portfolio_name)} Performance Bulletin", h1),
             Paragraph(f"{MONTHS[latest.month - 1]} {latest.year} edition", style("ed", 12, colour="#555555", after=8)),
             Table([[Paragraph(f"<b>Presented to {r.executive}:</b> {meet}", body)],
                    [Paragraph(f"<b>By:</b> {escape(who)}, {r.role}", body)],
                    [Paragraph(f"<b>Published:</b> {long_date(published)}  |  <b>Next edition:</b> "
                               f"{MONTHS[(latest.month + 2) % 12]} {latest.year + (1 if latest.month >= 10 else 0)}", body)],
                    [Paragraph(f"<b>Contact:</b> Performance and Intelligence, {r.officer[2]}", body)]],
                   colWidths=[17.4 * cm], style=TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#E8EEF5")),
                                                            ("LEFTPADDING", (0, 0), (-1, -1), 8)])),
             Spacer(1, 8)]
    r.traits |= {"cover-block", "trap-publication-date", "trap-phone", "statistical-bulletin"}
    story.append(Paragraph("Key points", h2))
    for f in figs[:3]:
        prev = f.history[-1]
        if f.percent:
            line = f"{f.show()} {noun(rng, f.key)} in {MONTHS[latest.month - 1]}, {change_words(r, f, prev).split(' to ')[0]} on the month before."
        else:
            line = f"{in_cap(noun(rng, f.key))}: {change_words(r, f, prev)} in {MONTHS[latest.month - 1]}"
            if f.rate is not None:
                line += f" (per 10k: {f.rate:.1f})" if f.metric.rate_per == 10000 else f" ({f.rate:.1f} per {f.metric.rate_per:,} {EN_POP[f.metric.population]})"
                r.traits.add("rate-in-line")
            line += "."
        story.append(Paragraph(f"•&nbsp;&nbsp;{escape(line)}", bullet))
    story.append(Paragraph(f"•&nbsp;&nbsp;{escape(trap_lines(r, ['trap-money'])[0])}", bullet))
    r.traits |= {"bullet-figures", "key-points"}
    story.append(Paragraph(f"{escape(background(r, 1)[0])} {escape(trap_lines(r, ['trap-other-council'])[0])}", body))
    # figures
    fig_no = rng.randint(1, 2)
    for i, f in enumerate(figs):
        vals = f.history + [f.value]
        block = [Paragraph(f"{i + 2}. {escape(f.label)}", h2), _chart(f, vals, months),
                 Paragraph(f"Figure {fig_no}: {escape(f.label)}, {MONTHS[months[0].month - 1]} to "
                           f"{MONTHS[latest.month - 1]} {latest.year}", cap)]
        head = ["Month"] + [f"{MONTHS[m.month - 1][:3]}-{m.year % 100:02d}" for m in months]
        row = [f.label]
        for k, v in enumerate(vals):
            s = f.show(v)
            if f.marker == "p" and k == len(vals) - 1:
                s += " (p)"
            row.append(s)
        drows = [head, row]
        if f.rate is not None:
            drows.append([f"Rate per {f.metric.rate_per:,} {EN_POP[f.metric.population]}"] +
                         [f"{f.rate_at(v, m):.1f}" for v, m in zip(vals, months)])
            r.traits.add("rate-row")
        t = Table([[Paragraph(escape(str(c)), small) for c in rr] for rr in drows],
                  colWidths=[5.0 * cm] + [2.05 * cm] * 6)
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.3, colors.grey),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8EEF5"))]))
        block += [Paragraph(f"Figure {fig_no} data", style("cd", 8, italic=True, after=1)), t, Spacer(1, 4)]
        fig_no += 1
        story.append(KeepTogether(block))
    lab, lv = lookalike(r, 6)
    story.append(KeepTogether([Paragraph("Other measures (context only)", h2),
                               Table([[Paragraph(escape(lab), small)] + [Paragraph(x, small) for x in lv]],
                                     colWidths=[5.0 * cm] + [2.05 * cm] * 6,
                                     style=TableStyle([("GRID", (0, 0), (-1, -1), 0.3, colors.grey)]))]))
    r.traits |= {"chart-data-table", "figure-captions", "chart-axis-labels", "monthly-columns", "performance-table",
                 "period-columns", "figures-at-heading", "as-of-month-name"}
    big = [f for f in figs if not f.percent]
    story.append(Paragraph(f"{escape(subcount(r, rng.choice(big)))} {escape(cross(r, latest))} "
                           f"{escape(trap_lines(r, ['trap-national'])[0])}", body))
    story.append(CondPageBreak(6 * cm))
    story.append(Paragraph("Recommendations", h2))
    story.append(Paragraph(f"{r.executive} is asked to:", body))
    ds = r.decisions
    for i, d in enumerate(ds):
        t_ = decision(d, "lower") + ("; and" if i == len(ds) - 1 else ";")
        story.append(Paragraph(f"{['i', 'ii', 'iii', 'iv'][i]}.&nbsp;&nbsp;{escape(t_)}", bullet))
        r.commit(t_)
    story.append(Paragraph(f"{['i', 'ii', 'iii', 'iv', 'v'][len(ds)]}.&nbsp;&nbsp;note the contents of this bulletin.", bullet))
    r.traits |= {"roman-items", "lead-in", "standing-resolution", "typed-numbering"}
    if len(ds) < 3:
        story.append(Paragraph(f"The {r.executive} Member's priorities for the next quarter", h2))
        for i, p in enumerate(r.priorities[:2]):
            story.append(Paragraph(f"{'ab'[i]})&nbsp;&nbsp;{escape(p)}.", bullet))
            r.commit(p + ".")
        r.traits.add("lettered-items")
    col = colleague(r)
    if col:
        story.append(Paragraph(f"Councillor {escape(col[0].name)} will present the companion bulletin for "
                               f"{col[1].replace('-', ' ')} at the same meeting.", body))
        r.traits.add("other-member-named")
    if provisional:
        story.append(Paragraph("(p) provisional: the latest month's figures are unvalidated management information.", small))
    story.append(Paragraph(f"About these statistics: figures are extracted on the fifth working day of the month. "
                           f"{escape(trap_lines(r, ['trap-years'])[0])}", small))

    def decorate(c, page, total):
        w, h = A4
        c.setFillColor(colors.HexColor(NAVY))
        c.rect(0, h - 0.9 * cm, w, 0.9 * cm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(1.6 * cm, h - 0.6 * cm, f"{COUNCIL}  |  Performance Bulletin")
        c.setFillColor(colors.black)
        c.setFont("Helvetica", 7.5)
        c.drawRightString(w - 1.6 * cm, 0.9 * cm, f"{page}")
    r.traits.add("running-header")
    doc = _doc(path, r, f"{r.portfolio_name} Performance Bulletin", "Hollinsfield Performance Portal", "ReportLab PDF Library",
               margins=1.6)
    doc.addPageTemplates([PageTemplate("p", [Frame(1.6 * cm, 1.6 * cm, A4[0] - 3.2 * cm, A4[1] - 3.4 * cm, id="f")])])
    doc.build(story, canvasmaker=numbered_canvas(decorate))
    return Job(r, final, path, [])


def in_cap(s: str) -> str:
    return s[0].upper() + s[1:]
