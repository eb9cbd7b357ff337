"""Paper copies turned back into image-only PDFs, in looks none of the earlier sets used:

  phoneapp   a phone scanning app's output: the page flattened and cropped, uneven lighting (a
             shadow across one side), over-sharpened, and 'Scanned with a free scanner app' at the foot
  torncrease a copy with its top right corner torn away (in the margin) and a crease across the
             page: a light fold line with a shadow beside it
  moire      a 200 dpi colour scan of a page printed on a halftone tint: the dot screen beats with the
             scanner's grid into moire bands behind the letters
  rotated5   a stapled bundle: each page scanned with the staple in the top left corner, one page
             turned about 5 degrees as it came away from the staple

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

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
CREATOR = {"phoneapp": "CamScanner", "torncrease": "RICOH MP C3004", "moire": "Canon DR-C225",
           "rotated5": "Brother ADS-2700W"}
DPI = {"phoneapp": 150, "torncrease": 150, "moire": 200, "rotated5": 150}
QUALITY = {"phoneapp": 45, "torncrease": 45, "moire": 30, "rotated5": 30}


def _phoneapp(img, rng, k):
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    w, h = img.size
    light = Image.linear_gradient("L").rotate(rng.choice([90, -90]), expand=True).resize((w, h))
    light = light.point(lambda v: 150 + v * 105 // 255)  # one side in the hand's shadow
    from PIL import ImageChops
    img = ImageChops.multiply(img, light)
    img = img.filter(ImageFilter.UnsharpMask(radius=2, percent=180, threshold=2))
    img = img.rotate(rng.uniform(-0.6, 0.6), resample=Image.BICUBIC, fillcolor=235)
    d = ImageDraw.Draw(img)
    f = ImageFont.truetype(FONT, int(h * 0.012))
    d.rectangle([int(w * 0.3), h - int(h * 0.03), int(w * 0.7), h - int(h * 0.01)], fill=250)
    d.text((int(w * 0.32), h - int(h * 0.028)), "Scanned with a free scanner app", fill=110, font=f)
    return _grain(img, rng, 10).convert("RGB")


def _torncrease(img, rng, k):
    from PIL import Image, ImageDraw
    w, h = img.size
    img = img.rotate(rng.uniform(-0.7, 0.7), resample=Image.BICUBIC, fillcolor=255)
    img = _grain(img, rng, 14)
    d = ImageDraw.Draw(img)
    # the crease: a diagonal fold line with a soft shadow on one side
    y0 = int(h * rng.uniform(0.35, 0.6))
    y1 = y0 + int(h * rng.uniform(-0.08, 0.08))
    for off, shade in ((0, 150), (1, 175), (2, 200), (3, 220), (-1, 235)):
        d.line([(0, y0 + off), (w, y1 + off)], fill=shade, width=1)
    if k == 0:  # the torn corner, in the margin, showing the dark scanner lid behind it
        cx = int(w * rng.uniform(0.86, 0.9))
        cy = int(h * rng.uniform(0.05, 0.07))
        pts = [(cx, 0)]
        n = 14
        for i in range(1, n):
            t = i / n
            pts.append((int(cx + (w - cx) * t + rng.randint(-6, 6)), int(cy * t + rng.randint(-6, 6))))
        pts += [(w, cy), (w, 0)]
        d.polygon(pts, fill=40)
    return img


def _moire(img, rng, k):
    from PIL import Image, ImageChops
    w, h = img.size
    period, ang = rng.uniform(3.6, 4.4), math.radians(rng.uniform(12, 20))
    small = Image.new("L", (w // 2, h // 2))
    px = small.load()
    ca, sa = math.cos(ang), math.sin(ang)
    for y in range(0, h // 2):
        for x in range(0, w // 2):
            u, v = (x * ca + y * sa) * 2 / period, (-x * sa + y * ca) * 2 / period
            px[x, y] = int(225 + 22 * math.cos(u * 2 * math.pi) * math.cos(v * 2 * math.pi))
    screen = small.resize((w, h), Image.NEAREST)
    page = ImageChops.multiply(img, screen)
    tint = Image.new("RGB", (w, h), (rng.randint(225, 245), rng.randint(215, 235), rng.randint(170, 200)))
    rgb = ImageChops.multiply(Image.merge("RGB", (page, page, page)), tint)
    from PIL import ImageFilter
    rgb = rgb.rotate(rng.uniform(-0.5, 0.5), resample=Image.BICUBIC, fillcolor=(250, 250, 250))
    return rgb.filter(ImageFilter.GaussianBlur(0.6))  # the scanner's optics soften the screen


def _rotated5(img, rng, k, turn):
    from PIL import Image, ImageDraw
    w, h = img.size
    a = turn if k == 1 else rng.uniform(-0.5, 0.5)
    img = img.rotate(a, resample=Image.BICUBIC, fillcolor=70, center=(int(w * 0.06), int(h * 0.04)))
    d = ImageDraw.Draw(img)
    x, y = int(w * 0.05), int(h * 0.03)  # the staple and its holes
    d.line([(x, y), (x + int(w * 0.04), y + int(h * 0.012))], fill=90, width=4)
    return _specks(_grain(img, rng, 8), rng, 253, 120)


def scan(pdf: Path, out: Path, seed: int, look: str, when: dt.datetime) -> None:
    import pypdfium2 as pdfium
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    rng = random.Random(seed)
    doc = pdfium.PdfDocument(str(pdf))
    dpi = DPI[look]
    turn = rng.choice([-1, 1]) * rng.uniform(4.6, 5.4)
    pages = []
    for i in range(len(doc)):
        if look == "moire":
            img = doc[i].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
            pages.append(_moire(img, rng, i))
            continue
        img = doc[i].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
        if look == "phoneapp":
            pages.append(_phoneapp(img, rng, i))
        elif look == "torncrease":
            pages.append(_torncrease(img, rng, i))
        else:
            pages.append(_rotated5(img, rng, i, turn))
    doc.close()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1, pageCompression=1)
    c.setCreator(CREATOR[look])
    c.setTitle(f"{when:%Y%m%d%H%M%S}")
    for img in pages:
        w, h = img.size[0] * 72 / dpi, img.size[1] * 72 / dpi
        c.setPageSize((w, h))
        jpg = io.BytesIO()
        img.save(jpg, "JPEG", quality=QUALITY[look], optimize=False)
        jpg.seek(0)
        c.drawImage(ImageReader(jpg), 0, 0, w, h)
        c.showPage()
    c.save()
    out.write_bytes(_fixed_pdf_id(buf.getvalue()))
