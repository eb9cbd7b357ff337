"""Shared pieces of the ninth held-out set's templates: a report's meeting and member (the report
machinery is ../heldout3/h3_model's; dates, members, traps and counted nouns through
../heldout8/h8_common), this set's wording (h9_words), and a small hand-rolled Word writer
(Docx) that writes the WordprocessingML a corporate template or Google Docs writes: content
controls, tracked changes, margin comments, automatic numbering, runs split mid-word.
"""
from __future__ import annotations

import datetime as dt
import io
import json
import random
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from council import DOMAIN, holder, predecessor
from h3_model import Report, pick_meeting
from h8_common import OFFICERS
from h9_words import DECISIONS, PRIORITIES, TITLES

EARLIER = ("", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8")


def taken(corpus: Path) -> set:
    """(date, portfolio) pairs the other sets use: no document here shares one."""
    used = set()
    for sub in EARLIER:
        for t in json.loads((corpus / sub / "truth.json").read_text(encoding="utf-8")).values():
            used.add((dt.date.fromisoformat(t["date"]), t["portfolio"]))
    return used


def new_report(rng: random.Random, family: str, fmt: str, portfolio: str, body: str, used: set,
               years: tuple[int, int], lead: tuple[int, int] = (7, 20), new_holder: bool = False,
               months: tuple[int, ...] = ()) -> Report:
    while True:
        trial = set(used)
        meeting = pick_meeting(rng, portfolio, body, trial, years, new_holder)
        if not months or meeting.month in months:
            used.add((meeting, portfolio))
            break
    member = holder(portfolio, meeting)
    report_date = meeting - dt.timedelta(days=rng.randint(*lead))
    report_date -= dt.timedelta(days=max(0, report_date.weekday() - 4))
    first = min(r.start for r in member.roles if r.portfolio == portfolio)
    pred = predecessor(portfolio, meeting)
    name, title = rng.choice(OFFICERS[portfolio])
    email = name.replace("Dr ", "").lower().replace(" ", ".").replace("'", "") + "@" + DOMAIN
    officer = (name, title, f"01632 97{rng.randint(1000, 9999)}", email)
    return Report(family=family, fmt=fmt, rng=rng, portfolio=portfolio, member=member, body=body,
                  meeting=meeting, report_date=report_date, item=rng.randint(4, 15),
                  title=rng.choice(TITLES[portfolio]), officer=officer,
                  decisions=rng.sample(DECISIONS[portfolio], rng.randint(2, 3)),
                  priorities=rng.sample(PRIORITIES[portfolio], rng.randint(3, 4)),
                  predecessor=pred if pred and (meeting - first).days < 400 else None)


# --- a hand-rolled .docx ------------------------------------------------------------------

NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="w14"')


def rpr(p: dict) -> str:
    out = []
    if p.get("font"):
        f = p["font"]
        out.append(f'<w:rFonts w:ascii="{f}" w:hAnsi="{f}" w:eastAsia="{f}" w:cs="{f}"/>')
    if p.get("b"):
        out.append("<w:b/><w:bCs/>")
    if p.get("i"):
        out.append("<w:i/><w:iCs/>")
    if p.get("color"):
        out.append(f'<w:color w:val="{p["color"]}"/>')
    if p.get("sz"):
        out.append(f'<w:sz w:val="{int(p["sz"] * 2)}"/><w:szCs w:val="{int(p["sz"] * 2)}"/>')
    if p.get("hl"):
        out.append(f'<w:shd w:fill="{p["hl"]}" w:val="clear"/>')
    if p.get("sup"):
        out.append('<w:vertAlign w:val="superscript"/>')
    if p.get("style"):
        out.insert(0, f'<w:rStyle w:val="{p["style"]}"/>')
    return f"<w:rPr>{''.join(out)}</w:rPr>" if out else ""


def run(text: str, **p) -> str:
    parts = text.split("\t")
    inner = '<w:tab/>'.join(f'<w:t xml:space="preserve">{escape(t)}</w:t>' for t in parts)
    return f"<w:r>{rpr(p)}{inner}</w:r>"


class Docx:
    """Paragraphs, tables and content controls written as WordprocessingML strings."""

    def __init__(self, styles: str, numbering: str = "", author: str = "Democratic Services",
                 when: dt.date = dt.date(2020, 1, 1), settings: str = "", title: str = ""):
        self.body: list[str] = []
        self.styles, self.numbering, self.author, self.when = styles, numbering, author, when
        self.comments: list[str] = []
        self.settings, self.title = settings, title
        self._rev = 1

    def add(self, xml: str) -> None:
        self.body.append(xml)

    @staticmethod
    def para(content: str | list, style: str = "", num: tuple[int, int] | None = None, jc: str = "",
             spacing: str = "", shade: str = "", keep: bool = False, **p) -> str:
        """content: text, or a list of ready run XML strings / (text, props) pairs."""
        ppr = []
        if style:
            ppr.append(f'<w:pStyle w:val="{style}"/>')
        if keep:
            ppr.append("<w:keepNext/>")
        if num:
            ppr.append(f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>')
        if shade:
            ppr.append(f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>')
        if spacing:
            ppr.append(spacing)
        if jc:
            ppr.append(f'<w:jc w:val="{jc}"/>')
        if isinstance(content, str):
            runs = run(content, **p) if content else ""
        else:
            runs = "".join(c if isinstance(c, str) else run(c[0], **{**p, **c[1]}) for c in content)
        return f"<w:p>{'<w:pPr>' + ''.join(ppr) + '</w:pPr>' if ppr else ''}{runs}</w:p>"

    def p(self, content="", **kw) -> None:
        self.add(self.para(content, **kw))

    def rev(self) -> int:
        self._rev += 1
        return self._rev

    def change(self, old: str, new: str, who: str, when: str, **p) -> str:
        """A tracked change: the old words deleted and the new inserted (the text as accepted is new)."""
        d = (f'<w:del w:id="{self.rev()}" w:author="{who}" w:date="{when}"><w:r>{rpr(p)}'
             f'<w:delText xml:space="preserve">{escape(old)}</w:delText></w:r></w:del>') if old else ""
        i = (f'<w:ins w:id="{self.rev()}" w:author="{who}" w:date="{when}">{run(new, **p)}</w:ins>') if new else ""
        return d + i

    def comment(self, anchored: str, text: str, who: str, initials: str, when: str, **p) -> str:
        """Run XML for `anchored`, with a margin comment on it."""
        cid = len(self.comments)
        self.comments.append(f'<w:comment w:id="{cid}" w:author="{who}" w:date="{when}" w:initials="{initials}">'
                             f'<w:p><w:r><w:annotationRef/></w:r>{run(text)}</w:p></w:comment>')
        return (f'<w:commentRangeStart w:id="{cid}"/>{run(anchored, **p)}<w:commentRangeEnd w:id="{cid}"/>'
                f'<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="{cid}"/></w:r>')

    @staticmethod
    def sdt(alias: str, tag: str, inner: str, kind: str = "", sid: int = 0) -> str:
        """A content control (block-level when inner holds paragraphs, inline when it holds runs)."""
        pr = f'<w:alias w:val="{escape(alias)}"/><w:tag w:val="{tag}"/><w:id w:val="{sid}"/>{kind}'
        return f"<w:sdt><w:sdtPr>{pr}</w:sdtPr><w:sdtContent>{inner}</w:sdtContent></w:sdt>"

    @staticmethod
    def table(rows: list[list], widths: list[float], header_fill: str = "", borders: str = "single",
              size: float = 0, font: str = "", cell_margin: int = 0, fills: dict | None = None,
              bold_header: bool = True) -> str:
        """rows of cells: a cell is text, a list of paragraph XML strings, or (text, props)."""
        tw = "".join(f'<w:gridCol w:w="{int(w * 567)}"/>' for w in widths)
        b = "".join(f'<w:{s} w:val="{borders}" w:sz="4" w:space="0" w:color="808080"/>'
                    for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
        mar = (f'<w:tblCellMar><w:top w:w="{cell_margin}" w:type="dxa"/><w:left w:w="{cell_margin}" w:type="dxa"/>'
               f'<w:bottom w:w="{cell_margin}" w:type="dxa"/><w:right w:w="{cell_margin}" w:type="dxa"/></w:tblCellMar>'
               if cell_margin else "")
        out = [f'<w:tbl><w:tblPr><w:tblW w:w="{int(sum(widths) * 567)}" w:type="dxa"/><w:tblBorders>{b}</w:tblBorders>'
               f'<w:tblLayout w:type="fixed"/>{mar}</w:tblPr><w:tblGrid>{tw}</w:tblGrid>']
        for i, row in enumerate(rows):
            out.append("<w:tr>")
            for j, cell in enumerate(row):
                fill = (fills or {}).get((i, j)) or (header_fill if i == 0 and header_fill else "")
                shd = f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>' if fill else ""
                props = {"sz": size} if size else {}
                if font:
                    props["font"] = font
                if i == 0 and bold_header:
                    props["b"] = True
                if isinstance(cell, list):
                    inner = "".join(cell)
                elif isinstance(cell, tuple):
                    inner = Docx.para(cell[0], **{**props, **cell[1]})
                else:
                    inner = Docx.para(str(cell), **props)
                out.append(f'<w:tc><w:tcPr><w:tcW w:w="{int(widths[j] * 567)}" w:type="dxa"/>{shd}</w:tcPr>{inner}</w:tc>')
            out.append("</w:tr>")
        out.append("</w:tbl>")
        return "".join(out)

    def save(self, path: Path, header: str = "", footer: str = "", margins: int = 1134) -> None:
        rels = ['<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>',
                '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>']
        types = ['<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
                 '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>',
                 '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>',
                 '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>']
        parts = {}
        if self.numbering:
            rels.append('<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>')
            types.append('<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>')
            parts["word/numbering.xml"] = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering {NS}>{self.numbering}</w:numbering>'
        if self.comments:
            rels.append('<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>')
            types.append('<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>')
            parts["word/comments.xml"] = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments {NS}>{"".join(self.comments)}</w:comments>'
        hf = ""
        for rid, kind, xml in (("rId5", "header", header), ("rId6", "footer", footer)):
            if xml:
                rels.append(f'<Relationship Id="{rid}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/{kind}" Target="{kind}1.xml"/>')
                types.append(f'<Override PartName="/word/{kind}1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.{kind}+xml"/>')
                tag = "hdr" if kind == "header" else "ftr"
                parts[f"word/{kind}1.xml"] = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:{tag} {NS}>{xml}</w:{tag}>'
                hf += f'<w:{kind}Reference w:type="default" r:id="{rid}"/>'
        sect = (f'<w:sectPr>{hf}<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="{margins}" w:right="{margins}" '
                f'w:bottom="{margins}" w:left="{margins}" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>')
        doc = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {NS}><w:body>{"".join(self.body)}{sect}</w:body></w:document>'
        stamp = f"{self.when.isoformat()}T09:00:00Z"
        core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
                'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
                'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
                f'<dc:title>{escape(self.title)}</dc:title><dc:creator>{escape(self.author)}</dc:creator>'
                f'<dcterms:created xsi:type="dcterms:W3CDTF">{stamp}</dcterms:created>'
                f'<dcterms:modified xsi:type="dcterms:W3CDTF">{stamp}</dcterms:modified></cp:coreProperties>')
        files = {
            "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                                   '<Default Extension="xml" ContentType="application/xml"/>' + "".join(types) + "</Types>",
            "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                           '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
                           '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>',
            "word/_rels/document.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' + "".join(rels) + "</Relationships>",
            "word/document.xml": doc,
            "word/styles.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles {NS}>{self.styles}</w:styles>',
            "word/settings.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings {NS}>{self.settings}</w:settings>',
            "docProps/core.xml": core,
            **parts,
        }
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
            for name, data in files.items():
                z.writestr(zipfile.ZipInfo(name, (2020, 1, 1, 0, 0, 0)), data.encode("utf-8"), zipfile.ZIP_DEFLATED)
        path.write_bytes(buf.getvalue())


def style(sid: str, name: str, kind: str = "paragraph", rpr_: str = "", ppr: str = "", based: str = "",
          default: bool = False) -> str:
    d = ' w:default="1"' if default else ""
    b = f'<w:basedOn w:val="{based}"/>' if based else ""
    pp = f"<w:pPr>{ppr}</w:pPr>" if ppr else ""
    rp = f"<w:rPr>{rpr_}</w:rPr>" if rpr_ else ""
    return f'<w:style w:type="{kind}" w:styleId="{sid}"{d}><w:name w:val="{name}"/>{b}<w:qFormat/>{pp}{rp}</w:style>'


def decimal_numbering(num_id: int, fmt: str = "decimal", text: str = "%1.", indent: int = 720,
                      bullet_font: str = "") -> str:
    """One abstract numbering and its instance (w:num)."""
    rfonts = f'<w:rPr><w:rFonts w:ascii="{bullet_font}" w:hAnsi="{bullet_font}"/></w:rPr>' if bullet_font else ""
    return (f'<w:abstractNum w:abstractNumId="{num_id}"><w:multiLevelType w:val="hybridMultilevel"/>'
            f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/>'
            f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{indent}" w:hanging="360"/></w:pPr>{rfonts}</w:lvl></w:abstractNum>'
            f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="{num_id}"/></w:num>')
