"""Held-out-18 template written as WordprocessingML by hand (the package's parts written here,
no library), one saved as .odt by LibreOffice:

  key-decision-record-report  a Cabinet report that is a key decision on the Forward Plan: at the
                              top a bordered 'KEY DECISION' record box (Forward Plan reference,
                              the date first published on the Forward Plan, decision maker, date
                              of decision, the reason it is key, wards, call-in deadline, the
                              decision itself left 'to be completed after the meeting'); the
                              recommendations numbered 1) 2) by Word's own numbering (numbering.xml);
                              a table of the same quarter a year earlier, the previous quarter and
                              this quarter with a target range ('540-580') and RAG; a rate in a
                              sentence; the Cabinet Member's signature block
"""
from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape as E

from council import COUNCIL
from h18_common import (PORTFOLIOS, Job, Report, _extras, background, cap, ends, fin_year, items, long, lookalike,
                        meeting_date, noun, other_member, perf, quarter_name, quarters_back, rate_words, row_rate,
                        status, target_range, thanks, who)

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' \
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'

STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W}>
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:sz w:val="22"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:color w:val="1F3864"/><w:sz w:val="26"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="720"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="BoxText"><w:name w:val="Box Text"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="40"/></w:pPr><w:rPr><w:sz w:val="19"/></w:rPr></w:style>
<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>
</w:styles>
"""

NUMBERING = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering {W}>
<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1)"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>
"""

SETTINGS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings {W}><w:defaultTabStop w:val="720"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>
"""


def run(text: str, bold: bool = False, sup: bool = False, size: int = 0, colour: str = "") -> str:
    props = ("<w:b/>" if bold else "") + (f'<w:color w:val="{colour}"/>' if colour else "") + \
            (f'<w:sz w:val="{size}"/>' if size else "") + ('<w:vertAlign w:val="superscript"/>' if sup else "")
    props = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{props}<w:t xml:space="preserve">{E(text)}</w:t></w:r>'


def para(runs: str = "", style: str = "", jc: str = "", num: bool = False) -> str:
    ppr = (f'<w:pStyle w:val="{style}"/>' if style else "") + \
          ('<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>' if num else "") + \
          (f'<w:jc w:val="{jc}"/>' if jc else "")
    return f"<w:p>{f'<w:pPr>{ppr}</w:pPr>' if ppr else ''}{runs}</w:p>"


def tc(content: str, width: int, fill: str = "", span: int = 1) -> str:
    sh = f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>' if fill else ""
    gs = f'<w:gridSpan w:val="{span}"/>' if span > 1 else ""
    return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{gs}{sh}</w:tcPr>{content or para()}</w:tc>'


def tbl(rows: list[str], widths: list[int], borders: str = "") -> str:
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    return (f'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="{sum(widths)}" w:type="dxa"/>{borders}'
            f'<w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>'
            + "".join(f"<w:tr>{row}</w:tr>" for row in rows) + "</w:tbl>")


def write_docx(path: Path, body: str, title: str, when: dt.date, header: str) -> None:
    doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>{body}'
           '<w:sectPr><w:headerReference w:type="default" r:id="rId4"/><w:pgSz w:w="11906" w:h="16838"/>'
           '<w:pgMar w:top="1247" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/>'
           '<w:cols w:space="708"/></w:sectPr></w:body></w:document>')
    head = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr {W}>{para(run(header, size=16, colour="595959"), jc="right")}</w:hdr>'
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
          '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
          '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
          '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
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
             '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>'
             '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>'
             "</Relationships>")
    stamp = f"{when.isoformat()}T11:42:00Z"
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f"<dc:title>{E(title)}</dc:title><dc:creator>Democratic Services</dc:creator>"
            f'<dcterms:created xsi:type="dcterms:W3CDTF">2018-05-14T09:00:00Z</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{stamp}</dcterms:modified></cp:coreProperties>')
    app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
           "<Template>KeyDecisionReport.dotx</Template><Application>Microsoft Office Word</Application>"
           "<AppVersion>16.0000</AppVersion></Properties>")
    with zipfile.ZipFile(path, "w") as z:
        for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc),
                           ("word/_rels/document.xml.rels", drels), ("word/styles.xml", STYLES),
                           ("word/settings.xml", SETTINGS), ("word/numbering.xml", NUMBERING),
                           ("word/header1.xml", head), ("docProps/core.xml", core), ("docProps/app.xml", app)):
            zi = zipfile.ZipInfo(name, (2020, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))


def make_keydecision(r: Report, final: Path, work: Path, pdf: bool = False) -> Job:
    rng = r.rng
    v = r.variant
    q_end, qs, figs = perf(r, n=(3, 4), rates=0.85, n_history=4)
    date = meeting_date(r, [2, 0, 3, 4, 1][v % 5])
    member = who(r, ["cllr-initial", "cllr-full", "cllr-dot", "full", "councillor-initial"][v % 5])
    r.traits |= {"key-decision-box", "forward-plan", "call-in-date", "auto-numbering", "agenda-item-number",
                 "report-date-before-meeting-date", "trap-phone", "implications", "rag-column", "target-range",
                 "year-earlier-column", "period-columns", "target-column", "performance-table", "signature",
                 "trap-other-meeting-date", "other-meetings-listed", "trap-money"}
    body = "Cabinet" if r.cabinet else "the Executive"
    fp_pub = r.meeting - dt.timedelta(days=rng.randint(35, 60))
    callin = r.meeting + dt.timedelta(days=rng.choice([7, 8, 9]))
    fp_ref = f"FP/{r.meeting.year}/{rng.randint(20, 140):03d}"
    lw, vw = 3300, 6338
    box = []

    def line(label, value):
        box.append(tc(para(run(label, bold=True), "BoxText"), lw, "DEEAF6") + tc(para(run(value), "BoxText"), vw))
    line("Forward Plan reference", fp_ref)
    line("First published on the Forward Plan", long(fp_pub))
    line("Decision maker", r.executive)
    line("Date of decision", date)
    line("Agenda item", str(r.item))
    line("Key decision", f"Yes \u2013 expenditure of more than \u00a3{rng.choice([250, 500])},000 and affects two or more wards")
    line("Wards affected", "All")
    line("Portfolio", f"{PORTFOLIOS[r.portfolio]} ({member})")
    line("Exempt information", "None")
    line("Call-in deadline", f"5pm, {long(callin)}")
    line("Decision (to be completed after the meeting)", "")
    border = ('<w:tblBorders><w:top w:val="double" w:sz="6" w:space="0" w:color="1F3864"/>'
              '<w:left w:val="double" w:sz="6" w:space="0" w:color="1F3864"/><w:bottom w:val="double" w:sz="6" w:space="0" w:color="1F3864"/>'
              '<w:right w:val="double" w:sz="6" w:space="0" w:color="1F3864"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="8EAADB"/>'
              '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="8EAADB"/></w:tblBorders>')
    b = [para(run("KEY DECISION", bold=True, size=20, colour="1F3864")), tbl(box, [lw, vw], border), para(),
         para(run(COUNCIL, bold=True, size=24)),
         para(run(f"Report to {r.executive}", size=22)),
         para(run(r.title, bold=True, size=32, colour="1F3864")),
         para(run(f"Report of: {member}, {r.role}")),
         para(run(f"Report author: {r.officer[0]}, {r.officer[1]}, tel. {r.officer[2]}")),
         para(run(f"Date of report: {long(r.report_date)}"))]
    h = lambda t: para(run(t), "Heading1")  # noqa: E731
    b.append(h("1. Purpose of the report"))
    b.append(para(run(f"To report performance in the {PORTFOLIOS[r.portfolio]} portfolio for {quarter_name(q_end, 'quarter')} "
                      f"and to ask {body} to take the key decision described above.")))
    b.append(h("2. Recommendations"))
    b.append(para(run(f"{cap(body)} is recommended to:")))
    its = items(r, "lower", "note the performance set out in section 4 of this report")
    for k, it in enumerate(its):
        b.append(para(run(it + ends(k, len(its))), "ListParagraph", num=True))
        if k:
            r.commit(it + ends(k, len(its)))
    b.append(h("3. Background"))
    for tx in [x for x in (thanks(r), background(r, 1)[0], other_member(r)) if x]:
        b.append(para(run(tx)))
    b.append(h("4. Performance"))
    b.append(para(run(f"The table compares {quarter_name(q_end)} with the previous quarter and with the same quarter a "
                      "year earlier. Targets are set as a range; the status is against the range's mid-point.")))
    mark = ["star", "sup", "p", "sup", "star"][v % 5]
    marked = rng.choice(figs)
    marked.marker = mark
    yr = quarters_back(q_end, 5)[0]
    widths = [3300, 1400, 1400, 1400, 1300, 838]
    hd = ["Measure", f"{quarter_name(yr)} (a year earlier)", quarter_name(qs[1]), f"{quarter_name(q_end)} (this quarter)",
          "Target range", "RAG"]
    trs = ["".join(tc(para(run(x, bold=True, size=17)), widths[j], "D9E2F3") for j, x in enumerate(hd))]

    def cells(vals, sup_at=-1):
        return "".join(tc(para(run(str(x), size=17) + (run("1", sup=True, size=17) if j == sup_at else ""),
                               jc="left" if j == 0 else "right"), widths[j]) for j, x in enumerate(vals))
    for f in figs:
        latest = f.show() + ({"p": " (p)", "star": "*"}.get(mark, "") if f is marked else "")
        trs.append(cells([f.label, f.show(f.history[0]), f.show(f.history[-1]), latest, target_range(r, f), status(f)],
                         sup_at=3 if (f is marked and mark == "sup") else -1))
        if f.rate is not None:
            trs.append(cells([row_rate(f), f"{f.rate_at(f.history[0], yr):.1f}", f"{f.rate_at(f.history[-1], qs[1]):.1f}",
                              f"{f.rate:.1f}", "\u2013", ""]))
            r.traits.add("rate-row")
    lab, lv = lookalike(r, 3)
    trs.insert(rng.randint(1, 2), cells([lab, lv[0], lv[1], lv[2], "\u2013", ""]))
    b.append(tbl(trs, widths))
    b.append(para(run({"sup": "1 Provisional; confirmed in the next quarter's report.", "p": "(p) provisional",
                       "star": "* provisional figure"}[mark], size=16)))
    rated = [f for f in figs if f.rate is not None]
    if rated:
        f0 = rated[0]
        b.append(para(run(f"{cap(noun(rng, f0.key))} were {f0.show()} at {long(q_end)}, a rate of {rate_words(f0)}.")))
        r.traits.add("rate-in-line")
    extra, money = _extras(r, figs, q_end)
    for tx in extra:
        b.append(para(run(tx)))
    b.append(h("5. Implications"))
    b.append(para(run(f"Financial: {money}")))
    b.append(para(run(f"Legal: the decision is a key decision and has been on the Forward Plan since {long(fp_pub)}.")))
    b.append(para(run("Equalities: an equality impact assessment has been completed.")))
    nxt = r.meeting + dt.timedelta(weeks=rng.randint(3, 6), days=2)
    b.append(h("6. Scrutiny"))
    b.append(para(run(f"If the decision is called in, the Overview and Scrutiny Committee will meet on {long(nxt, weekday=True)}.")))
    b.append(para(run("Background papers: none.", size=18)))
    b.append(para())
    sig = [tc(para(run("Signed:", bold=True)), 2400) + tc(para(run(f"{member}, {'Cabinet' if r.cabinet else 'Executive'} Member")), 7238),
           tc(para(run("Date:", bold=True)), 2400) + tc(para(run(long(r.report_date))), 7238)]
    b.append(tbl(sig, [2400, 7238]))
    pdf = pdf or final.suffix == ".pdf"
    src = work / (final.stem + ".docx") if (pdf or final.suffix == ".odt") else final
    write_docx(src, "".join(b), r.title, r.report_date, f"{fp_ref} \u2013 {fin_year(r.meeting)} Forward Plan")
    steps = ["lo-pdf"] if pdf else (["lo-odt"] if final.suffix == ".odt" else [])
    return Job(r, final, src, steps)
