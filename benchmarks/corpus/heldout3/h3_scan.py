"""Paper copies scanned back to image-only PDFs, in three looks:

  office      a multifunction device's greyscale scan: slight skew, grain, toner specks
  fax         a received fax: thresholded to black and white at fax resolution, a transmission
              header along the top, a few dropped lines
  photocopy   a copy of a copy scanned: grey paper, heavier toner, a dark edge, punch-hole
              shadows, a faint streak down the page

Every page is rotated under a degree and stored as a greyscale JPEG in the PDF; the same seed
gives the same bytes.
"""
from __future__ import annotations

import datetime as dt
import io
import random
from pathlib import Path

from convert import _fixed_pdf_id

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"


def scan(pdf: Path, out: Path, seed: int, look: str, when: dt.datetime, fax_header: str = "",
         dpi: int = 200, quality: int = 35) -> None:
    import pypdfium2 as pdfium
    from PIL import Image

    rng = random.Random(seed)
    doc = pdfium.PdfDocument(str(pdf))
    pages = []
    n = len(doc)
    for i in range(n):
        img = doc[i].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
        angle = rng.uniform(0.25, 0.9) * rng.choice([-1, 1])
        if look == "fax":
            img = _fax(img, rng, angle, fax_header.replace("{P}", f"{i + 1:03d}/{n:03d}"), dpi)
        elif look == "photocopy":
            img = _photocopy(img, rng, angle)
        else:
            img = _office(img, rng, angle)
        pages.append(img)
    doc.close()
    buf = io.BytesIO()
    producer = {"office": "Canon iR-ADV C5550 PDF", "fax": "RightFax 16.6 FaxUtil", "photocopy": "RICOH MP C3004ex"}[look]
    pages[0].save(buf, "PDF", save_all=True, append_images=pages[1:], resolution=dpi, quality=quality,
                  creationDate=when.timetuple(), modDate=when.timetuple(), producer=producer, title="")
    out.write_bytes(_fixed_pdf_id(buf.getvalue()))


def _grain(img, rng, strength: int):
    from PIL import Image, ImageChops
    w, h = img.size
    g = Image.frombytes("L", (w, h), rng.randbytes(w * h)).point(lambda v: v * strength // 255)
    return ImageChops.subtract(img, g)


def _specks(img, rng, density: int = 254, grey: int = 160):
    from PIL import Image, ImageChops
    w, h = img.size
    sw, sh = w // 3, h // 3
    a = Image.frombytes("L", (sw, sh), rng.randbytes(sw * sh)).point(lambda v: 255 if v >= density else 0).convert("1")
    b = Image.frombytes("L", (sw, sh), rng.randbytes(sw * sh)).point(lambda v: 255 if v > 200 else 0).convert("1")
    s = ImageChops.logical_and(a, b).convert("L").point(lambda v: grey if v else 0)
    return ImageChops.subtract(img, s.resize((w, h), Image.NEAREST))


def _office(img, rng, angle):
    from PIL import Image, ImageFilter
    img = img.filter(ImageFilter.GaussianBlur(0.55))
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    img = _grain(img, rng, 22).filter(ImageFilter.GaussianBlur(0.45))
    img = _specks(img, rng)
    return img.point(lambda v: int(v * 0.92 + 10))


def _fax(img, rng, angle, header: str, dpi: int):
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    w, h = img.size
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    img = _grain(img, rng, 70).filter(ImageFilter.GaussianBlur(0.4))
    # fax 'fine' mode: 204 x 196 lines an inch, black and white
    img = img.resize((w, int(h * 196 / dpi)), Image.BILINEAR).point(lambda v: 0 if v < 150 else 255)
    img = img.resize((w, h), Image.NEAREST)
    d = ImageDraw.Draw(img)
    font = ImageFont.truetype(FONT, int(dpi * 0.085))
    d.rectangle([0, 0, w, int(dpi * 0.2)], fill=255)
    d.text((int(dpi * 0.25), int(dpi * 0.05)), header, fill=0, font=font)
    for _ in range(rng.randint(1, 3)):  # a dropped scan line or two
        y = rng.randint(int(h * 0.15), int(h * 0.95))
        d.line([(0, y), (w, y)], fill=rng.choice([0, 255]), width=rng.randint(1, 2))
    return _specks(img, rng, 253, 255)


def _photocopy(img, rng, angle):
    from PIL import Image, ImageChops, ImageDraw, ImageFilter
    w, h = img.size
    img = img.point(lambda v: 0 if v < 90 else int(v * 0.8 + 18) if v < 200 else int(200 + (v - 200) * 0.55))
    img = img.filter(ImageFilter.GaussianBlur(0.7))
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=230)
    # a darker edge where the lid did not close, punch holes, a faint streak
    shade = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(shade)
    edge = rng.randint(int(w * 0.02), int(w * 0.04))
    for x in range(edge):
        d.line([(x, 0), (x, h)], fill=int(110 * (1 - x / edge)))
    r_ = int(w * 0.018)
    for cy in (h * 0.3, h * 0.7):
        cx = int(w * 0.045)
        d.ellipse([cx - r_, int(cy) - r_, cx + r_, int(cy) + r_], fill=120)
    sx = rng.randint(int(w * 0.3), int(w * 0.8))
    d.line([(sx, 0), (sx + rng.randint(-6, 6), h)], fill=35, width=rng.randint(3, 6))
    img = ImageChops.subtract(img, shade.filter(ImageFilter.GaussianBlur(3)))
    img = _grain(img, rng, 26).filter(ImageFilter.GaussianBlur(0.6))
    return _specks(img, rng, 253, 120)
