"""Commitments: the report's numbered priorities and plans, each with its promise,
any promised date ('by July 2020'), and the id of the same commitment in an earlier
report of the portfolio where the wording names the same thing. A numbered paragraph
that only reports progress on the bare promise just before it, naming the same thing,
is that promise's update, not a commitment of its own."""
from __future__ import annotations

import dataclasses
import datetime as dt
import re

from .document import Block, Document
from .commitment_words import SENTENCE_END, due_in, names_in, reports_progress, subject_names
from .found import Candidate, Findings
from .markers import ENDS_AS_ITEM, split_marker


_RECOMMEND = re.compile(r"recommend|decisions?\s+(?:required|sought|requested|to\s+be\s+made)|proposed\s+"
                        r"(?:decision|resolution)|resolution|"
                        r"\bask(?:s|ing|ed)?\s+(?:the\s+)?(?:cabinet|executive|council|committee|board|members)\s+to\b|"
                        r"(?:is|are)\s+asked\s+to|^\s*resolved\b|"
                        r"^\s*decisions?\s*(?:taken|made)?\s*:?\s*$", re.I)
_PRIORITY = re.compile(r"priorit|commitments?|pledges?|\bactions?\b|next\s+steps|deliverables|objectives|"
                       r"\bwants?\s+to\s+(?:do|achieve)\b", re.I)  # an Easy Read 'What the councillor wants to do next'
# sections that never hold a promise: what the report is for, what it rests on, what it costs
_NOT_COMMITMENTS = re.compile(
    r"purpose|background|implications?|financial|\blegal|equalit|diversity|papers|contact|appendi|annex|"
    r"glossary|reasons?\s+for|human\s+rights|impact\s+assessment|data\s+protection|crime\s+and\s+disorder|"
    r"comments\s+of|executive\s+summary|summary\s+of", re.I)
# 'That the Executive notes the contents of this report', 'That the report be noted'
_STANDING = re.compile(
    r"^(?:that\s+)?(?:the\s+)?(?:[\w']+\s+){0,4}?(?:is\s+|are\s+|be\s+)?(?:asked\s+to\s+|recommended\s+to\s+)?"
    r"(?:note|notes|noted|receive|receives|received|consider|considers|considered|comment|comments)\b"
    r"(?:\s+(?:on|and\s+(?:note|comment(?:\s+on)?)))?\s+(?:the\s+)?(?:contents?\s+of\s+)?(?:this|the)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:report|update|information|contents?|position|progress\s+report|review|dashboard|"
    r"booklet|statement)\b"
    r"(?:[^.;]|\.\d)*[.;]?\s*(?:and)?\s*$"
    r"|^(?:that\s+)?(?:the\s+)?(?:contents?\s+of\s+(?:the|this)\s+)?(?:[\w'’-]+\s+){0,3}?(?:report|update|information)\s+"
    r"(?:is|be)\s+(?:noted|received)\b"
    # 'note the performance information set out in section 3', 'notes the Education and Skills performance'
    r"|^(?:that\s+)?(?:the\s+)?(?:[\w']+\s+){0,4}?(?:note|notes|noted)\s+the\s+(?:[\w-]+\s+){0,4}?performance\b"
    r"(?:[^.;]|\.\d)*[.;]?\s*(?:and)?\s*$"
    # 'note how the portfolio did in the quarter'
    r"|^(?:that\s+)?(?:the\s+)?(?:[\w']+\s+){0,4}?(?:note|notes|noted)\s+how\s+(?:the\s+)?(?:[\w'-]+\s+){0,4}?"
    r"(?:did|performed|has\s+performed|is\s+performing|fared)\b"
    r"(?:[^.;]|\.\d)*[.;]?\s*(?:and)?\s*$"
    # the report's own way on: 'The report will be presented to the Overview and Scrutiny Committee
    # on ...', 'The Overview and Scrutiny Committee will look at this report on ...'
    r"|^(?:the|this)\s+report\s+(?:will\s+(?:then\s+)?(?:be\s+)?(?:presented|considered|reported|taken|submitted|go)|"
    r"goes|is\s+going)\b"
    # ('... will consider this summary on ...', '... will consider performance against profile on <date>')
    r"|^(?:the\s+)?(?:[\w'’-]+\s+){1,8}?(?:committee|board|panel|commission)\s+will\s+(?:consider|look\s+at|"
    r"receive|review|scrutinise|discuss)\s+(?:(?:this|the)\s+(?:report|summary|update)\b|"
    r"[^.;]{0,60}\bon\s+(?:[a-z]+day\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[a-z]+\s+(?:19|20)\d\d\b)"
    # a meeting and its date in the report's timetable: 'Scrutiny Committee: Thursday 30 April 2020'
    r"|^(?:[\w'’-]+\s+){0,4}(?:committee|board|panel|cabinet|council)\s*:\s*[^.;]{0,30}\b(?:19|20)\d\d\s*\.?$", re.I)
_LEAD_IN = re.compile(r":\s*$")
_TRAILING = re.compile(r"\s*(?:;|,)?\s*(?:and|or)?\s*$|\s*;\s*$", re.I)


def sections(blocks: list) -> list[str]:
    """Each block's section: 'recommend', 'priority', 'not' (purpose, background,
    implications...) or '' (any other, or before the first heading)."""
    out, kind = [], ""
    for i, block in enumerate(blocks):
        if block.kind == "heading" and kind == "recommend" and _LEAD_IN_TITLE.match(block.text):
            pass  # 'THAT THE EXECUTIVE:' set in capitals under 'RECOMMENDATIONS': the items' lead-in
        elif block.kind == "heading":
            kind = section_kind(block.text)
        elif _section_title(blocks, i):
            kind = section_kind(block.text)  # '4. Cabinet Member's priorities' typed as a paragraph
        elif _LEAD_IN.search(last := _last_words(block)) and _ASKED_TO.search(last):
            # '1.1 The Cabinet is asked to:' where no heading says 'Recommendations' (or where a
            # scan's cover table ran on into it)
            kind = "recommend"
        out.append(kind)
    return out


def _last_words(block) -> str:
    if block.kind == "table":
        return next((c for c in reversed(block.rows[-1]) if c.strip()), "") if block.rows else ""
    return block.text if block.kind == "paragraph" else ""


_ASKED_TO = re.compile(r"\b(?:is|are)\s+(?:asked|recommended)\s+to\b|\bit\s+is\s+recommended\b", re.I)
_LEAD_IN_TITLE = re.compile(r"^\s*(?:that\s+(?:the\s+)?\w+|the\s+\w+(?:\s+\w+)?\s+(?:is|are)\s+(?:asked|recommended)\b)", re.I)


def _section_title(blocks, i: int) -> bool:
    """A paragraph typed as a section's title: one naming a kind of section, or a numbered
    one over prose."""
    block = blocks[i]
    return _titled(block) and bool(section_kind(block.text) or _over_prose(blocks, i))


def _over_prose(blocks, i: int) -> bool:
    """'3 Context' over a paragraph of prose: a numbered section's title, not an item."""
    block, later = blocks[i], blocks[i + 1] if i + 1 < len(blocks) else None
    return block.number is not None and len(block.text.split()) <= 4 and later is not None and \
        later.kind == "paragraph" and not (later.number or later.bullet)


def _titled(block) -> bool:
    """A paragraph that titles a section, as officers type one in body text ('My priorities
    for 2024/25', '4. Portfolio Holder's priorities'): a short line with no sentence's end."""
    text = block.text.strip()
    return "\n" not in text and 0 < len(text.split()) <= 8 and text[-1] not in ".;:,!?" and \
        not ENDS_AS_ITEM.search(text) and (block.number is None or block.level == 0)  # '... Action Plan; and': an item


def section_kind(title: str) -> str:
    if _RECOMMEND.search(title):
        return "recommend"
    if _NOT_COMMITMENTS.search(title):
        return "not"
    if _PRIORITY.search(title):
        return "priority"
    return ""


def find_candidates(document: Document, day: dt.date | None, findings: Findings) -> None:
    """A report with recommendations commits to them (and to any priorities); one without,
    or whose only recommendation is to note it, to its numbered paragraphs outside purpose,
    background and implications. Never to a heading, a lead-in ('That the Executive:') or a
    standing resolution ('That the Executive notes the contents of this report')."""
    blocks = document.blocks
    kinds = sections(blocks)
    recommended = cover_recommendations(blocks, day) + table_commitments(blocks, day)
    found = _items(blocks, kinds, True, day, findings) if recommended or "recommend" in kinds else []
    if not (recommended or any(kinds[i] == "recommend" for i, _ in found)):
        found = _items(blocks, kinds, False, day, findings)
    findings.candidates.extend(fold_progress(recommended + [c for _, c in found], day))


def _items(blocks, kinds: list[str], recommending: bool, day: dt.date | None,
           findings: Findings) -> list[tuple[int, Candidate]]:
    """(block index, candidate) for each item that is a commitment: in a recommending report
    only the recommendations' and priorities' sections count."""
    found = []
    for i, block in enumerate(blocks):
        if block.kind != "paragraph" or kinds[i] == "not" or (recommending and kinds[i] == ""):
            continue
        in_recommendations = kinds[i] == "recommend"
        if not (block.number or (block.bullet and (kinds[i] in ("recommend", "priority") or _pledged(blocks, i)))
                or (in_recommendations and _recommends(block, blocks, i, kinds))):
            continue
        if _is_lead_in(block, blocks, i) or _STANDING.search(_one_line(block.text)) or \
                _section_title(blocks, i):
            continue
        if in_recommendations:
            found.append((i, _recommendation(block, day)))
            continue
        following = []
        for later in blocks[i + 1:]:
            if later.kind != "paragraph" or later.number or later.bullet or _titled(later):
                break  # a short line with no sentence's end ('Hard words') titles what follows
            if findings.member and later.where == findings.member.at and later is blocks[-1]:
                break  # the signature is not part of the last item
            following.append(later.text)
        found.append((i, _candidate(block, following, day)))
    return found


_ITEM_IN_CELL = re.compile(r"(?:^|(?<=[.;:]\s))(\d{1,2}\.|\(?[a-z]\)|\(\d{1,2}\))\s+")


_PLEDGE = re.compile(r"\b(?:we|i)\s+(?:will|shall|plan\s+to|intend\s+to|am\s+committed\s+to)\b|\bcommit|"
                     r"\bpriorit|\basked\s+to\b|\brecommend|\bpledge", re.I)


def _pledged(blocks, i: int) -> bool:
    """A bulleted item of a list whose lead-in promises it, wherever it stands: 'Over the
    coming months we will:', 'I am asking Cabinet colleagues to:'."""
    j = i
    while j > 0 and blocks[j - 1].kind == "paragraph" and blocks[j - 1].bullet:
        j -= 1
    lead = blocks[j - 1] if j else None
    return lead is not None and lead.kind == "paragraph" and _LEAD_IN.search(lead.text) is not None and \
        bool(_PLEDGE.search(lead.text.split(".")[-1]))


_ACTION_COLUMN = re.compile(r"^(?:agreed\s+)?(?:actions?|commitments?|recommendations?|priorit(?:y|ies)|pledges?|"
                            r"what\s+we\s+will\s+do|we\s+will)\b", re.I)


def table_commitments(blocks, day: dt.date | None) -> list[Candidate]:
    """An action log or a table of commitments ('Ref | Action / commitment | Lead | Report
    back'): each row's words in the column that names them a commitment, its reference the
    row's first cell where that is one ('A1')."""
    found = []
    for block in blocks:
        if block.kind != "table" or len(block.rows) < 2:
            continue
        column = next((c for c, head in enumerate(block.rows[0]) if _ACTION_COLUMN.match(head.strip())
                       and not head.rstrip().endswith(".")), None)  # not a sentence a column of text begins with
        if column is None:
            continue
        for row in block.rows[1:]:
            words = row[column].strip() if column < len(row) else ""
            typed = split_marker(words)  # '1. Note the dashboard for Q1 2022/23.' in the cell itself
            if typed is not None:
                words = typed[1]
            if len(words.split()) < 3 or _STANDING.search(words) or _LEAD_IN.search(words):
                continue  # 'Cabinet is asked to:' leads the items in
            if typed is not None:
                number = typed[0]
            elif column and re.fullmatch(r"[A-Z]{0,2}\d{1,2}[.)]?|\(?[a-z]\)", row[0].strip()):
                number = row[0].strip()
            else:
                number = None
            found.append(_recommendation(Block("paragraph", words, block.where, number=number), day))
    return found


_LABELLED = re.compile(r"^[^:]+:\s*\S")


def cover_recommendations(blocks, day: dt.date | None) -> list[Candidate]:
    """Recommendations written into a cover block's table ('Recommendations | 1. That Cabinet
    approves ... 2. That Cabinet ...'): each numbered or lettered one a commitment."""
    found = []
    for block in blocks:
        for row in block.rows if block.kind == "table" else ():
            # 'Subject: 1. RECOMMENDATIONS': a field that ran into the heading under the table
            if len(row) < 2 or not _RECOMMEND.search(row[0]) or len(row[0].split()) > 4 or _LABELLED.match(row[0]):
                continue
            text = " ".join(c for c in row[1:] if c and c != row[0])
            parts = _ITEM_IN_CELL.split(text)
            items = list(zip(parts[1::2], parts[2::2])) or [("", text)]
            for number, words in items:
                item = Block("paragraph", words.strip(), block.where, number=number or None)
                if not _STANDING.search(_one_line(item.text)) and len(item.text.split()) > 2:
                    found.append(_recommendation(item, day))
    return found


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _recommends(block, blocks, i: int, kinds: list[str]) -> bool:
    """An unnumbered paragraph in a recommendations section that is a recommendation of its
    own: 'That the Executive approves ...', where the section numbers none of its items."""
    text = _one_line(block.text)
    numbered = any(b.number or b.bullet for b, k in zip(blocks, kinds) if k == "recommend" and b.kind == "paragraph")
    return not numbered and bool(re.match(r"(?i)(?:that\b|it\s+is\s+recommended|the\s+\w+\s+(?:is|are)\s+"
                                          r"(?:asked|recommended))", text))


def _is_lead_in(block, blocks, i: int) -> bool:
    """'That the Executive:' followed by its lettered items (its colon lost in a scan: 'The
    Executive is asked to')."""
    if not (_LEAD_IN.search(block.text) or _ASKED_AND_NO_MORE.search(block.text)):
        return False
    if _ASKED_TO.search(block.text) and len(block.text.split()) <= 12:
        return True  # 'It is recommended that Cabinet:' says nothing of its own, whatever follows
    later = next((b for b in blocks[i + 1:] if b.kind != "heading"), None)
    return later is not None and later.kind == "paragraph" and bool(later.number or later.bullet) and (
        block.number is None or later.level > block.level or not (later.number or "")[:1].isdigit()
        or _FIRST_ITEM.match(later.number or "") or bool(_ASKED_TO.search(block.text)))


_ASKED_AND_NO_MORE = re.compile(r"\b(?:asked|recommended)\s+to\s*$|^\W*that\s+(?:the\s+)?\w+\s*$", re.I)
_FIRST_ITEM = re.compile(r"^\(?(?:1|a|i)[.)]?$", re.I)  # a list starting afresh after '4.1 ... the following:'


def _recommendation(block, day: dt.date | None) -> Candidate:
    """A recommendation is all its words, as printed: '(b) approves the launch of the
    Youth Parliament; and' -> 'approves the launch of the Youth Parliament.'"""
    text = _TRAILING.sub("", _one_line(block.text))
    if text and text[-1] not in ".!?":
        text += "."
    due, due_text = due_in(text, day)
    return Candidate(block.number or "", text, None, due, due_text, block.where, text, anchor=block.anchor,
                     confidence=min(block.confidence) if block.confidence else None)


_JOINED_ON = re.compile(r"\s*[;,]\s*(?:(?i:and|or)\s*)?$")


def _candidate(block, following: list[str], day: dt.date | None) -> Candidate:
    text = " ".join(block.text.split())
    rest = " ".join(" ".join(following).split())
    if text.endswith(":"):
        promise, update = text[:-1].rstrip() + ".", rest or None
    elif _JOINED_ON.search(text) and not rest:  # '(ii) to approve the ... Policy; and': one item of a list
        promise, update = _JOINED_ON.sub("", text) + ".", None
    else:
        promise = SENTENCE_END.split(text, maxsplit=1)[0]
        whole = " ".join(filter(None, [text, rest]))
        update = whole if whole != promise else None
    due, due_text = due_in(" ".join(filter(None, [text, rest])), day)
    return Candidate(block.number or "", promise, update, due, due_text, block.where,
                     " ".join(filter(None, [text, rest])), anchor=block.anchor,
                     confidence=min(block.confidence) if block.confidence else None)


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
