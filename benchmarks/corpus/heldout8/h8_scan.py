"""Paper copies turned back into image-only PDFs, in looks none of the earlier sets used:

  photo      a page photographed on a desk with a phone: the sheet turned a few degrees and
             seen slightly in perspective (keystoned), a dark desk around it, light falling
             off toward one corner, a little soft; stored as a JPEG, as phones do
  twoup      a photocopier's '2 in 1': two pages reduced side by side on a landscape sheet,
             then scanned (greyscale, a slight skew, specks)
  highlight  a reader's own copy: highlighter drawn over some lines, a sticky note with a
             handwritten query stuck in the top margin, a coffee-cup ring across the page
  faxstd     a fax received in standard mode: 204 by 98 lines an inch (every scan line
             doubled), greys dithered to black and white, the sender's header line on top
  greenbar   a line-printer listing on green-bar continuous stationery (the paper is drawn by
             h8_pdf), scanned in greyscale with a slight skew

Readable by a careful person in every look; the same seed gives the same bytes.
"""
from __future__ import annotations

import datetime as dt
import io
import random
import tempfile
from pathlib import Path

from convert import _fixed_pdf_id
from h3_scan import _grain, _specks
from h4_scan import _office, _posterise

FONT_HAND = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf"
FONT_MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
CREATOR = {"photo": "iPhone 11 (Microsoft Lens)", "twoup": "RICOH IM C3000 2in1 Scan",
           "highlight": "Canon imageRUNNER ADVANCE DX C3826i", "faxstd": "Panasonic KX-FL421 Fax Receive",
           "greenbar": "Epson WorkForce DS-870 Scan"}


def _render(doc, i: int, dpi: float):
    return doc[i].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")


# --- photo ---------------------------------------------------------------------

def _coeffs(src, dst):
    """PIL's perspective coefficients mapping output points dst to input points src (an 8 x 8
    linear system, solved by Gaussian elimination)."""
    a = []
    for (x, y), (u, v) in zip(dst, src):
        a.append([x, y, 1, 0, 0, 0, -u * x, -u * y, u])
        a.append([0, 0, 0, x, y, 1, -v * x, -v * y, v])
    n = 8
    for col in range(n):
        piv = max(range(col, n), key=lambda k: abs(a[k][col]))
        a[col], a[piv] = a[piv], a[col]
        for k in range(n):
            if k != col:
                f = a[k][col] / a[col][col]
                a[k] = [p - f * q for p, q in zip(a[k], a[col])]
    return [a[k][n] / a[k][k] for k in range(n)]


def _photo(img, rng):
    from PIL import Image, ImageChops, ImageDraw, ImageFilter
    w, h = img.size
    W, H = int(w * 1.12), int(h * 1.1)
    # the sheet's corners in the photograph: keystoned (the top edge narrower) and turned
    inset = w * rng.uniform(0.018, 0.035)
    dx, dy = (W - w) / 2, (H - h) / 2
    quad = [(dx + inset, dy + rng.uniform(-8, 8)), (dx + w - inset, dy + rng.uniform(-8, 8)),
            (dx + w + rng.uniform(-6, 6), dy + h), (dx + rng.uniform(-6, 6), dy + h)]
    coeffs = _coeffs([(0, 0), (w, 0), (w, h), (0, h)], quad)
    sheet = img.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=0)
    mask = Image.new("L", (w, h), 255).transform((W, H), Image.PERSPECTIVE, coeffs, Image.BILINEAR, fillcolor=0)
    desk = Image.frombytes("L", (W // 8, H // 8), rng.randbytes((W // 8) * (H // 8))).point(lambda v: 55 + v // 9)
    desk = desk.resize((W, H), Image.BILINEAR).filter(ImageFilter.GaussianBlur(6))
    out = Image.composite(sheet, desk, mask)
    angle = rng.uniform(1.6, 3.4) * rng.choice([-1, 1])
    out = out.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=60)
    # light falling off toward one corner, paper never quite white
    grad = Image.linear_gradient("L").resize((W, H)).rotate(rng.choice([35, 125, 215, 305]), expand=False, fillcolor=128)
    shade = grad.point(lambda v: int(v * 0.22))
    out = ImageChops.subtract(out.point(lambda v: int(v * 0.93 + 6)), shade)
    out = out.filter(ImageFilter.GaussianBlur(0.85))
    out = _grain(out, rng, 12)
    return out.resize((int(W * 0.92), int(H * 0.92)), Image.LANCZOS)


# --- two pages on one sheet -------------------------------------------------------------

def _twoup(a, b, rng):
    from PIL import Image
    w, h = a.size
    sheet = Image.new("L", (h, w), 255)  # landscape
    scale = min((h / 2 - 30) / w, (w - 40) / h)
    for k, img in enumerate((a, b)):
        if img is None:
            continue
        s = img.resize((int(w * scale), int(h * scale)), Image.LANCZOS)
        x = int(k * h / 2 + (h / 2 - s.size[0]) / 2)
        sheet.paste(s, (x, int((w - s.size[1]) / 2)))
    return sheet


# --- a reader's own copy ---------------------------------------------------------------

def _text_rows(img):
    """The y ranges of the page's lines of text (rows with dark pixels), as (top, bottom, left, right)."""
    w, h = img.size
    px = img.load()
    step = 2
    dark_rows = []
    for y in range(0, h, step):
        xs = [x for x in range(0, w, 3) if px[x, y] < 128]
        dark_rows.append((y, xs))
    lines, cur = [], None
    for y, xs in dark_rows:
        if xs and len(xs) < w // 6:
            if cur is None:
                cur = [y, y, min(xs), max(xs)]
            else:
                cur[1], cur[2], cur[3] = y, min(cur[2], min(xs)), max(cur[3], max(xs))
        elif cur is not None:
            if 6 <= cur[1] - cur[0] <= 40:
                lines.append(tuple(cur))
            cur = None
    return lines


def _highlight(img, rng, dpi, note: str, first: bool):
    from PIL import Image, ImageChops, ImageDraw, ImageFont
    w, h = img.size
    rows = [r_ for r_ in _text_rows(img) if r_[0] > h * 0.12]
    layer = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(layer)
    for top, bot, x0, x1 in rng.sample(rows, min(len(rows), rng.randint(3, 6))):
        span = x1 - x0
        a = x0 + int(span * rng.uniform(0, 0.3))
        b = a + int(span * rng.uniform(0.35, 0.7))
        pts = [(a, (top + bot) / 2 + rng.uniform(-1, 1))]
        for k in range(1, 6):
            pts.append((a + (b - a) * k / 5, (top + bot) / 2 + rng.uniform(-2, 2)))
        d.line(pts, fill=48, width=int(bot - top + dpi * 0.05))
    img = ImageChops.subtract(img, layer)
    if first:
        # a coffee-cup ring, partly broken, somewhere in the lower half
        ring = Image.new("L", (w, h), 0)
        dr = ImageDraw.Draw(ring)
        r_ = int(dpi * 0.55)
        cx, cy = int(w * rng.uniform(0.55, 0.8)), int(h * rng.uniform(0.55, 0.85))
        start = rng.randint(0, 360)
        dr.arc([cx - r_, cy - r_, cx + r_, cy + r_], start, start + rng.randint(250, 320), fill=70,
               width=max(3, dpi // 30))
        dr.arc([cx - r_ + 4, cy - r_ + 4, cx + r_ - 4, cy + r_ - 4], start + 20, start + 200, fill=35,
               width=max(2, dpi // 60))
        img = ImageChops.subtract(img, ring)
        # the sticky note in the top margin, with its shadow
        nw, nh = int(dpi * 1.9), int(dpi * 0.62)
        x, y = int(w * rng.uniform(0.5, 0.62)), int(h * 0.008)
        d2 = ImageDraw.Draw(img)
        d2.rectangle([x + 5, y + 5, x + nw + 5, y + nh + 5], fill=150)
        d2.rectangle([x, y, x + nw, y + nh], fill=236)
        f = ImageFont.truetype(FONT_HAND, int(dpi * 0.16))
        d2.text((x + int(dpi * 0.1), y + int(dpi * 0.08)), note, font=f, fill=40)
        d2.text((x + int(dpi * 0.1), y + int(dpi * 0.33)), "- ring me", font=f, fill=40)
    return img


# --- a fax received in standard mode ---------------------------------------------------------

def _faxstd(img, rng, header: str):
    """img rendered at 204 dpi across: keep every other line pair (98 lines an inch), dither."""
    from PIL import Image, ImageDraw, ImageFont
    w, h = img.size
    angle = rng.uniform(0.3, 0.8) * rng.choice([-1, 1])
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    img = _grain(img, rng, 30)
    low = img.resize((w, int(h * 98 / 204)), Image.BOX)
    low = low.point(lambda v: 255 if v > 200 else v).convert("1")  # Floyd-Steinberg dither of the greys
    d = ImageDraw.Draw(low)
    d.rectangle([0, 0, w, 14], fill=1)
    font = ImageFont.truetype(FONT_MONO, 22)
    hdr = Image.new("1", (w, 30), 1)
    ImageDraw.Draw(hdr).text((40, 2), header, font=font, fill=0)
    low.paste(hdr.resize((w, 15), Image.NEAREST), (0, 0))
    for _ in range(rng.randint(1, 2)):  # a line lost in transmission
        y = rng.randint(int(low.size[1] * 0.2), low.size[1] - 5)
        d.line([(0, y), (w, y)], fill=rng.choice([0, 1]))
    return low.resize((w, low.size[1] * 2), Image.NEAREST)


# --- the whole copy ------------------------------------------------------------------------

def scan(pdf: Path, out: Path, seed: int, look: str, when: dt.datetime, note: str = "", header: str = "") -> None:
    import pypdfium2 as pdfium
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    rng = random.Random(seed)
    doc = pdfium.PdfDocument(str(pdf))
    n = len(doc)
    pages = []  # (image, x dpi, y dpi)
    if look == "twoup":
        dpi = 200
        imgs = [_render(doc, i, dpi) for i in range(n)]
        for k in range(0, n, 2):
            sheet = _twoup(imgs[k], imgs[k + 1] if k + 1 < n else None, rng)
            sheet = _posterise(_office(sheet, rng, rng.uniform(0.2, 0.7) * rng.choice([-1, 1])))
            pages.append((sheet, dpi, dpi))
    else:
        for i in range(n):
            if look == "faxstd":
                img = _render(doc, i, 204)
                pages.append((_faxstd(img, rng, header.replace("{P}", f"P.{i + 1:03d}/{n:03d}")), 204, 196))
                continue
            dpi = {"photo": 170, "highlight": 150, "greenbar": 150}[look]
            img = _render(doc, i, dpi)
            angle = rng.uniform(0.2, 0.8) * rng.choice([-1, 1])
            if look == "photo":
                img = _photo(img, rng)
                dpi = dpi * 0.92
            elif look == "highlight":
                img = _highlight(img, rng, dpi, note, i == 0)
                img = _posterise(_office(img, rng, angle), white=232)
            else:
                img = _posterise(_office(img, rng, angle), white=240)
            pages.append((img, dpi, dpi))
    doc.close()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1, pageCompression=1)
    c.setCreator(CREATOR[look])
    c.setTitle(f"{when:%Y%m%d_%H%M%S}")
    with tempfile.TemporaryDirectory() as tmp:
        for k, (img, xd, yd) in enumerate(pages):
            w, h = img.size[0] * 72 / xd, img.size[1] * 72 / yd
            c.setPageSize((w, h))
            if look == "photo":
                jpg = io.BytesIO()
                img.save(jpg, "JPEG", quality=58, optimize=False)
                jpg.seek(0)
                c.drawImage(ImageReader(jpg), 0, 0, w, h)
            else:
                c.drawImage(ImageReader(img), 0, 0, w, h)
            c.showPage()
        c.save()
    out.write_bytes(_fixed_pdf_id(buf.getvalue()))
