"""Paper copies turned back into image-only PDFs, in looks none of the earlier sets used:

  annotated  a reader's copy scanned in colour at 200 dpi: blue ballpoint over the performance
             table (a wobbly loop round one row, an arrow, a scrawled query written across the
             table's right-hand columns at a slant, a tick), the ink over the print
  foxed      an archive copy on aged paper: yellowed, browner towards the edges, foxing spots
             (brown blotches of several sizes), the print gone brown-black, colour at 150 dpi
  lidopen    scanned with the lid up: the page off-centre in a black surround (the room's dark
             beyond the glass), turned 1 to 2 degrees, the light falling off at the page's edges,
             150 dpi greyscale
  gencopy    a photocopy of a photocopy: each generation reduced a little and offset, the earlier
             copy's page edge printed as a grey line inside the sheet, a mottled grey background,
             letters thickened, 200 dpi greyscale

Readable by a careful person in every look; the same seed gives the same bytes.
"""
from __future__ import annotations

import datetime as dt
import io
import math
import random
from pathlib import Path

from convert import _fixed_pdf_id
from h3_scan import _grain, _specks

DV = "/usr/share/fonts/truetype/dejavu/"
CREATOR = {"annotated": "RICOH MP C3004", "foxed": "Epson Perfection V600", "lidopen": "HP LaserJet MFP M428fdw",
           "gencopy": "SHARP MX-3070"}
DPI = {"annotated": 200, "foxed": 150, "lidopen": 150, "gencopy": 200}
NOTES = ["why so high?? ask officer", "check with Finance!", "query - not what we were told", "see Cllr's email",
         "is this right? raise at O&S"]


def _render(doc, i, dpi, colour=False):
    img = doc[i].render(scale=dpi / 72, grayscale=not colour).to_pil()
    return img.convert("RGB" if colour else "L")


def _table_boxes(pdf: Path, dpi: int) -> dict[int, tuple]:
    """Per page, the box (in pixels) of the performance table: from its 'Target' header down."""
    import pdfplumber
    out = {}
    with pdfplumber.open(pdf) as doc:
        for i, page in enumerate(doc.pages):
            words = page.extract_words()
            heads = [w for w in words if w["text"] == "Target"]
            if not heads:
                continue
            h = heads[0]
            inds = [w for w in words if w["text"] == "Indicator" and abs(w["top"] - h["top"]) < 30]
            x0 = inds[0]["x0"] if inds else 60
            below = [w for w in words if h["top"] < w["top"] < h["top"] + 160]
            bottom = max([w["bottom"] for w in below] + [h["bottom"] + 60])
            s = dpi / 72
            out[i] = (x0 * s, h["top"] * s, page.width * s * 0.92, bottom * s, h["x0"] * s)
    return out


def _scrawl(text: str, size: int, rng, ink):
    """Handwriting-ish: each letter its own size, tilt and baseline."""
    from PIL import Image, ImageDraw, ImageFont
    font_file = DV + "DejaVuSerif-Italic.ttf"
    w = int(size * 0.62 * len(text)) + size * 2
    img = Image.new("RGBA", (w, size * 2), (0, 0, 0, 0))
    x = size // 2
    for ch in text:
        f = ImageFont.truetype(font_file, int(size * rng.uniform(0.85, 1.12)))
        glyph = Image.new("RGBA", (size * 2, size * 2), (0, 0, 0, 0))
        ImageDraw.Draw(glyph).text((size // 2, size // 3), ch, fill=ink + (235,), font=f)
        glyph = glyph.rotate(rng.uniform(-9, 9), resample=Image.BICUBIC)
        img.alpha_composite(glyph, (x - size // 2, int(rng.uniform(-size * 0.08, size * 0.08)) + size // 6))
        x += int(f.getlength(ch) * rng.uniform(0.92, 1.05))
    return img


def _annotated(img, box, rng, dpi):
    from PIL import Image, ImageDraw
    ink = (28, 48, 150)
    over = Image.new("RGBA", img.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(over)
    if box:
        x0, top, x1, bottom, target_x = box
        # a loop round one of the rows under the header
        cy = top + (bottom - top) * rng.uniform(0.35, 0.6)
        cx, rx, ry = (x0 + x1) / 2, (x1 - x0) / 2 + dpi * 0.08, dpi * 0.21
        pts = []
        for k in range(0, 400):
            a = k / 380 * 2 * math.pi
            wob = 1 + 0.03 * math.sin(a * 3 + rng.random())
            pts.append((cx + rx * wob * math.cos(a), cy + ry * wob * math.sin(a) + k * 0.02))
        d.line(pts, fill=ink + (230,), width=max(2, dpi // 70), joint="curve")
        # an arrow from the loop up into the margin above the table
        ax, ay = x1 + dpi * 0.02, cy - ry
        tx, ty = x1 - dpi * 0.6, top - dpi * 0.45
        d.line([(ax, ay), (tx, ty)], fill=ink + (230,), width=max(2, dpi // 80))
        d.line([(tx, ty), (tx + dpi * 0.12, ty + dpi * 0.02)], fill=ink + (230,), width=max(2, dpi // 80))
        d.line([(tx, ty), (tx + dpi * 0.03, ty + dpi * 0.12)], fill=ink + (230,), width=max(2, dpi // 80))
        # the query scrawled across the table's right-hand columns, at a slant
        note = _scrawl(rng.choice(NOTES), int(dpi * 0.2), rng, ink).rotate(rng.uniform(8, 14), expand=True,
                                                                           resample=Image.BICUBIC)
        over.alpha_composite(note, (int(max(x0, target_x - dpi * 0.3)), int(top + (bottom - top) * 0.55)))
    # a tick in the left margin
    y = int(img.size[1] * rng.uniform(0.2, 0.35))
    d.line([(dpi * 0.35, y), (dpi * 0.45, y + dpi * 0.1), (dpi * 0.65, y - dpi * 0.15)], fill=ink + (230,),
           width=max(2, dpi // 70))
    # ballpoint ink is translucent: multiply it over the print
    from PIL import ImageChops
    ink_layer = Image.new("RGB", img.size, (255, 255, 255))
    ink_layer.paste(over.convert("RGB"), (0, 0), over)
    out = ImageChops.multiply(img, ink_layer)
    out = out.rotate(rng.uniform(-0.5, 0.5), resample=Image.BICUBIC, fillcolor=(250, 250, 248))
    return out


def _foxed(img, rng):
    from PIL import Image, ImageChops, ImageDraw, ImageFilter
    w, h = img.size
    # the print turns brown-black, the paper yellow, darker towards its edges
    grey = img.convert("L")
    paper = Image.new("RGB", (w, h), (236, 222, 188))
    edge = Image.new("L", (w, h), 0)
    de = ImageDraw.Draw(edge)
    for k in range(40):
        de.rectangle([k * w // 160, k * h // 220, w - k * w // 160, h - k * h // 220], outline=max(0, 90 - k * 3))
    edge = edge.filter(ImageFilter.GaussianBlur(w // 40))
    dark = Image.new("RGB", (w, h), (170, 140, 95))
    paper = Image.composite(dark, paper, edge)
    ink = Image.new("RGB", (w, h), (58, 40, 28))
    out = Image.composite(paper, ink, grey)
    # foxing: soft brown spots, a few large, many small
    spots = Image.new("L", (w, h), 0)
    ds = ImageDraw.Draw(spots)
    for _ in range(rng.randint(25, 45)):
        x, y = rng.randint(0, w), rng.randint(0, h)
        r = rng.choice([2, 3, 4, 5, 6, 8, 11])
        ds.ellipse([x - r, y - r, x + r, y + r], fill=rng.randint(50, 110))
    spots = spots.filter(ImageFilter.GaussianBlur(2.2))
    brown = Image.new("RGB", (w, h), (150, 100, 55))
    out = Image.composite(brown, out, spots)
    out = out.rotate(rng.uniform(-0.6, 0.6), resample=Image.BICUBIC, fillcolor=(220, 205, 170))
    g = _grain(out.convert("L"), rng, 10)
    return Image.merge("RGB", [ImageChops.multiply(c, g.point(lambda v: min(255, v + 12)))
                               for c in out.split()])


def _lidopen(img, rng, dpi):
    from PIL import Image, ImageDraw, ImageFilter
    w, h = img.size
    W, H = int(w * 1.09), int(h * 1.07)
    sheet = Image.frombytes("L", (W, H), rng.randbytes(W * H)).point(lambda v: 12 + v // 18)
    # the light falls off at the page's edges
    fall = Image.new("L", (w, h), 255)
    d = ImageDraw.Draw(fall)
    for k in range(30):
        d.rectangle([k, k, w - 1 - k, h - 1 - k], outline=150 + k * 3)
    from PIL import ImageChops
    page = ImageChops.multiply(img, fall)
    mask = Image.new("L", (w, h), 255)
    angle = rng.choice([-1, 1]) * rng.uniform(1.0, 2.0)
    page = page.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=0)
    mask = mask.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=0)
    ox = int((W - page.size[0]) * rng.uniform(0.15, 0.85))
    oy = int((H - page.size[1]) * rng.uniform(0.2, 0.8))
    sheet.paste(page, (ox, oy), mask.filter(ImageFilter.GaussianBlur(1.2)))
    return _specks(_grain(sheet, rng, 10), rng, 251, 90)


def _gencopy(img, rng, dpi):
    from PIL import Image, ImageChops, ImageDraw, ImageFilter
    w, h = img.size
    out = img
    for gen in range(2):
        scale = rng.uniform(0.965, 0.985)
        small = out.resize((int(w * scale), int(h * scale)), Image.LANCZOS)
        sheet = Image.new("L", (w, h), 255)
        ox, oy = rng.randint(int(dpi * 0.05), int(dpi * 0.2)), rng.randint(int(dpi * 0.05), int(dpi * 0.2))
        sheet.paste(small, (ox, oy))
        d = ImageDraw.Draw(sheet)
        # the earlier copy's page edge, printed as a grey line
        d.rectangle([ox, oy, ox + small.size[0] - 1, oy + small.size[1] - 1], outline=110 + gen * 30, width=3)
        sheet = sheet.rotate(rng.uniform(-0.4, 0.4), resample=Image.BICUBIC, fillcolor=255)
        # letters thicken, the paper greys in blotches
        sheet = sheet.filter(ImageFilter.GaussianBlur(0.7))
        haze_small = Image.frombytes("L", (w // 60, h // 60), rng.randbytes((w // 60) * (h // 60)))
        haze = haze_small.resize((w, h), Image.BICUBIC).filter(ImageFilter.GaussianBlur(dpi // 8))
        haze = haze.point(lambda v: 12 + v * 26 // 255)
        sheet = ImageChops.subtract(sheet, haze)
        sheet = sheet.point(lambda v: 0 if v < 40 else min(255, int((v - 40) * 1.12)))
        out = sheet
    return _specks(_grain(out, rng, 14), rng, 250, 110)


def scan(pdf: Path, out: Path, seed: int, look: str, when: dt.datetime) -> None:
    import pypdfium2 as pdfium
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    rng = random.Random(seed)
    dpi = DPI[look]
    boxes = _table_boxes(pdf, dpi) if look == "annotated" else {}
    doc = pdfium.PdfDocument(str(pdf))
    colour = look in ("annotated", "foxed")
    src = [_render(doc, i, dpi, colour) for i in range(len(doc))]
    doc.close()
    if look == "annotated":
        first = min(boxes) if boxes else None
        pages = [_annotated(p, boxes.get(i) if i == first else None, rng, dpi) for i, p in enumerate(src)]
    elif look == "foxed":
        pages = [_foxed(p, rng) for p in src]
    elif look == "lidopen":
        pages = [_lidopen(p, rng, dpi) for p in src]
    else:
        pages = [_gencopy(p, rng, dpi) for p in src]
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1, pageCompression=1)
    c.setCreator(CREATOR[look])
    c.setTitle(f"{when:%Y%m%d%H%M%S}")
    for img in pages:
        w, h = img.size[0] * 72 / dpi, img.size[1] * 72 / dpi
        c.setPageSize((w, h))
        jpg = io.BytesIO()
        img.save(jpg, "JPEG", quality=50 if look != "foxed" else 45, optimize=False)
        jpg.seek(0)
        c.drawImage(ImageReader(jpg), 0, 0, w, h)
        c.showPage()
    c.save()
    out.write_bytes(_fixed_pdf_id(buf.getvalue()))
