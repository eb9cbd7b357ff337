"""Paper copies turned back into image-only PDFs, in looks none of the earlier sets used:

  lowjpeg    scanned to the smallest file the scanner offers: grey at 150 dpi saved at very low
             JPEG quality, blocky 8x8 artefacts and ringing round the letters
  darkcopy   a dark photocopy of a photocopy: grey background, heavy toner speckle all over the
             page, thickened letters
  faxcover   received by fax with the sender's fax cover sheet as page 1 (To, From, Date, Pages,
             'Re:' and a confidentiality notice), each page with the fax header line, black and
             white at fine resolution
  carbon     a carbon copy: faint blue-grey letters on thin paper, the strokes a little fuzzy and
             uneven in strength

Readable by a careful person in every look; the same seed gives the same bytes.
"""
from __future__ import annotations

import datetime as dt
import io
import random
from pathlib import Path

from convert import _fixed_pdf_id
from h3_scan import _grain, _specks
from h11_scan import _write_g4_pdf

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
CREATOR = {"lowjpeg": "EPSON Scan 2", "darkcopy": "KONICA MINOLTA bizhub C258", "faxcover": "Xerox WorkCentre 7845 Fax",
           "carbon": "HP ScanJet Pro 2500"}
DPI = {"lowjpeg": 150, "darkcopy": 150, "faxcover": 200, "carbon": 160}
QUALITY = {"lowjpeg": 9, "darkcopy": 30, "faxcover": 60, "carbon": 40}


def _tilt(img, rng, fill=255, most=0.8):
    from PIL import Image
    return img.rotate(rng.uniform(-most, most), resample=Image.BICUBIC, expand=False, fillcolor=fill)


def _lowjpeg(img, rng):
    from PIL import Image
    img = _tilt(img, rng)
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=6)  # compressed once in the scanner, once more into the PDF
    buf.seek(0)
    return Image.open(buf).convert("L")


def _darkcopy(img, rng):
    from PIL import ImageFilter
    img = img.filter(ImageFilter.MinFilter(3))  # letters thickened by the copier
    img = _tilt(img, rng, fill=170)
    img = img.point(lambda v: int(v * 0.62 + 48) if v > 128 else int(v * 0.5))  # the grey cast
    img = _grain(img, rng, 30).filter(ImageFilter.GaussianBlur(0.8))
    img = _specks(img, rng, 250, 130)
    img = _specks(img, rng, 252, 90)
    return img


def _carbon(img, rng):
    from PIL import Image, ImageChops, ImageFilter
    img = _tilt(img, rng).filter(ImageFilter.GaussianBlur(0.9))
    ink = img.point(lambda v: 255 - v)
    w, h = img.size
    # uneven pressure: some lines fainter than others
    patch = Image.frombytes("L", (max(1, w // 120), max(1, h // 40)), rng.randbytes(max(1, w // 120) * max(1, h // 40)))
    patch = patch.point(lambda v: 140 + v * 115 // 255).resize((w, h), Image.BILINEAR)
    ink = ImageChops.multiply(ink, patch)
    paper = Image.new("RGB", (w, h), (238, 236, 228))
    dye = Image.new("RGB", (w, h), (72, 88, 150))
    page = Image.composite(dye, paper, ink.point(lambda v: min(255, int(v * 0.8))))
    g = _grain(img.point(lambda v: 255), rng, 20)
    return ImageChops.multiply(page, Image.merge("RGB", (g, g, g)))


def _fax(img, rng, header: str, dpi: int):
    from PIL import Image, ImageDraw, ImageFont
    w, h = img.size
    img = _tilt(img, rng, most=0.5)
    img = _grain(img, rng, 22)
    img = img.point(lambda v: 0 if v < 145 else 255)
    d = ImageDraw.Draw(img)
    font = ImageFont.truetype(FONT, int(dpi * 0.08))
    d.rectangle([0, 0, w, int(dpi * 0.2)], fill=255)
    d.text((int(dpi * 0.25), int(dpi * 0.05)), header, fill=0, font=font)
    return _specks(img, rng, 253, 255)


def _cover(size, rng, dpi: int, when: dt.datetime, pages: int, to: str, re_line: str, sender: str):
    """The sender's fax cover sheet, typed into the office template."""
    from PIL import Image, ImageDraw, ImageFont
    w, h = size
    img = Image.new("L", (w, h), 255)
    d = ImageDraw.Draw(img)
    big = ImageFont.truetype(BOLD, int(dpi * 0.55))
    mid = ImageFont.truetype(BOLD, int(dpi * 0.14))
    txt = ImageFont.truetype(FONT, int(dpi * 0.13))
    x = int(dpi * 0.9)
    y = int(dpi * 1.0)
    d.text((x, y), "FAX", fill=0, font=big)
    d.text((x + int(dpi * 1.6), y + int(dpi * 0.25)), "Hollinsfield Borough Council", fill=0, font=mid)
    d.text((x + int(dpi * 1.6), y + int(dpi * 0.45)), "Democratic Services, Civic Centre, Wharf Street", fill=0, font=txt)
    y += int(dpi * 1.2)
    d.line([(x, y), (w - x, y)], fill=0, width=3)
    y += int(dpi * 0.3)
    fields = [("To:", to), ("Fax:", f"01632 9{rng.randint(10000, 99999)}"), ("From:", sender),
              ("Fax:", "01632 950001"), ("Date:", f"{when:%d/%m/%Y}"), ("Time:", f"{when:%H:%M}"),
              ("Pages:", f"{pages} (including this cover sheet)"), ("Re:", re_line)]
    for k, v in fields:
        d.text((x, y), k, fill=0, font=mid)
        d.text((x + int(dpi * 1.2), y), v, fill=0, font=txt)
        y += int(dpi * 0.32)
    y += int(dpi * 0.2)
    d.line([(x, y), (w - x, y)], fill=0, width=2)
    y += int(dpi * 0.3)
    d.text((x, y), "[ ] Urgent   [X] For review   [ ] Please comment   [ ] Please reply", fill=0, font=txt)
    y += int(dpi * 0.5)
    d.text((x, y), "Message: copy as requested. Please call if any page is illegible.", fill=0, font=txt)
    y = h - int(dpi * 2.2)
    for line in ["CONFIDENTIALITY: this fax is intended for the addressee only. If you have received it in",
                 "error please telephone the sender on 01632 950000 and destroy the copy you received."]:
        d.text((x, y), line, fill=0, font=txt)
        y += int(dpi * 0.2)
    return img


def scan(pdf: Path, out: Path, seed: int, look: str, when: dt.datetime, fax: dict | None = None) -> None:
    import pypdfium2 as pdfium
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    rng = random.Random(seed)
    doc = pdfium.PdfDocument(str(pdf))
    n = len(doc)
    dpi = DPI[look]
    pages = []
    for i in range(n):
        img = doc[i].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
        if look == "lowjpeg":
            pages.append(_lowjpeg(img, rng))
        elif look == "darkcopy":
            pages.append(_darkcopy(img, rng))
        elif look == "carbon":
            pages.append(_carbon(img, rng))
        else:
            pages.append(img)
    doc.close()
    if look == "faxcover":
        total = n + 1
        cover = _cover(pages[0].size, rng, dpi, when, total, **(fax or {}))
        raw = [cover] + pages
        pages = []
        for k, img in enumerate(raw, 1):
            head = f"{when:%d/%m/%Y %H:%M}   FROM: HOLLINSFIELD BC DEM SVCS  01632 950001   TO: {fax['to'][:22].upper()}   P.{k:03d}/{total:03d}"
            pages.append(_fax(img, rng, head, dpi).convert("1"))
        _write_g4_pdf(pages, out, dpi, when, CREATOR[look])
        return
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
