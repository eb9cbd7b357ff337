"""What every reader makes of a document: its blocks in reading order, each with the
place an officer can find it again (page or paragraph)."""
from __future__ import annotations

from dataclasses import dataclass, field


class Unreadable(Exception):
    """A document the importer cannot read: the message says why and what to do."""


@dataclass(frozen=True)
class Block:
    kind: str  # "heading", "paragraph" or "table"
    text: str = ""
    where: str = ""  # "page 2", "paragraph 14"
    number: str | None = None  # the paragraph number as printed: "2", "2.1"
    level: int = 0  # heading level, or list depth (0 = top)
    rows: tuple[tuple[str, ...], ...] = ()  # a table's cells, header row first

    @property
    def lines(self) -> list[str]:
        """The block's text, a table row per line (cells joined by a tab)."""
        if self.kind == "table":
            return ["\t".join(row) for row in self.rows]
        return self.text.split("\n")


@dataclass
class Document:
    blocks: list[Block] = field(default_factory=list)
    format: str = "text"

    def text(self) -> str:
        return "\n".join(line for block in self.blocks for line in block.lines)
