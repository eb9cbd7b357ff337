"""Figures of the metrics in site_config/metrics.yml, found by their labels and
aliases (case and punctuation do not matter), with the date they are as of and
the rate as printed. Only what is a figure is taken (values.py); a name shared by
several portfolios' metrics means the report's own portfolio's (metric_names.py);
tables, performance tables with several periods among them, are read in tables.py."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from .dates import MONTH, DateSpan, dates_in, month_number
from .document import Block, Document
from .found import Figure, Findings, Found
from .metric_names import Mention, MetricNames
from .periods import month_end, period_of
from .tables import LOOK_ALIKE, extra_words, measure_card, read_table, tile_cells
from .values import FIGURE_ALONE, FLAG, QUALIFIED, Number, figure_label, masked, numbers_in, rates_in

_AS_OF_LINE = re.compile(r"^\s*(?:as\s+(?:of|at)|figures?\s+(?:are\s+)?(?:as\s+(?:of|at)|at|for|to)|"
                         r"data\s+(?:is\s+|are\s+)?(?:as\s+)?(?:at|to|of)|position\s+(?:as\s+)?at|"
                         r"snapshot\s+(?:as\s+)?at|performance\s+(?:as\s+)?(?:at|to)|at)\b", re.I)
_AS_OF_PHRASE = re.compile(r"\b(?:figures?|data|information|performance|position|snapshot|numbers|values?|headlines?|"
                           r"highlights?)\b[^.]{0,60}?\b(?:as\s+(?:at|of)|at|to|from|for|for\s+the\s+period\s+(?:ending|to))"
                           r"\s*:?\s*$"
                           r"|(?:\bfor\s+|\()the\s+(?:period|quarter|month|year)\s+(?:ending|ended|to)\s*:?\s*$", re.I)
# a short title over figures that ends 'at <date>': 'Key facts – at 31 July 2019', 'In
# numbers (as at 30/06/2022)'
_TITLE_AT = re.compile(r"^[^.\d]{0,60}\b(?:as\s+(?:at|of)|at)\s*:?\s*$|"
                       r"^[^.\d]{0,40}\b(?:at\s+a\s+glance|in\s+numbers|headlines|highlights|key\s+(?:facts|figures))"
                       r"\s*[:–-]\s*$", re.I)  # 'Our year at a glance: 31 March 2018'
_TITLE_TAIL = re.compile(r"^[\s)–.:-]*(?:(?:are|is|were|was)\s*:?)?\s*$", re.I)  # '... at 31 July 2019 are:'
_CAPTION = re.compile(r"^\s*(?:table|figure|chart)\s+\d+[a-z]?\s*[:.–-]\s*", re.I)
_WEEKDAY = re.compile(r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\W*", re.I)
_NAME_COLON_FIGURE = re.compile(r"^[^:]{2,80}:\s*[\d,.]*\d%?\*?(?:\s*\([^)]{0,20}\))*\s*$")
_FIGURE_LIKE = re.compile(r"^[^\d:]{3,80}?(?::|\t|figures? (?:is|are)|@)[^\n]*?\d")
_SHAPED = re.compile(r"^\s*as\s+(?:at|of)\b|@|:|\t|\bfigures?\s+(?:is|are|was|were|stands?|stood)\b|"
                     r"\bthere\s+(?:were|was|are|is)\b|"
                     # 'In the quarter to 31 December 2018, 59.1% of major planning applications ...'
                     r"^\W*in\s+the\s+(?:quarter|month|year|period|six\s+months)\s+(?:to|ending|ended)\s+[^,.;]{4,30},"
                     r"\s+[\d,.]*\d%?\s|"
                     # 'At the end of the quarter 33.2% of household waste ...': the period's end said first
                     r"^\W*at\s+the\s+end\s+of\s+(?:the\s+)?(?:quarter|month|year|period)\b,?\s+[\d,.]*\d%?\s|"
                     # 'Permanent admissions to residential and nursing care (aged 65+) – 95 (target 110) Green'
                     r"^[^.;–—]{3,140}?\s[–—-]\s+[\d,.]*\d", re.I)
# a sentence that tells a figure ('was 552', 'has risen to 552'): one only where a date
# says when, in the sentence or in an 'As at ...' line above
_TOLD = re.compile(r"\b(?:is|are|was|were|stands?|stood|totals?|totalled|reached)\s+(?:at\s+)?\d|"
                   r"\b(?:rose|risen|fell|fallen|increased|decreased|reduced|grew|grown|dropped|moved|changed|went\s+"
                   r"(?:up|down))\b(?:[^.;]|\.\d){0,40}?\bto\s+\d|"
                   # 'Management information for the week ending 4 September 2018 shows 102 ...'
                   r"\b(?:data|figures|information|records)\b[^.;\d]{0,30}(?:\d[^.;]{0,25})?"
                   r"\b(?:show|shows|showed|give|gives)\s+\d|"
                   r"^\W*(?:we|i)\s+(?:have\s+|can\s+|am\s+(?:pleased|able)\s+to\s+)?"
                   r"(?:recorded|counted|received|completed|supported|made|delivered|report)\s+"
                   r"(?:a\s+)?(?:provisional\s+)?\d",
                   re.I)  # 'We recorded 66 businesses assisted ...', 'I can report 103 ...': the council's own count
# 'Figures in this report are at ...', 'This is my update on the portfolio for the period to ...'
_WHOLE_REPORT = re.compile(r"\b(?:in\s+this\s+(?:report|update|briefing)|unless\s+(?:otherwise\s+)?stated|"
                           r"throughout|(?:this|my|our)\s+(?:report|update|briefing)\b[^.]{0,40}\bfor\s+the\s+period\s+"
                           r"(?:ending|ended|to))\b", re.I)
# 'Of the 413 incidents, 42 ...', '4:3 Of the ...', '4.3-Of the ...' (its paragraph number misread)
_RESTATED = re.compile(r"^\W*(?:\d{1,2}[.:]\d{1,2}[\s-]+)?of\s+(?:the|these|those|all)\s+\d", re.I)
# 'The 1,825 children supported as children in need include 532 from outside the borough'
_TOTAL_RESTATED = re.compile(r"^\W*the\s+\d[\d,]*\s+[^.;\d]{3,80}?\binclud(?:e|es|ed)\s+\d", re.I)
_NUMBER_FIRST = re.compile(rf"^\W{{0,3}}\d[\d,]*(?:\.\d+)?%?\*?(?:\s*{FLAG})?\s+[a-z]")
_RATE_HEADER = re.compile(r"^\s*(?:measure|indicator)\b.*\bfigure\b.*\brate\b", re.I)
_SENTENCES = re.compile(r"(?<=[.!?])\s+(?=[A-Z]|[—–]\s+[A-Z])")  # ('... no target. — Permanent ...')
SURE_OF_WORDS = 85  # OCR's least word confidence in a line whose words are read as they are printed
SHORT_LINE = 12  # words: a line this short holding a metric's name and a number states its figure


def find_figures(document: Document, names: MetricNames, default: Found | None, portfolio: str | None,
                 findings: Findings) -> None:
    context: Found | None = None  # the last 'As of <date>' line above
    title: Block | None = None  # the last heading that names a metric
    read_as_tables: dict[int, int] = {}  # figures read from a table's columns (not its cells read as lines): its block
    scanned = document.scan is not None
    for i, block in enumerate(document.blocks):
        if block.kind == "heading" and title is not None and title.page == block.page \
                and FIGURE_ALONE.match(block.text):
            # a slide: its title names the measure, its figure in big type stands alone
            line_figures(f"{title.text}: {block.text}", block, 0, names, portfolio, context, default, findings)
            continue
        beside = _BESIDE_LAST_YEAR.match(block.text) if block.kind == "paragraph" else None
        if title is not None and title.page == block.page and (beside or block.kind == "table" and len(block.rows) <= 2
                                                               and _BIG_FIGURE.match(block.rows[0][0])):
            # a slide's big figure in a panel beside 'Same month last year: 1,865', or on its line
            big = re.sub(r"p$", " (p)", beside.group(1) if beside else block.rows[0][0])  # '1,834p': provisional
            rate = " ".join(s for b in _same_page_before(document.blocks, i) if b.kind == "paragraph"
                            for line in b.lines for s in statements(line) if _RATE_SENTENCE.search(s))
            line_figures(f"{title.text}: {big} {rate}".strip(), block, 0, names, portfolio, context, default,
                         findings)  # the slide's 'That is 537.3 per 10,000 ...' over its figure
            continue
        caption = _caption_under(block, document.blocks[i + 1:i + 2])
        if caption:  # a side bar's big figure over its caption: '324' / 'children looked after'
            line_figures(f"{block.text} {caption}", block, 0, names, portfolio, context, default, findings)
            continue
        if block.kind == "heading" and _NAME_COLON_FIGURE.match(block.text):
            # a disclosure's summary set as a heading ('Successful preventions: 197 (Red)' over
            # its earlier quarters): a figure under the date above, which it does not end
            line_figures(block.text, block, 0, names, portfolio, context, default, findings)
            continue
        if block.kind == "heading":
            context = _date_line(block.text, block, 0)
            title = block if names.mentions(block.text) else None
            continue
        if block.kind == "table":
            before = len(findings.figures)
            card = measure_card(block, document.blocks[i - 1] if i else None, names)
            if read_table(card or block, names, portfolio, context, default, findings):
                _rates_in_notes_under(findings, before, document.blocks[i + 1:], names)
                read_as_tables.update((id(f), i) for f in findings.figures[before:])
                continue
        rate_column = False  # a table drawn without rules: its header names a rate column
        tiles = block.kind == "table" and tile_cells(block)
        for n, line in tiles or enumerate(block.lines):
            dated = _date_line(line, block, n)
            if dated and _WHOLE_REPORT.search(line):
                default = dated  # 'Figures in this report are at ... unless stated otherwise'
            default = _data_period(line, block, n) or _period_reported(line, block, n, default) or default
            over_table = block.kind == "paragraph" and i + 1 < len(document.blocks) \
                and document.blocks[i + 1].kind == "table"
            context = dated or (_period_caption(line, block, n) if over_table else None) or context
            rate_column = rate_column or bool(_RATE_HEADER.search(line))
            parts = statements(line)
            for statement in _run_ins_named(parts, names) if block.kind == "paragraph" else parts:
                if statement != line:  # a speech's 'I want to pick out the figures at 31 December 2020.'
                    context = _date_line(statement, block, n) or context
                before = len(findings.figures)
                line_figures(statement, block, n, names, portfolio, context, default, findings,
                             rate_column, tile=bool(tiles), scanned=scanned)
                if len(findings.figures) == before:
                    _rate_told_after(statement, block, findings, names)
    _earlier_tables_aside(findings, read_as_tables)


# a note under a table giving a row's rate: 'a Equivalent to 98.4 per 10,000 children aged 0-17 ...'
_RATE_NOTE = re.compile(r"^\W*(?:[a-h\d]\)?\s+)?(?:equivalent\s+to|(?:this\s+is\s+)?a\s+rate\s+of|rate:?)\s+"
                        r"\d[\d.]*\s+per\b", re.I)


# 'Quarter 4 2013/14: January to March 2014' over a table a quarter (the latest first)
_PERIOD_CAPTION = re.compile(r"^\W*((?:quarter|qtr|q)\s*[1-4]\s+(?:19|20)\d\d\s*/\s*\d\d)\b[^.]{0,40}$", re.I)


def _period_caption(line: str, block: Block, n: int) -> Found | None:
    """A caption over a table that names the quarter its figures are for: as of its end."""
    caption = _PERIOD_CAPTION.match(line)
    period = period_of(caption[1]) if caption else None
    return Found(period.end, block.where, line.strip(), block.line_confidence(n)) if period else None


def _rates_in_notes_under(findings: Findings, first: int, after: list[Block], names: MetricNames) -> None:
    """Notes under a table that give rates, their markers lost with the superscripts that
    keyed them to rows: in the rows' order, where there are as many as rows of measures
    that take a rate and have none printed beside them."""
    notes = []
    for block in after:
        if block.kind != "paragraph":
            break
        if _RATE_NOTE.match(block.text):
            notes.append(block.text)
    wanting = [n for n, f in enumerate(findings.figures[first:], start=first)
               if f.rate is None and f.metric in names.rates]
    if not notes or len(notes) != len(wanting):
        return
    for n, note in zip(wanting, notes):
        figure = findings.figures[n]
        rate = next((r.value for r in rates_in(note) if r.base in (None, names.rates[figure.metric])), None)
        if rate is not None:
            findings.figures[n] = replace(figure, rate=rate)


_BIG = r"(?!(?:19|20)\d\d\b)\d[\d,]*(?:\.\d+)?%?[*p]?"  # a slide's figure in big type, 'p' if provisional
_BIG_FIGURE = re.compile(rf"^{_BIG}$")
_BESIDE_LAST_YEAR = re.compile(rf"^({_BIG})\s+(?=same\s+(?:month|quarter|period)\s+last\s+year)", re.I)


def _same_page_before(blocks: list[Block], i: int) -> list[Block]:
    """The blocks before the i-th on its page, in reading order (found from it backwards, so
    a long document's slides are not each read from its start)."""
    start = i
    while start and blocks[start - 1].page == blocks[i].page:
        start -= 1
    return blocks[start:i]


def _earlier_tables_aside(findings: Findings, read_as_tables: dict[int, int]) -> None:
    """A table a quarter, the same measures in each (a web page's tabs, a quarter's panel
    each): the latest table's figure is the report's; an earlier table's is an earlier period."""
    tabled = [f for f in findings.figures if id(f) in read_as_tables]
    latest: dict[str, Figure] = {}
    for f in tabled:
        if f.metric not in latest or f.as_of > latest[f.metric].as_of:
            latest[f.metric] = f
    earlier = [f for f in tabled if read_as_tables[id(f)] != read_as_tables[id(latest[f.metric])]
               and f.as_of < latest[f.metric].as_of]
    for f in earlier:
        findings.figures.remove(f)
        findings.unmatched.append(Found(None, f.at, f"{f.words} (as of {f.as_of.isoformat()}, before the same "
                                        f"measure in a later table; not suggested)", f.confidence))


# 'Children in our care. Performance at the end of Quarter 1 was 676 (...).': a run-in heading
# that names a measure ('Permanent admissions (65+).'), the sentences after it telling its figure
_RUN_IN = re.compile(r"^[\W]*((?:[^.:;\t(]|\([^()]{0,20}\)){3,90}?)(?<!\d)\.(?:\s+(?=[A-Z])|\s*$)")


def _run_ins_named(parts: list[str], names: MetricNames) -> list[str]:
    """A paragraph's sentences with a run-in heading that names a measure made the label of
    the sentence after it ('Children in our care: Performance at the end of ...'), where the
    heading is the name and no more (not 'Housing register bids placed.')."""
    out: list[str] = []
    label = None
    for part in parts:
        if label is not None:
            part = f"{label}: {part}"
        heading = _RUN_IN.match(part)
        mentions = names.mentions(heading[1]) if heading else []
        label = None
        if mentions and extra_words(heading[1], mentions[0].start, mentions[-1].end) < LOOK_ALIKE:
            if heading.end() == len(part):
                label = heading[1]  # the heading a sentence of its own: the next one's label
                continue
            part = f"{heading[1]}: {part[heading.end():]}"
        out.append(part)
    return out + ([label] if label else [])


def statements(line: str) -> list[str]:
    """The parts of a line that may state a figure: the whole line if short, else its sentences."""
    if len(line.split()) <= SHORT_LINE or "\t" in line:
        return [line]
    return _SENTENCES.split(line)


def figure_shaped(text: str) -> bool:
    """'X @ date  552', 'X: 1,846', 'As at ... there were 552 X', 'X figures are: 438', '1,279
    X in the year to ...' (a headline figure, its number first), a table row, or a short
    line: not a figure mentioned in passing in running prose."""
    if _RESTATED.match(text):
        return False  # 'Of the 2,736 adults receiving long-term support, 886 were ...': a share of a figure told before
    return len(text.split()) <= SHORT_LINE or bool(_SHAPED.search(text)) or bool(_NUMBER_FIRST.match(text))


def _caption_under(block: Block, after: list[Block]) -> str | None:
    """A figure set alone in big type with the words under it that say what it counts, in
    lower case ('324' over 'children looked after - 96.4 per 10,000 ...')."""
    if block.kind != "heading" or not FIGURE_ALONE.match(block.text) or not after:
        return None
    below = after[0]
    if below.kind == "table" or below.page != block.page or not below.text[:1].islower():
        return None
    return below.lines[0]


def _date_line(line: str, block: Block, n: int) -> Found | None:
    """'As of 21 December 2017', 'Figures at 30 September 2019', a short title that ends
    'at <date>' ('Key facts – at 31 July 2019'), or a short line that is a date and nothing
    else: the date the figures after it are as of."""
    spans = [d for d in _month_ends(dates_in(line), line) if d.whole]
    if not spans:
        return None
    before = _END_OF.sub("", line[:spans[0].start])  # 'Figures are at the end of January 2019'
    before = _END_OF_MONTH_SAID.sub("", before)  # '... the figures at the end of December, the 31st of December 2020'
    before = _CAPTION.sub("", before)  # 'Table 1: Children's Services measures at 31 March 2018'
    rest = (line[:spans[0].start] + line[spans[0].end:]).strip(" :-–,.()")
    bare = len(spans) == 1 and not rest or bool(_WEEKDAY.fullmatch(rest))  # '18 August 2019', 'Monday, 18 ...'
    # a title, not the end of a sentence a column's line break cut ('and alcohol treatment at 12 February 2022.')
    title = _TITLE_AT.match(before) and len(line.split()) <= 10 and _TITLE_TAIL.match(line[spans[0].end:]) \
        and not line[:spans[0].start].split("\t")[-1].lstrip()[:1].islower()
    if _AS_OF_LINE.match(line) or _AS_OF_PHRASE.search(before) or bare or title:
        if numbers_in(masked(line, spans)) and not _AS_OF_LINE.match(line) and not bare:
            return None  # a statement with a figure in it dates only itself
        return Found(spans[0].date, block.where, line.strip(), block.line_confidence(n))
    return None


_PERIOD_FIELD = re.compile(r"^\s*(?:(?:outturn|performance|kpi)\s+)?(?:(?:data|reporting|performance)\s+period|"
                           r"period\s+(?:covered|of\s+(?:the\s+)?(?:data|figures))|"
                           r"(?:data|figures)\s+(?:as\s+)?(?:at|of))"
                           r"\s*(?::|\.{2,}|…|\t|\s{2,})\s*(?=\S)", re.I)


def _data_period(line: str, block: Block, n: int) -> Found | None:
    """A cover's field for the period the figures are for ('Data period ...... Q1 2022/23 (to
    30 June 2022)', 'Reporting period: Quarter 2 2019/20', 'Outturn data as at: 31 March
    2019'): every figure the report does not date otherwise is as of its end."""
    field = _PERIOD_FIELD.match(line)
    if field is None:
        return None
    value = line[field.end():]
    spans = [d for d in _month_ends(dates_in(value), value) if d.whole]
    period = None if spans else period_of(value)
    day = spans[-1].date if spans else period.end if period else None
    return Found(day, block.where, line.strip(), block.line_confidence(n)) if day else None


# 'To report the portfolio's performance for Quarter 2 2018/19 (to 30 September 2018)', 'how the
# portfolio performed in Quarter 3 2019/20, the three months to 31 December 2019', 'How the ...
# portfolio did in Quarter 1 2023/24, the three months to 30 June 2023'
_PERIOD_REPORTED = re.compile(r"\b(?:performance|performed|did|fared|figures|report\s+cards|measures|indicators)\b"
                              r"[^.;]{0,60}?"
                              r"\b(?:for|in|during|at\s+the\s+end\s+of)\s+(?:the\s+)?"
                              r"(?:q[1-4]|quarter\s+[1-4]|month|year)\b"
                              r"[^.;]{0,40}?(?:\b(?:to|ending|ended)\s+|\(\s*)$", re.I)


def _period_reported(line: str, block: Block, n: int, default: Found | None) -> Found | None:
    """The period a report says it covers, at its start: its figures not dated otherwise are
    as of that period's end (never where it ends after the meeting's date)."""
    for span in _month_ends(dates_in(line), line):
        if span.whole and _PERIOD_REPORTED.search(line[max(0, span.start - 140):span.start]) \
                and (default is None or span.date <= default.value):
            return Found(span.date, block.where, line.strip(), block.line_confidence(n))
    return None


def line_figures(line: str, block: Block, n: int, names: MetricNames, portfolio: str | None,
                 context: Found | None, default: Found | None, findings: Findings, rate_column: bool = False,
                 tile: bool = False, scanned: bool = False) -> None:
    """context: the date of an 'As at ...' line above; default: the meeting's; tile: the
    line is a dashboard tile's (a figure and its name by layout, however many words);
    scanned: the line was read by OCR."""
    if not any(c.isdigit() for c in line):
        return  # no figure in it (most of a report's prose)
    mentions = _merged(names.mentions(line) or (names.misread_mentions(line) if scanned else []), line)
    conf = block.line_confidence(n)
    if not mentions and (not scanned or (conf or 0) >= SURE_OF_WORDS):  # misread words make up names
        mentions = names.reworded_mentions(line) or _the_latest_of_a_measure(line, findings, names, portfolio)
    dates = _month_ends(dates_in(line), line) + _yearless_month_ends(line, default)
    others = _other_councils(line, names.council)
    numbers = numbers_in(masked(line, [*dates, *mentions, *others]))
    percentages = numbers
    if ("%" in line or "cent" in line) and any(names.is_percent(k) for m in mentions for k in m.keys):
        percentages = numbers_in(masked(line, [*dates, *mentions, *others], percentages=True))
    if not mentions:
        if numbers and looks_like_a_figure(line):
            findings.unmatched.append(Found(None, block.where, line.strip(), conf))
        return
    shaped = rate_column or tile or figure_shaped(line)
    told = not shaped and bool(_TOLD.search(line))
    if told and context is None and not [d for d in dates if d.whole]:
        told = False  # 'has fallen to 412 in the quarter': when, it does not say
    if not (shaped or told):
        if _rate_restated(line, mentions, numbers, names, portfolio, findings):
            return
        if numbers:
            findings.unmatched.append(Found(None, block.where, f"{line.strip()} (a figure in running "
                                            "prose; not suggested)", conf))
        return
    claimed: set[int] = set()
    for i, mention in enumerate(mentions):
        begin = mentions[i - 1].end if i else 0
        end = mentions[i + 1].start if i + 1 < len(mentions) else len(line)
        choice = names.choose(mention, portfolio)
        key = choice.key or mention.keys[0]
        if _qualified(line, mention, begin, end, names, key):
            continue  # 'ASB incidents resolved within 28 days (%)': another measure
        number = _number_for(line, percentages if names.is_percent(key) else numbers, begin, end, mention,
                             claimed, names, key)
        if number is None:
            continue
        claimed.add(number.start)
        if _an_earlier_month(line, number, context or default):
            findings.unmatched.append(Found(None, block.where, f"{line.strip()} (a figure for an earlier month; "
                                            "not suggested)", conf))
            continue
        if choice.key is None:
            findings.unmatched.append(Found(None, block.where, names.elsewhere(line.strip(), choice.others,
                                                                               portfolio), conf))
            continue
        as_of = _nearest_date(dates, mention.start, line) or context or default
        if as_of is None:
            findings.unmatched.append(Found(None, block.where, f"{line.strip()} (no date says when the "
                                            "figure is as of)", conf))
            continue
        rate = _rate_after(line, number.start + len(number.text), names.rates.get(key))
        if rate is None and rate_column and key in names.rates:
            rate = next((float(x.text.replace(",", "")) for x in numbers if x.start > number.start and "." in x.text),
                        None)
        if _TOTAL_RESTATED.match(line) and any((f.metric, f.value) == (key, number.value) for f in findings.figures):
            continue  # the figure told already, said again under another date ('The 2,311 adults ... include 345')
        findings.add_figure(Figure(key, number.value, number.text, as_of.value, as_of.words or line.strip(),
                                    as_of.at or block.where, rate, block.where, line.strip(),
                                    _least(conf, as_of.confidence)))


_UNNAMED_LATEST = re.compile(r"\b(?:the\s+)?(?:most\s+recent|latest)\s+(?:figure|position|count)\b|"
                             r"\bthe\s+figure\s+(?:at|as\s+at|on|for)\b", re.I)


def _the_latest_of_a_measure(line: str, findings: Findings, names: MetricNames,
                             portfolio: str | None) -> list[Mention]:
    """'Officers reported that the figure at 28 February 2023 was 2,139', 'the most recent
    figure I have, for the end of April, is 2,018': a later figure of a measure the report
    has already given, unnamed. The measure is the one of the report's portfolio whose
    figure so far it is nearest, within a quarter either way; if none or two are, none."""
    said = _UNNAMED_LATEST.search(line)
    if said is None or portfolio is None:
        return []
    values = [n.value for n in numbers_in(masked(line[said.end():], _month_ends(dates_in(line[said.end():]),
                                                                                  line[said.end():])))]
    if not values or not float(values[0]).is_integer():
        return []
    near = {f.metric for f in findings.figures if names.portfolios.get(f.metric) == portfolio
            and names.is_count(f.metric) and 0.8 <= values[0] / max(f.value, 1) <= 1.25}
    return [Mention((near.pop(),), said.start(), said.end())] if len(near) == 1 else []


# 'Wendlebury Council reported 619 children looked after over the same period': another
# council's count, however its sentence is dated
_ANOTHER_COUNCIL = re.compile(r"\b((?:[A-Z][\w'’-]+\s+){1,3})(?:(?:Borough|County|City|District|Metropolitan)\s+)*"
                              r"Council\b[^.;\d]{0,40}?\b(?:reported|recorded|had|has|saw|registered|received)\b"
                              r"[^.;\d]{0,20}[\d,.]*\d")
_NOT_A_NAME = {"the", "this", "our", "each", "every", "a", "an", "in", "by", "for"}


@dataclass(frozen=True)
class _Blank:
    start: int
    end: int


def _other_councils(line: str, council: list[str]) -> list[_Blank]:
    """The spans of other councils' counts (blanked out like dates); not this council's own
    ('Hollinsfield Council recorded ...', 'The Council received ...')."""
    spans = []
    for m in _ANOTHER_COUNCIL.finditer(line):
        named = {w.lower() for w in re.findall(r"[A-Za-z]+", m.group(1))} - _NOT_A_NAME
        if named and not named & set(council):
            spans.append(_Blank(m.start(), m.end()))
    return spans


_IN_MONTH = re.compile(rf"\s+in\s+{MONTH}\s+((?:19|20)\d\d)\b", re.I)


def _an_earlier_month(line: str, number: Number, when: Found | None) -> bool:
    """'... stood at 5,104 in September 2015', in a report of September 2016: the same month
    last year, quoted to compare, not a figure of the report's."""
    m = _IN_MONTH.match(line, number.start + len(number.text))
    return bool(m and when) and month_end(int(m.group(2)), month_number(m.group(1))) < when.value - dt.timedelta(days=62)


def _rate_restated(line: str, mentions, numbers, names: MetricNames, portfolio: str | None,
                   findings: Findings) -> bool:
    """'The October figure of 2,206 for people in receipt of long-term support is a rate of
    206.0 per 10,000 adults': a figure found before, its value said again with its rate."""
    for mention in mentions:
        key = names.choose(mention, portfolio).key
        per = names.rates.get(key)
        rate = next((r.value for r in rates_in(line) if per and r.base == per), None)
        values = {x.value for x in numbers}
        for i, figure in enumerate(findings.figures):
            if figure.metric == key and figure.rate is None and rate is not None and figure.value in values:
                findings.figures[i] = replace(figure, rate=rate)
                return True
    return False


def _rate_told_after(sentence: str, block: Block, findings: Findings, names: MetricNames) -> None:
    """'There were 2,232 clients in receipt of long-term support. This is a rate of 203.1 per
    10,000 adults.' (or a line 'rate ...... 1.7 per 1,000 households' under a figure's): a
    sentence naming no metric, giving a rate just after a figure's, is that figure's rate;
    on the same page (a slide's rate is its own measure's, not the one before)."""
    said = findings.said_last  # a key fact said again beside its rate: that figure's
    if said is None or names.mentions(sentence) or not _RATE_SENTENCE.search(sentence):
        return
    last = next((f for f in findings.figures if (f.metric, f.as_of, f.value) == (said.metric, said.as_of, said.value)),
                None)
    if last is None or block.page and said.at != block.where:
        return
    per = names.rates.get(last.metric)
    rate = next((r.value for r in rates_in(sentence) if per and r.base in (None, per)), None)
    if last.rate is None and rate is not None:
        findings.figures[findings.figures.index(last)] = replace(last, rate=rate)


# 'This is a rate of 203.1 per 10,000', or a line 'rate ...... 1.7 per 1,000 households'
_RATE_SENTENCE = re.compile(r"^\W*(?:this|that|it|which)\s+(?:is|was|represents|equates\s+to|gives)\b|"
                            r"^\W*rate\b(?:\s+per\s+[\d,]+k?)?[\s.:…]*\d|"
                            r"^\W*rate\s+per\s+[\d,]+k?\s[^:.;]{0,40}:\s*\d", re.I)  # '... aged 18+: 258.8'



def _least(*values):
    known = [v for v in values if v is not None]
    return min(known) if known else None


def looks_like_a_figure(line: str) -> bool:
    """'Adoptions this year: 31' and '1,848 Health Checks completed' are worth an officer's
    look; 'Agenda item: 9', 'Tel: 01642 729000' and a date are not."""
    if _NUMBER_FIRST.match(line) and len(line.split()) <= SHORT_LINE:
        label = line.lstrip(" \t•·*-–0123456789,.")  # '1,848 Health Checks completed (up from 1,483)'
    elif _FIGURE_LIKE.search(line):
        label = re.split(r"[:\t@]", line, maxsplit=1)[0]
    else:
        return False
    return figure_label(label) and bool(numbers_in(masked(line, dates_in(line))))


def _merged(mentions: list[Mention], line: str) -> list[Mention]:
    """'Children Looked After (LAC)' names one metric once."""
    out: list[Mention] = []
    for m in mentions:
        if out and out[-1].keys == m.keys and not re.search(r"[A-Za-z0-9]", line[out[-1].end:m.start]):
            out[-1] = Mention(m.keys, out[-1].start, m.end)
        else:
            out.append(m)
    return out


def _qualified(line: str, mention: Mention, begin: int, end: int, names: MetricNames, key: str) -> bool:
    """The words around the name make it a different measure: a percentage, a rate, a
    time ('within 28 days'), unless the metric itself is one; or a label that narrows it to a
    part, as a table's row would ('Housing register bids placed: 19')."""
    if not names.is_count(key):
        return False
    after = re.split(r"[:\t@,;]|\d|\s[-–]\s", line[mention.end:end], maxsplit=1)[0]
    before = line[begin:mention.start][-30:]
    # 'Housing register bids placed: 19', '... bids placed (context only) ........ 74'
    labelled = re.match(r"([^:\d\t@.;]{0,60}?)\s*(?::|\.{3,}|…)[\s.…]*[\d,.]*\d", line[mention.end:end])
    # (not where the figure comes before the name: a tile's '2,573 Adults receiving long-term
    # support Same time last year: 2,649')
    lead = re.split(r"[\t|]", line[begin:mention.start])[-1]  # the name's own cell's words before it
    narrowed = labelled is not None and not re.search(r"\d", lead) and extra_words(
        line[mention.start:mention.end] + _label_words(labelled[1]), 0, mention.end - mention.start) >= LOOK_ALIKE
    # a table's row read as a line: the lower-case words after the name in its own cell narrow
    # it as a table's label would ('Fly-tipping incidents on private land (for context) | 18')
    cell = line[mention.end:end].split("\t")[0] if "\t" in line[mention.end:end] else ""
    run = re.match(r"(?:\s+[a-z][\w'’-]*)+", cell)
    narrowed = narrowed or (run is not None and extra_words("-" + run[0], 0, 1) >= LOOK_ALIKE)
    return narrowed or bool(QUALIFIED.search(after)
                            or re.search(r"(?:%|percentage|proportion|rate)\s+of\s*$", before, re.I))


def _label_words(rest: str) -> str:
    """The words after a name that may narrow it: not 'figures are', nor a scan's stray
    letters ('ve to date) figures are')."""
    rest = re.sub(r"\b(?:figures?|numbers?|totals?)\s+(?:are|is|was|were|stands?|stood)\b.*$", "", rest, flags=re.I)
    return " " + " ".join(w for w in rest.split() if len(re.sub(r"\W", "", w)) >= 3)


def _number_for(line: str, numbers: list[Number], begin: int, end: int, mention: Mention, claimed: set[int],
                names: MetricNames, key: str) -> Number | None:
    """'there were 552 children looked after': a number just before the name (up to four words
    before it where the number leads the line or follows 'There were': '249 stage 1 corporate
    complaints received', 'There were 2,076 people in receipt of long-term support'); else the
    first after it, before the next name. A count is a whole number."""
    fits = [x for x in numbers if x.start not in claimed and (x.whole or not names.is_count(key))]
    before = [x for x in fits if begin <= x.start < mention.start]
    if before:
        last = before[-1]
        gap = re.sub(FLAG, " ", line[last.start + len(last.text):mention.start])  # '21 (provisional) notices'
        gap = re.sub(r"^%", " ", gap)  # '59.1% of major planning applications decided ...'
        leads = not line[:last.start].strip(" \t•·*-–") or bool(_LEADS_IN.fullmatch(line[:last.start]))
        # '2,182 people in receipt of long-term support', '249 stage 1 corporate complaints received'
        # (words then a tab between number and name: the name is another column's, as a scan of
        # two columns runs 'there were 238 four-week smoking' into '<tab>referrals received')
        if len(gap.split()) <= (4 if leads else 1) and not re.search(r"[:;(]|\S[ ]*\t", gap):
            return last
    return next((x for x in fits if mention.end <= x.start < end), None)


# 'There were 2,076 people ...', 'Live data: 2,392 people ...', 'More recent data shows 1,936 people ...':
# what may come before a figure that leads its statement (a colon starts one)
# ('Members noted that at 31 March 2016 there were 148 stage 1 corporate complaints received')
_LEADS_IN = re.compile(r".*?\bthere\s+(?:were|are|was|is)\s+|.*:\s*|"
                       r".*\b(?:data|figures?|information)\s+(?:shows?|showed|indicates?)\s+", re.I)
_END_OF = re.compile(r"\b(?:the\s+)?end\s+of\s+$", re.I)


_END_OF_MONTH_SAID = re.compile(rf"\b(?:the\s+)?end\s+of\s+{MONTH},\s+(?:the\s+)?$", re.I)
_YEARLESS_END = re.compile(rf"\b(?:the\s+)?end\s+of\s+{MONTH}(?![\w.]*,?\s*'?\d)", re.I)


def _yearless_month_ends(line: str, meeting: Found | None) -> list[DateSpan]:
    """'At the end of September', said at a meeting in November 2018: the last 30 September
    before the meeting."""
    spans = []
    for m in _YEARLESS_END.finditer(line) if meeting else ():
        month = month_number(m.group(1))
        year = meeting.value.year - (month_end(meeting.value.year, month) > meeting.value)
        spans.append(DateSpan(month_end(year, month), m.start(), m.end(), True))
    return spans


def _month_ends(dates: list[DateSpan], line: str) -> list[DateSpan]:
    """'At the end of July 2022' is 31 July 2022, a whole date; so is a month a figure is for
    ('The latest monthly figure, for September 2017, is 7,819 applicants')."""
    return [replace(d, date=month_end(d.date.year, d.date.month), whole=True)
            if not d.whole and (_END_OF.search(line[:d.start]) or _FOR_MONTH.search(line[:d.start])) else d
            for d in dates]


_FOR_MONTH = re.compile(r"\b(?:for|during)\s+(?:the\s+month\s+of\s+)?$", re.I)


def _nearest_date(dates: list[DateSpan], at: int, line: str) -> Found | None:
    whole = [d for d in dates if d.whole]
    if not whole:
        return None
    span = min(whole, key=lambda d: abs(d.start - at))
    return Found(span.date, "", "")


def _rate_after(line: str, start: int, per: int | None) -> float | None:
    """The rate printed after the figure, on the metric's base (or with no base printed)."""
    if per is None:
        return None
    for rate in rates_in(line):
        if rate.start >= start - 1 and (rate.base is None or rate.base == per):
            return rate.value
    return None
