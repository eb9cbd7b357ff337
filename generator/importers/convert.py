"""One document, start to finish in a worker: read, normalise, find. The draft is
written by the batch, which alone knows which files exist and which ids are taken."""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace
from pathlib import Path

from ..content.config import SiteConfig
from .commitments import find_candidates
from .document import Document, Unreadable
from .figures import find_figures
from .find_meta import complete_date, find_meta, member_by_role, title_for
from .metric_names import MetricNames
from .found import Findings, Found
from .normalise import normalise
from .prose import find_prose
from .read import read_document

_COUNCILLOR = re.compile(r"\b(?:Councillor|Cllr\.?)[ \t]+([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,3})")


@dataclass
class Converted:
    source: Path
    sha256: str
    document: Document | None = None
    findings: Findings | None = None
    failure: str | None = None  # why the document could not be read, and what to do


def convert(source: Path, data: bytes, config: SiteConfig, names: MetricNames, progress=None) -> Converted:
    digest = hashlib.sha256(data).hexdigest()
    try:
        document = normalise(read_document(source, data, progress))
    except Unreadable as reason:
        return Converted(source, digest, failure=str(reason))
    if not any(b.text.strip() or b.rows for b in document.blocks):
        return Converted(source, digest, failure="the document has no text; open it to check it is the "
                         "report, then import a copy that has its text")
    english = replace(document, blocks=[b for b in document.blocks if b.language != "cy"])
    return Converted(source, digest, document, find_all(english, config, names))


def find_all(document: Document, config: SiteConfig, names: MetricNames) -> Findings:
    findings = Findings()
    find_meta(document, config, findings, names)
    portfolio = findings.portfolio.value if findings.portfolio else None
    find_figures(document, names, findings.date, portfolio, findings)
    _dated_elsewhere(findings)
    _set_aside_quoted(document, findings)
    complete_date(findings)
    member_by_role(findings, config)
    findings.title = title_for(findings, config)
    day = findings.date.value if findings.date else None
    find_candidates(document, day, findings)
    find_prose(document, day, findings)
    _name_missing(document, config, findings)
    return findings


def _dated_elsewhere(findings: Findings) -> None:
    """A figure given the meeting's date only because nothing near it said when ('28,184 visits
    to museums' on a dashboard), that the report also states with a date of its own (its trend
    table's latest year): the dated one alone is suggested."""
    if findings.date is None:
        return
    dated = {(f.metric, f.value) for f in findings.figures if f.as_of != findings.date.value}
    findings.figures[:] = [f for f in findings.figures
                           if f.as_of != findings.date.value or (f.metric, f.value) not in dated]


_MAIL_HEADER = re.compile(r"^(?:from|sent|to|subject|date):?$", re.I)


def _set_aside_quoted(document: Document, findings: Findings) -> None:
    """A briefing sent by e-mail often quotes the earlier one below it ('From: ... Sent:
    ...'): that is another report, so its figures are left for the officer, not suggested."""
    # the message's own header, if any, is among its first blocks
    quoting = [i for i, block in enumerate(document.blocks) if i > 2 and _mail_header(block)]
    if not quoting:
        return
    quoted = {b.where for b in document.blocks[quoting[0]:]}
    for figure in [f for f in findings.figures if f.at in quoted]:
        findings.figures.remove(figure)
        findings.unmatched.append(Found(None, figure.at, f"{figure.words} (in an earlier e-mail quoted "
                                        "below the report; not suggested)", figure.confidence))


def _mail_header(block) -> bool:
    """'From:' and 'Sent:' or 'Subject:' heading a message, as lines or as a table's rows (a
    cover's 'From:' and 'Date:' are a report's)."""
    firsts = [row[0].strip() for row in block.rows] if block.kind == "table" else \
        [line.split(":", 1)[0] + ":" for line in block.lines if ":" in line]
    labels = {f.rstrip(":").lower() for f in firsts if _MAIL_HEADER.match(f)}
    return "from" in labels and bool(labels & {"sent", "subject"})


def _name_missing(document: Document, config: SiteConfig, findings: Findings) -> None:
    if findings.date is None:
        findings.missing["date"] = ("no meeting date in the report's heading and no 'As of' date; "
                                    "add date: YYYY-MM-DD")
    if findings.portfolio is None:
        findings.missing["portfolio"] = ("no portfolio of site_config/portfolios.yml is named in the "
                                         "title or the signature; add portfolio: <key>")
    if findings.member is None:
        signed = [m.group(0) for b in document.blocks for m in _COUNCILLOR.finditer(b.text)]
        who = f"'{signed[-1]}' is not in site_config/members.yml" if signed else "no member signs the report"
        findings.missing["member"] = f"{who}; add member: <key> (and the member to members.yml if new)"
