"""Commitments: the report's numbered priorities and plans, each with its promise,
any promised date ('by July 2020'), and the id of the same commitment in an earlier
report of the portfolio where the wording names the same thing."""
from __future__ import annotations

import re

from .dates import MONTH, month_number
from .document import Document
from .found import Candidate, Findings, Found

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z'‘\"“])")
_BY = re.compile(rf"\bby\s+(?:the\s+end\s+of\s+)?(?:(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?{MONTH}\s*(\d{{4}})?|(\d{{4}}))\b",
                 re.I)


_FORWARD = re.compile(r"\b(will|shall|is being|are being|is to be|are to be|plans? to|aims? to|"
                      r"continue to|to continue|intends? to)\b", re.I)


def find_prose(document: Document, findings: Findings) -> None:
    """A report without numbered paragraphs states its promises in prose: keep its
    forward-looking sentences, to match against the portfolio's known commitments."""
    if findings.candidates:
        return
    for block in document.blocks:
        if block.kind == "paragraph" and "\n" not in block.text and block.text == " ".join(block.text.split()):
            for sentence in _SENTENCE_END.split(block.text):
                if _FORWARD.search(sentence) and names_in(sentence):
                    findings.prose.append(Found(None, block.where, sentence))


def find_candidates(document: Document, report_year: int | None, findings: Findings) -> None:
    blocks = document.blocks
    for i, block in enumerate(blocks):
        if block.kind != "paragraph" or not block.number:
            continue
        following = []
        for later in blocks[i + 1:]:
            if later.kind != "paragraph" or later.number:
                break
            if later is blocks[-1] and findings.member and later.where == findings.member.at:
                break  # the signature is not part of the last item
            following.append(later.text)
        findings.candidates.append(_candidate(block, following, report_year))


def _candidate(block, following: list[str], report_year: int | None) -> Candidate:
    text = " ".join(block.text.split())
    rest = " ".join(" ".join(following).split())
    if text.endswith(":"):
        promise, update = text[:-1].rstrip() + ".", rest or None
    else:
        promise = _SENTENCE_END.split(text, maxsplit=1)[0]
        whole = " ".join(filter(None, [text, rest]))
        update = whole if whole != promise else None
    due, due_text = _due(" ".join(filter(None, [text, rest])), report_year)
    return Candidate(block.number, promise, update, due, due_text, block.where,
                     " ".join(filter(None, [text, rest])))


def _due(text: str, report_year: int | None) -> tuple[str | None, str | None]:
    """The latest 'by <month> <year>' in the item, with its sentence."""
    best = None
    for sentence in _SENTENCE_END.split(text):
        for m in _BY.finditer(sentence):
            if m.group(3):
                due = m.group(3)
            else:
                year = m.group(2) or (str(report_year) if report_year else None)
                if year is None:
                    continue
                due = f"{year}-{month_number(m.group(1)):02d}"
            if best is None or due >= best[0]:
                best = (due, sentence.strip())
    return best if best else (None, None)


# --- matching earlier commitments by wording --------------------------------

_NAME = re.compile(r"(?:[A-Z][\w'’-]*(?:\s+(?:of|for|and|in|the|on|to)\s+|\s+)){1,}[A-Z][\w'’-]*")
_COMMON_NAMES = {"the", "a", "an", "this", "we", "our", "to", "it", "in", "on", "following"}


def names_in(text: str) -> set[str]:
    """Capitalised names of two words or more ('Family Group Conferencing', 'No Wrong
    Door'), folded; a sentence's first word counts only if the next is capitalised too."""
    found = set()
    for m in _NAME.finditer(text):
        words = m.group(0).split()
        while words and words[0].lower() in _COMMON_NAMES:
            words = words[1:]
        if sum(w[0].isupper() for w in words) >= 2:
            found.add(" ".join(w.lower().strip("'’") for w in words))
    return found


def match_earlier(candidate_words: str, earlier: dict[str, str], exclude: set[str]) -> str | None:
    """The id of the earlier commitment whose promise names the same thing, if one does;
    names shared with every earlier promise (the council's own) do not count."""
    mine = names_in(candidate_words)
    best, best_score = None, 0
    for cid, text in earlier.items():
        if cid in exclude:
            continue
        shared = mine & names_in(text)
        score = sum(len(n.split()) for n in shared)
        if score > best_score:
            best, best_score = cid, score
    return best


def match_unique(sentence: str, known: dict[str, str], exclude: set[str]) -> str | None:
    """The one known commitment whose words share a name with the sentence, where that
    name belongs to no other commitment of the portfolio (a name all of them share, such
    as a department's, says nothing)."""
    owners: dict[str, set[str]] = {}
    for cid, words in known.items():
        for name in names_in(words):
            owners.setdefault(name, set()).add(cid)
    matches = {next(iter(owners[n])) for n in names_in(sentence) if len(owners.get(n, ())) == 1}
    matches -= exclude
    return matches.pop() if len(matches) == 1 else None


def slug_for(text: str, taken: set[str]) -> str:
    stop = {"the", "a", "an", "and", "of", "to", "in", "for", "with", "on", "our", "we", "be",
            "is", "are", "will", "have", "has", "been", "this", "that", "by", "at", "as", "its"}
    words = [w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in stop][:5] or ["commitment"]
    base = "-".join(words)
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    return slug
