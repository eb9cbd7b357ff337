"""Held-out-16 template written as WordprocessingML by hand (the package's parts written here,
no library), one saved as .odt by LibreOffice:

  web-word-heading-styles   a report drafted in Word for the web by a service and exported as .docx:
                            every paragraph in a heading style, misused for looks (the cover lines in
                            'Heading 1', body text in 'Heading 4' made plain by direct formatting,
                            the recommendations in 'Heading 3' typed 1) 2) 3), the table's cells in
                            'Heading 5'), empty paragraphs for spacing, soft line breaks inside the
                            cover lines; the performance table's latest quarter the first value
                            column ('This quarter | Last quarter | Same quarter last year | Target')
"""
from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape as E

from council import COUNCIL
from h3_model import quarters_back
from h16_common import (PORTFOLIOS, Job, Report, _extras, background, ends, items, long, lookalike, meeting_date,
                        other_member, perf, quarter_name, rate_words, row_rate, thanks, who)

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' \
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'

STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W}>
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Aptos" w:hAnsi="Aptos" w:cs="Aptos"/><w:sz w:val="22"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:qFormat/><w:rPr><w:sz w:val="48"/><w:color w:val="0F4761"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:qFormat/><w:rPr><w:color w:val="595959"/><w:sz w:val="28"/></w:rPr></w:style>
""" + "".join(f"""<w:style w:type="paragraph" w:styleId="Heading{i}"><w:name w:val="heading {i}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="{[0, 360, 160, 160, 80, 80][i]}" w:after="80"/><w:outlineLvl w:val="{i - 1}"/></w:pPr><w:rPr><w:color w:val="0F4761"/><w:sz w:val="{[0, 40, 32, 28, 24, 22][i]}"/></w:rPr></w:style>
""" for i in range(1, 6)) + """<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>
</w:styles>
"""

PLAIN = '<w:rPr><w:color w:val="000000"/><w:sz w:val="22"/></w:rPr>'


def run(text: str, plain: bool = False, bold: bool = False, sup: bool = False) -> str:
    props = ""
    if plain or bold or sup:
        props = ("<w:rPr>" + ("<w:b/>" if bold else "") + ('<w:color w:val="000000"/><w:sz w:val="22"/>' if plain else "")
                 + ('<w:vertAlign w:val="superscript"/>' if sup else "") + "</w:rPr>")
    out = []
    for k, part in enumerate(text.split("\n")):
        if k:
            out.append(f"<w:r>{props}<w:br/></w:r>")
        out.append(f'<w:r>{props}<w:t xml:space="preserve">{E(part)}</w:t></w:r>')
    return "".join(out)


def para(style: str, runs: str = "", plain: bool = False) -> str:
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{ppr}{runs}</w:p>"


def body(style: str, text: str) -> str:
    """Body text in a heading style, made to look plain by direct formatting (as the drafter did)."""
    return para(style, run(text, plain=True))


def tbl(rows: list[list], widths: list[int]) -> str:
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    out = [f'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
           f'<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" '
           f'w:noVBand="1"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>']
    for i, row in enumerate(rows):
        out.append("<w:tr>" + ("<w:trPr><w:tblHeader/></w:trPr>" if i == 0 else ""))
        for j, c in enumerate(row):
            parts = c if isinstance(c, list) else [(str(c), "")]
            rs = "".join(run(t, plain=i > 0, bold=i == 0, sup=k == "sup") for t, k in parts)
            shade = '<w:shd w:val="clear" w:color="auto" w:fill="DAE9F7"/>' if i == 0 else ""
            out.append(f'<w:tc><w:tcPr><w:tcW w:w="{widths[j]}" w:type="dxa"/>{shade}</w:tcPr>'
                       f'{para("Heading5", rs)}</w:tc>')
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def write_docx(path: Path, parts: list[str], title: str, when: dt.date) -> None:
    doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>{"".join(parts)}'
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" '
           'w:left="1440" w:header="708" w:footer="708" w:gutter="0"/><w:cols w:space="708"/></w:sectPr>'
           "</w:body></w:document>")
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
          "</Types>")
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
            "</Relationships>")
    drels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
             "</Relationships>")
    stamp = f"{when.isoformat()}T11:42:00Z"
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f"<dc:title>{E(title)}</dc:title><dc:creator>Service Performance Team</dc:creator>"
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{stamp}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{stamp}</dcterms:modified></cp:coreProperties>')
    app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
           "<Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity><AppVersion>16.0000</AppVersion></Properties>")
    with zipfile.ZipFile(path, "w") as z:
        for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc),
                           ("word/_rels/document.xml.rels", drels), ("word/styles.xml", STYLES),
                           ("docProps/core.xml", core), ("docProps/app.xml", app)):
            zi = zipfile.ZipInfo(name, (2020, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))


def make_webword(r: Report, final: Path, work: Path, pdf: bool = False) -> Job:
    rng = r.rng
    v = r.variant
    q_end, qs, figs = perf(r, n=(3, 4), rates=0.85, n_history=4)
    date = meeting_date(r, [4, 3, 0, 2, 1][v % 5])
    member = who(r, ["cllr-initial", "councillor-initial", "cllr-dot", "full", "cllr-full"][v % 5])
    r.traits |= {"heading-styles-misused", "soft-break-cover", "empty-paragraph-spacing", "newest-period-first",
                 "year-earlier-column", "period-columns", "target-column", "performance-table", "typed-numbering",
                 "agenda-item-number", "report-date-before-meeting-date", "trap-phone", "cover-lines", "implications"}
    b = [para("Title", run(COUNCIL)), para("Subtitle", run(r.title)), para("")]
    b.append(para("Heading1", run(f"Meeting: {r.executive}\nDate: {date}\nItem: {r.item}")))
    b.append(para("Heading1", run(f"Cabinet Member: {member}\n{r.role}" if r.cabinet else
                                  f"Executive Member: {member}\n{r.role}")))
    b.append(para("Heading1", run(f"Author: {r.officer[0]} ({r.officer[1]})\nTel: {r.officer[2]}\n"
                                  f"Date written: {long(r.report_date)}")))
    b.append(para(""))
    b.append(para("Heading2", run("Why has this report come to Cabinet?" if r.cabinet else
                                  "Why has this report come to the Executive?")))
    b.append(body("Heading4", f"To update members on the {PORTFOLIOS[r.portfolio]} portfolio for "
                              f"{quarter_name(q_end, 'quarter')} and to ask for the decisions below."))
    b.append(para(""))
    b.append(para("Heading2", run("What are we asking for?")))
    b.append(body("Heading4", f"That the {r.executive}:"))
    its = items(r, "lower", "note the performance of the portfolio")
    for k, it in enumerate(its):
        b.append(para("Heading3", run(f"{k + 1}) {it}{ends(k, len(its))}", plain=True)))
        if k:
            r.commit(it + ends(k, len(its)))
    b.append(para(""))
    b.append(para("Heading2", run("Background")))
    for x in [x for x in (thanks(r), background(r, 1)[0], other_member(r)) if x]:
        b.append(body("Heading4", x))
    b.append(para("Heading2", run(f"How are we doing? (position at {long(q_end)})")))
    b.append(body("Heading4", "The latest quarter is the first column of figures. Lower is better for some "
                              "measures; the target is for the full year."))
    mark = ["sup", "star", "p", "sup", "star"][v % 5]
    marked = rng.choice(figs)
    marked.marker = mark
    year_q = quarters_back(q_end, 5)[0]
    head = ["Measure", f"This quarter ({quarter_name(q_end, 'qq')})", f"Last quarter ({quarter_name(qs[1], 'qq')})",
            f"Same quarter last year ({quarter_name(year_q, 'qq')})", "Target"]
    groups = []
    for f in figs:
        cur = [(f.show(), "")]
        if f is marked:
            cur = [(f.show(), ""), ("1", "sup")] if mark == "sup" else [(f.show() + {"star": "*", "p": " (p)"}[mark], "")]
        g = [[f.label, cur, f.show(f.history[-1]), f.show(f.history[0]), f.target]]
        if f.rate is not None:
            g.append([row_rate(f), f"{f.rate:.1f}", f"{f.rate_at(f.history[-1], qs[1]):.1f}",
                      f"{f.rate_at(f.history[0], year_q):.1f}", "-"])
            r.traits.add("rate-row")
        groups.append(g)
    lab, lv = lookalike(r, 3)
    groups.insert(rng.randint(1, len(groups)), [[lab] + lv + ["-"]])
    rows = [head] + [row for g in groups for row in g]
    b.append(tbl(rows, [3400, 1500, 1500, 1700, 1000]))
    b.append(body("Normal", {"sup": "1 Provisional until validated.", "star": "* Provisional.",
                             "p": "(p) Provisional."}[mark]))
    extra, money = _extras(r, figs, q_end)
    for x in extra:
        b.append(body("Heading4", x))
    b.append(para("Heading2", run("Money")))
    b.append(body("Heading4", money))
    nxt = r.meeting + dt.timedelta(weeks=rng.randint(3, 6), days=2)
    b.append(para("Heading2", run("What happens next")))
    b.append(body("Heading4", f"The Scrutiny Board will look at the performance figures on {long(nxt, weekday=True)}."))
    r.traits |= {"trap-other-meeting-date", "other-meetings-listed"}
    b.append(para(""))
    b.append(body("Heading5", "Background papers: none"))
    src = work / (final.stem + ".docx") if (pdf or final.suffix != ".docx") else final
    write_docx(src, b, r.title, r.report_date)
    steps = ["lo-pdf"] if pdf else (["lo-odt"] if final.suffix == ".odt" else [])
    return Job(r, final, src, steps)
