"""The metrics of site_config/metrics.yml by the names reports print: each label and
alias, case and punctuation aside. Councils reuse a name across portfolios ('Referrals
received' in Housing and in Adult Social Care): a name stands for every metric that has
it, and the report's own portfolio decides which is meant."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..content.config import SiteConfig
from .member_names import MemberNames

_COUNCIL_WORDS = {"borough", "council", "district", "county", "city", "metropolitan", "of", "the", "royal",
                  "and", "unitary", "london"}
# A unit that is not a count: its values may have decimals or be printed with '%'
_NOT_A_COUNT = re.compile(r"%|percent|percentage|proportion|rate|ratio|average|mean|median|days?|weeks?|"
                          r"hours?|minutes?|score|£|pounds|per\b", re.I)
PERCENT = re.compile(r"%|percent|percentage|proportion", re.I)


@dataclass(frozen=True)
class Mention:
    keys: tuple[str, ...]  # every metric with the name printed
    start: int
    end: int


@dataclass(frozen=True)
class Choice:
    """The metric a mention means in a report of `portfolio`, or why none."""

    key: str | None
    others: tuple[str, ...] = ()  # the name's metrics, all of other portfolios


class MetricNames:
    """One pattern for every label and alias, longest first, words matched whole."""

    def __init__(self, config: SiteConfig):
        names: dict[str, list[str]] = {}
        for key, metric in config.metrics.items():
            for name in [metric.label, *metric.aliases]:
                keys = names.setdefault(" ".join(name.split()).casefold(), [])
                if key not in keys:
                    keys.append(key)
        self.keys: dict[str, tuple[str, ...]] = {}
        parts = []
        for i, (name, keys) in enumerate(sorted(names.items(), key=lambda kv: -len(kv[0]))):
            if re.search(r"\w", name):
                parts.append(rf"(?P<n{i}>{_words(name)})")
                self.keys[f"n{i}"] = tuple(keys)
        for i, (name, keys) in enumerate(names.items()):
            if (said := _qualifier_in_words(name)) and said[0] not in names:
                parts.append(f"(?P<q{i}>{said[1]})")
                self.keys[f"q{i}"] = tuple(keys)
        self.pattern = re.compile(r"(?<![A-Za-z0-9])(?:" + "|".join(parts) + r")(?![A-Za-z0-9])", re.I) \
            if parts else None
        self.name_words = {w for name in names for w in re.findall(r"[a-z]+", name) if len(w) >= 5}
        # the same names as text recognition may misread them: an 'l' read as 'i' ('EHC pians')
        self.misread_pattern = re.compile(_misread(self.pattern.pattern), re.I) if parts else None
        # each name's words, stemmed, for a name said in other words' order (a name with a
        # bracketed qualifier, '(65+)', is said with it written out: _qualifier_in_words)
        self.reworded = sorted(((stems, frozenset(re.findall(r"\d+", name)), tuple(keys))
                                for name, keys in names.items()
                                if len(stems := _stems(name)) >= 2 and not _qualifier_in_words(name)),
                               key=lambda entry: -len(entry[0]))
        self.rates = {key: m.rate.per for key, m in config.metrics.items() if m.rate}
        self.portfolios = {key: m.portfolio for key, m in config.metrics.items()}
        self.units = {key: m.unit for key, m in config.metrics.items()}
        self.portfolio_names = {key: p.name for key, p in config.portfolios.items()}
        self.members = MemberNames(config)  # made once for a batch, as the metrics' pattern is
        # the council's own name, less the words every council's has: 'hollinsfield'
        self.council = [w for w in re.findall(r"[a-z]+", (config.settings.council or "").lower())
                        if w not in _COUNCIL_WORDS]

    def mentions(self, text: str) -> list[Mention]:
        if self.pattern is None:
            return []
        return [Mention(self.keys[m.lastgroup], m.start(), m.end()) for m in self.pattern.finditer(text)]

    def misread_mentions(self, text: str) -> list[Mention]:
        """Names in a scan's line whose i and l text recognition confused ('EHC pians
        maintained', 'Pariners'): both read as l, in the names and in the line alike."""
        if self.misread_pattern is None:
            return []
        return [Mention(self.keys[m.lastgroup], m.start(), m.end())
                for m in self.misread_pattern.finditer(text.translate(_MISREAD))]

    def clipped_mentions(self, text: str) -> list[Mention]:
        """A name whose last word a narrow cell cut short ('Number of households in temporary
        accommodatio', as a print driver clips a table's cell): where the cut word begins one
        word of the names' and no other, the name it completes."""
        cut = re.search(r"(?<![A-Za-z])([A-Za-z]{4,})\s*$", text)
        if cut is None:
            return []
        start = cut[1].lower()
        whole = [w for w in self.name_words if w.startswith(start) and len(w) > len(start)]
        if len(whole) != 1:
            return []
        completed = text[:cut.end(1)] + whole[0][len(start):]
        return [Mention(m.keys, m.start, min(m.end, len(text))) for m in self.mentions(completed)
                if m.end > cut.end(1)]

    def reworded_mentions(self, text: str) -> list[Mention]:
        """A name said in other words' order, its words close together in one clause and
        no number among them: 'empty units in the town centre' (Empty town centre units),
        'smokers who quit at four weeks' (Smoking quitters). Only where no name is printed."""
        words = [(m.start(), m.end(), _stem(m[0].lower()) if m[0][:1].isalpha() else m[0])
                 for m in re.finditer(r"[A-Za-z]+|\d[\d,.]*|[.;:()|\t%£]", text)]
        found: list[Mention] = []
        taken: set[int] = set()
        for stems, numbers, keys in self.reworded:
            span = _closest(words, stems, numbers, taken)
            if span:
                found.append(Mention(keys, words[span[0]][0], words[span[1]][1]))
                taken.update(range(span[0], span[1] + 1))
        return sorted(found, key=lambda m: m.start)

    def choose(self, mention: Mention, portfolio: str | None) -> Choice:
        if portfolio is None:
            return Choice(mention.keys[0])
        own = [k for k in mention.keys if self.portfolios[k] == portfolio]
        return Choice(own[0]) if own else Choice(None, mention.keys)

    def is_count(self, key: str) -> bool:
        return not _NOT_A_COUNT.search(self.units[key])

    def is_percent(self, key: str) -> bool:
        return bool(PERCENT.search(self.units[key]))

    def elsewhere(self, words: str, others: tuple[str, ...], portfolio: str) -> str:
        """Why a figure was not suggested: its name is another portfolio's metric's; the
        candidates, and the line that would make it this portfolio's."""
        named = ", ".join(f"{k} ({self.portfolio_names.get(self.portfolios[k], self.portfolios[k])})"
                          for k in others)
        return (f"{words} (names only metrics of other portfolios: {named}; if it is a "
                f"{self.portfolio_names.get(portfolio, portfolio)} figure, add the line "
                f"'  - {_printed_name(words)}' under aliases: of that metric in site_config/metrics.yml)")


_NOT_NAMING = {"of", "the", "in", "to", "and", "at", "on", "for", "a", "an", "by", "with", "who", "number",
               "total", "all", "per", "were", "was", "are", "is", "that", "there"}


def _stem(word: str) -> str:
    """'quitters' and 'quit', 'smoking' and 'smokers', 'weeks' and 'week' alike; and the
    words councils use for one another ('decided' for 'determined', 'vacant' for 'empty')."""
    for ending in ("ers", "er", "ing", "ies", "es", "ed", "s"):
        if word.endswith(ending) and len(word) - len(ending) >= 3 and not word.endswith(("ss", "us", "is")):
            word = word[: -len(ending)] + ("y" if ending == "ies" else "")
            break
    word = word[:-1] if len(word) > 3 and word[-1] == word[-2] else word
    return _SAME_WORD.get(word, word)


_SAME_WORD = {"decid": "determin", "vacant": "empty"}


def _stems(name: str) -> frozenset[str]:
    """A name's words, stemmed. The word for counting it ('received', 'reported') may go
    unsaid where three words or more still name it: '103 complaints about waste and street
    cleansing' (Waste and street cleansing complaints received)."""
    stems = frozenset(_stem(w) for w in re.findall(r"[a-z]+", name.lower()) if w not in _NOT_NAMING)
    return stems - _COUNTED_AS if len(stems - _COUNTED_AS) >= 3 else stems


_COUNTED_AS = frozenset({"receiv", "report", "record"})


def _closest(words: list, stems: frozenset[str], numbers: frozenset[str], taken: set[int]) -> tuple[int, int] | None:
    """The shortest run of words holding every stem, a few words between at most, no
    number (but the name's own: 'within 13 weeks') or clause break inside and none taken by
    a longer name."""
    best = None
    for i, (_, _, stem) in enumerate(words):
        if stem not in stems or i in taken:
            continue
        seen: set[str] = set()
        for j in range(i, min(i + len(stems) + len(numbers) + 4, len(words))):
            token = words[j][2]
            if j in taken or not token[:1].isalpha() and token not in numbers:
                break
            seen.add(words[j][2])
            if seen >= stems:
                if best is None or j - i < best[1] - best[0]:
                    best = (i, j)
                break
    return best


_MISREAD = str.maketrans("iI!", "lll")


def _misread(pattern: str) -> str:
    """A names' pattern with every i an l (never in a group's name, '(?P<n12>')."""
    return re.sub(r"\(\?P<\w+>|[iI]", lambda m: m[0] if m[0].startswith("(") else "l", pattern)


def _words(name: str) -> str:
    return r"[^A-Za-z0-9]+".join(re.escape(w) for w in re.findall(r"\w+", name))


def _qualifier_in_words(name: str) -> tuple[str, str] | None:
    """'Permanent admissions to care homes (65+)' as a sentence says it: 'permanent
    admissions to care homes of people aged 65+', the bracketed qualifier a few words on
    (words only between them, so no figure is swallowed). The name so said, and its pattern."""
    match = re.fullmatch(r"(.*\w)\W*\(([^()]*\w[^()]*)\)\W*", name)
    if not match:
        return None
    return f"{match[1]} {match[2]}", rf"{_words(match[1])}[^.;:\d()|\t\n]{{1,30}}?{_words(match[2])}"


def _printed_name(words: str) -> str:
    """The words before the figure: what the alias to add would be."""
    name = re.split(r"\s*(?:[:@\t|]|\d|\bas\s+(?:at|of)\b|\bfigures?\b)", words, maxsplit=1)[0]
    return " ".join(name.split()) or words
