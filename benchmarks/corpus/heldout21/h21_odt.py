"""Held-out-21 template written as an OpenDocument text package by hand (mimetype, content.xml,
styles.xml, meta.xml and the manifest zipped here, no library and no LibreOffice), one printed
to PDF by LibreOffice:

  data-quality-column-report  a Cabinet report whose performance table carries a 'Data quality'
                              column ('Validated', 'Provisional', 'Estimate') beside each value,
                              and a 'Same quarter last year' column; the two quarters before,
                              the target and the direction; rate rows, a '(context)' row; the
                              recommendations lettered a) b) by an ODF list style
"""
from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape as E

from council import COUNCIL
from h3_model import step
from h21_common import (NOTE, PORTFOLIOS, Job, Report, _extras, arrow, background, cap, ends, fin_year, items,
                        long, lookalike, mark_text, meeting_date, noun, other_member, perf, quarter_name, rate_words,
                        row_rate, thanks, who, word_counts)

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
<office:font-face-decls><style:font-face style:name="Liberation Sans" svg:font-family="&apos;Liberation Sans&apos;" style:font-family-generic="swiss"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.2cm"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="10.5pt" fo:language="en" fo:country="GB"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text"/>
<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.35cm"/><style:text-properties fo:font-size="18pt" fo:font-weight="bold" fo:color="#2e5d3a"/></style:style>
<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="2"><style:paragraph-properties fo:margin-top="0.35cm" fo:keep-with-next="always" fo:border-bottom="0.5pt solid #2e5d3a"/><style:text-properties fo:font-size="12.5pt" fo:font-weight="bold" fo:color="#2e5d3a"/></style:style>
<style:style style:name="Cover" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.04cm"><style:tab-stops><style:tab-stop style:position="4.6cm"/></style:tab-stops></style:paragraph-properties></style:style>
<style:style style:name="Cell" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0cm"/><style:text-properties fo:font-size="8.5pt"/></style:style>
<style:style style:name="CellH" style:family="paragraph" style:parent-style-name="Cell"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Note" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="8pt"/></style:style>
<style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="7.5pt"/></style:style>
<text:list-style style:name="RecList"><text:list-level-style-number text:level="1" style:num-suffix=")" style:num-format="a"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1cm" fo:text-indent="-1cm" fo:margin-left="1cm"/></style:list-level-properties></text:list-level-style-number></text:list-style>
</office:styles>
<office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.8cm" fo:margin-bottom="1.5cm" fo:margin-left="2cm" fo:margin-right="2cm"/><style:footer-style><style:header-footer-properties fo:min-height="0.5cm"/></style:footer-style></style:page-layout></office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"><style:footer><text:p text:style-name="Footer">{{footer}} \u2013 page <text:page-number text:select-page="current">1</text:page-number></text:p></style:footer></style:master-page></office:master-styles>
</office:document-styles>
"""

AUTO = """<office:automatic-styles>
<style:style style:name="T1" style:family="table"><style:table-properties style:width="17cm" table:align="left"/></style:style>
<style:style style:name="T1.A" style:family="table-column"><style:table-column-properties style:column-width="4.6cm"/></style:style>
<style:style style:name="T1.B" style:family="table-column"><style:table-column-properties style:column-width="2.05cm"/></style:style>
<style:style style:name="T1.H" style:family="table-cell"><style:table-cell-properties fo:background-color="#d5e8d4" fo:padding="0.07cm" fo:border="0.5pt solid #7a9a7e"/></style:style>
<style:style style:name="T1.C" style:family="table-cell"><style:table-cell-properties fo:padding="0.07cm" fo:border="0.5pt solid #7a9a7e"/></style:style>
<style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Sup" style:family="text"><style:text-properties style:text-position="super 58%"/></style:style>
<style:style style:name="R1" style:family="paragraph" style:parent-style-name="Standard" style:list-style-name="RecList"/>
</office:automatic-styles>"""


def P(text: str, style: str = "Standard") -> str:
    return f'<text:p text:style-name="{style}">{E(text)}</text:p>'


def cell(inner: str, style: str = "T1.C", pstyle: str = "Cell") -> str:
    return (f'<table:table-cell table:style-name="{style}" office:value-type="string"><text:p text:style-name="{pstyle}">'
            f"{inner}</text:p></table:table-cell>")


def write_odt(path: Path, body: str, title: str, when: dt.date, footer: str) -> None:
    stamp = f"{when.isoformat()}T11:05:00"
    content = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {NS} office:version="1.2">'
               f"{AUTO}<office:body><office:text>{body}</office:text></office:body></office:document-content>\n")
    meta = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {NS} office:version="1.2"><office:meta>'
            f"<meta:generator>LibreOffice/7.5.9.2$Windows_X86_64 LibreOffice_project/cdeefe45c17511d326101eed8008ac4092f278a9</meta:generator>"
            f"<dc:title>{E(title)}</dc:title><meta:initial-creator>Policy and Performance</meta:initial-creator>"
            f"<meta:creation-date>{stamp}</meta:creation-date><dc:date>{stamp}</dc:date></office:meta></office:document-meta>\n")
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


def make_dataquality(r: Report, final: Path, work: Path, pdf: bool = False) -> Job:
    rng = r.rng
    v = r.variant
    q_end, qs, figs = perf(r, n=(3, 4), rates=0.85)
    date = meeting_date(r, [1, 4, 2, 0, 3, 1][v % 6])
    member = who(r, ["cllr-dot", "full", "councillor-initial", "cllr-initial", "cllr-full", "cllr-dot"][v % 6])
    r.traits |= {"data-quality-column", "same-quarter-last-year", "cover-lines", "auto-numbering", "lettered-items",
                 "agenda-item-number", "report-date-before-meeting-date", "trap-phone", "implications",
                 "period-columns", "target-column", "performance-table", "direction-arrows", "odt-native",
                 "decimal-section-numbers"}
    b = [P(COUNCIL), P(r.title, "Title")]
    for lab, val in (("Meeting", r.executive), ("Meeting date", date), ("Agenda item", str(r.item)),
                     ("Cabinet Member" if r.cabinet else "Executive Member", f"{member}, {r.role}"),
                     ("Report author", f"{r.officer[0]}, {r.officer[1]}"), ("Telephone", r.officer[2]),
                     ("Date report written", long(r.report_date))):
        b.append(f'<text:p text:style-name="Cover"><text:span text:style-name="B">{E(lab)}:</text:span><text:tab/>{E(val)}</text:p>')
    b.append(P("1. Purpose", "Heading_20_2"))
    b.append(P(f"1.1 To report the {PORTFOLIOS[r.portfolio]} portfolio's performance for "
               f"{quarter_name(q_end, 'quarter')}, to {long(q_end)}, with the quality of each figure."))
    b.append(P("2. Recommendations", "Heading_20_2"))
    b.append(P(f"2.1 That {r.executive}:"))
    its = items(r, "third", "notes the performance and the data quality of each figure")
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
    b.append(P(f"4.1 The table gives each indicator for the latest quarter ({quarter_name(q_end)}) and the two "
               "before it, the same quarter a year earlier, the target and the direction of travel. The 'Data "
               "quality' column says whether the latest figure is validated, provisional or an estimate."))
    mark = ["p", "sup", "star", "p", "sup", "star"][v % 6]
    marked = rng.choice(figs)
    marked.marker = mark
    head = ["Indicator", quarter_name(qs[0]), quarter_name(qs[1]), quarter_name(q_end), "Data quality",
            "Same quarter last year", f"Target {fin_year(q_end)}", "Direction"]
    t = ['<table:table table:name="Performance" table:style-name="T1"><table:table-column table:style-name="T1.A"/>'
         f'<table:table-column table:style-name="T1.B" table:number-columns-repeated="{len(head) - 1}"/>'
         "<table:table-header-rows><table:table-row>" + "".join(cell(E(h), "T1.H", "CellH") for h in head)
         + "</table:table-row></table:table-header-rows>"]
    lab, lv = lookalike(r, 4)
    ctx = rng.randint(1, len(figs))
    for n, f in enumerate(figs):
        latest = E(f.show())
        if f is marked:
            latest += E(mark_text(mark)) if mark != "sup" else '<text:span text:style-name="Sup">1</text:span>'
        dq = "Provisional" if f is marked else rng.choice(["Validated", "Validated", "Estimate"])
        ly = step(rng, f.metric, f.history[0])
        t.append("<table:table-row>" + cell(E(f.label)) + cell(E(f.show(f.history[0]))) + cell(E(f.show(f.history[1])))
                 + cell(latest) + cell(dq) + cell(E(f.show(ly))) + cell(E(f.target)) + cell(E(arrow(f)))
                 + "</table:table-row>")
        if f.rate is not None:
            rr = [f.rate_at(f.history[0], qs[0]), f.rate_at(f.history[1], qs[1]), f.rate]
            t.append("<table:table-row>" + cell(E(row_rate(f))) + "".join(cell(f"{x:.1f}") for x in rr)
                     + cell("") + cell("") + cell("") + cell("") + "</table:table-row>")
            r.traits.add("rate-row")
        if n + 1 == ctx:
            t.append("<table:table-row>" + cell(E(lab + " (context)")) + "".join(cell(E(x)) for x in lv[:3])
                     + cell("Validated") + cell(E(lv[3])) + cell("\u2013") + cell("") + "</table:table-row>")
    t.append("</table:table>")
    b.append("".join(t))
    b.append(P(NOTE[mark] + " Validated: checked against the source system. Estimate: the service's best estimate "
               "pending a data cleanse.", "Note"))
    rated = [f for f in figs if f.rate is not None]
    k = 2
    if rated:
        r.traits.add("rate-in-line")
        b.append(P(f"4.{k} {cap(noun(rng, rated[0].key))} were {rated[0].show()} at the end of the quarter, a rate "
                   f"of {rate_words(rated[0])}."))
        k += 1
    extra, money = _extras(r, figs, q_end)
    for tx in extra:
        b.append(P(f"4.{k} {tx}"))
        k += 1
    b.append(P("5. Implications", "Heading_20_2"))
    b.append(P(f"5.1 Financial: {money}"))
    b.append(P("5.2 Legal: there are no legal implications."))
    nxt = r.meeting + dt.timedelta(weeks=rng.randint(3, 6), days=1)
    b.append(P(f"5.3 The Overview and Scrutiny Committee will consider this report on {long(nxt, weekday=True)}."))
    r.traits |= {"trap-other-meeting-date", "other-meetings-listed"}
    src = work / (final.stem + ".odt") if (pdf or final.suffix != ".odt") else final
    write_odt(src, "".join(b), r.title, r.report_date, f"{COUNCIL} \u2013 {r.executive}, {long(r.meeting)}")
    steps = ["lo-pdf"] if pdf or final.suffix == ".pdf" else []
    return Job(r, final, src, steps)
