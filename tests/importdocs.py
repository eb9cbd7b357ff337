"""Real documents for the importer's tests, written here with python-docx, reportlab
and zipfile from a simple outline: the seeds' text, or a fixture's blocks."""
from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

SEEDS = Path(__file__).resolve().parent / "seeds"  # the seeds, as in /work/shared/seeds
SEED_2019 = next(SEEDS.glob("000_*.txt"), None) if SEEDS.is_dir() else None
SEED_2017 = next(SEEDS.glob("001_*.txt"), None) if SEEDS.is_dir() else None


@dataclass
class Part:
    kind: str  # "heading", "para", "item" (numbered), "table"
    text: str = ""
    number: str = ""
    rows: tuple = ()


def outline(text: str) -> list[Part]:
    """The seeds' layout: blank-line paragraphs, '- N text' items, tab-separated rows,
    short lines alone as headings."""
    parts: list[Part] = []
    for chunk in re.split(r"\n\s*\n", text.replace("**", "")):
        lines = [l for l in chunk.split("\n") if l.strip()]
        for line in lines if any(re.match(r"- \d+ ", l) or "\t" in l for l in lines) else ["\n".join(lines)]:
            parts.append(_part(line))
    return [p for p in parts if p.text or p.rows]


def _part(line: str) -> Part:
    if m := re.match(r"- (\d+) (.*)", line, re.S):
        return Part("item", m.group(2), m.group(1))
    if "\t" in line:
        return Part("table", rows=(tuple(c for c in line.split("\t") if c),))
    if "\n" not in line and len(line) < 80 and not re.search(r"[.:\-\d]$", line.strip()):
        return Part("heading", line.strip())
    return Part("para", line.strip())


def merge_rows(parts: list[Part]) -> list[Part]:
    out: list[Part] = []
    for part in parts:
        if part.kind == "table" and out and out[-1].kind == "table":
            out[-1] = Part("table", rows=out[-1].rows + part.rows)
        else:
            out.append(part)
    return out


# --- DOCX ---------------------------------------------------------------------

def write_docx(parts: list[Part], path: Path, lvl_text: tuple[str, ...] = ("%1",), starts=(1,)) -> Path:
    """Numbered items use Word's automatic numbering (numbering.xml), never typed numbers;
    an item's number 'a.b' puts it on level 2."""
    import docx

    document = docx.Document()
    num_id = _numbering(document, lvl_text, starts)
    for part in merge_rows(parts):
        if part.kind == "heading":
            document.add_heading(part.text, level=2)
        elif part.kind == "item":
            _numbered(document, part.text, num_id, part.number.count("."))
        elif part.kind == "table":
            table = document.add_table(rows=0, cols=max(len(r) for r in part.rows))
            for row in part.rows:
                cells = table.add_row().cells
                for cell, text in zip(cells, row):
                    cell.text = text
        else:
            paragraph = document.add_paragraph()
            for i, line in enumerate(part.text.split("\n")):
                run = paragraph.add_run(line)
                if i < len(part.text.split("\n")) - 1:
                    run.add_break()
    document.save(path)
    return path


def _numbering(document, lvl_text, starts) -> str:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    levels = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="{starts[i] if i < len(starts) else 1}"/>'
        f'<w:numFmt w:val="decimal"/><w:lvlText w:val="{text}"/></w:lvl>'
        for i, text in enumerate(lvl_text))
    numbering = document.part.numbering_part.element
    numbering.insert(0, parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">{levels}</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    return "90"


def _numbered(document, text: str, num_id: str, level: int) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    paragraph = document.add_paragraph(text)
    paragraph._p.get_or_add_pPr().append(parse_xml(
        f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'))


# --- PDF ----------------------------------------------------------------------

def write_pdf(parts: list[Part], path: Path, encrypt: str | None = None) -> Path:
    """Typed numbers (as Word prints them into a PDF); figure rows as lines of their own."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer
    from xml.sax.saxutils import escape

    styles = getSampleStyleSheet()
    story = []
    for part in merge_rows(parts):
        if part.kind == "heading":
            story.append(Paragraph(f"<b>{escape(part.text)}</b>", styles["Normal"]))
        elif part.kind == "item":
            story.append(Paragraph(f"{part.number} {escape(part.text)}", styles["Normal"]))
        elif part.kind == "table":
            for row in part.rows:
                story.append(Paragraph(escape("    ".join(row)), styles["Normal"]))
        else:
            story.append(Paragraph(escape(part.text).replace("\n", "<br/>"), styles["Normal"]))
        story.append(Spacer(1, 10))
    SimpleDocTemplate(str(path), pagesize=A4, encrypt=encrypt).build(story)
    return path


def write_image_pdf(path: Path) -> Path:
    """A 'scanned' page: an image and no text layer."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    from PIL import Image

    image = path.with_suffix(".png")
    Image.new("RGB", (200, 100), "white").save(image)
    page = canvas.Canvas(str(path), pagesize=A4)
    page.drawImage(str(image), 50, 600, width=200, height=100)
    page.save()
    return path


# --- ODT and HTML -------------------------------------------------------------

def write_odt(parts: list[Part], path: Path) -> Path:
    from xml.sax.saxutils import escape

    body = []
    for part in merge_rows(parts):
        if part.kind == "heading":
            body.append(f'<text:h text:outline-level="2">{escape(part.text)}</text:h>')
        elif part.kind == "item":
            body.append(f'<text:list text:style-name="Numbered"><text:list-item text:start-value="{part.number}">'
                        f'<text:p>{escape(part.text)}</text:p></text:list-item></text:list>')
        elif part.kind == "table":
            rows = "".join("<table:table-row>" + "".join(
                f"<table:table-cell><text:p>{escape(c)}</text:p></table:table-cell>" for c in row)
                + "</table:table-row>" for row in part.rows)
            body.append(f"<table:table>{rows}</table:table>")
        else:
            body.append("<text:p>" + "<text:line-break/>".join(escape(l) for l in part.text.split("\n")) + "</text:p>")
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2">'
        '<office:automatic-styles><text:list-style style:name="Numbered" '
        'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0">'
        '<text:list-level-style-number text:level="1" style:num-format="1"/></text:list-style>'
        '</office:automatic-styles>'
        f'<office:body><office:text>{"".join(body)}</office:text></office:body></office:document-content>')
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", content)
    return path


def write_html(parts: list[Part], path: Path, title: str = "Report") -> Path:
    """A page shaped like ModernGov's: site chrome around a content div."""
    from html import escape

    body = []
    for part in merge_rows(parts):
        if part.kind == "heading":
            body.append(f"<h2>{escape(part.text)}</h2>")
        elif part.kind == "item":
            body.append(f'<ol start="{part.number}"><li><p>{escape(part.text)}</p></li></ol>')
        elif part.kind == "table":
            body.append("<table>" + "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>"
                                            for row in part.rows) + "</table>")
        else:
            body.append("<p>" + "<br>".join(escape(l) for l in part.text.split("\n")) + "</p>")
    path.write_text(
        f"<!DOCTYPE html><html><head><title>{escape(title)}</title><script>var x=1;</script></head><body>"
        '<div id="mgHeader"><ul><li><a href="/">Home</a></li><li>Councillors</li></ul></div>'
        f'<div id="modgov"><div class="mgContent">{"".join(body)}</div></div>'
        '<div id="mgFooter"><p>Copyright 2019 Middlesbrough Council</p></div></body></html>', "utf-8")
    return path
