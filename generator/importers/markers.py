"""Item numbers as officers type them at the start of a paragraph: '1.', '2.1', '3)',
'(a)', 'b)', '(iv)', 'Recommendation 3:', 'R01', 'P2.'; and each item's anchor in the draft."""
from __future__ import annotations

import re
from dataclasses import replace

from .dates import MONTH
from .document import Block
from .values import FLAG

_FLAGGED = re.compile(FLAG)
_MONTH_FIRST = re.compile(MONTH + r"(?:\s|,|$)", re.I)
# what a slide sets beside its big figure: '37  Same month last year: 33', '37  Target: 36'
_COMPARED = re.compile(r"(?:same\s+(?:month|quarter|time|period)(?:\s+last\s+year)?|target|previous(?:\s+quarter)?|"
                       r"last\s+(?:year|quarter|month))\s*[:=]?\s*[\d,.]*\d", re.I)  # not 'Target health checks at ...'

MARKER_WORDS = {"recommendation", "recommendations", "priority", "commitment", "action", "resolution"}
_MARKER = re.compile(
    r"""^\s*(?:[-*•▪●◦·]\s*)?                                   # the seeds' '- 1 Following ...'
    (?:(?P<num>\d{1,2}(?:\.\d{1,2}){0,3})(?P<end>\.(?!\d)|\))?     # 1  1.  2.1  2.1.3  3)
     |\((?P<paren>[a-zA-Z]|[ivxIVX]{2,5}|\d{1,2})\)                 # (a) (iv) (1)
     |(?P<letter>[a-z]|[ivx]{2,5})[.)]                             # a) b. iv)
     |(?P<word>Recommendation|Priority|Commitment|Action|Resolution)\s+(?P<wnum>\d{1,2}[a-z]?)\s*[:.)\-–]?
     |(?P<code>[RP]\d{1,2})[.):]?                                   # R01 (a recommendation) P1. (a priority)
    )(?P<sep>[ \t]+|(?<=[.)])(?=[a-z]{2})|(?<=\d[.)])(?=[A-Z][a-z]))(?=\S)(?P<rest>.*)$""", re.S | re.X)  # '1.note', '(i)note':
    # the space a web page's print or text recognition lost


def split_marker(line: str) -> tuple[str, str, int] | None:
    """(the number as printed, the text after it, the list depth), or None.

    A bare number must be followed by a capital ('8 Create a Youth Parliament'): '552
    children were looked after', '58 CPNs issued' and '4.3 per cent' start with a figure,
    not an item."""
    m = _MARKER.match(line)
    if m is None:
        return None
    rest = m.group("rest")
    if m.group("num") is not None:
        number = m.group("num")
        typed = number.count(".") >= 2 or "\t" in m.group("sep")  # '2.1.1<tab>endorses ...': never a figure
        if not m.group("end") and not typed and (not rest[:1].isupper() and not rest[:1] in "'‘\"“("
                                                 or _FLAGGED.match(rest) or re.match(r"[A-Z]{2,}", rest)
                                                 or _COMPARED.match(rest)):
            return None  # '552 children ...', '58 CPNs issued', '37 Same month last year: 33': a figure
        if _MONTH_FIRST.match(rest):
            return None  # '8 February 2006': a date a line break cut
        return number + (m.group("end") or ""), rest, number.count(".")
    if m.group("code") is not None:
        return m.group("code"), rest, 0
    if m.group("word") is not None:
        return f"{m.group('word')} {m.group('wnum')}", rest, 0
    letter = m.group("paren") or m.group("letter")
    if m.group("letter") and len(rest.split()) < 2:
        return None  # 'a. Smith', 'i. e.'
    return f"({letter})", rest, 1


def is_title(line: str) -> bool:
    """'PURPOSE OF THE REPORT', '2. RECOMMENDATIONS', 'Background': a short line that heads
    what follows, after which a numbered line starts an item even with no full stop."""
    marker = split_marker(line)
    text = (marker[1] if marker else line).strip().rstrip(":")
    words = text.split()
    if not words or len(words) > 9 or re.search(r"[.;,!?]$|\d", text) or ENDS_AS_ITEM.search(text):
        return False
    letters = [c for c in text if c.isalpha()]
    capitals = sum(1 for w in words if w[:1].isupper() or w.lower() in _SMALL)
    return all(c.isupper() for c in letters) or capitals == len(words) or text.lower() in MARKER_WORDS


# a list's item, ending on the word that joins it to the next: 'APPROVES THE HOME FIRST MODEL; AND'
ENDS_AS_ITEM = re.compile(r"[;,]\s*(?:and|or)$", re.I)
_SMALL = {"of", "the", "and", "for", "to", "in", "on", "a", "an", "&", "with", "by"}


def anchors_for(blocks: list[Block]) -> list[Block]:
    """'item-2-1' for item 2.1; a lettered item is named with the number it is under
    ('item-2-1-a'), a bulleted one by its place among them ('item-bullet-3'); where a number
    repeats, the later one gets '-2'."""
    taken: set[str] = set()
    parent = ""
    out = []
    bullets = 0
    for block in blocks:
        if block.kind == "heading":
            parent = ""
        if not (block.number or block.bullet):
            out.append(block)
            continue
        bullets += not block.number
        base, parent = _anchor_base(block.number, parent) if block.number else (f"bullet-{bullets}", parent)
        anchor, n = f"item-{base}", 2
        while anchor in taken:
            anchor, n = f"item-{base}-{n}", n + 1
        taken.add(anchor)
        out.append(replace(block, anchor=anchor))
    return out


def _anchor_base(number: str, parent: str) -> tuple[str, str]:
    """The anchor's name for an item's number, and the number later lettered items are under."""
    parts = [p for p in re.split(r"[^0-9A-Za-z]+", number.lower()) if p]
    if number[:1].isdigit():
        return "-".join(parts), "-".join(parts)
    if number.startswith("("):
        return "-".join(filter(None, [parent, *parts])), parent
    return "-".join(p for p in parts if p not in MARKER_WORDS) or "-".join(parts), parent


def ends_mid_sentence(line: str) -> bool:
    """A line a sentence runs on from: it ends in a word or comma, or in a figure after the
    words of a long sentence ('... (30 September 2017) there were 84' / 'Section 42
    safeguarding enquiries started'), not in a short label's value ('Applicants on the
    housing register 4,514')."""
    line = line.rstrip()
    return bool(re.search(r"[A-Za-z,]$", line)) or (
        bool(re.search(r"[a-z]{2,} [\d,.]*\d$", line)) and len(line.split()) >= 8)


# a column's heading: a quarter, a year, a month, a target, a RAG rating
HEADING_TOKEN = re.compile(r"(?:q|qtr\.?|quarter)\s*[1-4](?:\s+(?:19|20)\d\d\s*/\s*\d\d)?|(?:19|20)\d\d\s*/\s*\d\d"
                           r"(?:\s+(?:q[1-4]|outturn|actual|target))?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|"
                           r"nov|dec)[a-z]*[-\s]?(?:\d{2,4})?|target|rag|status|dot|trend|direction\s+of\s+travel|"
                           r"change|previous|current|latest|outturn|actual|value|figure", re.I)


def column_headings(cell: str) -> list[str] | None:
    """'Q1 2013/14 Q2 2013/14 Q3 2013/14 Target': a cell that holds the headings of several
    columns (OCR or a narrow gap ran them together), each heading apart; else None."""
    cells, rest = [], " ".join(cell.split())
    while rest:
        found = HEADING_TOKEN.match(rest)
        if found is None or not found.group(0):
            return None
        cells.append(found.group(0))
        rest = rest[found.end():].lstrip()
    return cells if len(cells) >= 2 else None
