"""Web pages, including ModernGov's HTML renderings: the report's own content
(site navigation, scripts and footers left out), headings, paragraphs, numbered
list items with the numbers the browser would show, and tables."""
from __future__ import annotations

from bs4 import BeautifulSoup, Tag

from .document import Block, Document, Unreadable
from .read_text import decode

_CHROME = ["script", "style", "noscript", "nav", "header", "footer", "form", "button", "iframe"]
_CHROME_IDS = ("mgHeader", "mgFooter", "mgBreadCrumbs", "mgSideBar", "cookie")
_CONTENT = ["#modgov .mgContent", "#modgov", "main", "article", "#content", "body"]
_BLOCKS = {"h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "table", "pre", "blockquote", "dt", "dd"}
MAX_DEPTH = 200


def read_html(data: bytes) -> Document:
    soup = BeautifulSoup(decode(data), "html.parser")
    for tag in soup(_CHROME):
        tag.decompose()
    for chrome in _CHROME_IDS:
        for tag in soup.select(f"[id^={chrome}]"):
            tag.decompose()
    root = next((found for sel in _CONTENT if (found := soup.select_one(sel))), soup)
    blocks: list[Block] = []
    _walk(root, blocks, 0)
    return Document(blocks=blocks, format="html")


def _walk(node: Tag, blocks: list[Block], depth: int) -> None:
    if depth > MAX_DEPTH:
        raise Unreadable(f"the web page is nested more than {MAX_DEPTH} elements deep; save the "
                         "report as .docx or .pdf and import that")
    for child in node.children:
        if not isinstance(child, Tag):
            if str(child).strip() and node.name in ("div", "body", "section", "td") and not blocks_from(node):
                blocks.append(Block("paragraph", " ".join(str(child).split()), _where(blocks)))
            continue
        if child.name in _BLOCKS:
            blocks.extend(_block(child, _where(blocks), depth))
        else:
            _walk(child, blocks, depth + 1)


def blocks_from(node: Tag) -> bool:
    return any(isinstance(c, Tag) and c.name in _BLOCKS for c in node.children)


def _where(blocks: list[Block]) -> str:
    return f"paragraph {len(blocks) + 1}"


def _block(tag: Tag, where: str, depth: int) -> list[Block]:
    if tag.name == "table":
        if len(tag.find_all("table")) > 0 and _table_depth(tag) > 5:
            raise Unreadable("the document has tables nested more than 5 deep; copy its text into a "
                             "new document and import that")
        rows = [tuple(" ".join(c.get_text(" ").split()) for c in tr.find_all(["td", "th"], recursive=False))
                for tr in tag.find_all("tr")]
        return [Block("table", where=where, rows=tuple(r for r in rows if any(r)))]
    text = _text(tag)
    if not text.strip():
        return []
    if tag.name[0] == "h" and tag.name[1:].isdigit():
        return [Block("heading", text, where, level=max(2, int(tag.name[1:])))]
    if tag.name == "li" and tag.parent is not None and tag.parent.name == "ol":
        number = str(_ordinal(tag))
        return [Block("paragraph", text, where, number=number)]
    return [Block("paragraph", text, where)]


def _text(tag: Tag) -> str:
    for br in tag.find_all("br"):
        br.replace_with("\n")
    return "\n".join(" ".join(line.split()) for line in tag.get_text("").split("\n") if line.strip())


def _ordinal(li: Tag) -> int:
    ol = li.parent
    start = int(ol.get("start", "1")) if str(ol.get("start", "1")).lstrip("-").isdigit() else 1
    items = [c for c in ol.find_all("li", recursive=False)]
    return start + items.index(li)


def _table_depth(tag: Tag) -> int:
    depth, node = 0, tag.find("table")
    while node is not None:
        depth, node = depth + 1, node.find("table")
    return depth + 1
