"""Held-out-6 templates written in Word (python-docx through ../heldout3/h3_word.Writer):

  footnoted-word-report             a metropolitan borough's Cabinet report with Word's own
                                    footnotes (markers on figures) and endnotes (sources), a
                                    reviewer's comments and a tracked figure revision left in
  monthly-scorecard-word            a portrait covering report and a landscape scorecard appendix
                                    with month columns Apr ... Mar, RAG shown only as cell shading
  cabinet-minutes-extract           an extract of the Cabinet's minutes: the member's item with its
                                    RESOLVED (i) (ii) items among other minutes
  corporate-report-section-extract  a Cabinet Member's covering report with an extract of the
                                    council-wide Corporate Performance Report: the directorate's
                                    portfolio sections, the member's own among them

Each may go on through LibreOffice (ODT or PDF) and the scanner: see make.py.
"""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm

from council import COUNCIL, METRICS, PORTFOLIOS, holder
from h2_docx import Cell
from h3_model import history, label_for, target_for, value_for
from h3_word import Writer, docx_job
from h6_model import (DAYS, MONTHS, Fig, Job, Report, background, change_words, colleague, cross, dotted_zero,
                      fin_year, last_month_end, last_quarter_end, later, long_date, lookalike, member_as,
                      member_traits, month_end, month_first, months_back, noun, ordinal, quarter_name,
                      quarters_back, slash, status, step, subcount, trap_lines, weekday_ordinal)
from h6_words import DIRECTORATE, DIRECTORS, decision

ROMAN = ["i", "ii", "iii", "iv", "v", "vi"]
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
RAG_FILL = {"Green": "C6EFCE", "Amber": "FFEB9C", "Red": "FFC7CE"}


# =====================================================================================
# Word's own footnotes and endnotes
# =====================================================================================

class Notes:
    """Footnotes and endnotes as Word stores them (footnotes.xml, endnotes.xml), with the
    separator notes Word writes; a reference is a superscript run holding w:footnoteReference."""

    def __init__(self, w: Writer):
        self.w = w
        self.items = {"footnote": [], "endnote": []}

    def ref(self, p, kind: str, text: str) -> None:
        n = len(self.items[kind]) + 1
        self.items[kind].append(text)
        r = OxmlElement("w:r")
        rpr = OxmlElement("w:rPr")
        va = OxmlElement("w:vertAlign")
        va.set(qn("w:val"), "superscript")
        rpr.append(va)
        r.append(rpr)
        e = OxmlElement(f"w:{kind}Reference")
        e.set(qn("w:id"), str(n))
        r.append(e)
        p._p.append(r)

    def para(self, text: str, **kw):
        """Text with {{fn:...}} and {{en:...}} notes where their markers stand."""
        p = self.w.para("", **kw)
        for tok in re.split(r"(\{\{(?:fn|en):.*?\}\})", text):
            if tok.startswith("{{fn:"):
                self.ref(p, "footnote", tok[5:-2])
            elif tok.startswith("{{en:"):
                self.ref(p, "endnote", tok[5:-2])
            elif tok:
                self.w.runs(p, tok)
        return p

    def cell(self, cell, text: str, kind: str = "footnote", note: str = "", size: float = 9, bold: bool = False) -> None:
        p = cell.paragraphs[0]
        for r in list(p.runs):
            r._r.getparent().remove(r._r)
        self.w.runs(p, text, bold=bold, size=size)
        if note:
            self.ref(p, kind, note)

    def _xml(self, kind: str) -> bytes:
        out = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:{kind}s xmlns:w="{W_NS}">',
               f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
               f'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:{kind}>',
               f'<w:{kind} w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
               f'w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:{kind}>']
        for i, text in enumerate(self.items[kind], 1):
            t = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            out.append(f'<w:{kind} w:id="{i}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
                       f'<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="16"/></w:rPr><w:{kind}Ref/></w:r>'
                       f'<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve"> {t}</w:t></w:r></w:p></w:{kind}>')
        out.append(f"</w:{kind}s>")
        return "".join(out).encode("utf-8")

    def attach(self) -> None:
        doc_part = self.w.d.part
        for kind, rt in (("footnote", RT.FOOTNOTES), ("endnote", RT.ENDNOTES)):
            ct = f"application/vnd.openxmlformats-officedocument.wordprocessingml.{kind}s+xml"
            part = Part(PackURI(f"/word/{kind}s.xml"), ct, self._xml(kind), doc_part.package)
            doc_part.relate_to(part, rt)


def _numbered_heading(w: Writer, n: str, t: str) -> None:
    w.para(f"{n}\t{t}", bold=True, hanging=1.0, before=10, keep=True, size=12)


# =====================================================================================
# footnoted-word-report
# =====================================================================================

SOURCES = ["Source: case management system, snapshot taken on the first working day after the period end.",
           "Source: statutory return data, validated by the Performance and Intelligence Team.",
           "Source: service records; definitions as in the council's indicator handbook (version 4, 2018)."]
FOOTNOTES = ["Provisional: the figure may change when the data are validated at year end.",
             "Revised figure: 14 duplicate records were removed after the previous report.",
             "Excludes 3 cases transferred in from another authority during the last week of the period.",
             "Counted on the last day of the period; not comparable with figures before 2016."]


def make_footnoted(r: Report, final: Path, work: Path, pdf: bool = False) -> Job:
    rng = r.rng
    q_end = last_quarter_end(r.report_date - dt.timedelta(days=rng.randint(18, 40)))
    prev_q, last_year = quarters_back(q_end, 2)[0], quarters_back(q_end, 5)[0]
    figs = r.draw(rng.randint(3, 4), q_end, n_history=4, rates=0.7)
    r.figs = list(figs)
    w = Writer(r.report_date, author=r.officer[0], font="Calibri", size=11, title=r.title, margins=2.3)
    notes = Notes(w)
    w.header("OFFICIAL", "", size=8)
    w.header(f"{COUNCIL} – {r.executive} report", "Page {PAGE} of {NUMPAGES}", size=8, footer=True)
    r.traits |= {"page-x-of-y", "native-footnotes", "native-endnotes", "word-comments", "tracked-changes"}
    if rng.random() < 0.7:
        w.para(f"Agenda Item {r.item}", bold=True, align="right", size=12)
        r.traits.add("agenda-item-number")
    w.para(COUNCIL, bold=True, size=16, after=2)
    w.para(f"Report to {r.executive}", size=13, after=12)
    dform = r.variant % 3
    meet = {0: dotted_zero(r.meeting), 1: weekday_ordinal(r.meeting), 2: dotted_zero(r.meeting, full=True)}[dform]
    r.traits |= {0: {"dotted-date", "zero-padded-dotted-date"}, 1: {"weekday-date", "ordinal-date"},
                 2: {"dotted-date", "zero-padded-dotted-date"}}[dform]
    form, who = member_as(rng, r.member, ["cllr-dotted", "cllr-dot", "councillor-initial"])
    r.traits |= member_traits(form)
    lab = lambda t: Cell(t, bold=True)
    rows = [[lab("Title:"), Cell(r.title)], [lab("Date of meeting:"), Cell(meet)],
            [lab("Lead Member:"), Cell(f"{who} ({r.role})")],
            [lab("Lead officer:"), Cell(f"{DIRECTORS[r.portfolio]}")],
            [lab("Report author:"), Cell(f"{r.officer[0]}, {r.officer[1]}")],
            [lab("Date of report:"), Cell(dotted_zero(r.report_date))],
            [lab("Wards affected:"), Cell("All")], [lab("Key decision:"), Cell(rng.choice(["Yes", "No"]))]]
    t = w.table(rows, [4.5, 11.8], size=10.5, borders=False)
    r.traits |= {"cover-block", "report-date-before-meeting-date", "lead-member-label"}
    _numbered_heading(w, "1.", "Purpose of the report")
    w.para(f"1.1\tTo update {r.executive} on {r.title.lower()} at the end of {quarter_name(q_end, 'quarter')} and to "
           "seek agreement to the recommendations below.", hanging=1.0)
    _numbered_heading(w, "2.", "Recommendations")
    w.para(f"2.1\t{r.executive} is recommended to:", hanging=1.0)
    items = []
    for d in r.decisions:
        items.append(decision(d, "lower") + ";")
        r.commit(items[-1])
    items[-1] = items[-1][:-1] + "; and"
    r.commitments[-1] = r.commitments[-1]
    items.append(f"note the performance information in section 4.")
    w.numbered(items, fmt="lowerRoman", text="(%1)", indent=2.0, hanging=1.0)
    r.traits |= {"auto-numbering", "roman-items", "lead-in", "standing-resolution"}
    _numbered_heading(w, "3.", "Background")
    bg = background(r, 2)
    w.para(f"3.1\t{bg[0]} {trap_lines(r, ['trap-years'])[0]}", hanging=1.0)
    if r.predecessor:
        w.para(f"3.2\tI would like to thank my predecessor, Councillor {r.predecessor.name}, for the work that "
               "began this programme.", hanging=1.0)
        r.traits.add("predecessor-thanked")
    _numbered_heading(w, "4.", "Performance")
    notes.para(f"4.1\tTable 1 sets out the portfolio's indicators at {long_date(q_end)}, with the previous quarter, "
           "the same point last year and the average of our statistical neighbours.{{en:" + SOURCES[r.variant % 3] + "}}",
           hanging=1.0)
    # the table (cells filled by hand: notes sit in cells)
    head = ["Indicator", f"{quarter_name(last_year, 'q')}", f"{quarter_name(prev_q, 'q')}",
            f"{quarter_name(q_end, 'q')}", "Stat. neighbours"]
    noted = rng.sample(figs, min(2, len(figs)))
    blocks = [[("fig", f)] + ([("rate", f)] if f.rate is not None else []) for f in figs]
    lab_, lv = lookalike(r, 3)
    blocks.insert(rng.randint(1, len(blocks)), [("look", (lab_, lv))])
    fixed = [x for b in blocks for x in b]
    tbl = w.table([[Cell(h, bold=True, shade="1F3864", color="FFFFFF") for h in head]] +
                  [[Cell("") for _ in head] for _ in fixed], [6.0, 2.5, 2.5, 2.5, 2.8], size=9.5, header_rows=1)
    for i, (kind, x) in enumerate(fixed, 1):
        cells = tbl.rows[i].cells
        if kind == "fig":
            f = x
            notes.cell(cells[0], f.label, "endnote", "Indicator definition: as in the council's indicator handbook." if f is figs[-1] else "")
            notes.cell(cells[1], f.show(f.history[-4]))
            notes.cell(cells[2], f.show(f.history[-1]))
            note = FOOTNOTES[(r.variant + figs.index(f)) % 4] if f in noted else ""
            notes.cell(cells[3], f.show(), "footnote", note, bold=True)
            sn = f"{rng.uniform(30, 90):.1f}%" if f.percent else f"{rng.randint(int(f.metric.low), int(f.metric.high)):,}"
            notes.cell(cells[4], sn)
        elif kind == "rate":
            f = x
            notes.cell(cells[0], f"   Rate per {f.metric.rate_per:,}")
            notes.cell(cells[1], f"{f.rate_at(f.history[-4], last_year):.1f}")
            notes.cell(cells[2], f"{f.rate_at(f.history[-1], prev_q):.1f}")
            notes.cell(cells[3], f"{f.rate:.1f}")
            notes.cell(cells[4], f"{rng.uniform(20, 90):.1f}")
            r.traits.add("rate-row")
        else:
            lab_, lv = x
            for c, v in zip(cells, [lab_, *lv, "–"]):
                notes.cell(c, v)
    r.traits |= {"performance-table", "period-columns", "same-period-last-year", "comparator-column",
                 "trap-other-council", "figures-at-heading", "superscript-marker", "footnote-on-figure"}
    # prose: the change, then the value (the tracked revision lives here)
    f = rng.choice([x for x in figs if not x.percent])
    cw = change_words(r, f, f.history[-1])
    wrong = f.show(step(rng, f.metric, f.value))
    cut = cw.rfind(f.show())
    cw_tracked = cw[:cut] + f"[-{wrong}-][+{f.show()}+]" + cw[cut + len(f.show()):]
    p = notes.para(f"4.2\tOver the quarter {noun(rng, f.key)} were {cw_tracked}.{{{{fn:Figures in this paragraph "
                   f"are at {long_date(q_end)}.}}}} {subcount(r, f)}", hanging=1.0)
    w.comment(p.runs[:1] or p.runs, f"Please check – the Q{rng.randint(1, 4)} return said {wrong}?", "Performance Team",
              "PT", days_before=3)
    extra = later(r, figs, last_month_end(r.report_date - dt.timedelta(days=rng.randint(3, 9))), rate=False)
    if extra and extra.as_of > q_end:
        r.figs.append(extra)
        p2 = notes.para(f"4.3\tSince the quarter end, the number of {noun(rng, extra.key)} has moved to "
                        f"{extra.show()} at {long_date(extra.as_of)}.{{{{fn:Unvalidated management information.}}}}",
                        hanging=1.0)
        w.comment(p2.runs[:1], f"Do we want to quote the {month_end(extra.as_of.year, extra.as_of.month):%B} figure? "
                  "It has not been through QA.", r.officer[0], "".join(x[0] for x in r.officer[0].split()[:2]), 1)
    w.para(f"4.4\t{trap_lines(r, ['trap-national'])[0]} {cross(r, q_end)}", hanging=1.0)
    _numbered_heading(w, "5.", "Financial implications")
    w.para(f"5.1\t{trap_lines(r, ['trap-money'])[0]}", hanging=1.0)
    _numbered_heading(w, "6.", "Equality implications")
    w.para(f"6.1\t{trap_lines(r, ['trap-ages'])[0]} {trap_lines(r, ['trap-percent'])[0]}", hanging=1.0)
    _numbered_heading(w, "7.", "Background papers")
    earlier = r.meeting - dt.timedelta(weeks=rng.randint(6, 14))
    w.para(f"7.1\t{r.title}: report to {r.executive}, {long_date(earlier)}.", hanging=1.0)
    r.traits.add("trap-other-meeting-date")
    w.para(f"Contact: {r.officer[0]}, {r.officer[1]}. Tel: {r.officer[2]}. Email: {r.officer[3]}", size=9)
    r.traits.add("trap-phone")
    notes.attach()
    return docx_job(r, w, final, work, pdf)


# =====================================================================================
# monthly-scorecard-word
# =====================================================================================

FY_MONTHS = ["Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar"]


def make_scorecard(r: Report, final: Path, work: Path, pdf: bool = False) -> Job:
    rng = r.rng
    latest = last_month_end(r.report_date - dt.timedelta(days=rng.randint(8, 25)))
    fy_start = dt.date(latest.year if latest.month >= 4 else latest.year - 1, 4, 30)
    months = months_back(latest, (latest.year - fy_start.year) * 12 + latest.month - 4 + 1)
    figs = r.draw(rng.randint(3, 5), latest, monthly=True, n_history=len(months) - 1, rates=0.9)
    r.figs = list(figs)
    w = Writer(r.report_date, author=r.officer[0], font="Arial", size=11, title=r.title, margins=2.0)
    w.header(f"{COUNCIL}", f"{r.executive} – {r.title}", size=8)
    w.header("", "{PAGE}", size=8, footer=True)
    dform = r.variant % 3
    meet = {0: month_first(r.meeting), 1: weekday_ordinal(r.meeting), 2: month_first(r.meeting, weekday=True)}[dform]
    r.traits |= {0: {"month-first-date"}, 1: {"weekday-date", "ordinal-date"}, 2: {"month-first-date", "weekday-date"}}[dform]
    form, who = member_as(rng, r.member, ["full", "cllr-full", "cllr-dot", "cllr-dotted"])
    r.traits |= member_traits(form)
    w.para(f"{r.executive.upper()}", bold=True, size=14, after=0)
    w.para(meet, bold=True, size=12, after=10)
    w.para(r.title.upper(), bold=True, size=13, after=4)
    w.para(f"Report of the {r.role}, {who}", italic=True, after=12)
    r.traits.add("cover-lines")
    w.para("Summary", bold=True, size=12, before=6)
    w.para(f"This report presents the portfolio scorecard for {fin_year(latest, False)} to the end of "
           f"{month_name_full(latest)} {latest.year} (Appendix 1). Months not yet reported are left blank. "
           "Performance against target is shown by the shading of each month's cell.")
    r.traits |= {"rag-shading-only", "blank-future-months"}
    w.para("Recommendations", bold=True, size=12, before=6)
    w.para(f"That {r.executive}:")
    for i, d in enumerate(r.decisions):
        t = decision(d, "third") + ("; and" if i == len(r.decisions) - 1 else ";")
        w.para(f"({chr(97 + i)})\t{t}", hanging=1.0)
        r.commit(t)
    w.para(f"({chr(97 + len(r.decisions))})\tnotes the scorecard at Appendix 1.", hanging=1.0)
    r.traits |= {"lettered-items", "typed-numbering", "lead-in", "standing-resolution"}
    w.para("Performance highlights", bold=True, size=12, before=6)
    for f in figs[:2]:
        if len(months) > 1:
            w.para(f"• {in_sentence(f.label)}: {change_words(r, f, f.history[-1])} in {month_name_full(latest)}"
                   + (f" ({f.rate:.1f} per {f.metric.rate_per:,} {POP[f.metric.population]})" if f.rate is not None else "")
                   + ".", indent=0.5)
            if f.rate is not None:
                r.traits.add("rate-in-line")
    big = [f for f in figs if not f.percent]
    w.para(f"{subcount(r, rng.choice(big))} {trap_lines(r, ['trap-regional'])[0]}")
    w.para(f"{cross(r, latest)} {trap_lines(r, ['trap-money'])[0]}")
    w.para("Priorities for the rest of the year", bold=True, size=12, before=6)
    w.para(f"{who} has set the following priorities for the service:")
    prs = r.priorities[:max(2, 5 - len(r.decisions))][:6 - len(r.decisions)]
    w.numbered([p + "." for p in prs], fmt="decimal", text="%1.")
    for p in prs:
        r.commit(p + ".")
    r.traits.add("auto-numbering")
    nxt = r.meeting + dt.timedelta(weeks=rng.randint(4, 8))
    w.para(f"The next scorecard will be reported on {long_date(nxt)}. {trap_lines(r, ['trap-phone'])[0]}")
    r.traits.add("trap-other-meeting-date")
    if r.predecessor and rng.random() < 0.7:
        w.para(f"The scorecard was first introduced by Councillor {r.predecessor.name}, whom I thank.")
        r.traits.add("predecessor-thanked")
    # landscape appendix
    s = w.d.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(29.7), Cm(21.0)
    s.left_margin = s.right_margin = Cm(1.5)
    w.para(f"Appendix 1: {r.portfolio_name} Portfolio Scorecard {fin_year(latest, False)}", bold=True, size=12)
    w.para(f"Data to {month_name_full(latest)} {latest.year}. Shading: green on or better than target, amber within "
           "5% of target, red worse than target.", size=8)
    head = ["Ref", "Indicator", f"{fin_year(latest - dt.timedelta(days=370))} outturn", *FY_MONTHS, "Target"]
    rows = [[Cell(h, bold=True, shade="D9D9D9", align="center") for h in head]]
    code = {"childrens-services": "CS", "education": "ED", "adult-social-care": "AS", "housing": "HO",
            "environment": "EN", "community-safety": "CO", "regeneration": "RE", "finance": "FR",
            "culture": "CL", "public-health": "PH"}[r.portfolio]
    look_at = rng.randint(0, len(figs))
    for i, f in enumerate(figs):
        if i == look_at:
            rows.append(_lookalike_month_row(r, code, len(months)))
        vals = f.history + [f.value]
        cells = [Cell(f"{code}{i + 1:02d}"), Cell(f.label),
                 Cell(f.show(step(rng, f.metric, vals[0]), sign=False) if f.percent else f.show(step(rng, f.metric, vals[0])),
                      align="right")]
        for k in range(12):
            if k < len(vals):
                v = vals[k]
                shade = RAG_FILL[status(f, v)]
                cells.append(Cell(f.show(v, sign=False) if f.percent else f.show(v), align="right", shade=shade))
            else:
                cells.append(Cell(""))
        cells.append(Cell(f.target, align="right"))
        rows.append(cells)
        if f.rate is not None:
            rr = [Cell(""), Cell(f"Rate per {f.metric.rate_per:,} {POP[f.metric.population]}"), Cell("")]
            for k in range(12):
                rr.append(Cell(f"{f.rate_at(vals[k], months[k]):.1f}" if k < len(vals) else "", align="right"))
            rr.append(Cell(""))
            rows.append(rr)
            r.traits.add("rate-row")
    if look_at == len(figs):
        rows.append(_lookalike_month_row(r, code, len(months)))
    w.table(rows, [1.0, 5.2, 1.6] + [1.35] * 12 + [1.4], size=7.5, header_rows=1)
    if any(f.percent for f in figs):
        w.para("Percentage indicators are shown without the % sign.", size=8)
    r.traits |= {"landscape", "monthly-columns", "performance-table", "period-columns", "target-column",
                 "outturn-column", "figures-at-heading", "as-of-month-name"}
    return docx_job(r, w, final, work, pdf)


POP = {"children-0-17": "children aged 0-17", "adults-18-plus": "adults 18+", "older-people-65-plus": "population aged 65+",
       "households": "households"}


def month_name_full(d: dt.date) -> str:
    return MONTHS[d.month - 1]


def in_sentence(label: str) -> str:
    return label[0].upper() + label[1:]


def _lookalike_month_row(r: Report, code: str, n: int) -> list:
    lab, lv = lookalike(r, n)
    return [Cell(f"{code}L"), Cell(lab), Cell("")] + [Cell(lv[k] if k < n else "", align="right") for k in range(12)] + [Cell("")]


# =====================================================================================
# cabinet-minutes-extract
# =====================================================================================

OTHER_ITEMS = [
    ("finance", "Revenue Budget Monitoring – Quarter {q}",
     ["the forecast position be noted", "the budget virements set out in Appendix B be approved"]),
    ("regeneration", "Disposal of Land at Brook Street",
     ["the disposal of the freehold interest be approved", "the Director of Place be authorised to agree the final terms"]),
    ("environment", "Highways Winter Service Plan",
     ["the Winter Service Plan be approved", "the gritting routes shown in Appendix 1 be adopted"]),
    ("culture", "Events and Festivals Programme",
     ["the events programme for the coming year be approved", "the fee for stallholders be frozen"]),
]


def make_minutes(r: Report, final: Path, work: Path, pdf: bool = False) -> Job:
    rng = r.rng
    q_end = last_quarter_end(r.report_date - dt.timedelta(days=rng.randint(14, 30)))
    prev_q = quarters_back(q_end, 2)[0]
    figs = r.draw(rng.randint(3, 4), q_end, n_history=1, rates=0.8)
    r.figs = list(figs)
    w = Writer(r.meeting + dt.timedelta(days=rng.randint(3, 8)), author="Democratic Services", font="Arial", size=11,
               title=f"Minutes – {r.executive} {r.meeting:%d/%m/%Y}", margins=2.2)
    w.header("", "{PAGE}", size=9, footer=True)
    yr = r.meeting.year % 100 if r.meeting.month >= 5 else (r.meeting.year - 1) % 100
    no = rng.randint(30, 110)
    leader = rng.choice(["Councillor Alan Brierley", "Councillor Denise Ormerod"])
    w.para(COUNCIL.upper(), bold=True, size=13, align="center", after=2)
    w.para(r.executive.upper(), bold=True, size=13, align="center", after=8)
    w.para(f"MINUTES of a meeting of the {r.executive} held in the Council Chamber, Town Hall, on "
           f"{DAYS[r.meeting.weekday()]}, {long_date(r.meeting)} at {rng.choice(['10.00 am', '2.00 pm', '5.30 pm'])}", after=8)
    r.traits |= {"weekday-date", "minutes"}
    others = []
    for p in PORTFOLIOS:
        m = holder(p, r.meeting)
        if m and m.key != r.member.key and m not in others:
            others.append(m)
    rng.shuffle(others)
    present = [r.member] + others[:5]
    present.sort(key=lambda m: m.surname)
    w.para(f"PRESENT:\t{leader} (Leader of the Council, in the Chair)", hanging=2.8, after=2)
    w.para("\tCouncillors " + ", ".join(f"{m.first[0]}. {m.surname}" for m in present), hanging=2.8, after=2)
    absent = others[5] if len(others) > 5 else None
    if absent:
        w.para(f"APOLOGIES:\tCouncillor {absent.first[0]}. {absent.surname}", hanging=2.8, after=2)
    w.para(f"OFFICERS:\tChief Executive, {DIRECTORS[r.portfolio]}, Head of Legal and Democratic Services, "
           f"{r.officer[1]}", hanging=2.8, after=10)
    r.traits |= {"other-member-named", "attendance-list"}

    def minute(n: int, title: str):
        w.para(f"{r.executive[:3].upper()}/{n}/{yr:02d}\t{title.upper()}", bold=True, hanging=2.8, before=8, keep=True)
    minute(no, "Declarations of interest")
    w.para("There were no declarations of interest.", indent=2.8)
    minute(no + 1, "Minutes")
    before = r.meeting - dt.timedelta(weeks=rng.randint(3, 6))
    w.para(f"RESOLVED that the minutes of the meeting held on {long_date(before)} be approved as a correct record "
           "and signed by the Chair.", indent=2.8)
    r.traits |= {"trap-other-meeting-date", "resolved-wording"}
    minute(no + 2, f"{r.title} (Agenda item {r.item})")
    r.traits.add("agenda-item-number")
    how = rng.choice(["full", "councillor-initial", "cllr-dot"])
    _, who = member_as(rng, r.member, [how])
    r.traits |= member_traits(how)
    w.para(f"The {r.role}, {who}, presented the report, which set out the position at the end of "
           f"{quarter_name(q_end, 'quarter')}. {background(r, 1)[0]}", indent=2.8)
    # the figures as the minute records them
    parts = []
    for i, f in enumerate(figs):
        s = f"{f.show()} {noun(rng, f.key)}" if not f.percent else f"{f.show()} {noun(rng, f.key)}"
        if f.rate is not None:
            s += rng.choice([f", a rate of {f.rate:.1f} per {f.metric.rate_per:,} {POP[f.metric.population]}",
                             f" ({f.rate:.1f} per {f.metric.rate_per:,})"])
            r.traits.add("rate-in-line")
        if i == 0:
            s += f", compared with {f.show(f.history[-1])} at the end of {quarter_name(prev_q, 'quarter')}"
            r.traits.add("earlier-period-in-sentence")
        elif i == 1:
            s += f" (target {f.target})"
            r.traits.add("target-in-line")
        parts.append(s)
    w.para(f"Members noted that at {long_date(q_end)} there were " + "; ".join(parts[:-1]) + f"; and {parts[-1]}.",
           indent=2.8)
    r.traits |= {"figures-in-minute-prose", "figures-as-at-sentence"}
    extra_on = last_month_end(r.meeting - dt.timedelta(days=rng.randint(3, 12)))
    extra = later(r, figs, extra_on, rate=False)
    if extra and extra.as_of > q_end:
        r.figs.append(extra)
        extra.marker = "p"
        w.para(f"The {r.executive} Member updated the meeting that the figure for {noun(rng, extra.key)} at "
               f"{long_date(extra.as_of)} was {extra.show()} (provisional).", indent=2.8)
    col = colleague(r)
    asker = rng.choice(["Councillor P. Whiteley", "Councillor S. Haworth", "Councillor R. Dyson"])
    pc = trap_lines(r, ['trap-percent'])[0]
    w.para(f"In response to a question from {asker} (Chair of the Overview and Scrutiny Committee), the {r.executive} Member "
           f"said that {pc[0].lower()}{pc[1:]} "
           f"{trap_lines(r, ['trap-other-council'])[0]}", indent=2.8)
    if col:
        w.para(f"Councillor {col[0].first[0]}. {col[0].surname} ({PORTFOLIOS[col[1]]}) welcomed the joint work "
               f"between the two services. {cross(r, q_end)}", indent=2.8)
    if r.predecessor:
        w.para(f"The Leader thanked Councillor {r.predecessor.name}, the previous {r.executive} Member, for the work done "
               "on the programme.", indent=2.8)
        r.traits.add("predecessor-thanked")
    w.para(f"{subcount(r, rng.choice([f for f in figs if not f.percent]))} {trap_lines(r, ['trap-money'])[0]}", indent=2.8)
    w.para("RESOLVED that:", indent=2.8, bold=True, keep=True)
    ds = r.decisions
    for i, d in enumerate(ds):
        t = decision(d, "passive") + ("; and" if i == len(ds) - 1 else ";")
        w.para(f"({ROMAN[i]})\t{t}", indent=2.8, hanging=1.0)
        r.commit(t)
    w.para(f"({ROMAN[len(ds)]})\tthe performance information be noted.", indent=2.8, hanging=1.0)
    r.traits |= {"roman-items", "typed-numbering", "lead-in", "standing-resolution", "resolved-wording"}
    w.para(f"Reason for decision: {background(r, 2)[-1]}", indent=2.8, italic=True)
    # another item, another member
    port, title, res = rng.choice([x for x in OTHER_ITEMS if x[0] != r.portfolio])
    other = holder(port, r.meeting)
    minute(no + 3, title.format(q=rng.randint(1, 3)) + f" (Agenda item {r.item + 1})")
    ow = f"Councillor {other.first[0]}. {other.surname}" if other else "the Leader"
    w.para(f"The {(r.executive + ' Member for ' + PORTFOLIOS[port]) if other else 'Leader'}, {ow}, presented the report. "
           f"{trap_lines(r, ['trap-years'])[0]}", indent=2.8)
    w.para("RESOLVED that:", indent=2.8, bold=True)
    for i, t in enumerate(res):
        w.para(f"({ROMAN[i]})\t{t}{';' if i == 0 else '.'}", indent=2.8, hanging=1.0)
    r.traits |= {"trap-other-item-recommendations", "second-item"}
    w.para(f"The meeting closed at {rng.choice(['11.42 am', '3.17 pm', '6.48 pm'])}.", before=10)
    nxt = r.meeting + dt.timedelta(weeks=rng.randint(3, 5))
    w.para(f"Date of next meeting: {DAYS[nxt.weekday()]}, {long_date(nxt)}.")
    w.para("Chair: ................................................   Date: ....................", before=16)
    w.para(f"These minutes are a draft until approved at the next meeting. Democratic Services: 01632 95{rng.randint(1000, 9999)}",
           size=8)
    r.traits |= {"other-meetings-listed", "trap-phone", "signature"}
    return docx_job(r, w, final, work, pdf)


# =====================================================================================
# corporate-report-section-extract
# =====================================================================================

STATUS_WORDS = {"Green": "On track", "Amber": "Some risk", "Red": "Off track"}


def _other_section_rows(r: Report, port: str, q_end: dt.date, prev: dt.date) -> list:
    rng = r.rng
    pool = [m for m in METRICS if m.portfolio == port and (m.since or q_end) <= q_end]
    rng.shuffle(pool)
    rows = []
    for m in pool[:rng.randint(3, 4)]:
        f = Fig(m, value_for(rng, m), q_end, label=label_for(rng, m, 0.8))
        f.history = history(rng, m, f.value, 1)
        f.target = target_for(rng, f)
        rows.append([Cell(f.label), Cell(f.show(f.history[-1]), align="right"), Cell(f.show(), align="right"),
                     Cell(f.target, align="right"), Cell(STATUS_WORDS[status(f)])])
    r.traits.add("trap-cross-portfolio")
    return rows


def make_section_extract(r: Report, final: Path, work: Path, pdf: bool = False) -> Job:
    rng = r.rng
    q_end = last_quarter_end(r.report_date - dt.timedelta(days=rng.randint(14, 35)))
    prev = quarters_back(q_end, 2)[0]
    figs = r.draw(rng.randint(3, 4), q_end, n_history=1, rates=0.8)
    r.figs = list(figs)
    stars = [f for f in figs if rng.random() < 0.35][:1]
    for f in stars:
        f.marker = "star"
    w = Writer(r.report_date, author=r.officer[0], font="Arial", size=11, title=r.title, margins=2.0)
    w.header("", f"Agenda Item {r.item}", size=10)
    w.header(COUNCIL, "Page {PAGE}", size=8, footer=True)
    r.traits.add("agenda-item-number")
    dform = r.variant % 2
    meet = {0: slash(r.meeting), 1: month_first(r.meeting, weekday=True)}[dform]
    r.traits |= {0: {"slash-date"}, 1: {"month-first-date", "weekday-date"}}[dform]
    form, who = member_as(rng, r.member, ["cllr-dot", "cllr-initial", "full", "cllr-full"])
    r.traits |= member_traits(form)
    qn_ = quarter_name(q_end, "quarter")
    w.para(f"{r.executive.upper()} – {meet}", bold=True, size=12, after=6)
    w.para(f"{qn_.upper()} CORPORATE PERFORMANCE: {r.portfolio_name.upper()} PORTFOLIO", bold=True, size=13, after=4)
    w.para(f"Report of the {r.role} ({who})", after=10)
    r.traits.add("cover-lines")
    _numbered_heading(w, "1.", "Purpose")
    w.para(f"1.1\tTo report the {r.portfolio_name} section of the {qn_} Corporate Performance Report. The "
           f"extract at Appendix A also contains the other sections of the {DIRECTORATE[r.portfolio]} directorate, "
           f"which are reported to {r.executive} by the relevant {r.executive} Members and are included for context only.",
           hanging=1.0)
    _numbered_heading(w, "2.", "Recommendations")
    w.para(f"2.1\tThat {r.executive}:", hanging=1.0)
    items = [decision(d, "third") + ";" for d in r.decisions]
    items[-1] = items[-1][:-1] + "; and"
    for t in items:
        r.commit(t)
    items.append(f"notes the {r.portfolio_name} section of the {qn_} Corporate Performance Report.")
    w.numbered(items, fmt="decimal", text="2.%1.", indent=2.0, hanging=1.0, start=2)
    r.traits |= {"auto-numbering", "lead-in", "standing-resolution", "decimal-sub-numbering"}
    _numbered_heading(w, "3.", "Performance summary")
    own_no = rng.randint(1, 3)
    w.para(f"3.1\tThe {r.portfolio_name} indicators are in section {own_no} of Appendix A. {background(r, 1)[0]}",
           hanging=1.0)
    f = rng.choice([x for x in figs if not x.percent])
    w.para(f"3.2\t{in_sentence(noun(rng, f.key))} were {change_words(r, f, f.history[-1])} over the quarter. "
           f"{trap_lines(r, ['trap-national'])[0]}", hanging=1.0)
    extra = later(r, figs, last_month_end(r.report_date - dt.timedelta(days=rng.randint(3, 10))), rate=True)
    if extra and extra.as_of > q_end:
        r.figs.append(extra)
        rt = f" ({extra.rate:.1f} per {extra.metric.rate_per:,})" if extra.rate is not None else ""
        w.para(f"3.3\tThe latest monthly figure, for {MONTHS[extra.as_of.month - 1]} {extra.as_of.year}, is "
               f"{extra.show()}{rt} {noun(rng, extra.key)}.", hanging=1.0)
        r.traits |= {"as-of-month-name"} | ({"rate-in-line"} if rt else set())
    if r.predecessor:
        w.para(f"3.4\tI thank my predecessor, Councillor {r.predecessor.name}, for the foundations laid.", hanging=1.0)
        r.traits.add("predecessor-thanked")
    _numbered_heading(w, "4.", "Priorities for the next quarter")
    w.para("4.1\tMy priorities for the coming quarter are:", hanging=1.0)
    prs = r.priorities[:max(2, 5 - len(r.decisions))][:6 - len(r.decisions)]
    for i, p in enumerate(prs):
        w.para(f"{i + 1}.\t{p}.", indent=1.0, hanging=0.8)
        r.commit(p + ".")
    r.traits |= {"typed-numbering"}
    _numbered_heading(w, "5.", "Financial implications")
    w.para(f"5.1\t{trap_lines(r, ['trap-money'])[0]} {trap_lines(r, ['trap-teams'])[0]}", hanging=1.0)
    w.para(f"Contact officer: {r.officer[0]}, {r.officer[1]} – {r.officer[2]}", size=9)
    r.traits.add("trap-phone")
    # Appendix A: the extract
    w.page_break()
    w.para(f"Appendix A – Corporate Performance Report, {qn_}: extract", bold=True, size=13)
    w.para(f"{DIRECTORATE[r.portfolio]} directorate. Data as at {long_date(q_end)} unless stated. "
           f"Produced by the Business Intelligence Team on {slash(r.report_date - dt.timedelta(days=rng.randint(2, 6)))}.",
           size=9)
    r.traits |= {"figures-at-heading", "trap-generated-date", "multi-portfolio-extract"}
    group = [p for p in PORTFOLIOS if DIRECTORATE[p] == DIRECTORATE[r.portfolio] and p != r.portfolio]
    rng.shuffle(group)
    order = group[:2]
    order.insert(own_no - 1, r.portfolio)
    head = ["Measure", quarter_name(prev, "q"), quarter_name(q_end, "q"), "Target", "Status"]
    for k, port in enumerate(order, 1):
        h = holder(port, r.meeting)
        hn = f"Cllr {h.first[0]}. {h.surname}" if h else "vacant"
        w.para(f"Section {k}: {PORTFOLIOS[port]} ({r.executive} Member: {hn})", bold=True, size=11, before=8, keep=True)
        rows = [[Cell(x, bold=True, shade="DEEAF6") for x in head]]
        if port == r.portfolio:
            for f in figs:
                rows.append([Cell(f.label), Cell(f.show(f.history[-1]), align="right"),
                             Cell(f.show() + ("*" if f.marker == "star" else ""), align="right"),
                             Cell(f.target, align="right"), Cell(STATUS_WORDS[status(f)])])
                if f.rate is not None:
                    rows.append([Cell(f"  rate per {f.metric.rate_per:,}"),
                                 Cell(f"{f.rate_at(f.history[-1], prev):.1f}", align="right"),
                                 Cell(f"{f.rate:.1f}", align="right"), Cell(""), Cell("")])
                    r.traits.add("rate-row")
            lab, lv = lookalike(r, 2)
            pos = rng.randint(1, len(rows))
            while pos < len(rows) and rows[pos][0].text.startswith("  rate"):
                pos += 1
            rows.insert(pos, [Cell(lab), Cell(lv[0], align="right"), Cell(lv[1], align="right"), Cell(""), Cell("")])
        else:
            rows += _other_section_rows(r, port, q_end, prev)
            r.traits.add("other-member-named")
        w.table(rows, [7.4, 2.3, 2.3, 2.0, 2.6], size=9, header_rows=1)
        if port == r.portfolio and stars:
            w.para("* Provisional, subject to year-end validation.", size=8)
    r.traits |= {"performance-table", "period-columns", "target-column", "status-words", "shared-label-across-sections"}
    return docx_job(r, w, final, work, pdf)
