"""Held-out-8 templates typed into Word (python-docx; ODT and PDF through LibreOffice):

  hwb-board-cover-paper       a Health and Wellbeing Board paper: a cover grid with a board
                              sponsor and purpose check boxes, a shaded 'Key messages' box of
                              bulleted figures, 'The Board is asked to:' with automatic
                              numbering, a SWOT grid, a quarters table with an England column
                              and rate rows, a risk table with scores
  officer-delegated-decision  a record of an officer decision under delegated powers: a field
                              grid (decision taker, date of decision, the delegating meeting,
                              the Cabinet Member consulted), '(i) (ii)' decisions, rejected
                              options, two signature blocks, and Schedule 1: the month's
                              figures by locality with the borough total
  budget-book-portfolio-page  a portfolio statement from the budget book for the budget
                              meeting of Council: key facts, a subjective budget table in £000,
                              savings, a measures table (last year's outturn, the year to date,
                              next year's target), typed 1. 2. priorities, set in two newspaper
                              columns (ODT by LibreOffice)
  foi-response-letter         a Freedom of Information response letter giving the figures and
                              decisions of a Cabinet report: letterhead, reference, the
                              request's date, questions in bold and answers, a table of the
                              figures reported, the resolution (i) (ii), the ICO's address
                              (PDF by LibreOffice)
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from docx.enum.section import WD_SECTION
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from council import COUNCIL, DOMAIN, PORTFOLIOS
from h3_model import Job
from h7_common import Word
from h8_common import (Report, background, cap, colleague, cross, dotted, fin_year, last_month_end, last_quarter_end,
                       later, long, lookalike, member_text, months_back, noun, ordinal_long, quarter_name,
                       quarters_back, rate_words, short_month, slash, status, subcount, trap_lines)
from h8_words import ADDRESS, DIRECTORS, LOCALITIES, WARDS, decision

ROMAN = ["i", "ii", "iii", "iv", "v", "vi"]


def table(w: Word, rows: list[list], widths: list[float], **kw):
    """w.table with its grid set to the widths (cm), as Word writes a table drawn to fit:
    LibreOffice lays a table out by its grid columns, not its cells' widths."""
    t = w.table(rows, widths=widths, **kw)
    tbl = t._tbl
    grid = tbl.tblGrid
    for gc, cm_ in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(cm_ * 567)))
    tblPr = tbl.tblPr
    tblW = tblPr.find(qn("w:tblW"))
    if tblW is None:
        tblW = OxmlElement("w:tblW")
        tblPr.append(tblW)
    tblW.set(qn("w:w"), str(int(sum(widths) * 567)))
    tblW.set(qn("w:type"), "dxa")
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    tblPr.append(layout)
    return t


def shade(cell, fill: str) -> None:
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def cell_lines(cell, lines: list, size: float = 10, bold_first: bool = False, style: str | None = None) -> None:
    """Paragraphs in a cell: each a string or a list of (text, kind) runs."""
    first = True
    for line in lines:
        para = cell.paragraphs[0] if first else cell.add_paragraph(style=style)
        if style and first:
            para.style = cell.part.document.styles[style] if hasattr(cell.part, "document") else para.style
        parts = line if isinstance(line, list) else [(line, "b" if (bold_first and first) else "")]
        for text, kind in parts:
            run = para.add_run(text)
            run.font.size = Pt(size)
            run.bold = kind == "b"
            run.font.superscript = kind == "sup"
        first = False


def _out(r: Report, final: Path, work: Path, w: Word, pdf: bool = False) -> Job:
    for sec in w.doc.sections:  # A4, as English councils print
        sec.page_width, sec.page_height = Cm(21), Cm(29.7)
        sec.left_margin = sec.right_margin = Cm(2.2)
        sec.top_margin = sec.bottom_margin = Cm(2)
    src = work / (final.stem + ".docx")
    w.save(src)
    if pdf or final.suffix == ".pdf":
        return Job(r, final, src, ["lo-pdf"])
    if final.suffix == ".odt":
        return Job(r, final, src, ["lo-odt"])
    return Job(r, final, src, [])


# =====================================================================================
# hwb-board-cover-paper
# =====================================================================================

def make_hwb(r: Report, final: Path, work: Path, pdf: bool = False) -> Job:
    rng = r.rng
    q_end = last_quarter_end(r.report_date - dt.timedelta(days=rng.randint(12, 40)))
    qs = quarters_back(q_end, 3)
    figs = r.draw(rng.randint(3, 4), q_end, n_history=2, rates=1.0)
    r.figs = list(figs)
    form = ["cllr-dot", "full", "councillor-initial", "cllr-full", "cllr-initial"][r.variant % 5]
    who, t = member_text(r, form)
    r.traits |= t
    dform = r.variant % 3
    meet = [ordinal_long(r.meeting, weekday=True), dotted(r.meeting), short_month(r.meeting, weekday=True)][dform]
    r.traits |= [{"weekday-date", "ordinal-date"}, {"dotted-date", "zero-padded-dotted-date"},
                 {"weekday-date", "abbreviated-weekday", "abbreviated-month"}][dform]
    w = Word("Arial", 11)
    w.p(f"Agenda Item {r.item}", bold=True, align="right")
    w.p("HOLLINSFIELD HEALTH AND WELLBEING BOARD", bold=True, size=15)
    r.traits |= {"agenda-item-number", "hwb-board"}
    cover = table(w, [["Meeting date", meet],
                     ["Report title", r.title],
                     ["Board sponsor", f"{who}, {r.role}"],
                     ["Report author", f"{r.officer[0]}, {r.officer[1]} (tel. {r.officer[2]})"],
                     ["Purpose of the report", "Decision ☒    Assurance ☐    Information ☐"],
                     ["Joint Health and Wellbeing Strategy theme", "Start Well ☐    Live Well ☒    Age Well ☒"],
                     ["Has this report been to another meeting?",
                      f"Yes: Health Scrutiny Panel, {long(r.meeting - dt.timedelta(weeks=rng.randint(3, 6)))}"]],
                    header=False, widths=[6, 10.5])
    for row in cover.rows:
        shade(row.cells[0], "D9E2F3")
    r.traits |= {"cover-block", "check-boxes", "trap-other-meeting-date", "trap-phone"}
    # the Key messages box
    box = table(w, [[""]], header=False, widths=[16.5])
    shade(box.cell(0, 0), "FFF2CC")
    msgs = [f"Key messages (data to {long(q_end)})"]
    marked = rng.choice(figs)
    for f in figs:
        line = f"{f.show()} {noun(rng, f.key)}"
        if f.rate is not None:
            line += f" ({rate_words(f)})"
            r.traits.add("rate-in-line")
        if rng.random() < 0.5 and not f.percent:
            line += f", compared with {f.show(f.history[1])} at the end of the previous quarter"
            r.traits.add("earlier-period-in-sentence")
        msgs.append("• " + line + ".")
    msgs.append("• " + trap_lines(r, ["trap-money"])[0])
    msgs.append("• " + trap_lines(r, ["trap-national"])[0])
    cell_lines(box.cell(0, 0), msgs, bold_first=True)
    r.traits |= {"key-messages-box", "figures-at-heading", "bulleted-figures"}
    w.p("1. Recommendations", bold=True)
    w.p("The Board is asked to:")
    w.p("note the contents of this report and the position set out in section 4;", style="List Number")
    items = [decision(d, "lower") for d in r.decisions[:3]]
    for i, it in enumerate(items):
        t = it + ("; and" if i == len(items) - 2 else ";" if i < len(items) - 1 else ".")
        w.p(t, style="List Number")
        r.commit(t)
    r.traits |= {"auto-numbering", "lead-in", "standing-resolution", "the-board-is-asked"}
    w.p("2. Background", bold=True)
    n = 1
    if r.predecessor:
        w.p(f"2.{n} The Board records its thanks to Councillor {r.predecessor.name}, who sponsored this work as "
            f"{r.executive} Member before the present sponsor.")
        r.traits.add("predecessor-thanked")
        n += 1
    w.p(f"2.{n} {background(r, 1)[0]} {trap_lines(r, ['trap-years'])[0]}")
    n += 1
    col = colleague(r)
    if col:
        w.p(f"2.{n} Councillor {col[0].name}, {PORTFOLIOS[col[1]]} portfolio, is the Board's vice-chair and has "
            "seen this paper in draft.")
        r.traits.add("other-member-named")
    w.p("3. Where we are: strengths, weaknesses, opportunities and threats", bold=True)
    g = rng.choice([f for f in figs if not f.percent] or figs)
    swot = table(w, [["Strengths", "Weaknesses"], ["", ""], ["Opportunities", "Threats"], ["", ""]],
                   header=False, widths=[8.25, 8.25])
    for (i, j), fill in {(0, 0): "C6E0B4", (0, 1): "F8CBAD", (2, 0): "BDD7EE", (2, 1): "FFE699"}.items():
        shade(swot.cell(i, j), fill)
        swot.cell(i, j).paragraphs[0].runs[0].bold = True
    cell_lines(swot.cell(1, 0), ["• " + trap_lines(r, ["trap-percent"])[0],
                                 "• Strong partnership working through the Integrated Care Partnership."])
    cell_lines(swot.cell(1, 1), ["• " + subcount(r, g), "• Recruitment of qualified staff remains difficult."])
    cell_lines(swot.cell(3, 0), ["• " + trap_lines(r, ["trap-money"])[0].replace("The service's", "The"),
                                 "• Shared care records go live across the system next year."])
    cell_lines(swot.cell(3, 1), ["• " + trap_lines(r, ["trap-other-council"])[0],
                                 "• " + trap_lines(r, ["trap-difference"])[0]])
    r.traits |= {"swot-grid"}
    w.p("4. Performance", bold=True)
    w.p(f"4.1 The table shows the last three quarters to {long(q_end)}, the England figure and the target.")
    r.traits |= {"period-columns", "target-column", "comparator-column", "performance-table", "rate-row"}
    head = ["Indicator", quarter_name(qs[0]), quarter_name(qs[1]), quarter_name(qs[2]), "England", "Target"]
    rows = [head]
    for f in figs:
        eng = (f"{min(99.0, f.value + rng.uniform(-6, 6)):.1f}%" if f.percent
               else f"{int(max(2, f.value * rng.uniform(0.8, 1.25))):,}")
        latest = [(f.show(), "")]
        if f is marked:
            latest.append(("1", "sup"))
            f.marker = "sup"
        rows.append([f.label, f.show(f.history[0]), f.show(f.history[1]), latest, eng, f.target])
        if f.rate is not None:
            rr = [f.rate_at(f.history[0], qs[0]), f.rate_at(f.history[1], qs[1]), f.rate]
            rows.append([f"  per {f.metric.rate_per:,} {rate_words(f).split(' ', 3)[3]}"] + [f"{x:.1f}" for x in rr]
                        + [f"{f.rate * rng.uniform(0.85, 1.15):.1f}", "-"])
    lab, vals = lookalike(r, 3)
    rows.insert(rng.randint(2, len(rows)), [lab, *vals, "-", "-"])
    table(w, rows, widths=[5.5, 2.2, 2.2, 2.2, 2.2, 2.2], size=9)
    w.runs([("1", "sup"), (" Provisional: the validated figure will be reported at year end.", "")])
    ext = later(r, figs, r.report_date - dt.timedelta(days=rng.randint(1, 7)), rate=rng.random() < 0.5)
    if ext:
        r.figs.append(ext)
        txt = f"4.2 More recent data shows {ext.show()} {noun(rng, ext.key)} on {long(ext.as_of)}"
        txt += f" ({rate_words(ext)})." if ext.rate is not None else "."
        w.p(txt)
    w.p(f"4.3 {cross(r, q_end)}")
    w.p("5. Risks", bold=True)
    table(w, [["Ref", "Risk", "Likelihood (1-5)", "Impact (1-5)", "Score"],
             [f"HWB{rng.randint(10, 29)}", "Demand continues to rise faster than capacity", "4", "4", "16"],
             [f"HWB{rng.randint(30, 49)}", "Workforce vacancies are not filled", str(rng.randint(2, 4)), "3",
              ""]], widths=[1.5, 8, 2.5, 2.5, 2], size=9)
    r.traits.add("risk-scores")
    w.p("6. Implications", bold=True)
    w.p(f"Financial: {trap_lines(r, ['trap-money'])[0]}")
    w.p(f"Equalities: {trap_lines(r, ['trap-ages'])[0]}")
    w.p("Legal: none arising directly from this report.")
    r.traits.add("implications")
    w.p("Background papers: none.", size=9)
    w.p(f"Date of report: {slash(r.report_date)}", size=9)
    r.traits |= {"report-date-before-meeting-date", "slash-date"}
    return _out(r, final, work, w, pdf)


# =====================================================================================
# officer-delegated-decision
# =====================================================================================

def make_officer_decision(r: Report, final: Path, work: Path, pdf: bool = False) -> Job:
    rng = r.rng
    as_at = last_month_end(r.report_date - dt.timedelta(days=rng.randint(2, 20)))
    ly = dt.date(as_at.year - 1, as_at.month, 1)
    figs = r.draw(3, as_at, n_history=1, rates=1.0)
    r.figs = list(figs)
    director, dtitle = DIRECTORS[r.portfolio]
    form = ["cllr-dot", "councillor-initial", "full", "cllr-initial"][r.variant % 4]
    who, t = member_text(r, form)
    r.traits |= t
    dform = r.variant % 3
    when = [ordinal_long(r.meeting), dotted(r.meeting), long(r.meeting, weekday=True)][dform]
    r.traits |= [{"ordinal-date"}, {"dotted-date", "zero-padded-dotted-date"}, {"weekday-date"}][dform]
    delegated = r.meeting - dt.timedelta(days=rng.randint(90, 200))
    consulted = r.meeting - dt.timedelta(days=rng.randint(3, 9))
    code = {"childrens-services": "CFS", "education": "EDU", "adult-social-care": "AH", "public-health": "PH",
            "housing": "HN", "environment": "NS", "regeneration": "EG", "community-safety": "CS", "culture": "CL",
            "finance": "CR"}[r.portfolio]
    w = Word("Calibri", 11)
    w.p(COUNCIL, bold=True, size=13)
    w.p("RECORD OF AN OFFICER DECISION", bold=True, size=16)
    w.p("Taken under delegated powers (Constitution, Part 3, Section 7: Officer Scheme of Delegation)", italic=True,
        size=9)
    grid = table(w, [["Decision reference", f"OD/{code}/{r.meeting.year}/{rng.randint(11, 96):03d}"],
                    ["Title", r.title],
                    ["Decision taker", f"{director}, {dtitle}"],
                    ["Date of decision", when],
                    ["Source of delegated authority", f"{r.executive}, {long(delegated)}, minute {rng.randint(40, 160)}({rng.randint(2, 6)})"],
                    ["Portfolio", PORTFOLIOS[r.portfolio]],
                    ["Cabinet Member consulted" if r.cabinet else "Executive Member consulted",
                     f"{who}, {r.role} (consulted on {long(consulted)})"],
                    ["Key decision?", "No"],
                    ["Exempt information?", "None"],
                    ["Contact officer", f"{r.officer[0]}, {r.officer[1]}, {r.officer[2]}"]],
                   header=False, widths=[5.5, 11])
    for row in grid.rows:
        shade(row.cells[0], "E7E6E6")
    r.traits |= {"cover-block", "officer-decision", "trap-other-meeting-date", "trap-phone", "delegation-date",
                 "consultation-date"}
    w.p("1. Decision", bold=True)
    w.p("Having consulted the Cabinet Member, I have decided:" if r.cabinet else
        "Having consulted the Executive Member, I have decided:")
    items = [decision(d, "to") for d in r.decisions[:3]]
    for i, it in enumerate(items):
        t = it + ("; and" if i == len(items) - 2 else ";" if i < len(items) - 1 else ".")
        w.p(f"({ROMAN[i]})\t{t}")
        r.commit(t)
    r.traits |= {"roman-items", "typed-numbering", "lead-in"}
    w.p("2. Reasons for the decision", bold=True)
    f0 = rng.choice(figs)
    w.p(f"{background(r, 1)[0]} Schedule 1 sets out the position at the end of {as_at:%B %Y}; "
        f"{noun(rng, f0.key)} stood at {f0.show(f0.history[0])} in {ly:%B %Y}.")
    r.traits |= {"earlier-period-in-sentence", "same-period-last-year"}
    w.p("3. Alternative options considered and rejected", bold=True)
    w.p(f"Option A: {decision(r.decisions[-1], 'to')} in the North locality only. Rejected: it would leave "
        "two-thirds of demand unmet.")
    w.p("Option B: take no action. Rejected.")
    r.traits |= {"options-appraisal", "trap-rejected-option"}
    w.p("4. Consultation", bold=True)
    ward = rng.sample(WARDS, 2)
    col = colleague(r)
    txt = f"The {r.role} was consulted and supports the decision. Ward members for {ward[0]} and {ward[1]} were informed."
    if col:
        txt += f" Councillor {col[0].name} ({PORTFOLIOS[col[1]]}) was consulted on the joint funding."
        r.traits.add("other-member-named")
    w.p(txt)
    w.p("5. Financial and other implications", bold=True)
    w.p(f"{trap_lines(r, ['trap-money'])[0]} {trap_lines(r, ['trap-ages'])[0]}")
    r.traits.add("implications")
    w.p("6. Declarations of interest", bold=True)
    w.p(f"None declared by the decision taker or by the {r.executive} Member consulted.")
    w.p("Signed: ......................................   (decision taker)")
    w.p(f"{director}, {dtitle}    Date: {slash(r.meeting)}")
    w.p("Signed: ......................................   (Member consulted)")
    w.p(f"{who}    Date: {slash(consulted)}")
    r.traits |= {"signature", "slash-date"}
    w.p(f"Published on the council's website on {long(r.meeting + dt.timedelta(days=rng.randint(2, 5)))}.", size=9)
    r.traits.add("trap-publication-date")
    # Schedule 1: by locality
    w.doc.add_page_break()
    w.p("Schedule 1: Position by locality", bold=True, size=13)
    w.p(f"Figures at {long(as_at)} (month end). Borough totals are the figures reported to the {r.executive} Member.")
    r.traits |= {"schedule", "locality-columns", "total-column", "figures-at-heading", "trap-subcount",
                 "same-period-last-year", "target-column", "rate-row", "performance-table"}
    rows = [["Measure", *LOCALITIES, "Borough total", f"{ly:%b %Y}", "Target"]]
    for f in figs:
        if f.percent:
            parts = [f"{min(99.0, max(5.0, f.value + rng.uniform(-7, 7))):.1f}%" for _ in LOCALITIES]
        else:
            v = int(f.value)
            a = int(v * rng.uniform(0.25, 0.4))
            b = int(v * rng.uniform(0.25, 0.4))
            parts = [f"{a:,}", f"{b:,}", f"{v - a - b:,}"]
        rows.append([f.label, *parts, f.show(), f.show(f.history[0]), f.target])
        if f.rate is not None:
            rows.append([f"Rate per {f.metric.rate_per:,} {rate_words(f).split(' ', 3)[3]}", "-", "-", "-",
                         f"{f.rate:.1f}", f"{f.rate_at(f.history[0], ly):.1f}", "-"])
    lab, vals = lookalike(r, 2)
    rows.append([lab, "-", "-", "-", vals[0], vals[1], "-"])
    table(w, rows, widths=[5, 1.8, 1.8, 1.8, 2.2, 2, 1.8], size=9)
    w.p(f"{cross(r, as_at)} {trap_lines(r, ['trap-percent'])[0]}", size=9)
    return _out(r, final, work, w, pdf)


# =====================================================================================
# budget-book-portfolio-page
# =====================================================================================

def _columns(section, n: int) -> None:
    sectPr = section._sectPr
    cols = sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        sectPr.append(cols)
    cols.set(qn("w:num"), str(n))
    cols.set(qn("w:space"), "567")


def make_budget(r: Report, final: Path, work: Path, pdf: bool = False) -> Job:
    rng = r.rng
    q_end = last_quarter_end(r.meeting - dt.timedelta(days=rng.randint(30, 55)))
    figs = r.draw(rng.randint(3, 4), q_end, n_history=1, rates=1.0)
    r.figs = list(figs)
    nfy = fin_year(r.meeting + dt.timedelta(days=60))
    cfy = fin_year(r.meeting)
    pfy = fin_year(r.meeting - dt.timedelta(days=365))
    form = ["full", "cllr-full", "councillor-initial", "cllr-dot", "full"][r.variant % 5]
    who, t = member_text(r, form)
    r.traits |= t
    dform = r.variant % 2
    meet = [long(r.meeting, weekday=True), slash(r.meeting)][dform]
    r.traits |= [{"weekday-date"}, {"slash-date"}][dform]
    w = Word("Arial", 10)
    w.p(f"REVENUE BUDGET AND COUNCIL TAX {nfy}", bold=True, size=12)
    w.p(f"Appendix C: Portfolio statements - Budget Council, {meet}", bold=True)
    w.p(f"Portfolio: {PORTFOLIOS[r.portfolio]}", bold=True, size=16)
    w.p(f"Portfolio Holder: {who}")
    w.p(f"Lead officer: {DIRECTORS[r.portfolio][0]}, {DIRECTORS[r.portfolio][1]}")
    r.traits |= {"budget-book", "cover-lines", "portfolio-holder-label"}
    sec = w.doc.add_section(WD_SECTION.CONTINUOUS)
    _columns(sec, 2)
    r.traits.add("newspaper-columns")
    w.p("Portfolio Holder's statement", bold=True, size=11)
    st = f"{background(r, 1)[0]} This statement sets out what the budget for {nfy} will pay for."
    if r.predecessor:
        st += f" I am grateful to Councillor {r.predecessor.name}, my predecessor, for the foundations laid."
        r.traits.add("predecessor-thanked")
    w.p(st)
    w.p(f"Key facts at {long(q_end)}", bold=True, size=11)
    r.traits |= {"figures-at-heading", "key-facts"}
    for f in figs:
        line = f"{f.show()} {noun(rng, f.key)}"
        if f.rate is not None:
            line += f" ({rate_words(f)})"
            r.traits.add("rate-in-line")
        w.p(line, style="List Bullet")
    staff = f"{rng.randint(40, 260)}.{rng.randint(1, 9)}"
    w.p(f"{staff} full-time equivalent staff", style="List Bullet")
    w.p(f"£{rng.randint(3, 60)}.{rng.randint(1, 9)}m gross expenditure", style="List Bullet")
    r.traits |= {"trap-fte", "trap-money"}
    w.p(f"Budget summary (£000)", bold=True, size=11)
    heads = ["Subjective heading", f"{cfy} budget", f"{cfy} forecast", f"{nfy} proposed"]
    rows = [heads]
    net = [0, 0, 0]
    for name in ["Employees", "Premises", "Transport", "Supplies and services", "Third party payments", "Income"]:
        base = rng.randint(90, 9000) * (-1 if name == "Income" else 1)
        vals = [base, int(base * rng.uniform(0.95, 1.08)), int(base * rng.uniform(0.97, 1.06))]
        net = [a + b for a, b in zip(net, vals)]
        rows.append([name, *[f"({-v:,})" if v < 0 else f"{v:,}" for v in vals]])
    rows.append(["Net budget", *[f"{v:,}" for v in net]])
    table(w, rows, widths=[2.4, 1.8, 1.8, 1.8], size=8.5)
    r.traits |= {"money-in-thousands", "trap-money-table"}
    w.p("Savings and growth", bold=True, size=11)
    w.p(f"{r.portfolio[:3].upper()}-S{rng.randint(1, 9)}: review of contracts, £{rng.randint(40, 400)}k saving in {nfy}.")
    w.p(f"{r.portfolio[:3].upper()}-G{rng.randint(1, 9)}: demand growth, £{rng.randint(100, 900)}k added to the base budget.")
    w.p("Performance measures", bold=True, size=11)
    r.traits |= {"period-columns", "target-column", "outturn-column", "performance-table"}
    rows = [["Measure", f"{pfy} outturn", f"{cfy} Q{quarter_name(q_end, 'short')[1]}", f"{nfy} target"]]
    star = rng.choice(figs)
    for f in figs:
        v = f.show() + ("*" if f is star else "")
        if f is star:
            f.marker = "star"
        rows.append([f.label, f.show(f.history[0]), v, f.target])
    lab, vals = lookalike(r, 2)
    rows.insert(rng.randint(1, len(rows)), [lab, vals[0], vals[1], "-"])
    table(w, rows, widths=[2.4, 1.8, 1.8, 1.8], size=8.5)
    w.p(f"* provisional. Q{quarter_name(q_end, 'short')[1]} = position at {slash(q_end)}.", size=8)
    ext = later(r, figs, r.meeting - dt.timedelta(days=rng.randint(10, 25)))
    if ext:
        r.figs.append(ext)
        w.p(f"Since the quarter end: {ext.show()} {noun(rng, ext.key)} at {long(ext.as_of)}.")
    w.p(f"{subcount(r, rng.choice([f for f in figs if not f.percent] or figs))} "
        f"{' '.join(trap_lines(r, ['trap-other-council', 'trap-percent']))}")
    w.p(cross(r, q_end))
    w.p(f"Priorities for {nfy}", bold=True, size=11)
    for i, p in enumerate(r.priorities[:3]):
        w.p(f"{i + 1}. {p}.")
        r.commit(p + ".")
    r.traits |= {"typed-numbering", "priorities"}
    col = colleague(r)
    if col:
        w.p(f"Cross-cutting: with Cllr {col[0].first[0]}. {col[0].surname} ({PORTFOLIOS[col[1]]}) on the shared "
            "prevention budget.")
        r.traits.add("other-member-named")
    w.p(f"{r.member.name}", italic=True)
    w.p(f"{r.role}, {long(r.report_date)}")
    r.traits |= {"signature", "report-date-before-meeting-date"}
    w.p(f"Council is recommended to approve the {nfy} budget for the portfolio as part of the Revenue Budget.",
        size=9)
    r.traits.add("standing-resolution")
    w.p(f"Enquiries: Finance Business Partner, 01632 94{rng.randint(1000, 9999)}", size=8)
    r.traits.add("trap-phone")
    return _out(r, final, work, w, pdf)


# =====================================================================================
# foi-response-letter
# =====================================================================================

def make_foi(r: Report, final: Path, work: Path, pdf: bool = True) -> Job:
    rng = r.rng
    q_end = last_quarter_end(r.report_date - dt.timedelta(days=rng.randint(8, 30)))
    prev = quarters_back(q_end, 2)[0]
    figs = r.draw(rng.randint(3, 4), q_end, n_history=1, rates=0.9)
    r.figs = list(figs)
    received = r.meeting + dt.timedelta(days=rng.randint(3, 12))
    sent = received + dt.timedelta(days=rng.randint(12, 26))
    form = ["cllr-dot", "full", "cllr-full", "councillor-initial"][r.variant % 4]
    who, t = member_text(r, form)
    r.traits |= t
    dform = r.variant % 3
    meet = [long(r.meeting, weekday=True), slash(r.meeting), ordinal_long(r.meeting)][dform]
    r.traits |= [{"weekday-date"}, {"slash-date"}, {"ordinal-date"}][dform]
    ref = f"FOI-{received.year}-{rng.randint(1000, 9999):05d}"
    w = Word("Arial", 10.5)
    w.p(COUNCIL, bold=True, size=14, align="right")
    w.p("Information Governance Team", align="right")
    w.p(ADDRESS, align="right", size=9)
    w.p(f"foi@{DOMAIN}  |  01632 94{rng.randint(1000, 9999)}", align="right", size=9)
    w.p("")
    w.p(f"Our ref: {ref}")
    w.p(f"Date: {long(sent)}")
    w.p("")
    w.p("Dear Requester,")
    w.p("Freedom of Information Act 2000 - request for information", bold=True)
    w.p(f"Thank you for your request, received on {long(received)}, about the report '{r.title}' considered by "
        f"the {r.executive} at its meeting on {meet} (agenda item {r.item}). Your questions and our answers are "
        "below.")
    r.traits |= {"letter", "trap-letter-date", "trap-request-date", "agenda-item-number", "questions-and-answers"}
    w.p("Question 1: Who presented the report, and what figures did it give?", bold=True)
    w.p(f"The report was presented by the {r.role}, {who}. It gave the following figures for "
        f"{quarter_name(q_end, 'quarter')}, at {long(q_end)}:")
    rows = [["Indicator", "Figure reported", "Previous quarter"]]
    for f in figs:
        cell = f.show() + (f" ({rate_words(f, short=True)})" if f.rate is not None else "")
        rows.append([f.label, cell, f.show(f.history[0])])
    table(w, rows, widths=[8, 4, 3.5], size=9.5)
    r.traits |= {"figures-at-heading", "period-columns", "performance-table", "rate-in-line"}
    ext = later(r, figs, r.meeting - dt.timedelta(days=rng.randint(1, 6)))
    if ext:
        r.figs.append(ext)
        w.p(f"At the meeting the {r.executive} Member also gave a more recent count: {ext.show()} "
            f"{noun(rng, ext.key)} on {long(ext.as_of)}.")
    w.p(f"Question 2: What did the {r.executive} decide?", bold=True)
    w.p(f"The minutes record that the {r.executive} RESOLVED:")
    w.p("(i) to note the performance information in the report;")
    items = [decision(d, "to") for d in r.decisions[:3]]
    for i, it in enumerate(items):
        t = it + ("; and" if i == len(items) - 2 else ";" if i < len(items) - 1 else ".")
        w.p(f"({ROMAN[i + 1]}) {t}")
        r.commit(t)
    r.traits |= {"roman-items", "typed-numbering", "standing-resolution", "resolved-wording"}
    nxt = r.meeting + dt.timedelta(weeks=rng.randint(3, 5))
    w.p(f"The minutes are due to be confirmed at the {r.executive}'s next meeting on {long(nxt)}.")
    r.traits.add("trap-other-meeting-date")
    w.p("Question 3: How many of these were new cases?", bold=True)
    g = rng.choice([f for f in figs if not f.percent] or figs)
    w.p(f"{subcount(r, g)} Where a number is fewer than 5 we have withheld it under section 40(2) of the Act "
        "(personal information), to prevent the identification of individuals.")
    r.traits.add("trap-section-number")
    w.p("Question 4: How much does the service cost, and how does it compare with other councils?", bold=True)
    w.p(f"{trap_lines(r, ['trap-money'])[0]} {trap_lines(r, ['trap-other-council'])[0]} "
        f"{trap_lines(r, ['trap-percent'])[0]} We do not hold figures for other councils; "
        f"this one is taken from its published report.")
    w.p(cross(r, q_end))
    col = colleague(r)
    if col:
        w.p(f"You also asked about the {PORTFOLIOS[col[1]]} portfolio; please note that Councillor "
            f"{col[0].name} holds that portfolio and a separate request has been logged.")
        r.traits.add("other-member-named")
    if r.predecessor:
        w.p(f"For completeness, the report also thanked Councillor {r.predecessor.name}, the previous portfolio "
            "holder.")
        r.traits.add("predecessor-thanked")
    w.p("Your right to complain", bold=True)
    w.p("If you are unhappy with this response you may ask for an internal review within 40 working days of the "
        "date of this letter. If you remain dissatisfied you may complain to the Information Commissioner's "
        "Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF (telephone 0303 123 1113).")
    r.traits |= {"trap-phone", "trap-postcode"}
    w.p("Yours faithfully,")
    w.p("")
    w.p(f"{rng.choice(['Karen Holdsworth', 'Darren Ellison', 'Jas Bains'])}")
    w.p("Information Governance Officer")
    r.traits.add("report-date-before-meeting-date")
    w.p(f"{r.executive} papers for this meeting were published on {long(r.report_date)}.", size=8)
    r.traits.add("trap-publication-date")
    return _out(r, final, work, w, pdf=True)
