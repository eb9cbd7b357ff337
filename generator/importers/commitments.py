"""Commitments: the report's numbered priorities and plans, each with its promise,
any promised date ('by July 2020'), and the id of the same commitment in an earlier
report of the portfolio where the wording names the same thing. A numbered paragraph
that only reports progress on the bare promise just before it, naming the same thing,
is that promise's update, not a commitment of its own."""
from __future__ import annotations

import dataclasses
import datetime as dt

from .document import Document
from .found import Candidate, Findings
from .commitment_words import SENTENCE_END, due_in, names_in, reports_progress, subject_names


def find_candidates(document: Document, day: dt.date | None, findings: Findings) -> None:
    blocks = document.blocks
    found = []
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
        found.append(_candidate(block, following, day))
    findings.candidates.extend(fold_progress(found, day))


def _candidate(block, following: list[str], day: dt.date | None) -> Candidate:
    text = " ".join(block.text.split())
    rest = " ".join(" ".join(following).split())
    if text.endswith(":"):
        promise, update = text[:-1].rstrip() + ".", rest or None
    else:
        promise = SENTENCE_END.split(text, maxsplit=1)[0]
        whole = " ".join(filter(None, [text, rest]))
        update = whole if whole != promise else None
    due, due_text = due_in(" ".join(filter(None, [text, rest])), day)
    return Candidate(block.number, promise, update, due, due_text, block.where,
                     " ".join(filter(None, [text, rest])))


def fold_progress(candidates: list[Candidate], day: dt.date | None) -> list[Candidate]:
    """Each item that reports progress on the bare promise before it becomes that
    promise's update (and gives it its promised date)."""
    out: list[Candidate] = []
    for c in candidates:
        if out and is_progress_on(out[-1], c):
            promise = out[-1]
            due, due_text = due_in(c.words, day)
            out[-1] = dataclasses.replace(promise, update=c.words, due=due or promise.due,
                                          due_text=due_text or promise.due_text,
                                          words=f"{promise.words} {c.words}")
        else:
            out.append(c)
    return out


def is_progress_on(promise: Candidate, item: Candidate) -> bool:
    """A bare promise (one sentence, nothing said about it yet) followed by an item whose
    first sentence reports progress, makes no promise of its own (it is not worded as a
    heading ending in ':') and names the thing the promise names ('Youth Parliament')."""
    if promise.update is not None or item.words.endswith(":"):
        return False
    first = SENTENCE_END.split(item.words, maxsplit=1)[0]
    if not reports_progress(first):
        return False
    said = " ".join(first.lower().replace("'", " ").split())
    return any(name.replace("'", " ") in said for name in subject_names(promise.text))


# --- matching earlier commitments by wording --------------------------------

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
