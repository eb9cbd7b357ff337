"""Scanned PDFs read by OCR: each page drawn at 300 dpi (pypdfium2, through pdfplumber),
straightened (the tilt that makes its lines of text most distinct), its table rules
taken away (a rule read as text spoils the cells beside it), and read by Tesseract
(Debian's tesseract-ocr and its English data, through pytesseract; nothing is
downloaded) as sparse text, every word found wherever it is. Tesseract gives each word
its box and its confidence; the words are then laid out as a text layer's are
(layout.py), so a table's rows are made again by where its words stand. Every line keeps
the lowest confidence of its words, so each value read from it carries that confidence
into the draft."""
from __future__ import annotations

import os
import re
import shutil
import statistics
from typing import Callable

from .document import Document, Scan, Unreadable
from .layout import Word, lines_of
from .pages import blocks_of_pages

DPI = 300
_INSTALL = "sudo apt-get install tesseract-ocr tesseract-ocr-eng"


def read_scan(pdf, progress: Callable[[int, int], None] | None = None) -> Document:
    pytesseract = _tesseract()
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")  # one core a document: the batch runs two at once

    read, heights, confidences = [], [], []
    for number, page in enumerate(pdf.pages, start=1):
        if progress:
            progress(number, len(pdf.pages))  # reading page `number`
        image = without_rules(straightened(page.to_image(resolution=DPI, antialias=True).original.convert("L")))
        data = pytesseract.image_to_data(image, lang="eng", config="--psm 11",
                                         output_type=pytesseract.Output.DICT)
        words = _words(data, 72 / DPI)
        confidences += [w.conf for w in words]
        read.append((lines_of(words, number), []))
        heights.append(_Page(float(page.height)))
    # a word's box is only roughly its type's size: no heading by size (normalise still makes
    # headings of short lines in capitals or that name a section)
    blocks, furniture = blocks_of_pages(read, heights, heading_scale=100.0)
    if not blocks:
        raise Unreadable("the PDF is a scan and text recognition (OCR) found no text in it; check that "
                         "the scan is of the report, or import a copy with a text layer")
    scan = Scan(f"Tesseract {pytesseract.get_tesseract_version()}", len(pdf.pages),
                round(statistics.mean(confidences)) if confidences else 0)
    return Document(blocks=blocks, format="pdf", scan=scan, furniture=furniture)


def straightened(image):
    """The page turned by the angle, within 1.5 degrees, at which its rows of ink are most
    distinct (the variance of the rows' ink is greatest), found on a quarter-size copy."""
    from PIL import Image

    small = image.resize((image.width // 4, image.height // 4)).point(lambda v: 255 if v < 160 else 0)
    best, angle = -1.0, 0.0
    for tenth in range(-15, 16):
        turned = small.rotate(tenth / 10, resample=Image.Resampling.NEAREST, fillcolor=0)
        rows = list(turned.resize((1, turned.height), Image.Resampling.BOX).tobytes())
        mean = sum(rows) / len(rows)
        spread = sum((r - mean) ** 2 for r in rows)
        if spread > best:
            best, angle = spread, tenth / 10
    return image.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255) if angle else image


def without_rules(image):
    """The page with its table rules painted out: runs of ink far longer than any letter,
    across (150 px at 300 dpi) or down (80 px), found where ink is darkened a little (a
    scanned rule is grey and broken) but not in a grey shaded cell."""
    from PIL import Image, ImageChops

    across = _clear_runs(image, 150)
    down = _clear_runs(image.transpose(Image.Transpose.TRANSPOSE), 80).transpose(Image.Transpose.TRANSPOSE)
    return ImageChops.lighter(across, down)


def _clear_runs(image, length: int):
    from PIL import Image, ImageFilter

    width, height = image.size
    ink = image.filter(ImageFilter.MinFilter(3)).point(lambda v: 0 if v < 150 else 255).tobytes()
    out = bytearray(image.tobytes())
    run = re.compile(rb"\x00{%d,}" % length)
    for y in range(height):
        for m in run.finditer(ink, y * width, (y + 1) * width):
            start, end = m.start() - y * width, m.end() - y * width
            for row in range(max(0, y - 2), min(height, y + 3)):
                out[row * width + start:row * width + end] = b"\xff" * (end - start)
    return Image.frombytes("L", (width, height), bytes(out))


class _Page:
    def __init__(self, height: float):
        self.height = height


def _tesseract():
    """pytesseract, with Tesseract and its English data there to drive."""
    if shutil.which("tesseract") is None:
        raise Unreadable("the PDF is a scan (it has no text layer) and reading it needs Tesseract OCR, "
                         f"which is not installed; install it ({_INSTALL} on Debian or Ubuntu) and "
                         "import again")
    import pytesseract

    try:
        languages = pytesseract.get_languages(config="")
    except Exception:  # noqa: BLE001 - a broken install: say what to do, not a traceback
        languages = []
    if "eng" not in languages:
        raise Unreadable("the PDF is a scan (it has no text layer) and reading it needs Tesseract's "
                         f"English data, which is not installed; install it ({_INSTALL} on Debian or "
                         "Ubuntu) and import again")
    return pytesseract


_MONTH = re.compile(r"(?i)^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?$")
_YEAR = re.compile(r"^([3-9])(0\d\d)(\W*)$")


def _year_after_month(previous: str, text: str) -> str:
    """'August 5024': text recognition misreads a 2 as 3, 5 or 8 in a year, a year no
    report can have; after a month it is 20xx (the word keeps its low confidence)."""
    m = _YEAR.match(text) if _MONTH.match(previous) else None
    return f"2{m.group(2)}{m.group(3)}" if m else text


def _words(data: dict, scale: float) -> list[Word]:
    """Tesseract's words, in points, with the scan's tilt taken out."""
    found = []
    previous = ""
    for i, text in enumerate(data["text"]):
        conf = float(data["conf"][i])
        if not text.strip() or conf < 0:
            continue
        repaired = _year_after_month(previous, text.strip())
        if repaired != text.strip():
            conf = min(conf, 50.0)  # a year put right: as unsure as a guess
        text, previous = repaired, text.strip()
        left, top = data["left"][i] * scale, data["top"][i] * scale
        width, height = data["width"][i] * scale, data["height"][i] * scale
        line = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
        found.append((line, Word(text.strip(), left, left + width, top, top + height, height, conf=round(conf))))
    slope = _tilt([(line, w) for line, w in found])
    # a word's box is as tall as its letters ('as' is short, 'Kept' tall): a line's tallest
    # word is the size of its type, the same for every line set in it
    tallest: dict = {}
    for line, w in found:
        tallest[line] = max(tallest.get(line, 0.0), w.bottom - w.top)
    words = []
    for line, w in found:
        shift = w.x0 * slope
        words.append(Word(w.text, w.x0, w.x1, w.top - shift, w.bottom - shift, max(tallest[line], 1.0),
                          conf=w.conf))
    return words


def _tilt(found) -> float:
    """How far a line drops for each point along it: the median slope of the lines of
    three words or more Tesseract found."""
    lines: dict = {}
    for line, word in found:
        lines.setdefault(line, []).append(word)
    slopes = []
    for words in lines.values():
        if len(words) >= 3 and words[-1].x0 - words[0].x0 > 50:
            first, last = words[0], words[-1]
            slopes.append((last.bottom - first.bottom) / (last.x0 - first.x0))
    return statistics.median(slopes) if slopes else 0.0
