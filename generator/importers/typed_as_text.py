"""A word processor's file typed as on a typewriter (a report converted from an old word
processor, or typed in Courier): a hard return at every line's end, runs of spaces lining up
its columns, blank paragraphs between its paragraphs. Each paragraph is a line of text,
so it is read as a text file is, its where still the paragraph's."""
from __future__ import annotations

import re
from dataclasses import replace

from .document import Block, Document
from .normalise import rejoin_wrapped_lines
from .read_text import blocks_of_lines

_WHERE = re.compile(r"^paragraph (\d+)$")
_ENDS_SENTENCE = re.compile(r"[.:;!?)\"'’”-]\s*$")
_LEAST_LINES = 15  # paragraphs with words: fewer are too few to tell
_SHORT = 80  # characters: a typewriter's line
_SHORT_SHARE = 0.8  # of the paragraphs, at least, a short line each
_RUN_ON_SHARE = 0.2  # of the long lines, at least, run on in lower case on the next (a hard return where the line was full)


def as_typed_text(document: Document) -> Document:
    if not _typed(document.blocks):
        return document
    numbers = [int(_WHERE.match(b.where).group(1)) for b in document.blocks]
    lines = [""] * max(numbers)
    for number, block in zip(numbers, document.blocks):
        lines[number - 1] = block.text
    blocks = blocks_of_lines(rejoin_wrapped_lines(lines))
    return replace(document, blocks=[replace(b, where=b.where.replace("line", "paragraph")) for b in blocks])


def _typed(blocks: list[Block]) -> bool:
    if any(b.kind == "table" or b.number or b.bullet or "\n" in b.text or not _WHERE.match(b.where) for b in blocks):
        return False
    texts = [b.text for b in blocks if b.text.strip()]
    if len(texts) < _LEAST_LINES or sum(1 for t in texts if len(t) <= _SHORT) < _SHORT_SHARE * len(texts):
        return False
    long = [t for t in texts if len(t.split()) >= 6]
    return len(long) >= _LEAST_LINES // 2 and _wraps(blocks) >= _RUN_ON_SHARE * len(long)


def _wraps(blocks: list[Block]) -> int:
    """Paragraphs that end mid-sentence with the next paragraph, straight after, going on in
    lower case: 'performance in the Finance' / 'and Resources portfolio for ...'."""
    count = 0
    for block, after in zip(blocks, blocks[1:]):
        next_paragraph = int(_WHERE.match(after.where).group(1)) == int(_WHERE.match(block.where).group(1)) + 1
        if next_paragraph and block.text.strip() and not _ENDS_SENTENCE.search(block.text) \
                and after.text.lstrip()[:1].islower():
            count += 1
    return count
