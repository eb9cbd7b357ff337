"""Plain text and Markdown without front matter: decoded in whatever common encoding
it was saved in, then split into headings, numbered paragraphs and tables."""
from __future__ import annotations

import re

from charset_normalizer import from_bytes

from .document import Block, Document, Unreadable
from .normalise import rejoin_wrapped_lines

NUMBERED = re.compile(r"^\s*(?:[-*•]\s+)?(\d{1,3}(?:\.\d{1,3})*)(\.?)[.)]?\s+(?=\S)(.*)$", re.S)
_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_MD_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
_ENDS_SENTENCE = re.compile(r"[.:;!?)\"'’”\-–]\s*$")


_WESTERN = ("cp125", "iso8859", "latin", "mac_", "cp437", "cp850")


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM) or UTF-16 with its BOM if it is; else the encoding
    charset-normalizer finds, where a single-byte guess is read as Windows-1252 (what
    Word and Windows save in a UK council), which a short text cannot tell apart."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    if b"\x00" in data[:4096]:
        raise Unreadable("not a text file (it holds binary data); check the file's extension")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        best = from_bytes(data[:200_000]).best()
        if best is None:
            raise Unreadable("the text's encoding cannot be recognised; save it as UTF-8 text") from None
        if best.encoding.startswith(_WESTERN):
            try:
                return data.decode("cp1252")
            except UnicodeDecodeError:
                pass
        return data.decode(best.encoding, errors="replace")


def read_text(data: bytes) -> Document:
    text = decode(data).replace("\r\n", "\n").replace("\r", "\n")
    return Document(blocks=blocks_of_lines(rejoin_wrapped_lines(text.split("\n"))), format="text")


def blocks_of_lines(lines: list[str]) -> list[Block]:
    """Blank lines part paragraphs; a numbered line starts a new one; tab- or
    pipe-separated lines are table rows."""
    blocks: list[Block] = []
    chunk: list[tuple[int, str]] = []
    for number, line in enumerate(lines, start=1):
        line = line.replace("**", "").rstrip()
        if not line.strip():
            _flush(chunk, blocks)
            continue
        if chunk and (NUMBERED.match(line) or _MD_HEADING.match(line) or _is_row(line) != _is_row(chunk[-1][1])):
            _flush(chunk, blocks)
        chunk.append((number, line))
    _flush(chunk, blocks)
    return blocks


def _is_row(line: str) -> bool:
    return "\t" in line.strip() or (line.strip().startswith("|") and line.strip().endswith("|"))


def _flush(chunk: list[tuple[int, str]], blocks: list[Block]) -> None:
    if not chunk:
        return
    where = f"line {chunk[0][0]}"
    lines = [line for _, line in chunk]
    chunk.clear()
    if _is_row(lines[0]):
        rows = [_cells(l) for l in lines if not _MD_RULE.match(l)]
        blocks.append(Block("table", where=where, rows=tuple(rows)))
    elif m := _MD_HEADING.match(lines[0]):
        blocks.append(Block("heading", m.group(2), where, level=len(m.group(1))))
    elif m := NUMBERED.match("\n".join(lines)):
        number = m.group(1) + m.group(2)
        blocks.append(Block("paragraph", m.group(3).strip(), where, number=number,
                            level=m.group(1).count(".")))
    elif len(lines) == 1 and _looks_like_heading(lines[0]):
        blocks.append(Block("heading", lines[0].strip(), where, level=2))
    else:
        blocks.append(Block("paragraph", "\n".join(l.strip() for l in lines), where))


def _cells(line: str) -> tuple[str, ...]:
    line = line.strip()
    if line.startswith("|"):
        return tuple(c.strip() for c in line.strip("|").split("|"))
    return tuple(c.strip() for c in line.strip("\t").split("\t"))  # empty cells keep columns in place


def _looks_like_heading(line: str) -> bool:
    """A short line of its own, starting with a capital, that does not end a sentence
    and holds no number (a line with a number may be a figure)."""
    line = line.strip()
    return (len(line) <= 100 and line[:1].isupper() and not _ENDS_SENTENCE.search(line)
            and not re.search(r"\d", line))
