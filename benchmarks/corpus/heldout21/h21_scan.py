"""Paper copies turned back into image-only PDFs, in looks none of the earlier sets used:

  diazo     a diazo (dyeline) print of the report, as old drawing offices and print rooms made
            them: blue-violet lines on a pale cream-yellow ground, the ground a little uneven
            (paler and darker drifts across the sheet), slightly soft, 150 dpi colour
  binder    scanned still in a ring binder: the steel rings' shadows and the sheet's punched
            holes at the left edge, the paper bowed up near the rings so that strip darkens, a
            slight turn, 200 dpi greyscale
  lampband  scanned on a flatbed whose lamp flickered as it travelled: soft horizontal bands of
            lighter and darker grey across every page, at uneven spacing, a faint colour fringe
            where the bands change, 200 dpi colour
  recycled  printed on grey recycled paper: a mottled grey ground with dark fibres and flecks
            scattered over it and the ink spread a little into the paper, 200 dpi greyscale

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

CREATOR = {"diazo": "Xerox DocuCentre-VI C2271", "binder": "HP LaserJet Pro MFP M428fdw",
           "lampband": "Epson WorkForce DS-1630", "recycled": "Kyocera TASKalfa 3253ci"}
DPI = {"diazo": 150, "binder": 200, "lampband": 200, "recycled": 200}
COLOUR = {"diazo": True, "binder": False, "lampband": True, "recycled": False}


def _render(doc, i, dpi):
    return doc[i].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")


def _drift(size, rng, lo, hi, cells=6):
    """A smooth random field between lo and hi (a few coarse cells blown up and blurred)."""
    from PIL import Image, ImageFilter
    w, h = size
    small = Image.frombytes("L", (cells, cells), bytes(rng.randint(lo, hi) for _ in range(cells * cells)))
    return small.resize((w, h), Image.BICUBIC).filter(ImageFilter.GaussianBlur(w / cells / 3))


def _diazo(img, rng, dpi):
    from PIL import Image, ImageFilter
    w, h = img.size
    soft = img.filter(ImageFilter.GaussianBlur(0.7))
    ground = _drift((w, h), rng, 0, 40)
    paper = Image.merge("RGB", [ground.point(lambda v: 246 - v // 4), ground.point(lambda v: 238 - v // 3),
                                ground.point(lambda v: 200 - v // 2)])
    ink = Image.new("RGB", (w, h), (74, 56, 168))
    out = Image.composite(paper, ink, soft.point(lambda v: min(255, v + 20)))
    out = out.rotate(rng.uniform(-0.6, 0.6), resample=Image.BICUBIC, fillcolor=(244, 236, 198))
    from PIL import ImageChops
    g = _grain(Image.new("L", (w, h), 255), rng, 12)  # the paper's grain alone, not the page again
    return Image.merge("RGB", [ImageChops.multiply(c, g) for c in out.split()])


def _binder(img, rng, dpi):
    from PIL import Image, ImageChops, ImageDraw, ImageFilter
    w, h = img.size
    shade = Image.new("L", (w, h), 255)
    d = ImageDraw.Draw(shade)
    strip = int(dpi * 0.9)
    for x in range(strip):  # the sheet bowed up near the rings: darker towards the edge
        d.line([(x, 0), (x, h)], fill=int(150 + 105 * math.sqrt(x / strip)))
    out = ImageChops.multiply(img, shade)
    d = ImageDraw.Draw(out)
    r_hole = int(dpi * 0.12)
    for fy in (0.25, 0.5, 0.75) if rng.random() < 0.5 else (0.3, 0.7):
        cy = int(h * fy + rng.uniform(-0.01, 0.01) * h)
        cx = int(dpi * 0.42)
        d.ellipse([cx - r_hole, cy - r_hole, cx + r_hole, cy + r_hole], fill=35)
        # the ring: a steel loop over the hole, its shadow to the right
        ring = Image.new("L", (w, h), 0)
        rd = ImageDraw.Draw(ring)
        rd.ellipse([cx - int(dpi * 0.5), cy - int(dpi * 0.16), cx + int(dpi * 0.22), cy + int(dpi * 0.16)],
                   outline=255, width=int(dpi * 0.05))
        shadow = ring.filter(ImageFilter.GaussianBlur(dpi * 0.05))
        out = ImageChops.subtract(out, ImageChops.offset(shadow, int(dpi * 0.06), int(dpi * 0.04)).point(lambda v: v // 3))
        out = Image.composite(Image.new("L", (w, h), 120), out, ring.filter(ImageFilter.GaussianBlur(1.5)))
    out = out.rotate(rng.uniform(-0.7, 0.7), resample=Image.BICUBIC, fillcolor=232)
    return _specks(_grain(out, rng, 6), rng, 254, 50)


def _lampband(img, rng, dpi):
    from PIL import Image, ImageChops, ImageDraw, ImageFilter
    w, h = img.size
    bands = Image.new("L", (1, h), 255)
    d = ImageDraw.Draw(bands)
    y = 0
    while y < h:
        seg = rng.randint(h // 30, h // 9)
        d.line([(0, y), (0, min(h, y + seg))], fill=rng.choice([255, 246, 236, 226, 214]))
        y += seg
    bands = bands.filter(ImageFilter.GaussianBlur(dpi * 0.05)).resize((w, h))
    grey = ImageChops.multiply(img, bands)
    # a colour fringe where the light changes: red and blue channels shifted a line or two
    edges = bands.filter(ImageFilter.FIND_EDGES).point(lambda v: min(255, v * 6))
    r = ImageChops.add(grey, edges.point(lambda v: v // 5))
    b = ImageChops.add(grey, ImageChops.offset(edges, 0, 2).point(lambda v: v // 4))
    out = Image.merge("RGB", [r, grey, b])
    out = out.rotate(rng.uniform(-0.5, 0.5), resample=Image.BICUBIC, fillcolor=(236, 236, 236))
    g = _grain(Image.new("L", (w, h), 255), rng, 12)
    return Image.merge("RGB", [ImageChops.multiply(c, g) for c in out.split()])


def _recycled(img, rng, dpi):
    from PIL import Image, ImageChops, ImageDraw, ImageFilter
    w, h = img.size
    spread = img.filter(ImageFilter.MinFilter(3)).filter(ImageFilter.GaussianBlur(0.8))
    ink = ImageChops.darker(img, spread.point(lambda v: min(255, v + 40)))
    paper = _drift((w, h), rng, 214, 236, cells=14)
    d = ImageDraw.Draw(paper)
    for _ in range(int(w * h / 9000)):  # flecks
        x, y = rng.randrange(w), rng.randrange(h)
        s = rng.choice([1, 1, 1, 2, 2, 3])
        d.ellipse([x, y, x + s, y + s], fill=rng.randint(90, 170))
    for _ in range(int(w * h / 60000)):  # fibres
        x, y = rng.randrange(w), rng.randrange(h)
        a = rng.uniform(0, math.pi)
        ln = rng.randint(6, 22)
        d.line([(x, y), (x + ln * math.cos(a), y + ln * math.sin(a))], fill=rng.randint(120, 180), width=1)
    out = ImageChops.multiply(ink, paper)
    out = out.rotate(rng.uniform(-0.6, 0.6), resample=Image.BICUBIC, fillcolor=224)
    return _grain(out, rng, 6)


def scan(pdf: Path, out: Path, seed: int, look: str, when: dt.datetime) -> None:
    import pypdfium2 as pdfium
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    rng = random.Random(seed)
    dpi = DPI[look]
    doc = pdfium.PdfDocument(str(pdf))
    src = [_render(doc, i, dpi) for i in range(len(doc))]
    doc.close()
    fn = {"diazo": _diazo, "binder": _binder, "lampband": _lampband, "recycled": _recycled}[look]
    pages = [fn(p, rng, dpi) for p in src]
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1, pageCompression=1)
    c.setCreator(CREATOR[look])
    c.setTitle(f"{when:%Y%m%d%H%M%S}")
    for img in pages:
        w, h = img.size[0] * 72 / dpi, img.size[1] * 72 / dpi
        c.setPageSize((w, h))
        data = io.BytesIO()
        img.save(data, "JPEG", quality=64, optimize=False)
        data.seek(0)
        c.drawImage(ImageReader(data), 0, 0, w, h)
        c.showPage()
    c.save()
    out.write_bytes(_fixed_pdf_id(buf.getvalue()))
