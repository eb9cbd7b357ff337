"""Figures of the metrics in site_config/metrics.yml, found by their labels and
aliases (case and punctuation do not matter), with the date they are as of and
the rate as printed. Numbers that are not a metric's figure (dates, years, money,
ages, rate bases, "over 200 people") are never taken as values."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..content.config import SiteConfig
from .dates import DateSpan, dates_in
from .document import Block, Document
from .found import Figure, Findings, Found

_NUMBER = re.compile(r"(?<![\w.,£$€/-])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?![\w%£/]|\.\d|,\d{3})")
_RATE = re.compile(r"\(?\s*(\d+(?:\.\d+)?)\s+per\s+([\d,]+)\s*(?:population\s*)?\)?", re.I)
_NOT_FIGURES = [
    re.compile(r"[£$€]\s*[\d,.]+\s*(?:m|k|bn|million|billion)?\b", re.I),  # money
    re.compile(r"\b\d[\d,.]*\s*(?:%|per\s?cent|m\b|k\b|bn\b|million|billion|pounds)", re.I),
    re.compile(r"\b\d+\s*[-–]\s*\d+\b"),  # ranges and ages: 0-11, 11-18
    re.compile(r"\b(?:over|under|more than|fewer than|less than|around|about|approximately|nearly|"
               r"almost|some|up to|aged?|age of|mid|year|years|top)\s+\d[\d,.]*", re.I),
    re.compile(r"\b\d[\d,.]*\s*(?:years?|months?|weeks?|days?|hours?|schools?|homes?|teams?)\b", re.I),
    re.compile(r"\b(?:in|since|of|from|until|by|to|during|mid|the|year)\s+(?:19|20)\d\d\b", re.I),  # years
]
_AS_OF = re.compile(r"(?:\bas\s+(?:of|at)\b|@|\bat\b|\bon\b)\s*[:\-]*\s*$", re.I)
_FIGURE_LIKE = re.compile(r"^[^\d:]{3,80}?(?::|\t|figures? (?:is|are)|@)[^\n]*?\d")
_DATE_LINE = re.compile(r"^\s*(?:as\s+(?:of|at)|figures\s+(?:as\s+(?:of|at)|at))\b", re.I)
_HEADER_VALUE = re.compile(r"figure|number|value|count|total|children|people", re.I)
_HEADER_RATE = re.compile(r"rate|per\s", re.I)
_HEADER_DATE = re.compile(r"date|as of|as at", re.I)


@dataclass(frozen=True)
class Mention:
    metric: str
    start: int
    end: int


class MetricNames:
    """One pattern for every label and alias, longest first, words matched whole."""

    def __init__(self, config: SiteConfig):
        names: dict[str, str] = {}
        for key, metric in config.metrics.items():
            for name in [metric.label, *metric.aliases]:
                names.setdefault(" ".join(name.split()).casefold(), key)
        self.keys = {}
        parts = []
        for i, (name, key) in enumerate(sorted(names.items(), key=lambda kv: -len(kv[0]))):
            words = [re.escape(w) for w in re.findall(r"[\w]+", name)]
            parts.append(rf"(?P<n{i}>{r'[^A-Za-z0-9]+'.join(words)})")
            self.keys[f"n{i}"] = key
        self.pattern = re.compile(r"(?<![A-Za-z0-9])(?:" + "|".join(parts) + r")(?![A-Za-z0-9])", re.I) \
            if parts else None
        self.rates = {key: m.rate.per for key, m in config.metrics.items() if m.rate}

    def mentions(self, text: str) -> list[Mention]:
        if self.pattern is None:
            return []
        return [Mention(self.keys[m.lastgroup], m.start(), m.end()) for m in self.pattern.finditer(text)]


def find_figures(document: Document, names: MetricNames, default: Found | None, findings: Findings) -> None:
    context: Found | None = None  # the last 'As of <date>' line above
    for block in document.blocks:
        if block.kind == "heading":
            context = None
            continue
        if block.kind == "table" and _header_columns(block.rows[0]):
            _table_figures(block, names, context or default, findings)
            continue
        rate_column = False  # a table drawn without rules: its header names a rate column
        for line in block.lines:
            context = _date_line(line, block) or context
            rate_column = rate_column or bool(_RATE_HEADER.search(line))
            for statement in statements(line):
                _line_figures(statement, block, names, context or default, findings, rate_column)


_SHAPED = re.compile(r"^\s*as\s+(?:at|of)\b|@|:|\t|\bfigures?\s+(?:is|are|was|were)\b|"
                     r"\bthere\s+(?:were|was|are|is)\b", re.I)
_RATE_HEADER = re.compile(r"^\s*(?:measure|indicator)\b.*\bfigure\b.*\brate\b", re.I)
_SENTENCES = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
SHORT_LINE = 12  # words: a line this short holding a metric's name and a number states its figure


def statements(line: str) -> list[str]:
    """The parts of a line that may state a figure: the whole line if short, else its sentences."""
    if len(line.split()) <= SHORT_LINE or "\t" in line:
        return [line]
    return _SENTENCES.split(line)


def figure_shaped(text: str) -> bool:
    """'X @ date  552', 'X: 1,846', 'As at ... there were 552 X', 'X figures are: 438', a table
    row, or a short line: not a figure mentioned in passing in running prose."""
    return len(text.split()) <= SHORT_LINE or bool(_SHAPED.search(text))


def _date_line(line: str, block: Block) -> Found | None:
    spans = dates_in(line)
    if spans and spans[0].whole and (_DATE_LINE.match(line) or len(line) < 40 and len(spans) == 1
                                     and not _NUMBER.search(_mask(line, spans))):
        return Found(spans[0].date, block.where, line.strip())
    return None


def _mask(text: str, spans) -> str:
    for span in spans:
        text = text[:span.start] + " " * (span.end - span.start) + text[span.end:]
    return text


def _line_figures(line: str, block: Block, names: MetricNames, context: Found | None,
                  findings: Findings, rate_column: bool = False) -> None:
    mentions = _merged(names.mentions(line), line)
    dates = dates_in(line)
    numbers = _numbers(_masked(line, dates, mentions))
    if not mentions:
        if _FIGURE_LIKE.search(line) and numbers:
            findings.unmatched.append(Found(None, block.where, line.strip()))
        return
    if not (rate_column or figure_shaped(line)):
        if numbers:
            findings.unmatched.append(Found(None, block.where, f"{line.strip()} (a figure in running "
                                            "prose; not suggested)"))
        return
    claimed: set[int] = set()
    for i, mention in enumerate(mentions):
        begin = mentions[i - 1].end if i else 0
        end = mentions[i + 1].start if i + 1 < len(mentions) else len(line)
        number = _before(line, numbers, begin, mention, claimed) or next(
            (n for n in numbers if mention.end <= n[0] < end and n[0] not in claimed), None)
        if number is None:
            continue
        claimed.add(number[0])
        start, text, value = number
        as_of = _nearest_date(dates, mention.start) or context
        if as_of is None:
            findings.unmatched.append(Found(None, block.where, f"{line.strip()} (no date says when the "
                                            "figure is as of)"))
            continue
        rate = _rate_after(line, start + len(text), names.rates.get(mention.metric))
        if rate is None and rate_column and mention.metric in names.rates:
            rate = next((float(n[1].replace(",", "")) for n in numbers if n[0] > start and "." in n[1]), None)
        _add(findings, Figure(mention.metric, value, text, as_of.value, as_of.words or line.strip(),
                              as_of.at or block.where, rate, block.where, line.strip()))


def _merged(mentions: list[Mention], line: str) -> list[Mention]:
    """'Children Looked After (LAC)' names one metric once."""
    out: list[Mention] = []
    for m in mentions:
        if out and out[-1].metric == m.metric and not re.search(r"[A-Za-z0-9]", line[out[-1].end:m.start]):
            out[-1] = Mention(m.metric, out[-1].start, m.end)
        else:
            out.append(m)
    return out


def _before(line: str, numbers, begin: int, mention: Mention, claimed: set[int]):
    """'there were 552 children looked after': a number just before the name."""
    before = [n for n in numbers if begin <= n[0] < mention.start and n[0] not in claimed]
    if not before:
        return None
    start, text, _ = before[-1]
    gap = line[start + len(text):mention.start]
    return before[-1] if len(gap.split()) <= 1 and not re.search(r"[:;(]", gap) else None


def _masked(line: str, dates: list[DateSpan], mentions: list[Mention]) -> str:
    """The line with dates, metric names, rates and non-figures blanked out."""
    text = _mask(line, dates)
    text = _mask(text, mentions)
    text = _RATE.sub(lambda m: " " * len(m.group(0)), text)
    for pattern in _NOT_FIGURES:
        text = pattern.sub(lambda m: " " * len(m.group(0)), text)
    return text


def _numbers(masked: str) -> list[tuple[int, str, int | float]]:
    out = []
    for m in _NUMBER.finditer(masked):
        text = m.group(0)
        value = float(text.replace(",", "")) if m.group(2) else int(m.group(1).replace(",", ""))
        out.append((m.start(), text, value))
    return out


def _nearest_date(dates: list[DateSpan], at: int) -> Found | None:
    whole = [d for d in dates if d.whole]
    if not whole:
        return None
    span = min(whole, key=lambda d: abs(d.start - at))
    return Found(span.date, "", "")


def _rate_after(line: str, start: int, per: int | None) -> float | None:
    m = _RATE.match(line, start) or _RATE.search(line, start)
    if per is None or m is None or int(m.group(2).replace(",", "")) != per:
        return None
    return float(m.group(1))


def _add(findings: Findings, figure: Figure) -> None:
    if any(f.metric == figure.metric for f in findings.figures):
        findings.unmatched.append(Found(None, figure.at, f"{figure.words} (a second figure for "
                                        f"{figure.metric}; only the first is suggested)"))
        return
    findings.figures.append(figure)


def _header_columns(row: tuple[str, ...]) -> dict[str, int] | None:
    """A measure/figure/rate/date table's columns, by its header row."""
    if len(row) < 2 or any(_NUMBER.fullmatch(c.strip()) for c in row):
        return None
    columns = {}
    for i, cell in enumerate(row[1:], start=1):
        for kind, pattern in (("rate", _HEADER_RATE), ("date", _HEADER_DATE), ("value", _HEADER_VALUE)):
            if kind not in columns and pattern.search(cell):
                columns[kind] = i
                break
    return columns if "value" in columns else None


def _table_figures(block: Block, names: MetricNames, context: Found | None, findings: Findings) -> None:
    columns = _header_columns(block.rows[0])
    for row in block.rows[1:]:
        words = " | ".join(row)
        mentions = names.mentions(row[0])
        value_cell = row[columns["value"]] if columns["value"] < len(row) else ""
        numbers = _numbers(_masked(value_cell, [], []))
        if not mentions or not numbers:
            if numbers:
                findings.unmatched.append(Found(None, block.where, words))
            continue
        as_of = _row_date(row, columns, context)
        if as_of is None:
            continue
        rate_cell = row[columns["rate"]] if "rate" in columns and columns["rate"] < len(row) else ""
        rate = _numbers(rate_cell)
        per = names.rates.get(mentions[0].metric)
        _add(findings, Figure(mentions[0].metric, numbers[0][2], numbers[0][1], as_of.value,
                              as_of.words or words, as_of.at or block.where,
                              float(rate[0][2]) if rate and per else None,
                              block.where, words))


def _row_date(row, columns, context: Found | None) -> Found | None:
    cells = [row[columns["date"]]] if "date" in columns and columns["date"] < len(row) else []
    for cell in cells + [row[0]]:
        spans = [d for d in dates_in(cell) if d.whole]
        if spans:
            return Found(spans[0].date, "", cell)
    return context
