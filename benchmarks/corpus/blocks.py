"""A report as a list of blocks, before any file format: each family builds blocks,
each writer (Word, reportlab, HTML, text) lays them out in its own way.

Inline text is a small markup: `**bold**`, `^1^` superscript, a newline is a soft line
break (Shift+Enter in Word, <br> in HTML), a tab is a tab.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass
class Span:
    text: str
    bold: bool = False
    sup: bool = False
    br: bool = False  # a soft line break (text is empty)


_TOKEN = re.compile(r"(\*\*|\^[^^]*\^|\n)")


def spans(text: str, bold: bool = False) -> list[Span]:
    out: list[Span] = []
    for tok in _TOKEN.split(text):
        if tok == "**":
            bold = not bold
        elif tok == "\n":
            out.append(Span("", br=True))
        elif tok.startswith("^") and tok.endswith("^") and len(tok) > 1:
            out.append(Span(tok[1:-1], bold, sup=True))
        elif tok:
            out.append(Span(tok, bold))
    return out


def plain(text: str) -> str:
    """The text a reader sees, superscripts kept inline, soft breaks as spaces."""
    return "".join(" " if s.br else s.text for s in spans(text))


@dataclass
class Heading:
    text: str
    level: int = 1


@dataclass
class Para:
    text: str
    num: str = ""  # a typed number or letter, "3.1", "(a)", "1." (typed, not a list)
    bold: bool = False
    italic: bool = False
    align: str = "left"  # left | center | right | justify
    size: float | None = None  # points
    indent: float = 0  # cm, left indent of the whole paragraph
    space_after: float = 6  # points


@dataclass
class ListBlock:
    """An automatically numbered list (Word numbering, an ODT list, <ol>)."""
    items: list[str]
    kind: str = "decimal"  # decimal | lower-alpha | lower-roman | upper-alpha
    fmt: str = "{}."  # how the number is drawn: "{}.", "({})", "{})"
    indent: float = 1.0  # cm
    start: int = 1


@dataclass
class Cell:
    text: str = ""
    colspan: int = 1
    rowspan: int = 1
    bold: bool = False
    align: str = "left"
    shade: str | None = None  # hex fill, e.g. "D9D9D9"


@dataclass
class Table:
    rows: list[list[Cell]]  # spanned positions are simply left out of the row
    header_rows: int = 1
    widths: list[float] | None = None  # cm
    repeat_header: bool = False
    borders: bool = True
    font_size: float | None = None
    caption: str = ""


@dataclass
class PageBreak:
    pass


@dataclass
class Spacer:
    height: float = 6  # points


Block = Heading | Para | ListBlock | Table | PageBreak | Spacer


@dataclass
class Page:
    """Running header and footer; {PAGE} and {NUMPAGES} are fields."""
    header: str = ""
    header_right: str = ""
    footer: str = ""
    footer_left: str = ""
    first_page_number: int = 1
    font: str = "Arial"
    font_size: float = 11
    title: str = ""
    author: str = "Democratic Services"


def cells(*texts: str, bold: bool = False, shade: str | None = None, align: str = "left") -> list[Cell]:
    return [Cell(t, bold=bold, shade=shade, align=align) for t in texts]


def kv_table(pairs: list[tuple[str, str]], widths=(5.0, 11.0), shade: str | None = None) -> Table:
    """A two-column cover block: label | value."""
    rows = [[Cell(k, bold=True, shade=shade), Cell(v)] for k, v in pairs]
    return Table(rows, header_rows=0, widths=list(widths))


@dataclass
class Document:
    blocks: list[Block] = field(default_factory=list)
    page: Page = field(default_factory=Page)

    def add(self, *blocks: Block) -> None:
        self.blocks.extend(blocks)
