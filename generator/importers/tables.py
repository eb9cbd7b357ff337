"""Figures in tables. A table with a header row is read by its columns: the label column,
the value column, a rate column, a date column. In a performance table with several
period columns ('Q1 2019/20 | Q2 2019/20 | Target | RAG') the value is the latest
period's, never a target, a status or an earlier period's; its as-of date is the date
the table states for its figures ('Figures at 30 September 2019', 'As at 30/09/2019'),
else the end of that period. A rate is its row's rate column, a rate in the value's cell,
or the row under it that gives the rate ('Rate per 10,000 children'). A table with no
header row is read a row at a time, as lines are."""
from __future__ import annotations

import datetime as dt
import difflib
import re
from dataclasses import dataclass

from .dates import dates_in, month_number
from .document import Block
from .found import Figure, Findings, Found
from .metric_names import MetricNames
from .periods import Period, period_of, quarter_year_for, year_start
from .values import QUALIFIED, figure_label, masked, numbers_in, rates_in

_SKIP = re.compile(r"\b(?:targets?|tolerance|threshold|ambition|benchmark|national|england|statistical|"
                   r"neighbou?rs?|regional|region|north\s+east|comparators?|average|rag|status|direction|"
                   r"dot|trend|travel|comments?|commentary|notes?|change|variance|difference|"
                   r"polarity|good\s+is|better|rank|quartile|forecast|projected|plan(?:ned)?|budget)\b|%", re.I)
# 'Q2 2016/17 actual / target' over '1,742 (p) / 1,870': the actual comes first in each cell
_ACTUAL_THEN_TARGET = re.compile(r"\bactual\s*(?:/|v\.?|vs\.?|against)\s*target\b", re.I)
_EARLIER = re.compile(r"\b(?:previous|prior|last|baseline|same\s+period|year\s+ago)\b", re.I)
_RATE = re.compile(r"\brate\b|\bper\s+[\d,]+k?\b", re.I)
_DATE = re.compile(r"^\s*(?:(?:data|figures?|position|value|latest|reporting)\s+)?(?:date|as\s+(?:at|of)|at|period)"
                   r"(?:\s+date)?\s*$|"
                   r"^\s*date\s+of\s+(?:figures?|data)\s*$", re.I)
_VALUE = re.compile(r"\b(?:figures?|values?|numbers?|count|total|current|latest|actual|outturn|result|"
                    r"performance|position|this\s+(?:quarter|month|period|year)|snapshot|no\.?|children|people|"
                    r"ytd|year\s+to\s+date)\b", re.I)
_PLACE_TOTAL = re.compile(r"\b(?:borough|council|district|city|county|authority|all\s+localities)(?:\s+total|\s+wide)?\b|"
                          r"\ball\s+areas\b", re.I)
_YEAR_TO_DATE = re.compile(r"\bytd\b|year\s+to\s+date|cumulative", re.I)
# '_Rate per 10,000_': Markdown's emphasis round it in text a web page was saved as
_RATE_ROW = re.compile(r"^[\W_]*(?:the\s+)?rate\b|^[\W_]*per\s+[\d,]+k?\b|^[\W_]*(?:\w+\s+){0,3}rate\s+per\b", re.I)


# '500p', '500 (r)': provisional, revised; '2,434a': a note's letter, the note at the foot of the page
_MARKED = re.compile(r"(?<=\d)(?:\s?(?:p|r|e|\(p\)|\(r\)|\(e\))|[a-h])(?=\s|$)", re.I)


_OWN_RATE = re.compile(r"[:,–-]\s*(?:the\s+)?rate\b|\brate\s+per\s+[\d,]+", re.I)


@dataclass(frozen=True)
class Columns:
    value: int
    period: Period | None = None
    rate: int | None = None
    date: int | None = None
    header: str = ""  # the value column's heading


def read_table(block: Block, names: MetricNames, portfolio: str | None, context: Found | None,
               default: Found | None, findings: Findings) -> bool:
    """The table's figures into findings; False where it is no table of figures with a
    header row (the caller reads its rows as lines)."""
    rows = [r for r in block.rows if any(c.strip() for c in r)]
    if len(rows) < 2:
        return False
    rows = _measures_down(rows, names)
    rows = [r[_label_column(rows, names):] for r in rows]
    heads = _header_rows(rows, names)
    if not heads:
        return False
    if _tiles(rows[heads:]):
        return False
    header = _combined(rows[:heads])
    day = (context or default).value if (context or default) else None
    columns = _columns(_own_council(header, names.council), day, rows[heads:])
    if columns is None:
        return False
    stated = _stated_date(header, context, columns)
    body = _run_on_rows(rows[heads:])
    found: list[tuple[int, Figure]] = []
    for i, row in enumerate(body):
        _row_figure(row, i, body, columns, stated, default, block, names, portfolio, findings, found)
    if columns.date is not None:
        found = _latest_rows(found)
    for extra, figure in sorted(found, key=lambda f: f[0]):  # the row that names the metric most nearly first
        if extra < LOOK_ALIKE:
            findings.add_figure(figure)
        else:
            findings.unmatched.append(Found(None, figure.at, f"{figure.words} (names {figure.metric} but measures "
                                            "something more; not suggested)", figure.confidence))
    return True


_NOTE_KEY = re.compile(r"\s*\((?:p|r|e|provisional|revised|estimated)\)\s*$", re.I)  # '1,263 (p)'
_FIGURE_AND_RATE = re.compile(r"^\s*\d[\d,]*(?:\.\d+)?\S?\s+\(\s*[\d.]+\s+per\b")  # '2,097 (628.1 per 10,000 ...)'


def measure_card(block: Block, caption: Block | None, names: MetricNames) -> Block | None:
    """A report card: one measure's table, the measure named in the caption over it ('Report
    card 1: Cases discussed at MARAC'), a row a period ('Previous quarter (Q1 2019/20) | 127',
    'Latest (Q2 2019/20, to 30 September 2019) | 144', 'Target 2019/20 | 140') and rows of
    words between. Turned into a performance table: the periods across, the measure's row."""
    if block.kind != "table" or caption is None or caption.kind == "table" or caption.page != block.page \
            or len(caption.text.split()) > 16:
        return None
    named = names.mentions(caption.text)
    rows = [r for r in block.rows if len(r) >= 2 and r[0].strip()]
    valued = [r for r in rows if _number_cell(_NOTE_KEY.sub("", r[1])) or _FIGURE_AND_RATE.match(r[1])]
    if len(named) != 1 or len(valued) < 2 or any(names.mentions(r[0]) for r in rows) \
            or not any(period_of(r[0]) for r in valued):
        return None
    name = caption.text[named[0].start:named[0].end]
    return Block("table", where=block.where, page=block.page, confidence=block.confidence,
                 rows=(("Measure", *(r[0] for r in valued)), (name, *(r[1] for r in valued))))


_FIGURE_FIRST = re.compile(r"^\s*[£$€]?\d[\d,.]*\S*\s+[A-Za-z]")


def _tiles(body: list[tuple[str, ...]]) -> bool:
    """A dashboard's tiles laid out as a table ('28,184 Visits to museums | 64,533 Library
    visits'): each cell a figure and its name, read as lines, not a label beside a value."""
    return sum(1 for r in body if r and _FIGURE_FIRST.match(r[0])) * 2 > len(body)


def tile_cells(block: Block) -> list[tuple[int, str]] | None:
    """A table whose cells are mostly tiles, each a figure and its words ('712 Children looked
    after 212.3 per 10,000' | 'Adults in treatment 922 Target: 920' | '£9.4m invested ...'):
    each cell, with its row, a line of its own (one tile's words and numbers never run into
    the next's); else None. A column of bare values makes it a table of labels and values; a
    cell that is a numbered paragraph or sentences of one ('2.1 Cases heard at ...,') is no tile."""
    cells = [(n, c) for n, row in enumerate(block.rows) for c in row if c.strip()]
    if len(block.rows) < 2 or len({c for _, c in cells}) < 4:
        return None
    width = max(len(r) for r in block.rows)
    if any(all(not _WORDS.search(r[k]) for r in block.rows if k < len(r) and r[k].strip()) for k in range(width)):
        return None
    tiles = sum(1 for _, c in cells if re.search(r"\d", c) and len(_WORDS.findall(c)) >= 2
                and not re.match(r"\s*\d+\.\d", c) and not re.search(r"[,;]\s*$|\.\s+[A-Z]", c))
    return [(n, c) for n, c in dict.fromkeys(cells)] if tiles * 3 >= len(cells) * 2 else None


_WORDS = re.compile(r"[A-Za-z]{3,}")


def _latest_rows(found: list[tuple[int, Figure]]) -> list[tuple[int, Figure]]:
    """A table that gives each indicator a row per period ('Indicator | Period | Value',
    long format): each metric's latest period alone, whatever the rows' order."""
    latest: dict[str, dt.date] = {}
    for _, figure in found:
        latest[figure.metric] = max(latest.get(figure.metric, figure.as_of), figure.as_of)
    return [(extra, figure) for extra, figure in found if figure.as_of == latest[figure.metric]]


LOOK_ALIKE = 4  # words more than a metric's name: a row that measures something else
_FILLER = {"number", "of", "no", "total", "the", "all", "in", "current", "count", "figure", "figures", "and", "on",
           "at", "as", "month", "end", "quarter", "year", "date", "to", "ytd", "snapshot", "cumulative", "period",
           "this", "latest", "position", "new", "open", "a"}


def extra_words(label: str, start: int, end: int) -> int:
    """Words of a row's label beyond the metric's name ('Museum and gallery visits by school
    groups' has three more than 'Museum and gallery visits'): a look-alike row has more. A
    word after the name counts twice: it narrows the measure to a part ('Households in
    temporary accommodation with children', 'Housing register bids placed')."""
    def counted(words: str) -> int:
        return sum(1 for w in re.findall(r"[A-Za-z]+", re.sub(r"\([^)]*\)", " ", words)) if w.lower() not in _FILLER)
    return counted(label[:start]) + 2 * counted(label[end:])


def _fewest_extra_words(label: str, key: str, names: MetricNames) -> int:
    """A label in two languages or two names ('Achos MARAC / Cases heard at MARAC'): the
    half that names the metric most nearly."""
    return min(extra_words(half, m.start, m.end) for half in [label, *label.split(" / ")]
               for m in (names.mentions(half) or names.clipped_mentions(half))[:1] if key in m.keys)


def _measures_down(rows: list[tuple[str, ...]], names: MetricNames) -> list[tuple[str, ...]]:
    """A table with its measures across the top and its periods down the side ('Period |
    Children looked after | ...', then '2020/21 Q1 | 540 | ...'): turned, measures down."""
    joined = _heading_lines_joined(rows)
    named = sum(1 for cell in joined[0][1:] if names.mentions(cell))
    periods = sum(1 for r in joined[1:] if period_of(r[0]) or _SKIP.search(r[0]) or _EARLIER.search(r[0]))
    if named < 2 or names.mentions(joined[0][0]) or periods * 2 < len(joined) - 1:
        return rows
    width = max(len(r) for r in joined)
    grid = [list(r) + [""] * (width - len(r)) for r in joined]
    return [tuple(grid[r][c] for r in range(len(grid))) for c in range(width)]


def _heading_lines_joined(rows: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """A scan's heading cells read a line a row ('Households in' / 'temporary' /
    'accommodation'), the rows under the first with no word in its first column and no
    figure ('plans lasting 2 years' is words): one heading row."""
    lines = 1
    while lines < len(rows) - 1 and not rows[lines][0].strip() and any(c.strip() for c in rows[lines]) \
            and not any(_number_cell(c) for c in rows[lines]):
        lines += 1
    if lines == 1:
        return rows
    width = max(len(r) for r in rows[:lines])
    joined = tuple(" ".join(r[c].strip() for r in rows[:lines] if c < len(r) and r[c].strip()) for c in range(width))
    return [joined, *rows[lines:]]


def _run_on_rows(body: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """A row with no figures under a row with figures is the rest of its cells' words
    (a label or a comment running over lines in a scan or a text export); kept apart
    only if it is a label of its own in capitals and nothing else ('Children's social care')."""
    out: list[list[str]] = []
    for row in body:
        numbered = [c for c in row[1:] if re.search(r"\d", c)]
        # '(88.4 per 10,000' under '299' and no label: a bracket opened, the rest of the cell above
        figures = bool(numbered) and (bool(row[0].strip()) or not all(re.match(r"\(.*[^)]$", c) for c in numbered))
        own_label = row[0][:1].isupper() and not any(row[1:])
        if out and not figures and not own_label:
            out[-1] = [(a + " " + b).strip() for a, b in zip(out[-1], list(row) + [""] * (len(out[-1]) - len(row)))]
        else:
            out.append(list(row))
    return [tuple(r) for r in out]


def _label_column(rows: list[tuple[str, ...]], names: MetricNames) -> int:
    """The column that names the measures: the first, unless a reference column ('ENV 01')
    comes before it; the one of the first three whose cells name metrics most often."""
    counts = [sum(1 for r in rows if c < len(r) and names.mentions(r[c])) for c in range(min(3, len(rows[0])))]
    return max(range(len(counts)), key=lambda c: (counts[c], -c)) if counts and max(counts) else 0


def _header_rows(rows: list[tuple[str, ...]], names: MetricNames) -> int:
    """How many rows head the table: those before the first row that names a metric or
    holds figures, at most six (a scan's heading cells of four lines, 'Cyfartaledd Cymru /
    Wales average', come as a row a line)."""
    for i, row in enumerate(rows[:7]):
        cells = [c for c in row[1:] if c.strip()]
        numeric = [c for c in cells if _number_cell(c)]
        if numeric and all(_LOST_Q.fullmatch(c) for c in numeric) and _years_under(rows, i):
            continue  # 'Q3' read as '3' over '2017/18': a heading row
        if names.mentions(row[0]) or (cells and len(numeric) * 2 > len(cells) and (row[0].strip() or not i)):
            return i  # a row with no label under a heading row ('outturn | 1 | 2 | 3') heads it too
    return 0


_LOST_Q = re.compile(r"\s*[1-4]\s*")


def _years_under(rows: list[tuple[str, ...]], i: int) -> bool:
    """The row below heads its columns with council years ('2017/18 | 2018/19')."""
    below = [c for c in rows[i + 1][1:] if c.strip()] if i + 1 < len(rows) else []
    return (any(re.fullmatch(r"\s*(?:19|20)\d\d\s*/\s*\d\d\s*", c) for c in below)
            and not any(_number_cell(c) for c in below))


def _number_cell(cell: str) -> bool:
    """A figure, not a date heading its column ('30.09.2015', '30/09/2015')."""
    return bool(re.fullmatch(r"[\s\d,.()*%£-]+(?:\s*(?:per\s+[\d,]+k?|\(provisional\)|p|r))?", cell, re.I)) \
        and bool(re.search(r"\d", cell)) and not any(d.whole and d.end - d.start == len(cell.strip())
                                                    for d in dates_in(cell.strip()))


def _combined(header_rows: list[tuple[str, ...]]) -> list[str]:
    """A header over two rows ('Quarter 2' over '2019/20'), or spanning cells repeated: one
    heading per column."""
    width = max(len(r) for r in header_rows)
    out = []
    for c in range(width):
        parts = []
        for row in header_rows:
            cell = row[c] if c < len(row) else ""
            if cell and cell not in parts:
                parts.append(cell)
        out.append(" ".join(parts))
    return out


_GARBLED_QUARTER = re.compile(r"^\s*\S{1,2}\s+((?:19|20)\d\d\s*/\s*\d\d)\s*$")
_QUARTER_HEADING = re.compile(r"^\s*Q([1-4iIl|])\s+((?:19|20)\d\d)\s*/\s*\d\d\s*$", re.I)


def _garbled_quarters(header: list[str]) -> list[str]:
    """Text recognition reads 'Q2 2021/22' as 'a 2021/22': a column after a quarter's whose
    heading is a council year behind a stray mark is the quarter after it (one before a
    quarter's, the quarter before)."""
    out = [re.sub(r"^\s*([1-4])\s+(?=(?:19|20)\d\d\s*/\s*\d\d\s*$)", r"Q\1 ", h) for h in header]  # 'Q3' read as '3'
    for c in range(1, len(out)):
        garbled, before = _GARBLED_QUARTER.match(out[c]), _QUARTER_HEADING.match(out[c - 1])
        if garbled and before and not _BARE_QUARTER.match(out[c].split()[0]):
            number = int(before.group(1)) if before.group(1).isdigit() else 1  # 'Ql': Q1
            quarter, start = number % 4 + 1, int(before.group(2)) + (number == 4)
            if f"{start}/{(start + 1) % 100:02d}" == re.sub(r"\s", "", garbled.group(1)):
                out[c] = f"Q{quarter} {start}/{(start + 1) % 100:02d}"
    for c in range(len(out) - 2, 0, -1):  # or before one: 'Qu 2017/18' before 'Q2 2017/18' is Q1
        garbled, after = _GARBLED_QUARTER.match(out[c]), _QUARTER_HEADING.match(out[c + 1])
        year = re.sub(r"\s", "", garbled.group(1)) if garbled else ""
        if garbled and after and not _BARE_QUARTER.match(out[c].split()[0]) and after.group(1) in "234" \
                and year == f"{after.group(2)}/{(int(after.group(2)) + 1) % 100:02d}":
            out[c] = f"Q{int(after.group(1)) - 1} {year}"
    return out


def _columns(header: list[str], day: dt.date | None, body: list[tuple[str, ...]]) -> Columns | None:
    header = _garbled_quarters(header)
    hint = next((y for h in header if (y := year_start(h))), None) or (quarter_year_for(day) if day else None)
    dated = _quarter_years(header, day, body)
    periods: list[tuple[int, Period]] = []
    generic: list[int] = []
    rate = date = None
    for c, heading in enumerate(header[1:], start=1):
        if _RATE.search(heading) and not _SKIP.search(heading):
            rate = c if rate is None or _later(heading, header[rate], hint) else rate
            continue
        if _DATE.match(heading):
            date = c
            continue
        if (_SKIP.search(heading) and not _ACTUAL_THEN_TARGET.search(heading)) or _EARLIER.search(heading):
            continue
        period = period_of(dated.get(c, heading), hint)
        if period is not None and not _YEAR_TO_DATE.search(heading):
            periods.append((c, period))
        elif _VALUE.search(heading) or (heading.strip() == "" and _numbers_below(body, c)):
            generic.append(c)
    named_value = [c for c in generic if header[c].strip()]
    totals = [c for c in generic if _PLACE_TOTAL.search(header[c])]
    if totals and periods and day and max(p.end for _, p in periods) < day:
        # 'North | Central | South | Borough total | Dec 2022': the borough's total now, beside last year's month
        return Columns(totals[0], None, rate, date, header[totals[0]])
    if periods and date is not None and named_value:
        # 'Q4 | Q1 | Latest | Period': each row's latest figure, as of the period its row gives
        return Columns(named_value[0], None, rate, date, header[named_value[0]])
    if periods:
        # the latest period with figures: a dashboard's months to come are blank
        filled = [cp for cp in periods if _filled(body, cp[0])] or periods
        column, period = max(filled, key=lambda cp: (cp[1].end, cp[0]))
        if generic and not any(_numbers_below(body, c) for c, _ in periods):
            return Columns(generic[0], None, rate, date, header[generic[0]])
        return Columns(column, period, rate, date, header[column])
    if generic:
        return Columns(generic[0], None, rate, date, header[generic[0]])
    return None


_TOGETHER = re.compile(r"\b(?:partnership|combined|joint|total|all\s+councils|region(?:al)?)\b", re.I)


def _own_council(header: list[str], council: list[str]) -> list[str]:
    """Columns of several councils ('Hollinsfield Oct-Dec 13 | Kelbrook Vale Oct-Dec 13 |
    Partnership'): the report's figures are its own council's; the others' headings are
    blanked so no column of theirs is read."""
    own = [i for i, h in enumerate(header) if _names_council(h, council)]
    if not own:
        return header
    named = [i for i, h in enumerate(header[1:], start=1) if i not in own and not _SKIP.search(h)
             and (_TOGETHER.search(h) or (period_of(h) and re.search(r"[A-Z][a-z]{3,}", re.sub(
                 r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\bq[1-4]\b|quarter", "", h))))]
    return [("" if i in named else h) for i, h in enumerate(header)]


def _names_council(heading: str, council: list[str]) -> bool:
    """The heading names the council, or nearly: a scan reads 'Hollinsfield' as 'Hollimshelc'."""
    for word in re.findall(r"[a-z]+", heading.lower()):
        for name in council:
            if word == name or (len(name) >= 6 and abs(len(word) - len(name)) <= 2
                                and difflib.SequenceMatcher(None, word, name).ratio() >= 0.7):
                return True
    return False


_BARE_QUARTER = re.compile(r"^\s*(?:q|qtr\.?|quarter)\s*([1-4iIl])\s*$", re.I)
_BARE_MONTH = re.compile(r"^\s*(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*$", re.I)


def _quarter_years(header: list[str], day: dt.date | None, body=()) -> dict[int, str]:
    """'Q3 | Q4 | Q1' or 'Apr | May | ... | Mar' with no year printed: they run left to
    right, so the year moves on where the order goes back; the last with figures is the
    latest such period ended by the report's date. Gives each such column its heading with
    the year ('Q1 2019/20', 'Dec 2016')."""
    bare = [(c, int(m.group(1)) if m.group(1).isdigit() else 1, "q") for c, h in enumerate(header)
            if (m := _BARE_QUARTER.match(h))]
    bare += [(c, month_number(m.group(1)), "m") for c, h in enumerate(header) if (m := _BARE_MONTH.match(h))]
    bare.sort()
    if not bare or day is None:
        return {}
    filled = [b for b in bare if _filled(body, b[0])] or bare
    anchor = bare.index(filled[-1])
    order = [_rank(n, kind) for _, n, kind in bare]  # place within a council year, April first
    year = quarter_year_for(day)
    while _end(bare[anchor], year) > day:
        year -= 1
    years = {anchor: year}
    for i in range(anchor - 1, -1, -1):
        years[i] = years[i + 1] - (order[i] >= order[i + 1])
    for i in range(anchor + 1, len(bare)):
        years[i] = years[i - 1] + (order[i] <= order[i - 1])
    return {bare[i][0]: _heading(bare[i], y) for i, y in years.items()}


def _rank(number: int, kind: str) -> int:
    return number if kind == "q" else (number - 4) % 12


def _heading(item, year: int) -> str:
    """A council year's quarter or month, with its year: 'Q1 2019/20', 'Jan 2020'."""
    _, number, kind = item
    if kind == "q":
        return f"Q{number} {year}/{(year + 1) % 100:02d}"
    return f"{dt.date(2000, number, 1):%b} {year if number >= 4 else year + 1}"


def _end(item, year: int) -> dt.date:
    return period_of(_heading(item, year)).end


def _later(heading: str, other: str, hint: int | None) -> bool:
    a, b = period_of(heading, hint), period_of(other, hint)
    return a is not None and (b is None or a.end >= b.end)


def _filled(body: list[tuple[str, ...]], column: int) -> bool:
    """Figures in half the rows or more."""
    with_figures = sum(1 for r in body if column < len(r) and re.search(r"\d", r[column]))
    return with_figures * 2 >= len(body)


def _numbers_below(body: list[tuple[str, ...]], column: int) -> bool:
    return any(column < len(r) and re.search(r"\d", r[column]) for r in body)


def _stated_date(header: list[str], context: Found | None, columns: Columns) -> Found | None:
    """The date the table states for its figures: a day in the value column's heading, else
    the 'Figures at ...' line above it, else the end of the value column's period. A date alone
    on a line above (the meeting's, under the council's name) does not outweigh a period
    that ended before it: '2016/17' is as of 31 March 2017."""
    if columns.period is not None and columns.period.exact:
        return Found(columns.period.end, "", columns.header)
    if context is not None and not (columns.period is not None and _bare(context.words)
                                    and context.value > columns.period.end):
        return context
    if columns.period is not None:
        return Found(columns.period.end, "", columns.header)
    return None


def _bare(words: str) -> bool:
    """'27 September 2017', 'Wednesday, 4 September 2019': a date and nothing else."""
    rest = words
    for span in reversed(dates_in(words)):
        rest = rest[:span.start] + rest[span.end:]
    return not re.sub(r"(?i)\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|[\W\d_]", "", rest)


def _row_figure(row, i: int, body, columns: Columns, stated: Found | None, default: Found | None, block: Block,
                names: MetricNames, portfolio: str | None, findings: Findings, found: list) -> None:
    label = row[0]
    words = " | ".join(c for c in row if c)
    conf = None
    if block.confidence:  # a row turned or cut from the table's own: the table's least sure
        conf = block.line_confidence(block.rows.index(row)) if row in block.rows else min(block.confidence)
    cell = _MARKED.sub("", row[columns.value]) if columns.value < len(row) else ""
    mentions = names.mentions(label) or names.clipped_mentions(label)
    numbers = numbers_in(masked(cell, rates_in(cell)))
    if mentions and names.is_percent(names.choose(mentions[0], portfolio).key or mentions[0].keys[0]):
        numbers = numbers_in(masked(cell, rates_in(cell), percentages=True))
    if not mentions:
        if numbers and figure_label(label) and not _RATE_ROW.search(label):
            findings.unmatched.append(Found(None, block.where, words, conf))
        return
    choice = names.choose(mentions[0], portfolio)
    key = choice.key or mentions[0].keys[0]
    if names.is_count(key) and QUALIFIED.search(label[mentions[0].end:] + " " + label[:mentions[0].start]):
        return  # 'ASB incidents resolved within 28 days (%)': another measure
    values = [n for n in numbers if n.whole or not names.is_count(key)]
    if not values:
        return
    if choice.key is None:
        findings.unmatched.append(Found(None, block.where, names.elsewhere(words, choice.others, portfolio), conf))
        return
    as_of = _row_date(row, columns, label) or stated or default
    if as_of is None:
        findings.unmatched.append(Found(None, block.where, f"{words} (no date says when the figure is as of)", conf))
        return
    rate = _rate(row, i, body, columns, cell, names.rates.get(key))
    found.append((_fewest_extra_words(label, key, names),
                  Figure(key, values[0].value, values[0].text, as_of.value, as_of.words or words,
                         as_of.at or block.where, rate, block.where, words,
                         min((c for c in (conf, as_of.confidence) if c is not None), default=None))))


_COUNCIL_YEAR = r"\s*(?:19|20)?\d\d\s*/\s*\d\d\s*"
_BARE_QUARTER_CELL = r"\s*(?:Q|Qtr\.?|Quarter)\s*[1-4iIl|]\s*"


def _row_date(row, columns: Columns, label: str) -> Found | None:
    """The row's date column ('14/09/2010', or a period: 'Jun 2010', 'Q1 2010/11' is as of
    its end), else a date in its label."""
    if columns.date is not None and columns.date < len(row):
        printed = row[columns.date]
        before = row[columns.date - 1] if columns.date else ""
        after = row[columns.date + 1] if columns.date + 1 < len(row) else ""
        # 'Q1 | 12/13': a scan's columns part a quarter from its year, either side of the heading's column
        if re.fullmatch(_COUNCIL_YEAR, after) and re.fullmatch(_BARE_QUARTER_CELL, printed):
            printed += " " + after
        elif re.fullmatch(_COUNCIL_YEAR, printed) and re.fullmatch(_BARE_QUARTER_CELL, before):
            printed = before + " " + printed
        period = period_of(printed)
        if period is not None:
            return Found(period.end, "", row[columns.date])
    spans = [d for d in dates_in(label) if d.whole]
    return Found(spans[0].date, "", label) if spans else None


_BRACKETED_RATE = re.compile(r"^\s*[\d,]+\S*\s*\((\d+\.\d+)\)\s*$")


def _rate(row, i: int, body, columns: Columns, cell: str, per: int | None) -> float | None:
    """The rate column, a rate printed in the value's cell, or the rate row below (below the
    rows for parts of the measure, if any)."""
    if per is None:
        return None
    for rate in rates_in(cell):
        if rate.base in (None, per):
            return rate.value
    bracketed = _BRACKETED_RATE.search(cell)  # '190 (55.7)', under a note 'Rates in brackets: per 10,000'
    if bracketed:
        return float(bracketed.group(1))
    for other in row[1:]:  # a notes column: '209.6 per 10,000 children aged 0-17'
        said = [r for r in rates_in(other) if r.base == per]
        if other is not row[columns.value] and said:
            return said[0].value
    if columns.rate is not None and columns.rate < len(row):
        found = numbers_in(row[columns.rate])
        if found:
            return float(found[0].value)
    name, j = row[0].strip().lower(), i + 1  # past rows for a part of the measure ('Long-term support reviews ...')
    while j <= i + 2 and j < len(body) and name and body[j][0].lower().startswith(name) \
            and not _OWN_RATE.search(body[j][0]):
        j += 1
    if j < len(body) and (_RATE_ROW.search(body[j][0]) or _OWN_RATE.search(body[j][0])):
        below = body[j]  # 'Rate per 10,000 children', or '<the measure>: rate per 10,000'
        base = re.search(r"per\s+([\d,]+)\s*(k\b)?", below[0], re.I)
        if base is None or int(base.group(1).replace(",", "")) * (1000 if base.group(2) else 1) == per:
            found = numbers_in(below[columns.value]) if columns.value < len(below) else []
            if found:
                return float(found[0].value)
    if j < len(body) and _COMMENT_ROW.match(body[j][0]):  # 'Comment: ... That is a rate of 665.9 per 100,000 ...'
        said = [r for r in rates_in(body[j][0]) if r.base == per]
        if said:
            return said[0].value
    return None


_COMMENT_ROW = re.compile(r"^\s*(?:comments?|commentary|notes?)\s*:", re.I)
