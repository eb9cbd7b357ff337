"""Paper copies turned back into image-only PDFs, in looks none of the earlier sets used:

  trifold    a copy posted folded in three for a DL envelope and flattened for scanning: two
             folds across every page a third of the way down (a dark valley with a light ridge
             beside it), the three panels lit a little differently, 200 dpi greyscale
  dust       scanned through a document feeder with dust on its glass: thin dark vertical lines
             running the whole length of every page at the same places, one of them broken, a
             slight skew, 200 dpi greyscale
  rustclip   an old file copy held by a paper clip that rusted: the clip's loops printed in rust
             brown at the top left, an orange-brown stain spreading round them, a slight
             yellowing, 150 dpi colour
  tonersave  printed in the printer's toner-save (economy) mode: every stroke a pale grey made of
             a fine regular dot screen, the page light overall, 200 dpi greyscale

Readable by a careful person in every look; the same seed gives the same bytes.
"""
from __future__ import annotations

import datetime as dt
import io
import random
from pathlib import Path

from convert import _fixed_pdf_id
from h3_scan import _grain, _specks

CREATOR = {"trifold": "RICOH IM C3000", "dust": "Canon iR-ADV C5535", "rustclip": "Fujitsu fi-7160",
           "tonersave": "Brother MFC-L2750DW"}
DPI = {"trifold": 200, "dust": 200, "rustclip": 150, "tonersave": 200}


def _render(doc, i, dpi):
    return doc[i].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")


def _trifold(img, rng, dpi):
    from PIL import Image, ImageChops, ImageDraw, ImageFilter
    w, h = img.size
    shade = Image.new("L", (w, h), 250)
    d = ImageDraw.Draw(shade)
    y1 = int(h / 3 + rng.uniform(-0.02, 0.02) * h)
    y2 = int(2 * h / 3 + rng.uniform(-0.02, 0.02) * h)
    d.rectangle([0, 0, w, y1], fill=rng.randint(238, 250))
    d.rectangle([0, y1, w, y2], fill=rng.randint(226, 240))
    d.rectangle([0, y2, w, h], fill=rng.randint(240, 252))
    shade = shade.filter(ImageFilter.GaussianBlur(dpi * 0.06))
    d = ImageDraw.Draw(shade)
    for y in (y1, y2):
        tilt = rng.randint(-6, 6)
        d.line([(0, y), (w, y + tilt)], fill=150, width=2)
        d.line([(0, y + 3), (w, y + tilt + 3)], fill=255, width=2)
        d.line([(0, y - 3), (w, y + tilt - 3)], fill=205, width=1)
    out = ImageChops.multiply(img, shade)
    out = out.rotate(rng.uniform(-0.6, 0.6), resample=Image.BICUBIC, fillcolor=240)
    return _specks(_grain(out, rng, 6), rng, 254, 60)


def _dust(img, rng, dpi):
    from PIL import Image, ImageDraw
    w, h = img.size
    out = img.rotate(rng.uniform(-0.7, 0.7), resample=Image.BICUBIC, fillcolor=246)
    d = ImageDraw.Draw(out)
    xs = [int(w * rng.uniform(0.2, 0.45)), int(w * rng.uniform(0.6, 0.85))]
    for k, x in enumerate(xs):
        if k == 0:
            d.line([(x, 0), (x, h)], fill=100, width=2)
        else:
            y = 0
            while y < h:
                seg = rng.randint(h // 12, h // 4)
                d.line([(x, y), (x, min(h, y + seg))], fill=130, width=1)
                y += seg + rng.randint(h // 40, h // 12)
    return _specks(_grain(out, rng, 5), rng, 254, 50)


def _rustclip(img, rng, dpi):
    from PIL import Image, ImageChops, ImageDraw, ImageFilter
    w, h = img.size
    paper = Image.new("RGB", (w, h), (247, 243, 228))
    ink = Image.new("RGB", (w, h), (28, 26, 26))
    out = Image.composite(paper, ink, img)
    x0, y0 = int(dpi * rng.uniform(0.45, 0.7)), -int(dpi * 0.1)
    cw, ch = int(dpi * 0.32), int(dpi * 1.15)
    stain = Image.new("L", (w, h), 0)
    sd = ImageDraw.Draw(stain)
    sd.rounded_rectangle([x0 - 14, y0 - 14, x0 + cw + 14, y0 + ch + 14], radius=cw // 2, fill=110)
    stain = stain.filter(ImageFilter.GaussianBlur(dpi * 0.09))
    out = Image.composite(Image.new("RGB", (w, h), (214, 160, 96)), out, stain)
    loops = Image.new("L", (w, h), 0)
    ld = ImageDraw.Draw(loops)
    ld.rounded_rectangle([x0, y0, x0 + cw, y0 + ch], radius=cw // 2, outline=255, width=3)
    ld.rounded_rectangle([x0 + 7, y0 + 12, x0 + cw - 7, y0 + int(ch * 0.72)], radius=cw // 2 - 7, outline=255, width=3)
    loops = loops.filter(ImageFilter.GaussianBlur(1.2))
    out = Image.composite(Image.new("RGB", (w, h), (132, 70, 30)), out, loops)
    out = out.rotate(rng.uniform(-0.8, 0.8), resample=Image.BICUBIC, fillcolor=(240, 236, 222))
    g = _grain(out.convert("L"), rng, 6)
    return Image.merge("RGB", [ImageChops.multiply(c, g.point(lambda v: min(255, v + 8))) for c in out.split()])


def _tonersave(img, rng, dpi):
    from PIL import Image, ImageChops
    w, h = img.size
    # a fine dot screen: two of every three pixels on a diagonal pattern carry toner
    rows = [bytes(255 if (x + k) % 3 == 0 else 0 for x in range(w)) for k in range(3)]
    screen = Image.frombytes("L", (w, h), b"".join(rows[y % 3] for y in range(h)))
    ink = img.point(lambda v: 255 if v > 170 else 0)
    dots = ImageChops.lighter(ink, screen)
    out = Image.blend(dots, img, 0.35).point(lambda v: 95 + v * 160 // 255)
    out = out.rotate(rng.uniform(-0.5, 0.5), resample=Image.BICUBIC, fillcolor=250)
    return _grain(out, rng, 5)


def scan(pdf: Path, out: Path, seed: int, look: str, when: dt.datetime) -> None:
    import pypdfium2 as pdfium
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    rng = random.Random(seed)
    dpi = DPI[look]
    doc = pdfium.PdfDocument(str(pdf))
    src = [_render(doc, i, dpi) for i in range(len(doc))]
    doc.close()
    fn = {"trifold": _trifold, "dust": _dust, "rustclip": _rustclip, "tonersave": _tonersave}[look]
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
