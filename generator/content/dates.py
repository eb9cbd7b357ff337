"""Dates as reports state them: whole days, and due dates that may be a year or a month."""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from . import catalogue as checks
from .catalogue import Refused

_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


@dataclass(frozen=True, order=True)
class PartialDate:
    """YYYY, YYYY-MM or YYYY-MM-DD: a due date is often only a month or a year."""

    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, value: object) -> "PartialDate":
        if isinstance(value, date):
            return cls(value.year, value.month, value.day)
        if isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str) or not (m := _PARTIAL.match(value.strip())):
            hint = due_hint(value.strip()) if isinstance(value, str) else ""
            raise Refused(checks.DATE_FORMAT, f"expected YYYY, YYYY-MM or YYYY-MM-DD, got {describe(value)}"
                          + (f"; {hint}" if hint else ""))
        year, month, day = (int(g) if g else None for g in m.groups())
        if month is not None and not 1 <= month <= 12:
            raise Refused(checks.IMPOSSIBLE_DATE, f"impossible date '{value}' (month must be 01 to 12)")
        if day is not None:
            date(year, month, day) if _valid_day(year, month, day) else _raise_day(value)
        return cls(year, month, day)

    @property
    def end(self) -> date:
        """The last day the promise still counts as on time."""
        month = self.month or 12
        day = self.day or calendar.monthrange(self.year, month)[1]
        return date(self.year, month, day)

    def __str__(self) -> str:
        parts = [f"{self.year:04d}"] + [f"{n:02d}" for n in (self.month, self.day) if n]
        return "-".join(parts)

    @property
    def label(self) -> str:
        if self.day:
            return long_date(date(self.year, self.month, self.day))
        if self.month:
            return f"{MONTH_NAMES[self.month]} {self.year}"
        return str(self.year)


def _valid_day(year: int, month: int, day: int) -> bool:
    return 1 <= day <= calendar.monthrange(year, month)[1]


def _raise_day(value: str) -> None:
    raise Refused(checks.IMPOSSIBLE_DATE, f"impossible date '{value}' (no such day in that month)")


# English whatever the machine's locale (calendar.month_name follows it, and formats a
# date on every lookup: a tenth of a second per 10,000 dates at archive scale).
MONTH_NAMES = ("", "January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")
MONTH_ABBREVIATIONS = tuple(name[:3] for name in MONTH_NAMES)


def long_date(d: date) -> str:
    """4 September 2019 (GOV.UK style: no leading zero, no ordinal)."""
    return f"{d.day} {MONTH_NAMES[d.month]} {d.year}"


def short_date(d: date) -> str:
    return f"{d.day} {MONTH_ABBREVIATIONS[d.month]} {d.year}"


def describe(value: object) -> str:
    """How a wrong value is shown in a message: its text and what YAML made of it."""
    from .yamlsource import Invalid

    if isinstance(value, Invalid):
        return f"'{value.text}'"
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return f"{'true' if value else 'false'} (a yes/no value)"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    if isinstance(value, date):
        return f"the date {value.isoformat()}"
    if isinstance(value, dict):
        return "a mapping of fields"
    if isinstance(value, list):
        return "a list"
    text = str(value)
    return f"'{text[:60]}…'" if len(text) > 60 else f"'{text}'"


_ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_NUMERIC_DAY = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")  # 04/09/2019: day first or month?
_WORDED_DAY = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})$")


def read_day(value: object) -> object:
    """A quoted '2019-09-04' is the date it plainly is; other text is refused with the form to write.

    Anything but text is returned as it is, for the date type's own check."""
    if not isinstance(value, str):
        return value
    text = value.strip()
    if _ISO_DAY.match(text):
        try:
            return date.fromisoformat(text)
        except ValueError as exc:
            raise Refused(checks.IMPOSSIBLE_DATE, f"impossible date '{text}' ({exc})") from None
    raise Refused(checks.DATE_FORMAT, f"expected a date written YYYY-MM-DD, got {describe(value)}; {day_hint(text)}")


def day_hint(text: str) -> str:
    """The exact form to write, as far as the text says which day it means."""
    if m := _NUMERIC_DAY.match(text):
        day, month, year = (int(g) for g in m.groups())
        if 1 <= month <= 12 and _valid_day(year, month, day):
            meant = date(year, month, day)
            return f"if it means {long_date(meant)}, write {meant.isoformat()}"
    if (m := _WORDED_DAY.match(text)) and (meant := _worded(*m.groups())):
        return f"write {meant.isoformat()}"
    return "write the year, month and day as digits, e.g. 2019-09-04"


_NUMERIC_MONTH = re.compile(r"^(\d{1,2})[/.-](\d{4})$")  # 07/2020


def due_hint(text: str) -> str:
    """For a due date (a year, month or day): the same hint as any date field for a day
    written 04/09/2020 or in words, and the month for 07/2020; '' where none fits."""
    if _NUMERIC_DAY.match(text) or _WORDED_DAY.match(text):
        hint = day_hint(text)
        return "" if hint.startswith("write the year") else hint
    if (m := _NUMERIC_MONTH.match(text)) and 1 <= int(m.group(1)) <= 12:
        month, year = int(m.group(1)), int(m.group(2))
        return f"if it means {MONTH_NAMES[month]} {year}, write {year}-{month:02d}"
    return ""


def _worded(day: str, month_name: str, year: str) -> date | None:
    names = {name.casefold(): i for i, name in enumerate(calendar.month_name) if name}
    names.update({name.casefold(): i for i, name in enumerate(calendar.month_abbr) if name})
    names["sept"] = 9
    month = names.get(month_name.casefold())
    if month is None or not _valid_day(int(year), month, int(day)):
        return None
    return date(int(year), month, int(day))
