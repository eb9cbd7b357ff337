"""Held-out-15 template written as OpenDocument text by hand (content.xml, styles.xml, meta.xml):

  lead-member-report-odt   a London-style 'Lead Member report' written in LibreOffice Writer: field
                           lines with tabs (Report of, Lead Member, Corporate Director, wards, Forward
                           Plan reference), typed (i) (ii) recommendations, the Lead Member's signed
                           introduction, and the performance dashboard in a frame (draw:frame with a
                           text box) holding a one-cell table whose cell holds the real table: four
                           quarters as columns (in some the newest first), target and 'Direction of
                           travel' in words, rate rows, a look-alike row; some saved as .docx by
                           LibreOffice
"""
from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape as E

from council import COUNCIL
from h3_model import quarters_back
from h3_words import DIRECTORS
from h15_common import (PORTFOLIOS, ROMAN, Job, Report, _extras, _keep_rates, background, direction, ends, items, long,
                        lookalike, meeting_date, other_member, perf, quarter_name, rate_words, row_rate, slash, thanks,
                        who)

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

STYLES = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles {NS} office:version="1.3">
<office:font-face-decls><style:font-face style:name="Arial" svg:font-family="Arial" style:font-family-generic="swiss"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.18cm"/><style:text-properties style:font-name="Arial" fo:font-size="11pt" fo:language="en" fo:country="GB"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text"/>
<style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-top="0.4cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="12pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="18pt" fo:font-weight="bold" fo:color="#7A1F5C"/></style:style>
<style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="9pt"/></style:style>
<style:style style:name="Frame_20_contents" style:display-name="Frame contents" style:family="paragraph" style:parent-style-name="Standard"/>
<style:style style:name="Frame" style:family="graphic"><style:graphic-properties text:anchor-type="paragraph" style:wrap="none" fo:padding="0.2cm" fo:border="0.06pt solid #7A1F5C"/></style:style>
</office:styles>
<office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21.001cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2cm" fo:margin-right="2cm"/></style:page-layout></office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
</office:document-styles>
"""

AUTO = """<office:automatic-styles>
<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties><style:tab-stops><style:tab-stop style:position="5cm"/></style:tab-stops></style:paragraph-properties></style:style>
<style:style style:name="P2" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-left="1cm" fo:text-indent="-1cm"/></style:style>
<style:style style:name="P3" style:family="paragraph" style:parent-style-name="Table_20_Contents"><style:text-properties fo:font-weight="bold" fo:color="#ffffff"/></style:style>
<style:style style:name="P4" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="8pt"/></style:style>
<style:style style:name="P5" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-style="italic"/></style:style>
<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="fr1" style:family="graphic" style:parent-style-name="Frame"><style:graphic-properties style:vertical-pos="top" style:vertical-rel="paragraph" style:horizontal-pos="center" style:horizontal-rel="paragraph"/></style:style>
<style:style style:name="Outer" style:family="table"><style:table-properties style:width="16.6cm" table:align="left"/></style:style>
<style:style style:name="Outer.A1" style:family="table-cell"><style:table-cell-properties fo:background-color="#7a1f5c" fo:padding="0.1cm" fo:border="none"/></style:style>
<style:style style:name="Outer.A2" style:family="table-cell"><style:table-cell-properties fo:padding="0.05cm" fo:border="none"/></style:style>
<style:style style:name="Inner" style:family="table"><style:table-properties style:width="16.2cm" table:align="left"/></style:style>
<style:style style:name="Inner.A" style:family="table-column"><style:table-column-properties style:column-width="4.6cm"/></style:style>
<style:style style:name="Inner.B" style:family="table-column"><style:table-column-properties style:column-width="1.7cm"/></style:style>
<style:style style:name="Inner.H" style:family="table-cell"><style:table-cell-properties fo:background-color="#e8d5e1" fo:padding="0.05cm" fo:border="0.5pt solid #999999"/></style:style>
<style:style style:name="Inner.C" style:family="table-cell"><style:table-cell-properties fo:padding="0.05cm" fo:border="0.5pt solid #999999"/></style:style>
</office:automatic-styles>"""


def write_odt(path: Path, body: str, title: str, when: dt.date) -> None:
    content = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {NS} office:version="1.3">'
               f"{AUTO}<office:body><office:text>{body}</office:text></office:body></office:document-content>\n")
    stamp = f"{when.isoformat()}T09:30:00"
    meta = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {NS} office:version="1.3"><office:meta>'
            f"<meta:generator>LibreOffice/7.3.7.2$Windows_X86_64 LibreOffice_project/e114eadc50a9ff8d8c8a0567d6da8f454beeb84f</meta:generator>"
            f"<dc:title>{E(title)}</dc:title><meta:creation-date>{stamp}</meta:creation-date><dc:date>{stamp}</dc:date>"
            f"<meta:editing-cycles>7</meta:editing-cycles><meta:editing-duration>PT41M</meta:editing-duration>"
            f"</office:meta></office:document-meta>\n")
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:'
                'opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                "</manifest:manifest>\n")
    with zipfile.ZipFile(path, "w") as z:
        for name, data in (("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", content),
                           ("styles.xml", STYLES), ("meta.xml", meta), ("META-INF/manifest.xml", manifest)):
            zi = zipfile.ZipInfo(name, (2020, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))


def P(text: str, style: str = "Standard") -> str:
    return f'<text:p text:style-name="{style}">{E(text)}</text:p>'


def H(text: str) -> str:
    return f'<text:h text:style-name="Heading" text:outline-level="2">{E(text)}</text:h>'


def field(label: str, value: str) -> str:
    return f'<text:p text:style-name="P1"><text:span text:style-name="T1">{E(label)}</text:span><text:tab/>{E(value)}</text:p>'


def _cell(text: str, style: str = "Inner.C", para: str = "Table_20_Contents") -> str:
    return (f'<table:table-cell table:style-name="{style}" office:value-type="string">'
            f'<text:p text:style-name="{para}">{E(text)}</text:p></table:table-cell>')


def make_leadmember(r: Report, final: Path, work: Path, pdf: bool = False) -> Job:
    rng = r.rng
    v = r.variant
    q_end, _, figs = perf(r, n=(3, 4), rates=0.8, n_history=3)
    qs = quarters_back(q_end, 4)
    newest_first = v % 5 in (1, 3)
    date = meeting_date(r, [1, 4, 0, 2, 3][v % 5])
    member = who(r, ["cllr-initial", "full", "cllr-dot", "cllr-full", "councillor-initial"][v % 5])
    r.traits |= {"lead-member", "odt-frame", "nested-table", "period-columns", "target-column", "direction-of-travel",
                 "performance-table", "roman-items", "typed-numbering", "signature", "field-lines",
                 "agenda-item-number", "report-date-before-meeting-date", "trap-phone", "four-quarters"}
    if newest_first:
        r.traits.add("newest-period-first")
    lead_title = f"Lead Member for {PORTFOLIOS[r.portfolio]}"
    b = [P(COUNCIL, "Title"), P(f"{r.executive}", "Heading"), P(r.title, "Title"),
         field("Meeting:", f"{r.executive}"), field("Date:", date), field("Agenda item:", str(r.item)),
         field("Report of:", f"{member}, {lead_title}"),
         field("Corporate Director:", f"{rng.choice(['Dr Helen Marsh', 'Andrew Tolland', 'Sunita Rai'])}, "
                                     f"{DIRECTORS[r.portfolio]}"),
         field("Originating officer:", f"{r.officer[0]}, {r.officer[1]}, {r.officer[2]}"),
         field("Wards affected:", "All wards"), field("Key decision:", "No"),
         field("Forward Plan reference:", f"KD{r.meeting:%y}/{rng.randint(100, 199)}"),
         field("Report date:", slash(r.report_date))]
    b += [H("1. Summary"),
          P(f"1.1 This report sets out performance in the {PORTFOLIOS[r.portfolio]} portfolio to the end of "
            f"{quarter_name(q_end, 'quarter')} ({long(q_end)}).")]
    b += [H("2. Recommendations"), P(f"2.1 The {r.executive} is recommended to:")]
    its = items(r, "lower", "note the performance of the portfolio")
    for k, it in enumerate(its):
        b.append(P(f"({ROMAN[k]})\u00a0\u00a0{it}{ends(k, len(its))}", "P2"))
        if k:
            r.commit(it + ends(k, len(its)))
    b += [H("3. Lead Member's introduction")]
    for tx in [x for x in (thanks(r), background(r, 1)[0], other_member(r)) if x]:
        b.append(P(tx))
    b += [P(f"{'Cllr' if v % 2 else 'Councillor'} {r.member.name}", "P5"), P(lead_title)]
    # the dashboard: a frame, a one-cell table, the real table inside it
    head = ["Indicator"] + [quarter_name(q, "qq") for q in qs] + ["Target", "Direction of travel"]
    marked = rng.choice(figs)
    marked.marker = "star"
    rows = []
    for f in figs:
        vals = [f.show(x) for x in f.history[-3:]] + [f.show() + ("*" if f is marked else "")]
        rows.append([f.label] + vals + [f.target, direction(f)])
        if f.rate is not None:
            rates = [f.rate_at(x, q) for x, q in zip(f.history[-3:], qs[:3])] + [f.rate]
            rows.append([row_rate(f)] + [f"{x:.1f}" for x in rates] + ["-", ""])
            r.traits.add("rate-row")
    lab, lv = lookalike(r, 4)
    k = rng.randint(1, len(rows))
    rows.insert(k, [lab] + lv + ["-", rng.choice(["Improving", "Worsening"])])
    rows = _keep_rates(rows, k)
    if newest_first:
        head = [head[0]] + head[1:5][::-1] + head[5:]
        rows = [[row[0]] + row[1:5][::-1] + row[5:] for row in rows]
    ncols = len(head)
    inner = ('<table:table table:name="Performance" table:style-name="Inner">'
             '<table:table-column table:style-name="Inner.A"/>'
             f'<table:table-column table:style-name="Inner.B" table:number-columns-repeated="{ncols - 1}"/>'
             '<table:table-header-rows><table:table-row>' + "".join(_cell(h, "Inner.H") for h in head)
             + "</table:table-row></table:table-header-rows>"
             + "".join("<table:table-row>" + "".join(_cell(c) for c in row) + "</table:table-row>" for row in rows)
             + "</table:table>")
    caption = f"Performance dashboard: {quarter_name(q_end, 'quarter')}, figures at {long(q_end)}"
    outer = ('<table:table table:name="Dashboard" table:style-name="Outer"><table:table-column/>'
             f'<table:table-row><table:table-cell table:style-name="Outer.A1" office:value-type="string">'
             f'<text:p text:style-name="P3">{E(caption)}</text:p></table:table-cell></table:table-row>'
             f'<table:table-row><table:table-cell table:style-name="Outer.A2" office:value-type="string">{inner}'
             f'<text:p text:style-name="P4">* provisional, subject to validation. Direction of travel compares the '
             f'latest quarter with the one before.</text:p></table:table-cell></table:table-row></table:table>')
    frame = (f'<text:p text:style-name="Standard"><draw:frame draw:style-name="fr1" draw:name="Frame1" '
             f'text:anchor-type="paragraph" svg:width="17cm" draw:z-index="0"><draw:text-box fo:min-height="4cm">'
             f"{outer}</draw:text-box></draw:frame></text:p>")
    b += [H("4. Performance"), P(f"4.1 The dashboard below shows the portfolio's indicators over the last four "
                                  f"quarters{' (the latest first)' if newest_first else ''}."), frame]
    r.traits |= {"figures-at-heading"}
    extra, money = _extras(r, figs, q_end)
    for k, tx in enumerate(extra, 2):
        b.append(P(f"4.{k} {tx}"))
    b += [H("5. Comments of the Chief Finance Officer"), P(f"5.1 {money}")]
    r.traits.add("implications")
    nxt = r.meeting + dt.timedelta(weeks=rng.randint(3, 6), days=1)
    b += [H("6. Next steps"), P(f"6.1 The report will be presented to the Overview and Scrutiny Committee on "
                                f"{long(nxt, weekday=True)}.")]
    r.traits |= {"trap-other-meeting-date", "other-meetings-listed"}
    b += [H("Background documents"), P("None.")]
    src = work / (final.stem + ".odt") if (pdf or final.suffix != ".odt") else final
    write_odt(src, "".join(b), r.title, r.report_date)
    steps = ["lo-pdf"] if pdf else (["lo-docx"] if final.suffix == ".docx" else [])
    return Job(r, final, src, steps)
