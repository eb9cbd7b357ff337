"""Paper copies turned back into image-only PDFs, in looks none of the earlier sets used:

  misregister  printed on a colour laser printer whose colour drums were out of register: the
               black made of cyan, magenta and yellow toner, each laid a few pixels off the
               others, so every letter has coloured fringes, 200 dpi colour
  screenphoto  a phone's photograph of the report open on a monitor: the screen's pixel grid and
               its red-green-blue stripes, a faint moire band, the blue-white of the screen, the
               monitor's dark bezel round the page, a slight turn, stored as JPEG
  taped        a copy torn across and mended with clear sticky tape: a ragged tear line across
               each page (the lower half a pixel or two out of line), the yellowed tape over it
               with zigzag cut ends, 150 dpi colour
  sleeve       scanned without taking it out of its clear punched pocket: the pocket's punched
               strip with its holes down the left edge, a milky haze over the page, a glare streak
               across it, the pocket's opening along the top, 200 dpi greyscale

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

CREATOR = {"misregister": "HP Color LaserJet MFP M479fdw", "screenphoto": "iPhone 8 Notes scanner",
           "taped": "Brother ADS-2700W", "sleeve": "RICOH IM C3000"}
DPI = {"misregister": 200, "screenphoto": 150, "taped": 150, "sleeve": 200}


def _render(doc, i, dpi):
    return doc[i].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")


def _misregister(img, rng, dpi):
    from PIL import Image, ImageChops, ImageOps
    ink = ImageOps.invert(img)
    k = ink.point(lambda v: v * 40 // 100)
    planes = []
    for _ in range(3):
        dx, dy = rng.choice([-3, -2, 2, 3]), rng.choice([-2, -1, 1, 2])
        planes.append(ImageChops.lighter(ImageChops.offset(ink, dx, dy).point(lambda v: v * 88 // 100), k))
    out = Image.merge("RGB", [ImageOps.invert(p) for p in planes])
    out = out.rotate(rng.uniform(-0.5, 0.5), resample=Image.BICUBIC, fillcolor=(250, 250, 248))
    g = _grain(out.convert("L"), rng, 6)
    return Image.merge("RGB", [ImageChops.multiply(c, g.point(lambda v: min(255, v + 6))) for c in out.split()])


def _screenphoto(img, rng, dpi):
    from PIL import Image, ImageChops, ImageDraw, ImageFilter
    w, h = img.size
    # the page on the screen: smaller than the photo, inside the bezel
    page = img.resize((int(w * 0.86), int(h * 0.86)), Image.LANCZOS)
    pw, ph = page.size
    rgb = Image.merge("RGB", [page.point(lambda v: int(30 + v * 0.86)), page.point(lambda v: int(34 + v * 0.88)),
                              page.point(lambda v: int(44 + v * 0.82))])
    # the pixel grid: red, green and blue stripes, darker gaps between pixel rows
    stripe = Image.new("RGB", (3, 3), (255, 255, 255))
    sd = stripe.load()
    for x in range(3):
        for y in range(3):
            base = [232, 232, 232]
            base[x] = 255
            if y == 2:
                base = [b - 26 for b in base]
            sd[x, y] = tuple(base)
    grid = Image.new("RGB", (pw, ph))
    row = Image.new("RGB", (pw, 3))
    for x in range(0, pw, 3):
        row.paste(stripe, (x, 0))
    for y in range(0, ph, 3):
        grid.paste(row, (0, y))
    rgb = ImageChops.multiply(rgb, grid)
    # a faint moire band
    band = Image.new("L", (pw, ph), 255)
    bd = ImageDraw.Draw(band)
    per, ph0 = rng.uniform(55, 90), rng.uniform(0, 6.28)
    for y in range(0, ph, 2):
        bd.line([(0, y), (pw, y)], fill=int(240 + 15 * math.sin(ph0 + y / per)))
    band = band.rotate(rng.uniform(20, 35), resample=Image.BICUBIC, fillcolor=255)
    rgb = ImageChops.multiply(rgb, Image.merge("RGB", [band] * 3))
    out = Image.new("RGB", (w, h), (18, 18, 20))
    ImageDraw.Draw(out).rectangle([(w - pw) // 2 - 10, (h - ph) // 2 - 10, (w + pw) // 2 + 10, (h + ph) // 2 + 10],
                                  fill=(38, 38, 42))
    out.paste(rgb, ((w - pw) // 2, (h - ph) // 2))
    light = Image.radial_gradient("L").resize((w, h)).point(lambda v: 255 - v * 55 // 255)
    out = ImageChops.multiply(out, Image.merge("RGB", [light] * 3))
    out = out.rotate(rng.uniform(-1.2, 1.2), resample=Image.BICUBIC, fillcolor=(12, 12, 14))
    return out.filter(ImageFilter.GaussianBlur(0.35))


def _taped(img, rng, dpi):
    from PIL import Image, ImageChops, ImageDraw, ImageFilter
    w, h = img.size
    paper = Image.new("RGB", (w, h), (248, 247, 242))
    ink = Image.new("RGB", (w, h), (28, 28, 30))
    out = Image.composite(paper, ink, img)
    y0 = int(h * rng.uniform(0.3, 0.7))
    # the tear: a ragged line; below it the sheet sits a little out of line
    pts, x = [], 0
    y = y0
    while x <= w:
        pts.append((x, y))
        x += rng.randint(6, 18)
        y = max(y0 - 14, min(y0 + 14, y + rng.randint(-5, 5)))
    mask = Image.new("L", (w, h), 0)
    ImageDraw.Draw(mask).polygon(pts + [(w, h), (0, h)], fill=255)
    shifted = ImageChops.offset(out, rng.choice([-2, -1, 1, 2]), 1)
    out = Image.composite(shifted, out, mask)
    d = ImageDraw.Draw(out)
    d.line(pts, fill=(150, 148, 142), width=1)
    # the tape over the tear: yellowed, glossy edges, zigzag cut ends
    th = int(dpi * 0.7)
    tx0, tx1 = int(w * rng.uniform(0.02, 0.08)), int(w * rng.uniform(0.92, 0.98))
    tmask = Image.new("L", (w, h), 0)
    td = ImageDraw.Draw(tmask)
    top, bot = y0 - th // 2, y0 + th // 2
    left = [(tx0 + (8 if k % 2 else 0), top + k * th // 8) for k in range(9)]
    right = [(tx1 - (8 if k % 2 else 0), bot - k * th // 8) for k in range(9)]
    td.polygon(left + right, fill=255)
    tint = Image.new("RGB", (w, h), (246, 238, 200))
    out = Image.composite(ImageChops.multiply(out, tint), out, tmask.filter(ImageFilter.GaussianBlur(1)))
    d = ImageDraw.Draw(out)
    d.line([(tx0 + 8, top), (tx1 - 8, top)], fill=(226, 222, 200), width=2)
    d.line([(tx0 + 8, bot), (tx1 - 8, bot)], fill=(214, 208, 184), width=2)
    out = out.rotate(rng.uniform(-0.6, 0.6), resample=Image.BICUBIC, fillcolor=(236, 236, 232))
    g = _grain(out.convert("L"), rng, 7)
    return Image.merge("RGB", [ImageChops.multiply(c, g.point(lambda v: min(255, v + 7))) for c in out.split()])


def _sleeve(img, rng, dpi):
    from PIL import Image, ImageChops, ImageDraw, ImageFilter
    w, h = img.size
    out = img.point(lambda v: 62 + v * 180 // 255)  # the milky haze of the plastic
    d = ImageDraw.Draw(out)
    # the punched strip down the left edge, with its holes
    sw = int(dpi * 0.42)
    strip = out.crop((0, 0, sw, h)).point(lambda v: v * 88 // 100)
    out.paste(strip, (0, 0))
    d.line([(sw, 0), (sw, h)], fill=150, width=2)
    for k in range(4):
        cy = int(h * (0.12 + 0.25 * k))
        r0 = int(dpi * 0.11)
        d.ellipse([sw // 2 - r0, cy - r0, sw // 2 + r0, cy + r0], fill=70, outline=40)
    # the pocket's opening along the top
    d.line([(0, int(dpi * 0.18)), (w, int(dpi * 0.18))], fill=165, width=3)
    # a glare streak across the page
    glare = Image.new("L", (w, h), 0)
    gd = ImageDraw.Draw(glare)
    x0 = int(w * rng.uniform(0.25, 0.6))
    gd.polygon([(x0, 0), (x0 + int(dpi * 0.6), 0), (x0 - int(w * 0.3) + int(dpi * 0.6), h), (x0 - int(w * 0.3), h)], fill=70)
    glare = glare.filter(ImageFilter.GaussianBlur(dpi * 0.2))
    out = ImageChops.add(out, glare)
    out = out.rotate(rng.uniform(-0.7, 0.7), resample=Image.BICUBIC, fillcolor=235)
    return _specks(_grain(out, rng, 8), rng, 254, 60)


def scan(pdf: Path, out: Path, seed: int, look: str, when: dt.datetime) -> None:
    import pypdfium2 as pdfium
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    rng = random.Random(seed)
    dpi = DPI[look]
    doc = pdfium.PdfDocument(str(pdf))
    src = [_render(doc, i, dpi) for i in range(len(doc))]
    doc.close()
    fn = {"misregister": _misregister, "screenphoto": _screenphoto, "taped": _taped, "sleeve": _sleeve}[look]
    pages = [fn(p, rng, dpi) for p in src]
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1, pageCompression=1)
    c.setCreator(CREATOR[look])
    c.setTitle(f"{when:%Y%m%d%H%M%S}")
    for img in pages:
        w, h = img.size[0] * 72 / dpi, img.size[1] * 72 / dpi
        c.setPageSize((w, h))
        data = io.BytesIO()
        img.save(data, "JPEG", quality=62 if look != "screenphoto" else 72, optimize=False)
        data.seek(0)
        c.drawImage(ImageReader(data), 0, 0, w, h)
        c.showPage()
    c.save()
    out.write_bytes(_fixed_pdf_id(buf.getvalue()))
