"""Held-out-7 template drawn straight to PDF (reportlab):

  portfolio-lead-update-sidebar  a 'Portfolio Lead's update' as a designed two-column PDF: the
                                 update in the wide column, an 'At a glance' sidebar of big
                                 numbers over their captions (rates in line, a money tile and a
                                 percentage tile among them), a figure told in words with its
                                 digits after it, '1) 2) 3)' priorities, the Cabinet asked to note
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle)

from council import COUNCIL, DOMAIN, PORTFOLIOS
from h3_model import Job
from h6_model import (Report, background, colleague, cross, last_month_end, later, lookalike, noun, subcount,
                      trap_lines)
from h6_words import decision
from h7_common import EN_POP, cap, long, member_text, tues, words

BODY = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13.5, spaceAfter=6)
HEAD = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=12.5, leading=16, spaceBefore=6, spaceAfter=4,
                      textColor=colors.HexColor("#5b2a86"))
TITLE = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=20, leading=24, textColor=colors.HexColor("#5b2a86"))
BIG = ParagraphStyle("big", fontName="Helvetica-Bold", fontSize=22, leading=25, textColor=colors.HexColor("#5b2a86"))
CAP = ParagraphStyle("cap", fontName="Helvetica", fontSize=8.5, leading=10.5, spaceAfter=9)
SIDE = ParagraphStyle("side", fontName="Helvetica-Bold", fontSize=11, leading=14, spaceAfter=6)


def make_sidebar(r: Report, final: Path, work: Path, to: Path | None = None) -> Job:
    rng = r.rng
    path = to or final
    as_at = last_month_end(r.report_date - dt.timedelta(days=rng.randint(5, 25)))
    figs = r.draw(rng.randint(3, 4), as_at, n_history=1, rates=1.0)
    r.figs = list(figs)
    form = ["cbe", "cllr-dot-initial", "ph", "full"][r.variant % 4]
    who, t = member_text(r, form)
    r.traits |= t
    meet = tues(r.meeting) if r.variant % 2 == 0 else long(r.meeting, weekday=True)
    r.traits |= {"weekday-date"} | ({"abbreviated-weekday"} if r.variant % 2 == 0 else set())
    nxt = r.meeting + dt.timedelta(weeks=rng.randint(6, 10))
    main, side = [], []
    main.append(Paragraph(f"Portfolio Lead's update: {escape(PORTFOLIOS[r.portfolio])}", TITLE))
    main.append(Spacer(1, 6))
    main.append(Paragraph(f"<b>To:</b> {r.executive}, {escape(meet)}<br/><b>Portfolio Lead:</b> {escape(who)}<br/>"
                          f"<b>Author:</b> {escape(r.officer[0])}, {escape(r.officer[1])}", BODY))
    r.traits |= {"cover-lines", "portfolio-lead-label", "two-column-layout", "sidebar"}
    main.append(Paragraph("Introduction", HEAD))
    intro = f"This is my update on the portfolio for the period to {long(as_at)}. {background(r, 1)[0]}"
    if r.predecessor:
        intro += f" I want to thank Councillor {r.predecessor.name}, who led the portfolio before me."
        r.traits.add("predecessor-thanked")
    main.append(Paragraph(escape(intro), BODY))
    main.append(Paragraph("Where we are", HEAD))
    wf = rng.choice([f for f in figs if not f.percent] or figs)
    text = []
    for f in figs:
        if f is wf and not f.percent:
            text.append(f"At the end of {as_at:%B} there were {words(int(f.value))} ({f.show()}) {noun(rng, f.key)}.")
            r.traits.add("figure-in-words-with-digits")
        elif f.percent:
            text.append(f"{f.show()} {noun(rng, f.key)} at {long(as_at)}, against a target of {f.target}.")
            r.traits.add("target-in-line")
        else:
            text.append(f"{cap(f.label)} stood at {f.show()} (last month {f.show(f.history[0])}).")
            r.traits.add("earlier-period-in-sentence")
    main.append(Paragraph(escape(" ".join(text)), BODY))
    helpers = rng.randint(120, 480)
    main.append(Paragraph(escape(f"Nearly {words(helpers - helpers % 10)} volunteers helped us this year. "
                                 f"{subcount(r, wf)} {' '.join(trap_lines(r, ['trap-percent', 'trap-national']))}"), BODY))
    r.traits.add("trap-number-in-words")
    ext = later(r, figs, r.meeting - dt.timedelta(days=rng.randint(5, 9)), rate=True)
    if ext:
        r.figs.append(ext)
        main.append(Paragraph(escape(f"The most recent figure, for {long(ext.as_of)}, is {ext.show()} {noun(rng, ext.key)}"
                                     + (f" ({ext.rate:.1f} per {ext.metric.rate_per:,})." if ext.rate is not None else ".")),
                              BODY))
    main.append(Paragraph(escape(cross(r, as_at)), BODY))
    col = colleague(r)
    if col:
        main.append(Paragraph(escape(f"I am working closely with Cllr {col[0].surname}, Portfolio Lead for "
                                     f"{PORTFOLIOS[col[1]]}, on the joint programme."), BODY))
        r.traits.add("other-member-named")
    main.append(Paragraph("My priorities for the next quarter", HEAD))
    pri = r.priorities[:3]
    for i, p in enumerate(pri):
        t = p + "."
        main.append(Paragraph(escape(f"{i + 1}) {t}"), BODY))
        r.commit(t)
    r.traits |= {"bracket-numbering", "typed-numbering", "priorities"}
    main.append(Paragraph("Recommendation", HEAD))
    main.append(Paragraph(escape(f"That the {r.executive} notes the Portfolio Lead's update."), BODY))
    r.traits.add("standing-resolution")
    main.append(Paragraph(escape(f"{trap_lines(r, ['trap-money'])[0]} {trap_lines(r, ['trap-phone'])[0]}"), BODY))
    main.append(Paragraph(escape(f"Next update: {long(nxt)}."), BODY))
    r.traits.add("trap-other-meeting-date")
    # the sidebar
    side.append(Paragraph("At a glance", SIDE))
    side.append(Paragraph(f"figures at {long(as_at)}", CAP))
    r.traits |= {"figures-at-heading", "big-number-tiles", "rate-in-line"}
    tiles = []
    for f in figs:
        capt = noun(rng, f.key) if not f.percent else f.label
        if f.rate is not None:
            capt += f" - {f.rate:.1f} per {f.metric.rate_per:,} {EN_POP[f.metric.population]}"
        tiles.append((f.show(), capt))
    tiles.insert(rng.randint(1, len(tiles)), (f"£{rng.randint(2, 9)}.{rng.randint(1, 9)}m", "invested this year"))
    tiles.insert(rng.randint(1, len(tiles)), (f"{rng.randint(60, 95)}%", "of residents satisfied (survey)"))
    lab, vals = lookalike(r, 1)
    tiles.append((vals[0], lab.lower()))
    for big, capt in tiles:
        side.append(Paragraph(escape(big), BIG))
        side.append(Paragraph(escape(capt), CAP))
    pw, ph = A4

    def decorate(c, doc):
        c.saveState()
        c.setFillColor(colors.HexColor("#efe8f6"))
        c.rect(pw - 6.6 * cm, 0, 6.6 * cm, ph, stroke=0, fill=1)
        c.setFont("Helvetica", 7.5)
        c.setFillColor(colors.black)
        c.drawString(1.6 * cm, 1.0 * cm, f"{COUNCIL} | {DOMAIN} | page {doc.page}")
        c.restoreState()

    doc = BaseDocTemplate(str(path), pagesize=A4, title=f"Portfolio Lead's update {PORTFOLIOS[r.portfolio]}",
                          author=r.officer[0], creator="Adobe InDesign 15.0", producer="reportlab", invariant=1)
    frames = [Frame(pw - 6.0 * cm, 1.6 * cm, 5.2 * cm, ph - 3.2 * cm, id="side"),
              Frame(1.6 * cm, 1.6 * cm, pw - 9.0 * cm, ph - 3.2 * cm, id="main")]
    later_frames = [Frame(1.6 * cm, 1.6 * cm, pw - 9.0 * cm, ph - 3.2 * cm, id="main2")]
    doc.addPageTemplates([PageTemplate("first", frames=frames, onPage=decorate),
                          PageTemplate("later", frames=later_frames, onPage=decorate)])
    from reportlab.platypus import NextPageTemplate
    story = [NextPageTemplate("later"), *side, FrameBreak(), *main]
    doc.build(story)
    return Job(r, final, path, [])
