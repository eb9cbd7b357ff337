"""Shared pieces of the twelfth held-out set's templates. The report machinery (figures, dates,
members in post, the truth it yields) is ../heldout3/h3_model's; the sentences carrying numbers
that are not figures and the ways members are written are ../heldout8/h8_common's; the titles,
decisions and helpers for dates and recommendations are ../heldout11/h11_common's. This module
adds the earlier sets to keep clear of, a performance table builder and a small page layout
engine (reportlab) for the documents drawn straight to PDF.
"""
from __future__ import annotations

import datetime as dt
import json
import random
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth

from h11_common import (ADDRESS, COMPARATORS, DAYS, MONTHS, PORTFOLIOS, Fig, Job, Report, background, cap,  # noqa: F401
                        cross, ends, items, later, long, lookalike, meeting_date, new_report as _new_report,
                        noun, ordinal, ordinal_long, other_member, quarter, quarter_name, rate_short, rate_words,
                        row_rate, slash, subcount, thanks, trap_lines, who, wrap, decision, dotted)
from h11_text import _extras  # noqa: F401

EARLIER = ("", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8",
           "heldout9", "heldout10", "heldout11")


def taken(corpus: Path) -> set:
    """(date, portfolio) pairs the other sets use: no document here shares one."""
    used = set()
    for sub in EARLIER:
        for t in json.loads((corpus / sub / "truth.json").read_text(encoding="utf-8")).values():
            used.add((dt.date.fromisoformat(t["date"]), t["portfolio"]))
    return used


def new_report(rng: random.Random, family: str, fmt: str, portfolio: str, body: str, used: set,
               years: tuple[int, int], new_holder: bool = False) -> Report:
    return _new_report(rng, family, fmt, portfolio, body, used, years, new_holder=new_holder)


def short_month(d: dt.date, weekday: bool = False) -> str:
    t = f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}"
    return f"{DAYS[d.weekday()][:3]} {t}" if weekday else t


def perf(r: Report, n=(3, 4), back=(10, 40), rates: float = 0.8, n_history: int = 2):
    """The latest quarter's figures (all truth), with earlier quarters and targets."""
    q_end, qs = quarter(r, back)
    figs = r.draw(r.rng.randint(*n), q_end, n_history=n_history, rates=rates)
    r.figs = list(figs)
    r.traits |= {"figures-at-heading", "as-at-differs-from-meeting"}
    return q_end, qs, figs


def perf_rows(r: Report, figs: list[Fig], qs: list[dt.date], marker: str = "", rag: bool = False,
              rate_rows: bool = True) -> tuple[list[str], list[list[str]], Fig | None]:
    """Header and rows of a three-quarter table with target (and RAG): the latest column is the
    figure; rate rows under rated indicators; one look-alike row. marker: 'p' | 'star' | 'sup'
    (the marked figure returned; for 'sup' the caller prints the note number as superscript)."""
    from h3_model import status
    head = ["Indicator"] + [quarter_name(q) for q in qs] + ["Target"] + (["RAG"] if rag else [])
    rows, marked = [], None
    if marker:
        marked = r.rng.choice(figs)
        marked.marker = marker
    for f in figs:
        latest = f.show()
        if f is marked:
            latest += {"p": " (p)", "star": "*", "sup": ""}[marker]
        rows.append([f.label, f.show(f.history[0]), f.show(f.history[1]), latest, f.target]
                    + ([status(f)] if rag else []))
        if f.rate is not None and rate_rows:
            rr = [f.rate_at(f.history[0], qs[0]), f.rate_at(f.history[1], qs[1]), f.rate]
            rows.append([row_rate(f)] + [f"{x:.1f}" for x in rr] + ["-"] + ([""] if rag else []))
            r.traits.add("rate-row")
    lab, vals = lookalike(r, 3)
    rows.insert(r.rng.randint(1, len(rows)), [lab] + vals + ["-"] + ([""] if rag else []))
    r.traits |= {"period-columns", "target-column", "performance-table"}
    if rag:
        r.traits.add("rag-column")
    return head, rows, marked


# --- a small page layout engine for PDFs drawn with reportlab -------------------------------

@dataclass
class Op:
    kind: str  # "text" | "rect" | "line"
    x: float
    y: float
    text: str = ""
    font: str = "Helvetica"
    size: float = 10
    w: float = 0
    h: float = 0
    fill: tuple | None = None
    colour: tuple = (0, 0, 0)


@dataclass
class Pager:
    """Blocks laid out down A4 pages; each page a list of Ops (so a text layer can be drawn later
    where the words are)."""
    font: str = "Helvetica"
    bold: str = "Helvetica-Bold"
    size: float = 10
    left: float = 56
    right: float = 56
    top: float = 64
    bottom: float = 64
    lead: float = 1.35
    pagesize: tuple = A4
    pages: list = field(default_factory=list)
    y: float = 0

    def __post_init__(self):
        self.new_page()

    @property
    def width(self) -> float:
        return self.pagesize[0] - self.left - self.right

    def new_page(self):
        self.pages.append([])
        self.y = self.pagesize[1] - self.top

    def need(self, h: float):
        if self.y - h < self.bottom:
            self.new_page()

    def op(self, o: Op):
        self.pages[-1].append(o)

    def lines(self, text: str, font: str, size: float, width: float) -> list[str]:
        out, cur = [], ""
        for word in text.split():
            t = f"{cur} {word}" if cur else word
            if stringWidth(t, font, size) <= width or not cur:
                cur = t
            else:
                out.append(cur)
                cur = word
        if cur:
            out.append(cur)
        return out or [""]

    def para(self, text: str, font: str | None = None, size: float | None = None, indent: float = 0,
             hang: str = "", after: float = 5, colour=(0, 0, 0), width: float | None = None):
        font, size = font or self.font, size or self.size
        wd = (width or self.width) - indent
        for i, ln in enumerate(self.lines(text, font, size, wd)):
            self.need(size * self.lead)
            self.y -= size * self.lead
            if i == 0 and hang:
                self.op(Op("text", self.left + indent - stringWidth(hang + " ", font, size), self.y, hang, font,
                           size, colour=colour))
            self.op(Op("text", self.left + indent, self.y, ln, font, size, colour=colour))
        self.y -= after

    def rule(self, colour=(0.7, 0.7, 0.7), after: float = 6):
        self.y -= 3
        self.op(Op("line", self.left, self.y, w=self.width, colour=colour))
        self.y -= after

    def band(self, text: str, fill, colour=(1, 1, 1), size: float = 9, font: str | None = None, h: float = 18):
        self.need(h + 4)
        self.y -= h
        self.op(Op("rect", self.left, self.y, w=self.width, h=h, fill=fill))
        self.op(Op("text", self.left + 6, self.y + (h - size) / 2 + 1.5, text, font or self.font, size, colour=colour))
        self.y -= 4

    def box(self, paras: list[tuple[str, str, float]], fill, pad: float = 8, after: float = 8):
        """A shaded box of paragraphs (text, font, size)."""
        hts = [(self.lines(t, f, s, self.width - 2 * pad), f, s) for t, f, s in paras]
        h = sum(len(ls) * s * self.lead for ls, f, s in hts) + 2 * pad
        self.need(h)
        top = self.y
        self.op(Op("rect", self.left, top - h, w=self.width, h=h, fill=fill))
        y = top - pad
        for ls, f, s in hts:
            for ln in ls:
                y -= s * self.lead
                self.op(Op("text", self.left + pad, y + 2, ln, f, s))
        self.y = top - h - after

    def table(self, rows: list[list[str]], widths: list[float], size: float = 8.5, head_fill=(0.85, 0.88, 0.92),
              grid=(0.6, 0.6, 0.6), after: float = 8, sup: dict | None = None):
        """Rows of cells (first row the header); cells wrap; a right-aligned number column is
        just text. sup: {(row, col): '1'} a superscript note after the cell's text."""
        total = sum(widths)
        scale = self.width / total if total > self.width else 1
        widths = [w * scale for w in widths]
        for i, row in enumerate(rows):
            font = self.bold if i == 0 else self.font
            cells = [self.lines(str(c), font, size, w - 6) for c, w in zip(row, widths)]
            h = max(len(c) for c in cells) * size * 1.25 + 5
            self.need(h)
            x = self.left
            top = self.y
            if i == 0:
                self.op(Op("rect", self.left, top - h, w=sum(widths), h=h, fill=head_fill))
            for j, (c, w) in enumerate(zip(cells, widths)):
                yy = top - 2
                for ln in c:
                    yy -= size * 1.25
                    self.op(Op("text", x + 3, yy + 1.5, ln, font, size))
                if sup and (i, j) in sup:
                    self.op(Op("text", x + 3 + stringWidth(c[-1], font, size) + 1, yy + 4.5, sup[(i, j)], font,
                               size * 0.6))
                x += w
            self.op(Op("line", self.left, top - h, w=sum(widths), colour=grid))
            if i == 0:
                self.op(Op("line", self.left, top, w=sum(widths), colour=grid))
            self.y = top - h
        self.y -= after

    def space(self, h: float):
        self.y -= h


def draw_ops(c, ops: list[Op]) -> None:
    for o in ops:
        if o.kind == "text":
            c.setFillColorRGB(*o.colour)
            c.setFont(o.font, o.size)
            c.drawString(o.x, o.y, o.text)
        elif o.kind == "rect":
            c.setFillColorRGB(*o.fill)
            c.rect(o.x, o.y, o.w, o.h, stroke=0, fill=1)
        elif o.kind == "line":
            c.setStrokeColorRGB(*o.colour)
            c.setLineWidth(0.5)
            c.line(o.x, o.y, o.x + o.w, o.y)
    c.setFillColorRGB(0, 0, 0)
