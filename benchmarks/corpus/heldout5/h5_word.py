"""Held-out-5 templates written in Word (python-docx through ../heldout3/h3_word.Writer):

  cabinet-member-decision-notice  a county-style record of an individual Cabinet Member decision,
                                  with a boxed DECISION panel, printed to PDF
  lead-member-kpi-report          a London borough's Lead Member report: 'Classification:
                                  Unrestricted', a KPI table with arrows and RAG words
  ph-annual-report-dashboard      a Portfolio Holder's annual report to Council: a summary
                                  dashboard and five financial years as columns
  long-format-performance-return  a performance return whose table repeats each indicator's row
                                  once per quarter (long format)
  headline-bullets-briefing       a Cabinet report whose figures sit in bulleted 'headlines'
                                  ('• 552 children looked after (up from 540)')

Each may go on through LibreOffice (ODT or PDF) and the scanner: see make.py.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from council import COUNCIL
from h2_docx import Cell
from h3_model import quarter_of
from h3_word import Writer, docx_job
from h5_model import (DAYS, MONTHS, Fig, Job, Report, background, colleague, cross, dotted, fin_year,
                      last_month_end, last_quarter_end, later, long_date, lookalike, member_as, mon_yy,
                      month_end, name_traits, noun, ordinal, per_words, quarter_name, quarters_back, slash,
                      status, step, subcount, trap_lines)
from h5_words import DIRECTORS, decision

ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii"]
SHORT_MON = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]


def abbr_ordinal(d: dt.date) -> str:
    """'4th Sept. 2019'"""
    return f"{ordinal(d.day)} {SHORT_MON[d.month - 1]} {d.year}"


def short_weekday(d: dt.date) -> str:
    """'Wed 4/9/19'"""
    return f"{DAYS[d.weekday()][:3]} {d.day}/{d.month}/{d.year % 100:02d}"


def mark(f: Fig, how: str = "docx") -> str:
    v = f.show()
    if f.marker == "star":
        return v + "*"
    if f.marker == "p":
        return v + " (p)"
    if f.marker == "sup":
        return v + ("^1^" if how == "docx" else "[1]")
    return v


NOTE = {"star": "* Provisional figure, subject to validation.", "p": "(p) = provisional",
        "sup": "^1^ Revised after data cleansing; not comparable with earlier quarters."}


def _between(rng, rows: list) -> int:
    """Where a look-alike row may go: never between a figure's row and the rate row under it."""
    ok = [i for i in range(1, len(rows) + 1)
          if i == len(rows) or not rows[i][0].text.lstrip().lower().startswith("rate per")]
    return rng.choice(ok)


def _box(t, fill: str = "F2F2F2", size: int = 12) -> None:
    """A heavy border round a one-cell table: the decision box."""
    tblpr = t._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right"):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), str(size))
        e.set(qn("w:color"), "000000")
        b.append(e)
    tblpr.append(b)


def _cell_paras(w: Writer, cell, lines: list[tuple[str, dict]]) -> None:
    first = True
    for text, kw in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        w.runs(p, text, bold=kw.get("bold", False), size=kw.get("size"))
        if kw.get("indent"):
            from docx.shared import Cm
            p.paragraph_format.left_indent = Cm(kw["indent"])
            p.paragraph_format.first_line_indent = Cm(-0.9)


# =====================================================================================
# Record of a Cabinet Member decision (county style), printed to PDF
# =====================================================================================

def make_decision(r: Report, final: Path, work: Path, pdf: bool = True) -> Job:
    rng = r.rng
    q_end = last_quarter_end(r.report_date - dt.timedelta(days=rng.randint(15, 35)))
    prev_q = quarters_back(q_end, 2)[0]
    figs = r.draw(rng.randint(3, 4), q_end, n_history=1, rates=0.9)
    r.figs = list(figs)
    w = Writer(r.report_date, author="Democratic Services", font="Arial", size=10.5, title="Record of Decision",
               margins=2.0)
    w.header(f"{COUNCIL}", "Record of Decision", size=8)
    w.header("Decision records are published under the Local Authorities (Executive Arrangements) Regulations 2012",
             "{PAGE}", size=7, footer=True)
    w.para("RECORD OF A CABINET MEMBER DECISION", bold=True, size=15, after=2)
    w.para("Individual decision taken under the Leader's scheme of delegation", size=9, after=10)
    form, who = member_as(rng, r.member, ["full", "cllr-full", "councillor-initial", "cllr-dot"])
    r.traits |= name_traits(form)
    ref = f"CMD/{r.meeting.year}/{rng.randint(11, 140):03d}"
    dform = r.variant % 3
    decided = {0: abbr_ordinal(r.meeting), 1: r.meeting.isoformat(), 2: f"{DAYS[r.meeting.weekday()]} {ordinal(r.meeting.day)} {MONTHS[r.meeting.month - 1]} {r.meeting.year}"}[dform]
    r.traits |= {0: {"abbreviated-ordinal-date"}, 1: {"iso-date"}, 2: {"weekday-date"}}[dform]
    published = r.meeting + dt.timedelta(days=rng.randint(1, 3))
    callin = published + dt.timedelta(days=5 + (2 if published.weekday() > 2 else 0))
    L = lambda t: Cell(t, bold=True, shade="D9D9D9")
    rows = [[L("Decision maker"), Cell(f"{who}\n{r.role}")],
            [L("Decision reference"), Cell(ref)],
            [L("Subject"), Cell(r.title)],
            [L("Date of decision"), Cell(decided)],
            [L("Key decision"), Cell(rng.choice(["Yes – included in the Forward Plan", "No"]))],
            [L("Report author"), Cell(f"{r.officer[0]}, {r.officer[1]}")],
            [L("Date record published"), Cell(slash(published))],
            [L("Call-in period ends"), Cell(f"5pm, {long_date(callin)}")]]
    w.table(rows, [4.8, 12.2], size=9.5)
    r.traits |= {"cover-block", "decision-notice-fields", "trap-publication-date", "trap-call-in-date", "slash-date"}

    def head(t):
        w.para(t, bold=True, size=11.5, before=8, keep=True)
    head("1. Summary")
    w.para(f"1.1\tThis record sets out a decision of the {r.role} on '{r.title}'. The officer report, "
           f"dated {long_date(r.report_date)}, was considered by the Cabinet Member before the decision was taken.",
           hanging=1.0)
    r.traits.add("report-date-before-meeting-date")
    head("2. Background")
    bg = background(r, 2)
    w.para(f"2.1\t{bg[0]} {trap_lines(r, ['trap-years'])[0]}", hanging=1.0)
    w.para(f"2.2\tThe position at the end of {quarter_name(q_end, 'quarter')} ({long_date(q_end)}) is shown below, "
           f"with the previous quarter for comparison. Rates are shown in brackets.", hanging=1.0)
    head_cells = [Cell(t, bold=True, shade="BFBFBF") for t in
                  ("Measure", f"{quarter_name(prev_q, 'q')}", f"{quarter_name(q_end, 'q')}", "England")]
    trs = []
    for f in figs:
        pv = f.history[-1]
        cur = mark(f)
        prv = f.show(pv)
        if f.rate is not None:
            cur += f" ({f.rate:.1f})"
            prv += f" ({f.rate_at(pv, prev_q):.1f})"
            r.traits.add("rate-in-brackets")
        eng = f"{rng.uniform(30, 95):.1f}%" if f.percent else (f"({rng.uniform(20, 80):.1f})" if f.rate is not None else "–")
        trs.append([Cell(f.label), Cell(prv, align="right"), Cell(cur, align="right"), Cell(eng, align="right")])
    lab, lv = lookalike(r, 2)
    trs.insert(rng.randint(1, len(trs)), [Cell(lab), Cell(lv[0], align="right"), Cell(lv[1], align="right"), Cell("–")])
    w.table([head_cells] + trs, [7.4, 3.2, 3.2, 3.2], size=9.5, header_rows=1)
    rated = [f for f in figs if f.rate is not None]
    if rated:
        f = rated[0]
        w.para(f"Rates in brackets: per {f.metric.rate_per:,} of the relevant population (ONS mid-year estimates).", size=8)
    notes = [NOTE[f.marker] for f in figs if f.marker]
    for n_ in notes:
        w.para(n_, size=8)
    r.traits |= {"performance-table", "period-columns", "trap-national", "figures-at-heading"}
    big = [f for f in figs if not f.percent]
    w.para(f"2.3\t{subcount(r, rng.choice(big))} {trap_lines(r, ['trap-other-council'])[0]}", hanging=1.0)
    w.para(f"2.4\t{cross(r, q_end)}", hanging=1.0)
    # the decision box
    ds = r.decisions
    lines = [("DECISION", {"bold": True, "size": 12}),
             (f"The {r.role} has decided to:", {})]
    for i, d in enumerate(ds):
        t = decision(d, "lower") + (";" if i < len(ds) - 1 else "; and")
        lines.append((f"({i + 1})\t{t}", {"indent": 0.9}))
        r.commit(t)
    lines.append((f"({len(ds) + 1})\tnote the performance position set out in paragraph 2.2.", {"indent": 0.9}))
    t = w.table([[Cell("", shade="F2F2F2")]], [17.0], size=10.5)
    _cell_paras(w, t.cell(0, 0), lines)
    _box(t)
    r.traits |= {"decision-box", "lead-in", "typed-numbering", "standing-resolution", "numbered-recommendations"}
    head("3. Reasons for the decision")
    w.para(f"3.1\t{bg[1]}", hanging=1.0)
    head("4. Alternative options considered and rejected")
    w.para("4.1\tTo do nothing. This was rejected because it would not address the pressures described above.",
           hanging=1.0)
    head("5. Financial, legal and equality implications")
    w.para(f"5.1\t{trap_lines(r, ['trap-money'])[0]}", hanging=1.0)
    w.para(f"5.2\t{trap_lines(r, ['trap-ages'])[0]}", hanging=1.0)
    head("6. Conflicts of interest and dispensations")
    w.para("None declared.")
    head("7. Consultation")
    earlier = r.meeting - dt.timedelta(weeks=rng.randint(5, 14))
    w.para(f"The Scrutiny Committee considered the proposals at its meeting on {long_date(earlier)}.")
    r.traits.add("trap-other-meeting-date")
    w.para("")
    w.para(f"Signed:\t______________________\t{who}", after=2)
    w.para(f"Date:\t{slash(r.meeting)}", after=8)
    r.traits.add("signature")
    w.para(f"Contact: {r.officer[0]}, {r.officer[2]}, {r.officer[3]}", size=9)
    r.traits.add("trap-phone")
    return docx_job(r, w, final, work, pdf=True)


# =====================================================================================
# London borough Lead Member report with a KPI table (arrows, RAG words)
# =====================================================================================

ARROW = {"up": "↑", "down": "↓", "same": "↔"}


def make_lead_member(r: Report, final: Path, work: Path, pdf: bool = False) -> Job:
    rng = r.rng
    q_end = last_quarter_end(r.report_date - dt.timedelta(days=rng.randint(14, 40)))
    ends = quarters_back(q_end, 2)
    figs = r.draw(rng.randint(3, 5), q_end, n_history=1, rates=0.9)
    if rng.random() < 0.6:
        rng.choice(figs).marker = "sup"
    month = last_month_end(r.report_date - dt.timedelta(days=rng.randint(2, 9)))
    extra = later(r, figs, month) if month > q_end else None
    r.figs = figs + ([extra] if extra else [])
    w = Writer(r.report_date, author=r.officer[0], font="Arial", size=11, title=r.title, margins=2.2)
    w.header("", "Classification: Unrestricted", size=8)
    w.header("", "Page {PAGE} of {NUMPAGES}", size=8, footer=True)
    form, who = member_as(rng, r.member, ["cllr-full", "councillor-initial", "full", "cllr-initial"])
    r.traits |= name_traits(form)
    dform = r.variant % 3
    meet = {0: short_weekday(r.meeting), 1: slash(r.meeting), 2: long_date(r.meeting, weekday=True)}[dform]
    r.traits |= {0: {"weekday-date", "slash-date", "short-slash-date"}, 1: {"slash-date"}, 2: {"weekday-date"}}[dform]
    body = "the Mayor in Cabinet" if r.variant % 2 == 0 else "Cabinet"
    L = lambda t: Cell(t, bold=True)
    rows = [[L("Cabinet"), Cell(meet)],
            [L("Report of:"), Cell(DIRECTORS[r.portfolio])],
            [L("Lead Member"), Cell(f"{who}, Lead Member for {r.portfolio_name}")],
            [L("Originating Officer(s)"), Cell(f"{r.officer[0]}, {r.officer[1]}")],
            [L("Wards affected"), Cell("All wards")],
            [L("Key Decision?"), Cell("Yes" if len(r.decisions) > 2 else "No")],
            [L("Forward Plan Notice Published"), Cell(slash(r.meeting - dt.timedelta(days=rng.randint(30, 60))))],
            [L("Reason for Key Decision"), Cell("Significant in terms of its effects on communities")],
            [L("Strategic Plan Priority / Outcome"), Cell("A borough where people feel safe and supported")]]
    w.para(r.title, bold=True, size=15, after=8)
    w.table(rows, [6.0, 10.6], size=10, borders=False)
    r.traits |= {"cover-block", "trap-publication-date"}
    w.para("Executive Summary", bold=True, size=12, before=6)
    w.para(f"This report sets out progress on '{r.title}' and the performance of the service in "
           f"{quarter_name(q_end, 'quarter')}. " + background(r, 1)[0])
    w.para("Recommendations:", bold=True, size=12, before=6, keep=True)
    w.para(f"{body[0].upper()}{body[1:]} is recommended to:", keep=True)
    items = [decision(d, "imperative") + "." for d in r.decisions]
    items.append(f"Note the performance information set out in section 3.")
    w.numbered(items, fmt="decimal", text="%1.", indent=1.0, hanging=0.6)
    for t in items[:-1]:
        r.commit(t)
    r.traits |= {"auto-numbering", "lead-in", "standing-resolution", "numbered-recommendations"}
    sec = lambda n, t: w.para(f"{n}.\t{t.upper()}", bold=True, hanging=1.0, before=10, keep=True)
    sec(1, "Reasons for the decisions")
    w.para(f"1.1\t{trap_lines(r, ['trap-wards'])[0]} {trap_lines(r, ['trap-years'])[0]}", hanging=1.0)
    sec(2, "Alternative options")
    w.para("2.1\tCabinet could choose not to agree the recommendations; this is not advised.", hanging=1.0)
    sec(3, f"Performance at {long_date(q_end)}")
    r.traits |= {"figures-at-heading", "typed-numbering"}
    w.para(f"3.1\tThe table below shows the Lead Member's key performance indicators for "
           f"{quarter_name(ends[0], 'quarter')} and {quarter_name(q_end, 'quarter')}. Direction of travel: "
           f"↑ improving, ↓ worsening, ↔ no change.", hanging=1.0)
    hd = [Cell(t, bold=True, shade="1F3864", color="FFFFFF") for t in
          ("KPI", quarter_name(ends[0], "qq"), quarter_name(q_end, "qq"), "DoT", "RAG", "Target", "London")]
    trs = []
    for f in figs:
        pv = f.history[-1]
        better = (f.value < pv) if f.key in ("children-in-need", "child-protection-plans", "children-looked-after",
                                               "temporary-accommodation", "care-home-admissions-65", "housing-register",
                                               "fly-tipping", "missed-bins", "asb-incidents", "young-people-neet") else (f.value > pv)
        arrow = ARROW["same"] if f.value == pv else ("↑" if better else "↓")
        lon = f"{rng.uniform(30, 90):.1f}%" if f.percent else f"{rng.randint(int(f.metric.low), int(f.metric.high)):,}"
        trs.append([Cell(f.label), Cell(f.show(pv), align="right"), Cell(mark(f), align="right"),
                    Cell(arrow, align="center"), Cell(status(f).upper(), align="center"), Cell(f.target, align="right"),
                    Cell(lon, align="right")])
        if f.rate is not None:
            trs.append([Cell(f"   rate per {f.metric.rate_per:,}"), Cell(f"{f.rate_at(pv, ends[0]):.1f}", align="right"),
                        Cell(f"{f.rate:.1f}", align="right"), Cell(""), Cell(""), Cell(""), Cell("")])
            r.traits.add("rate-row")
    lab, lv = lookalike(r, 2)
    trs.insert(_between(rng, trs), [Cell(lab), Cell(lv[0], align="right"), Cell(lv[1], align="right"),
                                   Cell("↔", align="center"), Cell("N/A", align="center"), Cell("–"), Cell("–")])
    w.table([hd] + trs, [5.6, 1.9, 1.9, 1.1, 1.6, 1.9, 1.9], size=9, header_rows=1)
    for f in figs:
        if f.marker:
            w.para(NOTE[f.marker], size=8)
    r.traits |= {"performance-table", "period-columns", "direction-of-travel", "trend-arrows", "rag-column",
                 "rag-words", "target-column", "trap-national", "comparator-column"}
    n = 2
    if extra:
        w.para(f"3.{n}\tMore recent data show {extra.show()} {noun(rng, extra.key)} at {long_date(extra.as_of)}.",
               hanging=1.0)
        n += 1
    big = [f for f in figs if not f.percent]
    w.para(f"3.{n}\t{subcount(r, rng.choice(big))} {trap_lines(r, ['trap-percent'])[0]}", hanging=1.0)
    w.para(f"3.{n + 1}\t{cross(r, q_end)}", hanging=1.0)
    sec(4, "Comments of the Chief Finance Officer")
    w.para(f"4.1\t{trap_lines(r, ['trap-money'])[0]}", hanging=1.0)
    sec(5, "Comments of Legal Services")
    w.para("5.1\tThe recommendations are within the Council's powers.", hanging=1.0)
    sec(6, "Equalities implications")
    w.para(f"6.1\t{trap_lines(r, ['trap-ages'])[0]}", hanging=1.0)
    c = colleague(r)
    if c:
        w.para(f"6.2\tThe Lead Member has discussed the proposals with Councillor {c[0].name}, Lead Member for {c[1]}.",
               hanging=1.0)
        r.traits.add("other-member-named")
    w.para("Linked Reports, Appendices and Background Documents", bold=True, before=10)
    earlier = r.meeting - dt.timedelta(weeks=rng.randint(12, 26))
    w.para(f"Cabinet report, {slash(earlier)}: previous quarter's performance.")
    w.para(f"Officer contact details: {r.officer[0]}, {r.officer[2]}")
    r.traits |= {"trap-other-meeting-date", "trap-phone"}
    return docx_job(r, w, final, work, pdf)


# =====================================================================================
# Portfolio Holder annual report with a dashboard and five years' columns
# =====================================================================================

def make_annual(r: Report, final: Path, work: Path, pdf: bool = False) -> Job:
    rng = r.rng
    ye = dt.date(r.meeting.year, 3, 31) if r.meeting.month >= 5 else dt.date(r.meeting.year - 1, 3, 31)
    fy = fin_year(ye)
    years = [f"{ye.year - 5 + i}/{(ye.year - 4 + i) % 100:02d}" for i in range(5)]
    figs = r.draw(rng.randint(3, 5), ye, n_history=4, rates=0.9)
    if rng.random() < 0.5:
        rng.choice(figs).marker = "star"
    r.figs = list(figs)
    w = Writer(r.report_date, author=r.officer[0], font="Calibri", size=11, title=f"Annual Report {fy}", margins=2.0)
    w.header(f"{COUNCIL}", f"Council – {dotted(r.meeting)}", size=8)
    w.header("", "{PAGE}", size=8, footer=True)
    form, who = member_as(rng, r.member, ["full", "cllr-dot", "cllr-full", "councillor-initial"])
    r.traits |= name_traits(form) | {"dotted-date", "running-header"}
    w.para("Council", size=12, after=0)
    dform = r.variant % 3
    meet = {0: long_date(r.meeting, weekday=True, ordinal_day=True), 1: dotted(r.meeting),
            2: f"{r.meeting.day} {MONTHS[r.meeting.month - 1]} {r.meeting.year}"}[dform]
    if dform == 0:
        r.traits.add("weekday-date")
    w.para(meet, size=12, after=10)
    w.para(f"Portfolio Holder Annual Report {fy}", bold=True, size=20, after=2)
    w.para(f"{r.portfolio_name}", bold=True, size=14, after=2, color="7030A0")
    w.para(f"{who}, {r.role}", size=12, after=10)
    r.traits.add("cover-block")
    w.para("Foreword", bold=True, size=14, color="7030A0")
    fw = f"I am pleased to present my annual report for {fy}, a year of real progress for the service."
    if r.predecessor:
        fw += f" I want to thank Councillor {r.predecessor.name}, who held the portfolio before me, for the foundations laid."
        r.traits.add("predecessor-thanked")
    w.para(fw)
    w.para(background(r, 1)[0] + " " + trap_lines(r, ["trap-teams"])[0])
    w.para(f"Our year at a glance: 31 March {ye.year}", bold=True, size=14, color="7030A0", before=6)
    # dashboard: tiles, two per row
    tiles = []
    for f in figs:
        txt = f"**{mark(f)}**\n{f.label}"
        if f.rate is not None:
            txt += f"\n({per_words(f, r.variant % 2)})"
            r.traits.add("rate-in-line")
        tiles.append(Cell(txt, shade="E4DFEC", align="center"))
    money = Cell(f"**£{rng.randint(3, 29)}.{rng.randint(1, 9)}m**\nnet budget {fy}", shade="E4DFEC", align="center")
    tiles.insert(rng.randint(1, len(tiles)), money)
    if len(tiles) % 2:
        tiles.append(Cell(f"**{rng.randint(3, 8)}**\nservice teams", shade="E4DFEC", align="center"))
    w.table([tiles[i:i + 2] for i in range(0, len(tiles), 2)], [8.5, 8.5], size=11)
    r.traits |= {"dashboard", "figures-box", "trap-money", "figures-at-heading"}
    w.para("Five-year trend", bold=True, size=14, color="7030A0", before=6)
    w.para("Figures are at, or for the year to, 31 March of each year.")
    hd = [Cell("Indicator", bold=True, shade="7030A0", color="FFFFFF")] + \
         [Cell(y, bold=True, shade="7030A0", color="FFFFFF", align="right") for y in years] + \
         [Cell("Target", bold=True, shade="7030A0", color="FFFFFF")]
    trs = []
    for f in figs:
        vals = [f.show(v) for v in f.history] + [mark(f)]
        trs.append([Cell(f.label)] + [Cell(v, align="right") for v in vals] + [Cell(f.target, align="right")])
        if f.rate is not None:
            rates = [f"{f.rate_at(v, dt.date(ye.year - 4 + i, 3, 31)):.1f}" for i, v in enumerate(f.history)] + [f"{f.rate:.1f}"]
            trs.append([Cell(f"Rate per {f.metric.rate_per:,}")] + [Cell(x, align="right") for x in rates] + [Cell("")])
            r.traits.add("rate-row")
    lab, lv = lookalike(r, 5)
    trs.insert(_between(rng, trs), [Cell(lab)] + [Cell(v, align="right") for v in lv] + [Cell("–")])
    w.table([hd] + trs, [5.0, 1.9, 1.9, 1.9, 1.9, 1.9, 1.7], size=9, header_rows=1)
    for f in figs:
        if f.marker:
            w.para(NOTE[f.marker], size=8)
    r.traits |= {"performance-table", "period-columns", "year-columns", "target-column", "trap-years"}
    big = [f for f in figs if not f.percent]
    w.para(subcount(r, rng.choice(big)) + " " + trap_lines(r, ["trap-national"])[0])
    w.para(trap_lines(r, ["trap-other-council"])[0] + " " + cross(r, ye))
    nfy = fin_year(dt.date(ye.year, 4, 1), short=False)
    w.para(f"My priorities for {nfy}", bold=True, size=14, color="7030A0", before=6)
    w.para(f"In {nfy} I will:", keep=True)
    prs = r.priorities
    for i, p in enumerate(prs):
        w.para(f"{i + 1}.\t{p}.", hanging=0.8)
        r.commit(p + ".")
    r.traits |= {"typed-numbering", "lead-in"}
    w.para(who, bold=True, before=8, after=0)
    w.para(r.role)
    r.traits.add("signature")
    w.para("Recommendation", bold=True, size=12, before=6)
    w.para("That Council notes the Portfolio Holder's annual report.")
    r.traits.add("standing-resolution")
    w.para(f"Background papers: Portfolio Holder Annual Report {fin_year(dt.date(ye.year - 1, 3, 31))}, "
           f"Council {long_date(r.meeting - dt.timedelta(weeks=52))}. Contact: {r.officer[0]}, {r.officer[2]}.", size=9)
    r.traits |= {"trap-other-meeting-date", "trap-phone"}
    return docx_job(r, w, final, work, pdf)


# =====================================================================================
# Long-format performance return: one row per indicator per quarter
# =====================================================================================

def make_longformat(r: Report, final: Path, work: Path, pdf: bool = False) -> Job:
    rng = r.rng
    q_end = last_quarter_end(r.report_date - dt.timedelta(days=rng.randint(12, 35)))
    ends = quarters_back(q_end, 4)
    figs = r.draw(rng.randint(3, 4), q_end, n_history=3, rates=0.9)
    if rng.random() < 0.6:
        rng.choice(figs).marker = "p"
    r.figs = list(figs)
    w = Writer(r.report_date, author="Performance and Intelligence", font="Segoe UI", size=10, title=r.title, margins=1.9)
    w.header("OFFICIAL", "", size=8)
    w.header(f"{r.executive} | {r.meeting.isoformat()} | Agenda item {r.item}", "Page {PAGE}", size=8, footer=True)
    r.traits |= {"iso-date", "agenda-item-number", "header-footer"}
    form, who = member_as(rng, r.member, ["cllr-dot", "cllr-initial", "full"])
    r.traits |= name_traits(form)
    w.para(f"{COUNCIL}", bold=True, size=11, after=0)
    w.para(f"Quarterly Performance Return – {r.portfolio_name}", bold=True, size=16, after=6)
    for lab, val in (("Meeting", r.executive), ("Meeting date", r.meeting.isoformat()),
                     ("Portfolio", r.portfolio_name), ("Portfolio Holder", who),
                     ("Report author", f"{r.officer[0]} ({r.officer[1]})"),
                     ("Report date", r.report_date.isoformat())):
        w.para(f"**{lab}:** {val}", after=1)
    r.traits |= {"cover-block", "report-date-before-meeting-date"}
    w.para("1  Purpose", bold=True, size=12, before=10)
    w.para(f"To present the portfolio's performance data for {quarter_name(q_end, 'quarter')} and to seek "
           f"decisions on the actions below.")
    w.para("2  Recommendations", bold=True, size=12, before=6)
    w.para(f"That {r.executive}:", keep=True)
    ds = r.decisions
    for i, d in enumerate(ds):
        t = decision(d, "third") + (";" if i < len(ds) - 1 else ".")
        w.para(f"({chr(97 + i)})\t{t}", hanging=0.9, indent=0.4)
        r.commit(t)
    w.para(f"({chr(97 + len(ds))})\tnotes the performance data in the table at section 4.", hanging=0.9, indent=0.4)
    r.traits |= {"lettered-items", "typed-numbering", "lead-in", "standing-resolution"}
    w.para("3  Context", bold=True, size=12, before=6)
    w.para(background(r, 1)[0] + " " + trap_lines(r, ["trap-wards"])[0])
    w.para("4  Performance data", bold=True, size=12, before=6)
    w.para("The data below are extracted from the corporate performance system; each indicator is listed "
           "once for every quarter in the last year. Rates use the ONS mid-year population estimates.")
    rated = [f for f in figs if f.rate is not None]
    hd = [Cell(t, bold=True, shade="D0CECE") for t in ("Indicator", "Period", "Period end", "Value", "Rate", "Target", "Status")]
    trs = []
    by_period = r.variant % 2 == 1
    lab, lv = lookalike(r, 4)
    entries = []
    for f in figs:
        for k, e in enumerate(ends):
            v = f.value if k == 3 else f.history[k]
            shown = mark(f) if k == 3 else f.show(v)
            rate = ""
            if f.rate is not None:
                rate = f"{(f.rate if k == 3 else f.rate_at(v, e)):.1f} per {f.metric.rate_per:,}"
            st = status(f, v)
            entries.append((f.label, k, e, shown, rate, f.target, st))
    for k, e in enumerate(ends):
        entries.append((lab, k, e, lv[k], "", "–", "–"))
    if by_period:
        entries.sort(key=lambda x: (-x[1]))
    for lab_, k, e, shown, rate, tgt, st in entries:
        trs.append([Cell(lab_), Cell(quarter_name(e, "q")), Cell(slash(e)), Cell(shown, align="right"),
                    Cell(rate, align="right"), Cell(tgt, align="right"), Cell(st)])
    w.table([hd] + trs, [5.4, 2.0, 2.3, 1.8, 2.6, 1.6, 1.6], size=8.5, header_rows=1)
    for f in figs:
        if f.marker:
            w.para(NOTE[f.marker], size=8)
    if rated:
        r.traits.add("rate-column")
    r.traits |= {"performance-table", "long-format-table", "target-column", "rag-column", "slash-date"}
    if by_period:
        r.traits.add("latest-first-rows")
    big = [f for f in figs if not f.percent]
    w.para(f"4.1 {subcount(r, rng.choice(big))} {trap_lines(r, ['trap-regional'])[0]}")
    w.para(f"4.2 {trap_lines(r, ['trap-difference'])[0]} {cross(r, q_end)}")
    w.para("5  Implications", bold=True, size=12, before=6)
    w.para(f"Financial: {trap_lines(r, ['trap-money'])[0]}")
    w.para(f"Legal: none arising. Equalities: {trap_lines(r, ['trap-ages'])[0]}")
    w.para(f"Contact: {r.officer[3]}, telephone {r.officer[2]}", size=9)
    r.traits.add("trap-phone")
    nxt = r.meeting + dt.timedelta(weeks=rng.randint(11, 14))
    w.para(f"The next quarterly return will be presented on {nxt.isoformat()}.", size=9)
    r.traits.add("trap-other-meeting-date")
    return docx_job(r, w, final, work, pdf)


# =====================================================================================
# Cabinet report with bulleted 'headline' figures
# =====================================================================================

def make_headline(r: Report, final: Path, work: Path, pdf: bool = False) -> Job:
    rng = r.rng
    as_at = last_month_end(r.report_date - dt.timedelta(days=rng.randint(4, 20)))
    figs = r.draw(rng.randint(3, 5), as_at, n_history=1, rates=0.9)
    if rng.random() < 0.7:
        rng.choice(figs).marker = rng.choice(["star", "p"])
    r.figs = list(figs)
    w = Writer(r.report_date, author=r.officer[0], font="Arial", size=11, title=r.title, margins=2.5)
    w.header(f"{COUNCIL}", "", size=8)
    form, who = member_as(rng, r.member, ["cllr-dot", "cllr-initial", "councillor-initial", "full"])
    r.traits |= name_traits(form)
    w.para(f"REPORT TO {r.executive.upper()}", bold=True, size=13, after=0)
    dform = r.variant % 3
    meet = {0: long_date(r.meeting, weekday=True, comma=True), 1: abbr_ordinal(r.meeting), 2: short_weekday(r.meeting)}[dform]
    r.traits |= {0: {"weekday-date"}, 1: {"abbreviated-ordinal-date"}, 2: {"weekday-date", "slash-date"}}[dform]
    w.para(f"{meet}", bold=True, size=13, after=8)
    w.para(f"Title:\t{r.title}", hanging=3.5, after=1)
    w.para(f"{r.executive} Member:\t{who} ({r.portfolio_name})", hanging=3.5, after=1)
    w.para(f"Lead officer:\t{r.officer[0]}, {r.officer[1]}", hanging=3.5, after=1)
    w.para(f"Ward(s):\tAll", hanging=3.5, after=10)
    r.traits.add("cover-block")
    w.para("1. Recommendations", bold=True, size=12, before=6)
    w.para(f"1.1\tIt is recommended that {r.executive}:", hanging=1.0, keep=True)
    for i, d in enumerate(r.decisions):
        t = decision(d, "lower") + (";" if i < len(r.decisions) - 1 else ".")
        w.para(f"({ROMAN[i]})\t{t}", hanging=1.0, indent=1.0)
        r.commit(t)
    r.traits |= {"roman-items", "lead-in", "typed-numbering"}
    w.para(f"1.2\tThat {r.executive} notes the headline performance in section 3.", hanging=1.0)
    r.traits.add("standing-resolution")
    w.para("2. Background", bold=True, size=12, before=6)
    w.para(f"2.1\t{background(r, 1)[0]} {trap_lines(r, ['trap-years'])[0]}", hanging=1.0)
    w.para("3. Headlines", bold=True, size=12, before=6)
    w.para(f"3.1\tThe headlines for the portfolio at {long_date(as_at)} are:", hanging=1.0, keep=True)
    r.traits |= {"figures-as-at-sentence", "bullet-figures"}
    bullets = []
    for f in figs:
        pv = f.history[-1]
        dirn = "up from" if pv < f.value else "down from"
        if f.percent:
            b = f"{mark(f)} {noun(rng, f.key)} ({dirn} {f.show(pv)} a month earlier)"
        else:
            b = f"{mark(f)} {noun(rng, f.key)} ({dirn} {f.show(pv)})"
            if f.rate is not None:
                b = f"{mark(f)} {noun(rng, f.key)}, a rate of {per_words(f, r.variant % 3)} ({dirn} {f.show(pv)})"
                r.traits.add("rate-in-line")
        bullets.append(b)
    bullets.insert(rng.randint(1, len(bullets)), trap_lines(r, ["trap-money"])[0].rstrip("."))
    lab, lv = lookalike(r, 1)
    bullets.insert(rng.randint(0, len(bullets)), f"{lv[0]} {lab[0].lower()}{lab[1:]}")
    for b in bullets:
        w.para(f"•\t{b}", hanging=0.6, indent=1.0, after=2)
    for f in figs:
        if f.marker:
            w.para(NOTE[f.marker], size=8, indent=1.0)
    r.traits |= {"trap-difference", "earlier-period-in-brackets"}
    big = [f for f in figs if not f.percent]
    w.para(f"3.2\t{subcount(r, rng.choice(big))} {trap_lines(r, ['trap-other-council'])[0]}", hanging=1.0)
    w.para(f"3.3\t{cross(r, as_at)} {trap_lines(r, ['trap-percent'])[0]}", hanging=1.0)
    w.para("4. Cabinet Member's priorities", bold=True, size=12, before=6)
    w.para(f"4.1\t{who}'s priorities for the coming months are:", hanging=1.0, keep=True)
    prs = r.priorities[:max(1, 5 - len(r.decisions))]
    w.numbered([p + "." for p in prs], fmt="lowerLetter", text="%1)", indent=1.8, hanging=0.7)
    for p in prs:
        r.commit(p + ".")
    r.traits |= {"auto-numbering", "lettered-items"}
    w.para("5. Implications", bold=True, size=12, before=6)
    w.para(f"5.1\tFinance: {trap_lines(r, ['trap-money'])[0]}", hanging=1.0)
    w.para(f"5.2\tEquality: {trap_lines(r, ['trap-ages'])[0]}", hanging=1.0)
    w.para("6. Background papers", bold=True, size=12, before=6)
    earlier = r.meeting - dt.timedelta(weeks=rng.randint(8, 20))
    w.para(f"Report to {r.executive}, {long_date(earlier)}. Contact {r.officer[0]} on {r.officer[2]}.")
    r.traits |= {"trap-other-meeting-date", "trap-phone"}
    return docx_job(r, w, final, work, pdf)
