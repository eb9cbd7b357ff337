"""Shared pieces of the seventh held-out set's templates: dates and members written the ways
this set's councils write them, figures in words, a small Word writer (python-docx), and the
rows of a figures table. The report machinery is ../heldout3/h3_model's (through
../heldout6/h6_model), the counted nouns and portfolio wording ../heldout6/h6_words'.
"""
from __future__ import annotations

import datetime as dt
import textwrap

from h6_model import DAYS, MONTHS, Fig, Report, ordinal  # noqa: F401

EN_POP = {"children-0-17": "children aged 0-17", "adults-18-plus": "adults aged 18+",
          "older-people-65-plus": "people aged 65+", "households": "households"}
COMMITTEES = {"childrens-services": "People and Communities Committee", "education": "People and Communities Committee",
              "adult-social-care": "Health and Wellbeing Committee", "public-health": "Health and Wellbeing Committee",
              "housing": "Environment and Housing Committee", "environment": "Environment and Housing Committee",
              "regeneration": "Place and Economy Committee", "community-safety": "Safer Communities Committee",
              "finance": "Strategic Policy and Resources Committee", "culture": "Leisure and Culture Committee"}
CALLERS = ["Cllr. Heptonstall", "Cllr. Okonjo-Reid", "Cllr. Barraclough", "Cllr. Duckworth", "Cllr. McGarrigle"]


# --- dates --------------------------------------------------------------------

def short_weekday(d: dt.date) -> str:
    """"Mon 2nd Dec '19\""""
    return f"{DAYS[d.weekday()][:3]} {ordinal(d.day)} {MONTHS[d.month - 1][:3]} '{d.year % 100:02d}"


def bare_slash(d: dt.date) -> str:
    """'2/12/2019'"""
    return f"{d.day}/{d.month}/{d.year}"


def dashed(d: dt.date) -> str:
    """'02-Dec-2019'"""
    return f"{d.day:02d}-{MONTHS[d.month - 1][:3]}-{d.year}"


def tues(d: dt.date) -> str:
    """'Tues 3 December 2019'"""
    day = {0: "Mon", 1: "Tues", 2: "Wed", 3: "Thurs", 4: "Fri", 5: "Sat", 6: "Sun"}[d.weekday()]
    return f"{day} {d.day} {MONTHS[d.month - 1]} {d.year}"


def dot_short(d: dt.date) -> str:
    """'2.12.19'"""
    return f"{d.day}.{d.month}.{d.year % 100:02d}"


def long(d: dt.date, weekday: bool = False) -> str:
    t = f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    return f"{DAYS[d.weekday()]} {t}" if weekday else t


# --- numbers in words -------------------------------------------------------------

ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen " \
       "seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def words(n: int) -> str:
    """552 -> 'five hundred and fifty-two' (British usage)."""
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("-" + ONES[n % 10] if n % 10 else "")
    if n < 1000:
        rest = n % 100
        return ONES[n // 100] + " hundred" + (" and " + words(rest) if rest else "")
    rest = n % 1000
    head = words(n // 1000) + " thousand"
    if not rest:
        return head
    return head + (" and " if rest < 100 else " ") + words(rest)


# --- members ------------------------------------------------------------------------

def member_text(r: Report, form: str) -> tuple[str, set[str]]:
    m = r.member
    text = {"cbe": f"Councillor {m.first[0]} {m.surname} CBE",
            "ph": f"Cllr. {m.surname} (Portfolio Holder)",
            "cllr-dot-initial": f"Cllr. {m.first[0]}. {m.surname}",
            "full": f"Councillor {m.name}",
            "cllr-full": f"Cllr {m.name}",
            "cllr-initial": f"Cllr {m.first[0]} {m.surname}"}[form]
    traits = {"cbe": {"member-initial", "member-honours"},
              "ph": {"member-short-form", "member-surname-only", "cllr-with-full-stop", "member-role-in-brackets"},
              "cllr-dot-initial": {"member-short-form", "member-initial", "cllr-with-full-stop"},
              "full": set(), "cllr-full": {"member-short-form"},
              "cllr-initial": {"member-short-form", "member-initial"}}[form]
    return text, traits


# --- figures ------------------------------------------------------------------------

def rate_label(f: Fig) -> str:
    return f"Rate per {f.metric.rate_per:,} {EN_POP[f.metric.population]}"


def wrap(text: str, indent: str = "", first: str | None = None, width: int = 78) -> str:
    return textwrap.fill(" ".join(text.split()), width=width, initial_indent=indent if first is None else first,
                         subsequent_indent=indent, break_on_hyphens=False, break_long_words=False)


def cap(s: str) -> str:
    return s[0].upper() + s[1:]


# --- Word -----------------------------------------------------------------------------

class Word:
    """A python-docx document with the few things these templates need."""

    def __init__(self, font: str = "Arial", size: float = 11, landscape: bool = False):
        import docx
        from docx.shared import Pt
        self.doc = docx.Document()
        st = self.doc.styles["Normal"]
        st.font.name = font
        st.font.size = Pt(size)

    def p(self, text: str = "", bold: bool = False, style: str | None = None, size: float | None = None,
          italic: bool = False, align: str | None = None):
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Pt
        para = self.doc.add_paragraph(style=style)
        if text:
            run = para.add_run(text)
            run.bold = bold
            run.italic = italic
            if size:
                run.font.size = Pt(size)
        if align == "center":
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "right":
            para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        return para

    def runs(self, parts: list[tuple[str, str]], style: str | None = None):
        """parts: (text, kind) with kind '' | 'b' | 'sup' | 'i'."""
        para = self.doc.add_paragraph(style=style)
        for text, kind in parts:
            run = para.add_run(text)
            run.bold = kind == "b"
            run.italic = kind == "i"
            run.font.superscript = kind == "sup"
        return para

    def h(self, text: str, level: int = 1):
        return self.doc.add_heading(text, level=level)

    def table(self, rows: list[list], header: bool = True, widths: list[float] | None = None, size: float = 9.5,
              style: str = "Table Grid"):
        from docx.shared import Cm, Pt
        t = self.doc.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = self.doc.styles[style]
        for i, row in enumerate(rows):
            for j, val in enumerate(row):
                cell = t.cell(i, j)
                parts = val if isinstance(val, list) else [(str(val), "")]
                para = cell.paragraphs[0]
                for text, kind in parts:
                    run = para.add_run(text)
                    run.font.size = Pt(size)
                    run.bold = (header and i == 0) or kind == "b"
                    run.font.superscript = kind == "sup"
                if widths:
                    cell.width = Cm(widths[j])
        self.doc.add_paragraph()
        return t

    def save(self, path):
        self.doc.core_properties.author = "Democratic Services"
        self.doc.save(str(path))
