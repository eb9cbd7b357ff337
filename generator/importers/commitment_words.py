"""What a commitment's words say: whether they report progress, which date they
promise, and the key words its id is made from. Shared by numbered items and prose."""
from __future__ import annotations

import datetime as dt
import re

from .dates import MONTH, month_number

SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z'‘\"“])")

# Progress reported, not only intended: 'work continues', 'has been produced', 'is being
# monitored', 'progress has been made', 'remains in place', 'is evidencing'.
_PROGRESS = re.compile(r"\b(?:continues?\b|progress\s+(?:has|have)\s+been|"
                       r"(?:has|have)\s+(?:\w+ly\s+)?(?:been\s+)?\w+(?:ed|en|wn|ne|de)\b|"
                       r"(?:is|are)\s+(?:\w+ly\s+|now\s+)?(?:being\s+\w+|\w+ing)\b|in\s+place)", re.I)

_BY = re.compile(rf"\bby\s+(?:the\s+end\s+of\s+)?(?:(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?{MONTH}\s*(\d{{4}})?|(\d{{4}}))\b",
                 re.I)
# A date promised without 'by': 'within the New Year', 'commencing in January'.
_NEW_YEAR = re.compile(r"\b(?:within|in|during|early\s+in)\s+the\s+new\s+year\b", re.I)
_FROM_MONTH = re.compile(rf"\b(?:commencing|starting|beginning)\s+(?:in\s+)?(?:early\s+|late\s+)?{MONTH}"
                         rf"(?:\s+(\d{{4}}))?\b", re.I)


def reports_progress(text: str) -> bool:
    return bool(_PROGRESS.search(text))


def due_in(text: str, day: dt.date | None) -> tuple[str | None, str | None]:
    """The latest date the text promises, with the sentence that promises it: 'by July
    2020', 'by the end of August' (the report's year), 'within the New Year' (the year
    after the report), 'commencing in January' (the next January after the report)."""
    best = None
    for sentence in SENTENCE_END.split(text):
        for due in _dues(sentence, day):
            if best is None or due >= best[0]:
                best = (due, sentence.strip())
    return best if best else (None, None)


def _dues(sentence: str, day: dt.date | None):
    for m in _BY.finditer(sentence):
        if m.group(3):
            yield m.group(3)
        elif m.group(2) or day:
            yield f"{m.group(2) or day.year}-{month_number(m.group(1)):02d}"
    if day and _NEW_YEAR.search(sentence):
        yield str(day.year + 1)
    for m in _FROM_MONTH.finditer(sentence):
        month = month_number(m.group(1))
        year = int(m.group(2)) if m.group(2) else (day.year + (month < day.month) if day else None)
        if year:
            yield f"{year}-{month:02d}"


# --- names and key words -------------------------------------------------------

_NAME = re.compile(r"(?:[A-Z][\w'’-]*(?:\s+(?:of|for|and|in|the|on|to)\s+|\s+)){1,}[A-Z][\w'’-]*")
_COMMON_NAMES = {"the", "a", "an", "this", "we", "our", "to", "it", "in", "on", "following"}
_TIME_WORDS = {m.lower() for m in MONTH.strip("()\\.?").split("|")} | {
    "year", "day", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


def names_in(text: str) -> set[str]:
    """Capitalised names of two words or more ('Family Group Conferencing', 'No Wrong
    Door'), folded; a sentence's first word counts only if the next is capitalised too."""
    return set(names_in_order(text))


def names_in_order(text: str) -> list[str]:
    found = []
    for m in _NAME.finditer(text):
        words = m.group(0).split()
        while words and words[0].lower() in _COMMON_NAMES:
            words = words[1:]
        if sum(w[0].isupper() for w in words) >= 2:
            found.append(" ".join(w.lower().strip("'’") for w in words))
    return found


def subject_names(text: str) -> list[str]:
    """The names a text is about, leaving out times ('New Year', 'Monday 18th December')."""
    return [n for n in names_in_order(text) if not set(n.split()) & _TIME_WORDS]
