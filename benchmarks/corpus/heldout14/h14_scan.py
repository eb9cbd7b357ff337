"""Paper copies turned back into image-only PDFs, in looks none of the earlier sets used:

  spread    a bound copy scanned open: two pages side by side in one landscape image (a
            double-page spread), the gutter's shadow down the middle, 150 dpi greyscale
  twoup     pages printed two-up (two A4 pages reduced to about 70% on one A4 landscape sheet),
            then scanned at 200 dpi greyscale
  copystamp a colour scan of a copy stamped 'COPY' diagonally across the text in red ink
  holes     a hole-punched copy: two punched holes in the left margin and the dark edge of the
            scanner lid down one side, 150 dpi greyscale

Readable by a careful person in every look; the same seed gives the same bytes.
"""
from __future__ import annotations

import datetime as dt
import io
import random
from pathlib import Path

from convert import _fixed_pdf_id
from h3_scan import _grain, _specks

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
CREATOR = {"spread": "Plustek OpticBook 4800", "twoup": "Xerox WorkCentre 7855", "copystamp": "Canon iR-ADV C5535",
           "holes": "KONICA MINOLTA bizhub C458"}
DPI = {"spread": 150, "twoup": 200, "copystamp": 150, "holes": 150}


def _render(doc, i, dpi):
    return doc[i].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")


def _pairs(imgs):
    return [imgs[i:i + 2] for i in range(0, len(imgs), 2)]


def _spread(pair, rng):
    from PIL import Image, ImageDraw
    w, h = max(p.size[0] for p in pair), max(p.size[1] for p in pair)
    sheet = Image.new("L", (2 * w + 20, h + 30), 60)
    for k, p in enumerate(pair):
        sheet.paste(p, (10 + k * w, 15))
    d = ImageDraw.Draw(sheet)
    mid = 10 + w
    for off in range(-24, 25):  # the gutter's shadow
        shade = int(255 - 120 * (1 - abs(off) / 24) ** 2)
        d.line([(mid + off, 15), (mid + off, h + 15)], fill=shade)
    from PIL import ImageChops
    shadow = Image.new("L", sheet.size, 255)
    sheet = ImageChops.multiply(sheet, shadow)
    sheet = sheet.rotate(rng.uniform(-0.8, 0.8), resample=Image.BICUBIC, fillcolor=60)
    return _grain(sheet, rng, 10)


def _twoup(pair, rng, dpi):
    from PIL import Image
    W, H = int(11.69 * dpi), int(8.27 * dpi)
    sheet = Image.new("L", (W, H), 255)
    for k, p in enumerate(pair):
        small = p.resize((int(W / 2 - 40), int((W / 2 - 40) * p.size[1] / p.size[0])), Image.LANCZOS)
        if small.size[1] > H - 40:
            small = p.resize((int((H - 40) * p.size[0] / p.size[1]), H - 40), Image.LANCZOS)
        sheet.paste(small, (20 + k * W // 2, 20))
    sheet = sheet.rotate(rng.uniform(-0.5, 0.5), resample=Image.BICUBIC, fillcolor=255)
    return _specks(_grain(sheet, rng, 8), rng, 250, 80)


def _copystamp(img, rng):
    from PIL import Image, ImageDraw, ImageFont
    w, h = img.size
    rgb = Image.merge("RGB", (img, img, img))
    stamp = Image.new("L", (int(w * 0.9), int(h * 0.22)), 0)
    d = ImageDraw.Draw(stamp)
    f = ImageFont.truetype(FONT, int(h * 0.16))
    d.text((int(w * 0.08), 0), "COPY", fill=255, font=f)
    d.rectangle([4, 4, stamp.size[0] - 5, stamp.size[1] - 5], outline=255, width=8)
    stamp = stamp.rotate(rng.uniform(30, 40), expand=True, resample=Image.BICUBIC)
    mask = Image.new("L", (w, h), 0)
    mask.paste(stamp, ((w - stamp.size[0]) // 2, (h - stamp.size[1]) // 2))
    mask = mask.point(lambda v: v * 45 // 100)  # the ink is thin: the words show through
    red = Image.new("RGB", (w, h), (200, 30, 40))
    rgb = Image.composite(red, rgb, mask)
    rgb = rgb.rotate(rng.uniform(-0.6, 0.6), resample=Image.BICUBIC, fillcolor=(250, 250, 250))
    return rgb


def _holes(img, rng):
    from PIL import Image, ImageDraw
    w, h = img.size
    img = img.rotate(rng.uniform(-0.7, 0.7), resample=Image.BICUBIC, fillcolor=255)
    d = ImageDraw.Draw(img)
    r = int(w * 0.028)
    x = int(w * 0.045)
    for cy in (int(h * 0.38), int(h * 0.62)):
        d.ellipse([x - r, cy - r, x + r, cy + r], fill=35)
    edge = int(w * rng.uniform(0.012, 0.02))
    side = rng.choice(["right", "bottom"])
    if side == "right":
        d.rectangle([w - edge, 0, w, h], fill=25)
    else:
        d.rectangle([0, h - edge, w, h], fill=25)
    return _specks(_grain(img, rng, 12), rng, 250, 120)


def scan(pdf: Path, out: Path, seed: int, look: str, when: dt.datetime) -> None:
    import pypdfium2 as pdfium
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    rng = random.Random(seed)
    doc = pdfium.PdfDocument(str(pdf))
    dpi = DPI[look]
    src = [_render(doc, i, dpi) for i in range(len(doc))]
    doc.close()
    if look == "spread":
        pages = [_spread(p, rng) for p in _pairs(src)]
    elif look == "twoup":
        pages = [_twoup(p, rng, dpi) for p in _pairs(src)]
    elif look == "copystamp":
        pages = [_copystamp(p, rng) for p in src]
    else:
        pages = [_holes(p, rng) for p in src]
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1, pageCompression=1)
    c.setCreator(CREATOR[look])
    c.setTitle(f"{when:%Y%m%d%H%M%S}")
    for img in pages:
        w, h = img.size[0] * 72 / dpi, img.size[1] * 72 / dpi
        c.setPageSize((w, h))
        jpg = io.BytesIO()
        img.save(jpg, "JPEG", quality=40, optimize=False)
        jpg.seek(0)
        c.drawImage(ImageReader(jpg), 0, 0, w, h)
        c.showPage()
    c.save()
    out.write_bytes(_fixed_pdf_id(buf.getvalue()))
