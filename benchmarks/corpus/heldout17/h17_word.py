"""Held-out-17 templates in Word files written with python-docx (some saved as .odt or PDF by
LibreOffice):

  rba-report-card          a Cabinet report in the Results-Based Accountability way: a quadrant
                           table sorting the measures under 'How much did we do?', 'How well did we
                           do it?' and 'Is anyone better off?', then one report card per measure (a
                           table of baseline, previous quarter, latest, target, trend, 'Story behind
                           the baseline', partners and 'What would work'), the recommendations in
                           Word's own 'List Number' numbering
  fy-quarter-scorecard     a quarterly scorecard with the financial year's four quarters as columns
                           (Q1 .. Q4, the quarters not yet reached left blank), the year before's
                           outturn, the target, the statistical neighbours' average, the England
                           figure, a direction-of-travel arrow and the latest rate 'per 10k', on a
                           landscape page between portrait ones; recommendations typed (a) (b)
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.shared import Cm, Pt, RGBColor

from council import COUNCIL
from h7_common import Word
from h17_common import (PORTFOLIOS, Job, Report, _extras, arrow, background, cap, direction, ends, fin_year,
                        fy_quarters, items, long, lookalike, meeting_date, neighbours, noun, other_member, per_k,
                        perf, polarity, quarter_name, quarter_of, rate_words, shade, thanks, trap_lines, who)


def _job(r: Report, final: Path, work: Path, w: Word, pdf: bool) -> Job:
    pdf = pdf or final.suffix == ".pdf"
    src = work / (final.stem + ".docx") if (pdf or final.suffix == ".odt") else final
    w.save(src)
    steps = ["lo-pdf"] if pdf else (["lo-odt"] if final.suffix == ".odt" else [])
    return Job(r, final, src, steps)


def _cell(cell, parts, size=9.5, bold=False, colour=None):
    para = cell.paragraphs[0]
    for text, kind in parts:
        run = para.add_run(text)
        run.font.size = Pt(size)
        run.bold = bold or kind == "b"
        run.font.superscript = kind == "sup"
        if colour:
            run.font.color.rgb = RGBColor.from_string(colour)


def _table(doc, rows, widths=None, size=9.0, head=True, fill="1F4E79", colour="FFFFFF"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = doc.styles["Table Grid"]
    for a, row in enumerate(rows):
        for b, val in enumerate(row):
            parts = val if isinstance(val, list) else [(str(val), "")]
            _cell(t.cell(a, b), parts, size, bold=head and a == 0, colour=colour if head and a == 0 else None)
            if head and a == 0 and fill:
                shade(t.cell(a, b), fill)
            if widths:
                t.cell(a, b).width = Cm(widths[b])
    return t


def _marked(f, mark):
    """The latest value with its marker as (text, kind) parts."""
    if f.marker != mark or not mark:
        return [(f.show(), "")]
    return [(f.show(), ""), ("1", "sup")] if mark == "sup" else [(f.show() + {"p": " (p)", "star": "*"}[mark], "")]


NOTE = {"sup": "1 Provisional: subject to validation before the statutory return.",
        "p": "(p) provisional figure", "star": "* Figure provisional until year-end validation."}

QUESTIONS = ["How much did we do?", "How well did we do it?", "Is anyone better off?"]
PARTNERS = ["NHS Hollinsfield Place", "schools and colleges", "West Hollinsfield Police", "the voluntary and community sector",
            "housing associations", "the Integrated Care Board", "town and parish councils"]
WORKS = ["Earlier help through the family hubs and the locality teams.",
         "Sharing data weekly with partners so that cases are picked up sooner.",
         "A single point of contact for residents who need more than one service.",
         "Targeted work in the three wards where demand is highest.",
         "Recruiting to the vacant posts so that caseloads come down."]


# =====================================================================================
# rba-report-card
# =====================================================================================

def make_rba(r: Report, final: Path, work: Path, pdf: bool = False) -> Job:
    rng = r.rng
    v = r.variant
    q_end, qs, figs = perf(r, n=(3, 4), rates=0.85, n_history=4)
    date = meeting_date(r, [0, 3, 2, 1, 4][v % 5])
    member = who(r, ["cllr-dot", "full", "cllr-initial", "councillor-initial", "cllr-full"][v % 5])
    r.traits |= {"rba-report-cards", "quadrant-table", "cover-table", "auto-numbering", "agenda-item-number",
                 "report-date-before-meeting-date", "trap-phone", "period-columns", "target-column",
                 "performance-table", "implications", "decimal-section-numbers"}
    w = Word("Arial", 11)
    doc = w.doc
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.footer.paragraphs[0].text = f"{COUNCIL} \u2013 Outcomes Based Accountability report cards"
    w.p(COUNCIL, bold=True, size=12)
    w.p(f"{r.executive} report", size=12)
    w.p(r.title, bold=True, size=18)
    w.p("Outcomes Based Accountability: report cards for the quarter", italic=True, size=11)
    cover = [["Meeting", r.executive], ["Date of meeting", date], ["Item number", str(r.item)],
             [f"{'Cabinet' if r.cabinet else 'Executive'} Member", f"{member}, {r.role}"],
             ["Accountable officer", f"{r.officer[0]}, {r.officer[1]}"], ["Contact", f"{r.officer[2]}, {r.officer[3]}"],
             ["Report published", long(r.report_date)]]
    t = _table(doc, cover, widths=[4.8, 11.8], size=10, head=False)
    for a in range(len(cover)):
        shade(t.cell(a, 0), "DEEAF6")
    w.p()
    w.p("1. Purpose of the report", bold=True, size=12)
    w.p(f"1.1 This report presents the {PORTFOLIOS[r.portfolio]} report cards for {quarter_name(q_end, 'quarter')} "
        f"(the quarter to {long(q_end)}). Each card follows the Outcomes Based Accountability questions.")
    w.p("2. Recommendations", bold=True, size=12)
    w.p(f"2.1 {r.executive} is recommended to:")
    its = items(r, "lower", "note the report cards and the performance they show")
    for k, it in enumerate(its):
        w.p(it + ends(k, len(its)), style="List Number")
        if k:
            r.commit(it + ends(k, len(its)))
    w.p("3. Background", bold=True, size=12)
    for k, tx in enumerate([x for x in (thanks(r), background(r, 1)[0], other_member(r)) if x], 1):
        w.p(f"3.{k} {tx}")
    # the quadrant: measures sorted under the three questions, contextual measures in the fourth
    lab, lv = lookalike(r, 5)
    groups = {q: [] for q in QUESTIONS}
    for f in figs:
        q = QUESTIONS[2] if f.percent else rng.choice(QUESTIONS[:2])
        groups[q].append(f)
    w.p("4. The measures at a glance", bold=True, size=12)
    w.p(f"4.1 The table sorts the portfolio's measures by the question each answers; latest values are for "
        f"{quarter_name(q_end)}.")
    quad = doc.add_table(rows=2, cols=2)
    quad.style = doc.styles["Table Grid"]
    boxes = [QUESTIONS[0], QUESTIONS[1], QUESTIONS[2], "Context (not performance measures)"]
    for k, q in enumerate(boxes):
        cell = quad.cell(k // 2, k % 2)
        _cell(cell, [(q, "b")], 10)
        shade(cell, ["FCE4D6", "E2EFDA", "DDEBF7", "EDEDED"][k])
        lines = ([f"{f.label}: {f.show()}" for f in groups[q]] if k < 3 else [f"{lab}: {lv[4]}"])
        for line in lines or ["(no measures this quarter)"]:
            pp = cell.add_paragraph()
            run = pp.add_run(line)
            run.font.size = Pt(9.5)
    w.p()
    w.p("5. Report cards", bold=True, size=12)
    mark = ["sup", "star", "p", "sup", "star"][v % 5]
    marked = rng.choice(figs)
    marked.marker = mark
    fy_prev = fin_year(qs[0] - dt.timedelta(days=370))
    for n, f in enumerate(figs, 1):
        q = next(k for k, g in groups.items() if f in g)
        latest = _marked(f, mark)
        if f.rate is not None:
            latest = latest + [(f" ({rate_words(f)})", "")]
        rows = [[f"Report card {n}: {f.label}", ""], ["Question", q],
                [f"Baseline ({fy_prev})", f.show(f.history[0])],
                [f"Previous quarter ({quarter_name(qs[1])})", f.show(f.history[-1])],
                [f"Latest ({quarter_name(q_end)}, to {long(q_end)})", latest],
                [f"Target {fin_year(q_end)}", f.target], ["Trend", direction(f)],
                ["Story behind the baseline", rng.choice([
                    f"{cap(noun(rng, f.key))} have moved with demand across the region this year.",
                    "The trend reflects the changes to the front door made last year and the rise in demand since.",
                    "Performance has been affected by vacancies in the team, now filled."])],
                ["Partners with a role to play", ", ".join(rng.sample(PARTNERS, 3)).capitalize() + "."],
                ["What would work", " ".join(rng.sample(WORKS, 2))]]
        t = _table(doc, rows, widths=[5.6, 11.0], size=9.5, head=False)
        a = t.cell(0, 0).merge(t.cell(0, 1))
        shade(a, "1F4E79")
        for run in a.paragraphs[0].runs:
            run.bold = True
            run.font.color.rgb = RGBColor.from_string("FFFFFF")
        for k in range(1, len(rows)):
            shade(t.cell(k, 0), "F2F2F2")
        w.p()
    w.p(NOTE[mark], size=8.5)
    extra, money = _extras(r, figs, q_end)
    for k, tx in enumerate(extra, 1):
        w.p(f"5.{k} {tx}")
    w.p("6. Implications", bold=True, size=12)
    w.p(f"6.1 Financial: {money}")
    w.p("6.2 Legal: none arising directly from this report.")
    w.p("6.3 Equality and diversity: the report cards are broken down by protected characteristic where the data allows.")
    nxt = r.meeting + dt.timedelta(weeks=rng.randint(3, 7), days=1)
    w.p("7. Next steps", bold=True, size=12)
    w.p(f"7.1 The Outcomes Board will consider the turning-the-curve actions on {long(nxt, weekday=True)}.")
    r.traits |= {"trap-other-meeting-date", "other-meetings-listed"}
    w.p("Background papers: none.", size=10)
    return _job(r, final, work, w, pdf)


# =====================================================================================
# fy-quarter-scorecard
# =====================================================================================

def _orient(sec, landscape: bool):
    w, h = Cm(21.0), Cm(29.7)
    sec.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = (h, w) if landscape else (w, h)
    sec.left_margin = sec.right_margin = Cm(1.8)


def make_fyscore(r: Report, final: Path, work: Path, pdf: bool = False) -> Job:
    rng = r.rng
    v = r.variant
    q_end, qs, figs = perf(r, n=(3, 4), rates=0.85, n_history=4)
    date = meeting_date(r, [2, 4, 0, 3, 1][v % 5])
    member = who(r, ["cllr-initial", "cllr-dot", "councillor-initial", "full", "cllr-full"][v % 5])
    r.traits |= {"fy-quarter-columns", "date-in-header-only", "blank-future-quarters", "statistical-neighbours-column", "england-column",
                 "outturn-column", "direction-of-travel", "direction-arrows", "polarity-column", "rate-column",
                 "landscape", "cover-lines", "typed-numbering", "lettered-items", "agenda-item-number",
                 "report-date-before-meeting-date", "trap-phone", "period-columns", "target-column",
                 "performance-table", "implications", "trap-other-council"}
    w = Word("Calibri", 11)
    doc = w.doc
    _orient(doc.sections[0], False)
    doc.sections[0].header.paragraphs[0].text = f"{r.executive} \u2013 {date} \u2013 Agenda item {r.item}"
    w.p(COUNCIL.upper(), bold=True, size=11)
    w.p(f"Quarterly Performance Scorecard {fin_year(q_end)}", bold=True, size=18)
    w.p(PORTFOLIOS[r.portfolio], bold=True, size=14)
    for lab, val in ((f"{'Cabinet' if r.cabinet else 'Executive'} Member", f"{member}, {r.role}"),
                     ("Director", f"{r.officer[0]}, {r.officer[1]}"), ("Contact", r.officer[2]),
                     ("Data as at", long(q_end)), ("Published", long(r.report_date, weekday=True))):
        w.runs([(lab + ": ", "b"), (val, "")])
    w.p()
    w.p("Recommendations", bold=True, size=13)
    w.p(f"The {r.executive} is asked:")
    its = items(r, "to", "to note the scorecard for the quarter")
    for k, it in enumerate(its):
        p = w.p(f"({'abcdefg'[k]})\t{it}{ends(k, len(its))}")
        p.paragraph_format.left_indent = Cm(1.0)
        p.paragraph_format.first_line_indent = Cm(-1.0)
        if k:
            r.commit(it + ends(k, len(its)))
    w.p("Reasons for the recommendations", bold=True, size=13)
    w.p("The scorecard is reported each quarter so that members can see progress against the year's targets.")
    for tx in [x for x in (thanks(r), background(r, 1)[0], other_member(r)) if x]:
        w.p(tx)
    w.p("The scorecard", bold=True, size=13)
    w.p(f"The scorecard on the next page shows each quarter of {fin_year(q_end)} reported so far; the quarters "
        "still to come are left blank.")
    # the landscape page with the scorecard
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    _orient(sec, True)
    quarters = fy_quarters(q_end)
    latest = quarter_of(q_end)
    mark = ["star", "p", "sup", "star", "p"][v % 5]
    marked = rng.choice(figs)
    marked.marker = mark
    fy = fin_year(q_end)
    prev_fy = fin_year(quarters[0] - dt.timedelta(days=200))
    head = ["Ref", "Indicator", "Polarity", f"{prev_fy} outturn"] + [f"Q{k} {fy[2:]}" for k in range(1, 5)] + \
           [f"Target {fy[2:]}", "Stat. neighbours", "England", "DoT", "Rate (latest)"]
    rows = [head]
    short = r.portfolio[:3].upper()
    for n, f in enumerate(figs, 1):
        qv = []
        for k in range(1, 5):
            if k < latest:
                qv.append(f.show(f.history[-(latest - k)]))
            elif k == latest:
                qv.append(_marked(f, mark))
            else:
                qv.append("")
        eng = neighbours(r, f)
        rows.append([f"{short}{n:02d}", f.label, polarity(f), f.show(f.history[0])] + qv +
                    [f.target, neighbours(r, f), eng, arrow(f, f.history[-1]),
                     per_k(f) if f.rate is not None else "\u2013"])
    lab, lv = lookalike(r, 5)
    lrow = [f"{short}C1", lab + " (context)", "\u2013", lv[0]] + [lv[k] if k <= latest else "" for k in range(1, 5)] + \
           ["\u2013", "\u2013", "\u2013", "\u2013", "\u2013"]
    rows.insert(rng.randint(2, len(rows)), lrow)
    w.p(f"Scorecard: {PORTFOLIOS[r.portfolio]}, {quarter_name(q_end, 'quarter')}", bold=True, size=11)
    _table(doc, rows, size=8, widths=[1.2, 5.0, 2.0, 1.7, 1.5, 1.5, 1.5, 1.5, 1.6, 1.8, 1.6, 1.7, 2.0])
    w.p(NOTE[mark], size=8)
    w.p("Stat. neighbours: the average of our statistical neighbours (CIPFA nearest neighbours) for the same "
        "period. DoT: direction of travel against the quarter before. Rates per 10k or per 1k of the relevant "
        "population (ONS mid-year estimates).", size=8)
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    _orient(sec, False)
    w.p("Commentary", bold=True, size=13)
    rated = [f for f in figs if f.rate is not None]
    if rated:
        f0 = rated[0]
        w.p(f"{cap(noun(rng, f0.key))} stood at {f0.show()} at the end of {quarter_name(q_end, 'quarter')}, "
            f"a rate of {rate_words(f0)}.")
        r.traits.add("rate-in-line")
    extra, money = _extras(r, figs, q_end)
    for tx in extra:
        w.p(tx)
    w.p("Financial implications", bold=True, size=13)
    w.p(money)
    w.p("Legal implications", bold=True, size=13)
    w.p("There are no legal implications arising from this report.")
    nxt = r.meeting + dt.timedelta(weeks=rng.randint(3, 6), days=2)
    w.p("Scrutiny", bold=True, size=13)
    w.p(f"The Performance Scrutiny Panel will consider the scorecard at its meeting on {long(nxt)}.")
    r.traits |= {"trap-other-meeting-date", "other-meetings-listed"}
    w.p("Background papers: none.", size=10)
    return _job(r, final, work, w, pdf)
