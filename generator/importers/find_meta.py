"""The report's date, meeting, member and portfolio. A committee report states them in
its cover block, as lines ('Date of meeting: 4 September 2019') or as a two-column
table; an executive member's report to Council prints them in its heading and its
signature. The date is the meeting's, never the report's, the figures' or publication's;
the member is who the report is from, never someone thanked or named in passing."""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, replace

from ..content.config import SiteConfig
from .dates import MONTH, dates_in, month_number
from .document import Block, Document
from .found import Findings, Found
from .member_names import fold
from .metric_names import MetricNames

_HEAD_BLOCKS = 6  # the heading: a report's first blocks
_HEAD_BLOCKS_MOST = 16  # ... or all before its first section, where a web page's furniture comes first
_FIRST_SECTION = re.compile(r"^(?:\d{1,2}\.?\s+)?(?:summary|purpose(?:\s+of\s+(?:the\s+)?report)?|introduction|"
                            r"executive\s+summary|background|recommendations?|key\s+(?:points|messages))\b", re.I)


def _head(lines: list[Block]) -> list[Block]:
    """The report's heading: its first blocks, less a web page's menus ('Council tax and
    benefits'), but with a cover's date set as a heading of its own ('2 April 2024'); or,
    where a web page printed with its cookie banner and menus has more, all before its first
    section."""
    kept = [i for i, b in enumerate(lines)
            if not (b.kind == "heading" and len(b.text.split()) <= 4 and not _whole_date(b.text)
                    and not _REPORT_TO_A_MEETING.search(b.text))]  # 'REPORT TO CABINET' is no menu
    end = _cover_end(lines)
    count = sum(1 for i in kept if i < end) if end < _HEAD_BLOCKS_MOST else 0
    return [lines[i] for i in kept[:max(_HEAD_BLOCKS, count)]]


def _cover_end(lines: list[Block]) -> int:
    """Where the report's cover ends: at its first section ('Summary', '1. Purpose of the
    report'), or after the most blocks a cover takes."""
    return next((i for i, b in enumerate(lines[:_HEAD_BLOCKS_MOST]) if b.kind == "heading"
                 and _FIRST_SECTION.match(b.text) and len(b.text.split()) <= 6), _HEAD_BLOCKS_MOST)
_SHORT = 16  # words: a heading's or a signature's line, not a paragraph of prose
_TAIL_BLOCKS = 5  # the signature closes the report
_COVER_BLOCKS = 45  # a cover block is among the first blocks (a web page's menus may come first)
_MEETING = re.compile(r"\b(?i:report)\s+to\s+(?:the\s+)?([A-Z][A-Za-z]*(?:\s+[A-Z][A-Za-z]*){0,3})")
_MEETING_WORDS = re.compile(r"\b(Council|Executive|Cabinet|Committee|Board|Panel|Scrutiny)\b")
_A_MEMBER = re.compile(r"\b(?:Cllr|Councillor|Member|Holder|Lead)\b", re.I)

# A cover block's labels, folded
_DATE_LABEL = re.compile(r"^(?:date(?:\s+of(?:\s+the)?\s+(?:meeting|committee|cabinet|executive|council|"
                         r"decision\s+meeting|decision\s+session|session))?|(?:meeting|committee|cabinet|executive|"
                         r"council|session)\s+date|(?:cabinet|council|executive|committee)\s+meeting\s+date|(?:council|cabinet|executive|committee|full\s+council)\s+meeting|"
                         r"meeting(?:\s+(?:and|&)\s+date)?|meeting\s+of|date\s+and\s+time|"
                         r"date\s+time|to\s+be\s+held\s+on|held(?:\s+on)?|decision\s+date|date\s+of\s+decision|"
                         r"date\s+of\s+signing|signing\s+date)$")
# a meeting body's name beside its date: 'Cabinet | Tuesday 4 June 2024' (but a list of meetings
# beside their dates, a subject's history, is not a cover)
_BODY_LABEL = re.compile(r"^(?:[a-z]+\s+){0,4}(?:council|cabinet|executive|committee|board|panel)$")
# the meeting's own labels come first: a decision session's 'Decision date' is its date only
# where no field names the meeting's
_DATE_RANK = [re.compile(r"meeting|committee|cabinet|executive|council|session|held"), re.compile(r"^date$"),
              re.compile(r"decision")]
_NOT_MEETING_DATE = re.compile(r"report\s+date|date\s+of\s+(?:the\s+)?report|publi|issue|written|prepared|"
                               r"deadline|call\s*in|implement|updated|review|figures|data|as\s+(?:at|of)|"
                               r"period|produced|circulat|despatch|dispatch|received|effective|printed|"
                               r"last\s+modified|next\s+meeting|previous\s+meeting|quarter\s+end|year\s+end|"
                               r"signed|dated|\bsent\b|consultation|closing|expir|\brun\b|embargo|diary|forthcoming|upcoming|"
                               r"future\s+meetings|deadline")  # a listing's 'RUN 30/09/15'
_OTHER_FIELD = re.compile(r"^(?:agenda\s+item|item|wards?|wards?\s+affected|key\s+decision|classification|"
                          r"status|contact|tel|telephone|e\s*mail|reference|ref|forward\s+plan|subject|title|"
                          r"report\s+author|author|lead\s+officer|officer|director|appendices|background)")
_MEMBER_LABEL = re.compile(r"^(?:(?:joint\s+)?report\s+(?:of|by|from)|from|presented\s+by|submitted\s+by|signed|"
                           r"decision\s+(?:maker|taker|made\s+by|taken\s+by)|"
                           r"(?:relevant|responsible|lead|executive|cabinet)?\s*(?:executive|cabinet|lead|portfolio)?"
                           r"\s*(?:member|councillor|holder|lead)s?(?:\s+responsible)?|portfolio(?:\s+holder)?|"
                           r"portfolio\s+holders?|relevant\s+portfolio\s+holder|member\s+reporting|"
                           r"(?:board\s+|member\s+)?sponsor|sponsoring\s+(?:member|councillor))$")  # a board paper's
_NAMED_IN_LABEL = re.compile(r"^(council|cabinet|executive)\s+meeting(?:\s+date)?$")
_MEETING_LABEL = re.compile(r"^(?:report\s+to|submitted\s+to|meeting|committee|decision\s+(?:maker|taker)|"
                            r"to|body|forum)$")
_PORTFOLIO_LABEL = re.compile(r"^(?:portfolio|portfolio\s+area|cabinet\s+portfolio|service\s+area|"
                              r"directorate|service|title|subject|report\s+title)$")


def label_key(label: str) -> str:
    """A field's label as the finders match it: folded, its brackets left out ('Lead member
    (Hollinsfield)' is a lead member's field, 'Cabinet meeting date (2019/20)' a date's)."""
    # a bilingual cover prints 'Dyddiad y Cyfarfod / Date of Meeting': the last language's
    return fold(re.split(r"\s+/\s+", re.sub(r"\([^)]*\)", " ", label).strip())[-1])


@dataclass(frozen=True)
class CoverField:
    label: str  # folded
    value: str
    at: str
    words: str
    confidence: int | None = None
    late: bool = False  # after the report's first section


def cover_fields(document: Document) -> list[CoverField]:
    """'Label: value' lines, 'Label<tab>value' lines and two-column (or four-column)
    table rows among the report's first blocks, before its first section."""
    fields: list[CoverField] = []
    blocks = document.blocks[:_COVER_BLOCKS]
    late = False  # after the report's first section: a decision page's 'Date of decision', or a timetable's
    for i, block in enumerate(blocks):
        late = late or bool(fields and block.kind == "heading" and _FIRST_SECTION.match(block.text)
                            and len(block.text.split()) <= 6)
        if block.kind == "table":
            fields += [replace(f, late=late) for f in _table_fields(block) + _cell_fields(block)]
            continue
        for n, line in enumerate(block.lines):
            conf = block.line_confidence(n)
            label, value = _split_field(line)
            words = line.strip()
            if label is None and _label_over_value(block, n, line, blocks[i + 1:i + 2]):
                label, value = line.rstrip().rstrip(":"), blocks[i + 1].lines[0]  # 'Date of meeting:' / '4 September 2019'
                words = f"{label.strip()}: {value.strip()}"
            elif label is None and _label_over_next_line(block, n, line):
                # a definition list printed: 'Date of meeting' / 'Tuesday 3rd March 2020'
                label, value = line.strip(), block.lines[n + 1]
                words = f"{label}: {value.strip()}"
            if label is not None and value:
                fields.append(CoverField(label_key(label), value.strip(), block.where, words, conf, late))
    return fields


def _label_over_value(block: Block, n: int, line: str, after: list[Block]) -> bool:
    """A label on a line of its own over its value: 'Date of meeting:', or a form's box title
    ('Decision maker') set as a heading or a paragraph of its own over the box's words."""
    if n != len(block.lines) - 1 or not after or after[0].kind != "paragraph" or len(line.split()) > 6:
        return False
    return line.rstrip().endswith(":") or ((block.kind == "heading" or len(block.lines) == 1)
                                           and _known_label(label_key(line)))


def _label_over_next_line(block: Block, n: int, line: str) -> bool:
    """A field's name alone on its line with its value on the next, as a web page's
    definition list (<dt>, <dd>) prints: a name the cover uses, and no value of its own."""
    return n < len(block.lines) - 1 and len(line.split()) <= 4 and _known_label(label_key(line)) \
        and _split_field(block.lines[n + 1])[0] is None


# 'Report to: Cabinet', 'Report to<tab>Cabinet', 'Report to ........ Cabinet' (dot leaders)
_FIELD = re.compile(r"^\s*([A-Z][A-Za-z'’()/&. -]{1,50}?)\s*(?::|\t|\s{3,}| - | – |\s?\.{4,})\s*(.+)$")


# 'Date of Meeting 17.10.2023': a scan whose colon or column gap the OCR did not keep
_BARE_DATE_FIELD = re.compile(r"^\s*((?i:date\s+of\s+(?:the\s+)?(?:meeting|committee|cabinet|executive|council)|"
                              r"(?:meeting|committee|cabinet)\s+date))\s+(\S*\d.*)$")


def _split_field(line: str) -> tuple[str | None, str]:
    m = _FIELD.match(line)
    if m is None or len(m.group(1).split()) > 6:
        m = _BARE_DATE_FIELD.match(line)
        return (m.group(1), m.group(2)) if m else (None, "")
    return m.group(1), m.group(2)


_CELL_FIELD = re.compile(r"^\s*([A-Z][A-Za-z'’()/&. -]{1,40}?)\s*:\s*(\S.*)$")  # a cell that is a field of its own


def _cell_fields(block: Block) -> list[CoverField]:
    """Cells that are fields of their own, a listing's heading in columns: 'PORTFOLIO HOLDER:
    WALKER, JEAN (CLLR)'."""
    rows = [[(m, cell) for cell in row if (m := _CELL_FIELD.match(cell)) and _known_label(label_key(m.group(1)))]
            for row in block.rows]
    # a row of fields, not a label beside its value; in a table of such rows, a row with one
    # field (the other cell a value run over from the row above) too
    least = 1 if sum(1 for found in rows if len(found) >= 2) >= 2 else 2
    return [CoverField(label_key(m.group(1)), m.group(2), block.where, cell.strip())
            for found in rows if len(found) >= least for m, cell in found]


def _table_fields(block: Block) -> list[CoverField]:
    """Fields of a cover table: 'Label | value' rows (two labels to a row, too), or a row of
    labels over a row of values ('Meeting of | Date | Agenda item' over 'Cabinet | ...')."""
    fields = []
    rows = block.rows
    # labels down the first column ('Subject: | Health Improvement Progress Report', 'Date: |
    # 11.02.2020') make it a table of label and value, whatever its first row holds
    labels_down = sum(1 for r in rows[1:] if r and r[0].rstrip().endswith(":")) >= 2
    if len(rows) >= 2 and len(rows[0]) >= 3 and all(_label_like(c) for c in rows[0] if c) and not labels_down and \
            sum(1 for c in rows[0] if c.rstrip().endswith(":") or _FIELD_WORDS.search(fold(c))) >= 2:
        for over, under in zip(rows[0], rows[1]):
            if over and under and over != under:
                fields.append(CoverField(label_key(over.rstrip(":")), under, block.where, f"{over.rstrip(':')}: {under}"))
        return fields
    width = max((len(r) for r in rows), default=0)
    if width % 2 == 0:  # 'Label | value | Label | value', a value set over lines beside its label
        for r, row in enumerate(rows):
            for c in range(0, len(row) - 1, 2):
                label, value = row[c].strip().rstrip(":"), row[c + 1].strip() or _beside(rows, r, c)
                if label and value and label != value and _label_like(label):
                    fields.append(CoverField(label_key(label), value, block.where, f"{label}: {value}"))
        return fields
    for row in rows:  # an odd number of columns: each label with the value after it
        cells = [c.strip() for c in row if c.strip()]
        if len(cells) == 1:  # 'Date of Meeting 17.10.2023', a field a scan's table kept in one cell
            label, value = _split_field(cells[0])
            if label is not None and value:
                fields.append(CoverField(label_key(label), value.strip(), block.where, cells[0]))
            continue
        i = 0
        while i < len(cells) - 1:
            label, value = cells[i].rstrip(":"), cells[i + 1]
            if label != value and _label_like(label) and (i == 0 or cells[i].endswith(":")
                                                           or _FIELD_WORDS.search(label_key(label))):
                fields.append(CoverField(label_key(label), value, block.where, f"{label}: {value}"))
                i += 2
            else:
                i += 1
    return fields


def _beside(rows, r: int, c: int) -> str:
    """A value a scan set over the lines above and below its label ('Environment and' /
    'Portfolio' / 'Neighbourhoods'): those lines' words in the value's column."""
    parts = [rows[k][c + 1] for k in (r - 1, r + 1)
             if 0 <= k < len(rows) and c + 1 < len(rows[k]) and rows[k][c + 1] and not rows[k][c]]
    return " ".join(parts)


_FIELD_WORDS = re.compile(r"\b(?:date|meeting|report|member|portfolio|agenda|wards?|decision|item|officer|"
                          r"title|subject|status|classification)\b")


def _label_like(cell: str) -> bool:
    key = label_key(cell)  # 'Cabinet meeting date (2019/20)', 'Dyddiad y Cyfarfod / Date of Meeting'
    return 0 < len(key.split()) <= 5 and not re.search(r"\d", key)


def find_meta(document: Document, config: SiteConfig, findings: Findings, names: MetricNames) -> None:
    fields = cover_fields(document)
    lines = [b for b in document.blocks if b.kind != "table"]
    head = _head(lines)
    tail = lines[-_TAIL_BLOCKS:]
    heading = _banner(document.blocks) + head + _meeting_cells(document.blocks[:_HEAD_BLOCKS])
    findings.date = (_decision_called_in(lines) or _meeting_a_letter_answers(lines)
                     or _meeting_date(fields, heading, document.furniture, _said_to_go(lines[:_HEAD_BLOCKS_MOST]))
                     or _goes_to_the_meeting(lines))
    findings.meeting = _meeting(fields, head) or _meeting_of_running_header(findings.date)
    presenting = _presenting(document.blocks)
    portfolio = _portfolio(fields, head + presenting, tail, config, presenting, _portfolio_of_figures(document, names))
    member = _member(fields, head, tail, document.blocks, config, portfolio, findings.date, names, presenting)
    if portfolio is None and member is not None and findings.date is not None:
        portfolio = _portfolio_of_member(member, findings.date.value, config)
    findings.portfolio, findings.member = portfolio, member


# --- the date ------------------------------------------------------------------

def _meeting_date(fields: list[CoverField], head: list[Block], furniture, said: Found | None = None) -> Found | None:
    """The cover's dated fields; else a sentence near the top saying which meeting the report
    went to ('my report went to Cabinet on Tuesday 19th November 2019'); else a date in the
    heading; else a running header's."""
    dated = []
    # meetings listed with their dates (a subject's history; 'Dates for your diary', a line each) are no cover
    bodies = [f for f in fields if _BODY_LABEL.match(f.label) and dates_in(f.value)]
    listed = Counter(f.at for f in bodies)
    diary = len({d.date for f in bodies if listed[f.at] == 1 for d in dates_in(f.value)[:1]}) >= 2
    for f in fields:
        body = _BODY_LABEL.match(f.label) and listed[f.at] == 1 and not diary
        # 'To: Cabinet, 5 September 2017'; an e-mail's 'Subject: Housing update - Cabinet 03/03/20'
        meeting = (_MEETING_LABEL.match(f.label) or f.label == "subject") and _MEETING_WORDS.search(f.value)
        if (_DATE_LABEL.match(f.label) or body or meeting) and not _NOT_MEETING_DATE.search(f.label):
            spans = [d for d in dates_in(f.value) if d.whole] or dates_in(f.value)
            if spans:
                rank = next((i for i, r in enumerate(_DATE_RANK) if r.search(f.label)), len(_DATE_RANK))
                # the cover's 'Date' before 'Scrutiny Committee: 30 April 2020' under 'Next steps'
                dated.append(((f.late, rank), Found(spans[0].date, f.at, f.words, f.confidence)))
    if dated:
        return min(dated, key=lambda d: d[0])[1]
    if said is not None:
        return said
    running = _running_header_date(furniture)
    if running is not None:
        return running
    month_only = None
    for block in head:
        for n, line in enumerate(block.lines):
            found = _heading_date(line, block, n)
            if found and month_only is None and _whole_date(found.words):
                return found
            if found and month_only is None:
                month_only = found  # 'Cabinet Member report - April 2020': its day may follow
            elif found and _whole_date(found.words) and found.value.replace(day=1) == month_only.value.replace(day=1) \
                    and _MEETING_WORDS.search(line):  # '... presented to the Cabinet meeting on 7 April 2020'
                return found
    return month_only


def _running_header_date(furniture) -> Found | None:
    """A running header naming the meeting and its date ('Cabinet - 12 March 2020', a line
    printer's 'REPORT TO EXECUTIVE MEETING OF 03JUL12'): printed on every page for the
    meeting, it outranks a date the heading gives without saying what it is. A date stamped
    with the time of day is when the page was printed or sent ('19-Nov-2023 08:33 From:
    Scrutiny Team'), never the meeting."""
    for line in furniture:
        if _MEETING_WORDS.search(line) or _MEETING_WORDS.search(line.title()):
            spans = [d for d in dates_in(line) if d.whole and not _STAMPED.match(line, d.end)]
            if spans:
                return Found(spans[0].date, "the running header", line)
    return None


_STAMPED = re.compile(r"[\s,.:;]*\d{1,2}[:.]\d{2}(?![\d.]*\s*[ap]\.?m)", re.I)


_CALL_IN = re.compile(r"\bcall(?:ed)?[- ]in\b", re.I)
_DECISION_TAKEN = re.compile(r"\b(?:taken|made)\s+by\b[^.]{0,60}?\bon\b|\b(?:cabinet|executive)(?:\s+member)?\s+"
                             r"decision\b|\bdate\s+of\s+(?:the\s+)?decision\b", re.I)


def _decision_called_in(lines: list[Block]) -> Found | None:
    """A call-in pack is the report of the decision called in: dated by the meeting that took
    it ('Taken by: the Cabinet on Tuesday 11 September 2018'), not by the scrutiny committee
    that meets on it or by the day it was called in."""
    first = lines[:_HEAD_BLOCKS * 2]
    if not any(_CALL_IN.search(b.text) for b in first):
        return None
    for block in first:
        for n, line in enumerate(block.lines):
            taken = _DECISION_TAKEN.search(line)
            spans = [d for d in dates_in(line[taken.end():]) if d.whole] if taken else []
            if spans:
                return Found(spans[0].date, block.where, line, block.line_confidence(n))
    return None


_SALUTATION = re.compile(r"^\s*dear\b", re.I)
_AT_ITS_MEETING = re.compile(r"\bmeeting\s+(?:held\s+)?(?:on|of)\s+", re.I)


def _meeting_a_letter_answers(lines: list[Block]) -> Found | None:
    """A letter (a Freedom of Information reply) about a report: the meeting that considered
    it, named in the letter's opening ('... considered by the Cabinet at its meeting on
    Tuesday 22 October 2019'); the letter's own date is not the report's."""
    opening = next((i for i, b in enumerate(lines[:_COVER_BLOCKS]) if _SALUTATION.match(b.text)), None)
    if opening is None:
        return None
    for block in lines[opening:opening + 4]:
        for n, line in enumerate(block.lines):
            for meeting in _AT_ITS_MEETING.finditer(line):
                after = line[meeting.end():]
                spans = [d for d in dates_in(after) if d.whole and re.fullmatch(r"(?:\w+day,?\s*)?", after[:d.start])]
                if spans:
                    return Found(spans[0].date, block.where, line, block.line_confidence(n))
    return None


_GOES_TO = re.compile(r"\b(?:goes|went|will\s+go|going|was\s+taken|is\s+being\s+taken|took|takes|"
                      r"is\s+presented|was\s+presented|comes|came)\b[^.;]{0,40}?\bto\s+(?:the\s+|a\s+)?(?:[A-Z]\w+\s+)?"
                      r"(?:Cabinet|Executive|Council|Committee|Board)(?:\s+meeting)?\s+(?:on|of)\s+")


def _goes_to_the_meeting(lines: list[Block]) -> Found | None:
    """No date heads the report: the meeting a sentence says it goes to ('The report goes to
    Cabinet on Tuesday 20th February 2018', a press release's note to editors), or a member
    says they took it to."""
    return _said_to_go(lines) or _took_it_to_the_meeting(lines)


def _said_to_go(lines: list[Block]) -> Found | None:
    for block in lines:
        for n, line in enumerate(block.lines):
            for m in _GOES_TO.finditer(line):
                after = line[m.end():m.end() + 40]
                spans = [d for d in dates_in(after) if d.whole and d.start <= 12]  # 'Tuesday 20th ...'
                if spans:
                    return Found(spans[0].date, block.where, after[spans[0].start:spans[0].end], block.line_confidence(n))
                weekday = _WEEKDAY_DATE.match(after)  # 'A report going to Executive on Tuesday 6 September ...'
                day = _weekday_day(weekday, lines) if weekday else None
                if day is not None:
                    return Found(day, block.where, weekday.group(0), block.line_confidence(n))
    return None


_TOOK_TO = re.compile(r"\b(?:took|take|presented|present|brought|bring)\b[^.]{0,80}?\breport\b[^.]{0,60}?\bto\s+"
                      r"(?:the\s+)?(?:Cabinet|Executive|Council|Committee)\b")
_WEEKDAY_DATE = re.compile(rf"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+(\d{{1,2}})(?:st|nd|rd|th)?"
                           rf"\s+(?:of\s+)?{MONTH}(?![\w.]*,?\s*\d)", re.I)
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def _took_it_to_the_meeting(lines: list[Block]) -> Found | None:
    """A member's own account ('On Tuesday 21st September I took my report to Cabinet'): a
    day named with its weekday but no year, in the year the report's other dates are near
    whose day that weekday is."""
    for block in lines:
        for n, line in enumerate(block.lines):
            for sentence in re.split(r"(?<=[.!?])\s+", line):
                m = _WEEKDAY_DATE.search(sentence) if _TOOK_TO.search(sentence) else None
                day = _weekday_day(m, lines) if m else None
                if day is not None:
                    return Found(day, block.where, sentence.strip(), block.line_confidence(n))
    return None


def _weekday_day(m: re.Match, lines: list[Block]):
    """'Tuesday 6 September' with no year: the day in the year the report's other dates are
    near whose day that weekday is."""
    years = [d.date for b in lines for d in dates_in(b.text)]
    if not years:
        return None
    middle = sorted(years)[len(years) // 2]
    days = [day for year in range(middle.year - 1, middle.year + 2)
            if (day := _safe_day(year, month_number(m.group(3)), int(m.group(2))))
            and _WEEKDAYS[day.weekday()] == m.group(1).lower()]
    return min(days, key=lambda d: abs((d - middle).days)) if days else None


def _safe_day(year: int, month: int, day: int):
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _banner(blocks: list[Block]) -> list[Block]:
    """A heading laid out as a table, no cover field in it ('EXECUTIVE | RECEIVED' over
    'Tuesday 11th October 2016 | 13 OCT 2016', a scan's date stamp beside it): its cells, as the
    heading's lines. The first table among the first blocks (a running header's line, a title
    may come before it)."""
    table = next((b for b in blocks[:3] if b.kind == "table"), None)
    if table is None or any(_known_label(f.label) for f in _table_fields(table)) \
            or any(re.fullmatch(r"[\d,.*%]*\d{3}[\d,.*%]*", c.strip()) for row in table.rows for c in row):
        return []  # no table, a cover table, or a table of figures: no heading
    return [Block("paragraph", "\n".join(" ".join(c for c in row if c.strip()) for row in table.rows), table.where,
                  confidence=table.confidence)]


_REPORT_TO_A_MEETING = re.compile(r"\breport\s+to\s+(?:the\s+)?(?:Cabinet|Executive|Council|Committee|Board)\b", re.I)


def _meeting_cells(blocks: list[Block]) -> list[Block]:
    """A designed page's heading set in a table's cell beside a quote ('Quarter 2 2018/19
    progress report to Cabinet, Tuesday 13 November 2018'): the cells that name the meeting."""
    return [Block("paragraph", cell, b.where, confidence=b.confidence[:1]) for b in blocks if b.kind == "table"
            for row in b.rows for cell in row if _REPORT_TO_A_MEETING.search(cell)]


def _known_label(label: str) -> bool:
    return any(p.match(label) for p in (_DATE_LABEL, _MEMBER_LABEL, _MEETING_LABEL, _PORTFOLIO_LABEL, _OTHER_FIELD)) \
        or bool(_NOT_MEETING_DATE.search(label))


def _whole_date(words: str) -> bool:
    return any(d.whole for d in dates_in(words))


_STAMP_TIME = re.compile(r"\s*\d{1,2}:\d{2}\b")  # '19/07/2020 13:52 FROM: HBC': a fax's or printer's stamp


def _heading_date(line: str, block: Block, n: int) -> Found | None:
    """A date in the report's heading: 'Report to Council 4th September 2019', 'Cabinet -
    Tuesday 26 October 2010'; never one a label or its words say is another's ('Date of
    report: ...', 'Agenda item: ...', 'figures as at ...', 'published ...')."""
    label, _ = _split_field(line)
    if label is not None and (_NOT_MEETING_DATE.search(fold(label)) or _OTHER_FIELD.match(fold(label))):
        return None
    spans = [d for d in dates_in(line) if d.whole or re.search(r"report|meeting", line, re.I)]
    spans = [d for d in spans if not _NOT_MEETING_DATE.search(fold(line[:d.start])[-40:])
             and not _PERIOD_TO.search(line[:d.start]) and not _STAMP_TIME.match(line[d.end:])
             and not _AS_AT.search(line[:d.start]) and not _THERE_WERE.match(line[d.end:])]
    if spans and not re.match(r"\s*(as\s+(of|at)|@|figures)", line, re.I):
        return Found(spans[0].date, block.where, line[spans[0].start:spans[0].end], block.line_confidence(n))
    return None


_THERE_WERE = re.compile(r"\W*there\s+(?:were|was|are|is)\s+\d", re.I)  # 'on 9 March 2017 there were 6,360 ...'
_AS_AT = re.compile(r"\b(?:as\s+(?:at|of)|at|by)\s+$", re.I)  # '16,427 visits at 30 June 2021': a figure's date
_PERIOD_TO = re.compile(r"\b(?:months?|quarter|year|period|weeks?)\s+(?:to|ending|ended|up\s+to)\s+(?:the\s+end\s+of\s+)?$"
                        r"|\bto\s+the\s+end\s+of\s+$", re.I)  # 'the three months to 31 December 2017': a period's end


def _meeting(fields: list[CoverField], head: list[Block]) -> Found | None:
    for f in fields:
        if _MEETING_LABEL.match(f.label):
            m = _MEETING_WORDS.search(f.value)
            # not 'Decision maker: Cllr I. Sadiq, Cabinet Member ...', nor an e-mail's addressees
            # ('To: Cabinet Members; Corporate Management Team')
            if m and not _A_MEMBER.search(f.value) and ";" not in f.value:
                name = _meeting_name(f.value, m)
                return Found(name, f.at, f.words, f.confidence)
    for f in fields:  # 'Council meeting: Wednesday 7 June 2017': the label names the body
        named = _NAMED_IN_LABEL.match(f.label)
        if named and dates_in(f.value):
            return Found(named.group(1).title(), f.at, f.words, f.confidence)
    for block in head:
        m = _MEETING.search("\n".join(_title_cased(line) for line in block.lines))
        if m and _MEETING_WORDS.search(m.group(1)):
            body = _MEETING_WORDS.search(m.group(1))
            name = m.group(1)[: body.end()]
            printed = block.text[m.start():m.start() + m.group(0).find(name) + len(name)]  # as printed: 'REPORT TO ...'
            return Found(name, block.where, printed)
    return None


_SMALL_WORDS = {"to", "the", "of", "and", "for", "on", "a", "at", "in"}


def _title_cased(line: str) -> str:
    """'REPORT TO EXECUTIVE' as 'Report to Executive': a heading set in capitals, read as the
    words it names."""
    if not line.isupper():
        return line
    first = re.search(r"\S", line).start()
    return re.sub(r"\S+", lambda w: w.group(0).lower() if w.start() > first and w.group(0).lower() in _SMALL_WORDS
                  else w.group(0).capitalize(), line)  # each word where it was, so the printed words can be cut out


def _meeting_of_running_header(date: Found | None) -> Found | None:
    """The meeting a running header names, where it gave the date ('Overview and Scrutiny
    Committee - 22 October 2015 | Agenda Item 4')."""
    body = _MEETING_WORDS.search(date.words) if date is not None and date.at == "the running header" else None
    return Found(_meeting_name(date.words, body), date.at, date.words) if body else None


def _meeting_name(value: str, body: re.Match) -> str:
    """'The Executive, Wednesday 4 September 2019' -> 'Executive'; 'Children and Young People's
    Scrutiny Panel' stays whole."""
    words = re.split(r"[,(–-]| on | at ", value)[0].strip()
    words = re.sub(r"^(?:the|a)\s+", "", words, flags=re.I)
    return words if _MEETING_WORDS.search(words) and len(words.split()) <= 8 else body.group(1)


# --- the portfolio -------------------------------------------------------------

def _portfolio(fields: list[CoverField], head: list[Block], tail: list[Block], config: SiteConfig,
               presenting: list[Block] = (), tables: Found | None = None) -> Found | None:
    names = _portfolio_names(config)
    for f in fields:
        if (_MEMBER_LABEL.match(f.label) and not _an_officer_only(f.value)) or _PORTFOLIO_LABEL.match(f.label):
            key = _named_portfolio(f.value, names)
            if key:
                return Found(key, f.at, f.words, f.confidence)
    for block in presenting:  # minutes: 'The Executive Member for Finance ..., presented the report'
        key = _named_portfolio(block.text, names)
        if key:
            return Found(key, block.where, block.text, block.line_confidence(0))
    for block in head:  # a heading that names the role: 'Report of the Cabinet Member for ...'
        for n, line in enumerate(block.lines):
            if (block.kind == "heading" or _REPORT_OF.match(line)) and _ROLE_FOR.search(fold(line)) \
                    and not _PASSING.search(line):
                key = _named_portfolio(line, names)
                if key:
                    return Found(key, block.where, sentence_with(line, ""), block.line_confidence(n))
    for block in head[:2]:  # a blog's first words: 'I took my quarterly report on Culture and Leisure to Cabinet'
        said = _MY_REPORT_ON.search(block.text)
        key = _named_portfolio(block.text[said.end():said.end() + 60], names) if said else None
        if key:
            return Found(key, block.where, sentence_with(block.text, ""), block.line_confidence(0))
    if tables is not None:  # outweighs a short line that names a portfolio: a comment's, a colleague's
        return tables
    for block in list(reversed(tail)) + head:  # the signature, then the heading: short lines, not prose
        lines = [(n, line) for n, line in enumerate(block.lines) if len(line.split()) <= _SHORT]
        if 1 < len(lines) == len(block.lines) and len(block.text.split()) <= 2 * _SHORT:
            lines.append((0, " ".join(block.lines)))  # 'Executive Member for Adult Social' / 'Care and Health'
        for n, line in lines:
            key = _named_portfolio(line, names)
            if key:
                return Found(key, block.where, sentence_with(line, ""), block.line_confidence(n))
    return None


_OFFICER = re.compile(r"\b(?:director|head\s+of|manager|officer|chief\s+executive)\b", re.I)
_COUNCILLOR_WORDS = re.compile(r"\b(?:Cllr|Councillor|Member|Holder)\b")


def _an_officer_only(value: str) -> bool:
    """'Report by: Executive Director (Communities and Housing)': an officer's directorate,
    which is no portfolio (the Portfolio Holder or the subject names that)."""
    return bool(_OFFICER.search(value)) and not _COUNCILLOR_WORDS.search(value)


_TABLE_VOTES = 3  # rows naming one portfolio's metrics, at least, and two in three of all such rows


def _portfolio_of_figures(document: Document, names: MetricNames) -> Found | None:
    """The portfolio whose metrics the report's figures name, row after row and line after
    line, where no cover field or heading names one: 'Jobs created', 'Vacant town centre
    units' are Regeneration's."""
    votes: Counter = Counter()
    first: dict[str, tuple[str, str]] = {}  # the first row naming each portfolio's measure: what the draft quotes
    for block, label in _figure_labels(document):
        owners = {names.portfolios[k] for m in names.mentions(label) for k in m.keys}
        if len(owners) == 1:
            owner = owners.pop()
            votes[owner] += 1
            first.setdefault(owner, (block.where, label))
    if not votes:
        return None
    key, count = votes.most_common(1)[0]
    if count < _TABLE_VOTES or count * 3 < sum(votes.values()) * 2:
        return None
    return Found(key, *first[key])


def _figure_labels(document: Document):
    """Each table row's label, and each line of text with a number in it."""
    for block in document.blocks:
        if block.kind == "table":
            yield from ((block, row[0]) for row in block.rows[1:])
        else:
            yield from ((block, line) for line in block.lines if any(c.isdigit() for c in line))


def _portfolio_names(config: SiteConfig) -> list[tuple[str, str]]:
    """Folded portfolio names and role titles -> key, longest first."""
    names = {fold(p.name): key for key, p in config.portfolios.items()}
    for member in config.members.values():
        for role in member.roles:
            names.setdefault(fold(role.title), role.portfolio)
    return sorted(names.items(), key=lambda kv: -len(kv[0]))


def _named_portfolio(text: str, names: list[tuple[str, str]]) -> str | None:
    """The portfolio named first (a joint report's lead member's), by its longest name."""
    folded = fold(text)
    named = [(m.start(), -len(name), key) for name, key in names
             if name and (m := re.search(rf"(^| ){re.escape(name)}( |$)", folded))]
    return min(named)[2] if named else _portfolio_after_role(folded, names)


# a heading's line set as a paragraph; a decision taken 'on the report of the Cabinet Member for Housing'
# or a statement's, a speech's: 'Statement by Councillor J Cordingley, Cabinet Member for ...'
_REPORT_OF = re.compile(r"\s*(?:report|statement|update|address|speech|briefing|message)\s+(?:of|by|from)\s+"
                        r"(?:the|(?:councillor|cllr)\b)|.*\bon\s+the\s+report\s+of\s+the\b", re.I)
_MY_REPORT_ON = re.compile(r"\bmy\s+(?:[a-z-]+\s+){0,2}(?:report|update)\s+(?:on|for|about)\s+(?:the\s+)?", re.I)
_ROLE_FOR = re.compile(r"\b(?:member|holder|lead|councillor|spokesperson)\s+for\s+(.{3,60})")
_MINOR = {"and", "the", "of", "for"}


def _portfolio_after_role(folded: str, names: list[tuple[str, str]]) -> str | None:
    """'Portfolio Holder for Adult Social Care': a portfolio named by part of its name, where
    one portfolio alone has every word printed after the role."""
    m = _ROLE_FOR.search(folded)
    if m is None:
        return None
    words = [w for w in m.group(1).split() if w not in _MINOR][:4]
    while words:
        keys = {key for name, key in names if set(words) <= set(name.split())}
        if len(keys) == 1:
            return keys.pop()
        words = words[:-1] if len(keys) == 0 else []
    return None


def _portfolio_of_member(member: Found, day, config: SiteConfig) -> Found | None:
    roles = [r for r in config.members[member.value].roles if r.held_on(day)]
    if len({r.portfolio for r in roles}) == 1:
        return Found(roles[0].portfolio, f"{member.at} (the member's role on {day.isoformat()})", member.words)
    return None


_PRESENTED = re.compile(r"\b(?:presented|introduced)\s+(?:the|this|her|his|their)\s+(?:report|item|update)\b|"
                        r"\b(?:report|item|update)\s+was\s+(?:presented|introduced)\s+by\b", re.I)


def _presenting(blocks: list[Block]) -> list[Block]:
    """Minutes name the report's member by who presented it: the first sentence that says so,
    as a block of its own ('The Executive Member for Finance and Resources, Councillor Eileen
    McPartland, presented the report')."""
    for block in blocks:
        if block.kind == "paragraph":
            for sentence in re.split(r"(?<=[.!?])\s+", block.text):
                if _PRESENTED.search(sentence) and len(sentence.split()) <= 40 and not sentence.rstrip().endswith("?"):
                    return [Block("paragraph", sentence, block.where, confidence=block.confidence[:1])]
    return []


# --- the member ----------------------------------------------------------------

_PASSING = re.compile(r"\b(?:thank|thanks|thanked|predecessor|former|formerly|late|welcome|welcomed|"
                      r"congratulat|tribute|previous|succeed|replac|joined by|with)\b", re.I)


def _member(fields, head, tail, blocks, config: SiteConfig, portfolio: Found | None,
            date: Found | None, config_names, presenting: list[Block] = ()) -> Found | None:
    names = config_names.members
    holders = set()
    if portfolio is not None and date is not None:
        holders = {key for key, m in config.members.items()
                   if any(r.portfolio == portfolio.value and r.held_on(date.value) for r in m.roles)}
    ranked: list[tuple[int, Found]] = []
    for f in fields:
        if _MEMBER_LABEL.match(f.label) or f.label in ("name", "councillor"):
            ranked += [(0, Found(k, f.at, f.words, f.confidence)) for k in names.find(f.value)]
    for block in presenting:
        ranked += [(0, Found(k, block.where, block.text, block.line_confidence(0))) for k in names.find(block.text)]
    for rank, group in ((1, list(reversed(tail))), (2, head)):
        for block in group:
            for n, line in enumerate(block.lines):
                if len(line.split()) <= 14 or not _PASSING.search(line):
                    ranked += [(rank, Found(k, block.where, sentence_with(line, ""), block.line_confidence(n)))
                               for k in names.find(line)]
    for block in blocks:  # named in passing: only the holder of the portfolio's role counts
        for n, line in enumerate(block.lines):
            for k in names.find(line) if holders else ():
                if k in holders:
                    ranked.append((3, Found(k, block.where, sentence_with(line, config.members[k].name),
                                            block.line_confidence(n))))
    for _, found in ranked:
        if found.value in holders:
            return found
    # a member who held another portfolio on the day is a colleague named, not the report's
    elsewhere = {key for key, m in config.members.items() if holders and date is not None and key not in holders
                 and any(r.held_on(date.value) for r in m.roles)}
    return next((found for rank, found in ranked if rank < 3 and found.value not in elsewhere), None)


def member_by_role(findings: Findings, config: SiteConfig) -> None:
    """No member's name in the report: the member holding the portfolio's role on its date,
    if exactly one did, read from the line that names the role."""
    if findings.member or not (findings.portfolio and findings.date):
        return
    portfolio, day = findings.portfolio.value, findings.date.value
    holders = [key for key, m in config.members.items()
               if any(r.portfolio == portfolio and r.held_on(day) for r in m.roles)]
    if len(holders) == 1:
        findings.member = Found(holders[0], f"{findings.portfolio.at} (no name: the role's holder on "
                                f"{day.isoformat()})", findings.portfolio.words, findings.portfolio.confidence)


def sentence_with(line: str, name: str) -> str:
    """The sentence of a long line that names it: the words an officer needs to see."""
    line = line.strip()
    if len(line) <= 160:
        return line
    folded_name = fold(name)
    for sentence in re.split(r"(?<=[.!?])\s+", line):
        if folded_name and folded_name in fold(sentence):
            return sentence
    return line[:160]


def complete_date(findings: Findings) -> None:
    """No meeting date printed: the date the report's figures speak as of, as the
    front matter's own definition of `date` allows."""
    if findings.date is None and findings.figures:
        first = findings.figures[0]
        findings.date = Found(first.as_of, first.as_of_at, first.as_of_words, first.confidence)


def title_for(findings: Findings, config: SiteConfig) -> Found | None:
    if findings.portfolio is None:
        return None
    name = config.portfolios[findings.portfolio.value].name
    meeting = f" to {findings.meeting.value}" if findings.meeting else ""
    source = findings.meeting or findings.portfolio
    return Found(f"{name} - Executive Member Report{meeting}", source.at, source.words, source.confidence)
