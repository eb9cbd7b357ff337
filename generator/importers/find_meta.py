"""The report's date, meeting, member and portfolio, found in its heading and
signature and matched against site_config/ members.yml and portfolios.yml."""
from __future__ import annotations

import re

from ..content.config import SiteConfig
from .dates import dates_in
from .document import Document
from .found import Findings, Found

_HEAD_BLOCKS = 4  # the meeting date is printed in the report's heading
_TAIL_BLOCKS = 4  # the signature closes the report
_MEETING = re.compile(r"\b(?i:report)\s+to\s+(?:the\s+)?([A-Z][A-Za-z]*(?:\s+[A-Z][A-Za-z]*){0,3})")
_MEETING_WORDS = re.compile(r"\b(Council|Executive|Cabinet|Committee|Board|Panel|Scrutiny)\b")
_TITLES = re.compile(r"^(councillor|cllr\.?|mayor)\s+", re.I)
_FOLD = re.compile(r"[^a-z0-9]+")


def fold(text: str) -> str:
    """Case, punctuation and apostrophes do not matter: "Children's" == "childrens"."""
    return " ".join(_FOLD.sub(" ", text.casefold().replace("'", "").replace("’", "")).split())


def find_meta(document: Document, config: SiteConfig, findings: Findings) -> None:
    head = [b for b in document.blocks if b.kind != "table"][:_HEAD_BLOCKS]
    tail = [b for b in document.blocks if b.kind != "table"][-_TAIL_BLOCKS:]
    findings.date = _meeting_date(head)
    findings.meeting = _meeting(head)
    findings.member = _member(tail, document, config)
    findings.portfolio = _portfolio(list(reversed(tail)) + head, config, findings.member)


def _meeting_date(head) -> Found | None:
    for block in head:
        for line in block.text.split("\n"):
            spans = [d for d in dates_in(line) if d.whole or _is_heading_line(line)]
            if spans and not re.match(r"\s*(as\s+(of|at)|@)", line, re.I):
                return Found(spans[0].date, block.where, line[spans[0].start:spans[0].end])
    return None


def _is_heading_line(line: str) -> bool:
    return bool(re.search(r"report|meeting", line, re.I))


def _meeting(head) -> Found | None:
    for block in head:
        m = _MEETING.search(block.text)
        if m and _MEETING_WORDS.search(m.group(1)):
            body = _MEETING_WORDS.search(m.group(1))
            name = m.group(1)[: body.end()]
            return Found(name, block.where, m.group(0)[: m.group(0).find(name) + len(name)])
    return None


def member_names(config: SiteConfig) -> dict[str, str]:
    """Folded name without 'Councillor' -> member key."""
    return {fold(_TITLES.sub("", m.name)): key for key, m in config.members.items()}


def _member(tail, document: Document, config: SiteConfig) -> Found | None:
    names = member_names(config)
    for blocks in (reversed(tail), reversed(document.blocks)):
        for block in blocks:
            for line in reversed(block.lines):
                folded = fold(line)
                for name, key in names.items():
                    if name and re.search(rf"(^| ){re.escape(name)}( |$)", folded):
                        return Found(key, block.where, sentence_with(line, name))
    return None


def sentence_with(line: str, folded_name: str) -> str:
    """The sentence of a long line that names it: the words an officer needs to see."""
    line = line.strip()
    if len(line) <= 160:
        return line
    for sentence in re.split(r"(?<=[.!?])\s+", line):
        if folded_name in fold(sentence):
            return sentence
    return line[:160]


def _portfolio(blocks, config: SiteConfig, member: Found | None) -> Found | None:
    names = {fold(p.name): key for key, p in config.portfolios.items()}
    for block in blocks:
        for line in block.lines:
            folded = fold(line)
            for name, key in sorted(names.items(), key=lambda kv: -len(kv[0])):
                if re.search(rf"(^| ){re.escape(name)}( |$)", folded):
                    return Found(key, block.where, sentence_with(line, name))
    return None


def member_by_role(findings: Findings, config: SiteConfig) -> None:
    """No member's name in the report: the member holding the portfolio's role on its date,
    if exactly one did, read from the line that names the role."""
    if findings.member or not (findings.portfolio and findings.date):
        return
    portfolio, day = findings.portfolio.value, findings.date.value
    holders = [key for key, m in config.members.items()
               if any(r.portfolio == portfolio and r.held_on(day) for r in m.roles)]
    if len(holders) == 1:
        findings.member = Found(holders[0], f"{findings.portfolio.at} (no name: the role's holder on "
                                f"{day.isoformat()})", findings.portfolio.words)


def complete_date(findings: Findings) -> None:
    """No meeting date printed: the date the report's figures speak as of, as the
    front matter's own definition of `date` allows."""
    if findings.date is None and findings.figures:
        first = findings.figures[0]
        findings.date = Found(first.as_of, first.as_of_at, first.as_of_words)


def title_for(findings: Findings, config: SiteConfig) -> Found | None:
    if findings.portfolio is None:
        return None
    name = config.portfolios[findings.portfolio.value].name
    meeting = f" to {findings.meeting.value}" if findings.meeting else ""
    source = findings.meeting or findings.portfolio
    return Found(f"{name} - Executive Member Report{meeting}", source.at, source.words)
