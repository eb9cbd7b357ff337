"""Web pages, including Word's and LibreOffice's 'save as web page' and ModernGov's
agenda-item pages: the report's own content (navigation, side bars, lists of links,
scripts and footers left out), headings, paragraphs with their <br> kept as soft breaks,
list items with the numbers the browser would show, description lists as 'term: value'
lines, and tables (a caption said before its table). A table used to lay a
page out (a cell holding a table or whole paragraphs) is read as the page it lays out;
a table of data becomes a plain grid, spanning cells repeated into each cell they cover."""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, NavigableString, Tag

from .document import Block, Document, Unreadable
from .read_text import decode

_CHROME = ["script", "style", "noscript", "nav", "header", "footer", "button", "iframe", "input",
           "head", "title", "select", "svg", "template", "textarea"]
_CHROME_NAMES = re.compile(r"(?:^|[-_\s])(?:mg)?(?:side|sidebar|breadcrumbs?|bread|nav|navigation|menu|cookie|"
                           r"header|footer|banner|skip|related|calendar|search|social|share|links)(?:$|[-_\s\d])",
                           re.I)
_CONTENT = ["#modgov .mgContent", "#modgov", "main", "article", "#content", "body"]
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_PARAGRAPHS = {"p", "pre", "blockquote", "dt", "dd", "address", "caption", "figcaption"}
_CONTAINERS = {"div", "section", "article", "main", "body", "html", "aside", "figure", "center",
               "tbody", "thead", "tfoot", "tr", "td", "th", "dl", "fieldset", "span", "form", "details"}
_BLOCKS = _HEADINGS | _PARAGRAPHS | _CONTAINERS | {"li", "ul", "ol", "table", "hr", "summary"}
MAX_DEPTH = 200
# a table's or a list's parts are content whatever their class says ('govuk-table__header')
_NEVER_CHROME = {"body", "html", "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td", "dl", "dt", "dd",
                 "li"}


def read_html(data: bytes) -> Document:
    soup = BeautifulSoup(decode(data), "html.parser")
    for tag in soup(_CHROME):
        tag.decompose()
    for form in soup("form"):
        if not _the_page(form, soup):
            form.decompose()
    for tag in soup.find_all(_is_chrome):
        tag.decompose()
    for listing in soup.find_all(["ul", "ol"]):
        if _links_only(listing):
            listing.decompose()
    root = next((found for sel in _CONTENT if (found := soup.select_one(sel))), soup)
    reader = _Reader()
    reader.walk(root, 0)
    reader.flush()
    return Document(blocks=reader.blocks, format="html")


def _the_page(form: Tag, soup: BeautifulSoup) -> bool:
    """A form is a search box or a sign-up, except the one an ASP.NET page (CMIS, SharePoint)
    wraps round everything it shows: that one holds most of the page's words."""
    return len(form.get_text(" ", strip=True)) * 2 > len(soup.get_text(" ", strip=True))


def _is_chrome(tag: Tag) -> bool:
    if tag.attrs is None or tag.name in _NEVER_CHROME:
        return False
    names = " ".join([tag.get("id") or "", *(tag.get("class") or []), tag.get("role") or ""])
    return bool(names.strip()) and bool(_CHROME_NAMES.search(names)) and not tag.select_one("#modgov .mgContent")


def _links_only(listing: Tag) -> bool:
    """A list whose every item is a link (other meetings, related pages): navigation."""
    items = listing.find_all("li", recursive=False)
    return len(items) >= 2 and all(
        (a := item.find("a")) is not None and a.get_text(" ", strip=True) == item.get_text(" ", strip=True)
        for item in items)


class _Reader:
    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.inline: list[str] = []  # text of inline content not yet in a block

    def where(self) -> str:
        return f"paragraph {len(self.blocks) + 1}"

    def walk(self, node: Tag, depth: int) -> None:
        if depth > MAX_DEPTH:
            raise Unreadable(f"the web page is nested more than {MAX_DEPTH} elements deep; save the "
                             "report as .docx or .pdf and import that")
        for child in node.children:
            if isinstance(child, NavigableString):
                if type(child) is NavigableString:  # not a comment or a doctype
                    self.inline.append(_spaced(child))
            elif child.name == "br":
                self.inline.append("\n")
            elif child.name not in _BLOCKS or (child.name == "span" and not _holds_blocks(child)):
                self.inline.append(inline_text(child))
            else:
                self.flush()
                self.block(child, depth)
                self.flush()

    def flush(self) -> None:
        text = _lines("".join(self.inline))
        self.inline = []
        if text:
            self.blocks.append(Block("paragraph", text, self.where()))

    def block(self, tag: Tag, depth: int) -> None:
        if tag.get("role") in _ARIA_TABLES and tag.name != "table":
            if rows := _aria_grid(tag):
                self.blocks.append(Block("table", where=self.where(), rows=rows))
            return
        if tag.name in _HEADINGS or (tag.name == "summary" and not _holds_blocks(tag)):
            # an accordion's <summary> ('Recommendations') titles the section it opens
            level = 3 if tag.name == "summary" else max(2, int(tag.name[1]))
            if text := _lines(inline_text(tag)).replace("\n", " "):
                self.blocks.append(Block("heading", text, self.where(), level=level))
        elif tag.name == "table":
            if _lays_out(tag):
                self.walk(tag, depth + 1)
            else:
                caption = tag.find("caption", recursive=False)
                if caption is not None and (text := _lines(inline_text(caption))):
                    self.blocks.append(Block("paragraph", text, self.where()))  # said before the table
                self.blocks.append(Block("table", where=self.where(), rows=_grid(tag)))
        elif tag.name == "dl" and not _holds_blocks_but_terms(tag):
            for term, value in _terms(tag):
                self.blocks.append(Block("paragraph", f"{term}: {value}" if value else term, self.where()))
        elif tag.name in ("ul", "ol"):
            self.walk(tag, depth + 1)
        elif tag.name == "li":
            self.item(tag, depth)
        elif tag.name in _PARAGRAPHS and not _holds_blocks(tag):
            if text := _lines(inline_text(tag)):
                self.blocks.append(Block("paragraph", text, self.where()))
        elif tag.name != "hr":
            self.walk(tag, depth + 1)

    def item(self, li: Tag, depth: int) -> None:
        """A list item's own words, then any list or paragraphs inside it."""
        own = [inline_text(c) if isinstance(c, Tag) else str(c) for c in li.children
               if not (isinstance(c, Tag) and c.name in _BLOCKS and c.name != "span")]
        text = _lines("".join(own))
        inner = [c for c in li.children if isinstance(c, Tag) and c.name in _BLOCKS and c.name != "span"]
        if not text and inner and inner[0].name in _PARAGRAPHS and not _holds_blocks(inner[0]):
            text, inner = _lines(inline_text(inner[0])), inner[1:]  # <li><p>the item's words</p></li>
        parent = li.parent
        numbered = parent is not None and parent.name == "ol"
        level = len(li.find_parents(["ol", "ul"])) - 1
        if text:
            self.blocks.append(Block("paragraph", text, self.where(), number=str(_ordinal(li)) if numbered else None,
                                     level=max(0, level), bullet=not numbered))
        for child in inner:
            self.block(child, depth + 1)


_ARIA_TABLES = ("table", "grid", "treegrid")
_ARIA_CELLS = ("cell", "gridcell", "columnheader", "rowheader")


def _aria_grid(table: Tag) -> tuple[tuple[str, ...], ...]:
    """A table built of <div>s with ARIA roles (Google Sites, many a modern CMS): its rows'
    cells, as a <table>'s would be."""
    rows = []
    for row in table.find_all(attrs={"role": "row"}):
        cells = [" ".join(_lines(inline_text(c)).split()) for c in row.find_all(attrs={"role": _ARIA_CELLS})]
        if any(cells):
            rows.append(cells)
    width = max((len(r) for r in rows), default=0)
    return tuple(tuple(r + [""] * (width - len(r))) for r in rows)


def inline_text(tag: Tag) -> str:
    """The words of inline content: <br> a line break, a short superscript (a footnote
    marker after a figure) left out."""
    parts = []
    for node in tag.descendants:
        if isinstance(node, NavigableString):
            if type(node) is NavigableString and not any(p.name == "sup" and _is_mark(p) for p in node.parents):
                parts.append(_spaced(node))
        elif node.name == "br":
            parts.append("\n")
    return "".join(parts)


def _spaced(node: NavigableString) -> str:
    """A text node's words: a line break in the page's source is a space (only <br> breaks
    a line), except inside <pre>."""
    text = str(node)
    return text if any(p.name == "pre" for p in node.parents) else re.sub(r"[\r\n]+", " ", text)


def _is_mark(sup: Tag) -> bool:
    text = sup.get_text("", strip=True)
    return len(text) <= 3 and not text.isalpha() or text in ("a", "b", "c")


def _lines(text: str) -> str:
    return "\n".join(" ".join(line.split()) for line in text.split("\n") if line.strip())


def _terms(dl: Tag) -> list[tuple[str, str]]:
    """A description list ('Meeting' / 'Cabinet', a GOV.UK summary list) as its terms, each with
    its descriptions: read as 'Meeting: Cabinet', a cover block's field."""
    out: list[tuple[str, str]] = []
    for tag in dl.find_all(["dt", "dd"]):
        text = " ".join(_lines(inline_text(tag)).split())
        if tag.name == "dt":
            out.append((text, ""))
        elif out:
            out[-1] = (out[-1][0], "; ".join(filter(None, [out[-1][1], text])))
        elif text:
            out.append((text, ""))
    return [(term, value) for term, value in out if term or value]


def _holds_blocks_but_terms(dl: Tag) -> bool:
    """A description list whose descriptions hold paragraphs, lists or tables: walked as blocks."""
    return any(_holds_blocks(d) for d in dl.find_all("dd"))


def _holds_blocks(tag: Tag) -> bool:
    return any(isinstance(c, Tag) and c.name in _BLOCKS and c.name != "span" for c in tag.descendants)


def _lays_out(table: Tag) -> bool:
    """A table that lays a page out rather than holding data: a cell with a table in it,
    or a cell with several paragraphs of prose."""
    for cell in _cells_of(table):
        if cell.find("table") is not None:
            return True
        paragraphs = [p for p in cell.find_all(["p", "div", "h1", "h2", "h3", "h4", "ul", "ol"])
                      if len(p.get_text(" ", strip=True)) > 40]
        if len(paragraphs) >= 2 or len(cell.get_text(" ", strip=True)) > 400:
            return True
    return False


def _cells_of(table: Tag):
    for tr in _rows_of(table):
        yield from tr.find_all(["td", "th"], recursive=False)


def _rows_of(table: Tag):
    for child in table.children:
        if isinstance(child, Tag):
            if child.name == "tr":
                yield child
            elif child.name in ("thead", "tbody", "tfoot"):
                yield from child.find_all("tr", recursive=False)


def _grid(table: Tag) -> tuple[tuple[str, ...], ...]:
    """Rows of cells, a cell spanning columns repeated in each, one spanning rows repeated
    in the rows below."""
    if _table_depth(table) > 5:
        raise Unreadable("the document has tables nested more than 5 deep; copy its text into a "
                         "new document and import that")
    rows: list[list[str]] = []
    pending: dict[int, tuple[str, int]] = {}  # column -> (text, rows still to fill)
    for tr in _rows_of(table):
        row: list[str] = []
        cells = tr.find_all(["td", "th"], recursive=False)
        column = 0
        for cell in cells:
            while column in pending:
                column = _fill(row, pending, column)
            text = " ".join(_lines(inline_text(cell)).split())
            span, down = _span(cell, "colspan"), _span(cell, "rowspan")
            for _ in range(span):
                row.append(text)
                if down > 1:
                    pending[column] = (text, down - 1)
                column += 1
        while column in pending:
            column = _fill(row, pending, column)
        rows.append(row)
    width = max((len(r) for r in rows), default=0)
    return tuple(tuple(r + [""] * (width - len(r))) for r in rows if any(r))


def _fill(row: list[str], pending: dict, column: int) -> int:
    text, left = pending[column]
    row.append(text)
    if left > 1:
        pending[column] = (text, left - 1)
    else:
        del pending[column]
    return column + 1


def _span(cell: Tag, name: str) -> int:
    value = str(cell.get(name, "1")).strip()
    return min(int(value), 50) if value.isdigit() and int(value) > 0 else 1


def _ordinal(li: Tag) -> int:
    ol = li.parent
    start = int(ol.get("start", "1")) if str(ol.get("start", "1")).lstrip("-").isdigit() else 1
    items = ol.find_all("li", recursive=False)
    return start + items.index(li)


def _table_depth(tag: Tag) -> int:
    depth, node = 0, tag.find("table")
    while node is not None:
        depth, node = depth + 1, node.find("table")
    return depth + 1
