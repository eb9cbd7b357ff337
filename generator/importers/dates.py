"""Dates as council reports print them: '4th September 2019', '04/09/2019',
'Monday 18th December', 'September 2019', '2019-09-04', 'September 4, 2019'."""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
MONTH = r"(January|February|March|April|May|June|July|August|September|October|November|December|" \
        r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
# the year as text recognition may split it: '18th April, 201 7'
# and as forms print it: '23-Feb-2021', "Mon 4th Apr '22"
DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?(?:\s+(?:of\s+)?|-){MONTH}(?:,?\s+|-)"
                            rf"(\d{{4}}|(?:19|20)\d\s\d|'\d{{2}})(?!\d)", re.I)
NUMERIC = re.compile(r"(?<![\d/.])(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})(?![\w/])")
MONTH_DAY_YEAR = re.compile(rf"\b{MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?,\s+(\d{{4}})\b", re.I)  # 'January 14, 2020'
ISO = re.compile(r"(?<![\d/.-])((?:19|20)\d\d)-(\d\d)-(\d\d)(?![\d-])")  # '2021-03-03'
# as a mainframe's listing prints it: '13OCT15'
PACKED = re.compile(r"\b(\d{2})(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)(\d{2})\b")
MONTH_YEAR = re.compile(rf"\b{MONTH}\s+(\d{{4}})\b", re.I)
# as a transcript of speech or a large-print version says it: 'the thirty-first of December 2020'
_ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
             "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
             "eighteenth", "nineteenth", "twentieth"]
_DAY_WORDS = {name: i for i, name in enumerate(_ORDINALS, start=1)}
_DAY_WORDS.update({f"twenty-{name}": 20 + i for i, name in enumerate(_ORDINALS[:9], start=1)})
_DAY_WORDS.update({"thirtieth": 30, "thirty-first": 31})
WORDS_DAY_MONTH_YEAR = re.compile(rf"\b({'|'.join(sorted(_DAY_WORDS, key=len, reverse=True))})\s+(?:of\s+)?"
                                  rf"{MONTH},?\s+(\d{{4}})\b", re.I)
MONTH_ONLY = re.compile(rf"\b{MONTH}\b", re.I)


@dataclass(frozen=True)
class DateSpan:
    date: dt.date
    start: int
    end: int
    whole: bool  # False: only a month was printed, the day is the 1st


def dates_in(text: str) -> list[DateSpan]:
    """Every date in the text, in order; a month and year alone counts as its 1st."""
    found: list[DateSpan] = []
    taken: list[tuple[int, int]] = []
    for pattern, build, whole in ((DAY_MONTH_YEAR, _dmy, True), (MONTH_DAY_YEAR, _mdy, True), (ISO, _iso, True),
                                  (NUMERIC, _numeric, True), (PACKED, _packed, True),
                                  (WORDS_DAY_MONTH_YEAR, _words_dmy, True), (MONTH_YEAR, _my, False)):
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            day = build(m)
            if day is not None:
                found.append(DateSpan(day, m.start(), m.end(), whole))
                taken.append((m.start(), m.end()))
    return sorted(found, key=lambda d: d.start)


def _safe(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day) if 1900 <= year <= 2100 else None
    except ValueError:
        return None


def _dmy(m: re.Match) -> dt.date | None:
    year = m.group(3).replace(" ", "")
    return _safe(2000 + int(year[1:]) if year.startswith("'") else int(year), _MONTHS[m.group(2).lower()],
                 int(m.group(1)))


def _mdy(m: re.Match) -> dt.date | None:
    return _safe(int(m.group(3)), _MONTHS[m.group(1).lower()], int(m.group(2)))


def _iso(m: re.Match) -> dt.date | None:
    return _safe(int(m.group(1)), int(m.group(2)), int(m.group(3)))


def _numeric(m: re.Match) -> dt.date | None:
    year = int(m.group(3))
    year += 2000 if len(m.group(3)) == 2 else 0  # '18/08/19': reports of this century
    return _safe(year, int(m.group(2)), int(m.group(1)))


def _packed(m: re.Match) -> dt.date | None:
    return _safe(2000 + int(m.group(3)), _MONTHS[m.group(2).lower()], int(m.group(1)))


def _words_dmy(m: re.Match) -> dt.date | None:
    return _safe(int(m.group(3)), _MONTHS[m.group(2).lower()], _DAY_WORDS[m.group(1).lower()])


def _my(m: re.Match) -> dt.date | None:
    return _safe(int(m.group(2)), _MONTHS[m.group(1).lower()], 1)


def month_number(name: str) -> int:
    return _MONTHS[name.lower().rstrip(".")]
