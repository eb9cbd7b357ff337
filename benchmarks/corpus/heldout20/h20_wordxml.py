"""Held-out-20 template written as WordprocessingML by hand (the package's parts written here, no
library), one saved as .odt by LibreOffice:

  measure-how-we-did-report  a Cabinet report whose performance is laid out in two columns, 'What we
                             measure' (the indicator, why it matters and the target) and 'How we
                             did' (a sentence with the latest value at the quarter's end, the
                             quarter before, the rating and any rate), one table row per
                             indicator; the recommendations numbered 1. 2. by Word
                             (numbering.xml), the member's signature at the end
"""
from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape as E

from council import COUNCIL
from h18_wordxml import run, tbl, tc
from h20_common import (NOTE, PORTFOLIOS, Job, Report, _extras, background, cap, ends, items, long, lookalike,
                        mark_text, meeting_date, noun, other_member, perf, q_words, quarter_name, rate_words, status,
                        thanks, who, word_counts)

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' \
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'

STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W}>
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Tahoma" w:hAnsi="Tahoma" w:cs="Tahoma"/><w:sz w:val="20"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="140" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="220" w:after="100"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:color w:val="00594F"/><w:sz w:val="24"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr><w:spacing w:after="60"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="ListNumber"><w:name w:val="List Number"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:spacing w:after="80"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Small"><w:name w:val="Small Print"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="16"/></w:rPr></w:style>
<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>
</w:styles>
"""

NUMBERING = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering {W}>
<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="425" w:hanging="283"/></w:pPr><w:rPr><w:rFonts w:ascii="Tahoma" w:hAnsi="Tahoma"/></w:rPr></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u2013"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="850" w:hanging="283"/></w:pPr></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>
"""

SETTINGS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings {W}><w:defaultTabStop w:val="720"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>
"""


def para(runs: str = "", style: str = "", jc: str = "", lvl: int = -1, shade: str = "") -> str:
    ppr = (f'<w:pStyle w:val="{style}"/>' if style else "") + \
          (f'<w:numPr><w:ilvl w:val="{lvl}"/><w:numId w:val="2"/></w:numPr>' if lvl >= 0 else "") + \
          (f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>' if shade else "") + \
          (f'<w:jc w:val="{jc}"/>' if jc else "")
    return f"<w:p>{f'<w:pPr>{ppr}</w:pPr>' if ppr else ''}{runs}</w:p>"


def write_docx(path: Path, body: str, title: str, when: dt.date, footer: str) -> None:
    doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>{body}'
           '<w:sectPr><w:footerReference w:type="default" r:id="rId4"/><w:pgSz w:w="11906" w:h="16838"/>'
           '<w:pgMar w:top="1134" w:right="1247" w:bottom="1134" w:left="1247" w:header="567" w:footer="454" w:gutter="0"/>'
           '<w:cols w:space="708"/></w:sectPr></w:body></w:document>')
    foot = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr {W}>'
            + para(run(footer + "   Page ", size=15) + '<w:r><w:rPr><w:sz w:val="15"/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r>'
                   '<w:r><w:rPr><w:sz w:val="15"/></w:rPr><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
                   '<w:r><w:rPr><w:sz w:val="15"/></w:rPr><w:fldChar w:fldCharType="separate"/></w:r>' + run("1", size=15)
                   + '<w:r><w:rPr><w:sz w:val="15"/></w:rPr><w:fldChar w:fldCharType="end"/></w:r>', jc="center") + "</w:ftr>")
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
          '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
          '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
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
             '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>'
             '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>'
             "</Relationships>")
    stamp = f"{when.isoformat()}T14:20:00Z"
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f"<dc:title>{E(title)}</dc:title><dc:creator>Performance and Intelligence Team</dc:creator>"
            f'<dcterms:created xsi:type="dcterms:W3CDTF">2017-09-04T08:30:00Z</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{stamp}</dcterms:modified></cp:coreProperties>')
    app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
           "<Template>HBC Committee Report v4.dotx</Template><Application>Microsoft Office Word</Application>"
           "<AppVersion>16.0000</AppVersion></Properties>")
    with zipfile.ZipFile(path, "w") as z:
        for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc),
                           ("word/_rels/document.xml.rels", drels), ("word/styles.xml", STYLES),
                           ("word/settings.xml", SETTINGS), ("word/numbering.xml", NUMBERING),
                           ("word/footer1.xml", foot), ("docProps/core.xml", core), ("docProps/app.xml", app)):
            zi = zipfile.ZipInfo(name, (2020, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))


WHY = ["It shows how many people the service is working with.", "It is one of the portfolio's Council Plan measures.",
       "It tells us whether demand is rising or falling.", "It is reported to government every year.",
       "Residents told us it matters to them."]


def make_measure(r: Report, final: Path, work: Path, pdf: bool = False) -> Job:
    rng = r.rng
    v = r.variant
    q_end, qs, figs = perf(r, n=(3, 4), rates=0.85)
    date = meeting_date(r, [1, 3, 0, 2, 4, 1][v % 6])
    member = who(r, ["cllr-initial", "cllr-dot", "full", "councillor-initial", "cllr-full", "cllr-initial"][v % 6])
    r.traits |= {"measure-how-we-did", "performance-in-prose", "cover-table", "auto-numbering", "agenda-item-number",
                 "report-date-before-meeting-date", "trap-phone", "implications", "target-column", "rag-words",
                 "signature", "repeated-header-row"}
    b = []
    b.append(para(run(COUNCIL, bold=True, size=24, colour="00594F")))
    b.append(para(run(r.title, bold=True, size=30)))
    cover = [("Meeting", r.executive), ("Date of meeting", date), ("Agenda item", str(r.item)),
             (f"{'Cabinet' if r.cabinet else 'Executive'} Member", f"{member}, {r.role}"),
             ("Officer contact", f"{r.officer[0]}, {r.officer[1]} ({r.officer[2]})"),
             ("Date of report", long(r.report_date))]
    b.append(tbl([tc(para(run(a, bold=True)), 2800, fill="D9EAE6") + tc(para(run(c)), 6600) for a, c in cover],
                 [2800, 6600]))
    b.append(para())
    b.append(para(run("1. What this report is about"), style="Heading2"))
    b.append(para(run(f"How the {PORTFOLIOS[r.portfolio]} portfolio did in {quarter_name(q_end, 'quarter')}, the three "
                      f"months to {long(q_end)}, and the decisions {r.executive} is asked to take.")))
    b.append(para(run("2. Recommendations"), style="Heading2"))
    b.append(para(run(f"{r.executive} is asked to:")))
    its = items(r, "lower", "note how the portfolio did in the quarter")
    for k, it in enumerate(its):
        b.append(para(run(it + ends(k, len(its))), style="ListNumber"))
        if k:
            r.commit(it + ends(k, len(its)))
    b.append(para(run("3. Background"), style="Heading2"))
    for tx in [x for x in (thanks(r), background(r, 1)[0], other_member(r), word_counts(r)) if x]:
        b.append(para(run(tx)))
    b.append(para(run("4. What we measure and how we did"), style="Heading2"))
    b.append(para(run(f"Each row is one measure: on the left what it counts and its target, on the right the "
                      f"position at the end of {q_words(q_end)} ({quarter_name(q_end)}).")))
    mark = ["star", "p", "sup", "star", "p", "sup"][v % 6]
    marked = rng.choice(figs)
    marked.marker = mark
    hdr = '<w:trPr><w:tblHeader/></w:trPr>'
    rows = [hdr + tc(para(run("What we measure", bold=True, colour="FFFFFF")), 4300, fill="00594F")
            + tc(para(run("How we did", bold=True, colour="FFFFFF")), 5100, fill="00594F")]
    lab, lv = lookalike(r, 2)
    ctx = rng.randint(1, len(figs))
    for n, f in enumerate(figs):
        left = para(run(f.label, bold=True)) + para(run(rng.choice(WHY), size=18)) + para(run(f"Target: {f.target}", size=18))
        how = run(f"{f.show()}{mark_text(mark) if f is marked else ''}", bold=True)
        if f is marked and mark == "sup":
            how += run("1", sup=True)
        how += run(f" at the end of {q_words(q_end)}, compared with {f.show(f.history[1])} at the end of "
                   f"{q_words(qs[1])}. Rated {status(f)}.")
        right = para(how)
        if f.rate is not None:
            right += para(run(f"Rate: {rate_words(f)} ({q_words(qs[1])}: {f.rate_at(f.history[1], qs[1]):.1f})."))
        rows.append(tc(left, 4300) + tc(right, 5100))
        if n + 1 == ctx:
            rows.append(tc(para(run(f"{lab} (for context)", bold=True)) + para(run("No target: context only.", size=18)), 4300)
                        + tc(para(run(f"{lv[1]} in {q_words(q_end)} ({q_words(qs[1])}: {lv[0]}).")), 5100))
    b.append(tbl(rows, [4300, 5100]))
    b.append(para(run(NOTE[mark]), style="Small"))
    extra, money = _extras(r, figs, q_end)
    for tx in extra:
        b.append(para(run(tx)))
    b.append(para(run("5. Implications"), style="Heading2"))
    for lab2, tx in (("Financial", money), ("Legal", "None arising from this report."),
                     ("Climate", "No direct impact.")):
        b.append(para(run(f"{lab2}: ", bold=True) + run(tx)))
    nxt = r.meeting + dt.timedelta(weeks=rng.randint(3, 6), days=2)
    b.append(para(run("6. What happens next"), style="Heading2"))
    b.append(para(run(f"The Overview and Scrutiny Committee will look at this report on {long(nxt, weekday=True)}.")))
    r.traits |= {"trap-other-meeting-date", "other-meetings-listed"}
    b.append(para())
    b.append(para(run("Signed: ")))
    b.append(para(run(member, bold=True)))
    b.append(para(run(r.role)))
    src = work / (final.stem + ".docx") if (pdf or final.suffix != ".docx") else final
    write_docx(src, "".join(b), r.title, r.report_date, f"{COUNCIL} \u2013 {r.executive} {long(r.meeting)}")
    steps = ["lo-pdf"] if pdf or final.suffix == ".pdf" else (["lo-odt"] if final.suffix == ".odt" else [])
    return Job(r, final, src, steps)
