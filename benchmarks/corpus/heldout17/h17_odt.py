"""Held-out-17 template written as a flat OpenDocument file (.fodt) by hand and saved as .odt or
.docx (or printed to PDF) by LibreOffice:

  side-heading-layout   a district council's committee report laid out as one borderless
                        two-column table running the length of the report: the side headings
                        ('Report to', 'Date of meeting', 'Purpose', 'Recommendations', 'Reasons',
                        'Performance', 'Implications' ...) in the narrow left column, the text in
                        the wide right one; the recommendations an automatic list numbered (i)
                        (ii) by a LibreOffice list style; the performance table nested inside the
                        right-hand cell (three quarters, target, RAG in some, rate rows, a
                        look-alike row, '*', '(p)' or a superscript note)
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from xml.sax.saxutils import escape as E

from council import COUNCIL
from h17_common import (PORTFOLIOS, Job, Report, _extras, background, ends, items, long, meeting_date, other_member,
                        perf, perf_rows15, quarter_name, thanks, who)

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:xlink="http://www.w3.org/1999/xlink"')

STYLES = """
<style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.18cm"/><style:text-properties style:font-name="Verdana" fo:font-size="10pt" fo:language="en" fo:country="GB"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text"/>
<style:style style:name="Side" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-weight="bold" fo:color="#5b2c6f"/></style:style>
<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="start"/><style:text-properties fo:font-size="17pt" fo:font-weight="bold" fo:color="#5b2c6f"/></style:style>
<style:style style:name="Council" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="12pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Cell" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0cm"/><style:text-properties fo:font-size="8.5pt"/></style:style>
<style:style style:name="CellH" style:family="paragraph" style:parent-style-name="Cell"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Small" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="8pt"/></style:style>
<style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="8pt"/></style:style>
<text:list-style style:name="Recs"><text:list-level-style-number text:level="1" style:num-prefix="(" style:num-suffix=")" style:num-format="i"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1cm" fo:text-indent="-1cm" fo:margin-left="1cm"/></style:list-level-properties></text:list-level-style-number></text:list-style>
"""

AUTO = """
<style:style style:name="Lay" style:family="table"><style:table-properties style:width="17cm" table:align="left"/></style:style>
<style:style style:name="Lay.A" style:family="table-column"><style:table-column-properties style:column-width="4.2cm"/></style:style>
<style:style style:name="Lay.B" style:family="table-column"><style:table-column-properties style:column-width="12.8cm"/></style:style>
<style:style style:name="Lay.L" style:family="table-cell"><style:table-cell-properties fo:padding-top="0.12cm" fo:padding-right="0.2cm" fo:border="none"/></style:style>
<style:style style:name="Lay.R" style:family="table-cell"><style:table-cell-properties fo:padding-top="0.12cm" fo:border-top="0.5pt solid #b9a3c6" fo:border-left="none" fo:border-right="none" fo:border-bottom="none"/></style:style>
<style:style style:name="Lay.RL" style:family="table-cell"><style:table-cell-properties fo:padding-top="0.12cm" fo:border-top="0.5pt solid #b9a3c6" fo:border-left="none" fo:border-right="none" fo:border-bottom="none"/></style:style>
<style:style style:name="Pf" style:family="table"><style:table-properties style:width="12.6cm" table:align="left"/></style:style>
<style:style style:name="Pf.H" style:family="table-cell"><style:table-cell-properties fo:background-color="#e8daef" fo:padding="0.05cm" fo:border="0.5pt solid #7d7d7d"/></style:style>
<style:style style:name="Pf.C" style:family="table-cell"><style:table-cell-properties fo:padding="0.05cm" fo:border="0.5pt solid #7d7d7d"/></style:style>
<style:style style:name="Sup" style:family="text"><style:text-properties style:text-position="super 58%"/></style:style>
<style:style style:name="L1" style:family="paragraph" style:parent-style-name="Standard" style:list-style-name="Recs"/>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.2cm" fo:margin-left="2cm" fo:margin-right="2cm"/><style:footer-style><style:header-footer-properties fo:min-height="0.6cm"/></style:footer-style></style:page-layout>
"""


def P(text: str, style: str = "Standard") -> str:
    return f'<text:p text:style-name="{style}">{E(text)}</text:p>'


def perf_table(head, rows, marked_cell=None) -> str:
    n = len(head)
    cols = f'<table:table-column table:number-columns-repeated="{n}"/>'
    out = [f'<table:table table:name="Performance" table:style-name="Pf">{cols}<table:table-header-rows><table:table-row>'
           + "".join(f'<table:table-cell table:style-name="Pf.H" office:value-type="string">{P(h, "CellH")}</table:table-cell>'
                     for h in head) + "</table:table-row></table:table-header-rows>"]
    for i, row in enumerate(rows):
        cs = []
        for j, c in enumerate(row):
            inner = E(str(c))
            if marked_cell == (i, j):
                inner += '<text:span text:style-name="Sup">1</text:span>'
            cs.append(f'<table:table-cell table:style-name="Pf.C" office:value-type="string">'
                      f'<text:p text:style-name="Cell">{inner}</text:p></table:table-cell>')
        out.append("<table:table-row>" + "".join(cs) + "</table:table-row>")
    return "".join(out) + "</table:table>"


def make_sidehead(r: Report, final: Path, work: Path, pdf: bool = False) -> Job:
    rng = r.rng
    v = r.variant
    q_end, qs, figs = perf(r, n=(3, 4), rates=0.85)
    date = meeting_date(r, [1, 4, 3, 2, 0][v % 5])
    member = who(r, ["councillor-initial", "cllr-full", "cllr-dot", "cllr-initial", "full"][v % 5])
    r.traits |= {"side-heading-layout", "layout-table", "nested-table", "cover-lines", "auto-numbering",
                 "roman-items", "agenda-item-number", "report-date-before-meeting-date", "trap-phone",
                 "implications", "page-x-of-y"}
    rows = []

    def row(side: str, content: str, first_rule: bool = True):
        rows.append(f'<table:table-row><table:table-cell table:style-name="Lay.L" office:value-type="string">{P(side, "Side")}'
                    f'</table:table-cell><table:table-cell table:style-name="{"Lay.R" if first_rule else "Lay.RL"}" '
                    f'office:value-type="string">{content}</table:table-cell></table:table-row>')
    for lab, val in (("Report to", r.executive), ("Date of meeting", date), ("Agenda item", str(r.item)),
                     (f"{'Cabinet' if r.cabinet else 'Executive'} Member", f"{member}, {r.role}"),
                     ("Lead officer", f"{r.officer[0]}, {r.officer[1]}"), ("Contact", f"{r.officer[2]}, {r.officer[3]}"),
                     ("Report date", long(r.report_date)), ("Wards", "All"), ("Key decision", "No")):
        row(lab, P(val))
    row("Purpose", P(f"To report on the {PORTFOLIOS[r.portfolio]} portfolio for {quarter_name(q_end, 'quarter')} "
                     f"(to {long(q_end)}) and to seek the decisions below."))
    its = items(r, "to", "to note the performance set out in this report")
    lis = []
    for k, it in enumerate(its):
        lis.append(f'<text:list-item><text:p text:style-name="L1">{E(it + ends(k, len(its)))}</text:p></text:list-item>')
        if k:
            r.commit(it + ends(k, len(its)))
    body = "Cabinet" if r.cabinet else "The Executive"
    row("Recommendations", P(f"{body} is recommended:") + f'<text:list text:style-name="Recs">{"".join(lis)}</text:list>')
    row("Reasons for recommendations", P("To keep members informed of performance and to allow the service to proceed "
                                         "with the plans that need a decision."))
    bg = [x for x in (thanks(r), background(r, 1)[0], other_member(r)) if x]
    row("Background", "".join(P(x) for x in bg))
    mark = ["star", "p", "sup", "star", "sup"][v % 5]
    head, prows, marked = perf_rows15(r, figs, qs, marker=mark, rag=v % 2 == 1)
    cell = None
    if mark == "sup":
        cell = next((i, 3) for i, rw in enumerate(prows) if rw[0] == marked.label)
    note = {"sup": "1 Provisional figure, to be confirmed.", "p": "(p) provisional", "star": "* provisional"}[mark]
    perf_xml = (P(f"The table shows the last three quarters to {long(q_end)}, the latest on the right.")
                + perf_table(head, prows, cell) + P(note, "Small"))
    row("Performance", perf_xml)
    extra, money = _extras(r, figs, q_end)
    row("Commentary", "".join(P(x) for x in extra))
    row("Financial implications", P(money))
    row("Legal implications", P("None arising from this report."))
    row("Equality implications", P("No adverse impact has been identified."))
    nxt = r.meeting + dt.timedelta(weeks=rng.randint(3, 6), days=1)
    row("Scrutiny", P(f"The Overview and Scrutiny Committee will review this report on {long(nxt, weekday=True)}."))
    r.traits |= {"trap-other-meeting-date", "other-meetings-listed"}
    row("Background papers", P("None."))
    layout = ('<table:table table:name="Layout" table:style-name="Lay"><table:table-column table:style-name="Lay.A"/>'
              '<table:table-column table:style-name="Lay.B"/>' + "".join(rows) + "</table:table>")
    body_xml = P(COUNCIL, "Council") + P(r.title, "Title") + layout
    foot = ('<style:footer><text:p text:style-name="Footer">' + E(f"{COUNCIL} \u2013 Page ") +
            '<text:page-number text:select-page="current">1</text:page-number> of '
            '<text:page-count>3</text:page-count></text:p></style:footer>')
    stamp = f"{r.report_date.isoformat()}T14:20:00"
    doc = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {NS} office:version="1.3" '
           f'office:mimetype="application/vnd.oasis.opendocument.text">'
           f'<office:meta><meta:generator>LibreOffice/6.4.7.2$Linux_X86_64</meta:generator><dc:title>{E(r.title)}</dc:title>'
           f'<meta:creation-date>{stamp}</meta:creation-date><dc:date>{stamp}</dc:date></office:meta>'
           f'<office:font-face-decls><style:font-face style:name="Verdana" svg:font-family="Verdana" style:font-family-generic="swiss"/></office:font-face-decls>'
           f'<office:styles>{STYLES}</office:styles><office:automatic-styles>{AUTO}</office:automatic-styles>'
           f'<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">{foot}</style:master-page></office:master-styles>'
           f'<office:body><office:text>{body_xml}</office:text></office:body></office:document>\n')
    src = work / (final.stem + ".fodt")
    src.write_text(doc, encoding="utf-8")
    steps = ["lo-pdf"] if pdf or final.suffix == ".pdf" else (["lo-docx"] if final.suffix == ".docx" else ["lo-odt"])
    return Job(r, final, src, steps)
