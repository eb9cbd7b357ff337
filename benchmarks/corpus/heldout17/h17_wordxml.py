"""Held-out-17 template written as WordprocessingML by hand (the package's parts written here,
no library), one saved as .odt by LibreOffice:

  legacy-form-fields-report  a Cabinet report on an old protected Word form template: the cover a
                             table of legacy form fields (FORMTEXT fields whose typed values sit
                             between the field's separate and end marks, grey-shaded, FORMCHECKBOX
                             check boxes for 'Key decision' and 'Exempt', a FORMDROPDOWN whose
                             chosen entry, the body, is stored only as an index), the document protected for
                             filling in forms; the recommendations in a boxed single-cell table
                             with a thick border, typed (a) (b); a three-quarter table with a
                             polarity column, rate rows, RAG and a look-alike row
"""
from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape as E

from council import COUNCIL
from h17_common import (PORTFOLIOS, Job, Report, _extras, background, ends, items, long, meeting_date, other_member,
                        perf, perf_rows15, polarity, quarter_name, thanks, who)

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' \
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'

STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W}>
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="24"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="0"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:pPr><w:spacing w:after="120"/><w:jc w:val="both"/></w:pPr><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:sz w:val="22"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:jc w:val="left"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:caps/><w:sz w:val="22"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="BodyTextIndent"><w:name w:val="Body Text Indent"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="720" w:hanging="720"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="FormLabel"><w:name w:val="Form Label"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0"/><w:jc w:val="left"/></w:pPr><w:rPr><w:b/><w:sz w:val="20"/></w:rPr></w:style>
<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>
</w:styles>
"""

SETTINGS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings {W}><w:documentProtection w:edit="forms" w:enforcement="1"/><w:defaultTabStop w:val="720"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="11"/></w:compat></w:settings>
"""


def run(text: str, bold: bool = False, sup: bool = False, size: int = 0) -> str:
    props = ("<w:b/>" if bold else "") + (f'<w:sz w:val="{size}"/>' if size else "") + \
            ('<w:vertAlign w:val="superscript"/>' if sup else "")
    props = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{props}<w:t xml:space="preserve">{E(text)}</w:t></w:r>'


def para(runs: str = "", style: str = "", jc: str = "") -> str:
    ppr = (f'<w:pStyle w:val="{style}"/>' if style else "") + (f'<w:jc w:val="{jc}"/>' if jc else "")
    return f"<w:p>{f'<w:pPr>{ppr}</w:pPr>' if ppr else ''}{runs}</w:p>"


_N = [0]


def formtext(value: str, name: str) -> str:
    """A legacy text form field with its typed value (the field's result)."""
    _N[0] += 1
    return (f'<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/>'
            f'<w:calcOnExit w:val="0"/><w:textInput/></w:ffData></w:fldChar></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>'
            f'<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            f'<w:r><w:rPr><w:noProof/></w:rPr><w:t xml:space="preserve">{E(value)}</w:t></w:r>'
            f'<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def checkbox(name: str, on: bool) -> str:
    return (f'<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/>'
            f'<w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/><w:default w:val="{1 if on else 0}"/></w:checkBox>'
            f'</w:ffData></w:fldChar></w:r><w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>'
            f'<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def dropdown(name: str, entries: list[str], chosen: int) -> str:
    """A drop-down form field: the chosen entry is stored only as an index (no text run)."""
    lst = "".join(f'<w:listEntry w:val="{E(x)}"/>' for x in entries)
    return (f'<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/>'
            f'<w:calcOnExit w:val="0"/><w:ddList><w:result w:val="{chosen}"/>{lst}</w:ddList></w:ffData>'
            f'</w:fldChar></w:r><w:r><w:instrText xml:space="preserve"> FORMDROPDOWN </w:instrText></w:r>'
            f'<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def tc(content: str, width: int, fill: str = "", span: int = 1) -> str:
    sh = f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>' if fill else ""
    gs = f'<w:gridSpan w:val="{span}"/>' if span > 1 else ""
    return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{gs}{sh}</w:tcPr>{content}</w:tc>'


def tbl(rows: list[str], widths: list[int], borders: str = "") -> str:
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    return (f'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="{sum(widths)}" w:type="dxa"/>{borders}'
            f'<w:tblLook w:val="0000"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>'
            + "".join(f"<w:tr>{row}</w:tr>" for row in rows) + "</w:tbl>")


def write_docx(path: Path, body: str, title: str, when: dt.date, footer: str) -> None:
    doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>{body}'
           '<w:sectPr><w:footerReference w:type="default" r:id="rId3"/><w:pgSz w:w="11906" w:h="16838"/>'
           '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/>'
           '<w:cols w:space="708"/></w:sectPr></w:body></w:document>')
    foot = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr {W}>{para(run(footer, size=16), jc="center")}</w:ftr>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
          '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
          '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
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
             '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>'
             '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>'
             "</Relationships>")
    stamp = f"{when.isoformat()}T15:06:00Z"
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f"<dc:title>{E(title)}</dc:title><dc:creator>Committee Services</dc:creator>"
            f'<dcterms:created xsi:type="dcterms:W3CDTF">2009-03-02T10:15:00Z</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{stamp}</dcterms:modified></cp:coreProperties>')
    app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
           "<Template>CommitteeReport2009.dot</Template><Application>Microsoft Office Word</Application>"
           "<DocSecurity>8</DocSecurity><AppVersion>12.0000</AppVersion></Properties>")
    with zipfile.ZipFile(path, "w") as z:
        for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc),
                           ("word/_rels/document.xml.rels", drels), ("word/styles.xml", STYLES),
                           ("word/settings.xml", SETTINGS), ("word/footer1.xml", foot),
                           ("docProps/core.xml", core), ("docProps/app.xml", app)):
            zi = zipfile.ZipInfo(name, (2020, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))


def make_formfields(r: Report, final: Path, work: Path, pdf: bool = False) -> Job:
    rng = r.rng
    v = r.variant
    q_end, qs, figs = perf(r, n=(3, 4), rates=0.85)
    date = meeting_date(r, [3, 1, 4, 0, 2][v % 5])
    member = who(r, ["cllr-full", "cllr-dot", "full", "cllr-initial", "councillor-initial"][v % 5])
    r.traits |= {"legacy-form-fields", "form-check-boxes", "form-dropdown", "boxed-recommendations", "cover-table",
                 "typed-numbering", "lettered-items", "agenda-item-number", "report-date-before-meeting-date",
                 "trap-phone", "implications", "polarity-column", "rag-column", "decimal-section-numbers"}
    body = "Cabinet" if r.cabinet else "the Executive"
    lw, vw = 3200, 6438
    cover = []

    def line(label, value_xml):
        cover.append(tc(para(run(label), "FormLabel"), lw, "D9D9D9") + tc(para(value_xml, jc="left"), vw))
    line("Report to:", dropdown("Body", ["Council", "Cabinet", "Executive", "Scrutiny Board"], 1 if r.cabinet else 2))
    line("Date of meeting:", formtext(date, "MeetingDate"))
    line("Agenda item:", formtext(str(r.item), "Item"))
    line("Report of:", formtext(f"{member}, {r.role}", "ReportOf"))
    line("Report author:", formtext(f"{r.officer[0]}, {r.officer[1]}", "Author"))
    line("Telephone / e-mail:", formtext(f"{r.officer[2]} / {r.officer[3]}", "Contact"))
    line("Date of report:", formtext(long(r.report_date), "ReportDate"))
    line("Key decision:", checkbox("KeyYes", False) + run(" Yes   ") + checkbox("KeyNo", True) + run(" No"))
    line("Exempt information:", checkbox("ExYes", False) + run(" Yes   ") + checkbox("ExNo", True) + run(" No"))
    line("Wards affected:", formtext("All wards", "Wards"))
    b = [para(run(COUNCIL.upper(), bold=True, size=26), jc="center"),
         para(run("REPORT FORM", bold=True, size=20), jc="center"), para(),
         tbl(cover, [lw, vw]), para(),
         para(run("Title: ", bold=True) + formtext(r.title, "Title")), para()]
    h = lambda t: para(run(t), "Heading1")  # noqa: E731
    b.append(h("1. Purpose of report"))
    b.append(para(run(f"1.1\tTo inform {body} of performance in the {PORTFOLIOS[r.portfolio]} portfolio in "
                      f"{quarter_name(q_end, 'quarter')} and to seek the decisions set out in the box below."), "BodyTextIndent"))
    # the recommendations in a boxed single-cell table
    its = items(r, "third", f"notes the performance information in section 3")
    inner = [para(run("RECOMMENDATIONS", bold=True)), para(run(f"That {body}:"))]
    for k, it in enumerate(its):
        inner.append(para(run(f"({'abcdefg'[k]})\t{it}{ends(k, len(its))}"), "BodyTextIndent"))
        if k:
            r.commit(it + ends(k, len(its)))
    box = ('<w:tblBorders><w:top w:val="single" w:sz="18" w:space="0" w:color="000000"/>'
           '<w:left w:val="single" w:sz="18" w:space="0" w:color="000000"/><w:bottom w:val="single" w:sz="18" w:space="0" w:color="000000"/>'
           '<w:right w:val="single" w:sz="18" w:space="0" w:color="000000"/></w:tblBorders>')
    b.append(tbl([tc("".join(inner), 9638, "F2F2F2")], [9638], box))
    b.append(para())
    b.append(h("2. Background"))
    for k, tx in enumerate([x for x in (thanks(r), background(r, 1)[0], other_member(r)) if x], 1):
        b.append(para(run(f"2.{k}\t{tx}"), "BodyTextIndent"))
    b.append(h("3. Performance information"))
    b.append(para(run(f"3.1\tThe table gives the last three quarters to {long(q_end)}, with the polarity of each "
                      "measure, the target and a RAG status for the latest quarter."), "BodyTextIndent"))
    mark = ["sup", "p", "star", "sup", "p"][v % 5]
    head, rows, marked = perf_rows15(r, figs, qs, marker=mark, rag=True)
    by_label = {f.label: f for f in figs}
    widths = [2900, 1300, 1000, 1000, 1100, 1100, 1238]
    trs = [""]
    hd = ["Measure", "Polarity"] + head[1:]
    trs[0] = "".join(tc(para(run(x, bold=True, size=18)), widths[j], "BFBFBF") for j, x in enumerate(hd))
    for row in rows:
        f = by_label.get(row[0])
        pol = polarity(f) if f else ("" if str(row[0]).startswith("Rate per") else "\u2013")
        cells = [row[0], pol] + row[1:]
        out = []
        for j, x in enumerate(cells):
            rr = run(str(x), size=18)
            if f is not None and f is marked and mark == "sup" and j == 4:
                rr += run("1", sup=True, size=18)
            out.append(tc(para(rr, jc="left" if j < 2 else "right"), widths[j]))
        trs.append("".join(out))
    b.append(tbl(trs, widths))
    b.append(para(run({"sup": "1 Provisional; confirmed in the next quarter's report.", "p": "(p) provisional",
                       "star": "* provisional figure"}[mark], size=16)))
    extra, money = _extras(r, figs, q_end)
    for k, tx in enumerate(extra, 2):
        b.append(para(run(f"3.{k}\t{tx}"), "BodyTextIndent"))
    b.append(h("4. Implications"))
    b.append(para(run(f"4.1\tFinancial: {money}"), "BodyTextIndent"))
    b.append(para(run("4.2\tLegal: none."), "BodyTextIndent"))
    b.append(para(run("4.3\tRisk: the risks are held on the directorate risk register."), "BodyTextIndent"))
    nxt = r.meeting + dt.timedelta(weeks=rng.randint(3, 6), days=3)
    b.append(h("5. Consultation"))
    b.append(para(run(f"5.1\tThe report will go to the Overview and Scrutiny Management Board on {long(nxt, weekday=True)}."),
                  "BodyTextIndent"))
    r.traits |= {"trap-other-meeting-date", "other-meetings-listed"}
    b.append(para(run("Background papers: ", bold=True) + formtext("None", "Papers")))
    b.append(para())
    sig = [tc(para(run("Signed (" + ("Cabinet" if r.cabinet else "Executive") + " Member):"), "FormLabel"), lw, "D9D9D9")
           + tc(para(formtext(member, "Signed")), vw),
           tc(para(run("Date signed:"), "FormLabel"), lw, "D9D9D9") + tc(para(formtext(long(r.report_date), "Signed2")), vw)]
    b.append(tbl(sig, [lw, vw]))
    r.traits.add("signature")
    pdf = pdf or final.suffix == ".pdf"
    src = work / (final.stem + ".docx") if (pdf or final.suffix == ".odt") else final
    write_docx(src, "".join(b), r.title, r.report_date, f"{COUNCIL} \u2013 Report form CR1 (2009)")
    steps = ["lo-pdf"] if pdf else (["lo-odt"] if final.suffix == ".odt" else [])
    return Job(r, final, src, steps)
