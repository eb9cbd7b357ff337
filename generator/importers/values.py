"""Which numbers in a line can be a figure. Never: money, percentages, rates and their
bases, years and council years, ages and ranges, approximate numbers ('over 200'),
counts of wards, schools or weeks, targets, sub-counts ('of whom 212'), other places'
figures ('England 65'), earlier values ('up from 540'), paragraph, item and page
numbers, telephone numbers and times. Rates are read as printed: '(136.1 per 10,000)',
'136.1 per 10k', 'rate per 10,000 children: 136.1', 'rate 136.1', '(per 10k: 136.1)'."""
from __future__ import annotations

import re
from dataclasses import dataclass


NUMBER = re.compile(r"(?<![\w.,£$€/-])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?![\w%£/]|\.\d|,\d{3})")
_BASE = r"(?P<base>\d{1,3}(?:,\d{3})+|\d+)\s*(?P<k>k\b|,?000\b)?"
_POPULATION = r"(?:\s+(?:of\s+(?:the\s+)?)?(?:children|young\s+people|people|population|residents|adults|" \
              r"households|pupils|0-17s?|under\s*18s?)\b|\s+(?:18\+|aged\s+[\d-]*\d\+?(?:\s+and\s+over\b)?))*"
_RATES = [
    re.compile(rf"\(?\s*(?P<value>\d+(?:\.\d+)?)\s+(?:per|for\s+every|in\s+every|out\s+of\s+every)\s+{_BASE}"
               rf"{_POPULATION}\s*\)?", re.I),
    # (the value never a base's last digits: 'Rate per 10,000 adults aged 18+: 258.8')
    # ('Rate per 10,000 children aged 0-17 (Q1 2019/20): 560.0')
    re.compile(rf"\brate(?:\s+per\s+{_BASE}{_POPULATION})?(?:\s*\((?:q[1-4]|quarter)[^)]{{0,20}}\))?"
               rf"\s*(?:\(|of|is|was|=|:|-|–)?\s*(?<![\d,-])(?P<value>\d+(?:\.\d+)?)"
               rf"(?:\s+per\s+[\d,]+k?{_POPULATION})?\s*\)?", re.I),
    re.compile(rf"\(\s*per\s+{_BASE}{_POPULATION}\s*[:=]\s*(?P<value>\d+(?:\.\d+)?)\s*\)", re.I),  # '(per 10k: 64.3)'
]
_PERCENTAGE = re.compile(r"\b\d[\d,.]*\s*(?:%|per\s?cent|percentage\s+points?|pp\b)", re.I)
_PERCENT_SIGN = re.compile(r"(?<=\d)\s*(?:%|per\s?cent)", re.I)
# a figure's flag: '438 (provisional)', '552 (p)', '1,846 (r)'
FLAG = r"\((?i:provisional|revised|estimated?|est\.?|unvalidated|p|r|e)\)"
# words beside a count's name that make it another measure: a percentage, a rate, a time
# ('within 28 days'), a flow out of the count or a part of it ('plans ceased', '... awaiting assessment')
QUALIFIED = re.compile(r"%|\bper\s*cent|\bpercentage|\bproportion|\brate\b|\bwithin\b|\baverage|\bmedian|\bratio|"
                       r"\btimeliness|\bre-referrals?|\brepeat\b|\bduration|\blength\s+of|\bper\s+[\d,]+|"
                       r"\b(?:ceased|ended|closed|cancelled|withdrawn|de-?registered|discharged|awaiting|missing|"
                       # a part of the count: 'Missed bins rectified next day', 'Health Check invitations declined'
                       r"rectified|resolved|declined|refused|rejected|overturned|upheld|escalated|outstanding|overdue|lasting)\b",
                       re.I)
# a figure alone on a line ('30,524', '1,846*', '87.5%'), not a year ('2019')
FIGURE_ALONE = re.compile(r"^(?!(?:19|20)\d\d$)\d[\d,]*(?:\.\d+)?%?\*?$")
_NOT_FIGURES = [
    re.compile(r"[£$€]\s*[\d,.]+\s*(?:m|k|bn|million|billion)?\b", re.I),  # money
    re.compile(r"\b\d[\d,.]*\s*(?:m\b|k\b|bn\b|million|billion|pounds)", re.I),
    re.compile(r"\b\d[\d,.]*\s*(?:kb|mb|gb|bytes?|pages?)\b", re.I),  # a file's size: 'PDF 290 KB'
    re.compile(r"\b\d+\s*[-–]\s*\d+\b"),  # ranges and ages: 0-11, 11-18
    re.compile(r"\b(?:over|under|more than|fewer than|less than|around|about|approximately|approx\.?|nearly|"
               r"almost|some|up to|aged?|age of|mid|year|years|top|circa|c\.|at least|at most|just)\s+\d[\d,.]*",
               re.I),
    re.compile(r"\b\d[\d,.]*\s*(?:years?|months?|weeks?|days?|hours?|minutes?|schools?|homes?|teams?|wards?|"
               r"councillors?|sessions?|times|fte|posts?|staff|academies|sites?|hubs?|localities|authorities|"
               r"councils?|areas?|workers?|volunteers?|partners?|organisations?)\b", re.I),
    re.compile(r"\b(?:in|since|of|from|until|by|to|during|mid|the|year|for|before|after|end|summer|spring|autumn|"
               r"winter|january|february|march|april|may|june|july|august|september|october|november|"
               r"december)\s+(?:19|20)\d\d\b", re.I),  # years
    re.compile(r"\b(?:19|20)\d\d\s*[/-]\s*\d{2,4}\b"),  # council years: 2019/20
    re.compile(r"\b(?:act|acts|regulations?|order|code|strategy|plan|framework|review)\s+(?:19|20)\d\d\b", re.I),
    re.compile(r"(?:^|(?<=[.;:\t]\s)|(?<=\t))\(?\d{1,2}[.)](?=\s+[A-Z(])"),  # an item's number: '2. That ...'
    re.compile(r"\b(?:q|qtr|quarter)\s*[1-4]\b", re.I),
    # a number that names a kind, not a count: 'stage 1 complaints', 'Key Stage 2', 'tier 3', 'band A'
    re.compile(r"\b(?:stage|tier|level|phase|step|band|category|priority|section|part|grade)\s+\d{1,2}\b(?![,.]\d)",
               re.I),
    re.compile(r"\btargets?\b(?:\s+(?:of|is|was|for|set\s+at|level)|\s*[:=(])*\s*[\d,.]+", re.I),
    re.compile(r"\b(?:of\s+whom|of\s+which|of\s+these|of\s+them|including|includes|included|comprising)\s+"
               r"[\d,.]+", re.I),  # sub-counts
    re.compile(r"\b(?:national(?:ly)?|england|(?:(?:statistical|nearest|closest)\s+)?neighbou?rs?|regional(?:ly)?|"
               r"north\s+east|comparators?|average|benchmark|similar\s+(?:councils|authorities))\b[^\d.;]{0,25}[\d,.]+|"
               r"\b(?:national(?:ly)?|england|regional(?:ly)?)\b[^\d.;]{0,15}\bcompar\w+\s+figures?\s+(?:is|was)\s+[\d,.]+|"
               r"\b(?:councils|authorities|areas|places)\s+like\s+(?:ours|us)\b[^\d.;]{0,15}[\d,.]+",
               re.I),
    re.compile(r"\b(?:from|compared\s+(?:with|to)|against|previously|last\s+year)\s+[\d,.]+", re.I),
    re.compile(r"\b\d[\d,.]*\s+(?:more|fewer|less|higher|lower)\s+than\b", re.I),  # a difference: '31 more than ...'
    re.compile(r"\bquot(?:es|ed|ing)\s+(?:a\s+figure\s+of\s+)?[\d,.]+", re.I),  # 'the report quotes 72 ...': another's words
    re.compile(r"\b(?:paragraphs?|para\.?|sections?|appendix|appendices|annex|schedules?|items?|agenda\s+item|pages?|"
               r"tables?|figures?\s+(?=\d)|charts?|recommendations?|priority|minutes?|min\.?|ref\.?|reference|"
               r"no\.|number\s+(?=\d)|version|v\.?|ext\.?|extension|room|floor|level|phase|stage|tier|"
               r"step|option|question|case|ward|key\s+stage|ks)\s*[\d.]+[a-z]?\b", re.I),
    re.compile(r"(?:\+44\s?|\b0)\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}\b"),  # telephone numbers
    re.compile(r"\b\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)", re.I),  # times
]


@dataclass(frozen=True)
class Rate:
    start: int
    end: int
    value: float
    base: int | None  # None: 'rate 136.1', printed without its base


def rates_in(text: str) -> list[Rate]:
    found: list[Rate] = []
    for pattern in _RATES:
        for m in pattern.finditer(text):
            if any(r.start < m.end() and m.start() < r.end for r in found):
                continue
            base = None
            if m.groupdict().get("base"):
                base = int(m.group("base").replace(",", ""))
                if m.group("k"):
                    base *= 1000
            found.append(Rate(m.start(), m.end(), float(m.group("value")), base))
    return sorted(found, key=lambda r: r.start)


def masked(line: str, spans, percentages: bool = False) -> str:
    """The line with the given spans (dates, metric names) and every non-figure blanked
    out, so positions stay where they were. percentages: for a metric whose unit is a
    percentage, '87.5%' is its figure (the sign blanked), not a non-figure."""
    text = line
    for span in spans:
        text = text[:span.start] + " " * (span.end - span.start) + text[span.end:]
    for rate in rates_in(text):
        text = text[:rate.start] + " " * (rate.end - rate.start) + text[rate.end:]
    text = (_PERCENT_SIGN if percentages else _PERCENTAGE).sub(lambda m: " " * len(m.group(0)), text)
    for pattern in _NOT_FIGURES:
        text = pattern.sub(lambda m: " " * len(m.group(0)), text)
    return text


@dataclass(frozen=True)
class Number:
    start: int
    text: str
    value: int | float

    @property
    def whole(self) -> bool:
        return isinstance(self.value, int)


def numbers_in(masked_text: str) -> list[Number]:
    out = []
    for m in NUMBER.finditer(masked_text):
        text = m.group(0)
        value = float(text.replace(",", "")) if m.group(2) else int(m.group(1).replace(",", ""))
        out.append(Number(m.start(), text, value))
    return out


_NOT_A_MEASURE = re.compile(r"^\s*(?:agenda\s+item|item|tel|telephone|phone|mobile|fax|e-?mail|contact|"
                            r"ext|extension|room|page|appendix|ward|wards|key\s+decision|date|time|"
                            r"reference|ref|report\s+(?:no|number|date)|published|call.in|"
                            r"meeting|forward\s+plan|version|paragraph)\b", re.I)


def figure_label(label: str) -> bool:
    """Words that could name a measure: two or more, and not a cover block's or a
    contact's ('Agenda item', 'Tel', 'Ward')."""
    return not _NOT_A_MEASURE.match(label) and len(re.findall(r"[A-Za-z]{2,}", label)) >= 2
