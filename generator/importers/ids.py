"""Ids for new commitments, made from the commitment's key words: an acronym the text
defines ('(STYOS)') with the key words around it, else what it introduces ('the
introduction of Firstline - a training opportunity'), else the name it is about ('Youth
Parliament', 'No Wrong Door', 'achieving outstanding'), else its first key words (the
main clause's, after a leading 'Following ...,'); at most five words, unique in the
archive."""
from __future__ import annotations

import re

from .commitment_words import subject_names

_ACRONYM = re.compile(r"\(([A-Z]{2,}[a-z]?)\)")
_QUOTED = re.compile(r"(?<!\w)['‘]([a-z][a-z-]*(?:\s+[a-z][a-z-]*){1,3})['’](?!\w)")
_INTRODUCED = re.compile(r"\b(?:introduction|launch|roll-?out)\s+of\s+(.*)", re.I)
_LEADING_CLAUSE = re.compile(r"^(?:following|to|in|with|after|as|since|although|while)\b[^,]{0,80},\s*", re.I)
# Words that say nothing about which commitment it is: grammar, and the verbs and nouns
# every plan uses ('continue', 'deliver', 'proposal', 'development').
GENERIC = set("""
a an and are as at be been being by for from has have in into is it its of on or our that the their
there these they this those to was we were which will with would shall should can could may also
further new currently now such so than then very all any each every more most other over under about against
continue continues continued continuing work deliver develop development improve create ensure
include includes including devising devise proposal proposals drafted drawn up following regarding
required potential introduction progress monitored give make making put place taking take well
""".split())
MAX_WORDS = 5


def slug_for(text: str, taken: set[str]) -> str:
    base = "-".join(key_words(text)) or "commitment"
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    return slug


def key_words(text: str) -> list[str]:
    acronym = _defined_acronym(text)
    if acronym:
        return [acronym.lower()] + _plain_words(_drop_names(text))[:MAX_WORDS - 2]
    introduced = _INTRODUCED.search(text)
    if introduced and len(_plain_words(introduced.group(1))) >= 2:  # 'the introduction of Firstline'
        return _plain_words(introduced.group(1))[:3]
    named = subject_names(text) + [m.group(1) for m in _QUOTED.finditer(text)]
    if named:
        return _plain_words(named[0])[:MAX_WORDS] or _plain_words(text)[:4]
    main = _LEADING_CLAUSE.sub("", text)
    return (_plain_words(main) if len(_plain_words(main)) >= 2 else _plain_words(text))[:4]


def _defined_acronym(text: str) -> str | None:
    """The acronym the text defines and uses most ('STYOS' over 'HMIP')."""
    defined = _ACRONYM.findall(text)
    if not defined:
        return None
    return max(reversed(defined), key=lambda a: len(re.findall(rf"\b{a}\b", text)))


def _drop_names(text: str) -> str:
    """The text without capitalised words (the names an acronym stands for) and dates."""
    bare = (w.lstrip("('‘\"“") for w in text.split()[1:])
    return " ".join(w for w in bare if not w[:1].isupper() and not w[:1].isdigit())


def _plain_words(text: str) -> list[str]:
    words = [w.strip("-") for w in re.findall(r"[a-z0-9-]+", text.lower().replace("'s", ""))]
    return [w for w in words if w and w not in GENERIC and not w.isdigit()]
