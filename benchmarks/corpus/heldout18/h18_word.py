"""Held-out-18 templates in Word files written with python-docx (some saved as .odt or PDF by
LibreOffice):

  rag-key-appendix-report     a Cabinet report whose performance table sits in an appendix at
                              the end (after a page break): the value and its unit in separate
                              columns, RAG status as symbols (filled circle, triangle, square)
                              explained by a 'Key:' line under the table, rate rows, 'n/a' cells;
                              the recommendations numbered (i) (ii) by Word's own numbering
  exec-summary-repeat-report  a report in Word's built-in heading styles (one saved as plain text) whose 'Executive summary'
                              repeats the recommendations as bullets and whose last section gives
                              them again typed 1. 2. 3.; small counts written in words
  content-control-template    a modern Word template whose cover values are content controls
                              (plain text, a date picker whose display text is the meeting's date,
                              a drop-down list, one placeholder left unfilled) and whose
                              recommendations sit in a rich-text content control, numbered 1. 2.
                              by Word
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from xml.sax.saxutils import escape as E

from docx.enum.text import WD_BREAK
from docx.oxml import parse_xml
from docx.shared import Cm, Pt, RGBColor

from council import COUNCIL
from h7_common import Word
from h18_common import (KEY, PORTFOLIOS, W_NS, Job, Report, _extras, add_numbering, background, bare, cap, ends,
                        items, long, lookalike, meeting_date, noun, other_member, perf, perf_rows15, quarter_name,
                        rate_words, row_rate, set_num, shade, symbol, thanks, unit, who, word_counts)

NOTE = {"sup": "1 Provisional: subject to validation before the statutory return.",
        "p": "(p) provisional figure", "star": "* Figure provisional until year-end validation."}


def _job(r: Report, final: Path, work: Path, w: Word, pdf: bool) -> Job:
    pdf = pdf or final.suffix == ".pdf"
    src = work / (final.stem + ".docx") if (pdf or final.suffix in (".odt", ".txt")) else final
    w.save(src)
    steps = ["lo-pdf"] if pdf else (["lo-odt"] if final.suffix == ".odt" else ["lo-txt"] if final.suffix == ".txt" else [])
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


def _table(doc, rows, widths=None, size=9.0, head=True, fill="DDDDDD", colour=None):
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


def _marked(text, f, mark):
    if f.marker != mark or not mark:
        return [(text, "")]
    return [(text, ""), ("1", "sup")] if mark == "sup" else [(text + {"p": " (p)", "star": "*"}[mark], "")]


def _rate_sentence(r, figs):
    rated = [f for f in figs if f.rate is not None]
    if not rated:
        return ""
    f0 = rated[0]
    r.traits.add("rate-in-line")
    return f"{cap(noun(r.rng, f0.key))} stood at {f0.show()} at the end of the quarter, a rate of {rate_words(f0)}."


# =====================================================================================
# rag-key-appendix-report
# =====================================================================================

def make_ragkey(r: Report, final: Path, work: Path, pdf: bool = False) -> Job:
    rng = r.rng
    v = r.variant
    q_end, qs, figs = perf(r, n=(3, 4), rates=0.85)
    date = meeting_date(r, [0, 2, 3, 1, 4][v % 5])
    member = who(r, ["cllr-dot", "full", "cllr-initial", "councillor-initial", "cllr-full"][v % 5])
    r.traits |= {"appendix-at-end", "rag-symbols", "rag-key", "unit-column", "na-cells", "cover-table",
                 "auto-numbering", "roman-items", "agenda-item-number", "report-date-before-meeting-date",
                 "trap-phone", "period-columns", "target-column", "performance-table", "implications",
                 "decimal-section-numbers", "rag-column"}
    w = Word("Arial", 11)
    doc = w.doc
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.3)
    sec.footer.paragraphs[0].text = f"{COUNCIL} \u2013 {r.executive} \u2013 {r.title}"
    num = add_numbering(doc, 31, [("lowerRoman", "(%1)", 1134, 567)])
    w.p(COUNCIL, bold=True, size=13)
    w.p(r.title, bold=True, size=17)
    body = r.executive
    cover = [["Report to", body], ["Date of meeting", date], ["Agenda item", str(r.item)],
             ["Report of", f"{member}, {r.role}"], ["Lead officer", f"{r.officer[0]}, {r.officer[1]}"],
             ["Contact", f"{r.officer[2]} | {r.officer[3]}"], ["Date of report", long(r.report_date)],
             ["Key decision", "No"], ["Appendices", "Appendix A \u2013 Performance measures"]]
    t = _table(doc, cover, widths=[4.5, 11.9], size=10, head=False)
    for a in range(len(cover)):
        shade(t.cell(a, 0), "EAF1DD")
    w.p()
    w.p("1. Summary", bold=True, size=12)
    w.p(f"1.1 This report sets out the performance of the {PORTFOLIOS[r.portfolio]} portfolio for "
        f"{quarter_name(q_end, 'quarter')} (to {long(q_end)}). The measures are in Appendix A at the end of the report.")
    w.p("2. Recommendations", bold=True, size=12)
    w.p(f"2.1 That {body}:")
    its = items(r, "third", "notes the performance set out in Appendix A")
    for k, it in enumerate(its):
        p = w.p(it + ends(k, len(its)))
        set_num(p, num, 0)
        if k:
            r.commit(it + ends(k, len(its)))
    w.p("3. Background", bold=True, size=12)
    for k, tx in enumerate([x for x in (thanks(r), background(r, 1)[0], other_member(r)) if x], 1):
        w.p(f"3.{k} {tx}")
    w.p("4. Performance", bold=True, size=12)
    k = 1
    w.p(f"4.{k} Appendix A gives each measure for the last three quarters, its unit, the target and a status "
        "shown by a symbol; the key is under the table.")
    rs = _rate_sentence(r, figs)
    extra, money = _extras(r, figs, q_end)
    for tx in ([rs] if rs else []) + extra:
        k += 1
        w.p(f"4.{k} {tx}")
    w.p("5. Implications", bold=True, size=12)
    w.p(f"5.1 Financial: {money}")
    w.p("5.2 Legal: there are no legal implications arising from this report.")
    w.p("5.3 Equalities: the measures are monitored by protected characteristic where the data allows.")
    nxt = r.meeting + dt.timedelta(weeks=rng.randint(3, 6), days=2)
    w.p("6. Next steps", bold=True, size=12)
    w.p(f"6.1 The Overview and Scrutiny Committee will look at the appendix on {long(nxt, weekday=True)}.")
    r.traits |= {"trap-other-meeting-date", "other-meetings-listed"}
    w.p("Background papers: none.", size=10)
    w.p().add_run().add_break(WD_BREAK.PAGE)
    w.p("Appendix A", bold=True, size=14)
    w.p(f"Performance measures: {PORTFOLIOS[r.portfolio]}, {quarter_name(q_end, 'quarter')}", bold=True, size=11)
    mark = ["sup", "star", "p", "star", "sup"][v % 5]
    marked = rng.choice(figs)
    marked.marker = mark
    short = r.portfolio[:3].upper()
    head = ["Ref", "Measure"] + [quarter_name(q) for q in qs] + ["Unit", "Target", "Status"]
    rows = [head]
    na_done = False
    for n, f in enumerate(figs, 1):
        first = bare(f, f.history[0])
        if not na_done and rng.random() < 0.5:
            first, na_done = "n/a", True
        rows.append([f"{short}{n:02d}", f.label, first, bare(f, f.history[1]), _marked(bare(f), f, mark), unit(f),
                     f.target, symbol(f)])
        if f.rate is not None:
            rr = [f.rate_at(f.history[0], qs[0]), f.rate_at(f.history[1], qs[1]), f.rate]
            rows.append(["", row_rate(f)] + [f"{x:.1f}" for x in rr] + [f"per {f.metric.rate_per:,}", "n/a", "n/a"])
            r.traits.add("rate-row")
    lab, lv = lookalike(r, 3)
    at = rng.randint(1, len(rows) - 1)
    while at < len(rows) and rows[at][0] == "":
        at += 1
    rows.insert(at, [f"{short}C", lab + " (context only)", lv[0], lv[1], lv[2], "number", "n/a", "n/a"])
    _table(doc, rows, size=8.5, widths=[1.2, 5.4, 1.7, 1.7, 1.7, 1.9, 1.5, 1.7])
    w.p(KEY, size=8.5)
    w.p(NOTE[mark], size=8.5)
    return _job(r, final, work, w, pdf)


# =====================================================================================
# exec-summary-repeat-report
# =====================================================================================

def make_execsum(r: Report, final: Path, work: Path, pdf: bool = False) -> Job:
    rng = r.rng
    v = r.variant
    q_end, qs, figs = perf(r, n=(3, 4), rates=0.85)
    date = meeting_date(r, [1, 3, 0, 2, 4][v % 5])
    member = who(r, ["cllr-initial", "cllr-full", "councillor-initial", "cllr-dot", "full"][v % 5])
    r.traits |= {"executive-summary", "recommendations-repeated", "heading-styles", "cover-lines", "typed-numbering",
                 "agenda-item-number", "report-date-before-meeting-date", "trap-phone", "implications", "bullets"}
    w = Word("Calibri", 11)
    doc = w.doc
    doc.sections[0].header.paragraphs[0].text = f"{COUNCIL}    OFFICIAL"
    w.p(f"{r.executive.upper()} REPORT", bold=True, size=11)
    doc.add_heading(r.title, level=0)
    for lab, val in (("Meeting", r.executive), ("Meeting date", date), ("Agenda item", str(r.item)),
                     ("Portfolio", PORTFOLIOS[r.portfolio]),
                     (f"{'Cabinet' if r.cabinet else 'Executive'} Member", member),
                     ("Report author", f"{r.officer[0]}, {r.officer[1]} ({r.officer[2]})"),
                     ("Report date", long(r.report_date))):
        w.runs([(lab + ": ", "b"), (val, "")])
    its = items(r, "lower", "note the performance of the portfolio in the quarter")
    doc.add_heading("Executive summary", level=1)
    w.p(f"This report updates {r.executive} on the {PORTFOLIOS[r.portfolio]} portfolio for "
        f"{quarter_name(q_end, 'quarter')}, the quarter to {long(q_end)}. It asks {r.executive} to:")
    for k, it in enumerate(its):
        w.p(it + ends(k, len(its)), style="List Bullet")
    w.p("Section 5 gives the recommendations in full.")
    doc.add_heading("1. Background", level=1)
    for tx in [x for x in (thanks(r), background(r, 1)[0], other_member(r), word_counts(r)) if x]:
        w.p(tx)
    doc.add_heading("2. Performance in the quarter", level=1)
    mark = ["star", "p", "sup", "p", "star"][v % 5]
    head, rows, marked = perf_rows15(r, figs, qs, marker=mark, rag=v % 2 == 0)
    out = [head]
    for row in rows:
        if marked is not None and row[0] == marked.label and mark == "sup":
            row = row[:3] + [[(row[3], ""), ("1", "sup")]] + row[4:]
        out.append(row)
    _table(doc, out, size=9, widths=[6.0] + [2.3] * (len(head) - 1))
    w.p(NOTE[mark], size=8.5)
    rs = _rate_sentence(r, figs)
    extra, money = _extras(r, figs, q_end)
    for tx in ([rs] if rs else []) + extra:
        w.p(tx)
    doc.add_heading("3. Options considered", level=1)
    w.p("Option 1: do nothing. Not recommended, as the plans need a decision to proceed.")
    w.p("Option 2: agree the recommendations. Recommended.")
    doc.add_heading("4. Implications", level=1)
    w.p(f"Financial: {money}")
    w.p("Legal: none arising directly from this report.")
    w.p("Climate change: no direct implications.")
    nxt = r.meeting + dt.timedelta(weeks=rng.randint(3, 7), days=1)
    w.p(f"Scrutiny: the Overview and Scrutiny Board will receive the report on {long(nxt)}.")
    r.traits |= {"trap-other-meeting-date", "other-meetings-listed"}
    doc.add_heading("5. Recommendations", level=1)
    w.p(f"{r.executive} is recommended to:")
    for k, it in enumerate(its):
        p = w.p(f"{k + 1}.\t{it}{ends(k, len(its))}")
        p.paragraph_format.left_indent = Cm(0.9)
        p.paragraph_format.first_line_indent = Cm(-0.9)
        if k:
            r.commit(it + ends(k, len(its)))
    doc.add_heading("Background papers", level=2)
    w.p("None.")
    return _job(r, final, work, w, pdf)


# =====================================================================================
# content-control-template
# =====================================================================================

_ID = [7000]


def _sdt_inline(inner_pr: str, text: str, alias: str, placeholder: bool = False) -> str:
    _ID[0] += 1
    rpr = '<w:rPr><w:rStyle w:val="PlaceholderText"/><w:color w:val="808080"/></w:rPr>' if placeholder else ""
    return (f'<w:sdt xmlns:w="{W_NS}"><w:sdtPr>{rpr}<w:alias w:val="{E(alias)}"/><w:tag w:val="{E(alias.replace(" ", ""))}"/>'
            f'<w:id w:val="{_ID[0]}"/>{"<w:showingPlcHdr/>" if placeholder else ""}{inner_pr}</w:sdtPr>'
            f'<w:sdtContent><w:r>{rpr}<w:t xml:space="preserve">{E(text)}</w:t></w:r></w:sdtContent></w:sdt>')


def _put(cell, xml: str):
    cell.paragraphs[0]._p.append(parse_xml(xml))


def make_ccontrol(r: Report, final: Path, work: Path, pdf: bool = False) -> Job:
    rng = r.rng
    v = r.variant
    q_end, qs, figs = perf(r, n=(3, 4), rates=0.85)
    date = meeting_date(r, [4, 0, 1, 3, 2][v % 5])
    member = who(r, ["full", "cllr-dot", "cllr-initial", "councillor-initial", "cllr-full"][v % 5])
    r.traits |= {"content-controls", "date-picker", "placeholder-text", "cover-table", "auto-numbering",
                 "agenda-item-number", "report-date-before-meeting-date", "trap-phone", "implications",
                 "decimal-section-numbers"}
    w = Word("Arial", 11)
    doc = w.doc
    doc.sections[0].footer.paragraphs[0].text = f"{COUNCIL} report template v4.2"
    num = add_numbering(doc, 41, [("decimal", "%1.", 567, 567)])
    w.p(COUNCIL, bold=True, size=12)
    tp = w.p()
    tp._p.append(parse_xml(_sdt_inline("<w:text/>", r.title, "Report title")))
    for run in tp.runs:
        run.font.size = Pt(18)
    iso = r.meeting.isoformat()
    cov = doc.add_table(rows=9, cols=2)
    cov.style = doc.styles["Table Grid"]
    labels = ["Report to", "Date of meeting", "Agenda item", "Cabinet Member" if r.cabinet else "Executive Member",
              "Portfolio", "Lead officer", "Contact details", "Date of report", "Call-in deadline"]
    bodies = ["Cabinet", "Executive", "Council", "Overview and Scrutiny Committee"]
    ctl = [_sdt_inline('<w:dropDownList><w:lastValue w:val="{0}"/>'.format(r.executive)
                       + "".join(f'<w:listItem w:displayText="{b}" w:value="{b}"/>' for b in bodies) + "</w:dropDownList>",
                       r.executive, "Meeting body"),
           _sdt_inline(f'<w:date w:fullDate="{iso}T00:00:00Z"><w:dateFormat w:val="dddd d MMMM yyyy"/><w:lid w:val="en-GB"/>'
                       '<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>', date, "Meeting date"),
           _sdt_inline("<w:text/>", str(r.item), "Item number"),
           _sdt_inline("<w:text/>", member, "Cabinet Member"),
           _sdt_inline("<w:text/>", PORTFOLIOS[r.portfolio], "Portfolio"),
           _sdt_inline("<w:text/>", f"{r.officer[0]}, {r.officer[1]}", "Lead officer"),
           _sdt_inline("<w:text/>", f"{r.officer[2]}, {r.officer[3]}", "Contact"),
           _sdt_inline(f'<w:date w:fullDate="{r.report_date.isoformat()}T00:00:00Z"><w:dateFormat w:val="dd/MM/yyyy"/>'
                       '<w:lid w:val="en-GB"/><w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>',
                       f"{r.report_date:%d/%m/%Y}", "Report date"),
           _sdt_inline('<w:date><w:dateFormat w:val="dd/MM/yyyy"/><w:lid w:val="en-GB"/></w:date>',
                       "Click or tap to enter a date.", "Call-in deadline", placeholder=True)]
    for a, (lab, c) in enumerate(zip(labels, ctl)):
        _cell(cov.cell(a, 0), [(lab, "b")], 10)
        shade(cov.cell(a, 0), "F2F2F2")
        _put(cov.cell(a, 1), c)
        cov.cell(a, 0).width, cov.cell(a, 1).width = Cm(4.6), Cm(11.8)
    w.p()
    w.p("1. Purpose", bold=True, size=12)
    w.p(f"1.1 To report performance in the {PORTFOLIOS[r.portfolio]} portfolio for {quarter_name(q_end, 'quarter')} "
        f"(to {long(q_end)}) and to seek the decisions below.")
    w.p("2. Recommendations", bold=True, size=12)
    lead = w.p(f"2.1 {r.executive} is asked to:")
    its = items(r, "lower", "note the performance information in section 4")
    paras = []
    for k, it in enumerate(its):
        p = w.p(it + ends(k, len(its)))
        set_num(p, num, 0)
        paras.append(p)
        if k:
            r.commit(it + ends(k, len(its)))
    # the recommendations inside a rich-text content control
    _ID[0] += 1
    sdt = parse_xml(f'<w:sdt xmlns:w="{W_NS}"><w:sdtPr><w:alias w:val="Recommendations"/><w:tag w:val="Recs"/>'
                    f'<w:id w:val="{_ID[0]}"/><w:richText/></w:sdtPr><w:sdtContent/></w:sdt>')
    lead._p.addnext(sdt)
    content = sdt.find(f"{{{W_NS}}}sdtContent")
    for p in paras:
        content.append(p._p)
    r.traits.add("rich-text-control")
    w.p("3. Reasons for the recommendations", bold=True, size=12)
    for k, tx in enumerate([x for x in (thanks(r), background(r, 1)[0], other_member(r)) if x], 1):
        w.p(f"3.{k} {tx}")
    w.p("4. Performance information", bold=True, size=12)
    mark = ["p", "sup", "star", "sup", "p"][v % 5]
    head, rows, marked = perf_rows15(r, figs, qs, marker=mark, rag=True)
    out = [head]
    for row in rows:
        if marked is not None and row[0] == marked.label and mark == "sup":
            row = row[:3] + [[(row[3], ""), ("1", "sup")]] + row[4:]
        out.append(row)
    _table(doc, out, size=9, widths=[6.0] + [2.1] * (len(head) - 1), fill="D9E2F3")
    w.p(NOTE[mark], size=8.5)
    extra, money = _extras(r, figs, q_end)
    for k, tx in enumerate(extra, 1):
        w.p(f"4.{k} {tx}")
    w.p("5. Implications", bold=True, size=12)
    w.p(f"5.1 Financial: {money}")
    w.p("5.2 Legal: none arising from this report.")
    w.p("5.3 Risk: held on the directorate risk register.")
    nxt = r.meeting + dt.timedelta(weeks=rng.randint(3, 6), days=3)
    w.p("6. Consultation", bold=True, size=12)
    w.p(f"6.1 The Overview and Scrutiny Committee will consider the report on {long(nxt, weekday=True)}.")
    r.traits |= {"trap-other-meeting-date", "other-meetings-listed"}
    bp = w.p("Background papers: ")
    bp._p.append(parse_xml(_sdt_inline("<w:text/>", "None", "Background papers")))
    return _job(r, final, work, w, pdf)
