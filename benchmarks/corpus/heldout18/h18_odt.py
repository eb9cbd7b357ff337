"""Held-out-18 template written as a flat OpenDocument file (.fodt) by hand and saved as .odt or
.docx (or printed to PDF) by LibreOffice:

  part-one-part-two-report  a report in two parts: 'PART I \u2013 PUBLIC' (cover lines, the
                            recommendations lettered a) b) by a LibreOffice list style, the
                            performance table with target ranges and 'n/a' where a measure was not
                            yet collected, implications) and then 'PART II \u2013 NOT FOR
                            PUBLICATION', the exempt part withheld under paragraph 3 of Schedule
                            12A to the Local Government Act 1972 (only its heading and a notice
                            printed, its recommendations 'set out in the exempt report')
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from xml.sax.saxutils import escape as E

from council import COUNCIL
from h18_common import (PORTFOLIOS, Job, Report, _extras, background, ends, items, long, meeting_date, other_member,
                        perf, perf_rows15, quarter_name, target_range, thanks, who, word_counts)

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/"')

STYLES = """
<style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.2cm"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="11pt" fo:language="en" fo:country="GB"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text"/>
<style:style style:name="Part" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center" fo:padding="0.15cm" fo:border="1.5pt solid #000000" fo:margin-bottom="0.4cm"/><style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="16pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-top="0.35cm"/><style:text-properties fo:font-size="12pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Cell" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0cm"/><style:text-properties fo:font-size="9pt"/></style:style>
<style:style style:name="CellH" style:family="paragraph" style:parent-style-name="Cell"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Small" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="8.5pt"/></style:style>
<style:style style:name="Withheld" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:background-color="#d9d9d9" fo:padding="0.3cm"/><style:text-properties fo:font-style="italic"/></style:style>
<style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="8pt"/></style:style>
<text:list-style style:name="Recs"><text:list-level-style-number text:level="1" style:num-suffix=")" style:num-format="a"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1cm" fo:text-indent="-0.7cm" fo:margin-left="1cm"/></style:list-level-properties></text:list-level-style-number></text:list-style>
"""

AUTO = """
<style:style style:name="Pf" style:family="table"><style:table-properties style:width="17cm" table:align="left"/></style:style>
<style:style style:name="Pf.H" style:family="table-cell"><style:table-cell-properties fo:background-color="#fce4d6" fo:padding="0.06cm" fo:border="0.5pt solid #808080"/></style:style>
<style:style style:name="Pf.C" style:family="table-cell"><style:table-cell-properties fo:padding="0.06cm" fo:border="0.5pt solid #808080"/></style:style>
<style:style style:name="Sup" style:family="text"><style:text-properties style:text-position="super 58%"/></style:style>
<style:style style:name="L1" style:family="paragraph" style:parent-style-name="Standard" style:list-style-name="Recs"/>
<style:style style:name="Brk" style:family="paragraph" style:parent-style-name="Part"><style:paragraph-properties fo:break-before="page"/></style:style>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.8cm" fo:margin-bottom="1.5cm" fo:margin-left="2cm" fo:margin-right="2cm"/><style:footer-style><style:header-footer-properties fo:min-height="0.6cm"/></style:footer-style></style:page-layout>
"""


def P(text: str, style: str = "Standard") -> str:
    return f'<text:p text:style-name="{style}">{E(text)}</text:p>'


def perf_table(head, rows, marked_cell=None) -> str:
    cols = f'<table:table-column table:number-columns-repeated="{len(head)}"/>'
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


def make_parts(r: Report, final: Path, work: Path, pdf: bool = False) -> Job:
    rng = r.rng
    v = r.variant
    q_end, qs, figs = perf(r, n=(3, 4), rates=0.85)
    date = meeting_date(r, [3, 1, 0, 4, 2][v % 5])
    member = who(r, ["cllr-dot", "councillor-initial", "cllr-full", "full", "cllr-initial"][v % 5])
    r.traits |= {"part-one-part-two", "exempt-part-withheld", "cover-lines", "auto-numbering", "lettered-items",
                 "agenda-item-number", "report-date-before-meeting-date", "trap-phone", "implications",
                 "target-range", "na-cells", "trap-years"}
    b = []
    b.append(P("PART I \u2013 PUBLIC", "Part"))
    b.append(P(COUNCIL.upper(), "Standard"))
    b.append(P(r.title, "Title"))
    for lab, val in (("Report to", r.executive), ("Date", date), ("Agenda item", str(r.item)),
                     ("Report of", f"{member}, {r.role}"), ("Lead officer", f"{r.officer[0]}, {r.officer[1]}"),
                     ("Contact", f"{r.officer[2]}, {r.officer[3]}"), ("Date of report", long(r.report_date)),
                     ("Wards", "All"),
                     ("Exempt information", "Part II of this report is not for publication by virtue of paragraph 3 "
                      "of Part 1 of Schedule 12A to the Local Government Act 1972.")):
        b.append(f'<text:p text:style-name="Standard"><text:span text:style-name="B">{E(lab)}:</text:span> {E(val)}</text:p>')
    b.append(P("1. Purpose of the report", "Heading_20_1"))
    b.append(P(f"1.1 To report on the {PORTFOLIOS[r.portfolio]} portfolio for {quarter_name(q_end, 'quarter')} "
               f"(to {long(q_end)}). Commercial details of the contracts concerned are in Part II, which is exempt."))
    b.append(P("2. Recommendations (Part I)", "Heading_20_1"))
    body = "Cabinet" if r.cabinet else "The Executive"
    b.append(P(f"{body} is recommended to:"))
    its = items(r, "lower", "note the performance of the portfolio in the quarter")
    lis = []
    for k, it in enumerate(its):
        lis.append(f'<text:list-item><text:p text:style-name="L1">{E(it + ends(k, len(its)))}</text:p></text:list-item>')
        if k:
            r.commit(it + ends(k, len(its)))
    b.append(f'<text:list text:style-name="Recs">{"".join(lis)}</text:list>')
    b.append(P("The recommendations on the exempt matters are set out in Part II of the report."))
    b.append(P("3. Background", "Heading_20_1"))
    for k, tx in enumerate([x for x in (thanks(r), background(r, 1)[0], other_member(r), word_counts(r)) if x], 1):
        b.append(P(f"3.{k} {tx}"))
    b.append(P("4. Performance", "Heading_20_1"))
    b.append(P(f"4.1 The table shows the last three quarters to {long(q_end)}. Targets are ranges; n/a means the "
               "measure was not collected in that quarter."))
    mark = ["p", "sup", "star", "p", "sup"][v % 5]
    head, rows, marked = perf_rows15(r, figs, qs, marker=mark, rag=v % 2 == 1)
    by_label = {f.label: f for f in figs}
    na = rng.choice(figs)
    for row in rows:
        f = by_label.get(row[0])
        if f is not None:
            row[4] = target_range(r, f)
            if f is na:
                row[1] = "n/a"
        elif str(row[0]).startswith("Rate per") and rows[rows.index(row) - 1][0] == na.label:
            row[1] = "n/a"
    cell = None
    if mark == "sup":
        cell = next((i, 3) for i, rw in enumerate(rows) if rw[0] == marked.label)
    b.append(perf_table(head, rows, cell))
    b.append(P({"sup": "1 Provisional figure, to be confirmed.", "p": "(p) provisional", "star": "* provisional"}[mark], "Small"))
    extra, money = _extras(r, figs, q_end)
    for k, tx in enumerate(extra, 2):
        b.append(P(f"4.{k} {tx}"))
    b.append(P("5. Implications", "Heading_20_1"))
    b.append(P(f"5.1 Financial: {money}"))
    b.append(P("5.2 Legal: the exempt information in Part II relates to the financial or business affairs of "
               "particular persons; the public interest in keeping it exempt outweighs that in disclosing it."))
    b.append(P("5.3 Equalities: no adverse impact has been identified."))
    nxt = r.meeting + dt.timedelta(weeks=rng.randint(3, 6), days=1)
    b.append(P("6. Next steps", "Heading_20_1"))
    b.append(P(f"6.1 The Overview and Scrutiny Committee will consider Part I of the report on {long(nxt, weekday=True)}."))
    r.traits |= {"trap-other-meeting-date", "other-meetings-listed"}
    b.append(P("Background papers: none."))
    b.append(P("PART II \u2013 NOT FOR PUBLICATION", "Brk"))
    b.append(P("By virtue of paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972 (information "
               "relating to the financial or business affairs of any particular person, including the authority "
               "holding that information)."))
    b.append(P("The content of Part II has been withheld from the published report. Members will find it in the "
               "pink papers circulated with the agenda.", "Withheld"))
    b.append(P("7. Exempt recommendations", "Heading_20_1"))
    b.append(P("Set out in the exempt report."))
    body_xml = "".join(b)
    foot = ('<style:footer><text:p text:style-name="Footer">' + E(f"{COUNCIL} \u2013 {r.executive} \u2013 Page ") +
            '<text:page-number text:select-page="current">1</text:page-number></text:p></style:footer>')
    stamp = f"{r.report_date.isoformat()}T10:05:00"
    auto = AUTO + '<style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>'
    doc = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {NS} office:version="1.3" '
           f'office:mimetype="application/vnd.oasis.opendocument.text">'
           f'<office:meta><meta:generator>LibreOffice/7.3.7.2$Linux_X86_64</meta:generator><dc:title>{E(r.title)}</dc:title>'
           f'<meta:creation-date>{stamp}</meta:creation-date><dc:date>{stamp}</dc:date></office:meta>'
           f'<office:font-face-decls><style:font-face style:name="Liberation Sans" svg:font-family="&apos;Liberation Sans&apos;" style:font-family-generic="swiss"/></office:font-face-decls>'
           f'<office:styles>{STYLES}</office:styles><office:automatic-styles>{auto}</office:automatic-styles>'
           f'<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">{foot}</style:master-page></office:master-styles>'
           f'<office:body><office:text>{body_xml}</office:text></office:body></office:document>\n')
    src = work / (final.stem + ".fodt")
    src.write_text(doc, encoding="utf-8")
    steps = ["lo-pdf"] if pdf or final.suffix == ".pdf" else (["lo-docx"] if final.suffix == ".docx" else ["lo-odt"])
    return Job(r, final, src, steps)
