"""Is a suggested commitment one the portfolio already tracks? Scored from 0 to 1 by what
the two wordings share: a capitalised name of two words or more ('Youth Parliament',
'No Wrong Door') is 1.0; every key word of the tracked id ('adverse-childhood-experiences')
is 0.9; otherwise the share of key words the two have in common (Dice's coefficient). A match needs 0.6, and the score and
the words shared are written into the draft, for the officer to confirm."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .commitment_words import names_in
from .ids import GENERIC

THRESHOLD = 0.6
_MIN_SHARED = 3  # key words in common, for a match by words alone


@dataclass(frozen=True)
class Match:
    id: str
    score: float
    shared: tuple[str, ...]

    def describe(self) -> str:
        return f"{self.id} (score {self.score:.2f}: shares {', '.join(repr(s) for s in self.shared)})"


@dataclass(frozen=True)
class Wording:
    """What a commitment's words are matched by, worked out once: its capitalised names
    and its key words."""

    names: frozenset[str]
    keys: frozenset[str]

    @classmethod
    def of(cls, text: str, words: str | None = None) -> "Wording":
        names = {n for n in names_in(words or text) if len(n.split()) >= 2 and not _only_common(n)}
        return cls(frozenset(names), frozenset(key_words(text)))


def best_match(mine: Wording, earlier: dict[str, Wording], exclude: set[str]) -> Match | None:
    """The tracked commitment (id -> its first wording) this one most likely is."""
    best: Match | None = None
    for cid, theirs in earlier.items():
        if cid in exclude:
            continue
        found = score(mine, cid, theirs)
        if found and found.score >= THRESHOLD and (best is None or found.score > best.score):
            best = found
    return best


def score(mine: Wording, cid: str, theirs: Wording) -> Match | None:
    names = sorted(mine.names & theirs.names, key=lambda n: -len(n))
    if names:
        return Match(cid, 1.0, tuple(names))
    id_words = [w for w in cid.split("-") if w not in GENERIC and not w.isdigit() and len(w) > 2]
    if len(id_words) >= 2 and all(_stem(w) in mine.keys for w in id_words):
        return Match(cid, 0.9, tuple(id_words))
    common = mine.keys & theirs.keys
    if len(common) < _MIN_SHARED:
        return None
    return Match(cid, round(2 * len(common) / (len(mine.keys) + len(theirs.keys)), 2), tuple(sorted(common)))


def key_words(text: str) -> set[str]:
    return {_stem(w) for w in re.findall(r"[a-z][a-z-]+", text.lower().replace("'s", ""))
            if len(w) > 2 and w not in GENERIC and w not in _COMMON}


def _stem(word: str) -> str:
    if word.endswith(("ss", "us", "is")):
        return word
    for ending in ("ies", "es", "s", "ing", "ed"):
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)] + ("y" if ending == "ies" else "")
    return word


def _only_common(name: str) -> bool:
    return all(w in _COMMON for w in name.split())


# words a council's reports use of everything: they say nothing about which promise it is
_COMMON = set("""
council councils borough city county service services children young people families family adults
residents community communities department departments directorate partners partner partnership
middlesbrough executive member members cabinet officers staff team teams report reports plan plans
""".split())
