"""The one document model every reader fills and the finders read: blocks in reading
order, each with the place an officer can find it again (page, paragraph or line).

What a reader guarantees (docs/design.md, "The importer's document model"):
- a block is a heading, a paragraph or a table; a list item is a paragraph with the
  number or letter it is printed with (`number`), whether Word's numbering made it or
  the officer typed it;
- a table is a plain grid: merged and spanning cells are repeated into every cell they
  cover, so each row has the same columns;
- footnote markers (superscripts, Word's footnote references) are not in the text;
- `page` is set where the format has pages, so `normalise` can take away what repeats
  on every page.
A block marked `language="cy"` (the Welsh of a bilingual report) is rendered in the draft's
body but never read by the finders.
`normalise` then joins soft line breaks inside a phrase, takes away page furniture,
rejoins what a page break split, reads typed numbers and gives each item its anchor."""
from __future__ import annotations

from dataclasses import dataclass, field


class Unreadable(Exception):
    """A document the importer cannot read: the message says why and what to do."""


@dataclass(frozen=True)
class Block:
    kind: str  # "heading", "paragraph" or "table"
    text: str = ""
    where: str = ""  # "page 2", "paragraph 14", "line 30"
    number: str | None = None  # the item's number or letter as printed: "2", "2.1", "(a)", "Recommendation 3"
    level: int = 0  # heading level, or list depth (0 = top)
    rows: tuple[tuple[str, ...], ...] = ()  # a table's cells, header row first
    page: int = 0  # the page the block starts on; 0 where the format has no pages
    anchor: str | None = None  # a numbered item's id in the draft's body, unique in the document
    # read by OCR: the lowest word confidence (0-100) of each of `lines`
    confidence: tuple[int, ...] = ()
    bullet: bool = False  # an item of a bulleted list
    # "cy": the Welsh of a bilingual report, kept in the draft's body but not read by the
    # finders, which read the English beside it
    language: str = ""

    @property
    def lines(self) -> list[str]:
        """The block's text, a table row per line (cells joined by a tab)."""
        if self.kind == "table":
            return ["\t".join(row) for row in self.rows]
        return self.text.split("\n")

    def line_confidence(self, index: int) -> int | None:
        return self.confidence[index] if index < len(self.confidence) else None


@dataclass(frozen=True)
class Scan:
    """How a scanned document's text was read."""

    engine: str  # "Tesseract 5.3.0"
    pages: int
    confidence: int  # the mean word confidence, 0-100


@dataclass
class Document:
    blocks: list[Block] = field(default_factory=list)
    format: str = "text"
    scan: Scan | None = None  # set where the text was read from page images by OCR
    # what normalise took away as page furniture (running headers, 'Page 3 of 12'): kept
    # for the one finder that may need it, the meeting date a running header alone prints
    furniture: tuple[str, ...] = ()

    def text(self) -> str:
        return "\n".join(line for block in self.blocks for line in block.lines)
