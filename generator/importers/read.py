"""Which reader a document needs, by what its bytes are (its extension must agree),
and the one-line reasons a document cannot be read."""
from __future__ import annotations

import re
from pathlib import Path

from .document import Document, Unreadable

FORMATS = {".pdf": "pdf", ".docx": "docx", ".odt": "odt", ".html": "html", ".htm": "html",
           ".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown", ".doc": "doc"}
NAMES = {"pdf": "a PDF", "docx": "a Word document (.docx)", "odt": "an OpenDocument text (.odt)",
         "doc": "a legacy Word document (.doc)", "html": "a web page (.html)", "text": "text",
         "markdown": "text", "zip": "a zip archive", "image": "an image"}
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# a web page, or a fragment of one saved on its own: it starts with one of these tags
_HTML_START = re.compile(rb"^(?:\s|<!--.*?-->)*<(?:!doctype\s+html|html|head|body|meta|div|p|table|h[1-6]|"
                         rb"span|section|article|main|ul|ol|font|b|strong|center|br)[\s>/]", re.I | re.S)


def sniff(data: bytes) -> str:
    """What the bytes are, whatever the file is called."""
    if not data:
        return "empty"
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
    head = data[:5000].removeprefix(b"\xef\xbb\xbf")
    if _HTML_START.match(head) or b"<body" in head.lower():
        return "html"
    return "text" if _looks_like_text(data[:4096]) else "binary"


def _looks_like_text(head: bytes) -> bool:
    """Text in some encoding: no NUL bytes (unless UTF-16), few control characters."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    if b"\x00" in head:
        return False
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return controls <= len(head) // 100


def read_document(path: Path, data: bytes, progress=None) -> Document:
    """progress(done, pages): called as a long read (OCR) moves on."""
    named = FORMATS.get(path.suffix.lower())
    actual = sniff(data)
    if named is None:
        raise Unreadable(f"'{path.suffix or path.name}' is not a format the importer reads; "
                         "save it as .docx, .pdf, .odt, .html or .txt")
    if actual == "empty":
        raise Unreadable("the file is empty (0 bytes); get a fresh copy of the document "
                         "and import it again")
    if actual == "binary" and named not in ("text", "markdown"):
        raise Unreadable(f"the file is named {path.suffix} but is not {NAMES[named]} or any document the "
                         "importer reads (its bytes are unrecognised); get a fresh copy of the document and "
                         "import it again")
    if actual == "binary":
        raise Unreadable("not a text file (it holds binary data); check the file's extension")
    if actual == "doc":
        raise Unreadable("a legacy Word document (.doc); open it in Word or LibreOffice and "
                         "save it as .docx, then import the .docx")
    if named in ("text", "markdown") and actual == "html":
        actual = named  # a text file may well mention <html>
    if actual != named and not (named == "markdown" and actual == "text"):
        raise Unreadable(f"the file is named {path.suffix} but is {NAMES.get(actual, actual)}; "
                         f"rename it with the right extension and import it again")
    if actual == "pdf":
        return _reader(actual)(data, progress)
    if actual in ("docx", "odt"):
        from .typed_as_text import as_typed_text
        return as_typed_text(_reader(actual)(data))
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
    from .read_mail import read_text_or_mail
    return read_text_or_mail
