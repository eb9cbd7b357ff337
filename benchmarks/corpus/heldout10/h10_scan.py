"""Paper copies turned back into image-only PDFs, in looks none of the earlier sets used:

  thermal    a fax received on thermal paper and scanned years later: the paper yellowed,
             the print faded brown and unevenly (worst toward one edge), the sending
             machine's header line with its own date across the top
  spirit     a spirit-duplicator ('Banda') copy: purple ink, smudged and haloed, a faint
             ghost of the master offset from the text, ink density falling off across the
             sheet, a dry band or two
  received   the copy that arrived in the post: a red 'RECEIVED' date stamp struck across
             the text of the first page, a staple in the top left corner with its shadow
             (and its holes on the later pages), scanned in colour
  pencil     a member's copy with pencil ticks against lines and a handwritten note in the
             margin (the printed figure stays the truth), scanned in grey
  jpegskew   a 150 dpi colour scan saved as JPEG, each page fed at its own skew (up to
             nearly three degrees, one way or the other), the lid's grey showing at the
             corners

Readable by a careful person in every look; the same seed gives the same bytes.
"""
from __future__ import annotations

import datetime as dt
import io
import random
from pathlib import Path

from convert import _fixed_pdf_id
from h3_scan import _grain, _specks
from h4_scan import _office, _posterise
from h8_scan import _text_rows

FONT_HAND = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf"
FONT_SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
CREATOR = {"thermal": "HP Scanjet G4050", "spirit": "Canon CanoScan LiDE 300", "received": "Xerox WorkCentre 7845",
           "pencil": "KONICA MINOLTA bizhub C258", "jpegskew": "EPSON Scan"}


def _render(doc, i: int, dpi: float):
    return doc[i].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")


def _gradient(size, angle: int, lo: int, hi: int):
    """A linear ramp from lo to hi (0..255) across the image at the given angle."""
    from PIL import Image
    g = Image.linear_gradient("L").rotate(angle, expand=False, fillcolor=128).resize(size)
    return g.point(lambda v: lo + (hi - lo) * v // 255)


def _ink(mask, paper_rgb, ink_rgb):
    """Colour a page: mask 0..255 is how much ink lies on each point."""
    from PIL import Image
    paper = Image.new("RGB", mask.size, paper_rgb)
    ink = Image.new("RGB", mask.size, ink_rgb)
    return Image.composite(ink, paper, mask)


def _thermal(img, rng, header: str, dpi: int, first: bool):
    from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont
    w, h = img.size
    img = img.rotate(rng.uniform(-0.6, 0.6), resample=Image.BICUBIC, fillcolor=255)
    # the fax's own resolution: black and white, a little ragged
    img = _grain(img, rng, 60).point(lambda v: 0 if v < 150 else 255).filter(ImageFilter.GaussianBlur(0.6))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, w, int(dpi * 0.22)], fill=255)
    d.text((int(dpi * 0.3), int(dpi * 0.06)), header, fill=0, font=ImageFont.truetype(FONT_MONO, int(dpi * 0.085)))
    mask = ImageChops.invert(img)
    fade = _gradient((w, h), rng.choice([0, 90, 180, 270]), 95, 205)
    mask = ImageChops.multiply(mask, fade)
    blotch = Image.frombytes("L", (w // 40, h // 40), rng.randbytes((w // 40) * (h // 40))).resize((w, h), Image.BICUBIC)
    mask = ImageChops.multiply(mask, blotch.point(lambda v: 175 + v // 3))
    page = _ink(mask, (243, 233, 190), (74, 58, 40))
    tone = _gradient((w, h), rng.randint(0, 359), 0, 22)
    return ImageChops.subtract(page, Image.merge("RGB", (tone.point(lambda v: v // 2), tone, tone.point(lambda v: v * 3 // 2))))


def _spirit(img, rng):
    from PIL import Image, ImageChops, ImageFilter
    w, h = img.size
    img = img.rotate(rng.uniform(-0.9, 0.9), resample=Image.BICUBIC, fillcolor=255)
    ink = ImageChops.invert(img)
    halo = ink.filter(ImageFilter.GaussianBlur(2.2)).point(lambda v: int(v * 0.45))
    ghost = ImageChops.offset(ink, rng.randint(2, 4), rng.randint(1, 3)).point(lambda v: int(v * 0.3))
    mask = ImageChops.lighter(ImageChops.lighter(ink.filter(ImageFilter.GaussianBlur(0.7)), halo), ghost)
    mask = ImageChops.multiply(mask, _gradient((w, h), rng.choice([0, 180]), 140, 255))
    dry = Image.new("L", (w, h), 255)
    for _ in range(rng.randint(1, 2)):
        y = rng.randint(int(h * 0.2), int(h * 0.9))
        band = Image.new("L", (w, rng.randint(12, 30)), rng.randint(150, 190))
        dry.paste(band, (0, y))
    mask = ImageChops.multiply(mask, dry.filter(ImageFilter.GaussianBlur(6)))
    page = _ink(mask, (246, 243, 236), (88, 40, 150))
    return page.filter(ImageFilter.GaussianBlur(0.4))


def _staple(page, rng, dpi: int, first: bool):
    from PIL import ImageDraw
    d = ImageDraw.Draw(page)
    x, y = int(dpi * 0.35), int(dpi * 0.3)
    ln = int(dpi * 0.5)
    if first:
        d.line([(x + 4, y + 6), (x + ln + 4, y - ln // 3 + 6)], fill=(150, 150, 150), width=max(3, dpi // 40))
        d.line([(x, y), (x + ln, y - ln // 3)], fill=(70, 70, 75), width=max(3, dpi // 45))
        d.line([(x + 2, y - 1), (x + ln - 2, y - ln // 3 - 1)], fill=(190, 190, 195), width=1)
    else:
        for px, py in ((x, y), (x + ln, y - ln // 3)):
            d.ellipse([px - 3, py - 3, px + 3, py + 3], fill=(90, 90, 90))
    return page


def _received(img, rng, dpi: int, first: bool, when: dt.date):
    from PIL import Image, ImageChops, ImageDraw, ImageFont
    w, h = img.size
    img = _posterise(_office(img, rng, rng.uniform(0.2, 0.7) * rng.choice([-1, 1])), white=236)
    page = Image.merge("RGB", (img, img, img.point(lambda v: max(0, v - 6))))
    page = _staple(page, rng, dpi, first)
    if first:
        sw, sh = int(dpi * 2.6), int(dpi * 1.05)
        stamp = Image.new("L", (sw, sh), 0)
        d = ImageDraw.Draw(stamp)
        d.rounded_rectangle([4, 4, sw - 5, sh - 5], radius=12, outline=255, width=5)
        d.rounded_rectangle([14, 14, sw - 15, sh - 15], radius=8, outline=255, width=2)
        big = ImageFont.truetype(FONT_SANS, int(dpi * 0.3))
        small = ImageFont.truetype(FONT_SANS, int(dpi * 0.15))
        d.text((sw // 2, int(sh * 0.3)), "RECEIVED", fill=255, font=big, anchor="mm")
        d.text((sw // 2, int(sh * 0.58)), f"{when.day:02d} {when:%b %Y}".upper(), fill=255, font=small, anchor="mm")
        d.text((sw // 2, int(sh * 0.8)), "DEMOCRATIC SERVICES", fill=255, font=small, anchor="mm")
        uneven = Image.frombytes("L", (sw // 6, sh // 6), rng.randbytes((sw // 6) * (sh // 6))).resize((sw, sh))
        stamp = ImageChops.multiply(stamp, uneven.point(lambda v: 120 + v // 2))
        stamp = stamp.rotate(rng.uniform(8, 16) * rng.choice([-1, 1]), expand=True, resample=Image.BICUBIC)
        full = Image.new("L", (w, h), 0)
        full.paste(stamp, (int(w * rng.uniform(0.35, 0.5)), int(h * rng.uniform(0.14, 0.3))))
        red = Image.new("RGB", (w, h), (200, 30, 45))
        page = Image.composite(ImageChops.multiply(page, red), page, full)
    return page


def _pencil(img, rng, dpi: int, notes: list[str], first: bool):
    from PIL import Image, ImageChops, ImageDraw, ImageFont
    w, h = img.size
    rows = [r_ for r_ in _text_rows(img) if h * 0.1 < r_[0] < h * 0.9]
    layer = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(layer)
    for top, bot, x0, x1 in rng.sample(rows, min(len(rows), rng.randint(3, 6))):
        cx, cy = max(int(dpi * 0.25), x0 - int(dpi * 0.3)), (top + bot) // 2
        s = int(dpi * 0.08)
        pts = [(cx - s, cy - s // 3), (cx - s // 3, cy + s // 2), (cx + s, cy - s)]
        d.line(pts, fill=rng.randint(95, 130), width=max(2, dpi // 70), joint="curve")
    if rows and first:
        top, bot, x0, x1 = rng.choice(rows)
        d.line([(x0, bot + 3), (x0 + (x1 - x0) * 0.6, bot + 5)], fill=100, width=2)
    f = ImageFont.truetype(FONT_HAND, int(dpi * 0.15))
    note = Image.new("L", (int(dpi * 2.2), int(dpi * 0.9)), 0)
    dn = ImageDraw.Draw(note)
    for k, text in enumerate(notes if first else notes[:1]):
        dn.text((4, 4 + k * int(dpi * 0.22)), text, fill=150, font=f)
    note = note.rotate(rng.uniform(-7, 7), expand=True)
    layer.paste(note, (w - note.size[0] - int(dpi * 0.05), int(h * rng.uniform(0.3, 0.6))),
                note.point(lambda v: 255 if v > 40 else 0))
    layer = _grain(layer.point(lambda v: v), rng, 40)
    img = ImageChops.subtract(img, layer)
    return _posterise(_office(img, rng, rng.uniform(0.15, 0.6) * rng.choice([-1, 1])), white=234)


def _jpegskew(img, rng, angle: float):
    from PIL import Image, ImageChops, ImageFilter
    page = Image.merge("RGB", (img, img.point(lambda v: max(0, v - 2)), img.point(lambda v: max(0, v - 10))))
    page = page.filter(ImageFilter.GaussianBlur(0.5))
    page = page.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=(118, 118, 122))
    g = _grain(img.point(lambda v: 255), rng, 20)
    return ImageChops.multiply(page, Image.merge("RGB", (g, g, g)))


def scan(pdf: Path, out: Path, seed: int, look: str, when: dt.datetime, notes: list[str] | None = None,
         header: str = "") -> None:
    import pypdfium2 as pdfium
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    rng = random.Random(seed)
    doc = pdfium.PdfDocument(str(pdf))
    n = len(doc)
    dpi = {"thermal": 150, "spirit": 150, "received": 170, "pencil": 150, "jpegskew": 150}[look]
    pages = []
    used_angles: set = set()
    for i in range(n):
        img = _render(doc, i, dpi)
        if look == "thermal":
            page = _thermal(img, rng, header.replace("{P}", f"P.{i + 1}"), dpi, i == 0)
        elif look == "spirit":
            page = _spirit(img, rng)
        elif look == "received":
            page = _received(img, rng, dpi, i == 0, when.date())
        elif look == "pencil":
            page = _pencil(img, rng, dpi, notes or [], i == 0)
        else:
            while True:
                angle = round(rng.uniform(0.5, 2.8) * rng.choice([-1, 1]), 1)
                if angle not in used_angles:
                    used_angles.add(angle)
                    break
            page = _jpegskew(img, rng, angle)
        pages.append(page)
    doc.close()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1, pageCompression=1)
    c.setCreator(CREATOR[look])
    c.setTitle(f"{when:%Y%m%d%H%M%S}")
    for img in pages:
        w, h = img.size[0] * 72 / dpi, img.size[1] * 72 / dpi
        c.setPageSize((w, h))
        if img.mode == "RGB":
            jpg = io.BytesIO()
            img.save(jpg, "JPEG", quality={"jpegskew": 42}.get(look, 50), optimize=False)
            jpg.seek(0)
            c.drawImage(ImageReader(jpg), 0, 0, w, h)
        else:
            c.drawImage(ImageReader(img), 0, 0, w, h)
        c.showPage()
    c.save()
    out.write_bytes(_fixed_pdf_id(buf.getvalue()))
