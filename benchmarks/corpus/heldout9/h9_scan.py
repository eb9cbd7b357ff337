"""Paper copies turned back into image-only PDFs, in looks none of the earlier sets used:

  microfiche  a print from a microfiche reader-printer: grey all over, low contrast, soft,
              long scratches down the film, dust, darker toward the edges
  minutebook  a page of a bound minute book laid on a flatbed: the lines curve down into the
              spine, the text squeezed near it, a dark shadow along the gutter
  bleed       a thin sheet printed on both sides: the reverse page shows through mirrored
  lowtoner    a laser printer low on toner: the print faint and broken, pale vertical streaks
              where the drum is starved, a darker streak from a scratched drum

Readable by a careful person in every look; the same seed gives the same bytes.
"""
from __future__ import annotations

import datetime as dt
import io
import random
from pathlib import Path

from convert import _fixed_pdf_id
from h3_scan import _grain, _specks

CREATOR = {"microfiche": "Canon Microfilm Scanner 800", "minutebook": "Epson Expression 12000XL",
           "bleed": "Xerox WorkCentre 7845", "lowtoner": "HP LaserJet MFP M428fdw"}


def _render(doc, i: int, dpi: float):
    return doc[i].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")


def _vignette(img, depth: int):
    from PIL import Image, ImageChops, ImageFilter
    w, h = img.size
    m = Image.new("L", (w, h), 0)
    from PIL import ImageDraw
    ImageDraw.Draw(m).ellipse([-w * 0.15, -h * 0.12, w * 1.15, h * 1.12], fill=255)
    m = m.filter(ImageFilter.GaussianBlur(w // 10)).point(lambda v: (255 - v) * depth // 255)
    return ImageChops.subtract(img, m)


def _microfiche(img, rng):
    from PIL import Image, ImageDraw, ImageFilter
    img = img.filter(ImageFilter.GaussianBlur(1.0))
    img = img.rotate(rng.uniform(-0.6, 0.6), resample=Image.BICUBIC, fillcolor=255)
    img = img.point(lambda v: 78 + v * 118 // 255)  # low contrast, grey paper
    d = ImageDraw.Draw(img)
    w, h = img.size
    for _ in range(rng.randint(5, 9)):  # scratches along the film, light and dark
        x = rng.randint(0, w)
        d.line([(x, 0), (x + rng.randint(-30, 30), h)], fill=rng.choice([60, 215]), width=rng.choice([1, 1, 2]))
    img = _specks(img, rng, 253, 90)
    img = _grain(img, rng, 26)
    return _vignette(img, 60)


def _minutebook(img, rng, left_gutter: bool):
    """Lines bend into the spine: a mesh of vertical strips, each moved and squeezed."""
    from PIL import Image, ImageChops, ImageFilter
    w, h = img.size
    W = int(w * 1.04)
    out_strips = 48
    mesh = []
    depth = h * rng.uniform(0.018, 0.03)
    for k in range(out_strips):
        x0, x1 = W * k / out_strips, W * (k + 1) / out_strips
        # distance from the gutter, 0 at the spine, 1 at the outer edge
        u0, u1 = (x0 / W, x1 / W) if left_gutter else (1 - x0 / W, 1 - x1 / W)
        curve = lambda u: depth * max(0.0, 1 - u / 0.28) ** 2  # noqa: E731
        squeeze = lambda u: u ** 1.12 if u < 0.3 else u  # noqa: E731
        sx0 = w * (squeeze(u0) if left_gutter else 1 - squeeze(u0))
        sx1 = w * (squeeze(u1) if left_gutter else 1 - squeeze(u1))
        dy0, dy1 = curve(u0), curve(u1)
        quad = (sx0, -dy0, sx0, h - dy0 * 0.4, sx1, h - dy1 * 0.4, sx1, -dy1)
        mesh.append(((int(x0), 0, int(x1) + 1, h), quad))
    img = img.transform((W, h), Image.MESH, mesh, Image.BICUBIC, fillcolor=255)
    grad = Image.linear_gradient("L").rotate(90 if left_gutter else -90).resize((W, h))
    shadow = grad.point(lambda v: max(0, int((v - 195) * 3.6)) if v > 195 else 0)
    img = ImageChops.subtract(img, shadow.filter(ImageFilter.GaussianBlur(8)))
    img = img.point(lambda v: int(v * 0.9 + 14))  # cream paper
    img = _grain(img, rng, 12)
    return img.rotate(rng.uniform(-1.0, 1.0), resample=Image.BICUBIC, fillcolor=200)


def _bleed(img, back, rng):
    from PIL import Image, ImageChops, ImageFilter, ImageOps
    if back is None:
        back = img
    ghost = ImageOps.mirror(back).filter(ImageFilter.GaussianBlur(1.6)).point(lambda v: (255 - v) * 62 // 255)
    ghost = ghost.transform(ghost.size, Image.AFFINE, (1, 0, rng.randint(-12, 12), 0, 1, rng.randint(-15, 15)),
                            fillcolor=0)
    img = ImageChops.subtract(img.point(lambda v: int(v * 0.94 + 10)), ghost)
    img = img.rotate(rng.uniform(-0.5, 0.5), resample=Image.BICUBIC, fillcolor=250)
    return _specks(_grain(img, rng, 10), rng, 254, 150)


def _lowtoner(img, rng):
    from PIL import Image, ImageChops, ImageDraw, ImageFilter
    w, h = img.size
    img = img.point(lambda v: 255 - (255 - v) * 62 // 100)  # faint print
    # toner missing in places: a sparse mask of dropouts over the text
    sw, sh = w // 2, h // 2
    holes = Image.frombytes("L", (sw, sh), rng.randbytes(sw * sh)).point(lambda v: 90 if v > 215 else 0)
    img = ImageChops.add(img, holes.resize((w, h), Image.NEAREST))
    bands = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(bands)
    for _ in range(rng.randint(3, 5)):  # pale streaks down the page
        x = rng.randint(int(w * 0.05), int(w * 0.95))
        d.rectangle([x, 0, x + rng.randint(int(w * 0.01), int(w * 0.035)), h], fill=rng.randint(70, 120))
    img = ImageChops.add(img, bands.filter(ImageFilter.GaussianBlur(6)))
    dark = Image.new("L", (w, h), 0)
    x = rng.randint(int(w * 0.1), int(w * 0.9))
    ImageDraw.Draw(dark).line([(x, 0), (x, h)], fill=70, width=2)  # a scratched drum
    img = ImageChops.subtract(img, dark.filter(ImageFilter.GaussianBlur(0.8)))
    img = img.rotate(rng.uniform(-0.5, 0.5), resample=Image.BICUBIC, fillcolor=255)
    return _grain(img, rng, 8)


def scan(pdf: Path, out: Path, seed: int, look: str, when: dt.datetime) -> None:
    import pypdfium2 as pdfium
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    rng = random.Random(seed)
    doc = pdfium.PdfDocument(str(pdf))
    n = len(doc)
    dpi = {"microfiche": 130, "minutebook": 150, "bleed": 150, "lowtoner": 150}[look]
    imgs = [_render(doc, i, dpi) for i in range(n)]
    doc.close()
    pages = []
    for i, img in enumerate(imgs):
        if look == "microfiche":
            img = _microfiche(img, rng)
        elif look == "minutebook":
            img = _minutebook(img, rng, left_gutter=i % 2 == 0)
        elif look == "bleed":
            img = _bleed(img, imgs[i + 1] if i + 1 < n else imgs[max(0, i - 1)] if n > 1 else None, rng)
        else:
            img = _lowtoner(img, rng)
        pages.append(img)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1, pageCompression=1)
    c.setCreator(CREATOR[look])
    c.setTitle(f"{when:%Y%m%d_%H%M%S}")
    for img in pages:
        w, h = img.size[0] * 72 / dpi, img.size[1] * 72 / dpi
        c.setPageSize((w, h))
        jpg = io.BytesIO()
        img.save(jpg, "JPEG", quality=55, optimize=False)
        jpg.seek(0)
        c.drawImage(ImageReader(jpg), 0, 0, w, h)
        c.showPage()
    c.save()
    out.write_bytes(_fixed_pdf_id(buf.getvalue()))
