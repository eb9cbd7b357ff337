"""Held-out-13 templates drawn straight to PDF (reportlab):

  notes-pages-briefing     a PowerPoint Cabinet briefing exported to PDF as Notes Pages: on each
                           page the slide's picture small at the top (an image: its words are not
                           text), the speaker's notes as text below it, where the meeting, the
                           member, the figures and the asks are said; the page number at the foot
  continued-table-report   a report whose performance and budget table runs over three pages:
                           'Table 2 (continued)' labels, the header row repeated on each page, a
                           service-area band and a budget subtotal row per service area, local
                           indicators that are not the portfolio's measures
"""
from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from council import COUNCIL
from h13_common import (PORTFOLIOS, Job, Pager, Report, _extras, background, cap, draw_ops, ends, items, long,
                        meeting_date, noun, other_member, perf, perf_rows, quarter_name, rate_words, slash, thanks,
                        trap_lines, who)

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def _slide(title: str, bullets: list[str], theme: tuple, footer: str) -> bytes:
    from PIL import Image, ImageDraw, ImageFont
    w, h = 960, 540
    img = Image.new("RGB", (w, h), (255, 255, 255))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, w, 96], fill=theme)
    d.text((40, 26), title, fill=(255, 255, 255), font=ImageFont.truetype(BOLD, 38))
    f = ImageFont.truetype(FONT, 28)
    y = 130
    for b in bullets:
        d.ellipse([44, y + 12, 56, y + 24], fill=theme)
        d.text((72, y), b, fill=(30, 30, 30), font=f)
        y += 52
    d.rectangle([0, h - 36, w, h], fill=(235, 235, 235))
    d.text((24, h - 30), footer, fill=(90, 90, 90), font=ImageFont.truetype(FONT, 18))
    buf = io.BytesIO()
    img.save(buf, "PNG", optimize=False)
    return buf.getvalue()


def make_notes(r: Report, final: Path, work: Path, to: Path | None = None) -> Job:
    rng = r.rng
    q_end, qs, figs = perf(r, rates=0.85)
    date = meeting_date(r, [0, 1, 4, 3, 2][r.variant % 5])
    member = who(r, ["cllr-full", "full", "cllr-initial", "councillor-initial", "cllr-dot"][r.variant % 5])
    theme = rng.choice([(11, 79, 108), (120, 30, 60), (30, 90, 50), (60, 60, 120)])
    foot = f"{COUNCIL} | {PORTFOLIOS[r.portfolio]}"
    r.traits |= {"notes-pages", "slide-picture", "speaker-notes", "powerpoint-export", "agenda-item-number"}
    slides = []
    n1 = [f"This is the briefing for {r.executive} on {date}, item {r.item} on the agenda: {r.title}.",
          f"I am {member}, {r.role}, and I will take colleagues through the slides in about ten minutes."]
    tk = thanks(r)
    if tk:
        n1.append(tk)
    slides.append((r.title, [f"{r.executive} briefing", PORTFOLIOS[r.portfolio]], n1))
    n2 = [f"The figures are for {quarter_name(q_end, 'quarter')}, the three months to {long(q_end)}."]
    for f in figs:
        if f.percent:
            s = f"{f.label} stood at {f.show()} at the end of the quarter"
        else:
            s = f"There were {f.show()} {noun(rng, f.key)} at the end of the quarter"
        if f.rate is not None:
            s += f", {rate_words(f)}"
            r.traits.add("rate-in-line")
        s += f". Last quarter it was {f.show(f.history[1])} and the target is {f.target}."
        n2.append(s)
    r.traits.add("earlier-period-in-sentence")
    slides.append(("How we are doing", [f"{f.label[:34]}" for f in figs], n2))
    extra, money = _extras(r, figs, q_end)
    slides.append(("Context", ["Since the quarter ended", "Other councils", "Money"], extra + [money]))
    its = items(r, "lower", "note the performance of the portfolio")
    n4 = [f"So, on this slide, what I am asking {r.executive} to do. The recommendations in the report are that {r.executive}:"]
    for i, it in enumerate(its):
        n4.append(f"({'abcd'[i]}) {it}{ends(i, len(its))}")
        if i:
            r.commit(it + ends(i, len(its)))
    r.traits |= {"lettered-items", "typed-numbering"}
    slides.append((f"Asks of {r.executive}", [cap(d[0]) + " ..." for d in r.decisions], n4))
    n5 = [t for t in (other_member(r), background(r, 1)[0]) if t]
    nxt = r.meeting + dt.timedelta(weeks=rng.randint(3, 7), days=2)
    n5.append(f"Scrutiny will look at this on {long(nxt)}. {trap_lines(r, ['trap-phone'])[0]} Any questions?")
    r.traits |= {"trap-other-meeting-date", "other-meetings-listed"}
    slides.append(("Questions?", [r.officer[0], r.officer[1]], n5))
    out = to or final
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setCreator("Microsoft\u00ae PowerPoint\u00ae for Microsoft 365")
    c.setProducer("Microsoft\u00ae PowerPoint\u00ae for Microsoft 365")
    c.setTitle(f"{r.title} - {r.executive} briefing")
    c.setAuthor(r.officer[0])
    W, H = A4
    for k, (title, bullets, notes) in enumerate(slides, 1):
        png = _slide(title if len(title) < 40 else title[:38] + "\u2026", bullets, theme, foot)
        sw, sh = 400, 225
        x0, y0 = (W - sw) / 2, H - 72 - sh
        c.setStrokeColorRGB(0, 0, 0)
        c.setLineWidth(0.75)
        c.rect(x0, y0, sw, sh, stroke=1, fill=0)
        c.drawImage(ImageReader(io.BytesIO(png)), x0, y0, sw, sh)
        p = Pager(font="Helvetica", size=12, left=80, right=80, top=H - y0 + 36, bottom=60)
        for t in notes:
            p.para(t, after=6)
        for ops in p.pages:  # notes fit one page: PowerPoint shrinks them
            draw_ops(c, ops)
            break
        c.setFont("Helvetica", 10)
        c.drawRightString(W - 50, 30, str(k))
        c.showPage()
    c.save()
    return Job(r, final, out, [])


LOCAL = [("Staff sickness absence (days per FTE)", 2, 14, False), ("Member enquiries answered in 10 days (%)", 70, 99, True),
         ("Mandatory training completed (%)", 60, 99, True), ("Agency staff as a share of workforce (%)", 3, 25, True),
         ("Internal audit actions overdue", 0, 14, False), ("Posts vacant at quarter end", 2, 40, False),
         ("Appraisals completed (%)", 55, 99, True), ("Risks rated high on the register", 0, 9, False),
         ("Data protection breaches logged", 0, 8, False), ("Invoices paid within 30 days (%)", 80, 99, True),
         ("Health and safety incidents logged", 0, 12, False), ("Staff turnover in the quarter (%)", 1, 9, True),
         ("Councillor casework items open", 10, 90, False), ("Contracts due for renewal in 6 months", 0, 9, False),
         ("Savings plans on track (%)", 50, 99, True), ("Overtime hours worked", 100, 900, False)]
NOTES = ["On track", "Improving; see 3.2", "Below target; recovery plan agreed", "Seasonal dip expected",
         "Data from the new system; not comparable", "Target reviewed in year", "Vacancies now filled",
         "Better than the same quarter last year", "Under review with HR", "Pressure from demand"]
AREAS = {"childrens-services": ["Early Help", "Safeguarding and Care", "Corporate Parenting"],
         "education": ["School Organisation", "SEND and Inclusion", "Skills"],
         "adult-social-care": ["Front Door", "Long-term Support", "Safeguarding Adults"],
         "housing": ["Housing Options", "Allocations", "Private Sector Housing"],
         "environment": ["Waste Collection", "Street Cleansing", "Enforcement"],
         "community-safety": ["Community Safety Partnership", "Wardens", "Domestic Abuse"],
         "regeneration": ["Business Support", "Town Centres", "Planning"],
         "finance": ["Customer Services", "Revenues and Benefits", "Information Governance"],
         "culture": ["Libraries", "Leisure", "Museums and Heritage"],
         "public-health": ["Healthy Lifestyles", "Substance Misuse", "Health Protection"]}


def _local_row(rng, label, lo, hi, pct):
    vals = [rng.uniform(lo, hi) if pct else rng.randint(lo, hi) for _ in range(3)]
    show = [f"{v:.1f}%" if pct else (f"{v:.1f}" if "days" in label else str(int(v))) for v in vals]
    if "days" in label:
        show = [f"{rng.uniform(lo, hi):.1f}" for _ in range(3)]
    tgt = f"{rng.randint(int(lo), int(hi))}{'%' if pct else ''}"
    return [label] + show + [tgt]


def make_continued(r: Report, final: Path, work: Path, to: Path | None = None) -> Job:
    rng = r.rng
    q_end, qs, figs = perf(r, n=(3, 4), rates=0.8)
    date = meeting_date(r, [2, 0, 1, 4, 3][r.variant % 5])
    member = who(r, ["councillor-initial", "cllr-full", "full", "cllr-dot", "cllr-initial"][r.variant % 5])
    r.traits |= {"continued-table", "repeated-header-row", "subtotal-rows", "service-area-bands", "budget-column",
                 "table-over-pages", "local-indicators", "cover-lines", "agenda-item-number"}
    p = Pager(font="Times-Roman", bold="Times-Bold", size=11, left=62, right=62, top=70, bottom=70)
    p.para(COUNCIL.upper(), font="Times-Bold", size=13)
    p.para(f"REPORT TO: {r.executive.upper()}", font="Times-Bold")
    p.para(f"DATE: {date}", font="Times-Bold")
    p.para(f"AGENDA ITEM: {r.item}", font="Times-Bold")
    p.para(f"REPORT OF: {member}, {r.role}", font="Times-Bold")
    p.para(f"SUBJECT: {r.title}", font="Times-Bold", after=10)
    p.rule(colour=(0, 0, 0))
    p.para("1. PURPOSE OF REPORT", font="Times-Bold")
    p.para(f"1.1 To set out performance and spending in the {PORTFOLIOS[r.portfolio]} portfolio for "
           f"{quarter_name(q_end, 'quarter')}, the quarter ended {long(q_end)}.")
    p.para("2. RECOMMENDATIONS", font="Times-Bold")
    p.para(f"2.1 It is recommended that {r.executive}:")
    its = items(r, "lower", "note the performance and budget position set out in Table 2")
    for i, it in enumerate(its):
        p.para(it + ends(i, len(its)), indent=34, hang=f"({'i' * (i + 1) if i < 3 else 'iv'})")
        if i:
            r.commit(it + ends(i, len(its)))
    r.traits |= {"roman-items", "typed-numbering"}
    p.para("3. SUMMARY OF PERFORMANCE", font="Times-Bold")
    head, rows, marked = perf_rows(r, figs, qs, marker="star", rate_rows=True)
    lead = figs[0]
    p.para(f"3.1 Table 2 shows every indicator the portfolio reports, grouped by service area, with the revenue budget "
           f"of each area. {lead.label} was {lead.show()} at {long(q_end)}"
           + (f" ({rate_words(lead)})." if lead.rate is not None else "."))
    extra, money = _extras(r, figs, q_end)
    for k, t in enumerate(extra, 2):
        p.para(f"3.{k} {t}")
    # the table: service areas, each with its own and local rows and a budget subtotal
    head = head + ["Budget \u00a3000", "Commentary"]
    areas = AREAS[r.portfolio]
    labels = {f.label for f in figs}
    units: list[list[list[str]]] = []
    for row in rows:  # each measure with its rate row; the look-alike row on its own
        if row[0].startswith("Rate per") and units:
            owner = next(u for u in reversed(units) if u[0][0] in labels)
            owner.append(row + ["", ""])
        else:
            units.append([row + [f"{rng.randint(120, 4800):,}", rng.choice(NOTES)]])
    groups: list[list[list[str]]] = [[] for _ in areas]
    for k, u in enumerate(units):
        groups[k % len(areas)].extend(u)
    local = LOCAL[:]
    rng.shuffle(local)
    for g in groups:
        for lab, lo, hi, pct in local[:rng.randint(9, 11)]:
            g.append(_local_row(rng, lab, lo, hi, pct) + [f"{rng.randint(40, 900):,}", rng.choice(NOTES)])
        rng.shuffle(local)
    widths = [128, 46, 46, 46, 42, 48, 115]
    title = "Table 2: Performance and budget by service area"
    first = True
    head_row = head

    def page_head():
        nonlocal first
        p.para(title + ("" if first else " (continued)"), font="Times-Bold", size=11)
        p.table([head_row], widths, size=8.5, after=0)
        first = False

    page_head()
    for a, g in zip(areas, groups):
        p.need(40)
        if p.y > p.pagesize[1] - p.top - 5:
            page_head()
        p.band(a, fill=(0.85, 0.85, 0.85), colour=(0, 0, 0), size=9, font="Times-Bold", h=15)
        for row in g:
            before = len(p.pages)
            p.need(30)
            if len(p.pages) != before:
                page_head()
            _row(p, row, widths)
        tot = sum(int(x[-2].replace(",", "")) for x in g if x[-2])
        before = len(p.pages)
        p.need(30)
        if len(p.pages) != before:
            page_head()
        _row(p, [f"Subtotal: {a}", "", "", "", "", f"{tot:,}", ""], widths, bold=True)
    p.para("* provisional, subject to validation", size=8.5)
    r.traits.add("continued-label")
    p.para("4. BACKGROUND", font="Times-Bold")
    for k, t in enumerate([x for x in (thanks(r), other_member(r), background(r, 1)[0]) if x], 1):
        p.para(f"4.{k} {t}")
    p.para("5. FINANCIAL IMPLICATIONS", font="Times-Bold")
    p.para(f"5.1 {money}")
    nxt = r.meeting + dt.timedelta(weeks=rng.randint(3, 7), days=2)
    p.para(f"5.2 The Scrutiny Panel will consider the budget position on {long(nxt)}.")
    r.traits |= {"trap-other-meeting-date", "other-meetings-listed", "report-date-before-meeting-date"}
    p.para(f"Contact: {r.officer[0]}, {r.officer[1]}, {r.officer[2]}", size=10)
    p.para(f"Date of report: {slash(r.report_date)}", size=10)
    out = to or final
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setCreator("Microsoft\u00ae Word 2016")
    c.setProducer("Microsoft\u00ae Word 2016")
    c.setTitle(r.title)
    W, H = A4
    n = len(p.pages)
    for k, ops in enumerate(p.pages, 1):
        draw_ops(c, ops)
        c.setFont("Times-Roman", 9)
        c.drawCentredString(W / 2, 36, f"Page {k} of {n}")
        if k > 1:
            c.drawString(62, H - 40, f"{r.executive} - {r.title}")
        c.showPage()
    c.save()
    return Job(r, final, out, [])


def _row(p: Pager, row: list[str], widths: list[float], bold: bool = False):
    from h12_common import Op
    font = p.bold if bold else p.font
    size = 8.5
    scale = p.width / sum(widths) if sum(widths) > p.width else 1
    ws = [w * scale for w in widths]
    cells = [p.lines(str(c), font, size, w - 6) for c, w in zip(row, ws)]
    h = max(len(c) for c in cells) * size * 1.25 + 5
    top = p.y
    x = p.left
    for c, w in zip(cells, ws):
        yy = top - 2
        for ln in c:
            yy -= size * 1.25
            p.op(Op("text", x + 3, yy + 1.5, ln, font, size))
        x += w
    p.op(Op("line", p.left, top - h, w=sum(ws), colour=(0.6, 0.6, 0.6)))
    p.y = top - h
