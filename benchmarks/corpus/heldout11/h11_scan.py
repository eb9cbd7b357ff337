"""Paper copies turned back into image-only PDFs, in looks none of the earlier sets used:

  g4          the usual office multifunction scan: bilevel (black and white) at 300 dpi, each
              page stored as CCITT Group 4 (/CCITTFaxDecode), a slight skew, toner specks
  coloured    a report printed on coloured paper (pink or yellow, as exempt or late items are),
              scanned in colour at 200 dpi
  outoforder  the pages fed out of order (page 2 before page 1), with a thick black
              'REDACTED' bar over the contact officer's name and telephone number (no figure)
  upside      one page fed upside down (turned half a turn), the rest upright, greyscale

Readable by a careful person in every look; the same seed gives the same bytes.
"""
from __future__ import annotations

import datetime as dt
import io
import random
import zlib
from pathlib import Path

from convert import _fixed_pdf_id
from h3_scan import _grain, _specks

CREATOR = {"g4": "RICOH IM C3000", "coloured": "Canon iR-ADV C5535", "outoforder": "SHARP MX-3071",
           "upside": "Brother MFC-L8690CDW"}
DPI = {"g4": 300, "coloured": 200, "outoforder": 200, "upside": 200}


def _render(doc, i: int, dpi: float):
    return doc[i].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")


def _tilt(img, rng, fill=255):
    from PIL import Image
    return img.rotate(rng.uniform(-0.7, 0.7), resample=Image.BICUBIC, expand=False, fillcolor=fill)


def _g4(img, rng):
    """Bilevel at a threshold, as the scanner's 'text' mode does; returns a mode '1' image."""
    img = _tilt(img, rng)
    img = _specks(img, rng)
    return img.point(lambda v: 255 if v > 150 else 0).convert("1")


def _coloured(img, rng):
    from PIL import Image, ImageChops
    paper = rng.choice([(252, 214, 226), (255, 244, 170)])  # pink or yellow
    img = _tilt(img, rng)
    ink = img.point(lambda v: 255 - v)
    base = Image.new("RGB", img.size, paper)
    dark = Image.new("RGB", img.size, (38, 34, 40))
    page = Image.composite(dark, base, ink)
    g = _grain(img.point(lambda v: 255), rng, 16)
    return ImageChops.multiply(page, Image.merge("RGB", (g, g, g)))


def _grey(img, rng):
    from PIL import ImageChops
    img = _tilt(img, rng)
    g = _grain(img.point(lambda v: 255), rng, 18)
    return ImageChops.multiply(img, g).point(lambda v: int(v * 0.94 + 10))


def _redact(img, boxes, dpi):
    """Black bars over the boxes (points from the page's top left), printed before the scan."""
    from PIL import ImageDraw, ImageFont
    d = ImageDraw.Draw(img)
    s = dpi / 72
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", int(9 * s))
    for x0, y0, x1, y1 in boxes:
        d.rectangle([x0 * s - 4, y0 * s - 3, x1 * s + 10, y1 * s + 3], fill=0)
        d.text((x0 * s + 6, y0 * s + 1), "REDACTED", fill=90, font=font)
    return img


def _g4_bytes(bw) -> tuple[bytes, int, int]:
    """One page's CCITT Group 4 stream: PIL (libtiff) writes a one-strip TIFF, the strip is the stream."""
    from PIL import Image
    buf = io.BytesIO()
    bw.save(buf, "TIFF", compression="group4", tiffinfo={278: bw.size[1]})
    buf.seek(0)
    tif = Image.open(buf)
    off, n = tif.tag_v2[273], tif.tag_v2[279]
    off = off[0] if isinstance(off, tuple) else off
    n = n[0] if isinstance(n, tuple) else n
    photometric = tif.tag_v2.get(262, 0)
    return buf.getvalue()[off:off + n], photometric, tif.size


def _write_g4_pdf(pages: list, out: Path, dpi: int, when: dt.datetime, creator: str) -> None:
    """A PDF of CCITT G4 page images, written object by object as an MFD writes one."""
    objs: list[bytes] = []
    kids = []
    n_pages = len(pages)
    # 1 catalog, 2 pages, 3 info, then per page: page, contents, image
    for i, bw in enumerate(pages):
        data, photometric, (w, h) = _g4_bytes(bw)
        pw, ph = w * 72 / dpi, h * 72 / dpi
        base = 4 + 3 * i
        kids.append(f"{base} 0 R")
        content = f"q {pw:.2f} 0 0 {ph:.2f} 0 0 cm /Im0 Do Q".encode()
        decode = "" if photometric == 0 else " /Decode [1 0]"
        objs.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {pw:.2f} {ph:.2f}] /Contents {base + 1} 0 R "
                    f"/Resources << /XObject << /Im0 {base + 2} 0 R >> /ProcSet [/PDF /ImageB] >> >>".encode())
        objs.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        objs.append(f"<< /Type /XObject /Subtype /Image /Width {w} /Height {h} /BitsPerComponent 1 "
                    f"/ColorSpace /DeviceGray /Filter /CCITTFaxDecode /DecodeParms << /K -1 /Columns {w} /Rows {h} "
                    f"/BlackIs1 false >>{decode} /Length {len(data)} >>\nstream\n".encode() + data + b"\nendstream")
    stamp = f"D:{when:%Y%m%d%H%M%S}+00'00'"
    head = [b"<< /Type /Catalog /Pages 2 0 R >>",
            f"<< /Type /Pages /Count {n_pages} /Kids [{' '.join(kids)}] >>".encode(),
            f"<< /Creator ({creator}) /Producer ({creator}) /CreationDate ({stamp}) /ModDate ({stamp}) >>".encode()]
    allobjs = head + objs
    out_b = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for k, o in enumerate(allobjs, 1):
        offsets.append(len(out_b))
        out_b += f"{k} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out_b)
    out_b += f"xref\n0 {len(allobjs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out_b += f"{off:010d} 00000 n \n".encode()
    out_b += (f"trailer\n<< /Size {len(allobjs) + 1} /Root 1 0 R /Info 3 0 R >>\nstartxref\n{xref}\n%%EOF\n").encode()
    out.write_bytes(bytes(out_b))


def scan(pdf: Path, out: Path, seed: int, look: str, when: dt.datetime, redact: list | None = None) -> None:
    import pypdfium2 as pdfium
    from PIL import Image
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    rng = random.Random(seed)
    doc = pdfium.PdfDocument(str(pdf))
    n = len(doc)
    dpi = DPI[look]
    pages = []
    upside = rng.randrange(1, n) if n > 1 else 0
    for i in range(n):
        img = _render(doc, i, dpi)
        if look == "g4":
            pages.append(_g4(img, rng))
            continue
        if look == "outoforder" and redact:
            img = _redact(img, [b[1:] for b in redact if b[0] == i + 1], dpi)
        page = _coloured(img, rng) if look == "coloured" else _grey(img, rng)
        if look == "upside" and i == upside:
            page = page.transpose(Image.ROTATE_180)
        pages.append(page)
    doc.close()
    if look == "outoforder" and n > 1:
        pages[0], pages[1] = pages[1], pages[0]
    if look == "g4":
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
        img.save(jpg, "JPEG", quality=55, optimize=False)
        jpg.seek(0)
        c.drawImage(ImageReader(jpg), 0, 0, w, h)
        c.showPage()
    c.save()
    out.write_bytes(_fixed_pdf_id(buf.getvalue()))
