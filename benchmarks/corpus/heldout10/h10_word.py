"""Held-out-10 templates typed into Word (python-docx; ODT and PDF through LibreOffice):

  tabstop-table-report     a Cabinet report whose tables are made with tab stops, not Word
                           tables: a cover of 'LABEL:<tab>value' lines, the figures aligned on
                           right tabs with leader dots from the indicator's name, a rate line
                           under a figure, recommendations '(a)<tab>...' with a hanging tab
  legacy-wp-converted      a report typed on an old word processor and converted to Word:
                           Courier, a hard return at the end of every line, spaces for indents,
                           underlined headings in capitals, manual page breaks with '- 2 -'
                           typed at the head of each later page, a space-aligned table
  large-print-version      the large-print accessible version of a Cabinet report: Arial 18pt,
                           one figure to a line, figures in words with the digits in brackets
                           ('one hundred and fifty-two (152)'), short sentences, Word's own
                           numbering for what Cabinet is asked to do
"""
from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

from docx.enum.text import WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.shared import Cm, Pt

from council import COUNCIL, PORTFOLIOS
from h3_model import Job, last_quarter_end, quarter_name, quarters_back
from h7_common import Word
from h8_words import ADDRESS, COMPARATORS, DIRECTORS
from h10_common import (Report, background, cap, colleague, cross, dotted, later, long, lookalike, member_text,
                        noun, ordinal_long, percent_words, rate_words, row_rate, short_month, slash, subcount,
                        trap_lines, words)
from h10_words import decision

LETTERS = "abcdefgh"
ROMAN = ["i", "ii", "iii", "iv", "v", "vi"]


def _out(r: Report, final: Path, work: Path, w: Word, pdf: bool = False) -> Job:
    for sec in w.doc.sections:
        sec.page_width, sec.page_height = Cm(21), Cm(29.7)
        sec.left_margin = sec.right_margin = Cm(2.3)
        sec.top_margin = sec.bottom_margin = Cm(2)
    src = work / (final.stem + ".docx")
    w.save(src)
    if pdf or final.suffix == ".pdf":
        return Job(r, final, src, ["lo-pdf"])
    if final.suffix == ".odt":
        return Job(r, final, src, ["lo-odt"])
    return Job(r, final, src, [])


def tabbed(w: Word, parts: list, stops: list[tuple[float, str, str]], size: float | None = None,
           bold: bool = False, indent: float | None = None, hanging: float | None = None, after: float = 4):
    """One paragraph with its own tab stops: stops (cm, 'left'|'right'|'decimal', leader '' | 'dots').
    parts: strings, or (text, 'sup'|'b'|'u') runs; '\\t' inside a string is a tab."""
    para = w.doc.add_paragraph()
    pf = para.paragraph_format
    pf.space_after = Pt(after)
    if indent is not None:
        pf.left_indent = Cm(indent)
    if hanging is not None:
        pf.first_line_indent = Cm(-hanging)
    for pos, align, leader in stops:
        pf.tab_stops.add_tab_stop(Cm(pos), {"left": WD_TAB_ALIGNMENT.LEFT, "right": WD_TAB_ALIGNMENT.RIGHT,
                                            "decimal": WD_TAB_ALIGNMENT.DECIMAL}[align],
                                  WD_TAB_LEADER.DOTS if leader == "dots" else WD_TAB_LEADER.SPACES)
    for part in parts:
        text, kind = (part, "") if isinstance(part, str) else part
        run = para.add_run(text)
        run.bold = bold or kind == "b"
        run.underline = kind == "u"
        run.font.superscript = kind == "sup"
        if size:
            run.font.size = Pt(size)
    return para


# =====================================================================================
# tabstop-table-report
# =====================================================================================

def make_tabstop(r: Report, final: Path, work: Path, pdf: bool = False) -> Job:
    rng = r.rng
    q_end = last_quarter_end(r.report_date - dt.timedelta(days=rng.randint(10, 40)))
    qs = quarters_back(q_end, 3)
    figs = r.draw(rng.randint(3, 4), q_end, n_history=2, rates=0.8)
    r.figs = list(figs)
    form = ["councillor-initial", "full", "cllr-dot", "cllr-initial", "full"][r.variant % 5]
    who, t = member_text(r, form)
    r.traits |= t
    dform = r.variant % 3
    meet = [ordinal_long(r.meeting, weekday=True), slash(r.meeting), long(r.meeting)][dform]
    r.traits |= [{"weekday-date", "ordinal-date"}, {"slash-date"}, set()][dform]
    w = Word("Arial", 11)
    w.p(COUNCIL.upper(), bold=True, size=14, align="center")
    cover = [("REPORT TO:", r.executive), ("DATE:", meet), ("AGENDA ITEM:", str(r.item)),
             ("REPORT OF:", f"{who}, {r.role}"), ("SUBJECT:", r.title.upper()), ("WARDS AFFECTED:", "All"),
             ("KEY DECISION:", "Yes" if rng.random() < 0.5 else "No"),
             ("CONTACT OFFICER:", f"{r.officer[0]}, {r.officer[1]}, tel. {r.officer[2]}")]
    for lab, val in cover:
        tabbed(w, [(lab, "b"), "\t" + val], [(4.5, "left", "")], after=2)
    r.traits |= {"cover-lines", "agenda-item-number", "trap-phone", "tab-stops"}
    w.p()
    tabbed(w, [("1.\tPURPOSE OF REPORT", "b")], [(1.25, "left", "")])
    tabbed(w, [f"1.1\tTo report progress in the {PORTFOLIOS[r.portfolio]} portfolio to the end of "
               f"{quarter_name(q_end, 'quarter')} and to seek {r.executive}'s agreement to the recommendations below."],
           [(1.25, "left", "")], indent=1.25, hanging=1.25)
    tabbed(w, [("2.\tRECOMMENDATIONS", "b")], [(1.25, "left", "")])
    tabbed(w, [f"2.1\tThat {r.executive}:"], [(1.25, "left", "")], indent=1.25, hanging=1.25)
    items = [f"notes the performance of the portfolio set out in section 4"] + \
            [decision(d, "third") for d in r.decisions]
    for i, it in enumerate(items):
        tail = "; and" if i == len(items) - 2 else ";" if i < len(items) - 1 else "."
        tabbed(w, [f"({LETTERS[i]})\t{it}{tail}"], [(2.5, "left", "")], indent=2.5, hanging=1.25)
        if i:
            r.commit(it + tail)
    r.traits |= {"lettered-items", "lead-in", "standing-resolution", "typed-numbering", "hanging-indent"}
    tabbed(w, [("3.\tBACKGROUND", "b")], [(1.25, "left", "")])
    n = 1
    if r.predecessor:
        tabbed(w, [f"3.{n}\tI should like to thank Councillor {r.predecessor.name}, who held this portfolio until "
                   "earlier this year, for the work that this report builds on."],
               [(1.25, "left", "")], indent=1.25, hanging=1.25)
        r.traits.add("predecessor-thanked")
        n += 1
    tabbed(w, [f"3.{n}\t{background(r, 1)[0]} {trap_lines(r, ['trap-years'])[0]}"], [(1.25, "left", "")],
           indent=1.25, hanging=1.25)
    tabbed(w, [("4.\tPERFORMANCE", "b")], [(1.25, "left", "")])
    tabbed(w, [f"4.1\tThe figures below are the position at the end of each quarter; the latest is at "
               f"{long(q_end)}."], [(1.25, "left", "")], indent=1.25, hanging=1.25)
    r.traits |= {"figures-at-heading", "period-columns", "target-column", "performance-table",
                 "tab-aligned-table", "leader-dots"}
    stops = [(10.2, "right", ""), (12.4, "right", ""), (14.6, "right", ""), (16.4, "right", "")]
    lead_stops = [(10.2, "right", "dots"), (12.4, "right", ""), (14.6, "right", ""), (16.4, "right", "")]
    tabbed(w, [("Indicator\t" + "\t".join(quarter_name(q, "qq") for q in qs) + "\tTarget", "b")], stops,
           size=10, indent=0.6, after=2)
    marked = rng.choice(figs)
    lines = []
    for f in figs:
        latest = [f.show()]
        if f is marked:
            latest.append(("1", "sup"))
            f.marker = "sup"
        lines.append(([f.label + "\t" + f.show(f.history[0]) + "\t" + f.show(f.history[1]) + "\t", *latest,
                       "\t" + f.target], lead_stops))
        if f.rate is not None:
            rr = [f.rate_at(f.history[0], qs[0]), f.rate_at(f.history[1], qs[1]), f.rate]
            lines.append((["   " + row_rate(f) + "\t" + "\t".join(f"{x:.1f}" for x in rr) + "\t-"], stops))
            r.traits |= {"rate-row"}
    lab, vals = lookalike(r, 3)
    lines.insert(rng.randint(1, len(lines)), ([lab + "\t" + "\t".join(vals) + "\t-"], lead_stops))
    for parts, st in lines:
        tabbed(w, parts, st, size=10, indent=0.6, after=1)
    tabbed(w, [("1", "sup"), " Provisional: subject to validation at year end."], [], size=8.5, indent=0.6)
    r.traits.add("superscript-marker")
    ext = later(r, figs, r.report_date - dt.timedelta(days=rng.randint(2, 9)), rate=rng.random() < 0.5)
    k = 2
    if ext:
        r.figs.append(ext)
        txt = f"4.{k}\tSince the quarter ended the number has moved: on {long(ext.as_of)} there were {ext.show()} {noun(rng, ext.key)}"
        txt += f" ({rate_words(ext)})." if ext.rate is not None else "."
        tabbed(w, [txt], [(1.25, "left", "")], indent=1.25, hanging=1.25)
        k += 1
    g = rng.choice([f for f in figs if not f.percent] or figs)
    tabbed(w, [f"4.{k}\t{subcount(r, g)} {trap_lines(r, ['trap-other-council'])[0]} {cross(r, q_end)}"],
           [(1.25, "left", "")], indent=1.25, hanging=1.25)
    tabbed(w, [("5.\tFINANCIAL IMPLICATIONS", "b")], [(1.25, "left", "")])
    tabbed(w, [f"5.1\t{trap_lines(r, ['trap-money'])[0]} {trap_lines(r, ['trap-percent'])[0]}"],
           [(1.25, "left", "")], indent=1.25, hanging=1.25)
    r.traits.add("implications")
    tabbed(w, [("6.\tBACKGROUND PAPERS", "b")], [(1.25, "left", "")])
    tabbed(w, [f"6.1\tReport to {r.executive}, {long(r.meeting - dt.timedelta(weeks=rng.randint(10, 16)))}, "
               "Quarter performance."], [(1.25, "left", "")], indent=1.25, hanging=1.25)
    r.traits.add("trap-other-meeting-date")
    w.p()
    tabbed(w, [who + "\t" + f"Date: {slash(r.report_date)}"], [(16.4, "right", "")])
    tabbed(w, [r.role], [])
    r.traits |= {"signature", "report-date-before-meeting-date", "slash-date"}
    return _out(r, final, work, w, pdf)


# =====================================================================================
# legacy-wp-converted
# =====================================================================================

WIDTH = 66


def _caps_date(d: dt.date, form: int) -> str:
    if form == 0:
        return f"{ordinal_long(d).upper().replace(' ' + str(d.year), ', ' + str(d.year))}"
    if form == 1:
        return f"{d.day}.{d.month}.{d.year % 100:02d}"
    return ordinal_long(d, weekday=True).upper()


class Typed:
    """Lines typed on a word processor: every line a paragraph, pages of PAGE_LINES lines,
    '- n -' typed at the head of each later page after a manual page break."""

    PAGE_LINES = 46

    def __init__(self, w: Word):
        self.w, self.n, self.page = w, 0, 1

    def line(self, text: str = "", underline: bool = False, bold: bool = False, centre: bool = False):
        if self.n >= self.PAGE_LINES:
            self.newpage()
        if centre:
            text = text.center(WIDTH).rstrip()
        para = self.w.doc.add_paragraph()
        pf = para.paragraph_format
        pf.space_after = Pt(0)
        pf.space_before = Pt(0)
        if underline:
            lead = len(text) - len(text.lstrip())
            if lead:
                para.add_run(text[:lead])
            run = para.add_run(text[lead:])
            run.underline = True
            run.bold = bold
        elif text:
            run = para.add_run(text)
            run.bold = bold
        self.n += 1
        return para

    def newpage(self):
        last = self.w.doc.paragraphs[-1]
        last.add_run().add_break(WD_BREAK.PAGE)
        self.page += 1
        self.n = 0
        self.line(f"- {self.page} -".center(WIDTH).rstrip())
        self.line()

    def para(self, text: str, indent: int = 0, first: str | None = None):
        lines = textwrap.wrap(" ".join(text.split()), WIDTH - indent, break_on_hyphens=False,
                              break_long_words=False, initial_indent="" if first is None else "",
                              subsequent_indent="")
        if first is not None:
            lines = textwrap.wrap(" ".join(text.split()), WIDTH - indent - len(first) + len(first),
                                  break_on_hyphens=False, break_long_words=False)
            lines = textwrap.fill(" ".join(text.split()), WIDTH, initial_indent=" " * indent + first,
                                  subsequent_indent=" " * (indent + len(first)), break_on_hyphens=False,
                                  break_long_words=False).split("\n")
            for ln in lines:
                self.line(ln)
        else:
            for ln in lines:
                self.line(" " * indent + ln)
        self.line()


def make_legacy(r: Report, final: Path, work: Path, pdf: bool = False) -> Job:
    rng = r.rng
    q_end = last_quarter_end(r.report_date - dt.timedelta(days=rng.randint(10, 40)))
    qs = quarters_back(q_end, 2)
    figs = r.draw(rng.randint(3, 4), q_end, n_history=1, rates=0.7)
    r.figs = list(figs)
    form = ["upper-initial", "upper-full", "councillor-initial", "upper-initial", "upper-full"][r.variant % 5]
    who, t = member_text(r, form)
    r.traits |= t
    dform = r.variant % 3
    r.traits |= [{"ordinal-date", "upper-case-date"}, {"dotted-date"}, {"weekday-date", "ordinal-date"}][dform]
    w = Word("Courier New", 11)
    w.doc.styles["Normal"].paragraph_format.space_after = Pt(0)
    T = Typed(w)
    T.line(COUNCIL.upper(), bold=True, centre=True)
    T.line()
    T.line(f"{r.executive.upper()}".ljust(WIDTH - 14) + f"ITEM NO. {r.item}")
    T.line(f"DATE OF MEETING: {_caps_date(r.meeting, dform)}")
    T.line()
    T.line(f"REPORT OF THE {r.role.upper()}")
    T.line(f"({who})")
    T.line()
    T.line(f"SUBJECT:  {r.title.upper()}", underline=True)
    T.line()
    r.traits |= {"legacy-word-processor", "hard-line-breaks", "courier", "underlined-headings",
                 "agenda-item-number", "upper-case", "manual-page-breaks", "typed-page-numbers"}
    T.line("1.   PURPOSE OF REPORT", underline=True)
    T.line()
    T.para(f"To inform the {r.executive} of performance in the {PORTFOLIOS[r.portfolio]} portfolio for the "
           f"quarter ending {long(q_end)}, and to seek approval of the matters below.", indent=5, first="1.1  ")
    T.line("2.   RECOMMENDATIONS", underline=True)
    T.line()
    T.line(f"     It is recommended that the {r.executive}:-")
    T.line()
    items = ["notes the contents of this report"] + [decision(d, "third") for d in r.decisions]
    for i, it in enumerate(items):
        tail = "; and" if i == len(items) - 2 else ";" if i < len(items) - 1 else "."
        T.para(it + tail, indent=5, first=f"({ROMAN[i]})".ljust(6))
        if i:
            r.commit(it + tail)
    r.traits |= {"roman-items", "lead-in", "standing-resolution", "typed-numbering"}
    T.line("3.   BACKGROUND", underline=True)
    T.line()
    T.para(f"{background(r, 1)[0]} {trap_lines(r, ['trap-teams'])[0]}", indent=5, first="3.1  ")
    col = colleague(r)
    if col:
        T.para(f"The {r.role} has discussed the report with Councillor {col[0].name}, whose "
               f"{PORTFOLIOS[col[1]]} portfolio shares some of the work.", indent=5, first="3.2  ")
        r.traits.add("other-member-named")
    T.newpage()
    T.line("4.   PERFORMANCE", underline=True)
    T.line()
    T.para(f"The table shows the position at the end of the last two quarters. Figures for "
           f"{long(q_end)} marked (p) are provisional.", indent=5, first="4.1  ")
    r.traits |= {"figures-at-heading", "period-columns", "target-column", "performance-table",
                 "space-aligned-table", "provisional-marker"}
    T.line(" " * 5 + "INDICATOR".ljust(30) + f"{dotted(qs[0]):>11}{dotted(qs[1]):>11}" + "TARGET".rjust(9))
    T.line(" " * 5 + "-" * 61)
    rows = []
    for f in figs:
        latest = f.show()
        if rng.random() < 0.5:
            latest += "(p)"
            f.marker = "p"
        rows.append((f.label, f.show(f.history[0]), latest, f.target))
        if f.rate is not None:
            rows.append(("  " + row_rate(f), f"{f.rate_at(f.history[0], qs[0]):.1f}", f"{f.rate:.1f}", ""))
            r.traits.add("rate-row")
    lab, vals = lookalike(r, 2)
    rows.insert(rng.randint(1, len(rows)), (lab, vals[0], vals[1], ""))
    for lab, a, b, tgt in rows:
        chunks = textwrap.wrap(lab, 28) or [""]
        T.line(" " * 5 + chunks[0].ljust(30) + f"{a:>11}{b:>11}{tgt:>9}".rstrip())
        for c in chunks[1:]:
            T.line(" " * 5 + c)
    T.line(" " * 5 + "-" * 61)
    T.line()
    ext = later(r, figs, r.report_date - dt.timedelta(days=rng.randint(2, 9)))
    if ext:
        r.figs.append(ext)
        T.para(f"At {long(ext.as_of)}, the latest count available when this report was typed, there were "
               f"{ext.show()} {noun(rng, ext.key)}.", indent=5, first="4.2  ")
    T.para(f"{trap_lines(r, ['trap-other-council'])[0]} {cross(r, q_end)}", indent=5, first="4.3  ")
    T.line("5.   FINANCIAL IMPLICATIONS", underline=True)
    T.line()
    T.para(trap_lines(r, ["trap-money"])[0], indent=5, first="5.1  ")
    r.traits.add("implications")
    T.line("6.   BACKGROUND PAPERS", underline=True)
    T.line()
    T.para(f"Minutes of the {r.executive}, {long(r.meeting - dt.timedelta(weeks=rng.randint(8, 14)))}.",
           indent=5, first="6.1  ")
    r.traits.add("trap-other-meeting-date")
    T.line()
    T.line(" " * 36 + r.member.name.upper())
    T.line(" " * 36 + r.role.upper()[:30])
    T.line()
    T.line(f"REF: {r.officer[0].split()[-1][:3].upper()}/{r.item:02d}/{r.report_date:%y}   "
           f"TYPED: {r.report_date.day}.{r.report_date.month}.{r.report_date.year % 100:02d}")
    T.line(f"CONTACT: {r.officer[0].upper()}  EXT. {r.officer[2][-4:]}")
    r.traits |= {"signature", "report-date-before-meeting-date", "trap-phone"}
    return _out(r, final, work, w, pdf)


# =====================================================================================
# large-print-version
# =====================================================================================

def _lp_number(f, v=None) -> str:
    v = f.value if v is None else v
    if f.percent:
        return f"{percent_words(v)} ({v:.1f}%)"
    return f"{words(int(v))} ({int(v):,})"


def make_large_print(r: Report, final: Path, work: Path, pdf: bool = False) -> Job:
    rng = r.rng
    q_end = last_quarter_end(r.report_date - dt.timedelta(days=rng.randint(10, 40)))
    figs = r.draw(rng.randint(3, 4), q_end, n_history=1, rates=0.8)
    r.figs = list(figs)
    form = ["full", "councillor-initial", "full", "cllr-full"][r.variant % 4]
    who, t = member_text(r, form)
    r.traits |= t
    dform = r.variant % 2
    meet = [long(r.meeting, weekday=True), ordinal_long(r.meeting)][dform]
    r.traits |= [{"weekday-date"}, {"ordinal-date"}][dform]
    w = Word("Arial", 18)
    w.doc.styles["Normal"].paragraph_format.space_after = Pt(10)
    w.doc.styles["Normal"].paragraph_format.line_spacing = 1.15
    for lvl, size in ((1, 26), (2, 22)):
        st = w.doc.styles[f"Heading {lvl}"]
        st.font.name, st.font.size, st.font.bold = "Arial", Pt(size), True
        st.font.color.rgb = None
    w.p("Large print version", bold=True)
    w.p(COUNCIL)
    w.h(r.title, 1)
    w.p(f"A report to {r.executive}")
    w.p(f"{r.executive} meeting on {meet}")
    w.p(f"Agenda item {r.item}")
    w.p(f"This report is from {who}, {r.role}.")
    r.traits |= {"large-print", "numbers-in-words", "agenda-item-number", "one-figure-a-line"}
    w.h("About this report", 2)
    w.p(f"This report tells you how the {PORTFOLIOS[r.portfolio]} portfolio is doing.")
    w.p(background(r, 1)[0])
    if r.predecessor:
        w.p(f"Thank you to Councillor {r.predecessor.name}, who did this job before.")
        r.traits.add("predecessor-thanked")
    w.h("Our figures", 2)
    w.p(f"These figures are for the end of {q_end:%B %Y} ({long(q_end)}).")
    r.traits |= {"figures-at-heading", "rate-in-line"}
    for f in figs:
        w.p(f"{cap(f.label)}:", bold=True)
        w.p(f"{_lp_number(f)}.")
        if f.rate is not None:
            w.p(f"That is {f.rate:.1f} for every {f.metric.rate_per:,} {rate_words(f).split(' ', 3)[3]}.")
        if rng.random() < 0.6:
            w.p(f"Three months before, it was {_lp_number(f, f.history[0])}.")
            r.traits.add("earlier-period-in-sentence")
    lab, vals = lookalike(r, 1)
    w.p(f"{lab}:", bold=True)
    w.p(f"{words(int(vals[0].replace(',', '')))} ({vals[0]}).")
    ext = later(r, figs, r.report_date - dt.timedelta(days=rng.randint(2, 9)))
    if ext:
        r.figs.append(ext)
        w.p(f"On {long(ext.as_of)} there were {_lp_number(ext)} {noun(rng, ext.key)}.")
    w.h("Other numbers", 2)
    for line in trap_lines(r, ["trap-money", "trap-percent", "trap-other-council"]):
        w.p(line)
    w.p(cross(r, q_end))
    w.h(f"What we are asking {r.executive} to do", 2)
    w.p(f"We are asking {r.executive} to:")
    w.p("Note this report.", style="List Number")
    for d in r.decisions:
        it = decision(d, "imperative") + "."
        w.p(it, style="List Number")
        r.commit(it)
    r.traits |= {"auto-numbering", "lead-in", "standing-resolution"}
    w.h("Contact", 2)
    w.p(f"{r.officer[0]}, {r.officer[1]}")
    w.p(f"Phone: {r.officer[2]}")
    w.p(f"Write to: {ADDRESS}")
    w.p(f"This large print version was made on {long(r.report_date + dt.timedelta(days=rng.randint(1, 4)))}.")
    r.traits |= {"trap-phone", "trap-publication-date"}
    return _out(r, final, work, w, pdf)
