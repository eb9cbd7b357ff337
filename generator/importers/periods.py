"""Reporting periods as performance tables head their columns, and the day each ends:
'Q2 2019/20' (a council's year runs April to March: 30 September 2019), '2018/19'
(31 March 2019), 'Apr-Jun 2019', 'Sep-19', 'September 2019', '30/09/2019'."""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from .dates import MONTH, dates_in, month_number

_QUARTER = re.compile(r"\b(?:q|qtr\.?|quarter)\s*([1-4])\b(?:\s*(?:of|,)?\s*(?:(\d{4})\s*[/-]\s*(\d{2,4})|(\d{2})\s*/\s*(\d{2})))?",
                      re.I)
_YEAR_THEN_QUARTER = re.compile(r"\b(\d{4})\s*[/-]\s*(\d{2,4})\s*,?\s*(?:q|qtr\.?|quarter)\s*([1-4])\b", re.I)
_FINANCIAL_YEAR = re.compile(r"\b((?:19|20)\d\d)\s*[/-]\s*(\d{2}|(?:19|20)\d\d)\b")
_MONTH_RANGE = re.compile(rf"\b{MONTH}\s*[-–/]\s*{MONTH}\s*'?(\d{{4}}|\d{{2}})\b", re.I)
_MONTH_YEAR = re.compile(rf"\b{MONTH}\s*[-' ]\s*'?(\d{{4}}|\d{{2}})\b", re.I)
_QUARTER_ENDS = {1: (0, 6), 2: (0, 9), 3: (0, 12), 4: (1, 3)}  # (years after the year's start, month)


@dataclass(frozen=True)
class Period:
    end: dt.date
    exact: bool  # a day printed ('As at 30/09/2019'), not only a period


def period_of(header: str, year_hint: int | None = None) -> Period | None:
    """The period a column heading names, and the day it ends; None if it names none.
    A quarter printed without its year takes `year_hint`, the year its council year starts."""
    text = re.sub(r"\b[Qq][iIl|](?=\s|$)", "Q1", " ".join(header.split()))  # text recognition reads Q1 as 'Qi'
    text = re.sub(r"\b([Qq][1-4])((?:19|20)\d\d\s*[/-])", r"\1 \2", text)  # and loses a space: 'Q42016/17'
    text = re.sub(r"\b([Qq][1-4])[.,](?=\s)", r"\1", text)  # or reads a speck as a stop: 'Q2. 2023/24'
    text = re.sub(r"\b[A-Z0]([Qq][1-4]\s+(?:19|20)\d\d\s*/)", r"\1", text)  # or as a letter: 'OQ2 2015/16'
    text = re.sub(r"(?<![\w/])[O0]{1,2}([1-4]\s+(?:19|20)\d\d\s*/)", r"Q\1", text)  # or the Q as a nought: '02 2018/19'
    whole = [d for d in dates_in(text) if d.whole]
    if whole:
        return Period(whole[-1].date, True)
    m = _YEAR_THEN_QUARTER.search(text)
    if m:
        return Period(_quarter_end(int(m.group(3)), int(m.group(1))), False)
    m = _QUARTER.search(text)
    if m:
        start = int(m.group(2)) if m.group(2) else (2000 + int(m.group(4)) if m.group(4) else year_hint)
        return Period(_quarter_end(int(m.group(1)), start), False) if start else None
    m = _MONTH_RANGE.search(text)
    if m:
        return Period(month_end(_year(m.group(3)), month_number(m.group(2))), False)
    m = _MONTH_YEAR.search(text)  # 'Dec-10' under '2010/11': the month is the period
    if m:
        return Period(month_end(_year(m.group(2)), month_number(m.group(1))), False)
    m = _FINANCIAL_YEAR.search(text)
    if m:
        return Period(dt.date(int(m.group(1)) + 1, 3, 31), False)
    return None


def year_start(header: str) -> int | None:
    """'2019/20' in a table's heading: the year the council year starts."""
    m = _FINANCIAL_YEAR.search(header)
    return int(m.group(1)) if m else None


def quarter_year_for(day: dt.date) -> int:
    """The council year a day falls in, by the year it starts (April)."""
    return day.year if day.month >= 4 else day.year - 1


def _quarter_end(quarter: int, start_year: int) -> dt.date:
    later, month = _QUARTER_ENDS[quarter]
    return month_end(start_year + later, month)


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _year(text: str) -> int:
    year = int(text)
    return year + 2000 if year < 100 else year
