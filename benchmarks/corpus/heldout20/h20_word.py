"""Held-out-20 templates in Word files written with python-docx (some saved as .odt, PDF or plain
text by LibreOffice):

  benchmarking-appendix-report  a Cabinet report whose performance is in 'Appendix A' at the end:
                                the latest two quarters, the target, a 'Direction of travel'
                                column of arrows and words and a separate 'Benchmarking' column
                                of a comparator's value for an earlier year; the recommendations
                                lettered (a) (b) by Word's numbering
  footnote-rates-report         a report whose table gives counts only, each rate stated in a
                                note under the table ('a Equivalent to 61.2 per 10,000 children
                                aged 0 to 17'), the note letters superscript after the values;
                                the recommendations typed 1. 2.
  key-headlines-box-report      a report opening with a shaded 'Key headlines' box of sentences,
                                each carrying an indicator's latest value with the quarter before,
                                then a data table of three quarters; the recommendations numbered
                                (i) (ii) by Word
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from docx.shared import Cm, Pt

from council import COUNCIL
from h7_common import Word
from h18_word import _job, _table
from h20_common import (NOTE, PORTFOLIOS, Job, Report, _extras, add_numbering, arrow, background, benchmark, cap,
                        direction,
                        ends, items, long, lookalike, mark_text, meeting_date, noun, other_member, perf, perf_rows15,
                        q_words, quarter_name, rate_words, row_rate, set_num, shade, status, thanks, who, word_counts)


def _marked_cell(f, mark, text=None):
    text = f.show() if text is None else text
    if f.marker != mark or not mark:
        return [(text, "")]
    return [(text, ""), ("1", "sup")] if mark == "sup" else [(text + mark_text(mark), "")]


# =====================================================================================
# benchmarking-appendix-report
# =====================================================================================

def make_bench(r: Report, final: Path, work: Path, pdf: bool = False) -> Job:
    rng = r.rng
    v = r.variant
    q_end, qs, figs = perf(r, n=(3, 4), rates=0.8)
    date = meeting_date(r, [0, 2, 3, 1, 4, 0][v % 6])
    member = who(r, ["cllr-full", "cllr-initial", "full", "cllr-dot", "councillor-initial", "cllr-full"][v % 6])
    r.traits |= {"benchmark-column", "direction-arrows", "appendix-table", "cover-table", "auto-numbering",
                 "lettered-items", "agenda-item-number", "report-date-before-meeting-date", "trap-phone",
                 "implications", "period-columns", "target-column", "performance-table", "rag-column",
                 "decimal-section-numbers"}
    w = Word("Arial", 11)
    doc = w.doc
    doc.sections[0].footer.paragraphs[0].text = f"{r.executive} \u2013 {long(r.meeting)}"
    num = add_numbering(doc, 71, [("lowerLetter", "(%1)", 1134, 567)])
    w.p(COUNCIL, bold=True, size=13)
    w.p(f"Report to {r.executive}", size=12)
    w.p(r.title, bold=True, size=16)
    cover = [["Date of meeting", date], ["Agenda item", str(r.item)],
             [f"{'Cabinet' if r.cabinet else 'Executive'} Member", f"{member}, {r.role}"],
             ["Report author", f"{r.officer[0]}, {r.officer[1]}"], ["Telephone", r.officer[2]],
             ["Date of report", long(r.report_date)], ["Appendices", "Appendix A \u2013 Performance and benchmarking"]]
    t = _table(doc, cover, widths=[4.5, 11.5], size=10, head=False)
    for a in range(len(cover)):
        shade(t.cell(a, 0), "DEEAF6")
    w.p()
    w.p("1. Purpose of the report", bold=True, size=12)
    w.p(f"1.1 To report the performance of the {PORTFOLIOS[r.portfolio]} portfolio for "
        f"{quarter_name(q_end, 'quarter')} (to {long(q_end)}), with the direction of travel and how the council "
        "compares with others (Appendix A).")
    w.p("2. Recommendations", bold=True, size=12)
    w.p(f"2.1 That {r.executive}:")
    its = items(r, "third", "notes the performance and benchmarking in Appendix A")
    for k, it in enumerate(its):
        p = w.p(it + ends(k, len(its)))
        set_num(p, num, 0)
        if k:
            r.commit(it + ends(k, len(its)))
    w.p("3. Background", bold=True, size=12)
    for k, tx in enumerate([x for x in (thanks(r), background(r, 1)[0], other_member(r), word_counts(r)) if x], 1):
        w.p(f"3.{k} {tx}")
    w.p("4. Performance summary", bold=True, size=12)
    better = sum(1 for f in figs if direction(f) == "Improving")
    w.p(f"4.1 Appendix A sets out each indicator for the latest two quarters. The direction of travel compares "
        f"{quarter_name(q_end)} with {quarter_name(qs[1])}; the benchmarking column gives the latest published "
        f"value for a comparator group, for context only.")
    rated = [f for f in figs if f.rate is not None]
    extra, money = _extras(r, figs, q_end)
    k = 2
    if rated:
        r.traits.add("rate-in-line")
        w.p(f"4.{k} {cap(noun(rng, rated[0].key))} numbered {rated[0].show()} at {long(q_end)}, a rate of "
            f"{rate_words(rated[0])}.")
        k += 1
    for tx in extra:
        w.p(f"4.{k} {tx}")
        k += 1
    w.p("5. Implications", bold=True, size=12)
    w.p(f"5.1 Financial: {money}")
    w.p("5.2 Legal: none arising from this report.")
    w.p("5.3 Equalities: no adverse impact has been identified.")
    nxt = r.meeting + dt.timedelta(weeks=rng.randint(3, 6), days=2)
    w.p("6. Next steps", bold=True, size=12)
    w.p(f"6.1 The Overview and Scrutiny Committee will consider the appendix on {long(nxt, weekday=True)}.")
    r.traits |= {"trap-other-meeting-date", "other-meetings-listed"}
    w.p("Background papers: none.", size=10)
    doc.add_page_break()
    w.p("Appendix A \u2013 Performance and benchmarking", bold=True, size=13)
    w.p(f"{PORTFOLIOS[r.portfolio]}, {quarter_name(q_end, 'quarter')}", size=10)
    mark = ["star", "sup", "p", "star", "sup", "p"][v % 6]
    marked = rng.choice(figs)
    marked.marker = mark
    head = ["Indicator", quarter_name(qs[1]), quarter_name(q_end), "Target", "Direction of travel", "Benchmarking", "RAG"]
    rows = [head]
    lab, lv = lookalike(r, 2)
    ctx = rng.randint(1, len(figs))
    for n, f in enumerate(figs):
        who_, bv = benchmark(r, f)
        rows.append([f.label, f.show(f.history[1]), _marked_cell(f, mark), f.target, arrow(f), f"{bv} ({who_})", status(f)])
        if f.rate is not None:
            rows.append([row_rate(f), f"{f.rate_at(f.history[1], qs[1]):.1f}", f"{f.rate:.1f}", "", "", "", ""])
            r.traits.add("rate-row")
        if n + 1 == ctx:
            rows.append([f"{lab} (context only)", lv[0], lv[1], "\u2013", "", "", ""])
    _table(doc, rows, size=8.5, widths=[4.6, 1.7, 1.7, 1.5, 2.3, 3.2, 1.2], fill="1F4E79", colour="FFFFFF")
    w.p(f"{NOTE[mark]}. Direction of travel: \u2191 / \u2193 the value rose or fell against the quarter before, "
        "described as improving or worsening for that indicator. Benchmarking is not a target.", size=8.5)
    return _job(r, final, work, w, pdf)



# =====================================================================================
# footnote-rates-report
# =====================================================================================

def make_footrates(r: Report, final: Path, work: Path, pdf: bool = False) -> Job:
    rng = r.rng
    v = r.variant
    q_end, qs, figs = perf(r, n=(3, 4), rates=1.0)
    date = meeting_date(r, [3, 1, 0, 4, 2, 3][v % 6])
    member = who(r, ["cllr-dot", "full", "cllr-initial", "councillor-initial", "cllr-full", "cllr-dot"][v % 6])
    r.traits |= {"rate-in-note", "cover-lines", "typed-numbering", "agenda-item-number",
                 "report-date-before-meeting-date", "trap-phone", "implications", "period-columns",
                 "target-column", "performance-table", "rate-printed"}
    w = Word("Calibri", 11)
    doc = w.doc
    doc.sections[0].header.paragraphs[0].text = f"{COUNCIL}    {r.executive}    Item {r.item}"
    w.p(r.title, bold=True, size=18)
    for lab, val in (("Meeting", r.executive), ("Date", date), ("Report of", f"{member}, {r.role}"),
                     ("Contact officer", f"{r.officer[0]}, {r.officer[1]}, {r.officer[2]}"),
                     ("Report dated", long(r.report_date)), ("Wards", "All")):
        p = w.runs([(lab + ": ", "b"), (val, "")])
        p.paragraph_format.space_after = Pt(1)
    w.p()
    w.p("Summary", bold=True, size=13)
    w.p(f"This report gives the {PORTFOLIOS[r.portfolio]} portfolio's performance for {quarter_name(q_end, 'quarter')}, "
        f"to {long(q_end)}. Rates per head of population are given in the notes under the table.")
    w.p("Recommendations", bold=True, size=13)
    w.p(f"{r.executive} is recommended to:")
    its = items(r, "lower", "note the performance set out in this report")
    for k, it in enumerate(its):
        p = w.p(f"{k + 1}. {it}{ends(k, len(its))}")
        p.paragraph_format.left_indent = Cm(0.75)
        p.paragraph_format.first_line_indent = Cm(-0.75)
        if k:
            r.commit(it + ends(k, len(its)))
    w.p("Background", bold=True, size=13)
    for tx in [x for x in (thanks(r), background(r, 1)[0], other_member(r)) if x]:
        w.p(tx)
    w.p("Performance", bold=True, size=13)
    w.p(f"Table 1: {PORTFOLIOS[r.portfolio]} indicators, counts at the end of each quarter", bold=True, size=10)
    mark = ["p", "star", "p", "star", "p", "star"][v % 6]
    marked = rng.choice(figs)
    marked.marker = mark
    head = ["Indicator"] + [quarter_name(q) for q in qs] + ["Target"]
    rows = [head]
    letters = "abcdefgh"
    notes, li = [], 0
    lab, lv = lookalike(r, 3)
    ctx = rng.randint(1, len(figs))
    for n, f in enumerate(figs):
        cellv = [(f.show() + (mark_text(mark) if f is marked else ""), "")]
        if f.rate is not None:
            cellv.append((letters[li], "sup"))
            notes.append((letters[li], f"Equivalent to {rate_words(f)} at {long(q_end)} "
                                       f"({quarter_name(qs[1])}: {f.rate_at(f.history[1], qs[1]):.1f})."))
            li += 1
        rows.append([f.label, f.show(f.history[0]), f.show(f.history[1]), cellv, f.target])
        if n + 1 == ctx:
            rows.append([f"{lab} (not targeted)"] + lv + ["\u2013"])
    _table(doc, rows, size=9, widths=[6.4, 2.3, 2.3, 2.3, 2.0], fill="E2EFDA")
    w.p("Notes", bold=True, size=9)
    for letter, tx in notes:
        p = w.runs([(letter, "sup"), (" " + tx, "")])
        for run in p.runs:
            run.font.size = Pt(8.5)
    w.p(NOTE[mark], size=8.5)
    extra, money = _extras(r, figs, q_end)
    for tx in extra:
        w.p(tx)
    w.p("Implications", bold=True, size=13)
    w.p(f"Financial: {money}")
    w.p("Legal: none.")
    nxt = r.meeting + dt.timedelta(weeks=rng.randint(3, 6), days=1)
    w.p(f"The Scrutiny Commission will look at these figures on {long(nxt, weekday=True)}.")
    r.traits |= {"trap-other-meeting-date", "other-meetings-listed"}
    return _job(r, final, work, w, pdf)


# =====================================================================================
# key-headlines-box-report
# =====================================================================================

def make_headlines(r: Report, final: Path, work: Path, pdf: bool = False) -> Job:
    rng = r.rng
    v = r.variant
    q_end, qs, figs = perf(r, n=(3, 4), rates=0.8)
    date = meeting_date(r, [4, 3, 2, 1, 0, 4][v % 6])
    member = who(r, ["councillor-initial", "cllr-full", "cllr-dot", "full", "cllr-initial", "councillor-initial"][v % 6])
    r.traits |= {"key-headlines-box", "performance-in-prose", "cover-lines", "auto-numbering", "roman-items",
                 "agenda-item-number", "report-date-before-meeting-date", "trap-phone", "implications",
                 "period-columns", "target-column", "performance-table", "rate-in-line"}
    w = Word("Verdana", 10)
    doc = w.doc
    doc.sections[0].footer.paragraphs[0].text = f"{COUNCIL} \u2013 {r.executive}, {long(r.meeting)}"
    num = add_numbering(doc, 81, [("lowerRoman", "(%1)", 1134, 567)])
    w.p(COUNCIL.upper(), bold=True, size=11)
    w.p(r.title, bold=True, size=17)
    for lab, val in (("Meeting:", r.executive), ("Meeting date:", date), ("Item:", str(r.item)),
                     ("Cabinet Member:" if r.cabinet else "Executive Member:", f"{member} ({r.role})"),
                     ("Lead officer:", f"{r.officer[0]}, {r.officer[1]}"), ("Tel:", r.officer[2]),
                     ("Date written:", long(r.report_date))):
        p = w.runs([(lab + "\t", "b"), (val, "")])
        p.paragraph_format.tab_stops.add_tab_stop(Cm(4.0))
        p.paragraph_format.space_after = Pt(1)
    w.p()
    box = doc.add_table(rows=1, cols=1)
    box.style = doc.styles["Table Grid"]
    cell = box.cell(0, 0)
    shade(cell, "FFF2CC")
    cell.paragraphs[0].add_run("Key headlines").bold = True
    mark = ["sup", "star", "p", "sup", "star", "p"][v % 6]
    marked = rng.choice(figs)
    marked.marker = mark
    for f in figs:
        p = cell.add_paragraph()
        p.add_run(f"\u25BA {f.label}: {f.show()}")
        if f is marked:
            if mark == "sup":
                s = p.add_run("1")
                s.font.superscript = True
            else:
                p.add_run(mark_text(mark))
        tail = f" at the end of {quarter_name(q_end, 'quarter')}, against {f.show(f.history[1])} in the quarter before and a target of {f.target}."
        if f.rate is not None:
            tail += f" That is {rate_words(f)}."
        p.add_run(tail)
    w.p(NOTE[mark], size=8)
    w.p("1. Recommendations", bold=True, size=12)
    w.p(f"{r.executive} is asked to:")
    its = items(r, "lower", "note the key headlines and the data table")
    for k, it in enumerate(its):
        p = w.p(it + ends(k, len(its)))
        set_num(p, num, 0)
        if k:
            r.commit(it + ends(k, len(its)))
    w.p("2. Background", bold=True, size=12)
    for tx in [x for x in (thanks(r), background(r, 1)[0], other_member(r), word_counts(r)) if x]:
        w.p(tx)
    w.p("3. Data table", bold=True, size=12)
    head, rows, _ = perf_rows15(r, figs, qs, marker="", rag=True)
    _table(doc, [head] + rows, size=8.5, widths=[6.0] + [2.0] * (len(head) - 1), fill="FFE699")
    extra, money = _extras(r, figs, q_end)
    for tx in extra:
        w.p(tx)
    w.p("4. Implications", bold=True, size=12)
    w.p(f"Financial: {money}")
    w.p("Legal: there are none.")
    nxt = r.meeting + dt.timedelta(weeks=rng.randint(3, 6), days=3)
    w.p("5. Next steps", bold=True, size=12)
    w.p(f"The headlines go to the Overview and Scrutiny Committee on {long(nxt, weekday=True)}.")
    r.traits |= {"trap-other-meeting-date", "other-meetings-listed"}
    return _job(r, final, work, w, pdf)
