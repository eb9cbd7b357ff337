"""Text as extraction leaves it, made whole again: ligatures and odd spaces undone,
and lines that a PDF (or a copy from one) wrapped joined back into one phrase."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from .document import Block, Document

_LIGATURES = {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)
_SPACES = re.compile(r"[ \u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_ENDS_SENTENCE = re.compile(r"[.:;!?)\"'’”]\s*$")


def clean_line(line: str) -> str:
    for ligature, letters in _LIGATURES.items():
        line = line.replace(ligature, letters)
    line = line.translate(_INVISIBLE)
    line = unicodedata.normalize("NFC", line)
    return _SPACES.sub(" ", line).strip(" ")


def rejoin_wrapped_lines(lines: list[str]) -> list[str]:
    """'The' / '' / 'young people involved' -> 'The young people involved': a line that
    ends mid-sentence, then blank lines, then a line that starts in lower case. Blank
    lines stand in for the lines joined, so every later line keeps its number."""
    out: list[str] = []
    blanks = 0
    for line in lines:
        if not line.strip():
            blanks += 1
            continue
        if blanks and out and _continues(out[-1], line):
            out[-1] = out[-1].rstrip() + " " + line.strip()
            out.extend([""] * (blanks + 1))
        else:
            out.extend([""] * blanks)
            out.append(line)
        blanks = 0
    return out


def _continues(previous: str, line: str) -> bool:
    return (not _ENDS_SENTENCE.search(previous) and line.lstrip()[:1].islower()
            and "\t" not in previous)


def join_unclosed(lines: list[str]) -> list[str]:
    """'(136.1 per' / '10,000)' is one phrase: join a line whose bracket is still open."""
    out: list[str] = []
    for line in lines:
        if out and out[-1].count("(") > out[-1].count(")"):
            out[-1] = out[-1].rstrip() + " " + line.strip()
        else:
            out.append(line)
    return out


def normalise(document: Document) -> Document:
    blocks = [_normalise_block(b) for b in document.blocks]
    return Document(blocks=[b for b in blocks if b.text.strip() or b.rows], format=document.format)


def _normalise_block(block: Block) -> Block:
    if block.kind == "table":
        rows = tuple(tuple(clean_line(c) for c in row) for row in block.rows)
        return replace(block, rows=tuple(r for r in rows if any(r)))
    lines = join_unclosed([clean_line(l) for l in block.text.split("\n") if clean_line(l)])
    return replace(block, text="\n".join(lines))
