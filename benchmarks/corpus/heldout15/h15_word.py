"""Held-out-15 templates in Word files (python-docx; some saved as .odt or PDF by LibreOffice):

  county-cabinet-member-report   a county-style Cabinet Member report from a corporate Word template:
                                 the cover block a Word table whose label cells are merged down
                                 (vMerge) over two or three value rows, every paragraph numbered by
                                 one multi-level list in numbering.xml (1 / 1.1 / 1.1.1), the
                                 recommendations its fourth level, lettered (a) (b) (c)
  at-a-glance-update             a unitary council's 'Portfolio Holder Update' with an 'At a glance'
                                 two-column table of big numbers, each tile a caption paragraph and
                                 the number in the next (or the number, then its label), a money and a
                                 residents' survey tile, 'Last year' lines, typed 1. 2. 3. priorities
                                 and the holder's signature
  prose-only-report              a report in prose paragraphs only: no table, each figure inside a
                                 sentence with the quarter before, a year earlier, the target and the
                                 England average round it ('which is up from', 'compared with'), typed
                                 (i) (ii) recommendations
  web-copied-word-doc            a Word document made by copying the report's web page into Word:
                                 'Normal (Web)' paragraphs, hyperlinks, non-breaking spaces, <br>
                                 soft breaks, a table with fixed widths in twips, the page's
                                 breadcrumbs, 'Published' and 'Last updated' lines, a pasted ordered
                                 list
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.shared import Cm, Pt, RGBColor

from council import COUNCIL, DOMAIN
from h3_model import fin_year
from h7_common import Word
from h15_common import (PORTFOLIOS, ROMAN, W_NS, Job, Report, _extras, add_numbering, background, cap, dot_short,
                        ends, items, long, meeting_date, noun, other_member, perf, perf_rows15, quarter_name,
                        rate_words, set_num, shade, slash, thanks, trap_lines, who)

NBSP = "\u00a0"


def _job(r: Report, final: Path, work: Path, w: Word, pdf: bool) -> Job:
    pdf = pdf or final.suffix == ".pdf"
    src = work / (final.stem + ".docx") if (pdf or final.suffix == ".odt") else final
    w.save(src)
    steps = ["lo-pdf"] if pdf else (["lo-odt"] if final.suffix == ".odt" else [])
    return Job(r, final, src, steps)


def _cell_text(cell, parts, size=9.5, bold=False):
    para = cell.paragraphs[0]
    for text, kind in parts:
        run = para.add_run(text)
        run.font.size = Pt(size)
        run.bold = bold or kind == "b"
        run.font.superscript = kind == "sup"


# =====================================================================================
# county-cabinet-member-report
# =====================================================================================

def make_county(r: Report, final: Path, work: Path, pdf: bool = False) -> Job:
    rng = r.rng
    v = r.variant
    q_end, qs, figs = perf(r, n=(3, 4), rates=0.8)
    date = meeting_date(r, [0, 2, 1, 4, 3][v % 5])
    member = who(r, ["cllr-dot", "full", "cllr-initial", "councillor-initial", "cllr-full"][v % 5])
    r.traits |= {"cover-table", "vertically-merged-cells", "multilevel-numbering", "auto-numbering",
                 "decimal-section-numbers", "lettered-items", "agenda-item-number", "report-date-before-meeting-date",
                 "trap-phone"}
    w = Word("Arial", 11)
    doc = w.doc
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.header.paragraphs[0].text = "OFFICIAL"
    sec.footer.paragraphs[0].text = f"{r.title} \u2013 {r.executive} {slash(r.meeting)}"
    num = add_numbering(doc, 90, [("decimal", "%1.", 567, 567), ("decimal", "%1.%2", 1134, 567),
                                  ("decimal", "%1.%2.%3", 1701, 567), ("lowerLetter", "(%4)", 1701, 567)])
    w.p(COUNCIL, bold=True, size=16)
    w.p("Report of the " + r.role, bold=True, size=13)
    w.p(r.title, bold=True, size=13)
    contact = [r.officer[0], r.officer[1], f"Tel: {r.officer[2]}"]
    rows = [("Meeting", [r.executive]), ("Date of meeting", [date]), ("Agenda item", [str(r.item)]),
            ("Report of", [member, r.role]), ("Lead officer", contact),
            ("Key decision", ["No"]), ("Electoral divisions affected", ["All"]),
            ("Date of report", [long(r.report_date)])]
    n_rows = sum(len(vals) for _, vals in rows)
    t = doc.add_table(rows=n_rows, cols=2)
    t.style = doc.styles["Table Grid"]
    i = 0
    for label, vals in rows:
        _cell_text(t.cell(i, 0), [(label, "")], 10, bold=True)
        shade(t.cell(i, 0), "DCE6F1")
        for k, val in enumerate(vals):
            _cell_text(t.cell(i + k, 1), [(val, "")], 10)
            t.cell(i + k, 0).width = Cm(5)
            t.cell(i + k, 1).width = Cm(11.5)
        if len(vals) > 1:
            t.cell(i, 0).merge(t.cell(i + len(vals) - 1, 0))
        i += len(vals)
    w.p()

    def para(text, lvl, bold=False):
        p = w.p(text, bold=bold)
        set_num(p, num, lvl)
        return p

    para("Purpose of the report", 0, True)
    para(f"To report the performance of the {PORTFOLIOS[r.portfolio]} portfolio in "
         f"{quarter_name(q_end, 'quarter')}, the quarter ended {long(q_end)}, and to ask the {r.executive} to take "
         "the decisions set out below.", 1)
    para("Recommendations", 0, True)
    para(rng.choice([f"The {r.executive} is recommended to:", f"It is recommended that the {r.executive}:"]), 1)
    its = items(r, "lower", "note the performance of the portfolio set out in section 4")
    for k, it in enumerate(its):
        para(f"{it}{ends(k, len(its))}", 3)
        if k:
            r.commit(it + ends(k, len(its)))
    para("Background", 0, True)
    for tx in [x for x in (thanks(r), background(r, 1)[0], other_member(r)) if x]:
        para(tx, 1)
    para("Performance", 0, True)
    para(f"Table 1 shows the portfolio's indicators at {long(q_end)}, with the two quarters before and the "
         "target for the year.", 1)
    marker = ["sup", "star", "sup", "p", "star"][v % 5]
    head, trows, marked = perf_rows15(r, figs, qs, marker=marker, rag=v % 2 == 0)
    w.p(f"Table 1: {PORTFOLIOS[r.portfolio]} performance, {quarter_name(q_end)}", bold=True,
        size=10).paragraph_format.keep_with_next = True
    cells = [[[(h, "")] for h in head]]
    for row in trows:
        out = [[(str(c), "")] for c in row]
        if marked is not None and marker == "sup" and row[0] == marked.label:
            out[3] = [(row[3], ""), ("1", "sup")]
        cells.append(out)
    tb = doc.add_table(rows=len(cells), cols=len(head))
    tb.style = doc.styles["Table Grid"]
    for a, row in enumerate(cells):
        for b, parts in enumerate(row):
            _cell_text(tb.cell(a, b), parts, 9, bold=a == 0)
            tb.cell(a, b).paragraphs[0].paragraph_format.keep_with_next = a < len(cells) - 1
            if a == 0:
                shade(tb.cell(a, b), "1F3864")
                for run in tb.cell(a, b).paragraphs[0].runs:
                    run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    note = {"sup": "1 Provisional: the figure will be confirmed when the quarter's return is validated.",
            "star": "* Provisional figure.", "p": "(p) provisional"}[marker]
    w.p(note, size=8)
    f0 = figs[0]
    if f0.percent:
        para(f"At {long(q_end)}, {f0.show()} {noun(rng, f0.key)}.", 1)
    else:
        para(f"{cap(noun(rng, f0.key))} stood at {f0.show()} at {long(q_end)}"
             + (f", {rate_words(f0)}." if f0.rate is not None else "."), 1)
    if f0.rate is not None:
        r.traits.add("rate-in-line")
    extra, money = _extras(r, figs, q_end)
    for tx in extra:
        para(tx, 2)
    para("Financial implications", 0, True)
    para(money, 1)
    r.traits.add("implications")
    para("Next steps", 0, True)
    nxt = r.meeting + dt.timedelta(weeks=rng.randint(3, 6), days=2)
    prev = r.meeting - dt.timedelta(weeks=rng.randint(11, 14))
    para(f"The report will be considered by the Children, Families and Lifelong Learning Scrutiny Committee on "
         f"{long(nxt, weekday=True)}." if r.portfolio in ("childrens-services", "education") else
         f"The report will be considered by the Overview and Scrutiny Management Board on {long(nxt, weekday=True)}.", 1)
    para("Background papers", 0, True)
    para(f"Quarterly performance report to the {r.executive}, {long(prev)}.", 1)
    r.traits |= {"trap-other-meeting-date", "other-meetings-listed"}
    w.p(f"Contact: {r.officer[0]}, {r.officer[1]}, {r.officer[2]}, {r.officer[3]}", size=9)
    return _job(r, final, work, w, pdf)


# =====================================================================================
# at-a-glance-update
# =====================================================================================

def _tile(cell, caption: str, number: str, under: str, number_first: bool, colour: str):
    cell.paragraphs[0].text = ""
    paras = [(number, 26, True), (caption, 10, False)] if number_first else [(caption, 10, False), (number, 26, True)]
    first = True
    for text, size, bold in paras + [(under, 8.5, False)]:
        if not text:
            continue
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        run = p.add_run(text)
        run.font.size = Pt(size)
        run.bold = bold
        if bold:
            run.font.color.rgb = RGBColor.from_string(colour)
    shade(cell, "F2F2F2")


def make_glance(r: Report, final: Path, work: Path, pdf: bool = False) -> Job:
    rng = r.rng
    v = r.variant
    q_end, qs, figs = perf(r, n=(3, 4), rates=0.6, n_history=4)
    date = meeting_date(r, [3, 0, 1, 2, 4][v % 5])
    member = who(r, ["full", "cllr-initial", "cllr-full", "councillor-initial", "cllr-dot"][v % 5])
    number_first = v % 2 == 1
    r.traits |= {"at-a-glance", "big-numbers", "two-column-tiles", "caption-paragraphs", "typed-numbering",
                 "signature", "standing-resolution", "trap-money", "trap-percent"}
    r.traits.add("number-then-label" if number_first else "caption-above-number")
    w = Word("Calibri", 11)
    sec = w.doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.0)
    w.p(COUNCIL, bold=True, size=12)
    w.p("Portfolio Holder Update", bold=True, size=22)
    w.p(PORTFOLIOS[r.portfolio], bold=True, size=16)
    w.p(f"{r.body} meeting: {date}")
    w.p(f"Portfolio Holder: {member}")
    w.p(f"Prepared by: {r.officer[0]}, {r.officer[1]} ({dot_short(r.report_date)})", size=9)
    r.traits.add("report-date-before-meeting-date")
    w.p(f"At a glance \u2013 {quarter_name(q_end, 'quarter')} (figures at {long(q_end)})", bold=True, size=14)
    tiles = []
    for f in figs:
        if f.rate is not None:
            under = rate_words(f)
        elif f.history and rng.random() < 0.6:
            under = f"Same time last year: {f.show(f.history[0])}"
            r.traits.add("earlier-period-in-tile")
        else:
            under = f"Target: {f.target}"
        tiles.append((f.label, f.show(), under))
    tiles.insert(rng.randint(1, len(tiles)), (rng.choice(["invested in the service this year", "of capital spent to date"]),
                                              f"\u00a3{rng.randint(2, 19)}.{rng.randint(1, 9)}m", ""))
    tiles.append((rng.choice(["of residents satisfied with the service (Residents' Survey)",
                              "of callers dealt with at first contact"]), f"{rng.randint(61, 93)}%", ""))
    rows = (len(tiles) + 1) // 2
    t = w.doc.add_table(rows=rows, cols=2)
    t.style = w.doc.styles["Table Grid"]
    colour = rng.choice(["00607A", "6A2C70", "1B5E20"])
    for k, (cap_, num, under) in enumerate(tiles):
        _tile(t.cell(k // 2, k % 2), cap_, num, under, number_first, colour)
    w.p()
    w.p("Update from the Portfolio Holder", bold=True, size=14)
    for tx in [x for x in (thanks(r), background(r, 1)[0], other_member(r)) if x]:
        w.p(tx)
    extra, money = _extras(r, figs, q_end)
    for tx in extra + [money]:
        w.p(tx)
    w.p(rng.choice(["My priorities for the next quarter", "What I will focus on next"]), bold=True, size=14)
    for k, pr in enumerate(r.priorities, 1):
        w.p(f"{k}.  {pr}")
        r.commit(pr)
    w.p("Recommendation", bold=True, size=14)
    w.p(f"That {r.body} notes this update.")
    w.p()
    w.p(r.member.name if v % 2 else f"Councillor {r.member.name}", italic=True)
    w.p(f"Portfolio Holder for {PORTFOLIOS[r.portfolio]}")
    nxt = r.meeting + dt.timedelta(weeks=rng.randint(8, 12), days=0)
    w.p(f"My next update will be to the {r.body} meeting on {long(nxt)}.", size=10)
    r.traits |= {"trap-other-meeting-date", "other-meetings-listed"}
    return _job(r, final, work, w, pdf)


# =====================================================================================
# prose-only-report
# =====================================================================================

def _prose_sentence(r: Report, f, q_end, k: int) -> str:
    rng = r.rng
    n = noun(rng, f.key)
    prev, year_ago = f.history[-1], f.history[0]
    qprev = quarter_name(q_end, "quarter")
    if f.percent:
        s = (f"In the quarter to {long(q_end)}, {f.show()} {n}, compared with {f.show(prev)} in the previous "
             f"quarter and {f.show(year_ago)} a year earlier; the target for {fin_year(q_end)} is {f.target}.")
        return s
    way = "up from" if f.value > prev else "down from"
    shown = f"a provisional {f.show()}" if f.marker == "p" else f.show()
    s = rng.choice([
        f"At the end of {qprev} ({long(q_end)}) there were {shown} {n}, which is {way} {f.show(prev)} at the end of the "
        f"previous quarter and compared with {f.show(year_ago)} a year earlier.",
        f"There were {shown} {n} on {long(q_end)}. That is {way} {f.show(prev)} three months before, and compares "
        f"with {f.show(year_ago)} at the same point last year."])
    if f.rate is not None:
        s = s[:-1] + f" (a rate of {rate_words(f)})."
        r.traits.add("rate-in-line")
    s += rng.choice([f" The target for the year is {f.target}.", f" We had aimed for {f.target} by the year end."])
    return s


def make_prose(r: Report, final: Path, work: Path, pdf: bool = False) -> Job:
    rng = r.rng
    v = r.variant
    q_end, qs, figs = perf(r, n=(3, 4), rates=0.7, n_history=4)
    r.traits |= {"prose-only", "no-tables", "earlier-period-in-sentence", "target-in-sentence", "year-earlier",
                 "cover-lines", "roman-items", "typed-numbering", "agenda-item-number", "trap-national",
                 "report-date-before-meeting-date", "trap-phone"}
    date = meeting_date(r, [2, 3, 0, 1, 4][v % 5])
    member = who(r, ["cllr-full", "councillor-initial", "cllr-dot", "full", "cllr-initial"][v % 5])
    marked = rng.choice([f for f in figs if not f.percent] or figs)
    if not marked.percent and v % 2 == 0:
        marked.marker = "p"
    w = Word(rng.choice(["Arial", "Verdana"]), 11)
    w.p(COUNCIL.upper(), bold=True, size=12)
    for k, val in (("Report to", r.executive), ("Date of meeting", date), ("Agenda item", str(r.item)),
                   ("Report of", f"{member}, {r.role}"), ("Subject", r.title),
                   ("Author", f"{r.officer[0]}, {r.officer[1]}, telephone {r.officer[2]}")):
        w.runs([(f"{k}: ", "b"), (val, "")])
    w.p("1. Summary", bold=True)
    w.p(f"1.1 This report describes how the {PORTFOLIOS[r.portfolio]} portfolio performed in "
        f"{quarter_name(q_end, 'quarter')}. Unless a paragraph says otherwise, the figures are as at {long(q_end)}, "
        "the end of the quarter.")
    w.p("2. Recommendations", bold=True)
    w.p(f"2.1 {rng.choice(['That the', 'It is recommended that the'])} {r.executive}:")
    its = items(r, "lower", "note the performance of the portfolio")
    for k, it in enumerate(its):
        w.p(f"({ROMAN[k]}) {it}{ends(k, len(its))}")
        if k:
            r.commit(it + ends(k, len(its)))
    w.p("3. Performance", bold=True)
    for k, f in enumerate(figs, 1):
        w.p(f"3.{k} {_prose_sentence(r, f, q_end, k)}")
    k = len(figs) + 1
    nat = trap_lines(r, [rng.choice(["trap-national", "trap-regional"])])[0]
    w.p(f"3.{k} {nat} {trap_lines(r, ['trap-difference'])[0]}")
    extra, money = _extras(r, figs, q_end)
    for tx in extra:
        k += 1
        w.p(f"3.{k} {tx}")
    w.p("4. Context", bold=True)
    for j, tx in enumerate([x for x in (thanks(r), background(r, 1)[0], other_member(r)) if x], 1):
        w.p(f"4.{j} {tx}")
    w.p("5. Financial implications", bold=True)
    w.p(f"5.1 {money}")
    r.traits.add("implications")
    nxt = r.meeting + dt.timedelta(weeks=rng.randint(3, 6), days=1)
    w.p("6. Next steps", bold=True)
    w.p(f"6.1 The Overview and Scrutiny Committee will look at this report on {long(nxt, weekday=True)}.")
    r.traits |= {"trap-other-meeting-date", "other-meetings-listed"}
    w.p(f"{r.officer[0]}, {slash(r.report_date)}", size=9)
    return _job(r, final, work, w, pdf)


# =====================================================================================
# web-copied-word-doc
# =====================================================================================

def _web_style(doc):
    st = doc.styles.add_style("Normal (Web)", WD_STYLE_TYPE.PARAGRAPH)
    st.base_style = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    st.paragraph_format.space_before = Pt(5)
    st.paragraph_format.space_after = Pt(5)
    hl = doc.styles.add_style("Hyperlink", WD_STYLE_TYPE.CHARACTER)
    hl.font.color.rgb = RGBColor(0x1D, 0x70, 0xB8)
    hl.font.underline = True
    return st


def _add(p, text: str, bold=False, font="Arial", colour="0B0C0C"):
    """A run as pasted from a browser: its font and colour spelt out; '\n' a <br> (w:br)."""
    for k, part in enumerate(text.split("\n")):
        if k:
            p.add_run().add_break()
        if part:
            run = p.add_run(part)
            run.bold = bold
            run.font.name = font
            run.font.color.rgb = RGBColor.from_string(colour)


def _link(p, text: str, url: str):
    rid = p.part.relate_to(url, RT.HYPERLINK, is_external=True)
    el = parse_xml(f'<w:hyperlink xmlns:w="{W_NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
                   f'relationships" r:id="{rid}" w:history="1"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/>'
                   f'<w:rFonts w:ascii="Arial" w:hAnsi="Arial"/></w:rPr><w:t xml:space="preserve"></w:t></w:r></w:hyperlink>')
    el.find(f".//{{{W_NS}}}t").text = text
    p._p.append(el)


def _fixed_table(doc, rows, widths_dxa):
    """A table as a browser pastes it: fixed widths in twips on the table and each cell."""
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    tbl = t._tbl
    tblpr = tbl.tblPr
    for el in tblpr.findall(f"{{{W_NS}}}tblW"):
        tblpr.remove(el)
    tblpr.append(parse_xml(f'<w:tblW xmlns:w="{W_NS}" w:w="{sum(widths_dxa)}" w:type="dxa"/>'))
    tblpr.append(parse_xml(f'<w:tblCellSpacing xmlns:w="{W_NS}" w:w="15" w:type="dxa"/>'))
    tblpr.append(parse_xml(f'<w:tblBorders xmlns:w="{W_NS}"><w:top w:val="single" w:sz="6" w:color="B1B4B6"/>'
                           f'<w:bottom w:val="single" w:sz="6" w:color="B1B4B6"/><w:insideH w:val="single" w:sz="6" '
                           f'w:color="B1B4B6"/></w:tblBorders>'))
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            tcpr = cell._tc.get_or_add_tcPr()
            for el in tcpr.findall(f"{{{W_NS}}}tcW"):
                tcpr.remove(el)
            tcpr.append(parse_xml(f'<w:tcW xmlns:w="{W_NS}" w:w="{widths_dxa[j]}" w:type="dxa"/>'))
            p = cell.paragraphs[0]
            p.style = doc.styles["Normal (Web)"]
            _add(p, str(val), bold=i == 0)
    return t


def make_webcopy(r: Report, final: Path, work: Path, pdf: bool = False) -> Job:
    rng = r.rng
    v = r.variant
    q_end, qs, figs = perf(r, n=(3, 4), rates=0.8)
    date = meeting_date(r, [0, 4, 1, 2, 3][v % 5])
    member = who(r, ["cllr-full", "full", "cllr-initial", "cllr-dot", "councillor-initial"][v % 5])
    r.traits |= {"pasted-from-web", "normal-web-style", "hyperlinks", "nbsp", "soft-break-cover", "fixed-width-table",
                 "breadcrumbs", "trap-page-updated-date", "trap-publication-date", "auto-numbering",
                 "agenda-item-number", "html-ordered-list"}
    w = Word("Calibri", 11)
    doc = w.doc
    web = _web_style(doc)
    base = f"https://www.{DOMAIN}"
    p = doc.add_paragraph(style=web)
    for k, (txt, url) in enumerate((("Home", "/"), ("Council and democracy", "/council-and-democracy"),
                                    ("Councillors and committees", "/council-and-democracy/committees"))):
        if k:
            _add(p, f"{NBSP}\u203a{NBSP}")
        _link(p, txt, base + url)
    h = doc.add_paragraph(style=web)
    _add(h, r.title, bold=True)
    h.runs[0].font.size = Pt(24)
    pub = r.report_date + dt.timedelta(days=rng.randint(1, 4))
    p = doc.add_paragraph(style=web)
    _add(p, f"Published:{NBSP}{long(pub)}", colour="505A5F")
    p = doc.add_paragraph(style=web)
    name_nb = member.replace(" ", NBSP, 1)
    _add(p, f"Meeting: {r.executive}\nDate of meeting: {date}\nAgenda item:{NBSP}{r.item}\n{r.role.split(' for ')[0]}: ")
    _link(p, name_nb, f"{base}/councillors/{r.member.key}")
    _add(p, f"\nPortfolio: {PORTFOLIOS[r.portfolio]}")
    p = doc.add_paragraph(style=web)
    _add(p, "Decisions sought", bold=True)
    p = doc.add_paragraph(style=web)
    _add(p, f"The {r.executive} is asked to:")
    its = items(r, "lower", "note the performance of the portfolio")
    for k, it in enumerate(its):
        li = doc.add_paragraph(style="List Number")
        _add(li, f"{it}{ends(k, len(its))}")
        if k:
            r.commit(it + ends(k, len(its)))
    p = doc.add_paragraph(style=web)
    _add(p, f"How we are doing at {long(q_end).replace(' ', NBSP)}", bold=True)
    for f in figs[:2]:
        p = doc.add_paragraph(style=web)
        n = noun(rng, f.key)
        txt = f"{f.show()}{NBSP}{n}" if not f.percent else f"{f.show()} {n}"
        if f.rate is not None:
            txt += f" ({rate_words(f).replace(' per ', NBSP + 'per' + NBSP)})"
            r.traits.add("rate-in-line")
        _add(p, "\u2022 " + txt)
    marker = ["star", "p", "star", "sup", "p"][v % 5]
    head, trows, marked = perf_rows15(r, figs, qs, marker=marker if marker != "sup" else "star", rag=v % 2 == 1)
    cap_p = doc.add_paragraph(style=web)
    _add(cap_p, f"Table: {PORTFOLIOS[r.portfolio]} indicators, latest three quarters", bold=True)
    widths = [3600] + [1300] * (len(head) - 1)
    _fixed_table(doc, [head] + trows, widths)
    p = doc.add_paragraph(style=web)
    _add(p, {"star": "* Provisional.", "p": "(p)\u00a0provisional"}[marked.marker], colour="505A5F")
    extra, money = _extras(r, figs, q_end)
    for tx in [x for x in (thanks(r), background(r, 1)[0], other_member(r)) if x] + extra + [money]:
        p = doc.add_paragraph(style=web)
        _add(p, tx.replace("\u00a3", "\u00a3").replace(" per ", NBSP + "per" + NBSP))
    p = doc.add_paragraph(style=web)
    _add(p, "Contact\n", bold=True)
    _add(p, f"{r.officer[0]}, {r.officer[1]}\nTelephone:{NBSP}{r.officer[2]}\nEmail: ")
    _link(p, r.officer[3], f"mailto:{r.officer[3]}")
    r.traits.add("trap-phone")
    nxt = r.meeting + dt.timedelta(weeks=rng.randint(3, 6), days=2)
    p = doc.add_paragraph(style=web)
    _add(p, "Related meetings\n", bold=True)
    _link(p, f"Overview and Scrutiny Committee, {long(nxt)}", f"{base}/meetings/scrutiny/{nxt:%Y%m%d}")
    r.traits |= {"trap-other-meeting-date", "other-meetings-listed"}
    upd = r.meeting + dt.timedelta(days=rng.randint(1, 20))
    p = doc.add_paragraph(style=web)
    _add(p, f"Last updated:{NBSP}{long(upd)}", colour="505A5F")
    p = doc.add_paragraph(style=web)
    _link(p, "Print this page", f"{base}/print")
    _add(p, "  |  ")
    _link(p, "Report a problem with this page", f"{base}/contact/feedback")
    return _job(r, final, work, w, pdf)
