"""Paper copies turned back into image-only PDFs, in looks none of the earlier sets used:

  crumpled    a copy screwed up into a ball and flattened out again before it was scanned: a
              network of creases across every page (a dark line with a light edge beside it) and
              facets of paper each lit a little differently, 200 dpi greyscale
  sunfaded    a copy left on a sunny window sill: the paper yellowed from one side, the print
              faded to brown-grey on the sunny side, a sharp edge where another sheet lay over
              part of it (the print there still black), 150 dpi colour
  noticeboard a phone's photograph of the report pinned to a cork noticeboard: the mottled cork
              round the sheet, coloured drawing pins in the margins, the sheet's shadow on the
              cork, a slight turn, the light falling off to the corners, JPEG
  dogear      a well-thumbed copy with dog-eared corners: the top right corner folded over (the
              back of the paper showing inside the page, the scanner lid dark where the corner
              should be, a shadow along the fold), a smaller fold at the bottom left, 150 dpi
              greyscale

Readable by a careful person in every look; the same seed gives the same bytes.
"""
from __future__ import annotations

import datetime as dt
import io
import random
from pathlib import Path

from convert import _fixed_pdf_id
from h3_scan import _grain, _specks

CREATOR = {"crumpled": "KONICA MINOLTA bizhub C258", "sunfaded": "EPSON WF-4830 Series",
           "noticeboard": "Samsung Galaxy A52 camera", "dogear": "SHARP MX-3071"}
DPI = {"crumpled": 200, "sunfaded": 150, "noticeboard": 150, "dogear": 150}
GREY = {"crumpled", "dogear"}


def _render(doc, i, dpi):
    return doc[i].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")


def _crumpled(img, rng, dpi):
    from PIL import Image, ImageDraw, ImageFilter, ImageChops
    w, h = img.size
    # facets: random triangles, each lit a little differently
    shade = Image.new("L", (w, h), 244)
    sd = ImageDraw.Draw(shade)
    pts = [(rng.randint(-w // 10, w + w // 10), rng.randint(-h // 10, h + h // 10)) for _ in range(70)]
    for _ in range(90):
        a, b, c = rng.sample(pts, 3)
        sd.polygon([a, b, c], fill=rng.randint(222, 255))
    shade = shade.filter(ImageFilter.GaussianBlur(dpi * 0.04))
    d = ImageDraw.Draw(shade)
    # creases: long broken lines with a highlight beside them
    for _ in range(rng.randint(14, 20)):
        x, y = rng.randint(0, w), rng.randint(0, h)
        seg = []
        for _ in range(rng.randint(3, 7)):
            seg.append((x, y))
            x += rng.randint(-w // 4, w // 4)
            y += rng.randint(-h // 5, h // 5)
        d.line(seg, fill=rng.randint(150, 185), width=1)
        d.line([(px + 2, py + 1) for px, py in seg], fill=255, width=1)
    out = ImageChops.multiply(img, shade)
    out = out.rotate(rng.uniform(-0.8, 0.8), resample=Image.BICUBIC, fillcolor=238)
    return _specks(_grain(out, rng, 9), rng, 254, 90)


def _sunfaded(img, rng, dpi):
    from PIL import Image, ImageChops, ImageDraw
    w, h = img.size
    sun_left = rng.random() < 0.5
    grad = Image.linear_gradient("L").rotate(90 if sun_left else -90).resize((w, h))  # 255 on the sunny side
    cover = Image.new("L", (w, h), 0)
    cx = int(w * rng.uniform(0.55, 0.7)) if sun_left else int(w * rng.uniform(0.3, 0.45))
    cy = int(h * rng.uniform(0.5, 0.75))
    box = [cx, cy, w, h] if sun_left else [0, cy, cx, h]
    ImageDraw.Draw(cover).rectangle(box, fill=255)  # another sheet lay over this part
    fade = ImageChops.subtract(grad, cover)
    paper_fresh = Image.new("RGB", (w, h), (246, 245, 238))
    paper_sun = Image.new("RGB", (w, h), (240, 226, 184))
    paper = Image.composite(paper_sun, paper_fresh, fade)
    ink_fresh = Image.new("RGB", (w, h), (26, 26, 28))
    ink_sun = Image.new("RGB", (w, h), (122, 108, 92))
    ink = Image.composite(ink_sun, ink_fresh, fade)
    out = Image.composite(paper, ink, img)
    out = out.rotate(rng.uniform(-0.6, 0.6), resample=Image.BICUBIC, fillcolor=(236, 234, 228))
    g = _grain(out.convert("L"), rng, 6)
    return Image.merge("RGB", [ImageChops.multiply(c, g.point(lambda v: min(255, v + 6))) for c in out.split()])


def _noticeboard(img, rng, dpi):
    from PIL import Image, ImageChops, ImageDraw, ImageFilter
    w, h = img.size
    mx, my = int(w * 0.09), int(h * 0.06)
    W, H = w + 2 * mx, h + 2 * my
    # the cork: a mottled brown with fine grain
    small = Image.frombytes("L", (W // 9 + 1, H // 9 + 1), rng.randbytes((W // 9 + 1) * (H // 9 + 1)))
    mott = small.resize((W, H), Image.BICUBIC).filter(ImageFilter.GaussianBlur(2)).point(lambda v: 150 + v * 60 // 255)
    cork = Image.merge("RGB", [mott.point(lambda v: min(255, v + 28)), mott.point(lambda v: v - 10),
                               mott.point(lambda v: v - 58)])
    speck = Image.frombytes("L", (W, H), rng.randbytes(W * H)).point(lambda v: 150 if v > 248 else 255)
    cork = ImageChops.multiply(cork, Image.merge("RGB", [speck] * 3))
    # the sheet's shadow, then the sheet
    shadow = Image.new("L", (W, H), 0)
    ImageDraw.Draw(shadow).rectangle([mx + 8, my + 10, mx + w + 8, my + h + 10], fill=120)
    shadow = shadow.filter(ImageFilter.GaussianBlur(dpi * 0.05))
    cork = Image.composite(Image.new("RGB", (W, H), (40, 28, 18)), cork, shadow)
    paper = Image.composite(Image.new("RGB", (w, h), (250, 249, 244)), Image.new("RGB", (w, h), (30, 30, 34)), img)
    cork.paste(paper, (mx, my))
    d = ImageDraw.Draw(cork)
    # drawing pins at the top corners (in the margin), one more at the foot
    for (px, py), col in (((mx + int(dpi * 0.3), my + int(dpi * 0.28)), (200, 30, 36)),
                          ((mx + w - int(dpi * 0.3), my + int(dpi * 0.3)), (30, 80, 190)),
                          ((mx + w // 2, my + h - int(dpi * 0.22)), (230, 190, 20))):
        r0 = int(dpi * 0.09)
        d.ellipse([px - r0 + 4, py - r0 + 5, px + r0 + 4, py + r0 + 5], fill=(60, 45, 30))
        d.ellipse([px - r0, py - r0, px + r0, py + r0], fill=col, outline=(20, 20, 20))
        d.ellipse([px - r0 // 3 - 2, py - r0 // 3 - 2, px - r0 // 3 + 3, py - r0 // 3 + 3], fill=(250, 250, 250))
    out = cork.rotate(rng.uniform(-1.5, 1.5), resample=Image.BICUBIC, fillcolor=(150, 110, 70))
    light = Image.radial_gradient("L").resize((W, H)).point(lambda v: 255 - v * 70 // 255)
    out = ImageChops.multiply(out, Image.merge("RGB", [light] * 3))
    return out.filter(ImageFilter.GaussianBlur(0.4))


def _dogear(img, rng, dpi):
    from PIL import Image, ImageDraw, ImageFilter, ImageOps
    w, h = img.size
    out = img.copy()
    for corner, size in (("tr", rng.uniform(0.72, 0.85)), ("bl", rng.uniform(0.4, 0.5))):
        s = int(dpi * size)
        if corner == "tr":
            cx, cy = w - 1, 0
            gone = [(w - s, 0), (w, 0), (w, s)]
            flap = [(w - s, 0), (w - s, s), (w, s)]
        else:
            cx, cy = 0, h - 1
            gone = [(0, h - s), (0, h), (s, h)]
            flap = [(0, h - s), (s, h - s), (s, h)]
        d = ImageDraw.Draw(out)
        d.polygon(gone, fill=52)  # the scanner lid where the corner was
        # shadow under the flap's edge, then the flap: the back of the paper, a faint show-through
        sh = Image.new("L", (w, h), 0)
        ImageDraw.Draw(sh).polygon(flap, fill=90)
        sh = sh.filter(ImageFilter.GaussianBlur(dpi * 0.03))
        out = Image.composite(Image.new("L", (w, h), 120), out, sh)
        back = ImageOps.mirror(ImageOps.flip(img)).point(lambda v: 214 + v * 20 // 255)
        mask = Image.new("L", (w, h), 0)
        ImageDraw.Draw(mask).polygon(flap, fill=255)
        out = Image.composite(back, out, mask)
        ImageDraw.Draw(out).line([gone[0], gone[2]], fill=150, width=1)
    out = out.rotate(rng.uniform(-0.9, 0.9), resample=Image.BICUBIC, fillcolor=60)
    return _specks(_grain(out, rng, 7), rng, 254, 80)


def scan(pdf: Path, out: Path, seed: int, look: str, when: dt.datetime) -> None:
    import pypdfium2 as pdfium
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    rng = random.Random(seed)
    dpi = DPI[look]
    doc = pdfium.PdfDocument(str(pdf))
    src = [_render(doc, i, dpi) for i in range(len(doc))]
    doc.close()
    fn = {"crumpled": _crumpled, "sunfaded": _sunfaded, "noticeboard": _noticeboard, "dogear": _dogear}[look]
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
