"""Which reader a document needs, by what its bytes are (its extension must agree),
and the one-line reasons a document cannot be read."""
from __future__ import annotations

from pathlib import Path

from .document import Document, Unreadable

FORMATS = {".pdf": "pdf", ".docx": "docx", ".odt": "odt", ".html": "html", ".htm": "html",
           ".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown", ".doc": "doc"}
NAMES = {"pdf": "a PDF", "docx": "a Word document (.docx)", "odt": "an OpenDocument text (.odt)",
         "doc": "a legacy Word document (.doc)", "html": "a web page (.html)", "text": "text",
         "markdown": "text", "zip": "a zip archive", "image": "an image"}
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def sniff(data: bytes) -> str:
    """What the bytes are, whatever the file is called."""
    if data.startswith(b"%PDF") or b"%PDF-" in data[:1024]:
        return "pdf"
    if data.startswith(_OLE):
        return "doc"
    if data.startswith(b"PK\x03\x04"):
        head = data[:2000]
        if b"mimetypeapplication/vnd.oasis.opendocument.text" in head:
            return "odt"
        return "docx" if b"word/" in data[:200_000] or b"[Content_Types].xml" in head else "zip"
    if data[:8].startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8")):
        return "image"
    start = data[:1000].lstrip().lower()
    if start.startswith((b"<!doctype html", b"<html")) or b"<body" in data[:5000].lower():
        return "html"
    return "text"


def read_document(path: Path, data: bytes) -> Document:
    named = FORMATS.get(path.suffix.lower())
    actual = sniff(data)
    if named is None:
        raise Unreadable(f"'{path.suffix or path.name}' is not a format the importer reads; "
                         "save it as .docx, .pdf, .odt, .html or .txt")
    if actual == "doc":
        raise Unreadable("a legacy Word document (.doc); open it in Word or LibreOffice and "
                         "save it as .docx, then import the .docx")
    if named in ("text", "markdown") and actual == "html":
        actual = named  # a text file may well mention <html>
    if actual != named and not (named == "markdown" and actual == "text"):
        raise Unreadable(f"the file is named {path.suffix} but is {NAMES.get(actual, actual)}; "
                         f"rename it with the right extension and import it again")
    return _reader(actual)(data)


def load_readers() -> None:
    """Import every reader once, before workers fork, so no worker pays for it again."""
    for kind in ("pdf", "docx", "odt", "html", "text"):
        _reader(kind)


def _reader(kind: str):
    if kind == "pdf":
        from .read_pdf import read_pdf
        return read_pdf
    if kind == "docx":
        from .read_docx import read_docx
        return read_docx
    if kind == "odt":
        from .read_odt import read_odt
        return read_odt
    if kind == "html":
        from .read_html import read_html
        return read_html
    from .read_text import read_text
    return read_text
