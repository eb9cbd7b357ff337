"""Paper copies scanned back to image-only PDFs: each page rendered, skewed under a degree,
blurred, speckled and (office, photocopy) reduced to sixteen greys or (fax) to black and white,
then stored as a losslessly compressed greyscale image (Flate, as a scanner's 'PNG' setting
writes) in a PDF whose pages are the paper's size. The looks are ../heldout3/h3_scan's; the
same seed gives the same bytes.
"""
from __future__ import annotations

import datetime as dt
import io
import random
from pathlib import Path

from convert import _fixed_pdf_id
from h3_scan import _fax, _grain, _specks


def _office(img, rng, angle):
    from PIL import Image, ImageFilter
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    img = _grain(img, rng, 8)
    img = _specks(img, rng, 254, 170)
    return img


def _photocopy(img, rng, angle):
    from PIL import Image, ImageChops, ImageDraw, ImageFilter
    w, h = img.size
    img = img.point(lambda v: 0 if v < 100 else int(v * 0.85 + 20) if v < 215 else 255)
    img = img.filter(ImageFilter.GaussianBlur(0.7))
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    shade = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(shade)
    edge = rng.randint(int(w * 0.015), int(w * 0.03))
    for x in range(edge):
        d.line([(x, 0), (x, h)], fill=int(120 * (1 - x / edge)))
    r_ = int(w * 0.017)
    for cy in (h * 0.28, h * 0.72):
        cx = int(w * 0.04)
        d.ellipse([cx - r_, int(cy) - r_, cx + r_, int(cy) + r_], fill=140)
    img = ImageChops.subtract(img, shade.filter(ImageFilter.GaussianBlur(2)))
    img = _grain(img, rng, 10)
    return _specks(img, rng, 253, 130)


def _posterise(img, white: int = 226):
    return img.point(lambda v: 255 if v > white else (v // 17) * 17)


def scan(pdf: Path, out: Path, seed: int, look: str, when: dt.datetime, dpi: int = 150, fax_header: str = "") -> None:
    import pypdfium2 as pdfium
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    rng = random.Random(seed)
    doc = pdfium.PdfDocument(str(pdf))
    n = len(doc)
    pages = []
    for i in range(n):
        img = doc[i].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
        angle = rng.uniform(0.2, 0.85) * rng.choice([-1, 1])
        if look == "fax":
            img = _fax(img, rng, angle, fax_header.replace("{P}", f"{i + 1:03d}/{n:03d}"), dpi)
        elif look == "photocopy":
            img = _posterise(_photocopy(img, rng, angle))
        else:
            img = _posterise(_office(img, rng, angle))
        pages.append(img)
    doc.close()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1, pageCompression=1)
    c.setCreator({"office": "Xerox AltaLink C8145 (Scan to PDF)", "photocopy": "SHARP MX-4071 Scan",
                  "fax": "Brother MFC-L8690CDW Fax-to-PDF"}[look])
    c.setTitle(f"Scan {when:%Y-%m-%d %H:%M}")
    for img in pages:
        w, h = img.size[0] * 72 / dpi, img.size[1] * 72 / dpi
        c.setPageSize((w, h))
        c.drawImage(ImageReader(img), 0, 0, w, h)
        c.showPage()
    c.save()
    out.write_bytes(_fixed_pdf_id(buf.getvalue()))
