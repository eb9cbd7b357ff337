"""Held-out-16 templates in Word files written with python-docx (some saved as .odt or PDF by
LibreOffice):

  kpi-monthly-dot-report      a Cabinet report from a unitary council's Word template whose figures
                              sit in a 'Key performance indicators' table with a column per month
                              (six months, the latest on the right), 'Same month last year', the
                              target, a 'Rate per 10,000 (latest month)' column and a 'Direction of
                              travel' column of arrows with Better / Worse; the recommendations in a
                              Word table with 'No. | Recommendation | Reason' columns
  member-report-to-council    a unitary council's 'Report of the Cabinet Member' (before May 2017 the
                              Executive Member) to Council: the
                              member writes in the first person, every figure inside a sentence
                              (with the quarter before, the target, a rate per 10,000, 'provisional'),
                              a 'Looking ahead' list of promises in Word's bullets, written questions
                              from other members, the member's signature
  transposed-save-as-pdf      a report saved to PDF from Word ('Save as PDF', tagged): a two-column
                              cover section, the performance table transposed (the quarters as rows,
                              the indicators as columns, the target and the latest rate as rows
                              under them), the meeting's date only in the footer ('Cabinet 10
                              December 2019 | Page 1 of 4') and the reference line
                              ('CAB/2019-12-10/07'), typed (i) (ii) recommendations
"""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from docx.oxml import parse_xml
from docx.shared import Cm, Pt, RGBColor

from council import COUNCIL
from h7_common import Word
from h16_common import (PORTFOLIOS, ROMAN, W_NS, Job, Report, _extras, arrow, background, cap, dotted, ends, items,
                        long, lookalike, meeting_date, mon, monthly, noun, other_member, perf, promise, quarter_name,
                        rate_words, row_rate, shade, slash, thanks, trap_lines, who)


def _job(r: Report, final: Path, work: Path, w: Word, pdf: bool, tagged: bool = False) -> Job:
    pdf = pdf or final.suffix == ".pdf"
    src = work / (final.stem + ".docx") if (pdf or final.suffix == ".odt") else final
    w.save(src)
    steps = [("lo-tpdf" if tagged else "lo-pdf")] if pdf else (["lo-odt"] if final.suffix == ".odt" else [])
    return Job(r, final, src, steps)


def _cell(cell, parts, size=9.0, bold=False, colour=None, align=None):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    para = cell.paragraphs[0]
    for text, kind in parts:
        run = para.add_run(text)
        run.font.size = Pt(size)
        run.bold = bold or kind == "b"
        run.font.superscript = kind == "sup"
        if colour:
            run.font.color.rgb = RGBColor.from_string(colour)
    if align == "right":
        para.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def _grid(doc, rows, widths=None, size=9.0, head_fill="005EB8", head_colour="FFFFFF", sup=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = doc.styles["Table Grid"]
    for a, row in enumerate(rows):
        for b, val in enumerate(row):
            parts = val if isinstance(val, list) else [(str(val), "")]
            numeric = re.fullmatch(r"[\d,.%*() p-]+|n/a|-", "".join(x for x, _ in parts).strip()) is not None
            _cell(t.cell(a, b), parts, size, bold=a == 0, colour=head_colour if a == 0 else None,
                  align="right" if a and b and numeric else None)
            if a == 0 and head_fill:
                shade(t.cell(a, b), head_fill)
            if widths:
                t.cell(a, b).width = Cm(widths[b])
    if widths:
        t.autofit = False
        for b, wd in enumerate(widths):
            t.columns[b].width = Cm(wd)
    return t


# =====================================================================================
# kpi-monthly-dot-report
# =====================================================================================

def make_kpi(r: Report, final: Path, work: Path, pdf: bool = False) -> Job:
    rng = r.rng
    v = r.variant
    m_end, ms, figs = monthly(r, n=(3, 4), months=6, rates=0.85)
    date = meeting_date(r, [0, 1, 2, 3, 4][v % 5])
    member = who(r, ["cllr-initial", "full", "cllr-dot", "councillor-initial", "cllr-full"][v % 5])
    r.traits |= {"kpi-table", "direction-of-travel", "direction-arrows", "recommendation-reason-table",
                 "year-earlier-column", "rate-column", "agenda-item-number", "report-date-before-meeting-date",
                 "trap-phone", "period-columns", "target-column", "performance-table", "cover-table",
                 "typed-numbering", "decimal-section-numbers"}
    w = Word("Calibri", 11)
    doc = w.doc
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.header.paragraphs[0].text = f"{COUNCIL}  |  {r.executive} Report"
    sec.footer.paragraphs[0].text = f"Classification: OFFICIAL  \u2013  Agenda item {r.item}"
    w.p(COUNCIL, bold=True, size=12)
    w.p(f"Report to {r.executive}", bold=True, size=20)
    w.p(r.title, bold=True, size=14)
    cover = [["Meeting date", date], ["Agenda item", str(r.item)], ["Portfolio Holder", f"{member}, {r.role}"],
             ["Report author", f"{r.officer[0]}, {r.officer[1]}"], ["Contact", f"{r.officer[2]} / {r.officer[3]}"],
             ["Wards affected", "All wards"], ["Report date", long(r.report_date)]]
    t = doc.add_table(rows=len(cover), cols=2)
    t.style = doc.styles["Table Grid"]
    for a, (lab, val) in enumerate(cover):
        _cell(t.cell(a, 0), [(lab, "")], 10, bold=True)
        shade(t.cell(a, 0), "E7EEF8")
        _cell(t.cell(a, 1), [(val, "")], 10)
        t.cell(a, 0).width, t.cell(a, 1).width = Cm(4.5), Cm(12.5)
    w.p()
    w.p("1. Purpose", bold=True, size=12)
    w.p(f"1.1 To set out the {PORTFOLIOS[r.portfolio]} key performance indicators to the end of "
        f"{m_end:%B %Y} and to seek the decisions below.")
    w.p("2. Recommendations", bold=True, size=12)
    body = "Cabinet" if r.cabinet else "the Executive"
    w.p(f"2.1 {body[0].upper() + body[1:]} is asked to agree the recommendations in the table below.")
    its = items(r, "that", f"That {body} notes the key performance indicators in section 4")
    its = [its[0]] + [x.replace("That Cabinet", f"That {body}") for x in its[1:]]
    reasons = ["So that members are aware of performance and can challenge it where needed.",
               "The plan has been consulted on and is ready to be put in place.",
               "It will let the service respond to rising demand within the agreed budget.",
               "It is needed to meet the council's statutory duties."]
    rows = [["No.", "Recommendation", "Reason for recommendation"]]
    for k, it in enumerate(its):
        reason = reasons[0] if k == 0 else reasons[1] if k == 1 else rng.choice(reasons[2:])
        rows.append([str(k + 1), it + ".", reason])
        if k:
            r.commit(it + ".")
    _grid(doc, rows, widths=[1.2, 8.3, 7.5], size=10, head_fill="D9D9D9", head_colour="000000")
    w.p()
    w.p("3. Background", bold=True, size=12)
    for k, tx in enumerate([x for x in (thanks(r), background(r, 1)[0], other_member(r)) if x], 1):
        w.p(f"3.{k} {tx}")
    w.p("4. Key performance indicators", bold=True, size=12)
    w.p(f"4.1 The table shows each indicator month by month to {long(m_end)}, with the same month last year, "
        "the target for the year and the direction of travel against the month before.")
    mark = ["sup", "p", "sup", "star", "p"][v % 5]
    marked = rng.choice(figs)
    marked.marker = mark
    head = ["Indicator"] + [mon(m) for m in ms] + ["Same month last year", "Target", "Rate (latest month)",
                                                   "Direction of travel"]
    rows = [head]
    for f in figs:
        vals = [f.show(x) for x in f.history[1:]] + [f.show()]
        last = [(vals[-1], "")]
        if f is marked:
            last = [(vals[-1], ""), ("1", "sup")] if mark == "sup" else [(vals[-1] + {"p": " (p)", "star": "*"}[mark], "")]
        rows.append([f.label] + vals[:-1] + [last, f.show(f.history[0]), f.target,
                                             f"{f.rate:.1f} per {f.metric.rate_per:,}" if f.rate is not None else "n/a",
                                             arrow(f, f.history[-1])])
    lab, lv = lookalike(r, 7)
    rows.insert(rng.randint(2, len(rows)), [lab] + lv[:6] + [lv[6], "-", "n/a", rng.choice(["\u2191 Worse", "\u2193 Better"])])
    w.p(f"Table 1: Key performance indicators, {PORTFOLIOS[r.portfolio]}", bold=True, size=10)
    _grid(doc, rows, size=8, widths=[3.6] + [1.2] * 6 + [1.5, 1.3, 1.6, 1.8])
    note = {"sup": "1 Provisional: subject to validation at month end.", "p": "(p) provisional figure",
            "star": "* Figure provisional until the statutory return is submitted."}[mark]
    w.p(note, size=8)
    w.p(f"Rates use the ONS mid-year population estimate. Direction of travel: \u2191 up, \u2193 down, "
        "\u2194 no change, against the month before.", size=8)
    n_para = 2
    if any(f.rate is not None for f in figs):
        n_para = 3
        f0 = next(f for f in figs if f.rate is not None)
        w.p(f"4.2 {cap(noun(rng, f0.key))} stood at {f0.show()} at the end of {m_end:%B}, "
            f"{rate_words(f0)}.")
        r.traits.add("rate-in-line")
    extra, money = _extras(r, figs, m_end)
    extra = [x.replace("Since the quarter ended", "Since the month ended") for x in extra]
    for k, tx in enumerate(extra, n_para):
        w.p(f"4.{k} {tx}")
    w.p("5. Implications", bold=True, size=12)
    w.p(f"5.1 Financial: {money}")
    w.p("5.2 Legal: there are no direct legal implications arising from this report.")
    w.p("5.3 Equalities: an equality impact assessment is not required for a performance report.")
    r.traits.add("implications")
    nxt = r.meeting + dt.timedelta(weeks=rng.randint(3, 6), days=2)
    w.p("6. Next steps", bold=True, size=12)
    w.p(f"6.1 The indicators will be reviewed by the Corporate Overview and Scrutiny Committee on "
        f"{long(nxt, weekday=True)}.")
    r.traits |= {"trap-other-meeting-date", "other-meetings-listed"}
    w.p("Background papers: none.", size=10)
    return _job(r, final, work, w, pdf)


# =====================================================================================
# member-report-to-council
# =====================================================================================

def council_parts(r: Report):
    """The report's paragraphs, shared by the Word and the plain-text versions: (kind, text) with
    kind 'title' | 'line' | 'h' | 'p' | 'bullet' | 'sig'."""
    rng = r.rng
    v = r.variant
    q_end, qs, figs = perf(r, n=(3, 4), rates=0.85)
    member = who(r, ["full", "cllr-initial", "cllr-full", "councillor-initial", "cllr-dot"][v % 5])
    date = meeting_date(r, [1, 0, 3, 2, 4][v % 5])
    r.traits |= {"first-person", "prose-figures", "looking-ahead-promises", "questions-from-members", "signature",
                 "cover-lines", "report-date-before-meeting-date", "earlier-period-in-sentence", "target-in-sentence",
                 "agenda-item-number", "no-tables"}
    role = r.role
    out = [("line", COUNCIL), ("title", f"Report of the {role}"), ("line", f"To: Council"),
           ("line", f"Date: {date}"), ("line", f"Agenda item: {r.item} ({'Cabinet' if r.cabinet else 'Executive'} Members' reports)"),
           ("line", f"From: {member}"), ("line", f"Written on: {long(r.report_date)}"),
           ("h", "Introduction")]
    intro = [x for x in (thanks(r), f"This is my report to Council on the work of the {PORTFOLIOS[r.portfolio]} "
                         f"portfolio since the last ordinary meeting. The figures are for {quarter_name(q_end, 'quarter')}, "
                         f"to {long(q_end)}.", background(r, 1)[0], other_member(r)) if x]
    out += [("p", x) for x in intro]
    out.append(("h", f"How we are doing (figures at {long(q_end)})"))
    provisional = rng.choice(figs)
    provisional.marker = "p"
    for k, f in enumerate(figs):
        n = noun(rng, f.key)
        prov = "a provisional " if f is provisional else ""
        rate = f" ({rate_words(f)})" if f.rate is not None else ""
        prev = f.show(f.history[-1])
        if f.percent:
            s = [f"At the end of the quarter {prov}{f.show()} {n}, against {prev} in the quarter before and a target of {f.target}.",
                 f"We reached {prov}{f.show()} {n}{rate}; the quarter before it was {prev} and our target is {f.target}."][k % 2]
        else:
            s = [f"At the end of {quarter_name(q_end, 'quarter')} there were {prov}{f.show()} {n}{rate}, compared with {prev} at the end of the quarter before. Our target is {f.target}.",
                 f"I can report {prov}{f.show()} {n}{rate}, {'up' if f.value > f.history[-1] else 'down'} from {prev} in the previous quarter; the target for the year is {f.target}.",
                 f"We recorded {prov}{f.show()} {n}{rate}, which I know members will want to compare with {prev} last time and the target of {f.target}."][k % 3]
        out.append(("p", s))
        if f.rate is not None:
            r.traits.add("rate-in-line")
    extra, money = _extras(r, figs, q_end)
    out += [("p", x) for x in extra]
    out.append(("p", money))
    out.append(("h", "Looking ahead"))
    out.append(("p", "Over the coming months I will:"))
    pri = r.priorities
    for p in pri:
        out.append(("bullet", promise(p) + "."))
        r.commit(promise(p) + ".")
    nxt = r.meeting + dt.timedelta(weeks=rng.randint(8, 10), days=0)
    out.append(("p", f"I will report again to the Council meeting on {long(nxt, weekday=True)}."))
    r.traits |= {"trap-other-meeting-date", "other-meetings-listed", "standing-resolution", "lead-in"}
    out.append(("h", "Written questions"))
    q1 = rng.choice(["Heptonstall", "Okonjo-Reid", "Barraclough", "Duckworth", "McGarrigle", "Sowerby"])
    out.append(("p", f"Councillor {q1} asked when the service's new case management system will go live. "
                     f"I replied that it is planned for the {rng.choice(['spring', 'autumn'])} and that I will write "
                     "to all members before then."))
    out.append(("h", "Recommendation"))
    out.append(("p", "That Council notes this report."))
    out.append(("sig", f"{member}"))
    out.append(("sig", role))
    out.append(("line", f"Contact officer: {r.officer[0]}, {r.officer[1]}, {r.officer[2]}"))
    r.traits.add("trap-phone")
    return out


def make_council(r: Report, final: Path, work: Path, pdf: bool = False) -> Job:
    parts = council_parts(r)
    w = Word("Arial", 11.5)
    doc = w.doc
    r.traits.add("auto-bullets")
    for kind, text in parts:
        if kind == "title":
            w.p(text, bold=True, size=16)
        elif kind == "line":
            w.p(text, size=11)
        elif kind == "h":
            w.h(text, 2)
        elif kind == "bullet":
            w.p(text, style="List Bullet")
        elif kind == "sig":
            w.p(text, italic=True)
        else:
            w.p(text)
    doc.sections[0].footer.paragraphs[0].text = f"{COUNCIL} \u2013 {'Cabinet' if r.cabinet else 'Executive'} Members' reports to Council"
    return _job(r, final, work, w, pdf)


# =====================================================================================
# transposed-save-as-pdf
# =====================================================================================

def _field(para, instr: str, shown: str):
    """A Word field (PAGE, NUMPAGES) in a paragraph, its last result shown."""
    for xml in (f'<w:r xmlns:w="{W_NS}"><w:fldChar w:fldCharType="begin"/></w:r>',
                f'<w:r xmlns:w="{W_NS}"><w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>',
                f'<w:r xmlns:w="{W_NS}"><w:fldChar w:fldCharType="separate"/></w:r>',
                f'<w:r xmlns:w="{W_NS}"><w:t>{shown}</w:t></w:r>',
                f'<w:r xmlns:w="{W_NS}"><w:fldChar w:fldCharType="end"/></w:r>'):
        para._p.append(parse_xml(xml))


def _cols(sectPr, n: int) -> None:
    cols = sectPr.find(f"{{{W_NS}}}cols")
    if cols is None:
        cols = parse_xml(f'<w:cols xmlns:w="{W_NS}"/>')
        sectPr.append(cols)
    cols.set(f"{{{W_NS}}}num", str(n))
    cols.set(f"{{{W_NS}}}space", "708")


def make_transposed(r: Report, final: Path, work: Path, pdf: bool = False) -> Job:
    from docx.enum.section import WD_SECTION
    rng = r.rng
    v = r.variant
    q_end, qs, figs = perf(r, n=(3, 4), rates=0.85)
    member = who(r, ["cllr-dot", "cllr-full", "full", "cllr-initial", "councillor-initial"][v % 5])
    r.traits |= {"transposed-table", "two-column-cover", "date-in-footer-only", "reference-line-date",
                 "roman-items", "typed-numbering", "decimal-section-numbers", "agenda-item-number",
                 "report-date-before-meeting-date", "trap-phone", "period-columns", "target-column",
                 "performance-table", "page-x-of-y", "save-as-pdf"}
    w = Word("Segoe UI" if v % 2 else "Arial", 10.5)
    doc = w.doc
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.0)
    foot = sec.footer.paragraphs[0]
    foot.add_run(f"{r.executive} {long(r.meeting)} | Page ")
    _field(foot, "PAGE", "1")
    foot.add_run(" of ")
    _field(foot, "NUMPAGES", "4")
    ref = f"{'CAB' if r.cabinet else 'EXE'}/{r.meeting.isoformat()}/{r.item:02d}"
    w.p(COUNCIL.upper(), bold=True, size=11)
    w.p(r.title, bold=True, size=18)
    w.p(f"Ref: {ref}", size=9)
    # the cover in two newspaper columns: continuous section breaks before and after it
    doc.add_section(WD_SECTION.CONTINUOUS)
    cover = [("Report to", r.executive), ("Item", str(r.item)), ("Report of", f"{member}, {r.role}"),
             ("Lead officer", r.officer[0]), ("Job title", r.officer[1]), ("Telephone", r.officer[2]),
             ("Key decision", "No"), ("Wards", "All"), ("Exempt", "No"), ("Report date", long(r.report_date))]
    for lab, val in cover:
        w.runs([(lab + ": ", "b"), (val, "")])
    doc.add_section(WD_SECTION.CONTINUOUS)
    _cols(doc.sections[-2]._sectPr, 2)
    _cols(doc.sections[-1]._sectPr, 1)
    w.p("1. Summary", bold=True, size=12)
    w.p(f"1.1 This report updates the {r.executive} on the {PORTFOLIOS[r.portfolio]} portfolio for "
        f"{quarter_name(q_end, 'quarter')}.")
    w.p("2. Recommendations", bold=True, size=12)
    w.p(f"2.1 The {r.executive} is asked to:")
    its = items(r, "lower", "note the performance set out in Table 1")
    for k, it in enumerate(its):
        p = w.p(f"({ROMAN[k]})\t{it}{ends(k, len(its))}")
        p.paragraph_format.left_indent = Cm(1.2)
        p.paragraph_format.first_line_indent = Cm(-1.2)
        if k:
            r.commit(it + ends(k, len(its)))
    w.p("3. Background", bold=True, size=12)
    for k, tx in enumerate([x for x in (thanks(r), background(r, 1)[0], other_member(r)) if x], 1):
        w.p(f"3.{k} {tx}")
    w.p("4. Performance", bold=True, size=12)
    w.p(f"4.1 Table 1 reads down: each column is an indicator, each row a quarter, the latest quarter "
        f"({quarter_name(q_end)}, to {long(q_end)}) the last before the target.")
    mark = ["star", "sup", "p", "star", "sup"][v % 5]
    marked = rng.choice(figs)
    marked.marker = mark
    lab, lv = lookalike(r, 3)
    cols = figs[:]
    k_look = rng.randint(1, len(cols))
    head = ["Quarter"] + [f.label for f in cols[:k_look]] + [lab] + [f.label for f in cols[k_look:]]
    rows = [head]
    for qi, q in enumerate(qs):
        row = [quarter_name(q)]
        for j, f in enumerate(cols):
            if j == k_look:
                row.append(lv[qi])
            val = f.show(f.history[qi]) if qi < 2 else f.show()
            if qi == 2 and f is marked:
                row.append([(val, ""), ("1", "sup")] if mark == "sup" else val + {"star": "*", "p": " (p)"}[mark])
            else:
                row.append(val)
        if k_look == len(cols):
            row.append(lv[qi])
        rows.append(row)
    pers = {f.metric.rate_per for f in cols if f.rate is not None}
    one_per = len(pers) == 1
    trow = ["Target " + quarter_name(q_end)[3:]]
    rrow = [f"Rate per {next(iter(pers)):,} ({quarter_name(q_end, 'short')})" if one_per else
            f"Rate ({quarter_name(q_end, 'short')})"]
    for j, f in enumerate(cols):
        if j == k_look:
            trow.append("-")
            rrow.append("-")
        trow.append(f.target)
        rrow.append("-" if f.rate is None else f"{f.rate:.1f}" if one_per else f"{f.rate:.1f} per {f.metric.rate_per:,}")
    if k_look == len(cols):
        trow.append("-")
        rrow.append("-")
    rows.append(trow)
    if pers:
        rows.append(rrow)
        r.traits.add("rate-row")
    w.p(f"Table 1: {PORTFOLIOS[r.portfolio]} indicators by quarter", bold=True, size=10)
    _grid(doc, rows, size=8.5, head_fill="44546A")
    w.p({"star": "* provisional", "sup": "1 Provisional; to be confirmed in the year-end return.",
         "p": "(p) provisional"}[mark], size=8)
    extra, money = _extras(r, figs, q_end)
    for k, tx in enumerate(extra, 2):
        w.p(f"4.{k} {tx}")
    w.p("5. Financial and legal implications", bold=True, size=12)
    w.p(f"5.1 {money}")
    w.p("5.2 There are no legal implications.")
    r.traits.add("implications")
    nxt = r.meeting + dt.timedelta(weeks=rng.randint(3, 6), days=2)
    w.p("6. Scrutiny", bold=True, size=12)
    w.p(f"6.1 The Overview and Scrutiny Committee will look at this report on {dotted(nxt)}.")
    r.traits |= {"trap-other-meeting-date", "other-meetings-listed"}
    w.p("Background papers: none.", size=9)
    return _job(r, final, work, w, pdf, tagged=True)
