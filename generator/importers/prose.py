"""Commitments in a report without numbered paragraphs: the sentences of its prose that
state a plan, a proposal, a new introduction or an intention. The sentences after one in
its paragraph say more about it (its update, and any date promised), until a sentence
states a new plan or names something new."""
from __future__ import annotations

import datetime as dt
import re

from .document import Block, Document
from .found import Candidate, Findings
from .commitment_words import SENTENCE_END, due_in, names_in, subject_names

# Something new is being prepared or brought in: always a commitment of its own.
_NEW_PLAN = re.compile(
    r"\b(?:introduction|launch|roll-?out)\s+of\b|"
    r"\b(?:proposals?|plans?|strateg(?:y|ies)|business\s+case)\b[^.]{0,60}?\b(?:has|have)\s+been\s+"
    r"(?:drafted|drawn\s+up|prepared|developed)\b|"
    r"\b(?:is|are)\s+(?:(?:currently|now|also)\s+)?being\s+(?:drawn\s+up|developed|prepared|planned|designed|"
    r"recruited|established|introduced|explored|commissioned|procured)\b", re.I)
# An intention: a commitment where it starts a paragraph's plans or names something new.
_INTENTION = re.compile(r"\b(?:will|shall|(?:is|are)\s+to\s+be|plans?\s+to|intends?\s+to|aims?\s+to|"
                        r"(?:is|are)\s+scheduled\s+to)\b", re.I)
# Looser: a sentence looking forward, kept only if it names a commitment the portfolio tracks.
_FORWARD = re.compile(r"\b(will|shall|is being|are being|is to be|are to be|plans? to|aims? to|"
                      r"continue to|to continue|intends? to)\b", re.I)


def find_prose(document: Document, day: dt.date | None, findings: Findings) -> None:
    if findings.candidates:
        return
    for block in document.blocks:
        if block.kind == "paragraph" and "\n" not in block.text and block.text == " ".join(block.text.split()):
            findings.prose += paragraph_plans(block, day)


def paragraph_plans(block: Block, day: dt.date | None) -> list[Candidate]:
    groups: list[list[str]] = []  # [plan sentence, sentences about it...]
    named: list[str] = []
    for sentence in SENTENCE_END.split(block.text):
        if starts_plan(sentence, groups[-1] if groups else None):
            groups.append([sentence])
        elif groups:
            groups[-1].append(sentence)
        elif _FORWARD.search(sentence) and names_in(sentence):
            named.append(sentence)
    plans = [_plan(group, block.where, day) for group in groups]
    return plans + [Candidate("", s, None, None, None, block.where, s, plan=False) for s in named]


def starts_plan(sentence: str, current: list[str] | None) -> bool:
    if _NEW_PLAN.search(sentence):
        return True
    if not _INTENTION.search(sentence):
        return False
    if current is None:
        return True
    known = set(subject_names(" ".join(current)))
    return any(name not in known for name in subject_names(sentence))


def _plan(group: list[str], where: str, day: dt.date | None) -> Candidate:
    text, update = group[0], " ".join(group[1:]) or None
    due, due_text = due_in(" ".join(group), day)
    return Candidate("", text, update, due, due_text, where, text)
