"""Plain text and Markdown without front matter, including text exported from a PDF:
decoded in whatever common encoding it was saved in, split into pages at form feeds,
then into headings, paragraphs and tables. A table is a run of lines whose cells are
parted by tabs, pipes or runs of spaces, its columns where every line has a gap."""
from __future__ import annotations

import re

from charset_normalizer import from_bytes

from .document import Block, Document, Unreadable
from .markers import HEADING_TOKEN, is_title, split_marker
from .normalise import RULE_LINE, rejoin_wrapped_lines

_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_MD_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
_BOLD = re.compile(r"(?<!\*)\*\*(?=[^\s*])(.*?[^\s*])\*\*(?!\*)")
_GRID_RULE = re.compile(r"^\s*\+[-=:]+(?:\+[-=:]+)*\+\s*$")  # '+------+====+': a drawn table's rule
_PIPED = re.compile(r"\S\s+\|\s+\S.*\s\|(?:\s|$)")  # 'Jobs created | 294 | 291': cells parted by bars, none round them
_ENDS_SENTENCE = re.compile(r"[.:;!?)\"'’”\-–]\s*$")
_ENDS_STATEMENT = re.compile(r"(?:[.:;!?]|\d)\s*$")
_GAP = re.compile(r"\S(?: \S|\S)*")  # a run of text with no double space inside
_FUNCTION_END = re.compile(r"\b(?:and|or|of|for|the|to|in|on|at|with|by|a|an|&)\s*$", re.I)

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
    text = _unprinted_out(_printed(decode(data).replace("\r\n", "\n").replace("\r", "\n")))
    lines, pages, page = [], [], 1
    for line in text.split("\n"):
        page += line.count("\f")
        lines.append(line.lstrip("\f").replace("\f", " "))  # a form feed within a line parts words
        pages.append(page)
    if page == 1:
        pages = [0] * len(lines)
    return Document(blocks=blocks_of_lines(rejoin_wrapped_lines(lines), pages), format="text")


_HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)
# a line of a site generator's source that no reader sees: a Liquid tag ('{% include ... %}'),
# a kramdown attribute list ('{: .report-title}', '{:toc}')
_SOURCE_ONLY_LINE = re.compile(r"^[ \t]*(?:\{%.*%\}|\{:[^}]*\})[ \t]*$", re.M)
# a site generator's front matter: '---', 'key: value' lines (and their lists), '---', first in the file
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?:(?:[A-Za-z_][\w-]*:.*|[ \t]+.*|[ \t]*)\n){1,80}?---[ \t]*\n")


def _unprinted_out(text: str) -> str:
    """Markdown source as its page shows it: no front matter (the page's settings: layout,
    permalink, tags), no HTML comment ('<!-- chart data: ... -->'), no template tag. Each
    is blanked line for line, so every line keeps its number."""
    for unprinted in (_FRONT_MATTER, _HTML_COMMENT):
        text = unprinted.sub(lambda m: "\n" * m.group(0).count("\n"), text)
    return _SOURCE_ONLY_LINE.sub("", text)


_CONTROL = {" ": "", "0": "\n", "-": "\n\n", "1": "\n\f", "+": ""}  # ASA carriage control: a line's spacing, a new page


def _printed(text: str) -> str:
    """A line printer's file (a mainframe's report listing): each line's first character is
    carriage control, not text ('1' a new page, '0' a blank line before): the page as printed."""
    lines = text.split("\n")
    filled = [l for l in lines if l.strip()]
    if not filled or any(l[0] not in _CONTROL for l in filled) \
            or sum(1 for l in filled if re.match(r"[01][A-Z*]", l)) < 2:
        return text
    return "\n".join(_CONTROL[l[0]] + l[1:] if l else l for l in lines)


def blocks_of_lines(lines: list[str], pages: list[int] | None = None) -> list[Block]:
    """Blank lines part paragraphs; a numbered line, a heading and a change between table
    rows and prose start a new one."""
    pages = pages or [0] * len(lines)
    blocks: list[Block] = []
    chunk: list[tuple[int, str]] = []
    tables = dict(_cell_per_line_tables(lines))
    tables.update(_single_spaced_tables(lines))
    tables.update(_written_out_tables(lines))
    skip_to = 0
    for number, line in enumerate(lines, start=1):
        if number < skip_to:
            continue
        if number in tables:
            _flush(chunk, blocks, pages)
            end, rows = tables[number]
            blocks.append(Block("table", where=f"line {number}", rows=rows, page=pages[number - 1]))
            skip_to = end
            continue
        line = _BOLD.sub(r"\1", line).rstrip()  # Markdown's '**bold**', not a listing's '*** END ***'
        if not line.strip():
            _flush(chunk, blocks, pages)
            continue
        following = next((l for l in lines[number:] if l.strip()), "")
        if chunk and pages[chunk[-1][0] - 1] != pages[number - 1]:
            _flush(chunk, blocks, pages)  # a page's blocks end with it (a table split by the break is made one later)
        elif chunk and _starts_block(chunk, line, following):
            heads = _heading_fragments(chunk) if is_row(line) else []
            _flush(chunk, blocks, pages)
            chunk.extend(heads)  # '2014/15' over a column: the table's, not the paragraph's
        chunk.append((number, line))
    _flush(chunk, blocks, pages)
    return blocks


_HEADER_CELL = re.compile(r"^(?:measure|indicator|performance\s+indicator|description|figure|figures|value|"
                          r"number|count|total|as\s+(?:at|of)|date|rate(?:\s+per\s+[\d,]+\w*)?|"
                          r"per\s+[\d,]+|target|period|current|latest|previous|rag|status|trend|"
                          r"direction(?:\s+of\s+travel)?|q[1-4](?:\s+\d{2,4}(?:/\d{2,4})?)?|"
                          r"(?:19|20)\d\d(?:/\d\d)?)$", re.I)


def _cell_per_line_tables(lines: list[str]):
    """A table written out one cell a line (as a word processor's 'save as text' does):
    a run of column headings ('Measure' / 'Figure' / 'As at' / 'Rate per 10,000'), then
    that many lines a row, an empty line standing for an empty cell. Yields (first line's
    number, (the number after its last line, rows))."""
    i = 0
    while i < len(lines):
        width = 0
        while i + width < len(lines) and _HEADER_CELL.match(lines[i + width].strip() or "-"):
            width += 1
        if width < 3:
            i += max(width, 1)
            continue
        rows = [tuple(l.strip() for l in lines[i:i + width])]
        at = i + width
        while at < len(lines) and not lines[at].strip():
            at += 1
        while at + width <= len(lines):
            row = tuple(l.strip() for l in lines[at:at + width])
            if not (row[0] and _names_a_row(row[0]) and len(row[0].split()) <= 12
                    and re.search(r"\d", row[1]) and len(row[1].split()) <= 4):
                break
            rows.append(row)
            at += width
            while at < len(lines) and not lines[at].strip() and at + 1 < len(lines) and not lines[at + 1].strip():
                at += 1  # blank lines between rows beyond the one standing for an empty cell
        if len(rows) > 1:
            yield i + 1, (at + 1, tuple(rows))
            i = at
        else:
            i += width


def _names_a_row(cell: str) -> bool:
    """A row's label: words, perhaps led by a number ('4-week quitters'), not a value."""
    return not re.search(r"\d", cell[:1]) or bool(re.match(r"\d+[- ][a-z]+\b.*[a-z]{3}", cell, re.I))


_VALUE_TOKEN = r"(?:[-–]|n/a|\(?-?[\d,]*\d(?:\.\d+)?\)?[*¹²³]?%?|red|amber|green|[rag])"
_VALUES_AT_END = re.compile(rf"^(?P<label>.*?)\s*(?P<values>(?:(?<=\s)|^){_VALUE_TOKEN}(?:\s+{_VALUE_TOKEN}){{2,}})\s*$",
                            re.I)


_WRITTEN_ROW = re.compile(r"^\s*Row\s+(\d+)\s*:\s*(.*)$", re.I)
_TABLE_MARK = re.compile(r"^\s*\[(?:Table|Start of table|End of table)\b[^\]]*\]?\s*$", re.I)


def _written_out_tables(lines: list[str]):
    """A table an accessible text version writes out a row at a time, each value after the
    name of its column: '[Table 1 begins: 5 columns, 6 rows]', 'Row 1: Indicator; Q1 2020/21;
    Target', 'Row 2: Children looked after; Q1 2020/21: 552; Target: 530' (a row running on
    to indented lines), '[Table 1 ends]'. Yields (first line's number, (the number after it, rows))."""
    i = 0
    while i < len(lines):
        start = i
        if _TABLE_MARK.match(lines[i]):
            i += 1
        if i >= len(lines) or not _WRITTEN_ROW.match(lines[i]):
            i = start + 1
            continue
        texts: list[str] = []
        while i < len(lines) and (_WRITTEN_ROW.match(lines[i]) or (texts and lines[i][:1].isspace() and lines[i].strip())):
            m = _WRITTEN_ROW.match(lines[i])
            if m:
                texts.append(m.group(2).strip())
            else:
                texts[-1] += " " + lines[i].strip()
            i += 1
        if i < len(lines) and _TABLE_MARK.match(lines[i]):
            i += 1
        if len(texts) >= 2:
            yield start + 1, (i + 1, _written_rows(texts))


def _written_rows(texts: list[str]) -> tuple[tuple[str, ...], ...]:
    header = [c.strip() for c in texts[0].split(";")]
    rows = [tuple(header)]
    for text in texts[1:]:
        cells = [c.strip() for c in text.split(";")]
        row = [cells[0]] + [""] * (len(header) - 1)
        for n, cell in enumerate(cells[1:], start=1):
            named = next((k for k, h in enumerate(header) if k and h and cell.lower().startswith(h.lower() + ":")), None)
            if named is not None:
                row[named] = cell[len(header[named]) + 1:].strip()
            elif n < len(row):
                row[n] = cell
        rows.append(tuple(row))
    return tuple(rows)


def _single_spaced_tables(lines: list[str]):
    """A table as a PDF's plain text export lays it out, one space between everything:
    'Indicator Q2 2019/20 Q3 2019/20 ... Target', then rows 'Businesses supported 113 114
    139 127 120' (a label, then three figures or more), a long label running over lines of
    its own above its figures. Yields (first line's number, (the number after it, rows))."""
    i = 0
    while i < len(lines):
        header = None if "\t" in lines[i] else _heading_cells(lines[i])  # tabs part a table's own cells
        if header is None:
            i += 1
            continue
        rows, label, at = [header], [], i + 1
        while at < len(lines) and lines[at].strip():
            m = _VALUES_AT_END.match(lines[at].strip())
            if m and split_marker(lines[at].strip()) is None:
                values = m.group("values").split()
                rows.append(tuple([" ".join([*label, m.group("label")]).strip(), *values]))
                label = []
            elif len(lines[at].split()) <= 8 and not re.search(r"[.:;]$", lines[at].strip()) and \
                    split_marker(lines[at].strip()) is None:
                label.append(lines[at].strip())
            else:
                break
            at += 1
        at -= len(label)
        if len(rows) > 1:
            yield i + 1, (at + 1, tuple(_aligned(rows)))
            i = at
        else:
            i += 1


def _heading_cells(line: str) -> tuple[str, ...] | None:
    """'Indicator Q2 2019/20 Q3 2019/20 Target' -> ('Indicator', 'Q2 2019/20', 'Q3 2019/20', 'Target'):
    a label's heading, then three headings of periods or columns or more, nothing else."""
    if re.search(r"\S\s{2,}\S", line.strip()):
        return None  # columns parted by runs of spaces: a table of aligned columns
    text = " ".join(line.split())
    m = re.match(r"^(indicator|measure|performance\s+indicator|description|metric|kpi)\b\s*", text, re.I)
    if m is None:
        return None
    cells, rest = [m.group(1)], text[m.end():]
    while rest:
        found = HEADING_TOKEN.match(rest)
        if found is None:
            return None
        cells.append(found.group(0))
        rest = rest[found.end():].lstrip()
    return tuple(cells) if len(cells) >= 4 else None


def _aligned(rows: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """Rows with fewer figures than headings (an empty cell printed as nothing) keep their
    figures under the first headings."""
    width = max(len(r) for r in rows)
    return [r + ("",) * (width - len(r)) for r in rows]


def _starts_block(chunk: list[tuple[int, str]], line: str, following: str = "") -> bool:
    previous = chunk[-1][1]
    if any(is_row(l) for _, l in chunk):  # a table goes on while its lines are rows, or a cell's words run on
        return not (is_row(line) or continues_cell([l for _, l in chunk], line, following)
                    or (RULE_LINE.fullmatch(line) and is_row(following)))  # a rule under the table's heading
    if is_row(line) or _MD_HEADING.match(line) or _MD_HEADING.match(previous):
        return True
    marker = split_marker(line)
    if marker is not None and (not marker[0][:1].isdigit() or _ENDS_STATEMENT.search(previous)
                               or is_title(previous)):
        return True
    # a heading typed among other lines: after a statement, before more text
    return (_heading_line(previous) and len(chunk) == 1) or (
        _heading_line(line) and bool(_ENDS_STATEMENT.search(previous)))


_RUN = re.compile(r"\S+(?: \S+)*")  # a cell: words parted by single spaces


def continues_cell(table: list[str], line: str, following: str = "") -> bool:
    """'Children looked after with three   13.2 ...' / ' or more placements in 12': a short
    line that starts where a cell of the row above starts, its words that cell's, run on.
    In the first column a capital starts a new row's label ('Households in' over
    'temporary   140 ...'), so only where a row follows; else it is prose."""
    line = line.replace("\t", "    ")
    text = line.strip()
    if not text or len(text) > 60 or is_row(line):
        return False
    indent = len(line) - len(line.lstrip())
    starts = sorted({m.start() for row in table for m in _RUN.finditer(row.replace("\t", "    "))})
    for start in starts:
        if abs(indent - start) <= 2:
            first = start == starts[0]
            return (not first or text[:1].islower() or text[:1] == "("
                    or (len(text) <= 40 and (is_row(following) or continues_cell(table, following))))
    return False


def _heading_fragments(chunk: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A paragraph's last lines that head a table's column ('2014/15' indented far over its
    column): taken off the paragraph, for the table below."""
    heads = []
    while chunk:
        line = chunk[-1][1]
        if len(line) - len(line.lstrip()) >= 12 and len(line.split()) <= 3:
            heads.insert(0, chunk.pop())
        else:
            break
    return heads


def _heading_line(line: str) -> bool:
    line = line.strip()
    return (len(line) <= 70 and line[:1].isupper() and not _ENDS_SENTENCE.search(line)
            and not re.match(r"(?i)(?:councillor|cllr)\b", line) and ":" not in line[:-1]
            and not re.search(r"\d", line) and not _FUNCTION_END.search(line) and not is_row(line))


def is_row(line: str) -> bool:
    stripped = line.strip()
    if "\t" in stripped or (stripped.startswith("|") and stripped.endswith("|")) or _GRID_RULE.match(stripped):
        return True
    if _PIPED.search(stripped + " "):
        return True
    return aligned_cells(stripped) is not None


def aligned_cells(line: str) -> list[str] | None:
    """'Children looked after      540      552': cells parted by two spaces or more, unless
    the line is prose (a justified line's wide spaces, two spaces after a full stop)."""
    cells = [c.strip() for c in re.split(r"\s{2,}", line.strip()) if c.strip()]
    if len(cells) < 2 or re.match(r"\*\s", cells[0]):
        return None  # one cell, or a table's footnote: '* PROVISIONAL.  VAR = ACTUAL LESS TARGET.
    words = [len(c.split()) for c in cells]
    if len(cells) >= 4 and sum(1 for c, w in zip(cells, words) if w == 1 and c[:1].islower()) * 2 > len(cells):
        return None  # justified prose
    if re.search(r"[.!?]$", cells[0]) and words[0] >= 3 and words[1] >= 3:
        return None  # two spaces after a full stop
    if max(words[1:]) > 8 and not cells[0].endswith(":") and words[0] > 5:
        return None
    if len(cells) == 2 and (words[1] >= 4 or not re.search(r"\d", cells[1])) and \
            split_marker(cells[0] + " Xx") is not None:
        return None  # '1.1   To update the Executive on ...', '2.   RECOMMENDATIONS': a numbered paragraph or title
    return cells


def _flush(chunk: list[tuple[int, str]], blocks: list[Block], pages: list[int]) -> None:
    if not chunk:
        return
    where, page = f"line {chunk[0][0]}", pages[chunk[0][0] - 1]
    lines = [line for _, line in chunk]
    chunk.clear()
    if any(is_row(l) for l in lines):
        rows = [r for r in _grid(lines) if r]
        blocks.append(Block("table", where=where, rows=tuple(rows), page=page))
    elif m := _MD_HEADING.match(lines[0]):
        blocks.append(Block("heading", m.group(2), where, level=len(m.group(1)), page=page))
    elif len(lines) == 1 and _heading_line(lines[0]) and split_marker(lines[0]) is None:
        blocks.append(Block("heading", lines[0].strip(), where, level=2, page=page))
    else:
        blocks.append(Block("paragraph", "\n".join(l.strip() for l in lines), where, page=page))


def _grid(lines: list[str]) -> list[tuple[str, ...]]:
    lines = [l for l in lines if not (_GRID_RULE.match(l) or RULE_LINE.fullmatch(l))]
    if all("\t" in l or "|" in l for l in lines):
        return [_cells(l) for l in lines if not _MD_RULE.match(l)]
    return _columns(lines)


def _cells(line: str) -> tuple[str, ...]:
    line = line.strip()
    if line.startswith("|"):
        return tuple(c.strip() for c in line.strip("|").split("|"))
    if "|" in line:  # bars between cells only: a bar at the end closes an empty last cell
        return tuple(c.strip() for c in line.split("|"))
    return tuple(c.strip() for c in line.strip("\t").split("\t"))  # empty cells keep columns in place


def _columns(lines: list[str]) -> list[tuple[str, ...]]:
    """Columns where every line has a gap of two spaces or more: a right-aligned figure
    and an empty cell keep their column."""
    lines = [l.replace("\t", "    ") for l in lines]
    indent = min(len(l) - len(l.lstrip()) for l in lines)
    lines = [l[indent:] for l in lines]
    width = max(len(l) for l in lines)
    padded = [l.ljust(width + 2) for l in lines]
    blank = [all(p[i] == " " for p in padded) for i in range(width + 2)]
    spans, start = [], None
    for i in range(width + 1):
        if start is None and not blank[i]:
            start = i
        elif start is not None and blank[i] and blank[i + 1]:
            spans.append((start, i))
            start = None
    rows = [tuple(p[a:b].strip() for a, b in spans) for p in padded]
    if len(spans) < 2:  # no gap shared by every line: each line's own cells
        rows = [tuple(aligned_cells(l) or [l.strip()]) for l in lines]
    return _unpacked(run_on_cells(rows))


_FIGURE_TOKEN = re.compile(r"^\(?-?[\d,]*\d(?:\.\d+)?\)?[*¹²³]?%?$")


def _unpacked(rows: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """A column holding several figures in every row ('193 186 157 175' where a heading
    printed one space apart left no gap between its columns): split into that many columns,
    its headings' words shared out the same way."""
    c = 1
    while rows and c < len(rows[0]):
        cells = [r[c] for r in rows if c < len(r) and any(ch.isdigit() for ch in r[c])
                 and all(_FIGURE_TOKEN.match(t) for t in r[c].split())]
        counts = {len(cell.split()) for cell in cells}
        if len(cells) >= 2 and len(counts) == 1 and (k := counts.pop()) >= 2:
            rows = [r[:c] + _shared(r[c] if c < len(r) else "", k) + r[c + 1:] for r in rows]
            c += k
        else:
            c += 1
    return rows


def _shared(cell: str, k: int) -> tuple[str, ...]:
    """k headings from one cell: k words, or the k words of each of its lines ('2018/19 Q2 Q3
    Q4' over 'outturn 2019/20 2019/20 2019/20'), else all in the first."""
    words = cell.split()
    if len(words) % k == 0 and words:
        lines = len(words) // k
        return tuple(" ".join(words[line * k + j] for line in range(lines)) for j in range(k))
    return (cell,) + ("",) * (k - 1)


def run_on_cells(rows: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """Cells whose words run over several lines, made whole. A line with words only in the
    first column is part of a row's label: starting in lower case, of the row above (its
    label runs on); else of the next row with figures (a label over three lines has its
    figures on a middle line). A line with words only in a later column runs on the cell
    above (a cover block's value, 'outturn' under '2014/15')."""
    width = max((len(r) for r in rows), default=0)
    out: list[list[str]] = []
    pending: list[str] = []  # label lines waiting for their row
    for row in (list(r) + [""] * (width - len(r)) for r in rows):
        filled = [c for c, cell in enumerate(row) if cell]
        if width > 1 and filled == [0]:
            if (row[0][:1].islower() or row[0][:1] == "(") and not pending and out:
                out[-1][0] = (out[-1][0] + " " + row[0]).strip()
            else:
                pending.append(row[0])
            continue
        if len(filled) == 1 and filled[0] > 0 and out and not pending:
            out[-1][filled[0]] = (out[-1][filled[0]] + " " + row[filled[0]]).strip()
            continue
        if pending:
            row[0] = " ".join([*pending, row[0]]).strip()
            pending = []
        out.append(row)
    out += [[label] + [""] * (width - 1) for label in pending]
    return [tuple(r) for r in out]
