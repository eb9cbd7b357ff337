"""Scanned PDFs read by OCR: each page drawn at 300 dpi (pypdfium2, through pdfplumber),
turned the right way up, straightened (the tilt that makes its lines of text most distinct), its table rules
taken away (a rule read as text spoils the cells beside it), and read by Tesseract
(Debian's tesseract-ocr and its English data, through pytesseract; nothing is
downloaded) as sparse text, every word found wherever it is; a page it reads unsurely is
read again smoothed (a dot-matrix printout's letters are dots), and a photographed page read
again with only its paper (not the desk or board round it), the surer reading kept each time.
Tesseract gives each word
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
from .layout import Word
from .pages import blocks_of_pages
from .scan_tables import rule_edges, ruled_tables
from .text_columns import page_lines

DPI = 300
_ALIKE = 0.8  # a running header read on two pages: alike to this degree (difflib's ratio)
_INSTALL = "sudo apt-get install tesseract-ocr tesseract-ocr-eng"


def read_scan(pdf, progress: Callable[[int, int], None] | None = None) -> Document:
    pytesseract = _tesseract()
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")  # one core a document: the batch runs two at once

    read, heights, confidences = [], [], []
    for number, page in enumerate(pdf.pages, start=1):
        if progress:
            progress(number, len(pdf.pages))  # reading page `number`
        drawn = upright(page.to_image(resolution=DPI, antialias=True).original.convert("L"), pytesseract)
        image, across, down, words = _paper_read_if_surer(_page_read(drawn, pytesseract), drawn, pytesseract)
        confidences += [w.conf for w in words]
        tables, words = ruled_tables(rule_edges(across, True, 72 / DPI) + rule_edges(down, False, 72 / DPI), words)
        read.append((page_lines(words, number, image.width * 72 / DPI), tables))
        heights.append(_Page(image.height * 72 / DPI))
    # a word's box is only roughly its type's size: no heading by size (normalise still makes
    # headings of short lines in capitals or that name a section)
    blocks, furniture = blocks_of_pages(read, heights, heading_scale=100.0, alike=_ALIKE)
    if not blocks:
        raise Unreadable("the PDF is a scan and text recognition (OCR) found no text in it; check that "
                         "the scan is of the report, or import a copy with a text layer")
    scan = Scan(f"Tesseract {pytesseract.get_tesseract_version()}", len(pdf.pages),
                round(statistics.mean(confidences)) if confidences else 0)
    return Document(blocks=blocks, format="pdf", scan=scan, furniture=furniture)


def _page_read(drawn, pytesseract):
    return _surer(_reading(straightened(unshaded(drawn)), pytesseract), drawn, pytesseract)


_SURER_BY = 1.0  # points of mean word confidence: the paper's reading must beat the whole picture's


def _paper_read_if_surer(reading, drawn, pytesseract):
    """A photographed page read again with all but its paper made white, that reading kept
    where it is surer (a scan's black border around the page reads as well either way, and
    making it white can shift how Tesseract parts ink from paper)."""
    paper = on_the_paper(drawn)
    if paper is drawn:
        return reading
    on_paper = _page_read(paper, pytesseract)
    return on_paper if _mean_confidence(on_paper[3]) >= _mean_confidence(reading[3]) + _SURER_BY else reading


_UNSURE = 70  # a page's mean word confidence below this reads badly: its type is made of dots or specks
_SMOOTHING = 1.5  # px at 300 dpi: a dot-matrix letter's dots, or a grainy copy's specks, run together


def _surer(reading, drawn, pytesseract):
    """A page text recognition read unsurely, read again smoothed (a dot-matrix printout's
    letters are dots, which Tesseract reads one by one): the surer of the two readings."""
    if _mean_confidence(reading[3]) >= _UNSURE:
        return reading
    from PIL import ImageFilter

    smoothed = _reading(straightened(unshaded(drawn.filter(ImageFilter.GaussianBlur(_SMOOTHING)))), pytesseract)
    return smoothed if _mean_confidence(smoothed[3]) >= _mean_confidence(reading[3]) + 10 else reading


def _mean_confidence(words) -> float:
    return statistics.mean(w.conf for w in words) if words else 0.0


def _reading(page, pytesseract):
    """The page's words, with its dark bands turned and its rules painted out (and the rules)."""
    cleared, across, down = without_rules(dark_inverted(page, pytesseract))
    data = pytesseract.image_to_data(cleared, lang="eng", config="--psm 11", output_type=pytesseract.Output.DICT)
    return cleared, across, down, _words(data, 72 / DPI)


def _sureness(area, pytesseract) -> float:
    """How many words text recognition reads in `area`, each counted by how sure it is;
    Tesseract's own turning of light type on dark is off, or a band reads well either way."""
    return sum(_confidences(area, pytesseract, "--psm 6 -c tessedit_do_invert=0"))


def _confidences(image, pytesseract, config: str) -> list[float]:
    """How sure text recognition is of each word it reads in `image` (0 to 100)."""
    data = pytesseract.image_to_data(image, lang="eng", config=config, output_type=pytesseract.Output.DICT)
    return [float(c) for c, text in zip(data["conf"], data["text"]) if text.strip() and float(c) >= 0]


def upright(image, pytesseract):
    """The page the right way up where it was scanned on its side or upside down (a
    landscape table fed through the scanner upright), as Tesseract's orientation detection
    (Debian's osd data, installed with tesseract-ocr) says, when it is sure. Too little text
    to tell, or no osd data: the page as it is."""
    try:
        found = pytesseract.image_to_osd(image, config="--psm 0 -c min_characters_to_try=20")
    except Exception:  # noqa: BLE001 - Tesseract's error for too few characters: nothing to turn
        return image
    turn = re.search(r"Rotate: (\d+)", found)
    sure = re.search(r"Orientation confidence: ([\d.]+)", found)
    if not turn or not sure or int(turn.group(1)) % 360 == 0 or float(sure.group(1)) < 1.5:
        return image
    turned = image.rotate(-int(turn.group(1)), expand=True, fillcolor=255)  # OSD's turn is clockwise
    # shading (a listing's green bars) can fool it: the turn is kept only if its words read surer
    return turned if _read_sureness(turned, pytesseract) > _read_sureness(image, pytesseract) else image


def _read_sureness(image, pytesseract) -> float:
    """How sure text recognition is of a half-size copy's words, on average (0 to 100)."""
    sure = _confidences(image.resize((image.width // 2, image.height // 2)), pytesseract, "--psm 11")
    return sum(sure) / len(sure) if sure else 0.0


def on_the_paper(image):
    """A photograph of a page on a desk or a noticeboard: all but the paper made white (the
    cork's grain reads as words, and joins a table's dark heading row to the dark edges, so
    it is never turned). The paper is the largest patch as light as the page's commonest
    light grey, less a margin for the light falling off, each row of it from its first such
    pixel to its last (a page lying askew; a dark band inside it kept), with ground round it
    on three sides at least; nothing changes where most of what lies outside it is as light
    (a scan whose dark band splits the page's paper in two)."""
    from PIL import Image, ImageFilter

    small = image.resize((max(1, image.width // _BLOCK), max(1, image.height // _BLOCK)),
                         Image.Resampling.BOX).filter(ImageFilter.MedianFilter(5))
    counts = small.histogram()
    paper = max(range(128, 256), key=counts.__getitem__)
    light = small.point(lambda v: 255 if v >= paper - _FALL_OFF else 0)
    spans = _largest_patch_rows(light)
    if not spans:
        return image
    left, right = min(a for a, _ in spans.values()), max(b for _, b in spans.values())
    top, bottom = min(spans), max(spans)
    if sum((left > 1, top > 1, right < small.width - 2, bottom < small.height - 2)) < 3:
        return image  # paper to two edges or more: a banner across its top, a bound volume's shaded gutter
    mask = Image.new("L", small.size, 0)
    for y, (a, b) in spans.items():
        mask.paste(255, (a, y, b + 1, y + 1))
    inside = mask.histogram()[255]
    if inside < 0.4 * small.width * small.height:
        return image  # no page's worth of paper: a negative's white type, a box on a dark page
    outside = small.width * small.height - inside
    lit_outside = light.histogram()[255] - Image.composite(light, mask, mask).histogram()[255]
    if outside < 0.1 * small.width * small.height or lit_outside > 0.3 * outside:
        return image
    whole = mask.resize(image.size, Image.Resampling.NEAREST)
    return Image.composite(image, Image.new("L", image.size, 255), whole)


def _largest_patch_rows(light) -> dict[int, tuple[int, int]]:
    """The largest patch of white pixels: for each of its rows, its first pixel and its last."""
    rows: dict[int, tuple[int, int]] = {}
    for x, y in max(_patches(light), key=len, default=[]):
        a, b = rows.get(y, (x, x))
        rows[y] = (min(a, x), max(b, x))
    return rows


_FALL_OFF = 40  # grey levels: a photographed page's light falls off toward its edges


_SHADE = 0.08  # of the page's pixels at one grey, at least: a background (the paper, a band of shading)


def unshaded(image):
    """Paper with bands of shading (a listing's green bars): the type alone, black on white.
    Text recognition parts ink from paper at one grey for the page, which falls between the
    bands and the paper and loses the type on the bands. Plain paper is left as it is."""
    counts = image.histogram()
    levels = [sum(counts[i:i + 8]) for i in range(128, 256, 8)]
    backgrounds = [128 + 8 * i for i, n in enumerate(levels) if n >= _SHADE * image.width * image.height]
    if not backgrounds or max(backgrounds) - min(backgrounds) <= 24:
        return image
    cut = int(min(backgrounds) * 0.7)
    return image.point(lambda v: 0 if v < cut else 255)


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


def dark_inverted(image, pytesseract=None):
    """The page with its dark bands (a table's heading row, a title bar: white type on a
    dark fill) turned to dark type on white, as Tesseract reads best and before rules are
    painted out (a dark band would go as one long rule). A band is first found where most
    of a patch of about 5 mm (56 px at 300 dpi) is darker than half, which black type on
    white, even bold, never is; then its edges are found line by line of pixels (a band
    one line of type tall is hardly taller than the patch), and it is turned whole, so no
    letter is cut in two. Given Tesseract, a fill is turned only where its turned words
    read surer than as they are: a dark photocopy's heavy black type looks like a fill."""
    from PIL import Image, ImageFilter, ImageOps

    width, height = image.size
    blocks = image.resize((max(1, width // _BLOCK), max(1, height // _BLOCK)), Image.Resampling.BOX)
    core = blocks.filter(ImageFilter.MedianFilter(7)).point(lambda v: 255 if v < 128 else 0)
    if not core.getbbox():
        return image
    turned = image.copy()
    reach = 4 * _BLOCK  # the patches fall short of a band's edge by at most half a patch
    areas = _merged([(max(0, left * _BLOCK - reach), max(0, top * _BLOCK - reach),
                      min(width, right * _BLOCK + reach), min(height, bottom * _BLOCK + reach))
                     for left, top, right, bottom in _groups(core)])
    turned_any = False
    for area in areas:
        # a fill is taller than a line of type and mostly dark (dark patches can fall on
        # bold black capitals on a grey cell, which must stay as they are)
        fills = [box for box in _fills(image, area) if min(box[2] - box[0], box[3] - box[1]) >= 4 * _THINNEST
                 and _share_dark(image.crop(box)) >= 0.6]
        if not fills:
            continue
        counts = [0] * 256
        for box in fills:
            counts = [a + b for a, b in zip(counts, image.crop(box).histogram())]
        fill = 255 - max(range(128), key=counts.__getitem__)  # the fill's grey, once inverted
        for box in fills:
            light = _whitened(ImageOps.invert(image.crop(box)).filter(ImageFilter.MedianFilter(3)), fill)
            # the white lines between a band's cells, dark now, are shorter than a rule
            down, _ = _clear_runs(light.transpose(Image.Transpose.TRANSPOSE), max(_THINNEST, light.height * 2 // 3),
                                  thin=False)
            light = down.transpose(Image.Transpose.TRANSPOSE)
            if pytesseract is not None and _sureness(light, pytesseract) < _sureness(image.crop(box), pytesseract):
                continue  # heavy type on a dark copy, not white type on a fill: turned, it would be lost
            left, top, right, bottom = box
            # the fill's ragged edge (a scan's residual tilt) goes white with it
            turned.paste(255, (max(0, left - 4), max(0, top - 4), min(width, right + 4), min(height, bottom + 4)))
            turned.paste(light, box[:2])
            turned_any = True
    return turned if turned_any else image


_BLOCK = 8  # px of the page in a block of the copy bands are found on
_THINNEST = 12  # px (1 mm at 300 dpi): a fill is thicker than a rule or a letter's stroke


def _share_dark(area) -> float:
    counts = area.histogram()
    return sum(counts[:128]) / max(1, sum(counts))


def _whitened(band, fill: int):
    """An inverted band with its fill, now a grey, made white (a faint line between its
    cells would be read as '|')."""
    edge = max(1, fill - 40)
    return band.point(lambda v: 255 if v >= edge else v * 255 // edge)


def _merged(boxes: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
    """Boxes that overlap made one (a band's patches can fall into several groups)."""
    boxes = list(boxes)
    joined = True
    while joined:
        joined = False
        for i, j in ((i, j) for i in range(len(boxes)) for j in range(i + 1, len(boxes))):
            one, other = boxes[i], boxes[j]
            if one[0] < other[2] and other[0] < one[2] and one[1] < other[3] and other[1] < one[3]:
                boxes[i] = (min(one[0], other[0]), min(one[1], other[1]), max(one[2], other[2]), max(one[3], other[3]))
                del boxes[j]
                joined = True
                break
    return boxes


def _groups(core) -> list[tuple[int, int, int, int]]:
    """The boxes, in blocks, of the dark patches' connected groups."""
    boxes = []
    for patch in _patches(core):
        xs, ys = [x for x, _ in patch], [y for _, y in patch]
        boxes.append((min(xs), min(ys), max(xs) + 1, max(ys) + 1))
    return boxes


def _patches(marks):
    """Each patch of white pixels joined side by side or up and down: its pixels' (x, y)."""
    width = marks.width
    todo_marks = bytearray(marks.tobytes())
    for start in range(len(todo_marks)):
        if not todo_marks[start]:
            continue
        todo_marks[start] = 0
        todo, patch = [start], []
        while todo:
            at = todo.pop()
            x = at % width
            patch.append((x, at // width))
            for near in (at - 1 if x else -1, at + 1 if x + 1 < width else -1, at - width, at + width):
                if 0 <= near < len(todo_marks) and todo_marks[near]:
                    todo_marks[near] = 0
                    todo.append(near)
        yield patch


def _fills(image, box) -> list[tuple[int, int, int, int]]:
    """The mostly dark boxes in `box`: each stretch of mostly dark rows cut to its mostly
    dark columns (a heading row); in the rows between, each stretch of mostly dark columns
    cut to its mostly dark rows (a heading cell two rows tall beside lighter ones)."""
    left, top, right, bottom = box
    found = []
    for start, end, dark in _stretches(image, box, across=True):
        for first, last, dark_down in _stretches(image, (left, start, right, end), across=False):
            if dark and dark_down:
                found.append((first, start, last, end))
            elif dark_down:  # the cell's type, across most of it, can split its rows: it is one box
                rows = [(a, b) for a, b, rows_dark in _stretches(image, (first, start, last, end), across=True)
                        if rows_dark]
                found += [(first, rows[0][0], last, rows[-1][1])] if rows else []
    return found


def _stretches(image, box, across: bool) -> list[tuple[int, int, bool]]:
    """`box` cut into stretches of rows (across) or columns, each mostly dark or not. A
    dark stretch is a fill's only if it is thicker than a rule and, across, one of its
    rows is nearly all dark (rows through black type beside a dark cell can be mostly
    dark, but none nearly all); a light gap thinner than a fill between dark lines is a
    white letter's stroke."""
    left, top, right, bottom = box
    lines = range(top, bottom) if across else range(left, right)
    shares = []
    for at in lines:
        shares.append(_share_dark(image.crop((left, at, right, at + 1) if across else (at, top, at + 1, bottom))))
    runs = _runs([share >= 0.5 for share in shares])
    for i, (start, end, dark) in enumerate(runs):
        if not dark and end - start < _THINNEST and 0 < i < len(runs) - 1:
            runs[i] = (start, end, True)  # between two dark runs: runs alternate
    runs = _runs([dark for start, end, dark in runs for _ in range(start, end)])
    runs = [(start, end, dark and end - start >= _THINNEST and (not across or max(shares[start:end]) >= 0.75))
            for start, end, dark in runs]
    merged = []
    for start, end, dark in runs:
        if merged and merged[-1][2] == dark:
            start = merged.pop()[0]
        merged.append((start, end, dark))
    return [(lines[0] + start, lines[0] + end, dark) for start, end, dark in merged]


def _runs(marks: list[bool]) -> list[tuple[int, int, bool]]:
    runs, start = [], 0
    for i in range(1, len(marks) + 1):
        if i == len(marks) or marks[i] != marks[start]:
            runs.append((start, i, marks[start]))
            start = i
    return runs


def without_rules(image):
    """The page with its table rules painted out, and the rules (scan_tables.py makes the
    tables of them): runs of ink far longer than any letter, across (150 px at 300 dpi) or
    down (80 px), found where ink is darkened a little (a scanned rule is grey and broken)
    but not in a grey shaded cell. A line down nine tenths of the page or more is a
    scanner's streak (dust on its glass), painted out but no rule: a table's rules stop
    inside the page's margins."""
    from PIL import Image, ImageChops

    across, across_runs = _clear_runs(image, 150)
    down, down_runs = _clear_runs(image.transpose(Image.Transpose.TRANSPOSE), 80)
    rules_down = [run for run in down_runs if run[2] - run[1] < _STREAK * image.height]
    return ImageChops.lighter(across, down.transpose(Image.Transpose.TRANSPOSE)), across_runs, rules_down


_STREAK = 0.9  # of the page's height


def _clear_runs(image, length: int, thin: bool = True):
    """The image with its runs of ink `length` px or longer along its rows painted white,
    and the runs (row, start, end). A run is a rule only where it is `thin`: no more lines
    of pixels than a rule's thickness are inked along it. Heavy bold type, thickened by a
    dark copy, runs its letters together through the middle of a line of type: painted
    out, the line would be struck through."""
    from PIL import Image, ImageFilter

    width, height = image.size
    ink = image.filter(ImageFilter.MinFilter(3)).point(lambda v: 0 if v < 150 else 255).tobytes()
    out = bytearray(image.tobytes())
    run = re.compile(rb"\x00{%d,}" % length)
    runs = []
    for y in range(height):
        for m in run.finditer(ink, y * width, (y + 1) * width):
            start, end = m.start() - y * width, m.end() - y * width
            if thin and _thickness(ink, width, height, y, start, end) > _THICKEST:
                continue
            runs.append((y, start, end))
            for row in range(max(0, y - 2), min(height, y + 3)):
                out[row * width + start:row * width + end] = b"\xff" * (end - start)
    return Image.frombytes("L", (width, height), bytes(out)), runs


_THICKEST = 10  # px: a scanned rule, thickened as runs are found, is 3 to 8 px at 300 dpi


def _thickness(ink: bytes, width: int, height: int, y: int, start: int, end: int) -> int:
    """How many lines of pixels, from line `y` up and down, are nearly all ink from `start`
    to `end` (counted no further than just past a rule's thickness)."""
    def inked(line: int) -> bool:
        return 0 <= line < height and ink[line * width + start:line * width + end].count(0) >= 0.9 * (end - start)

    up = next((step for step in range(1, _THICKEST + 2) if not inked(y - step)), _THICKEST + 1)
    down = next((step for step in range(1, _THICKEST + 2) if not inked(y + step)), _THICKEST + 1)
    return up + down - 1


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
