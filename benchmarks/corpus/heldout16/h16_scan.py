"""Paper copies turned back into image-only PDFs, in looks none of the earlier sets used:

  bulldog     scanned with a black bulldog clip still on the top edge: the clip and its steel
              handles dark in the top margin, the sheet lifted under it so a soft grey shadow runs
              along the top, turned a little, 200 dpi greyscale
  rollerslip  fed through a document feeder whose roller slipped: on each page one band of lines
              is stretched downwards (the sheet stalled while the sensor kept reading), the text
              below pushed down, a grey roller mark across the band's edges, 200 dpi greyscale
  barcode     a records-management copy: a white label with a barcode and its file number stuck
              in the top right corner of the first page, the feeder's imprinter line (batch,
              date and time, page number in dot-matrix letters) along the foot of every page,
              scanned black and white at 200 dpi (stored lossless)
  inkjet      an inkjet print with a clogged nozzle scanned in colour at 150 dpi: thin pale lines
              across every page at the print head's pitch, the black made of colour inks with a
              green-blue cast, a slight skew

Readable by a careful person in every look; the same seed gives the same bytes.
"""
from __future__ import annotations

import datetime as dt
import io
import random
from pathlib import Path

from convert import _fixed_pdf_id
from h3_scan import _grain, _specks

DV = "/usr/share/fonts/truetype/dejavu/"
CREATOR = {"bulldog": "Canon iR-ADV C5535", "rollerslip": "Kyocera TASKalfa 3253ci", "barcode": "Fujitsu fi-7160",
           "inkjet": "Epson WF-C5790"}
DPI = {"bulldog": 200, "rollerslip": 200, "barcode": 200, "inkjet": 150}


def _render(doc, i, dpi, colour=False):
    img = doc[i].render(scale=dpi / 72, grayscale=not colour).to_pil()
    return img.convert("RGB" if colour else "L")


def _bulldog(img, rng, dpi):
    from PIL import Image, ImageChops, ImageDraw, ImageFilter
    w, h = img.size
    # the sheet lifted under the clip: a soft shadow along the top edge, darker near the clip
    cx = int(w * rng.uniform(0.38, 0.62))
    shade = Image.new("L", (w, h), 255)
    d = ImageDraw.Draw(shade)
    for k in range(int(dpi * 0.18)):
        d.line([(0, k), (w, k)], fill=170 + int(85 * k / (dpi * 0.18)))
    shade = shade.filter(ImageFilter.GaussianBlur(dpi * 0.03))
    out = ImageChops.multiply(img, shade)
    d = ImageDraw.Draw(out)
    cw, ch = int(dpi * 1.25), int(dpi * 0.42)
    # the clip's shadow, then its black body, then the steel handles folded back over the page
    sh = Image.new("L", (w, h), 255)
    ImageDraw.Draw(sh).rectangle([cx - cw // 2 + 10, 0, cx + cw // 2 + 14, ch + 12], fill=140)
    out = ImageChops.multiply(out, sh.filter(ImageFilter.GaussianBlur(dpi * 0.05)))
    d = ImageDraw.Draw(out)
    d.polygon([(cx - cw // 2, 0), (cx + cw // 2, 0), (cx + cw // 2 - 8, ch), (cx - cw // 2 + 8, ch)], fill=18)
    d.line([(cx - cw // 2 + 6, ch - 6), (cx + cw // 2 - 6, ch - 6)], fill=70, width=3)
    for sx in (-1, 1):
        x0 = cx + sx * int(cw * 0.36)
        d.line([(x0, ch - 4), (x0 + sx * int(dpi * 0.05), ch + int(dpi * 0.28)),
                (cx + sx * int(cw * 0.12), ch + int(dpi * 0.36))], fill=150, width=max(3, dpi // 45))
    out = out.rotate(rng.uniform(-0.7, 0.7), resample=Image.BICUBIC, fillcolor=235)
    return _specks(_grain(out, rng, 9), rng, 253, 90)


def _rollerslip(img, rng, dpi):
    from PIL import Image, ImageFilter
    w, h = img.size
    y0 = int(h * rng.uniform(0.25, 0.7))
    bh = int(dpi * rng.uniform(0.5, 0.9))
    stretch = rng.uniform(1.22, 1.38)
    band = img.crop((0, y0, w, y0 + bh)).resize((w, int(bh * stretch)), Image.BILINEAR)
    out = Image.new("L", (w, h), 255)
    out.paste(img.crop((0, 0, w, y0)), (0, 0))
    out.paste(band, (0, y0))
    rest = img.crop((0, y0 + bh, w, h))
    out.paste(rest, (0, y0 + band.size[1]))
    for y in (y0, y0 + band.size[1]):
        out.paste(_darken(out.crop((0, y - 3, w, y + 3)), 215), (0, y - 3))
    out = out.filter(ImageFilter.GaussianBlur(0.35))
    out = out.rotate(rng.uniform(-0.4, 0.4), resample=Image.BICUBIC, fillcolor=250)
    return _specks(_grain(out, rng, 8), rng, 253, 80)


def _darken(region, level: int):
    """A grey roller mark: darken a strip of the page to `level` of white."""
    return region.point(lambda v: v * level // 255)


def _barcode_label(rng, dpi, number: str):
    from PIL import Image, ImageDraw, ImageFont
    lw, lh = int(dpi * 2.0), int(dpi * 0.72)
    lab = Image.new("L", (lw, lh), 255)
    d = ImageDraw.Draw(lab)
    d.rectangle([0, 0, lw - 1, lh - 1], outline=120, width=2)
    x = int(dpi * 0.12)
    bits = [rng.choice([1, 1, 2, 3]) for _ in range(60)]
    for k, b in enumerate(bits):
        wd = b * max(1, dpi // 100)
        if k % 2 == 0:
            d.rectangle([x, int(dpi * 0.08), x + wd - 1, int(dpi * 0.45)], fill=0)
        x += wd
        if x > lw - dpi * 0.12:
            break
    f = ImageFont.truetype(DV + "DejaVuSansMono.ttf", int(dpi * 0.11))
    d.text((int(dpi * 0.14), int(dpi * 0.5)), number, fill=0, font=f)
    return lab


def _barcode(img, rng, dpi, page: int, number: str, batch: str, when: dt.datetime):
    from PIL import Image, ImageDraw, ImageFont
    w, h = img.size
    out = img.copy()
    if page == 0:
        lab = _barcode_label(rng, dpi, number).rotate(rng.uniform(-2.5, 2.5), expand=True, fillcolor=255)
        out.paste(lab, (w - lab.size[0] - int(dpi * 0.25), int(dpi * 0.12)))
    # the imprinter's dot-matrix line at the foot
    f = ImageFont.truetype(DV + "DejaVuSansMono-Bold.ttf", int(dpi * 0.085))
    line = f"HBC-RM  {batch}  {when:%d/%m/%Y %H:%M}  P{page + 1:04d}"
    strip = Image.new("L", (int(f.getlength(line)) + 10, int(dpi * 0.13)), 255)
    ImageDraw.Draw(strip).text((4, 0), line, fill=60, font=f)
    dots = Image.frombytes("L", strip.size, rng.randbytes(strip.size[0] * strip.size[1])).point(
        lambda v: 255 if v > 170 else 0)
    from PIL import ImageChops
    strip = ImageChops.lighter(strip, dots.point(lambda v: 90 if v else 0))
    out.paste(strip, (int(dpi * 0.6), h - int(dpi * 0.28)))
    out = out.rotate(rng.uniform(-0.35, 0.35), resample=Image.BICUBIC, fillcolor=255)
    out = _specks(out, rng, 255, 200)
    return out.point(lambda v: 255 if v > 150 else 0).convert("1")


def _inkjet(img, rng, dpi):
    from PIL import Image, ImageChops, ImageDraw
    w, h = img.size
    # composite black: the ink has a green-blue cast, the paper a touch warm
    grey = img.convert("L")
    paper = Image.new("RGB", (w, h), (252, 250, 244))
    ink = Image.new("RGB", (w, h), (28, 52, 58))
    out = Image.composite(paper, ink, grey)
    # a clogged nozzle: a pale line at the head's pitch all down the page
    pitch = int(dpi * rng.uniform(0.21, 0.27))
    mask = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(mask)
    y = rng.randint(0, pitch)
    while y < h:
        d.line([(0, y), (w, y)], fill=rng.randint(150, 200), width=1)
        y += pitch
    out = Image.composite(paper, out, mask)
    out = out.rotate(rng.uniform(-0.9, 0.9), resample=Image.BICUBIC, fillcolor=(244, 242, 236))
    g = _grain(out.convert("L"), rng, 8)
    return Image.merge("RGB", [ImageChops.multiply(c, g.point(lambda v: min(255, v + 10))) for c in out.split()])


def scan(pdf: Path, out: Path, seed: int, look: str, when: dt.datetime) -> None:
    import pypdfium2 as pdfium
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    rng = random.Random(seed)
    dpi = DPI[look]
    doc = pdfium.PdfDocument(str(pdf))
    colour = look == "inkjet"
    src = [_render(doc, i, dpi, colour) for i in range(len(doc))]
    doc.close()
    number = f"HBC/{when:%Y}/{rng.randint(10000, 99999)}"
    batch = f"B{rng.randint(100, 999)}"
    if look == "bulldog":
        pages = [_bulldog(p, rng, dpi) for p in src]
    elif look == "rollerslip":
        pages = [_rollerslip(p, rng, dpi) for p in src]
    elif look == "barcode":
        pages = [_barcode(p, rng, dpi, i, number, batch, when) for i, p in enumerate(src)]
    else:
        pages = [_inkjet(p, rng, dpi) for p in src]
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1, pageCompression=1)
    c.setCreator(CREATOR[look])
    c.setTitle(f"{when:%Y%m%d%H%M%S}")
    for img in pages:
        w, h = img.size[0] * 72 / dpi, img.size[1] * 72 / dpi
        c.setPageSize((w, h))
        data = io.BytesIO()
        if look == "barcode":
            img.save(data, "PNG", optimize=False)
        else:
            img.save(data, "JPEG", quality=55, optimize=False)
        data.seek(0)
        c.drawImage(ImageReader(data), 0, 0, w, h)
        c.showPage()
    c.save()
    out.write_bytes(_fixed_pdf_id(buf.getvalue()))
