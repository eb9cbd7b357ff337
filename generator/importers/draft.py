"""The draft report: front matter with every suggested value and where it was read,
one marker line the officer deletes to confirm, and the document's full text."""
from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import groupby

import yaml

from .document import Block, Document
from .found import Findings

MARKER = "review: unconfirmed"
MARKER_NOTE = "  # delete this line once you have checked every value below"
_MD_SPECIAL = re.compile(r"([\\`*_\[\]])")
_MD_LINE_START = re.compile(r"^(\s*)([#+\->]|\d+(?=\.(?:\s|$)))")


@dataclass(frozen=True)
class Commitment:
    id: str
    text: str | None  # None where the id was worded in an earlier report
    status: str
    due: str | None
    due_text: str | None
    update: str | None
    anchor: str
    at: str
    words: str
    confidence: int | None = None  # read by OCR


@dataclass(frozen=True)
class Provenance:
    """Where the draft came from, as the public may see it: the document's name relative
    to the folder imported, its hash, and the copy kept under imports/originals/ if any."""

    source: str
    sha256: str
    original: str | None = None  # 'imports/originals/2019/report.pdf'
    size: int = 0


class _Dumper(yaml.SafeDumper):
    def ignore_aliases(self, data) -> bool:  # the project's YAML loader refuses anchors
        return True


def anchor_for(number: str) -> str:
    return "item-" + ("-".join(p for p in re.split(r"[^0-9A-Za-z]+", number.lower()) if p) or "0")


def front_matter(findings: Findings, assigned: list, provenance: Provenance, document: Document) -> dict:
    """assigned: (Commitment, its Match with a tracked commitment or None) pairs."""
    front: dict = {}
    values: list[dict] = []
    scanned = document.scan is not None

    def value(field: str, at: str, words: str, confidence: int | None, **more) -> None:
        entry = {"field": field, "at": at, "words": words}
        if scanned:  # every value read from a scan says how sure the reading was
            entry["confidence"] = confidence if confidence is not None else document.scan.confidence
        entry.update({k: v for k, v in more.items() if v})
        values.append(entry)

    for name in ("title", "date", "meeting", "portfolio", "member"):
        found = getattr(findings, name)
        if found is not None:
            front[name] = found.value
            value(name, found.at, found.words, found.confidence)
    if findings.figures:
        front["metrics"] = []
    for i, figure in enumerate(findings.figures):
        reading = {"metric": figure.metric, "value": figure.value, "as_of": figure.as_of}
        if figure.rate is not None:
            reading["rate"] = figure.rate
        front["metrics"].append(reading)
        value(f"metrics[{i}]", figure.at, figure.words, figure.confidence)
    commitments = [c for c, _ in assigned]
    if commitments:
        front["commitments"] = [_commitment(c) for c in commitments]
    for i, (c, match) in enumerate(assigned):
        value(f"commitments[{i}]", c.at, c.words, c.confidence, match=match.describe() if match else None)
    record: dict = {"review": "unconfirmed", "source": provenance.source, "sha256": provenance.sha256}
    if provenance.original:
        record["original"] = {"path": provenance.original, "bytes": provenance.size}
    if document.scan is not None:
        record["scan"] = {"engine": document.scan.engine, "pages": document.scan.pages,
                          "confidence": document.scan.confidence}
    record["values"] = values
    if findings.unmatched:
        record["unmatched"] = [{"at": u.at, "words": u.words} for u in findings.unmatched]
    front["imported"] = record
    return front


def _commitment(c: Commitment) -> dict:
    out = {"id": c.id}
    if c.text:
        out["text"] = c.text
    out["status"] = c.status
    for key in ("due", "due_text", "update"):
        if getattr(c, key):
            out[key] = getattr(c, key)
    out["anchor"] = c.anchor
    return out


def render_draft(front: dict, document: Document, assigned: list, missing: dict[str, str]) -> str:
    commitments = [c for c, _ in assigned]
    text = yaml.dump(front, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100_000,
                     default_flow_style=False)
    text = text.replace(f"  {MARKER}\n", f"  {MARKER}{MARKER_NOTE}\n", 1)
    notes = "".join(f"# MISSING {name}: {' '.join(why.split())}\n" for name, why in missing.items())
    anchors = {c.anchor for c in commitments}
    in_prose = {(c.at, c.words): c.anchor for c in commitments if not c.anchor.startswith("item-")}
    return f"---\n{notes}{text}---\n\n{render_body(document, anchors, in_prose)}"


def render_body(document: Document, anchors: set[str], in_prose: dict | None = None) -> str:
    parts: list[tuple[str, str]] = []  # (language, Markdown)
    for block in document.blocks:
        if block.kind == "heading":
            part = "#" * min(6, max(2, block.level or 2)) + " " + escape(block.text)
        elif block.kind == "table":
            part = render_table(block)
        else:
            anchor = block.anchor or (anchor_for(block.number) if block.number else None)
            spans = {words: a for (at, words), a in (in_prose or {}).items() if at == block.where}
            part = _prose(block, spans) if spans else _paragraph(block, anchor if anchor in anchors else None)
        if part.strip():
            parts.append((block.language, part))
    return "\n\n".join(_in_language(language, [p for _, p in run])
                       for language, run in groupby(parts, key=lambda p: p[0])) + "\n"


def _in_language(language: str, parts: list[str]) -> str:
    """A bilingual report's Welsh in a <div lang="cy">, so a screen reader speaks it as Welsh
    (WCAG 3.1.2, language of parts); md_in_html renders the Markdown inside."""
    body = "\n\n".join(parts)
    return f'<div lang="{language}" markdown="1">\n\n{body}\n\n</div>' if language else body


def _paragraph(block: Block, anchor: str | None) -> str:
    lines = [escape(line) for line in block.text.split("\n")]
    if block.bullet:
        lines[0] = f"- {lines[0]}"
    elif block.number:
        number = block.number.replace(".", "\\.") if block.number.endswith(".") else block.number
        span = f'<span id="{anchor}"></span>' if anchor else ""
        lines[0] = f"{span}{number} {lines[0]}"
    return "  \n".join(lines)


def _prose(block: Block, spans: dict[str, str]) -> str:
    """A paragraph with an anchor before each sentence a commitment was read from."""
    text, out = block.text, []
    for sentence, anchor in sorted(spans.items(), key=lambda kv: block.text.find(kv[0])):
        at = text.find(sentence)
        out += [escape(text[:at]), f'<span id="{anchor}"></span>']
        text = text[at:]
    return "".join(out) + escape(text)


_A_VALUE = re.compile(r"[£$€]?[\d,.]*\d[\d,.]*\s*[%*]?\s*(?:\((?:p|r|e|provisional)\))?", re.I)


def render_table(block: Block) -> str:
    rows = [list(r) for r in block.rows]
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    if any(_A_VALUE.fullmatch(c.strip()) for c in rows[0][1:]):  # no header row: name the columns
        # (a figure in the first row; 'Q4 22/23' or '2019/20' is a heading)
        rows.insert(0, ["Measure"] + ["Figure" if i == 1 else f"Column {i + 1}" for i in range(1, width)])
    lines = ["| " + " | ".join(escape(c).replace("|", "\\|") for c in rows[0]) + " |", "|" + " --- |" * width]
    lines += ["| " + " | ".join(escape(c).replace("|", "\\|") for c in row) + " |" for row in rows[1:]]
    return "\n".join(lines)


def escape(text: str) -> str:
    """Text shown as written: Markdown's own characters do not format it."""
    text = _MD_SPECIAL.sub(r"\\\1", text.replace("&", "&amp;").replace("<", "&lt;"))
    text = _MD_LINE_START.sub(_escape_start, text)
    return text


def _escape_start(m: re.Match) -> str:
    mark = m.group(2)
    return m.group(1) + (mark + "\\" if mark[0].isdigit() else "\\" + mark)
