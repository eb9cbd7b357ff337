"""Paper copies scanned back to image-only PDFs, with this set's marks of handling on them:

  stamp      an office scan (../heldout4/h4_scan's look) with a 'RECEIVED' date stamp on the
             first page, struck at an angle in grey ink
  grey       a photocopy on grey recycled paper: the whole page a mid grey, heavier text,
             a dark edge, then a margin tick and underlining in pen
  lowres     an office scan at a low resolution (110 dpi), with a handwritten query in the margin
  rotated    an office scan whose landscape pages went through the feeder the long way: stored
             turned a quarter, as a portrait image

Every page is skewed under a degree, reduced to sixteen greys and stored losslessly (Flate) in
a PDF whose pages are the image's size. The same seed gives the same bytes.
"""
from __future__ import annotations

import datetime as dt
import io
import random
from pathlib import Path

from convert import _fixed_pdf_id
from h3_scan import _grain, _specks
from h4_scan import _office, _photocopy, _posterise

FONT_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_HAND = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf"
MONTHS3 = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def _stamp(img, rng, when: dt.date, dpi: int):
    from PIL import Image, ImageChops, ImageDraw, ImageFont
    w, h = img.size
    big, small = ImageFont.truetype(FONT_BOLD, int(dpi * 0.17)), ImageFont.truetype(FONT_BOLD, int(dpi * 0.11))
    sw, sh = int(dpi * 2.1), int(dpi * 0.95)
    s = Image.new("L", (sw, sh), 0)
    d = ImageDraw.Draw(s)
    d.rectangle([4, 4, sw - 5, sh - 5], outline=150, width=max(2, dpi // 50))
    d.text((sw // 2, int(sh * 0.22)), "RECEIVED", font=small, fill=150, anchor="mm")
    d.text((sw // 2, int(sh * 0.52)), f"{when.day:02d} {MONTHS3[when.month - 1]} {when.year}", font=big, fill=170, anchor="mm")
    d.text((sw // 2, int(sh * 0.80)), "DEMOCRATIC SERVICES", font=small, fill=150, anchor="mm")
    s = s.rotate(rng.uniform(-9, -4), expand=True, fillcolor=0)
    layer = Image.new("L", (w, h), 0)
    layer.paste(s, (int(w * rng.uniform(0.55, 0.62)), int(h * rng.uniform(0.035, 0.06))))
    return ImageChops.subtract(img, layer)


def _pen(img, rng, dpi: int, words: str = ""):
    """A tick in the margin, a wavy underline and (with words) a note in the margin, in pen."""
    from PIL import ImageDraw, ImageFont
    w, h = img.size
    d = ImageDraw.Draw(img)
    width = max(2, dpi // 45)
    for _ in range(2):
        x, y = int(w * rng.uniform(0.03, 0.06)), int(h * rng.uniform(0.25, 0.85))
        u = dpi // 9
        d.line([(x, y), (x + u // 2, y + u // 2), (x + u * 3 // 2, y - u)], fill=55, width=width)
    x0, y0 = int(w * rng.uniform(0.15, 0.3)), int(h * rng.uniform(0.3, 0.8))
    pts = [(x0 + k * dpi // 12, y0 + int(3 * rng.uniform(-1, 1))) for k in range(int(rng.uniform(14, 28)))]
    d.line(pts, fill=70, width=width)
    if words:
        f = ImageFont.truetype(FONT_HAND, int(dpi * 0.15))
        d.text((int(w * rng.uniform(0.3, 0.45)), int(h * 0.018)), words, font=f, fill=60)  # in the top margin
    return img


def _grey(img, rng, angle):
    from PIL import Image, ImageChops, ImageFilter
    img = _photocopy(img, rng, angle)
    # recycled grey paper: nothing is white any more
    return img.point(lambda v: int(v * 0.74 + 12))


def scan(pdf: Path, out: Path, seed: int, look: str, when: dt.datetime, dpi: int = 150, stamp: dt.date | None = None,
         note: str = "") -> None:
    import pypdfium2 as pdfium
    from PIL import Image
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    rng = random.Random(seed)
    doc = pdfium.PdfDocument(str(pdf))
    pages = []
    for i in range(len(doc)):
        img = doc[i].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
        angle = rng.uniform(0.2, 0.8) * rng.choice([-1, 1])
        if look == "grey":
            img = _grey(img, rng, angle)
            img = _pen(img, rng, dpi) if i == 0 else img
            img = img.point(lambda v: (v // 17) * 17)
        else:
            if look == "rotated" and img.size[0] > img.size[1]:
                img = img.transpose(Image.ROTATE_90)
            img = _office(img, rng, angle)
            if look == "stamp" and i == 0 and stamp:
                img = _stamp(img, rng, stamp, dpi)
            if look == "lowres" and i == 0:
                img = _pen(img, rng, dpi, note)
            img = _posterise(img)
        pages.append(img)
    doc.close()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1, pageCompression=1)
    c.setCreator({"stamp": "KYOCERA TASKalfa 3253ci Scan", "grey": "Konica Minolta bizhub 458e",
                  "lowres": "HP LaserJet MFP M528 Scan", "rotated": "KYOCERA TASKalfa 3253ci Scan"}[look])
    c.setTitle(f"Scanned document {when:%d%m%Y%H%M}")
    for img in pages:
        w, h = img.size[0] * 72 / dpi, img.size[1] * 72 / dpi
        c.setPageSize((w, h))
        c.drawImage(ImageReader(img), 0, 0, w, h)
        c.showPage()
    c.save()
    out.write_bytes(_fixed_pdf_id(buf.getvalue()))
