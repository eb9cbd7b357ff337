"""Text as extraction leaves it, made whole again, for every format alike: odd characters
undone, page furniture taken away, what a page break or a soft line break split joined
back into one phrase, tables split by a page break made one, typed numbers read."""
from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import replace

from .dates import MONTH
from .document import Block, Document
from .furniture import remove_furniture
from .markers import (ENDS_AS_ITEM, HEADING_TOKEN, MARKER_WORDS, anchors_for, column_headings, ends_mid_sentence,
                      is_title, split_marker)
from .periods import period_of

_LIGATURES = {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)
_SPACES = re.compile(r"[ \u00a0\u2000-\u200a\u202f\u205f\u3000]+")
# a glyph a PDF's font gives no character for, as pdfminer writes it: '(cid:127) Jobs created: 573'
# (a bullet, mostly), never the number 127
_UNMAPPED_GLYPH = re.compile(r"\(cid:\d+\)\s*")
# a footnote marker printed as a superscript character after a figure: '1,846¹'
_SUPERSCRIPT_MARK = re.compile(r"(?<=[\d\w)])[¹²³⁴⁵⁶⁷⁸⁹⁰†‡]+")
_ENDS_STATEMENT = re.compile(r"[.;:!?]\s*$|[.;:!?][\"'’”)]\s*$")
_ENDS_FIGURE = re.compile(r"(?:\d|%|\))\s*$")
_MONTH_FIRST = re.compile(MONTH + r"(?:\s|,|$)", re.I)
_OPEN_END = re.compile(r"(?:,|(?<=\w)-|–|&|\b(?:and|or|of|for|the|to|in|on|at|with|by|a|an|from|as|is|are|was|"
                       r"were|be|that|this|our|their|its|per|than|into|under|over))\s*$", re.I)
_FIELD = re.compile(r"^\s*[A-Z][A-Za-z'’()/ &-]{1,40}:\s*\S")  # 'Date of meeting: 4 September 2019'


def clean_line(line: str) -> str:
    for ligature, letters in _LIGATURES.items():
        line = line.replace(ligature, letters)
    line = line.translate(_INVISIBLE)
    line = unicodedata.normalize("NFC", line)
    line = _SUPERSCRIPT_MARK.sub("", line)
    line = _UNMAPPED_GLYPH.sub(lambda m: "• " if not line[:m.start()].strip() else " ", line)
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
    return (not _ENDS_STATEMENT.search(previous) and line.lstrip()[:1].islower()
            and "\t" not in previous and "  " not in previous.strip() and split_marker(line) is None)


_HEADLINE = re.compile(r"^\W{0,3}\d[\d,]*(?:\.\d+)?\S*\s+[a-z]+\s+[a-z]")  # '7,043 applicants on the ...'


def _same_phrase(previous: str, line: str) -> bool:
    if _HEADLINE.match(line) and (previous.rstrip().endswith(":") or _HEADLINE.match(previous)):
        return False  # 'At the end of August 2017:' / '63 households ...' / '7,043 applicants ...': a list
    if line.lstrip()[:1].isdigit() and "\t" not in previous and (previous.rstrip().endswith(":") or
                                                                   _ENDS_FIGURE.search(previous)):
        return _starts_item(previous, line) is False  # 'figures are:' / '86,189', '@ 15/04/2018' / '421'
    if "\t" in previous or "\t" in line:
        return False
    if previous.count("(") > previous.count(")"):
        return True  # '(136.1 per' / '10,000)'
    if _ENDS_STATEMENT.search(previous):
        return False
    if _starts_item(previous, line) or line.lstrip()[:1] in "•▪●◦·-*":
        return False
    if _FIELD.match(line):
        return False
    start = line.lstrip()[:1]
    if _MONTH_FIRST.match(line.lstrip()):
        return True  # 'as of 9' / 'January 2013', '10th' / 'December 1994'
    if _ENDS_FIGURE.search(previous):  # 'Children in Need @ 18/08/2019 1846' / 'Children Looked After ...'
        return start.islower() or start.isdigit()  # but 'Visits Made @ 24/01/2011' / '1,241'
    # a phrase goes on: 'Current Number of complaints' / 'received figures are', '19 April' / '1996',
    # 'Member for Environment and' / 'Climate'; a new line starts with a capital: a signature's
    # 'Councillor Barrie Cooper' / 'Executive Member for ...'
    return start.islower() or start.isdigit() or start in "(£$€'‘\"“" or bool(_OPEN_END.search(previous))


def normalise(document: Document) -> Document:
    scanned = document.scan is not None  # some slips are OCR's alone, and mended only in its text
    blocks = [_sentence_in_heading_style(_clean_block(b)) for b in document.blocks]
    blocks = [_dates_mended(_item_numbers_read_by_ocr(_ocr_marks_apart(b))) for b in blocks] if scanned else blocks
    blocks = [_broken_words_joined(b) for b in blocks] if document.format == "pdf" else blocks
    blocks = [b for b in blocks if (b.text.strip() and not RULE_LINE.fullmatch(b.text)) or b.rows]
    blocks = _stains_out(blocks) if scanned else blocks
    blocks, furniture = remove_furniture(blocks, document.format)
    blocks, furniture = _repeated_page_heads(blocks, furniture)
    blocks = _join_across_pages(blocks)
    blocks = _labels_over_values(_merge_split_tables(_tab_stop_tables(blocks), scanned))
    blocks = [piece for b in blocks for piece in _text_in_a_table(b)]
    blocks = _bare_numbers_in_series(_numbers_in_circles(blocks))
    blocks = _items_run_on([piece for b in blocks for piece in _items(b)])
    blocks = [_as_heading(_section_name_read_by_ocr(b) if scanned else b)
              for block in blocks for b in _title_apart(block)]
    blocks = _welsh_marked(_titles_over_items(blocks))
    blocks = anchors_for(blocks)
    return replace(document, blocks=blocks, furniture=document.furniture + furniture)


def _clean_block(block: Block) -> Block:
    if block.kind == "table":
        rows = tuple(_without_drawn_rules(tuple(_note_out(clean_line(c)) for c in row)) for row in block.rows)
        rows = tuple(r for r in rows if any(r) and not _rule_read_as_text(r))
        width = max((len(r) for r in rows), default=0)
        return replace(block, rows=tuple(r + ("",) * (width - len(r)) for r in rows))
    pairs = [(clean_line(l), c) for l, c in _with_confidence(block)]
    pairs = [(l, c) for l, c in pairs if l]
    return replace(block, text="\n".join(l for l, _ in pairs),
                   confidence=tuple(c for _, c in pairs) if block.confidence else ())


# the key to a mark, the note under the table run into the last row's label ('Young people NEET
# 1 provisional, subject to validation', 'MARAC cases 1 Provisional figure, subject to validation')
_NOTE_IN_LABEL = re.compile(r"(?<=[A-Za-z)])\s+[1-9*]\s+(?:provisional|revised|estimated?|unvalidated)\b.*$", re.I)


def _note_out(cell: str) -> str:
    if _SPACED_THOUSANDS.match(cell):  # '5 256': thousands set off by a (no-break) space, as systems export them
        return re.sub(r"(?<=\d)\s(?=\d{3}\b)", ",", cell)
    return _NOTE_IN_LABEL.sub("", cell) if cell[:1].isalpha() else cell


_SPACED_THOUSANDS = re.compile(r"^\d{1,3}(?:\s\d{3})+(?:\s*(?:\(p\)|\(r\)|\*|[¹²³]))?$")


# 'Jobs created or safeguarde d', 'Major planning application s determine d in time': a PDF's
# narrow column broke words at its edge, the last letters set as a word of their own
_BROKEN_WORD = re.compile(r"(?<=[a-z]{3})\s([a-z]{1,2})\b(?!['’])")
_SHORT_WORDS = set("a i am an as at be by do go he if in is it me my no of on or so to up us we".split())


_MONTH_NAMES = ("January", "February", "March", "April", "June", "July", "August", "September", "October",
                "November", "December")
# 'Figures at 31 Ja nuary 2015': text recognition parts a month's name where its letters stand apart
_MONTH_BROKEN = re.compile(r"\b(" + "|".join(f"{name[:i]} {name[i:]}" for name in _MONTH_NAMES
                                          for i in range(2, len(name) - 1)) + r")\b")


_MONTH = "|".join(_MONTH_NAMES + ("May",))
# 'Tuesday 31 st May: 2016': a day's ordinal parted from it, a speck read as a colon before the year
_ORDINAL_APART = re.compile(rf"\b(\d{{1,2}}) (st|nd|rd|th)\b(?=\s+(?:{_MONTH})\b)")
_ORDINAL_MISREAD = re.compile(rf"\b([1-3]?)[il|](st)\b(?=\s+(?:{_MONTH})\b)")  # '3ist May': 31st
_MARK_BEFORE_YEAR = re.compile(rf"\b({_MONTH})[:;](?=\s+(?:19|20)\d\d\b)")


def _words_mapped(block: Block, mend) -> Block:
    """The block with `mend` made of its text, or of each of its table's cells."""
    if block.kind == "table":
        return replace(block, rows=tuple(tuple(mend(c) for c in row) for row in block.rows))
    return replace(block, text=mend(block.text))


def _dates_mended(block: Block) -> Block:
    """A date text recognition read with its month's name parted ('31 Ja nuary 2015'), its
    day's ordinal apart ('31 st May') or misread ('3ist May') or a speck before its year ('May:
    2016'), as typed."""
    def mended(text: str) -> str:
        text = _MONTH_BROKEN.sub(lambda m: m[1].replace(" ", ""), text)
        text = _ORDINAL_MISREAD.sub(r"\g<1>1\2", _ORDINAL_APART.sub(r"\1\2", text))
        return _MARK_BEFORE_YEAR.sub(r"\1", text)
    return _words_mapped(block, mended)


def _broken_words_joined(block: Block) -> Block:
    if block.kind != "table":
        return block
    return _words_mapped(block, lambda cell: _BROKEN_WORD.sub(lambda m: m[0] if m[1] in _SHORT_WORDS else m[1], cell))


def _rule_read_as_text(row: tuple[str, ...]) -> bool:
    """A dashed rule text recognition read as marks and letters ('ee ee ee', '--+4----- Ke eK'):
    no word of three letters or more, no number of two digits or more."""
    joined = " ".join(row)
    real = [t for t in re.findall(r"[A-Za-z]{3,}|\d{2,}", joined) if not re.fullmatch(r"(?i)e+|a+|k+", t)]
    return not real and (sum(ch in "-—–_=~" for ch in joined) >= 3 or bool(re.fullmatch(r"[\seaKkHnr]+", joined)))


def _without_drawn_rules(row: tuple[str, ...]) -> tuple[str, ...]:
    """('|', 'Indicator', '| Q1 2018/19 | Q2 2018/19', '| Target'): a scan's column rules
    read as '|', some columns run together between them. The row parted at its rules."""
    if not any(re.match(r"\|(?:\s|$)", cell) for cell in row):
        return row
    return tuple(piece.strip() for cell in row for piece in cell.split("|") if piece.strip())


def _with_confidence(block: Block):
    lines = block.text.split("\n")
    return [(line, block.line_confidence(i) or 0) for i, line in enumerate(lines)]


RULE_LINE = re.compile(r"\s*(?:-{10,}|={10,}|_{10,}|\*{10,}|~{10,})\s*")  # '-------': a rule drawn in characters
_BULLET = re.compile(r"^\s*(?:[•▪●◦·]|[-*]\s)")  # '• ...', and Markdown's '- ...' in text saved from a page
# a table's footnote, its marker kept: '* provisional, subject to validation'
_NOTE_WORDS = r"(?:provisional|revised|estimated?|unvalidated|figures?|data|subject|excludes?|includes?|snapshot)\b"
_FOOTNOTE = re.compile(r"^\s*\*\s*" + _NOTE_WORDS, re.I)
# the key to a table's marks: '(p) Provisional.', '1 Provisional until validated.'
_KEYED_NOTE = re.compile(r"(?:\((?P<key>[a-z])\)\s*(?=(?P=key))|\d\s+)(?:provisional|revised|estimated?|unvalidated)\b",
                         re.I)


def _items(block: Block) -> list[Block]:
    """A paragraph split where a line starts with an item's number ('(a) ...' / '(b) ...'
    typed one under another), each piece with its typed number read, its soft breaks joined."""
    if block.kind != "paragraph":
        return [block]
    pieces: list[list[int]] = [[]]
    lines = [piece for line in block.text.split("\n") for part in _lead_in_apart(line) for piece in _next_item_apart(part)]
    if len(lines) != len(block.text.split("\n")):
        block = replace(block, confidence=())  # a line parted in two: its confidence is no longer one a line
    for i, line in enumerate(lines):
        if i and (_starts_item(lines[i - 1], line) or _BULLET.match(line)):
            pieces.append([])
        pieces[-1].append(i)
    return [_item(block, [lines[i] for i in piece], [block.line_confidence(i) for i in piece])
            for piece in pieces]


_FIRST_ITEMS = {"1.", "1)", "(1)", "(a)", "(i)", "a.", "a)"}


def _lead_in_apart(line: str) -> list[str]:
    """'That Cabinet: 1. note the performance ...;': a lead-in with its first item run into
    its line, as a web page's print sets it: two lines."""
    m = re.match(r"^(.{3,120}?:)\s*(?=\S)(.*)$", line)
    marker = split_marker(m.group(2)) if m else None
    if marker is None or marker[0] not in _FIRST_ITEMS or split_marker(line) is not None:
        return [line]
    return [m.group(1), m.group(2)]


_ITEM_JOINED_ON = re.compile(r"[;,]\s+(?:(?:and|or)\s+)?")


def _next_item_apart(line: str) -> list[str]:
    """'2.1.2 approves the Strategy; and 2.1.3 endorses the practice model': the next item
    run into its line (a scan read two lines as one): two lines, each with its number."""
    first = split_marker(line)
    if first is None:
        return [line]
    for m in _ITEM_JOINED_ON.finditer(line):
        marker = split_marker(line[m.end():])
        if marker is not None and _follows(first[0], marker[0]):
            return [line[:m.start() + 1], *_next_item_apart(line[m.end():])]
    return [line]


def _follows(before: str, after: str) -> bool:
    """'2.1.3' after '2.1.2', '(c)' after '(b)', '4.' after '3.': the next number of a list."""
    a, b = before.strip("().").split("."), after.strip("().").split(".")
    if len(a) != len(b) or a[:-1] != b[:-1]:
        return False
    last, following = a[-1], b[-1]
    if last.isdigit() and following.isdigit():
        return int(following) == int(last) + 1
    if last in _ROMAN and following in _ROMAN and (len(last) > 1 or len(following) > 1):
        return _ROMAN.index(following) == _ROMAN.index(last) + 1  # '(iii)' after '(ii)'
    return len(last) == len(following) == 1 and last.isalpha() and ord(following) == ord(last) + 1


_ROMAN = "i ii iii iv v vi vii viii ix x".split()


def _items_run_on(blocks: list[Block]) -> list[Block]:
    """'1. Speed up the delivery of' / 'disabled facilities grants.': an item whose words a
    narrow column's line end cut, its rest read as a paragraph of its own, made one again."""
    out: list[Block] = []
    for block in blocks:
        item = out[-1] if out else None
        if item is not None and (item.number or item.bullet) and item.kind == block.kind == "paragraph" \
                and not (block.number or block.bullet) and block.page == item.page and "\n" not in block.text \
                and block.text[:1].islower() and not _ENDS_STATEMENT.search(item.text):
            out[-1] = replace(item, text=f"{item.text} {block.text}", confidence=(
                (min(item.confidence + block.confidence),) if item.confidence else ()))
            continue
        out.append(block)
    return out


_MARKER_CELL = re.compile(r"^\(?(?:\d{1,2}(?:\.\d{1,2})*|[a-z]|[ivx]{1,4}|[RP]\d{1,2})[.)]?$", re.I)  # 'R01': a listing's


def _parallel_text(rows) -> bool:
    """A bilingual report set in two columns, each line beside its translation: prose in both
    columns of most rows (a cover table's labels, a table of figures, are short)."""
    if len(rows) < 8 or any(len(r) != 2 for r in rows):
        return False
    prose = sum(1 for r in rows if all(len(c.split()) >= 3 for c in r))
    return prose * 5 >= len(rows) * 3


_ENGLISH_WORDS = re.compile(r"\b(?:the|of|and|to|is|was|were|for|that|this|with|on|at|by)\b", re.I)


def _welsh_marked(blocks: list[Block]) -> list[Block]:
    """A bilingual report that gives each paragraph in Welsh, then in English: the Welsh ones
    marked, for the draft's body only. A report with no English paragraph is left as it is."""
    welsh = [b.kind == "paragraph" and _in_welsh(b.text) for b in blocks]
    if not any(welsh) or all(w for w, b in zip(welsh, blocks) if b.kind == "paragraph"):
        return blocks
    return [replace(b, language="cy") if w else b for w, b in zip(welsh, blocks)]


def _in_welsh(text: str) -> bool:
    words = len(_WELSH_PARAGRAPH_WORDS.findall(text))
    return words >= 2 and words > 2 * len(_ENGLISH_WORDS.findall(text))


# Welsh words English never uses (not 'a', 'am', 'ac', 'i', 'o'), for a paragraph of its own
_WELSH_PARAGRAPH_WORDS = re.compile(r"\b(?:y|yr|yn|ar|gan|dros|bod|mae|roedd|ein|eu|gyda|ei|hyn|fel|wedi|cyngor|"
                                    r"ydy|oedd|sy'n|i'r|o'r|a'r|yng|ym|ng|mewn|ymlaen|hefyd|gyfer|ddim|drwy)\b", re.I)
_WELSH_WORDS = re.compile(r"\b(?:y|yr|yn|ar|gan|dros|ac|bod|mae|roedd|ein|eu|gyda|ei|am|hyn|fel|wedi|cyngor)\b", re.I)


def _english_column(rows) -> int | None:
    """Of a parallel text's two columns, the English one, beside the Welsh: a Welsh-first
    report sets Welsh on the left ('Argymhellir bod y Weithrediaeth:' beside 'It is
    recommended that Executive:'). None where neither column is Welsh."""
    english = [sum(len(_ENGLISH_WORDS.findall(r[c])) for r in rows) for c in (0, 1)]
    welsh = [sum(len(_WELSH_WORDS.findall(r[c])) for r in rows) for c in (0, 1)]
    for column in (0, 1):
        other = 1 - column
        if english[column] > welsh[column] and welsh[other] > english[other]:
            return column
    return None


def _text_in_a_table(block: Block) -> list[Block]:
    """Text a template sets in a table: a table of one column ('RECOMMENDATIONS' in a
    shaded box) is its paragraphs; a table of numbers beside sentences ('1 | That Cabinet
    approves ...', '1.01 | The service has ...', as Welsh councils' templates lay out a
    report) is numbered paragraphs; a title across a table is a paragraph before it."""
    if block.kind != "table":
        return [block]
    rows = [cells for cells in ([c.strip() for c in row if c.strip()] for row in block.rows) if cells]
    if _parallel_text(block.rows):
        # English beside Welsh, line by line: the English lines, then the Welsh; else a page set
        # in two columns (a scan's, read as a table): the left column, then the right
        english = _english_column(block.rows)
        order = (0, 1) if english is None else (english, 1 - english)
        return [replace(block, kind="paragraph", text="\n".join(r[c] for r in block.rows if r[c].strip()), rows=(),
                        confidence=block.confidence, language="cy" if english is not None and c != english else "")
                for c in order]
    if rows and all(len(cells) == 1 for cells in rows):
        return [replace(block, kind="paragraph", text=cells[0], rows=(), confidence=()) for cells in rows]
    if len(rows) >= 2 and all(len(cells) == 2 and _MARKER_CELL.match(cells[0]) for cells in rows) \
            and sum(len(cells[1].split()) >= 3 for cells in rows) * 2 >= len(rows):
        return [replace(block, kind="paragraph", text=text, number=number.rstrip("."), rows=(), confidence=())
                for number, text in rows]
    if len(rows) >= 2 and len(block.rows[0]) >= 2 and len(set(block.rows[0])) == 1 and len(rows[0][0].split()) >= 4:
        # a title across the table ('Children's Services in figures (as at 30/06/2022)'):
        # the table's caption, said before it, not a heading over its first column (a
        # period across it, '2019/20', is a heading)
        return [replace(block, kind="paragraph", text=rows[0][0], rows=(), confidence=block.confidence[:1]),
                replace(block, rows=block.rows[1:], confidence=block.confidence[1:])]
    return [block]


def _starts_item(previous: str, line: str) -> bool:
    """A lettered item starts a new item anywhere; a number only after a statement ends
    (else it is more likely a figure a line break moved to the start of a line)."""
    marker = split_marker(line)
    if marker is None:
        return False
    return not marker[0][:1].isdigit() or bool(_ENDS_STATEMENT.search(previous)) or is_title(previous) \
        or _next_number(split_marker(previous), marker)


def _next_number(before, marker) -> bool:
    """'1. Move households ...' / '2. End the use ...': the item after the one before."""
    numbers = [m[0].rstrip(".)") for m in (before, marker) if m]
    return len(numbers) == 2 and all(n.isdigit() for n in numbers) and int(numbers[1]) == int(numbers[0]) + 1


def _item(block: Block, lines: list[str], confidence: list) -> Block:
    number, bullet = block.number, block.bullet
    if number is None:
        marker = None if _KEYED_NOTE.match(lines[0].strip()) else split_marker(lines[0])  # '(p) Provisional.': a key
        if marker is not None:
            number, lines[0], level = marker
            block = replace(block, level=level)
        elif _BULLET.match(lines[0]) and len(lines[0].strip()) > 2 and not _FOOTNOTE.match(lines[0]):
            bullet, lines[0] = True, lines[0].lstrip()[1:].strip()
    joined, conf = _joined(lines, confidence)
    return replace(block, text="\n".join(joined), number=number, bullet=bullet,
                   confidence=tuple(conf) if block.confidence else ())


def _joined(lines: list[str], confidence: list) -> tuple[list[str], list[int]]:
    out: list[str] = []
    conf: list[int] = []
    full = 0.7 * max(len(l.rstrip()) for l in lines) if len(lines) >= 3 else float("inf")
    for i, line in enumerate(lines):
        c = confidence[i]
        if out and (_same_phrase(out[-1], line) or _wrapped_when_full(lines[i - 1], line, full)):
            out[-1] = out[-1].rstrip() + " " + line.strip()
            conf[-1] = min(conf[-1], c or 100)
        else:
            out.append(line)
            conf.append(c or 100)
    return out, conf


def _wrapped_when_full(previous: str, line: str, full: float) -> bool:
    """Typed text wraps where the line is full, mid-sentence, whatever the next word: 'with
    Councillor Jean Walker, whose' / 'Adult Social Care and Health portfolio ...'."""
    return (len(previous.rstrip()) >= full and ends_mid_sentence(previous)
            and line.lstrip()[:1].isupper() and split_marker(line) is None and not _FIELD.match(line)
            and not _BULLET.match(line))


_SECTION_WORDS = re.compile(
    r"\b(?:purpose|summary|introduction|background|recommendations?|implications?|consultation|"
    r"appendi(?:x|ces)|conclusions?|priorities|performance|papers|options|reasons?|risks?|"
    r"contacts?|decisions?|commitments|equalit(?:y|ies)|proposals?)\b", re.I)


# the sections whose names say where a report's promises and figures are: long words,
# so that OCR's misreading of one ('Heremmandations') is still nearer it than any other word
_SECTIONS_BY_NAME = "Recommendations|Performance|Implications|Background|Introduction|Consultation|" \
                    "Priorities|Commitments|Conclusions".split("|")


def _section_name_read_by_ocr(block: Block) -> Block:
    """A scanned section heading OCR misread ('2. Heremmandations', 'Recomme! dations'): the
    section's name, as the page prints it."""
    if block.kind not in ("paragraph", "heading") or "\n" in block.text:
        return block
    text = block.text.strip()
    if len(text.split()) > 2 or re.search(r"[\d\[\]]", text) or len(text) < 9:
        return block  # '[Interruption]' in a transcript is a word of its own
    folded = re.sub(r"[^a-z]", "", text.lower())
    for name in _SECTIONS_BY_NAME:
        if folded != name.lower() and difflib.SequenceMatcher(None, folded, name.lower()).ratio() >= 0.8:
            return replace(block, text=name)
    return block


def _sentence_in_heading_style(block: Block) -> Block:
    """'2) agree the lease of a second scheme;', 'To update members on ... below.': a sentence
    or a list's item that a document written for the web set in a heading style, as it sets
    every paragraph. What it says, not its style, makes it a paragraph (its typed number then
    read as any paragraph's)."""
    text = block.text.strip()
    if block.kind != "heading" or "\n" in text:
        return block
    marker = split_marker(text)
    an_item = marker is not None and marker[1][:1].islower()
    a_sentence = (text.endswith(";") or bool(ENDS_AS_ITEM.search(text))
                  or (text.endswith(".") and len(text.split()) >= 8))
    return replace(block, kind="paragraph", level=0) if an_item or a_sentence else block


def _as_heading(block: Block) -> Block:
    """'2. RECOMMENDATIONS', 'PURPOSE OF THE REPORT', 'Financial implications': a short line
    that names a section is a heading, not an item or a paragraph."""
    if block.kind != "paragraph" or "\n" in block.text or block.bullet:
        return block
    text = block.text.strip()
    words = text.split()
    if not words or len(words) > 9 or re.search(r"[.;,!?]$|\d", text) or ENDS_AS_ITEM.search(text):
        return block  # a sentence, or a list's item ('APPROVES THE HOME FIRST MODEL; AND')
    if re.match(r"(?i)(?:councillor|cllr|executive member|cabinet member|portfolio holder)\b", text):
        return block
    letters = [c for c in text if c.isalpha()]
    shouting = len(letters) >= 4 and all(c.isupper() for c in letters)
    titled = _SECTION_WORDS.search(text) and text[:1].isupper() and len(words) <= 7
    if block.number and (shouting or titled or text.rstrip(":").lower() in MARKER_WORDS):
        level = min(6, 2 + block.number.count("."))
        return replace(block, kind="heading", text=text.rstrip(":"), level=level, number=None)
    if not block.number and (shouting or titled):
        return replace(block, kind="heading", text=text.rstrip(":"), level=2)
    return block


def _title_apart(block: Block) -> list[Block]:
    """'1 Summary' with its text run on under it ('This report presents ...'), as a scan or
    a PDF's text gives a numbered section's heading: the heading, then its text."""
    lines = block.text.split("\n")
    if block.kind == "paragraph" and block.number and len(lines) == 1:
        return _first_paragraph_apart(block)
    if block.kind != "paragraph" or not block.number or len(lines) < 2:
        return [block]
    title = replace(block, text=lines[0], confidence=block.confidence[:1])
    if _as_heading(title).kind != "heading":
        return [block]
    rest = replace(block, text="\n".join(lines[1:]), number=None, anchor=None, confidence=block.confidence[1:])
    return [title, rest]


def _first_paragraph_apart(block: Block) -> list[Block]:
    """'3. Background 3.1 I would like to thank ...': a section's title and its first
    paragraph on one line, as text recognition reads a scan: the title, then paragraph 3.1."""
    section = block.number.rstrip(".)")
    m = re.match(rf"^(\S+(?:\s+\S+){{0,6}}?)\s+({re.escape(section)}\.\d{{1,2}})\s+(?=\S)(.*)$", block.text)
    if not section.isdigit() or m is None or _as_heading(replace(block, text=m[1])).kind != "heading":
        return [block]
    title = _as_heading(replace(block, text=m[1], confidence=block.confidence[:1]))
    return [title, replace(block, text=m[3], number=m[2], level=1, anchor=None)]


def _titles_over_items(blocks: list[Block]) -> list[Block]:
    """'Service updates' over a numbered item: a short line with no full stop that names
    what follows is a heading, whatever words it uses."""
    out = list(blocks)
    for i, block in enumerate(blocks[:-1]):
        after = blocks[i + 1]
        text = block.text.strip()
        if (block.kind == "paragraph" and not block.number and not block.bullet and "\n" not in text
                and after.kind == "paragraph" and after.number and 1 <= len(text.split()) <= 8
                and text[:1].isupper() and not re.search(r"[.;,!?]$|\d", text)
                and not re.match(r"(?i)(?:councillor|cllr|that\b|it\s+is)", text)):
            out[i] = replace(block, kind="heading", text=text.rstrip(":"), level=2)
    return out


def _join_across_pages(blocks: list[Block]) -> list[Block]:
    """A paragraph a page break cut in two: the first part ends mid-sentence, the second
    starts in lower case (or a new page starts with the rest of a phrase)."""
    out: list[Block] = []
    for block in blocks:
        previous = out[-1] if out else None
        if (previous is not None and previous.kind == block.kind == "paragraph" and block.page
                and block.page == previous.page + 1 and block.number is None
                and not _ENDS_STATEMENT.search(previous.text)
                and (not block.text[:1].isupper() or _OPEN_END.search(previous.text))):
            out[-1] = replace(previous, text=previous.text + " " + block.text,
                              confidence=previous.confidence + block.confidence)
        else:
            out.append(block)
    return out


_NUMBER_WORD = re.compile(r"^\W{0,2}(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                          r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|"
                          r"fifty|sixty|seventy|eighty|ninety|a\s+hundred|a\s+thousand)\b)", re.I)


def _labels_over_values(blocks: list[Block]) -> list[Block]:
    """'Health Checks delivered:' and its figure on the next line, as a large-print version
    or a typist who pressed Enter after the colon sets them: one line again."""
    out: list[Block] = []
    for block in blocks:
        previous = out[-1] if out else None
        if previous is not None and _a_label(previous) and _a_value(block):
            out[-1] = replace(previous, text=f"{previous.text} {block.text}",
                              confidence=(min(previous.confidence + block.confidence),) if block.confidence else ())
            continue
        out.append(block)
    return out


def _a_label(block: Block) -> bool:
    return block.kind == "paragraph" and block.number is None and "\n" not in block.text and \
        block.text.rstrip().endswith(":") and len(block.text.split()) <= 12 and not re.search(r"\d", block.text)


def _a_value(block: Block) -> bool:
    """A figure, in digits or words; not an item a lead-in introduces ('2.1 Agree the ...')."""
    return block.kind == "paragraph" and block.number is None and "\n" not in block.text and \
        len(block.text.split()) <= 16 and bool(_NUMBER_WORD.match(block.text)) and split_marker(block.text) is None


def _tab_stop_tables(blocks: list[Block]) -> list[Block]:
    """A table set with tab stops, as older Word reports are: paragraphs a row each, the
    cells parted by tabs. Three rows at least, of three cells or more, under a header row with
    as many (a cover's 'DATE:<tab>05/11/2019' lines have two)."""
    out: list[Block] = []
    run: list[Block] = []
    for block in [*blocks, None]:
        if block is not None and _tabbed(block) and (not run or _same_width(run, block)):
            run.append(block)
            continue
        if len(run) >= 3:
            rows = tuple(row for b in run for row in _tab_cells(b))
            out.append(Block("table", where=run[0].where, rows=rows, page=run[0].page,
                             confidence=tuple(c for b in run for c in b.confidence)))
        else:
            out += run
        run = [block] if block is not None and _tabbed(block) else []
        if block is not None and not run:
            out.append(block)
    return out


def _tabbed(block: Block) -> bool:
    return block.kind != "table" and block.number is None and not block.bullet and \
        all(len(_row_cells(line)) >= 3 for line in block.lines)


def _same_width(run: list[Block], block: Block) -> bool:
    width = len(_row_cells(run[0].lines[0]))
    return all(len(_row_cells(line)) <= width for line in block.lines)


def _tab_cells(block: Block) -> list[tuple[str, ...]]:
    return [_row_cells(line) for line in block.lines]


def _row_cells(line: str) -> tuple[str, ...]:
    """A tabbed line's cells: a tab each, or a run of tabs each where a line pads its cells
    with several (empty cells then cannot be told, and are not)."""
    if "\t" not in line:
        return (line,)
    cells = tuple(c.strip() for c in line.strip().split("\t"))
    return cells if "" not in cells else tuple(c.strip() for c in re.split(r"\t+", line.strip()))


def _merge_split_tables(blocks: list[Block], scanned: bool) -> list[Block]:
    """A table a page break split, its header row repeated on the next page: one table; and
    a scanned table OCR read as two on one page, the second with no header of its own."""
    out: list[Block] = []
    rejoined = _cell_ends_carried_back(_repeated_header_rejoined(blocks))
    for block in _header_over_body(_header_lines_rejoined(rejoined)):
        previous = out[-1] if out else None
        if (previous is not None and previous.kind == block.kind == "table" and block.page
                and (block.page == previous.page + 1 or block.page == previous.page and scanned
                     and not _a_header(block.rows[0]))
                and block.rows and previous.rows and len(block.rows[0]) == len(previous.rows[0])):
            repeated = next((n for n, (a, b) in enumerate(zip(block.rows, previous.rows)) if a != b),
                            min(len(block.rows), len(previous.rows)))
            rows = block.rows[repeated:]  # the header rows printed again on the new page
            out[-1] = replace(previous, rows=previous.rows + rows,
                              confidence=previous.confidence + block.confidence[len(block.rows) - len(rows):])
        else:
            out.append(block)
    return out


def _repeated_header_rejoined(blocks: list[Block]) -> list[Block]:
    """A table's header printed again at the top of the next page, as a browser prints a web
    page, read as a table of its own: the end of the label the break cut ('and composted')
    put back on the last row before the break, the header over the rows after it."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        block, before = blocks[i], (out[-1] if out else None)
        if (before is not None and before.kind == block.kind == "table" and block.page and before.rows
                and block.page == before.page + 1 and len(block.rows) <= len(before.rows)
                and all(_flat(a) == _flat(b) for a, b in zip(block.rows, before.rows))
                and not any(re.fullmatch(r"[\d,.%*()£\s-]*\d[\d,.%*()\s-]*", c) for row in block.rows for c in row)):
            j = i + 1
            tail = blocks[j] if j < len(blocks) else None
            if tail is not None and tail.kind == "paragraph" and tail.page == block.page and _label_end(tail, before):
                out[-1] = _label_ended(before, tail.text)
                j += 1
            rest = blocks[j] if j < len(blocks) else None
            if rest is not None and rest.kind == "table" and rest.page == block.page \
                    and len(rest.rows[0]) == len(block.rows[0]):
                out.append(replace(rest, rows=block.rows + rest.rows, confidence=block.confidence + rest.confidence))
                i = j + 1
                continue
        out.append(block)
        i += 1
    return out


def _flat(row: tuple[str, ...]) -> str:
    return " ".join(" ".join(row).split())


def _cell_ends_carried_back(blocks: list[Block]) -> list[Block]:
    """'Disabled Facilities Grants' / (page break) 'completed': the last line of a row's label
    carried to the next page, set between the table and its rest there, is the label's."""
    out: list[Block] = []
    for i, block in enumerate(blocks):
        before, after = (out[-1] if out else None), (blocks[i + 1] if i + 1 < len(blocks) else None)
        if (before is not None and after is not None and before.kind == after.kind == "table"
                and block.kind == "paragraph" and after.rows and _label_end(block, before)
                and block.page == after.page == before.page + 1 and len(before.rows[-1]) == len(after.rows[0])):
            out[-1] = _label_ended(before, block.text)
            continue
        out.append(block)
    return out


def _label_end(block: Block, table: Block) -> bool:
    """A few words in lower case that can end the label of the table's last row ('completed')."""
    return bool(table.rows and table.rows[-1][0] and re.fullmatch(r"[a-z][a-z ()'-]{0,40}", block.text))


def _label_ended(table: Block, words: str) -> Block:
    last = table.rows[-1]
    return replace(table, rows=table.rows[:-1] + ((f"{last[0]} {words}", *last[1:]),))


_LABEL_THEN_VALUE = re.compile(r"^(.*[A-Za-z]{3}.*?)\s+([\d,]*\d(?:\.\d+)?[*¹²³]?)$")


# '{ili)' for '(iii)', '(il)' for '(ii)': a bracket read as a brace, an i as an l
_ROMAN_MISREAD = re.compile(r"(?:(?<=^)|(?<=[;:]\s)|(?<=\band\s))[({\[]([ivxl1|]{1,4})\)(?=\s)")


def _item_numbers_read_by_ocr(block: Block) -> Block:
    """A roman item number text recognition misread, at a line's start or after the item
    before ('...; and {ili) approve'), read as printed."""
    if block.kind == "table":
        return block
    def mended(m: re.Match) -> str:
        numeral = re.sub(r"[l1|]", "i", m[1])
        return f"({numeral})" if re.fullmatch(r"i{1,3}|iv|vi{0,3}|ix|x", numeral) else m[0]
    return replace(block, text="\n".join(_ROMAN_MISREAD.sub(mended, line) for line in block.text.split("\n")))


def _ocr_marks_apart(block: Block) -> Block:
    """A scanned table's footnote marker OCR ran into its figure ('103' and a raised '1' read
    as '1031', or as '1037', beside 100, 91 and 100): the marker left out, as a printed one is
    ('1,846¹'), where the figure without it is of its series' size and with it ten times too
    big. A series is a row, or a column where the periods run down the side."""
    if block.kind != "table":
        return block
    counted = [row for row in block.rows if row and any(re.search(r"\d", c) for c in row[1:])]
    down = bool(counted) and sum(1 for row in counted if period_of(row[0])) * 2 > len(counted)
    grid = _turned(block.rows) if down else block.rows
    grid = tuple(_marks_apart(series) for series in grid)
    return replace(block, rows=_turned(grid) if down else grid)


def _turned(rows) -> tuple[tuple[str, ...], ...]:
    width = max((len(r) for r in rows), default=0)
    return tuple(tuple(r[c] if c < len(r) else "" for r in rows) for c in range(width))


def _marks_apart(series: tuple[str, ...]) -> tuple[str, ...]:
    values = {i: float(c.replace(",", "")) for i, c in enumerate(series) if re.fullmatch(r"\d[\d,]*\d", c)}
    cells = list(series)
    for i, value in values.items():
        others = sorted(v for j, v in values.items() if j != i)
        usual = others[len(others) // 2] if len(others) >= 2 else None
        if usual and value > 5 * usual and cells[i][-1] in "1237" and 0.5 * usual <= value // 10 <= 2 * usual:
            cells[i] = cells[i][:-1]
    return tuple(cells)


def _header_over_body(blocks: list[Block]) -> list[Block]:
    """A table's header row read as a table of its own, its column headings run together
    ('Indicator | Q1 2013/14 Q2 2013/14 Q3 2013/14 Target | RAG'), over its rows with each
    first figure run into the label ('Health Checks delivered 675 | 653 | ...'), as OCR
    reads a scanned table: one table, a heading and a figure a column. (Typed tables are
    never so, so this needs no scan to apply.)"""
    out: list[Block] = []
    for block in blocks:
        header = out[-1] if out else None
        if (header is not None and header.kind == block.kind == "table" and len(header.rows) == 1
                and block.page == header.page and len(block.rows) >= 2):
            heads = tuple(h for cell in header.rows[0] for h in (column_headings(cell) or [cell]) if h.strip())
            rows = [_label_apart(row, len(heads)) for row in block.rows]
            if len(heads) > len(header.rows[0]) and all(len(r) == len(heads) for r in rows):
                out[-1] = replace(block, rows=(heads, *rows), confidence=header.confidence + block.confidence)
                continue
        out.append(block)
    return out


def _label_apart(row: tuple[str, ...], width: int) -> tuple[str, ...]:
    """'Health Checks delivered 675' parted from its figure; empty cells a stray rule made
    dropped until the row is as wide as the header."""
    match = _LABEL_THEN_VALUE.match(row[0])
    if match and len(row) < width + 1:
        row = (match[1], match[2], *row[1:])
    while len(row) > width and "" in row[1:]:
        empty = row.index("", 1)
        row = row[:empty] + row[empty + 1:]
    return row + ("",) * (width - len(row))


def _a_header(row: tuple[str, ...]) -> bool:
    """Two cells or more that are column headings and nothing else ('Q1 2020/21', 'Target')."""
    return sum(1 for cell in row if column_headings(cell) or HEADING_TOKEN.fullmatch(" ".join(cell.split()))) >= 2


def _header_lines_rejoined(blocks: list[Block]) -> list[Block]:
    """A table's header row left alone at a page's foot, the second line of its last heading
    ('Statistical' / 'neighbours') read as a paragraph under it: that line put back."""
    out: list[Block] = []
    for i, block in enumerate(blocks):
        header = out[-1] if out else None
        after = blocks[i + 1] if i + 1 < len(blocks) else None
        if (header is not None and after is not None and header.kind == after.kind == "table"
                and block.kind == "paragraph" and len(header.rows) == 1 and after.page == header.page + 1
                and len(block.text.split()) <= 3 and not re.search(r"\d", block.text)
                and len(after.rows[0]) == len(header.rows[0])):
            row = header.rows[0]
            last = max(i for i, cell in enumerate(row) if cell)
            out[-1] = replace(header, rows=(row[:last] + (f"{row[last]} {block.text}",) + row[last + 1:],))
        else:
            out.append(block)
    return out


def _repeated_page_heads(blocks: list[Block], furniture: tuple[str, ...]) -> tuple[list[Block], tuple[str, ...]]:
    """A listing's page heading printed again at the top of every page (its page number
    aside), as a block of its own: the first page's kept, the others page furniture."""
    def shape(block: Block) -> str:
        return re.sub(r"\d+", "#", block.text + repr(block.rows))

    firsts = {}
    for block in blocks:
        if block.page and block.page not in firsts:
            firsts[block.page] = block
    repeated = {id(b) for page, b in firsts.items() if page - 1 in firsts and shape(b) == shape(firsts[page - 1])}
    gone = tuple(" ".join(c for row in b.rows for c in row if c) or b.text for b in blocks if id(b) in repeated)
    return [b for b in blocks if id(b) not in repeated], furniture + gone


_BARE_NUMBER_ITEM = re.compile(r"^(\d{1,2}(?:\.\d{1,2})?)\s+(?=[a-z]{3,}\s)(.*)$", re.S)


def _bare_numbered_lines_apart(block: Block) -> list[Block]:
    """'1 note the report cards ...;' / '2 agree the trial ...;', or '2.1 note ...;' / '2.2
    agree ...' under 'Cabinet is recommended to:': a paragraph whose lines, after a lead-in
    line at most, each start with the number after the last line's: a line each."""
    lines = [piece for line in block.text.split("\n") for piece in _bare_item_run_on_apart(line)]
    lead = 1 if len(lines) > 2 and lines[0].rstrip().endswith(":") else 0
    numbers = [m[1] for line in lines[lead:] if (m := _BARE_NUMBER_ITEM.match(line))]
    if block.kind != "paragraph" or len(lines) - lead < 2 or len(numbers) != len(lines) - lead \
            or not all(_follows(a, b) for a, b in zip(numbers, numbers[1:])):
        return [block]
    if len(lines) != len(block.text.split("\n")):
        block = replace(block, confidence=())  # a line parted in two: its confidence is no longer one a line
    return [replace(block, text=line, confidence=(block.line_confidence(i),) if block.confidence else ())
            for i, line in enumerate(lines)]


_BARE_NEXT = re.compile(r"(?<=;)\s+(?:(?:and|or)\s+)?(?=(\d{1,2}(?:\.\d{1,2})?)\s+[a-z]{3,}\s)")


def _bare_item_run_on_apart(line: str) -> list[str]:
    """'2.2 endorse the Charter; and 2.3 approve the Plan.': the next item run into the line."""
    first = _BARE_NUMBER_ITEM.match(line)
    if first is None:
        return [line]
    for m in _BARE_NEXT.finditer(line):
        if _follows(first[1], m[1]):
            return [line[:m.start()].rstrip() + (" " + m[0].split()[0] if m[0].split() else ""),
                    *_bare_item_run_on_apart(line[m.end():])]
    return [line]


def _stain_column(cells: list[str]) -> bool:
    """Marks, mostly: no word or number of two characters, and fewer than half its cells a
    letter or a digit (a column of 'I's beside items is their numbers misread, no stain)."""
    return not any(re.search(r"[A-Za-z0-9]{2}", c) for c in cells) \
        and sum(1 for c in cells if re.search(r"[A-Za-z0-9]", c)) * 2 < len(cells)


def _stains_out(blocks: list[Block]) -> list[Block]:
    """A stain, a fold or a speck OCR read as marks ('{', '~~', '\\'): as a block of its own,
    nothing; as a column beside a real one, no column (its lines are the real column's)."""
    out: list[Block] = []
    for block in blocks:
        if block.kind != "table":
            if re.search(r"[A-Za-z0-9]{2}", block.text):
                out.append(block)
            continue
        width = max((len(r) for r in block.rows), default=0)
        kept = [c for c in range(width) if not _stain_column([r[c] for r in block.rows if c < len(r) and r[c].strip()])]
        if len(kept) == width:
            out.append(block)
        elif len(kept) == 1:
            lines = [r[kept[0]] for r in block.rows if kept[0] < len(r) and r[kept[0]].strip()]
            out.extend(Block("paragraph", line, block.where, page=block.page, confidence=(min(block.confidence),)
                             if block.confidence else ()) for line in lines)
        elif kept:
            out.append(replace(block, rows=tuple(tuple(r[c] if c < len(r) else "" for c in kept) for r in block.rows)))
    return out


def _bare_numbers_in_series(blocks: list[Block]) -> list[Block]:
    """'2 agrees the new opening hours ...' / '3 endorses the ...': items whose numbers lost
    their stops (a scan, a text export), one after another and each the one after the last.
    A lone '552 children were looked after' stays a figure: only a series is read so."""
    blocks = [piece for block in blocks for piece in _bare_numbered_lines_apart(block)]
    out = list(blocks)
    def bare(i: int):
        block = blocks[i]
        return _BARE_NUMBER_ITEM.match(block.text) if block.kind == "paragraph" and block.number is None else None
    i = 0
    while i < len(blocks):
        j = i
        while j + 1 < len(blocks) and (a := bare(j)) and (b := bare(j + 1)) and _follows(a[1], b[1]):
            j += 1
        if j > i:
            for k in range(i, j + 1):
                m = bare(k)
                out[k] = replace(blocks[k], number=m[1], text=m[2])
        i = j + 1
    return out


def _numbers_in_circles(blocks: list[Block]) -> list[Block]:
    """'Give every care leaver a' / '1' / 'personal adviser who knows them well.': a designed
    page's list, each number set in a circle beside its item's two lines, read between them.
    Taken as items only as a series, 1, 2, ..., so a big figure over its caption stays one."""
    def beside(i: int) -> int | None:
        if 0 < i < len(blocks) - 1 and blocks[i].kind in ("heading", "paragraph") \
                and re.fullmatch(r"\d{1,2}", blocks[i].text.strip()):
            before, after = blocks[i - 1], blocks[i + 1]
            if before.kind == after.kind == "paragraph" and before.number is None \
                    and not _ENDS_STATEMENT.search(before.text) and len(before.text.split()) >= 2:
                return int(blocks[i].text)
        return None

    series = {i: n for i in range(len(blocks)) if (n := beside(i)) is not None}
    if len(series) < 2 or list(series.values()) != list(range(1, len(series) + 1)):
        return blocks
    out: list[Block] = []
    skip = set()
    for i, block in enumerate(blocks):
        if i in skip:
            continue
        if i + 1 in series:
            out.append(replace(block, text=f"{block.text} {blocks[i + 2].text}", number=blocks[i + 1].text.strip(),
                               kind="paragraph"))
            skip.update({i + 1, i + 2})
        else:
            out.append(block)
    return out
