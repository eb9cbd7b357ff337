"""DOCX and ODT are zip files: refused before unpacking if they would unpack to far
more than any report (a 'zip bomb')."""
from __future__ import annotations

import io
import zipfile

from .document import Unreadable

MAX_UNPACKED = 200 * 1024 * 1024
MAX_RATIO = 200  # text compresses well, but not this well


def open_zip(data: bytes, kind: str) -> zipfile.ZipFile:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, ValueError, EOFError):
        raise Unreadable(f"the {kind} is damaged (not a complete zip file); open it in the program "
                         "that made it, save it again and import the new file") from None
    unpacked = sum(i.file_size for i in infos)
    packed = sum(i.compress_size for i in infos) or 1
    if unpacked > MAX_UNPACKED or (unpacked > 10 * 1024 * 1024 and unpacked / packed > MAX_RATIO):
        raise Unreadable(f"the {kind} would unpack to {unpacked // 2**20} MB, far more than a report "
                         "(a damaged or hostile file); open it in the program that made it and save it again")
    return archive
