"""PDF with a text layer, read with pdfplumber: ruled tables as tables, lines
grouped into paragraphs by the space between them, bold or larger lines alone as
headings. A line that ends well short of the text's right edge ends its line
(a signature, a figure on a line of its own); others wrap and are joined."""
from __future__ import annotations

import io
import re
import statistics

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfparser import PDFSyntaxError

from .dates import MONTH
from .document import Block, Document, Unreadable
from .read_text import NUMBERED

MAX_PAGES = 1000
_MONTH_FIRST = re.compile(MONTH, re.I)  # '... as of 20' / 'June 2000' is one date


def read_pdf(data: bytes) -> Document:
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
        pages = pdf.pages
    except (PDFPasswordIncorrect, PDFEncryptionError):
        raise Unreadable("the PDF is encrypted (it needs a password to open); save an unprotected "
                         "copy and import that") from None
    except PDFSyntaxError:
        raise Unreadable("the PDF is damaged (not a valid PDF); open it, save or print it to PDF "
                         "again and import the new file") from None
    except Exception as exc:  # pdfplumber wraps pdfminer's many failures on broken files
        cause = exc.args[0] if exc.args and isinstance(exc.args[0], Exception) else exc
        if isinstance(cause, (PDFPasswordIncorrect, PDFEncryptionError)):
            raise Unreadable("the PDF is encrypted (it needs a password to open); save an unprotected "
                             "copy and import that") from None
        raise Unreadable("the PDF is damaged (not a valid PDF); open it, save or print it to PDF "
                         "again and import the new file") from None
    with pdf:
        if len(pages) > MAX_PAGES:
            raise Unreadable(f"the PDF has {len(pages)} pages, more than the {MAX_PAGES} the importer "
                             "reads; split it into one file per report")
        blocks = [b for number, page in enumerate(pages, start=1) for b in _page_blocks(page, number)]
        if not blocks and any(page.images for page in pages):
            raise Unreadable("the PDF has no text layer (it is a scan or images of text); it needs "
                             "OCR (text recognition) first, then import the result")
    return Document(blocks=blocks, format="pdf")


def _page_blocks(page, number: int) -> list[Block]:
    where = f"page {number}"
    tables = page.find_tables()
    items = [(t.bbox[1], Block("table", where=where, rows=_table_rows(t))) for t in tables]
    lines = [l for l in page.extract_text_lines(keep_blank_chars=False)
             if not any(_inside(l, t.bbox) for t in tables)]
    items += [(top, block) for top, block in _paragraphs(lines, where)]
    return [block for _, block in sorted(items, key=lambda item: item[0])]


def _inside(line: dict, bbox) -> bool:
    x0, top, x1, bottom = bbox
    return top - 1 <= line["top"] and line["bottom"] <= bottom + 1


def _table_rows(table) -> tuple[tuple[str, ...], ...]:
    rows = table.extract() or []
    return tuple(tuple(" ".join((c or "").split()) for c in row) for row in rows if any(row))


def _paragraphs(lines: list[dict], where: str):
    if not lines:
        return
    heights = [l["bottom"] - l["top"] for l in lines]
    height = statistics.median(heights)
    body_size = statistics.median(_size(l) for l in lines)
    right = max(l["x1"] for l in lines)
    group: list[dict] = []
    for line in lines:
        if group and (line["top"] - group[-1]["bottom"] > 0.6 * height or _heading(line, body_size)
                      or _heading(group[-1], body_size) or numbered_start(line["text"])):
            yield group[0]["top"], _block(group, where, body_size, right)
            group = []
        group.append(line)
    yield group[0]["top"], _block(group, where, body_size, right)


def _size(line: dict) -> float:
    chars = line.get("chars") or []
    return statistics.median(c["size"] for c in chars) if chars else 0


def _heading(line: dict, body_size: float) -> bool:
    chars = [c for c in line.get("chars") or [] if c["text"].strip()]
    if not chars or len(line["text"]) > 100:
        return False
    bold = all("bold" in c["fontname"].lower() for c in chars)
    return bold or _size(line) > body_size * 1.15


def _block(group: list[dict], where: str, body_size: float, right: float) -> Block:
    if len(group) == 1 and _heading(group[0], body_size) and not numbered_start(group[0]["text"]):
        return Block("heading", group[0]["text"].strip(), where, level=2)
    text = ""
    for line in group:
        ends_figure = (re.search(r"[\d)]$", text) and line["text"].strip()[:1].isupper()
                       and not _MONTH_FIRST.match(line["text"].strip()))
        joiner = "\n" if text and (previous_short or ends_figure) else " "
        text = (text + joiner + line["text"].strip()) if text else line["text"].strip()
        previous_short = line["x1"] < right * 0.75
    m = numbered_start(text)
    if m:
        return Block("paragraph", m.group(3).strip(), where, number=m.group(1) + m.group(2),
                     level=m.group(1).count("."))
    return Block("paragraph", text, where)


def numbered_start(text: str):
    """'2.1 Develop ...': a paragraph number, then a capitalised word (a wrapped line
    that starts '31 commenced training' is not a new paragraph)."""
    m = NUMBERED.match(text)
    return m if m and m.group(3)[:1].isupper() else None
