"""Held-out-11 templates in word-processor files:

  smartart-textbox-report   a Word report whose key figures sit in a SmartArt graphic (the
                            words in the diagram's data part, word/diagrams/data1.xml, with its
                            layout, style, colours and drawing parts, as Word stores them) and in
                            text boxes (wps shapes with their VML fallback), the rest ordinary
                            paragraphs
  lo-outline-report         a LibreOffice Writer-native report (.odt written as Writer writes
                            it; .docx by LibreOffice): outline numbering from the heading styles
                            (1, 1.1, 1.2 never typed), a frame holding the key facts, sections,
                            a table with merged cells, a numbered list in (i) (ii) from its style
"""
from __future__ import annotations

import datetime as dt
import html
import zipfile
from pathlib import Path

from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.shared import Cm, Pt

from council import COUNCIL, PORTFOLIOS
from h7_common import Word
from h11_common import (Job, Report, cap, ends, items, long, lookalike, meeting_date, noun, other_member, quarter,
                        quarter_name, rate_words, row_rate, slash, thanks, trap_lines, who, background)
from h11_text import _extras

E = html.escape
NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
NS_DGM = "http://schemas.openxmlformats.org/drawingml/2006/diagram"
NS_DSP = "http://schemas.microsoft.com/office/drawing/2008/diagram"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
DECL = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram"')


def _guid(rng) -> str:
    h = f"{rng.getrandbits(128):032X}"
    return f"{{{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}}}"


def _wp(text: str, bold: bool = False, size: int = 20) -> str:
    b = "<w:b/>" if bold else ""
    return (f'<w:p><w:pPr><w:spacing w:after="40"/></w:pPr><w:r><w:rPr>{b}<w:sz w:val="{size}"/></w:rPr>'
            f'<w:t xml:space="preserve">{E(text)}</w:t></w:r></w:p>')


def textbox(n: int, paras: list[tuple[str, bool, int]], x_emu: int, w_emu: int, h_emu: int) -> str:
    """A Word 2010 text box (wps) with the VML copy Word writes for older readers."""
    body = "".join(_wp(t, b, s) for t, b, s in paras)
    pt = lambda emu: f"{emu / 12700:.1f}pt"  # noqa: E731
    return (f'<w:r {DECL}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
            f'<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" '
            f'relativeHeight="{251659264 + n}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
            f'<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>{x_emu}</wp:posOffset>'
            f'</wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
            f'<wp:extent cx="{w_emu}" cy="{h_emu}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
            f'<wp:wrapSquare wrapText="bothSides"/><wp:docPr id="{100 + n}" name="Text Box {100 + n}"/>'
            f'<wp:cNvGraphicFramePr/><a:graphic><a:graphicData '
            f'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
            f'<wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{w_emu}" cy="{h_emu}"/>'
            f'</a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="DEEAF6"/>'
            f'</a:solidFill><a:ln w="12700"><a:solidFill><a:srgbClr val="2E74B5"/></a:solidFill></a:ln></wps:spPr>'
            f'<wps:txbx><w:txbxContent>{body}</w:txbxContent></wps:txbx><wps:bodyPr rot="0" vert="horz" '
            f'wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0">'
            f'<a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>'
            f'</mc:Choice><mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
            f'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" '
            f'o:connecttype="rect"/></v:shapetype><v:shape id="Text Box {100 + n}" o:spid="_x0000_s10{26 + n}" '
            f'type="#_x0000_t202" style="position:absolute;margin-left:{pt(x_emu)};margin-top:0;width:{pt(w_emu)};'
            f'height:{pt(h_emu)};z-index:{251659264 + n}" fillcolor="#deeaf6" strokecolor="#2e74b5" strokeweight="1pt">'
            f'<v:textbox><w:txbxContent>{body}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>'
            f'</mc:AlternateContent></w:r>')


def _smartart_parts(rng, nodes: list[list[str]], drawing_rel: str, w_emu: int, h_emu: int) -> dict[str, bytes]:
    doc_id = _guid(rng)
    ids = [_guid(rng) for _ in nodes]
    pts = [f'<dgm:pt modelId="{doc_id}" type="doc"><dgm:prSet loTypeId="urn:microsoft.com/office/officeart/2005/8/'
           f'layout/default" loCatId="list" qsTypeId="urn:microsoft.com/office/officeart/2005/8/quickstyle/simple1" '
           f'qsCatId="simple" csTypeId="urn:microsoft.com/office/officeart/2005/8/colors/accent1_2" csCatId="accent1" '
           f'phldr="1"/><dgm:spPr/><dgm:t><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="en-GB"/></a:p></dgm:t>'
           f'</dgm:pt>']
    cxns = []
    for k, (nid, lines) in enumerate(zip(ids, nodes)):
        paras = "".join(f'<a:p><a:r><a:rPr lang="en-GB" dirty="0"/><a:t>{E(t)}</a:t></a:r></a:p>' for t in lines)
        pts.append(f'<dgm:pt modelId="{nid}"><dgm:prSet phldrT="[Text]"/><dgm:spPr/><dgm:t><a:bodyPr/><a:lstStyle/>'
                   f'{paras}</dgm:t></dgm:pt>')
        cid, par, sib = _guid(rng), _guid(rng), _guid(rng)
        for typ, tid in (("parTrans", par), ("sibTrans", sib)):
            pts.append(f'<dgm:pt modelId="{tid}" type="{typ}" cxnId="{cid}"><dgm:prSet/><dgm:spPr/><dgm:t><a:bodyPr/>'
                       f'<a:lstStyle/><a:p><a:endParaRPr lang="en-GB"/></a:p></dgm:t></dgm:pt>')
        cxns.append(f'<dgm:cxn modelId="{cid}" srcId="{doc_id}" destId="{nid}" srcOrd="{k}" destOrd="0" '
                    f'parTransId="{par}" sibTransId="{sib}"/>')
    data = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<dgm:dataModel xmlns:dgm="{NS_DGM}" '
            f'xmlns:a="{NS_A}" xmlns:r="{REL[:-1]}"><dgm:ptLst>{"".join(pts)}</dgm:ptLst><dgm:cxnLst>{"".join(cxns)}'
            f'</dgm:cxnLst><dgm:bg/><dgm:whole/><dgm:extLst><a:ext uri="http://schemas.microsoft.com/office/drawing/'
            f'2008/diagram"><dsp:dataModelExt xmlns:dsp="{NS_DSP}" relId="{drawing_rel}" minVer="http://'
            f'schemas.openxmlformats.org/drawingml/2006/diagram"/></a:ext></dgm:extLst></dgm:dataModel>')
    n = len(nodes)
    gap = 120000
    bw = (w_emu - gap * (n - 1)) // n
    shapes = []
    for k, (nid, lines) in enumerate(zip(ids, nodes)):
        x = k * (bw + gap)
        runs = "".join(
            f'<a:p><a:pPr algn="ctr"/><a:r><a:rPr lang="en-GB" sz="{2200 if j == 0 else 1000}" b="{1 if j == 0 else 0}">'
            f'<a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill></a:rPr><a:t>{E(t)}</a:t></a:r></a:p>'
            for j, t in enumerate(lines))
        shapes.append(f'<dsp:sp modelId="{_guid(rng)}"><dsp:nvSpPr><dsp:cNvPr id="0" name=""/><dsp:cNvSpPr/>'
                      f'</dsp:nvSpPr><dsp:spPr><a:xfrm><a:off x="{x}" y="0"/><a:ext cx="{bw}" cy="{h_emu}"/></a:xfrm>'
                      f'<a:prstGeom prst="roundRect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="2E74B5"/>'
                      f'</a:solidFill><a:ln><a:noFill/></a:ln></dsp:spPr><dsp:txBody><a:bodyPr spcFirstLastPara="0" '
                      f'vert="horz" wrap="square" lIns="38100" tIns="38100" rIns="38100" bIns="38100" anchor="ctr" '
                      f'anchorCtr="0"><a:noAutofit/></a:bodyPr><a:lstStyle/>{runs}</dsp:txBody><dsp:txXfrm>'
                      f'<a:off x="{x}" y="0"/><a:ext cx="{bw}" cy="{h_emu}"/></dsp:txXfrm></dsp:sp>')
    drawing = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<dsp:drawing xmlns:dgm="{NS_DGM}" '
               f'xmlns:dsp="{NS_DSP}" xmlns:a="{NS_A}"><dsp:spTree><dsp:nvGrpSpPr><dsp:cNvPr id="0" name=""/>'
               f'<dsp:cNvGrpSpPr/></dsp:nvGrpSpPr><dsp:grpSpPr/>{"".join(shapes)}</dsp:spTree></dsp:drawing>')
    head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    layout = (head + f'<dgm:layoutDef xmlns:dgm="{NS_DGM}" xmlns:a="{NS_A}" uniqueId="urn:microsoft.com/office/'
              'officeart/2005/8/layout/default"><dgm:title val=""/><dgm:desc val=""/><dgm:catLst><dgm:cat type="list" '
              'pri="400"/></dgm:catLst><dgm:layoutNode name="diagram"><dgm:varLst><dgm:dir/><dgm:resizeHandles '
              'val="exact"/></dgm:varLst><dgm:alg type="snake"><dgm:param type="grDir" val="tL"/><dgm:param '
              'type="flowDir" val="row"/></dgm:alg><dgm:shape xmlns:r="' + REL[:-1] + '" r:blip=""><dgm:adjLst/>'
              '</dgm:shape><dgm:forEach name="Name0" axis="ch" ptType="node"><dgm:layoutNode name="node">'
              '<dgm:alg type="tx"/><dgm:shape type="rect" xmlns:r="' + REL[:-1] + '" r:blip=""><dgm:adjLst/>'
              '</dgm:shape></dgm:layoutNode></dgm:forEach></dgm:layoutNode></dgm:layoutDef>')
    style = (head + f'<dgm:styleDef xmlns:dgm="{NS_DGM}" xmlns:a="{NS_A}" uniqueId="urn:microsoft.com/office/officeart/'
             '2005/8/quickstyle/simple1"><dgm:title val=""/><dgm:desc val=""/><dgm:catLst><dgm:cat type="simple" '
             'pri="10100"/></dgm:catLst><dgm:scene3d><a:camera prst="orthographicFront"/><a:lightRig rig="threePt" '
             'dir="t"/></dgm:scene3d><dgm:styleLbl name="node1"><dgm:scene3d><a:camera prst="orthographicFront"/>'
             '<a:lightRig rig="threePt" dir="t"/></dgm:scene3d><dgm:sp3d/><dgm:txPr/><dgm:style><a:lnRef idx="2">'
             '<a:scrgbClr r="0" g="0" b="0"/></a:lnRef><a:fillRef idx="1"><a:scrgbClr r="0" g="0" b="0"/></a:fillRef>'
             '<a:effectRef idx="0"><a:scrgbClr r="0" g="0" b="0"/></a:effectRef><a:fontRef idx="minor">'
             '<a:schemeClr val="lt1"/></a:fontRef></dgm:style></dgm:styleLbl></dgm:styleDef>')
    colors = (head + f'<dgm:colorsDef xmlns:dgm="{NS_DGM}" xmlns:a="{NS_A}" uniqueId="urn:microsoft.com/office/'
              'officeart/2005/8/colors/accent1_2"><dgm:title val=""/><dgm:desc val=""/><dgm:catLst><dgm:cat '
              'type="accent1" pri="11200"/></dgm:catLst><dgm:styleLbl name="node1"><dgm:fillClrLst meth="repeat">'
              '<a:schemeClr val="accent1"/></dgm:fillClrLst><dgm:linClrLst meth="repeat"><a:schemeClr val="lt1"/>'
              '</dgm:linClrLst><dgm:txFillClrLst meth="repeat"><a:schemeClr val="lt1"/></dgm:txFillClrLst>'
              '</dgm:styleLbl></dgm:colorsDef>')
    return {"data": data.encode(), "layout": layout.encode(), "style": style.encode(), "colors": colors.encode(),
            "drawing": drawing.encode()}


CT = {"data": "application/vnd.openxmlformats-officedocument.drawingml.diagramData+xml",
      "layout": "application/vnd.openxmlformats-officedocument.drawingml.diagramLayout+xml",
      "style": "application/vnd.openxmlformats-officedocument.drawingml.diagramStyle+xml",
      "colors": "application/vnd.openxmlformats-officedocument.drawingml.diagramColors+xml",
      "drawing": "application/vnd.ms-office.drawingml.diagramDrawing+xml"}
RT = {"data": REL + "diagramData", "layout": REL + "diagramLayout", "style": REL + "diagramQuickStyle",
      "colors": REL + "diagramColors", "drawing": "http://schemas.microsoft.com/office/2007/relationships/diagramDrawing"}
PARTNAME = {"data": "data1", "layout": "layout1", "style": "quickStyle1", "colors": "colors1", "drawing": "drawing1"}


def add_smartart(w: Word, rng, nodes: list[list[str]], title: str) -> None:
    """A SmartArt 'Basic Block List' graphic in its own paragraph, as Word writes one."""
    doc = w.doc
    part = doc.part
    w_emu, h_emu = 5760000, 1150000
    rels = {}
    # the drawing part first: the data part names its relationship id
    blobs = None
    for kind in ("drawing", "data", "layout", "style", "colors"):
        if kind == "drawing":
            p = Part(PackURI(f"/word/diagrams/{PARTNAME[kind]}.xml"), CT[kind], b"", part.package)
            rels[kind] = part.relate_to(p, RT[kind])
            drawing_part = p
            blobs = _smartart_parts(rng, nodes, rels["drawing"], w_emu, h_emu)
            p._blob = blobs["drawing"]
        else:
            p = Part(PackURI(f"/word/diagrams/{PARTNAME[kind]}.xml"), CT[kind], blobs[kind], part.package)
            rels[kind] = part.relate_to(p, RT[kind])
    del drawing_part
    para = doc.add_paragraph()
    run = parse_xml(
        f'<w:r {DECL}><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{w_emu}" '
        f'cy="{h_emu}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:docPr id="1" name="Diagram 1" '
        f'descr="{E(title)}"/><wp:cNvGraphicFramePr/><a:graphic><a:graphicData '
        f'uri="http://schemas.openxmlformats.org/drawingml/2006/diagram"><dgm:relIds r:dm="{rels["data"]}" '
        f'r:lo="{rels["layout"]}" r:qs="{rels["style"]}" r:cs="{rels["colors"]}"/></a:graphicData></a:graphic>'
        f'</wp:inline></w:drawing></w:r>')
    para._p.append(run)


def make_smartart(r: Report, final: Path, work: Path, pdf: bool = False) -> Job:
    rng = r.rng
    q_end, qs = quarter(r)
    figs = r.draw(rng.randint(3, 4), q_end, n_history=1, rates=0.9)
    r.figs = list(figs)
    date = meeting_date(r, [0, 2, 1, 4, 3][r.variant % 5])
    member = who(r, ["cllr-dot", "councillor-initial", "full", "cllr-initial", "cllr-full"][r.variant % 5])
    w = Word("Calibri", 11)
    for sec in w.doc.sections:
        sec.page_width, sec.page_height = Cm(21), Cm(29.7)
        sec.left_margin = sec.right_margin = Cm(2.5)
    w.p(COUNCIL, bold=True, size=16)
    w.p(f"{r.executive} \u2013 {date}", bold=True, size=13)
    w.p(f"Agenda item {r.item}: {r.title}", bold=True, size=13)
    w.p(f"Report of {member}, {r.role}")
    w.p(f"Lead officer: {r.officer[0]}, {r.officer[1]} (tel. {r.officer[2]})")
    r.traits |= {"agenda-item-number", "trap-phone", "cover-lines"}
    w.h("Summary", 1)
    w.p(f"This report sets out how the {PORTFOLIOS[r.portfolio]} portfolio performed in "
        f"{quarter_name(q_end, 'quarter')}, the quarter to {long(q_end)}. The key figures are shown in the "
        "graphic below.")
    nodes = []
    for f in figs:
        nodes.append([f.show(), cap(noun(rng, f.key)) if not f.percent else f.label, f"at {long(q_end)}"])
    add_smartart(w, rng, nodes, f"Key figures for {quarter_name(q_end, 'quarter')}")
    r.traits |= {"smartart", "figures-at-heading", "as-at-differs-from-meeting"}
    # text boxes: the rated figures with their rates, the rest told in the paragraphs
    boxed = [f for f in figs if f.rate is not None][:2] or figs[:1]
    told = [f for f in figs if f not in boxed]
    w.h("Performance", 1)
    para = w.p()
    for k, f in enumerate(boxed):
        lines = [("Key fact", True, 18), (f.show(), True, 36), (cap(noun(rng, f.key)), False, 18),
                 (f"at {long(q_end)}", False, 18)]
        if f.rate is not None:
            lines.append((f"That is {rate_words(f)}.", False, 18))
            r.traits.add("rate-in-line")
        lines.append((f"Previous quarter: {f.show(f.history[0])}", False, 16))
        para._p.append(parse_xml(textbox(k, lines, 3500000 if k == 0 else 0, 2300000, 1500000)))
        r.traits |= {"text-box", "earlier-period-in-sentence"}
    if told:
        s = " ".join(f"{cap(noun(rng, f.key))} stood at {f.show()} at the end of the quarter, against "
                     f"{f.show(f.history[0])} the quarter before." if not f.percent else
                     f"{f.label} was {f.show()} in the quarter, against {f.show(f.history[0])} the quarter before."
                     for f in told)
        w.p(s)
    lab, vals = lookalike(r, 1)
    w.p(f"For information, {lab.lower()} numbered {vals[0]} in the quarter; this is not one of the "
        "portfolio's indicators.")
    extra, money = _extras(r, figs, q_end)
    for t in extra:
        w.p(t)
    w.h("Recommendations", 1)
    w.p(f"That {r.executive}:")
    its = items(r, "third", "notes the performance of the portfolio")
    for i, it in enumerate(its):
        w.p(f"({'abcd'[i]})\t{it}{ends(i, len(its))}")
        if i:
            r.commit(it + ends(i, len(its)))
    r.traits |= {"lettered-items", "typed-numbering"}
    w.h("Background", 1)
    for t in (thanks(r), other_member(r), background(r, 1)[0] + " " + trap_lines(r, ["trap-years"])[0]):
        if t:
            w.p(t)
    w.h("Financial implications", 1)
    w.p(money)
    r.traits.add("implications")
    prev = r.meeting - dt.timedelta(weeks=rng.randint(10, 16))
    w.h("Background papers", 1)
    w.p(f"Quarterly performance report to {r.executive}, {long(prev)}.")
    r.traits.add("trap-other-meeting-date")
    w.p()
    w.p(f"{member}, {r.role}")
    w.p(f"{slash(r.report_date)}")
    r.traits |= {"signature", "report-date-before-meeting-date"}
    src = work / (final.stem + ".docx")
    w.save(src)
    if pdf:
        return Job(r, final, src, ["lo-pdf"])
    return Job(r, final, src, [])


# =====================================================================================
# lo-outline-report: an ODT written as LibreOffice Writer writes it
# =====================================================================================

ODT_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
          'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0" office:version="1.3"')

STYLES = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles {ODT_NS}>
<office:font-face-decls><style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss" style:font-pitch="variable"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:hyphenation-ladder-count="no-limit"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="11pt" fo:language="en" fo:country="GB" fo:hyphenate="false"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text"/>
<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard" style:class="text"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.247cm" fo:line-height="115%"/></style:style>
<style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body" style:class="text"><style:paragraph-properties fo:margin-top="0.423cm" fo:margin-bottom="0.212cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="1" style:class="text"><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="2" style:class="text"><style:text-properties fo:font-size="12pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Heading" style:class="chapter"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="20pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Frame_20_contents" style:display-name="Frame contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"/>
<style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:text-properties fo:font-size="9.5pt"/></style:style>
<style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph" style:parent-style-name="Table_20_Contents" style:class="extra"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Frame" style:family="graphic"><style:graphic-properties svg:x="0cm" svg:y="0cm" fo:margin-left="0.201cm" fo:margin-right="0.201cm" style:wrap="parallel" style:vertical-pos="top" style:vertical-rel="paragraph-content" style:horizontal-pos="right" style:horizontal-rel="paragraph" fo:padding="0.15cm" fo:border="0.06pt solid #2a6099" fo:background-color="#dee6ef"/></style:style>
<text:outline-style style:name="Outline">
<text:outline-level-style text:level="1" style:num-suffix="." style:num-format="1"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.762cm" fo:text-indent="-0.762cm" fo:margin-left="0.762cm"/></style:list-level-properties></text:outline-level-style>
<text:outline-level-style text:level="2" style:num-format="1" text:display-levels="2"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.016cm" fo:text-indent="-1.016cm" fo:margin-left="1.016cm"/></style:list-level-properties></text:outline-level-style>
</text:outline-style>
<text:list-style style:name="Numbering_20_ii" style:display-name="Numbering ii)">
<text:list-level-style-number text:level="1" style:num-prefix="(" style:num-suffix=")" style:num-format="i"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.27cm" fo:text-indent="-0.635cm" fo:margin-left="1.27cm"/></style:list-level-properties></text:list-level-style-number>
</text:list-style>
</office:styles>
<office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21.001cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2cm" fo:margin-right="2cm"/></style:page-layout></office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
</office:document-styles>
"""


def _h(level: int, text: str) -> str:
    return f'<text:h text:style-name="Heading_20_{level}" text:outline-level="{level}">{E(text)}</text:h>'


def _p(text: str, style: str = "Text_20_body") -> str:
    return f'<text:p text:style-name="{style}">{E(text)}</text:p>'


def _cell(text: str, style: str = "Table_20_Contents", span: int = 1, rows: int = 1) -> str:
    a = (f' table:number-columns-spanned="{span}"' if span > 1 else "") + \
        (f' table:number-rows-spanned="{rows}"' if rows > 1 else "")
    cov = "<table:covered-table-cell/>" * (span - 1)
    return f'<table:table-cell table:style-name="TC" office:value-type="string"{a}>{_p(text, style)}</table:table-cell>{cov}'


def make_outline(r: Report, final: Path, work: Path, pdf: bool = False) -> Job:
    rng = r.rng
    q_end, qs = quarter(r)
    figs = r.draw(rng.randint(3, 4), q_end, n_history=2, rates=0.8)
    r.figs = list(figs)
    marked = rng.choice(figs)
    marked.marker = "p"
    date = meeting_date(r, [4, 3, 0, 1, 2][r.variant % 5])
    member = who(r, ["cllr-initial", "full", "cllr-dot", "councillor-initial", "cllr-full"][r.variant % 5])
    B = [f'<text:p text:style-name="Title">{E(COUNCIL)}</text:p>',
         _p(f"Report to {r.executive}", "P_big"),
         _p(f"Date of meeting: {date}"), _p(f"Agenda item: {r.item}"), _p(f"Title: {r.title}"),
         _p(f"Report of: {member}, {r.role}"),
         _p(f"Contact officer: {r.officer[0]}, {r.officer[1]}, {r.officer[2]}, {r.officer[3]}")]
    r.traits |= {"agenda-item-number", "trap-phone", "cover-lines", "odt-native"}
    # key facts frame, anchored to the first paragraph of the summary
    rated = [f for f in figs if f.rate is not None]
    facts = [_p("Key facts", "Table_20_Heading")]
    for f in figs[:3]:
        facts.append(_p(f"{f.show()} {noun(rng, f.key)}" if not f.percent else f"{f.label}: {f.show()}",
                        "Frame_20_contents"))
    if rated:
        facts.append(_p(f"({rate_words(rated[0])})", "Frame_20_contents"))
        r.traits.add("rate-in-line")
    facts.append(_p(f"Position at {long(q_end)}", "Frame_20_contents"))
    frame = (f'<draw:frame draw:style-name="fr1" draw:name="Key facts" text:anchor-type="paragraph" svg:width="6.5cm" '
             f'draw:z-index="0"><draw:text-box fo:min-height="3cm">{"".join(facts)}</draw:text-box></draw:frame>')
    r.traits |= {"frame", "figures-at-heading"}
    B.append(_h(1, "Summary"))
    B.append(f'<text:p text:style-name="Text_20_body">{frame}{E("This report sets out the performance of the ")}'
             f'{E(PORTFOLIOS[r.portfolio])} portfolio in {E(quarter_name(q_end, "quarter"))}, the quarter to '
             f'{E(long(q_end))}, and asks {r.executive} to agree the recommendations in section 2.</text:p>')
    B.append(_h(1, "Recommendations"))
    its = items(r, "lower", "note the performance set out in section 4")
    lis = []
    for i, it in enumerate(its):
        lis.append(f'<text:list-item>{_p(it + ends(i, len(its)))}</text:list-item>')
        if i:
            r.commit(it + ends(i, len(its)))
    B.append(_p(f"It is recommended that {r.executive}:"))
    B.append(f'<text:section text:style-name="Sect1" text:name="Recommendations"><text:list xml:id="list{rng.randint(10**8, 10**9)}" '
             f'text:style-name="Numbering_20_ii">{"".join(lis)}</text:list></text:section>')
    r.traits |= {"auto-numbering", "roman-items", "sections", "outline-numbering"}
    B.append(_h(1, "Background"))
    bg = [t for t in (thanks(r), other_member(r), background(r, 1)[0] + " " + trap_lines(r, ["trap-years"])[0]) if t]
    B.append(f'<text:section text:style-name="Sect2" text:name="Background">{"".join(_p(t) for t in bg)}</text:section>')
    B.append(_h(1, "Performance"))
    B.append(_h(2, "The quarter"))
    B.append(_p(f"The table shows each indicator at the end of the last three quarters; the latest quarter ended on "
                f"{long(q_end)}. A figure marked (p) is provisional."))
    fy = [quarter_name(q).split()[1] for q in qs]
    head1 = _cell("Indicator", "Table_20_Heading", rows=2)
    groups = []
    for y in fy:
        if groups and groups[-1][0] == y:
            groups[-1][1] += 1
        else:
            groups.append([y, 1])
    head1 += "".join(_cell(y, "Table_20_Heading", span=n) for y, n in groups) + _cell("Target", "Table_20_Heading", rows=2)
    head2 = "<table:covered-table-cell/>" + "".join(_cell(quarter_name(q, "short"), "Table_20_Heading") for q in qs) + \
        "<table:covered-table-cell/>"
    rows = [f"<table:table-row>{head1}</table:table-row>", f"<table:table-row>{head2}</table:table-row>"]
    body_rows = []
    for f in figs:
        latest = f.show() + (" (p)" if f is marked else "")
        body_rows.append(_cell(f.label) + _cell(f.show(f.history[0])) + _cell(f.show(f.history[1])) + _cell(latest)
                         + _cell(f.target))
        if f.rate is not None:
            rr = [f.rate_at(f.history[0], qs[0]), f.rate_at(f.history[1], qs[1]), f.rate]
            body_rows.append(_cell(row_rate(f)) + "".join(_cell(f"{x:.1f}") for x in rr) + _cell(""))
            r.traits.add("rate-row")
    lab, vals = lookalike(r, 3)
    body_rows.insert(rng.randint(1, len(body_rows)), _cell(lab) + "".join(_cell(v) for v in vals) + _cell("-"))
    body_rows.append(_cell(f"Source: {PORTFOLIOS[r.portfolio]} performance team, {quarter_name(q_end)}", span=5))
    rows += [f"<table:table-row>{x}</table:table-row>" for x in body_rows]
    B.append(f'<table:table table:name="Table1" table:style-name="Table1"><table:table-column '
             f'table:style-name="Table1.A"/><table:table-column table:style-name="Table1.B" '
             f'table:number-columns-repeated="4"/>{"".join(rows)}</table:table>')
    r.traits |= {"period-columns", "target-column", "performance-table", "merged-cells", "provisional-marker"}
    B.append(_h(2, "Since the quarter ended"))
    extra, money = _extras(r, figs, q_end)
    B += [_p(t) for t in extra]
    B.append(_h(1, "Financial implications"))
    B.append(_p(money))
    prev = r.meeting - dt.timedelta(weeks=rng.randint(10, 16))
    B.append(_h(1, "Background papers"))
    B.append(_p(f"Quarterly performance report to {r.executive}, {long(prev)}."))
    B.append(_p(f"{member}, {r.role}, {slash(r.report_date)}"))
    r.traits |= {"implications", "trap-other-meeting-date", "signature", "report-date-before-meeting-date"}
    auto = ('<office:automatic-styles>'
            '<style:style style:name="P_big" style:family="paragraph" style:parent-style-name="Text_20_body">'
            '<style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>'
            '<style:style style:name="fr1" style:family="graphic" style:parent-style-name="Frame">'
            '<style:graphic-properties style:wrap="parallel" style:horizontal-pos="right" style:horizontal-rel="paragraph" '
            'fo:background-color="#dee6ef" fo:border="0.06pt solid #2a6099" fo:padding="0.2cm"/></style:style>'
            '<style:style style:name="Sect1" style:family="section"><style:section-properties text:dont-balance-text-columns="false">'
            '<style:columns fo:column-count="1" fo:column-gap="0cm"/></style:section-properties></style:style>'
            '<style:style style:name="Sect2" style:family="section"><style:section-properties>'
            '<style:columns fo:column-count="2" fo:column-gap="0.5cm"><style:column style:rel-width="1*" fo:start-indent="0cm" fo:end-indent="0.25cm"/>'
            '<style:column style:rel-width="1*" fo:start-indent="0.25cm" fo:end-indent="0cm"/></style:columns></style:section-properties></style:style>'
            '<style:style style:name="Table1" style:family="table"><style:table-properties style:width="17cm" table:align="margins"/></style:style>'
            '<style:style style:name="Table1.A" style:family="table-column"><style:table-column-properties style:column-width="6.6cm"/></style:style>'
            '<style:style style:name="Table1.B" style:family="table-column"><style:table-column-properties style:column-width="2.6cm"/></style:style>'
            '<style:style style:name="TC" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>'
            '</office:automatic-styles>')
    content = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {ODT_NS}>{auto}<office:body>'
               f'<office:text><text:sequence-decls><text:sequence-decl text:display-outline-level="0" text:name="Table"/>'
               f'</text:sequence-decls>{"".join(B)}</office:text></office:body></office:document-content>')
    stamp = f"{r.report_date.isoformat()}T09:30:00"
    meta = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {ODT_NS}><office:meta>'
            f'<meta:generator>LibreOffice/7.3.7.2$Linux_X86_64 LibreOffice_project/30$Build-2</meta:generator>'
            f'<meta:initial-creator>{E(r.officer[0])}</meta:initial-creator><meta:creation-date>{stamp}</meta:creation-date>'
            f'<dc:creator>{E(r.officer[0])}</dc:creator><dc:date>{stamp}</dc:date><dc:title>{E(r.title)}</dc:title>'
            f'<meta:editing-cycles>7</meta:editing-cycles><meta:editing-duration>PT1H12M</meta:editing-duration>'
            f'</office:meta></office:document-meta>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:'
                'xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:version="1.3" '
                'manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry manifest:full-path='
                '"content.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="styles.xml" '
                'manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="meta.xml" manifest:media-type='
                '"text/xml"/></manifest:manifest>')
    src = work / (final.stem + ".odt")
    with zipfile.ZipFile(src, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype", (2020, 1, 1, 0, 0, 0)), "application/vnd.oasis.opendocument.text")
        for name, data in (("content.xml", content), ("styles.xml", STYLES), ("meta.xml", meta),
                           ("META-INF/manifest.xml", manifest)):
            zi = zipfile.ZipInfo(name, (2020, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    if pdf:
        return Job(r, final, src, ["lo-pdf"])
    if final.suffix == ".docx":
        return Job(r, final, src, ["lo-docx"])
    return Job(r, final, src, [])
