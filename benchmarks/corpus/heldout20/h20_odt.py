"""Held-out-20 template written as an OpenDocument text package by hand (mimetype, content.xml,
styles.xml, meta.xml and the manifest zipped here, no library and no LibreOffice), one printed
to PDF by LibreOffice:

  two-tier-year-header-report  a Cabinet report whose performance table has a header of two rows:
                               the financial years ('2018/19', '2019/20') spanning the quarters
                               under them ('Q3', 'Q4', 'Q1'), the latest quarter the right-most,
                               then the target and RAG spanning both header rows; rate rows, a
                               '(no target)' row; the recommendations numbered 1. 2. by an ODF
                               list style
"""
from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape as E

from council import COUNCIL
from h20_common import (NOTE, PORTFOLIOS, Job, Report, _extras, background, cap, ends, fin_year, items, long,
                        lookalike, mark_text, meeting_date, noun, other_member, perf, quarter_name, quarter_of,
                        rate_words, row_rate, status, thanks, who, word_counts)

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/"')

STYLES = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles {NS} office:version="1.2">
<office:font-face-decls><style:font-face style:name="DejaVu Sans" svg:font-family="&apos;DejaVu Sans&apos;" style:font-family-generic="swiss"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.18cm"/><style:text-properties style:font-name="DejaVu Sans" fo:font-size="10pt" fo:language="en" fo:country="GB"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text"/>
<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.3cm" fo:border-bottom="2pt solid #8a2432" fo:padding-bottom="0.1cm"/><style:text-properties fo:font-size="17pt" fo:font-weight="bold" fo:color="#8a2432"/></style:style>
<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="2"><style:paragraph-properties fo:margin-top="0.35cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="12pt" fo:font-weight="bold" fo:color="#8a2432"/></style:style>
<style:style style:name="Cover" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.04cm"><style:tab-stops><style:tab-stop style:position="4.2cm"/></style:tab-stops></style:paragraph-properties></style:style>
<style:style style:name="Cell" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0cm"/><style:text-properties fo:font-size="8.5pt"/></style:style>
<style:style style:name="CellH" style:family="paragraph" style:parent-style-name="Cell"><style:text-properties fo:font-weight="bold" fo:color="#ffffff"/></style:style>
<style:style style:name="Note" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="8pt" fo:font-style="italic"/></style:style>
<style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="7.5pt"/></style:style>
<text:list-style style:name="RecList"><text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.1cm" fo:text-indent="-1.1cm" fo:margin-left="1.1cm"/></style:list-level-properties></text:list-level-style-number></text:list-style>
</office:styles>
<office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.6cm" fo:margin-bottom="1.4cm" fo:margin-left="1.9cm" fo:margin-right="1.9cm"/><style:footer-style><style:header-footer-properties fo:min-height="0.5cm"/></style:footer-style></style:page-layout></office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"><style:footer><text:p text:style-name="Footer">{{footer}} \u2013 page <text:page-number text:select-page="current">1</text:page-number></text:p></style:footer></style:master-page></office:master-styles>
</office:document-styles>
"""

AUTO = """<office:automatic-styles>
<style:style style:name="T1" style:family="table"><style:table-properties style:width="17.2cm" table:align="left"/></style:style>
<style:style style:name="T1.A" style:family="table-column"><style:table-column-properties style:column-width="5.2cm"/></style:style>
<style:style style:name="T1.B" style:family="table-column"><style:table-column-properties style:column-width="2.4cm"/></style:style>
<style:style style:name="T1.H" style:family="table-cell"><style:table-cell-properties fo:background-color="#8a2432" fo:padding="0.07cm" fo:border="0.5pt solid #8a2432"/></style:style>
<style:style style:name="T1.C" style:family="table-cell"><style:table-cell-properties fo:padding="0.07cm" fo:border="0.5pt solid #c9a0a6"/></style:style>
<style:style style:name="T1.P" style:family="table-cell"><style:table-cell-properties fo:background-color="#f6eced" fo:padding="0.07cm" fo:border="0.5pt solid #c9a0a6"/></style:style>
<style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Sup" style:family="text"><style:text-properties style:text-position="super 58%"/></style:style>
<style:style style:name="R1" style:family="paragraph" style:parent-style-name="Standard" style:list-style-name="RecList"/>
</office:automatic-styles>"""


def P(text: str, style: str = "Standard") -> str:
    return f'<text:p text:style-name="{style}">{E(text)}</text:p>'


def cell(inner: str, style: str = "T1.C", pstyle: str = "Cell") -> str:
    return f'<table:table-cell table:style-name="{style}" office:value-type="string"><text:p text:style-name="{pstyle}">{inner}</text:p></table:table-cell>'


def write_odt(path: Path, body: str, title: str, when: dt.date, footer: str) -> None:
    stamp = f"{when.isoformat()}T15:12:00"
    content = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {NS} office:version="1.2">'
               f"{AUTO}<office:body><office:text>{body}</office:text></office:body></office:document-content>\n")
    meta = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {NS} office:version="1.2"><office:meta>'
            f"<meta:generator>LibreOffice/7.3.7.2$Linux_X86_64 LibreOffice_project/30$Build-2</meta:generator><dc:title>{E(title)}</dc:title>"
            f"<meta:initial-creator>Performance Team</meta:initial-creator><meta:creation-date>{stamp}</meta:creation-date>"
            f"<dc:date>{stamp}</dc:date></office:meta></office:document-meta>\n")
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                "</manifest:manifest>\n")
    with zipfile.ZipFile(path, "w") as z:
        for name, data, how in (("mimetype", "application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED),
                                ("content.xml", content, zipfile.ZIP_DEFLATED),
                                ("styles.xml", STYLES.replace("{footer}", E(footer)), zipfile.ZIP_DEFLATED),
                                ("meta.xml", meta, zipfile.ZIP_DEFLATED),
                                ("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)):
            zi = zipfile.ZipInfo(name, (2020, 1, 1, 0, 0, 0))
            zi.compress_type = how
            z.writestr(zi, data.encode("utf-8"))


def _span(inner: str, cols: int = 1, rows: int = 1) -> str:
    a = (f' table:number-columns-spanned="{cols}"' if cols > 1 else "") + (f' table:number-rows-spanned="{rows}"' if rows > 1 else "")
    return (f'<table:table-cell table:style-name="T1.H"{a} office:value-type="string"><text:p text:style-name="CellH">{inner}</text:p>'
            "</table:table-cell>" + "<table:covered-table-cell/>" * (cols - 1))


def make_twotier(r: Report, final: Path, work: Path, pdf: bool = False) -> Job:
    rng = r.rng
    v = r.variant
    q_end, qs, figs = perf(r, n=(3, 4), rates=0.85)
    date = meeting_date(r, [2, 4, 1, 3, 0, 2][v % 6])
    member = who(r, ["full", "cllr-initial", "cllr-dot", "cllr-full", "councillor-initial", "full"][v % 6])
    r.traits |= {"two-tier-header", "fy-quarter-columns", "cover-lines", "auto-numbering", "agenda-item-number",
                 "report-date-before-meeting-date", "trap-phone", "implications", "period-columns", "target-column",
                 "performance-table", "rag-column", "odt-native", "decimal-section-numbers"}
    b = [P(COUNCIL, "Standard"), P(r.title, "Title")]
    for lab, val in (("Report to", r.executive), ("Date of meeting", date), ("Agenda item", str(r.item)),
                     ("Portfolio holder", f"{member}, {r.role}"), ("Report author", f"{r.officer[0]}, {r.officer[1]}"),
                     ("Telephone", r.officer[2]), ("Report date", long(r.report_date))):
        b.append(f'<text:p text:style-name="Cover"><text:span text:style-name="B">{E(lab)}:</text:span><text:tab/>{E(val)}</text:p>')
    b.append(P("1. Purpose", "Heading_20_2"))
    b.append(P(f"1.1 To report the {PORTFOLIOS[r.portfolio]} portfolio's performance for the last three quarters, "
               f"to {long(q_end)}, by financial year."))
    b.append(P("2. Recommendations", "Heading_20_2"))
    b.append(P(f"2.1 It is recommended that {r.executive}:"))
    its = items(r, "third", "notes the performance in section 4")
    lis = []
    for k, it in enumerate(its):
        lis.append(f'<text:list-item><text:p text:style-name="R1">{E(it + ends(k, len(its)))}</text:p></text:list-item>')
        if k:
            r.commit(it + ends(k, len(its)))
    b.append(f'<text:list text:style-name="RecList">{"".join(lis)}</text:list>')
    b.append(P("3. Background", "Heading_20_2"))
    for k, tx in enumerate([x for x in (thanks(r), background(r, 1)[0], other_member(r), word_counts(r)) if x], 1):
        b.append(P(f"3.{k} {tx}"))
    b.append(P("4. Performance", "Heading_20_2"))
    b.append(P(f"4.1 The table shows the quarters by financial year; the right-hand quarter, Q{quarter_of(q_end)} "
               f"{fin_year(q_end)}, is the latest. The target is for {fin_year(q_end)}."))
    mark = ["sup", "p", "star", "sup", "p", "star"][v % 6]
    marked = rng.choice(figs)
    marked.marker = mark
    groups: list[tuple[str, int]] = []
    for q in qs:
        y = fin_year(q)
        if groups and groups[-1][0] == y:
            groups[-1] = (y, groups[-1][1] + 1)
        else:
            groups.append((y, 1))
    ncols = 1 + len(qs) + 2
    t = ['<table:table table:name="Performance" table:style-name="T1"><table:table-column table:style-name="T1.A"/>'
         f'<table:table-column table:style-name="T1.B" table:number-columns-repeated="{ncols - 1}"/>'
         "<table:table-header-rows><table:table-row>" + _span("Indicator", rows=2)
         + "".join(_span(E(y), cols=n) for y, n in groups) + _span(f"Target {E(fin_year(q_end))}", rows=2)
         + _span("RAG", rows=2) + "</table:table-row><table:table-row><table:covered-table-cell/>"
         + "".join(_span(f"Q{quarter_of(q)}") for q in qs) + "<table:covered-table-cell/><table:covered-table-cell/>"
         + "</table:table-row></table:table-header-rows>"]
    lab, lv = lookalike(r, 3)
    ctx = rng.randint(1, len(figs))
    for n, f in enumerate(figs):
        latest = E(f.show())
        if f is marked:
            latest += mark_text(mark) if mark != "sup" else '<text:span text:style-name="Sup">1</text:span>'
        t.append("<table:table-row>" + cell(E(f.label)) + cell(E(f.show(f.history[0]))) + cell(E(f.show(f.history[1])))
                 + cell(latest) + cell(E(f.target)) + cell(E(status(f))) + "</table:table-row>")
        if f.rate is not None:
            rr = [f.rate_at(f.history[0], qs[0]), f.rate_at(f.history[1], qs[1]), f.rate]
            t.append("<table:table-row>" + cell(E(row_rate(f))) + "".join(cell(f"{x:.1f}") for x in rr)
                     + cell("") + cell("") + "</table:table-row>")
            r.traits.add("rate-row")
        if n + 1 == ctx:
            t.append("<table:table-row>" + cell(E(lab + " (no target)")) + "".join(cell(E(x)) for x in lv)
                     + cell("\u2013") + cell("") + "</table:table-row>")
    t.append("</table:table>")
    b.append("".join(t))
    b.append(P(NOTE[mark], "Note"))
    rated = [f for f in figs if f.rate is not None]
    k = 2
    if rated:
        r.traits.add("rate-in-line")
        b.append(P(f"4.{k} {cap(noun(rng, rated[0].key))} at the end of Q{quarter_of(q_end)} were {rated[0].show()}, "
                   f"a rate of {rate_words(rated[0])}."))
        k += 1
    extra, money = _extras(r, figs, q_end)
    for tx in extra:
        b.append(P(f"4.{k} {tx}"))
        k += 1
    b.append(P("5. Implications", "Heading_20_2"))
    b.append(P(f"5.1 Financial: {money}"))
    b.append(P("5.2 Legal: none arising from this report."))
    nxt = r.meeting + dt.timedelta(weeks=rng.randint(3, 6), days=1)
    b.append(P(f"5.3 The Overview and Scrutiny Committee will consider this report on {long(nxt, weekday=True)}."))
    r.traits |= {"trap-other-meeting-date", "other-meetings-listed"}
    b.append(P("Background papers: none."))
    src = work / (final.stem + ".odt") if (pdf or final.suffix != ".odt") else final
    write_odt(src, "".join(b), r.title, r.report_date, f"{COUNCIL} \u2013 {r.executive}, {long(r.meeting)}")
    steps = ["lo-pdf"] if pdf or final.suffix == ".pdf" else []
    return Job(r, final, src, steps)
