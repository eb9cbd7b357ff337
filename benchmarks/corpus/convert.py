"""What happens to a document after its template wrote it: LibreOffice turns .docx into PDF
or ODT (one soffice run per target format, never several at once), pdftotext exports a PDF
as text, a scanner prints and scans it; and every file is made byte-for-byte reproducible
(timestamps and ids fixed), so a re-run changes nothing it did not mean to.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import io
import random
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

FIXED_ZIP_TIME = (2020, 1, 1, 0, 0, 0)


def libreoffice(files: list[Path], target: str, outdir: Path, profile: Path) -> None:
    """Convert all files in one soffice process (its own profile: never another user's)."""
    if not files:
        return
    outdir.mkdir(parents=True, exist_ok=True)
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        raise SystemExit("make.py: LibreOffice is needed to regenerate the corpus: "
                         "apt-get install -y libreoffice-writer-nogui")
    cmd = [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
           "--convert-to", target, "--outdir", str(outdir), *map(str, files)]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=1800)
    for f in files:
        out = outdir / (f.stem + "." + target.split(":")[0])
        if not out.exists():
            raise SystemExit(f"make.py: LibreOffice did not convert {f.name} to {target}")


def pdftotext(pdf: Path, out: Path, mode: str = "-layout") -> None:
    """mode: -layout (columns kept with spaces) or -raw (the order text was drawn in)."""
    if not shutil.which("pdftotext"):
        raise SystemExit("make.py: pdftotext is needed to regenerate the corpus: apt-get install -y poppler-utils")
    args = ["pdftotext", "-enc", "UTF-8", mode, str(pdf), str(out)]
    subprocess.run(args, check=True)


# --- scanning ---------------------------------------------------------------

def scan(pdf: Path, out: Path, seed: int, dpi: int = 200, quality: int = 30, when: dt.date | None = None) -> None:
    """Print and scan: grey, a slight skew (under a degree), speckle, JPEG pages in a PDF."""
    import pypdfium2 as pdfium
    from PIL import Image, ImageChops, ImageFilter

    rng = random.Random(seed)
    pages = []
    pdfdoc = pdfium.PdfDocument(str(pdf))
    for i in range(len(pdfdoc)):
        img = pdfdoc[i].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
        img = img.filter(ImageFilter.GaussianBlur(0.6))
        angle = rng.uniform(-0.9, 0.9)
        img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
        w, h = img.size
        # paper grain (faint), then a few dark specks of toner dust
        grain = Image.frombytes("L", (w, h), rng.randbytes(w * h)).point(lambda v: v // 72)
        img = ImageChops.subtract(img, grain).filter(ImageFilter.GaussianBlur(0.5))
        sw, sh = w // 3, h // 3
        a = Image.frombytes("L", (sw, sh), rng.randbytes(sw * sh)).point(lambda v: 255 if v > 254 else 0).convert("1")
        b = Image.frombytes("L", (sw, sh), rng.randbytes(sw * sh)).point(lambda v: 255 if v > 180 else 0).convert("1")
        specks = ImageChops.logical_and(a, b).convert("L").point(lambda v: 150 if v else 0)
        img = ImageChops.subtract(img, specks.resize((w, h), Image.NEAREST))
        # a scanner's uneven exposure: slightly darker toward one edge
        img = img.point(lambda v: int(v * 0.93 + 8))
        pages.append(img)
    pdfdoc.close()
    stamp = dt.datetime.combine(when or dt.date(2020, 1, 1), dt.time(10, 12))
    buf = io.BytesIO()
    pages[0].save(buf, "PDF", save_all=True, append_images=pages[1:], resolution=dpi, quality=quality,
                  creationDate=stamp.timetuple(), modDate=stamp.timetuple(), producer="KONICA MINOLTA bizhub C368", title="")
    out.write_bytes(_fixed_pdf_id(buf.getvalue()))


# --- reproducible bytes -----------------------------------------------------

def fix_zip(path: Path, when: dt.date | None = None) -> None:
    """Rewrite a .docx/.odt with fixed entry times (and fixed dates in ODT meta.xml)."""
    with zipfile.ZipFile(path) as z:
        entries = [(i, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as out:
        for info, data in entries:
            if info.filename == "meta.xml" and when:
                data = _fix_odt_meta(data, when)
            if info.filename == "settings.xml":  # LibreOffice's random revision-session ids
                data = re.sub(rb'(config:name="Rsid(?:Root)?" config:type="int">)\d+', rb"\g<1>100000", data)
            zi = zipfile.ZipInfo(info.filename, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            zi.external_attr = info.external_attr
            out.writestr(zi, data)
    path.write_bytes(buf.getvalue())


def _fix_odt_meta(data: bytes, when: dt.date) -> bytes:
    stamp = f"{when.isoformat()}T09:30:00".encode()
    data = re.sub(rb"(<meta:creation-date>)[^<]*(</meta:creation-date>)", rb"\g<1>" + stamp + rb"\g<2>", data)
    data = re.sub(rb"(<dc:date>)[^<]*(</dc:date>)", rb"\g<1>" + stamp + rb"\g<2>", data)
    data = re.sub(rb"(<meta:editing-duration>)[^<]*(</meta:editing-duration>)", rb"\g<1>PT12M\g<2>", data)
    return data


def fix_pdf(path: Path, when: dt.date) -> None:
    """LibreOffice stamps the conversion time and a random /ID: replace both in place
    (same lengths, so the cross-reference offsets stay right)."""
    data = path.read_bytes()
    stamp = when.strftime("%Y%m%d") + "093000"

    def date_sub(m):
        old = m.group(1).decode("latin-1")
        digits = iter(stamp + "0" * 40)
        new = "".join(next(digits) if ch.isdigit() else ch for ch in old)
        return m.group(0).replace(m.group(1), new.encode("latin-1"))
    data = re.sub(rb"/(?:CreationDate|ModDate)\s*\(D:([0-9+\-Z']+)\)", date_sub, data)
    path.write_bytes(_fixed_pdf_id(data))


def _fixed_pdf_id(data: bytes) -> bytes:
    """/ID and LibreOffice's /DocChecksum from the content alone (same lengths)."""
    content = re.sub(rb"/DocChecksum\s*/[0-9A-F]+", b"", re.sub(rb"/ID\s*\[[^\]]*\]", b"", data))
    digest = hashlib.md5(content).hexdigest().upper().encode()
    data = re.sub(rb"(/DocChecksum\s*/)([0-9A-F]+)", lambda m: m.group(1) + digest[:len(m.group(2))], data)

    def id_sub(m):
        a, b = m.group(1), m.group(2)
        return m.group(0).replace(a, digest[:len(a)].ljust(len(a), b"0")).replace(b, digest[:len(b)].ljust(len(b), b"0"))
    return re.sub(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]", id_sub, data)
