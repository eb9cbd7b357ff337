"""Paper copies turned back into image-only PDFs, in looks none of the earlier sets used:

  negative    a print from the council's microfilm archive made on a negative reader-printer:
              white letters on a black ground, the frame's edges uneven, a little grain, 150 dpi
              greyscale
  dotmatrix   printed on a 24-pin dot-matrix printer and scanned: every stroke made of small
              round dots, the ribbon fading towards the right of the sheet, a pale band where the
              head moved on between passes, 200 dpi greyscale
  waterstain  a copy that got wet in storage: a pale brown tide-marked stain spreading across
              part of each page (the text still readable through it), the sheet cockled so the
              lines wave a little, 150 dpi colour
  thumb       held flat on an overhead book scanner: the operator's thumb in the left margin of
              each page, the light brighter in the middle and falling off to the edges, a
              slight turn, 200 dpi colour

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

CREATOR = {"negative": "Minolta MS6000 Digital", "dotmatrix": "Canon iR-ADV 4525", "waterstain": "Epson DS-70000",
           "thumb": "Zeutschel OS 12002"}
DPI = {"negative": 150, "dotmatrix": 200, "waterstain": 150, "thumb": 200}


def _render(doc, i, dpi):
    return doc[i].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")


def _negative(img, rng, dpi):
    from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageOps
    img = img.filter(ImageFilter.GaussianBlur(0.5))
    out = ImageOps.invert(img).point(lambda v: 28 + v * 200 // 255)
    w, h = out.size
    # the frame's uneven edges: a darker border that wanders
    d = ImageDraw.Draw(out)
    for side in range(4):
        for k in range(0, (w if side < 2 else h), 8):
            depth = int(dpi * rng.uniform(0.05, 0.12))
            if side == 0:
                d.rectangle([k, 0, k + 8, depth], fill=8)
            elif side == 1:
                d.rectangle([k, h - depth, k + 8, h], fill=8)
            elif side == 2:
                d.rectangle([0, k, depth, k + 8], fill=8)
            else:
                d.rectangle([w - depth, k, w, k + 8], fill=8)
    out = out.rotate(rng.uniform(-0.6, 0.6), resample=Image.BICUBIC, fillcolor=10)
    g = Image.frombytes("L", (w, h), rng.randbytes(w * h)).point(lambda v: v * 14 // 255)
    return ImageChops.add(out, g)


def _dotmatrix(img, rng, dpi):
    from PIL import Image, ImageChops, ImageDraw, ImageFilter
    w, h = img.size
    # the strokes become dots: keep the ink only where a dot of the pin grid falls
    pitch = 3
    cell = Image.new("L", (pitch, pitch), 255)
    ImageDraw.Draw(cell).ellipse([0, 0, pitch - 1, pitch - 1], fill=0)
    grid = Image.new("L", (w, h), 255)
    row = Image.new("L", (w, pitch), 255)
    for x in range(0, w, pitch):
        row.paste(cell, (x, 0))
    for y in range(0, h, pitch):
        grid.paste(row, (0, y))
    ink = img.point(lambda v: 0 if v < 170 else 255)
    dotted = ImageChops.lighter(ink, grid)
    dotted = dotted.filter(ImageFilter.GaussianBlur(0.45))
    # the ribbon fading to the right, and the head's passes
    fade = Image.linear_gradient("L").rotate(90, expand=True).resize((w, h)).point(lambda v: (255 - v) * 55 // 255)
    out = ImageChops.add(dotted, fade)
    d = ImageDraw.Draw(out)
    band = int(dpi * rng.uniform(0.16, 0.2))
    y = rng.randint(0, band)
    while y < h:
        d.line([(0, y), (w, y)], fill=255, width=1)
        y += band
    out = out.rotate(rng.uniform(-0.35, 0.35), resample=Image.BICUBIC, fillcolor=250)
    return _specks(_grain(out, rng, 7), rng, 254, 70)


def _wave(img, rng, amp, fill):
    """The sheet cockled by the water: rows shifted sideways by a slow wave."""
    from PIL import Image
    w, h = img.size
    out = Image.new(img.mode, (w, h), fill)
    ph, per = rng.uniform(0, 6.28), rng.uniform(h / 3.5, h / 2.2)
    strip = 8
    for y in range(0, h, strip):
        dx = int(amp * math.sin(ph + 2 * math.pi * y / per))
        out.paste(img.crop((0, y, w, min(h, y + strip))), (dx, y))
    return out


def _waterstain(img, rng, dpi):
    from PIL import Image, ImageChops, ImageDraw, ImageFilter
    w, h = img.size
    paper = Image.new("RGB", (w, h), (247, 244, 236))
    ink = Image.new("RGB", (w, h), (30, 30, 34))
    out = Image.composite(paper, ink, img)
    # the stain: a blob of overlapping ellipses from one edge, its tide line darker
    mask = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(mask)
    cx = rng.choice([int(w * 0.15), int(w * 0.85)])
    cy = int(h * rng.uniform(0.3, 0.8))
    for _ in range(14):
        rx, ry = int(w * rng.uniform(0.1, 0.26)), int(h * rng.uniform(0.07, 0.18))
        ox, oy = cx + rng.randint(-w // 7, w // 7), cy + rng.randint(-h // 9, h // 9)
        d.ellipse([ox - rx, oy - ry, ox + rx, oy + ry], fill=255)
    mask = mask.filter(ImageFilter.GaussianBlur(dpi * 0.12)).point(lambda v: 255 if v > 128 else 0)
    edge = mask.filter(ImageFilter.FIND_EDGES).filter(ImageFilter.MaxFilter(3)).filter(ImageFilter.GaussianBlur(1.5))
    tint = Image.new("RGB", (w, h), (244, 234, 214))
    tide = Image.new("RGB", (w, h), (226, 204, 168))
    stained = ImageChops.multiply(out, tint)
    out = Image.composite(stained, out, mask.filter(ImageFilter.GaussianBlur(3)))
    out = Image.composite(ImageChops.multiply(out, tide), out, edge.point(lambda v: min(255, v * 2)))
    out = _wave(out, rng, dpi * 0.03, (247, 244, 236))
    out = out.rotate(rng.uniform(-0.5, 0.5), resample=Image.BICUBIC, fillcolor=(240, 238, 230))
    g = _grain(out.convert("L"), rng, 8)
    return Image.merge("RGB", [ImageChops.multiply(c, g.point(lambda v: min(255, v + 8))) for c in out.split()])


def _thumb(img, rng, dpi):
    from PIL import Image, ImageChops, ImageDraw, ImageFilter
    w, h = img.size
    paper = Image.new("RGB", (w, h), (250, 249, 245))
    ink = Image.new("RGB", (w, h), (22, 22, 26))
    out = Image.composite(paper, ink, img)
    # the light: brightest in the middle, falling off to the edges
    light = Image.radial_gradient("L").resize((w, h)).point(lambda v: 255 - v * 60 // 255)
    out = ImageChops.multiply(out, Image.merge("RGB", [light] * 3))
    # the thumb in the left margin, its shadow, its nail
    ty = int(h * rng.uniform(0.35, 0.65))
    tw, th = int(dpi * 0.85), int(dpi * 1.4)
    x0 = -int(tw * 0.35)
    sh = Image.new("L", (w, h), 255)
    ImageDraw.Draw(sh).ellipse([x0 + 12, ty + 14, x0 + tw + 12, ty + th + 14], fill=150)
    out = ImageChops.multiply(out, Image.merge("RGB", [sh.filter(ImageFilter.GaussianBlur(dpi * 0.06))] * 3))
    m = Image.new("L", (w, h), 0)
    ImageDraw.Draw(m).ellipse([x0, ty, x0 + tw, ty + th], fill=255)
    skin = Image.new("RGB", (w, h), (214, 164, 138))
    shading = Image.radial_gradient("L").resize((tw, th)).point(lambda v: 255 - v * 90 // 255)
    sk = Image.new("L", (w, h), 255)
    sk.paste(shading, (x0, ty))
    skin = ImageChops.multiply(skin, Image.merge("RGB", [sk] * 3))
    out = Image.composite(skin, out, m.filter(ImageFilter.GaussianBlur(2)))
    d = ImageDraw.Draw(out)
    nx = x0 + int(tw * 0.55)
    d.ellipse([nx, ty + int(th * 0.12), nx + int(tw * 0.36), ty + int(th * 0.5)], fill=(232, 200, 188),
              outline=(190, 140, 120))
    out = out.rotate(rng.uniform(-0.8, 0.8), resample=Image.BICUBIC, fillcolor=(60, 60, 62))
    g = _grain(out.convert("L"), rng, 7)
    return Image.merge("RGB", [ImageChops.multiply(c, g.point(lambda v: min(255, v + 7))) for c in out.split()])


def scan(pdf: Path, out: Path, seed: int, look: str, when: dt.datetime) -> None:
    import pypdfium2 as pdfium
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    rng = random.Random(seed)
    dpi = DPI[look]
    doc = pdfium.PdfDocument(str(pdf))
    src = [_render(doc, i, dpi) for i in range(len(doc))]
    doc.close()
    fn = {"negative": _negative, "dotmatrix": _dotmatrix, "waterstain": _waterstain, "thumb": _thumb}[look]
    pages = [fn(p, rng, dpi) for p in src]
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1, pageCompression=1)
    c.setCreator(CREATOR[look])
    c.setTitle(f"{when:%Y%m%d%H%M%S}")
    for img in pages:
        w, h = img.size[0] * 72 / dpi, img.size[1] * 72 / dpi
        c.setPageSize((w, h))
        data = io.BytesIO()
        img.save(data, "JPEG", quality=60, optimize=False)
        data.seek(0)
        c.drawImage(ImageReader(data), 0, 0, w, h)
        c.showPage()
    c.save()
    out.write_bytes(_fixed_pdf_id(buf.getvalue()))
