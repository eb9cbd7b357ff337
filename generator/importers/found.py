"""What the finders suggest: each value with the words it was read from and where (and,
for a scan, how sure text recognition was of those words)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import Any


@dataclass(frozen=True)
class Found:
    value: Any
    at: str  # "line 3", "page 2", "paragraph 14"
    words: str  # the words the value was read from, as printed
    confidence: int | None = None  # read by OCR: its least sure word, 0-100


@dataclass(frozen=True)
class Figure:
    metric: str
    value: int | float
    value_text: str  # as printed, '1,846'
    as_of: dt.date
    as_of_words: str
    as_of_at: str
    rate: float | None
    at: str
    words: str
    confidence: int | None = None


@dataclass(frozen=True)
class Candidate:
    """A numbered paragraph, or a sentence of prose, that may be a commitment, before
    ids are matched (a prose one has no number and its words are the sentence)."""

    number: str
    text: str
    update: str | None
    due: str | None
    due_text: str | None
    at: str
    words: str  # the whole paragraph (and its continuation), for matching earlier wording
    plan: bool = True  # False: a prose sentence kept only if it names a tracked commitment
    anchor: str | None = None  # the item's anchor in the draft's body
    confidence: int | None = None


@dataclass
class Findings:
    title: Found | None = None
    date: Found | None = None
    meeting: Found | None = None
    member: Found | None = None
    portfolio: Found | None = None
    figures: list[Figure] = field(default_factory=list)
    unmatched: list[Found] = field(default_factory=list)
    candidates: list[Candidate] = field(default_factory=list)
    prose: list[Candidate] = field(default_factory=list)  # plans stated in an unnumbered report's prose
    missing: dict[str, str] = field(default_factory=dict)  # field -> why it is missing
    said_last: Figure | None = None  # the figure the report stated last, new or said again

    def add_figure(self, figure: Figure) -> None:
        """A metric's figure for each as-of date: the first is suggested; another for the
        same date is left for the officer (the same value twice is said once)."""
        self.said_last = figure
        same = [f for f in self.figures if (f.metric, f.as_of) == (figure.metric, figure.as_of)]
        if same and same[0].value == figure.value and same[0].rate is None and figure.rate is not None:
            self.figures[self.figures.index(same[0])] = replace(same[0], rate=figure.rate)  # said again, with its rate
        elif same and same[0].value != figure.value:
            self.unmatched.append(Found(None, figure.at, f"{figure.words} (a second figure for "
                                        f"{figure.metric} as of {figure.as_of.isoformat()}; only the first "
                                        "is suggested)", figure.confidence))
        elif not same:
            self.figures.append(figure)
