"""Held-out-13 templates in word-processor files:

  hidden-text-report       a Word report with hidden text left in (w:vanish runs: an earlier
                           draft's figures beside the shown ones, a paragraph of superseded
                           figures and a deleted recommendation, none shown or printed) and a
                           performance table whose header cells are rotated (text direction btLr)
                           and merged down (vMerge) under a spanning 'Quarter ending' cell
  template-toc-report      a report produced from the council's ODT template (LibreOffice): a table
                           of contents with page numbers, user fields for the meeting date, the
                           member and the item (their values in field declarations), footnotes on
                           figures; kept as .odt, or saved again as .docx by LibreOffice
"""
from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape as X

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt

from council import COUNCIL
from h7_common import Word
from h13_common import (PORTFOLIOS, Job, Report, _extras, background, ends, items, long, meeting_date, noun,
                        other_member, perf, perf_rows, quarter_name, rate_words, slash, thanks, trap_lines, who)
from h3_model import step


def _hidden(run):
    rpr = run._r.get_or_add_rPr()
    rpr.append(parse_xml(f"<w:vanish {nsdecls('w')}/>"))


def _tc(cell, direction: str = "", vmerge: str = "", span: int = 0):
    tcpr = cell._tc.get_or_add_tcPr()
    if span:
        tcpr.append(parse_xml(f'<w:gridSpan {nsdecls("w")} w:val="{span}"/>'))
    if vmerge:
        tcpr.append(parse_xml(f'<w:vMerge {nsdecls("w")} w:val="{vmerge}"/>' if vmerge == "restart"
                              else f'<w:vMerge {nsdecls("w")}/>'))
    if direction:
        tcpr.append(parse_xml(f'<w:textDirection {nsdecls("w")} w:val="{direction}"/>'))


def make_hidden(r: Report, final: Path, work: Path, pdf: bool = False) -> Job:
    rng = r.rng
    q_end, qs, figs = perf(r, rates=0.8)
    date = meeting_date(r, [0, 1, 3, 2, 4][r.variant % 5])
    member = who(r, ["cllr-initial", "full", "cllr-dot", "councillor-initial", "cllr-full"][r.variant % 5])
    r.traits |= {"hidden-text", "trap-hidden-figures", "trap-hidden-recommendation", "rotated-header-cells",
                 "merged-header-cells", "cover-lines", "agenda-item-number"}
    w = Word("Arial", 11)
    sec = w.doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.header.paragraphs[0].text = f"{COUNCIL} \u2013 {r.executive}"
    w.p(COUNCIL, bold=True, size=14)
    w.table([["Meeting", r.executive], ["Date", date], ["Agenda item", str(r.item)],
             ["Report of", f"{member}, {r.role}"], ["Report author", f"{r.officer[0]}, {r.officer[1]}"],
             ["Title", r.title]], header=False, widths=[4, 12])
    w.p("1. Recommendations", bold=True, size=12)
    w.p(f"That {r.executive}:")
    its = items(r, "third", "notes the performance of the portfolio")
    dropped = rng.randint(1, len(its) - 1)
    for i, it in enumerate(its):
        w.p(f"({'abcd'[i]})\t{it}{ends(i, len(its))}")
        if i:
            r.commit(it + ends(i, len(its)))
        if i == dropped:  # the draft's recommendation, deleted by hiding it
            para = w.p()
            run = para.add_run(f"({'abcde'[i + 1]})\tapproves the closure of the {rng.choice(['Deanhead', 'Fernhill', 'Longroyd'])} "
                               f"office from {long(r.meeting + dt.timedelta(days=rng.randint(60, 200)))};")
            _hidden(run)
    r.traits |= {"lettered-items", "typed-numbering"}
    w.p("2. Performance", bold=True, size=12)
    lead = figs[0]
    para = w.p(f"2.1 {lead.label} was ")
    old = step(rng, lead.metric, lead.value)
    hid = para.add_run(lead.show(old) + " ")
    _hidden(hid)
    para.add_run(f"{lead.show()} at {long(q_end)}" + (f" ({rate_words(lead)})." if lead.rate is not None else "."))
    if lead.rate is not None:
        r.traits.add("rate-in-line")
    para = w.p()
    run = para.add_run(f"[Draft figures from the performance system on {long(q_end + dt.timedelta(days=9))}, to be "
                       "replaced: " + "; ".join(f"{f.label} {f.show(step(rng, f.metric, f.value))}" for f in figs) + ".]")
    _hidden(run)
    w.p(f"2.2 Table 1 shows the portfolio's indicators for the last three quarters and the target.")
    head, rows, marked = perf_rows(r, figs, qs, marker=rng.choice(["p", "star"]), rag=True)
    # header: two rows; 'Indicator', 'Target' and 'RAG' merged down and turned; a spanning 'Quarter ending'
    t = w.doc.add_table(rows=2 + len(rows), cols=len(head))
    t.style = w.doc.styles["Table Grid"]
    top, sub = t.rows[0].cells, t.rows[1].cells
    for j, h in enumerate(head):
        if j in (1, 2, 3):
            continue
        top[j].paragraphs[0].add_run(h).bold = True
        _tc(top[j], "btLr" if j else "", "restart")
        _tc(sub[j], "btLr" if j else "", "continue")
    top[1].paragraphs[0].add_run("Quarter ending").bold = True
    for j in (1, 2, 3):
        run = sub[j].paragraphs[0].add_run(head[j])
        run.bold = True
        _tc(sub[j], "btLr")
    # merge the 'Quarter ending' cell across three columns
    tc1 = top[1]._tc
    _tc(top[1], span=3)
    for cell in (top[2], top[3]):
        cell._tc.getparent().remove(cell._tc)
    t.rows[0]._tr.get_or_add_trPr().append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))
    t.rows[1]._tr.get_or_add_trPr().append(parse_xml(f'<w:trHeight {nsdecls("w")} w:val="1300" w:hRule="atLeast"/>'))
    _ = tc1
    for i, row in enumerate(rows, 2):
        for j, v in enumerate(row):
            cell = t.rows[i].cells[j]
            para = cell.paragraphs[0]
            f = next((f for f in figs if f.label == row[0]), None)
            if j == 3 and f is not None and rng.random() < 0.6:  # the draft's value left in, hidden
                hid = para.add_run(f.show(step(rng, f.metric, f.value)) + " ")
                _hidden(hid)
                hid.font.size = Pt(9)
            run = para.add_run(v)
            run.font.size = Pt(9)
    w.p({"p": "(p) provisional", "star": "* provisional, subject to validation"}[marked.marker], size=8)
    extra, money = _extras(r, figs, q_end)
    for k, tx in enumerate(extra, 3):
        w.p(f"2.{k} {tx}")
    w.p("3. Background", bold=True, size=12)
    for k, tx in enumerate([x for x in (thanks(r), other_member(r), background(r, 1)[0]) if x], 1):
        w.p(f"3.{k} {tx}")
    w.p("4. Financial implications", bold=True, size=12)
    w.p(f"4.1 {money}")
    nxt = r.meeting + dt.timedelta(weeks=rng.randint(3, 7), days=2)
    w.p(f"4.2 The report will go to the Overview and Scrutiny Committee on {long(nxt)}.")
    r.traits |= {"trap-other-meeting-date", "other-meetings-listed", "report-date-before-meeting-date"}
    w.p(f"{r.officer[0]}, {r.officer[1]}, {slash(r.report_date)}", size=9)
    src = work / (final.stem + ".docx") if pdf else final
    w.save(src)
    return Job(r, final, src, ["lo-pdf"] if pdf else [])


# --- the ODT template ---------------------------------------------------------------------

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"')


def make_template(r: Report, final: Path, work: Path, pdf: bool = False) -> Job:
    rng = r.rng
    q_end, qs, figs = perf(r, rates=0.8)
    date = meeting_date(r, [1, 0, 4, 2, 3][r.variant % 5])
    member = who(r, ["full", "cllr-full", "councillor-initial", "cllr-initial", "cllr-dot"][r.variant % 5])
    r.traits |= {"template", "table-of-contents", "toc-page-numbers", "user-fields", "footnotes",
                 "trap-footnote-date", "agenda-item-number"}
    body: list[str] = []
    notes = [0]

    def P(text: str, style: str = "Text_20_body") -> None:
        body.append(f'<text:p text:style-name="{style}">{text}</text:p>')

    def H(text: str, lvl: int = 1) -> None:
        body.append(f'<text:h text:style-name="Heading_20_{lvl}" text:outline-level="{lvl}">{X(text)}</text:h>')

    def note(text: str) -> str:
        notes[0] += 1
        n = notes[0]
        return (f'<text:note text:id="ftn{n}" text:note-class="footnote"><text:note-citation>{n}</text:note-citation>'
                f'<text:note-body><text:p text:style-name="Footnote">{X(text)}</text:p></text:note-body></text:note>')

    def field(name: str, value: str) -> str:
        return f'<text:user-field-get text:name="{name}">{X(value)}</text:user-field-get>'

    decls = (f'<text:user-field-decls>'
             f'<text:user-field-decl office:value-type="string" office:string-value="{X(date)}" text:name="MeetingDate"/>'
             f'<text:user-field-decl office:value-type="string" office:string-value="{X(member)}" text:name="ReportOf"/>'
             f'<text:user-field-decl office:value-type="string" office:string-value="{X(r.executive)}" text:name="Meeting"/>'
             f'<text:user-field-decl office:value-type="string" office:string-value="{r.item}" text:name="ItemNo"/>'
             f'</text:user-field-decls>')
    body.append(decls)
    P(X(COUNCIL), "Title")
    P(f"Report to {field('Meeting', r.executive)}", "Subtitle")
    P(f"Date of meeting: {field('MeetingDate', date)}", "Cover")
    P(f"Agenda item: {field('ItemNo', str(r.item))}", "Cover")
    P(f"Report of: {field('ReportOf', member)}, {X(r.role)}", "Cover")
    P(f"Subject: {X(r.title)}", "Cover")
    P(f"Template HBC-CR-v{rng.randint(3, 9)}.{rng.randint(0, 9)} (last revised {X(long(r.meeting - dt.timedelta(days=rng.randint(200, 900))))})", "Small")
    r.traits.add("trap-template-date")
    heads = ["Purpose of the report", "Recommendations", "Performance", "Background", "Financial implications",
             "Background papers"]
    pages = [2, 2, 3, 4, 4, 5]
    toc = "".join(f'<text:p text:style-name="Contents_20_1"><text:a xlink:type="simple" xlink:href="#__RefHeading__{k}">'
                  f'{k + 1}. {X(h)}<text:tab/>{pg}</text:a></text:p>' for k, (h, pg) in enumerate(zip(heads, pages)))
    body.append(f'<text:table-of-content text:style-name="Sect1" text:protected="true" text:name="Table of Contents1">'
                f'<text:table-of-content-source text:outline-level="2"><text:index-title-template text:style-name="Contents_20_Heading">Contents</text:index-title-template>'
                f'</text:table-of-content-source><text:index-body><text:index-title text:style-name="Sect1" text:name="Table of Contents1_Head">'
                f'<text:p text:style-name="Contents_20_Heading">Contents</text:p></text:index-title>{toc}</text:index-body></text:table-of-content>')
    body.append('<text:p text:style-name="PageBreak"/>')
    H(f"1. {heads[0]}")
    P(X(f"1.1 To report the performance of the {PORTFOLIOS[r.portfolio]} portfolio in "
        f"{quarter_name(q_end, 'quarter')}, the quarter to {long(q_end)}, and to seek the decisions below."))
    H(f"2. {heads[1]}")
    P(f"2.1 That {field('Meeting', r.executive)}:")
    its = items(r, "third", "notes the report")
    for i, it in enumerate(its):
        P(X(f"({'i' * (i + 1) if i < 3 else 'iv'}) {it}{ends(i, len(its))}"), "List_20_Indent")
        if i:
            r.commit(it + ends(i, len(its)))
    r.traits |= {"roman-items", "typed-numbering"}
    H(f"3. {heads[2]}")
    extracted = q_end + dt.timedelta(days=rng.randint(8, 20))
    P(X(f"3.1 The table shows the last three quarters and the target.") +
      note(f"Figures extracted from the performance system on {long(extracted)}; the latest quarter is provisional."))
    head, rows, marked = perf_rows(r, figs, qs, marker="sup")
    cols = len(head)
    tbl = [f'<table:table table:name="Table1" table:style-name="Table1"><table:table-column table:number-columns-repeated="{cols}"/>'
           '<table:table-header-rows><table:table-row>' +
           "".join(f'<table:table-cell office:value-type="string"><text:p text:style-name="Table_20_Heading">{X(h)}</text:p></table:table-cell>' for h in head) +
           "</table:table-row></table:table-header-rows>"]
    for row in rows:
        cells = []
        for j, v in enumerate(row):
            txt = X(v)
            if marked is not None and j == 0 and row[0] == marked.label:
                txt += note("The latest quarter is provisional: subject to year-end validation.")
            cells.append(f'<table:table-cell office:value-type="string"><text:p text:style-name="Table_20_Contents">{txt}</text:p></table:table-cell>')
        tbl.append("<table:table-row>" + "".join(cells) + "</table:table-row>")
    tbl.append("</table:table>")
    body.append("".join(tbl))
    extra, money = _extras(r, figs, q_end)
    for k, t in enumerate(extra, 2):
        P(X(f"3.{k} {t}"))
    lead = next((f for f in figs if f.rate is not None), None)
    if lead is not None:
        P(X(f"3.{len(extra) + 2} {lead.label} at {long(q_end)} was {lead.show()}, which is {rate_words(lead)}.") +
          note(f"Rate calculated using the ONS mid-year population estimate published in {q_end.year - 1}."))
        r.traits.add("rate-in-line")
    H(f"4. {heads[3]}")
    for k, t in enumerate([x for x in (thanks(r), other_member(r), background(r, 1)[0]) if x], 1):
        P(X(f"4.{k} {t}"))
    H(f"5. {heads[4]}")
    P(X(f"5.1 {money}"))
    H(f"6. {heads[5]}")
    nxt = r.meeting + dt.timedelta(weeks=rng.randint(3, 7), days=2)
    P(X(f"6.1 Quarterly performance returns. The Overview and Scrutiny Committee will consider this report on {long(nxt)}."))
    P(X(f"Contact officer: {r.officer[0]}, {r.officer[1]}, {r.officer[2]}"), "Small")
    r.traits |= {"trap-other-meeting-date", "other-meetings-listed"}
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NS} xmlns:xlink="http://www.w3.org/1999/xlink">'
               '<office:automatic-styles><style:style style:name="PageBreak" style:family="paragraph">'
               '<style:paragraph-properties fo:break-after="page"/></style:style>'
               '<style:style style:name="Cover" style:family="paragraph"><style:text-properties fo:font-weight="bold" fo:font-size="12pt"/></style:style>'
               '<style:style style:name="Small" style:family="paragraph"><style:text-properties fo:font-size="8pt"/></style:style>'
               '</office:automatic-styles><office:body><office:text>' + "".join(body) +
               "</office:text></office:body></office:document-content>")
    meta = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-meta {NS}><office:meta>'
            f'<meta:generator>LibreOffice/7.4</meta:generator><dc:title>{X(r.title)}</dc:title>'
            f'<meta:template xlink:type="simple" xlink:href="../Templates/HBC_Committee_Report.ott" xmlns:xlink="http://www.w3.org/1999/xlink" xlink:title="HBC Committee Report"/>'
            '</office:meta></office:document-meta>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    src = work / "tpl" / (final.stem + ".odt")
    src.parent.mkdir(exist_ok=True)
    with zipfile.ZipFile(src, "w") as z:
        stamp = (2020, 1, 1, 0, 0, 0)
        z.writestr(zipfile.ZipInfo("mimetype", stamp), "application/vnd.oasis.opendocument.text",
                   compress_type=zipfile.ZIP_STORED)
        for name, data in (("content.xml", content), ("meta.xml", meta), ("META-INF/manifest.xml", manifest)):
            z.writestr(zipfile.ZipInfo(name, stamp), data, compress_type=zipfile.ZIP_DEFLATED)
    steps = ["lo-odt"] + (["lo-docx"] if r.fmt == "docx" else []) + (["lo-pdf"] if pdf else [])
    return Job(r, final, src, steps)
