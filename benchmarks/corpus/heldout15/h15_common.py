"""Shared pieces of the fifteenth held-out set's templates. The report machinery (figures, dates,
members in post, the truth it yields) is ../heldout3/h3_model's; the sentences carrying numbers
that are not figures ../heldout8/h8_common's; titles, decisions and helpers ../heldout11's; the
performance table rows ../heldout12/h12_common's (all through ../heldout14/h14_common). This
module adds the earlier sets to keep clear of, Word numbering definitions written into
numbering.xml, and a few text helpers.
"""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from h14_common import (ADDRESS, DAYS, MONTHS, PORTFOLIOS, Fig, Job, Report, _extras, background,  # noqa: F401
                        cap, cross, decision, dotted, ends, items, later, long, lookalike, meeting_date, new_report,
                        noun, ordinal, ordinal_long, other_member, perf, perf_rows, quarter, quarter_name, rate_short,
                        rate_words, row_rate, short_month, slash, subcount, thanks, trap_lines, who, wrap)

EARLIER = ("", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8",
           "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "heldout14")
ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii"]
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def taken(corpus: Path) -> set:
    """(date, portfolio) pairs the other sets use: no document here shares one."""
    used = set()
    for sub in EARLIER:
        for t in json.loads((corpus / sub / "truth.json").read_text(encoding="utf-8")).values():
            used.add((dt.date.fromisoformat(t["date"]), t["portfolio"]))
    return used


def perf_rows15(r: Report, figs, qs, **kw):
    """../heldout12's rows, with the look-alike row never put between an indicator and its rate row."""
    head, rows, marked = perf_rows(r, figs, qs, **kw)
    labels = {f.label for f in figs}
    k = next(i for i, row in enumerate(rows) if row[0] not in labels and not row[0].startswith("Rate per"))
    rows = _keep_rates(rows, k)
    return head, rows, marked


def _keep_rates(rows: list, k: int) -> list:
    """Move row k down past any rate rows that follow it (they belong to the row above it)."""
    row = rows.pop(k)
    while k < len(rows) and str(rows[k][0]).startswith("Rate per"):
        k += 1
    rows.insert(k, row)
    return rows


def dot_short(d: dt.date) -> str:
    """'4.9.19'"""
    return f"{d.day}.{d.month}.{d.year % 100:02d}"


def mg_date(d: dt.date) -> str:
    """ModernGov's 'Tuesday, 10th December, 2019'"""
    return f"{DAYS[d.weekday()]}, {ordinal(d.day)} {MONTHS[d.month - 1]}, {d.year}"


def direction(f: Fig) -> str:
    """Direction of travel in words against the quarter before (lower is better for some)."""
    from h3_model import LOWER_BETTER
    prev = f.history[-1]
    if prev == f.value:
        return "No change"
    up = f.value > prev
    return "Improving" if up != (f.key in LOWER_BETTER) else "Worsening"


# --- Word numbering written into numbering.xml ------------------------------------------

def add_numbering(doc, num_id: int, levels: list[tuple[str, str, int, int]]) -> int:
    """An abstract numbering definition and a num for it: levels are (format, text, left, hanging)
    in twips, e.g. ('decimal', '%1.', 567, 567). Returns the numId."""
    from docx.oxml import parse_xml
    numbering = doc.part.numbering_part.element
    lv = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/>'
        f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{left}" w:hanging="{hang}"/></w:pPr></w:lvl>'
        for i, (fmt, text, left, hang) in enumerate(levels))
    absn = parse_xml(f'<w:abstractNum xmlns:w="{W_NS}" w:abstractNumId="{num_id}">'
                     f'<w:multiLevelType w:val="multilevel"/>{lv}</w:abstractNum>')
    nums = numbering.findall(f"{{{W_NS}}}num")
    if nums:
        nums[0].addprevious(absn)
    else:
        numbering.append(absn)
    numbering.append(parse_xml(f'<w:num xmlns:w="{W_NS}" w:numId="{num_id}"><w:abstractNumId w:val="{num_id}"/></w:num>'))
    return num_id


def set_num(para, num_id: int, ilvl: int) -> None:
    from docx.oxml import parse_xml
    ppr = para._p.get_or_add_pPr()
    el = parse_xml(f'<w:numPr xmlns:w="{W_NS}"><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>')
    style = ppr.find(f"{{{W_NS}}}pStyle")
    if style is not None:
        style.addnext(el)
    else:
        ppr.insert(0, el)


def shade(cell, fill: str) -> None:
    from docx.oxml import parse_xml
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd xmlns:w="{W_NS}" w:val="clear" w:color="auto" w:fill="{fill}"/>'))
