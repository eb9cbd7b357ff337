"""Held-out-21 templates in Word files written with python-docx (some saved as .odt, PDF or plain
text by LibreOffice):

  pentana-pi-export-report   a Cabinet report whose performance is an appendix exported from the
                             council's performance management system (Pentana / Covalent style),
                             on a landscape page: 'PI Code | PI Title | <quarter before> Value |
                             <latest quarter> Value | Current Target | Status | Short Trend |
                             Latest Note', the status words the system's (OK, Warning, Alert,
                             Data Only), rate PIs with their own code ('CYP-PI-003a'), the
                             export's 'Generated on' line; the recommendations numbered 1. 2. by
                             Word
  comment-row-indicator-table  a report whose table gives each indicator two rows: the value row
                             (three quarters, target, RAG) and under it a 'Comment:' row merged
                             across the table (the officer's commentary, carrying the quarter
                             before again and the rate); the recommendations numbered (i) (ii)
                             by Word
  actual-slash-target-report a report whose table sets actual and target in one cell per quarter
                             ('552 / 560'), then '% of target' and 'Target met?' (a tick or a
                             cross); the recommendations typed a) b)
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.oxml import parse_xml
from docx.shared import Cm, Pt

from council import COUNCIL
from h7_common import Word
from h18_word import _job, _table
from h21_common import (NOTE, PORTFOLIOS, W_NS, Job, Report, _extras, add_numbering, background, cap, direction,
                        ends, fin_year, items, long, lookalike, mark_text, meeting_date, met, noun, other_member,
                        pct_of_target, perf, pi_code, quarter_name, quarter_of, rate_words, row_rate, set_num,
                        shade, status, thanks, who, word_counts)

PENTANA_STATUS = {"Green": "OK", "Amber": "Warning", "Red": "Alert"}
PENTANA_TREND = {"Improving": "Improving", "Worsening": "Getting Worse", "No change": "No Change"}
NOTES = ["Performance reviewed at the portfolio's monthly performance meeting.",
         "Demand remains high; the service is monitoring the position weekly.",
         "In line with the seasonal pattern seen in earlier years.",
         "Recovery plan agreed with the service manager.",
         "Data checked by the Performance and Intelligence Team."]


def _sup_cell(f, mark, text=None):
    text = f.show() if text is None else text
    if f.marker != mark or not mark:
        return [(text, "")]
    return [(text, ""), ("1", "sup")] if mark == "sup" else [(text + mark_text(mark), "")]


def _landscape(doc):
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.6)
    return sec


# =====================================================================================
# pentana-pi-export-report
# =====================================================================================

def make_pentana(r: Report, final: Path, work: Path, pdf: bool = False) -> Job:
    rng = r.rng
    v = r.variant
    q_end, qs, figs = perf(r, n=(3, 4), rates=0.85)
    date = meeting_date(r, [0, 3, 2, 4, 1, 0][v % 6])
    member = who(r, ["cllr-initial", "full", "cllr-dot", "councillor-initial", "cllr-full", "cllr-initial"][v % 6])
    r.traits |= {"pi-system-export", "pi-codes", "landscape-appendix", "cover-lines", "auto-numbering",
                 "agenda-item-number", "report-date-before-meeting-date", "trap-phone", "implications",
                 "period-columns", "target-column", "performance-table", "status-words", "trap-generated-date",
                 "decimal-section-numbers", "appendix-table"}
    w = Word("Arial", 11)
    doc = w.doc
    doc.sections[0].header.paragraphs[0].text = f"{COUNCIL} \u2013 {r.executive} \u2013 Agenda item {r.item}"
    num = add_numbering(doc, 91, [("decimal", "%1.", 709, 709)])
    w.p(f"Report to {r.executive}", bold=True, size=12)
    w.p(r.title, bold=True, size=16)
    for lab, val in (("Date of meeting", date), ("Report of", f"{member}, {r.role}"),
                     ("Lead officer", f"{r.officer[0]}, {r.officer[1]}"), ("Contact", r.officer[2]),
                     ("Report date", long(r.report_date)), ("Key decision", "No"), ("Wards affected", "All")):
        p = w.runs([(lab + ":\t", "b"), (val, "")])
        p.paragraph_format.tab_stops.add_tab_stop(Cm(4.2))
        p.paragraph_format.space_after = Pt(0)
    w.p()
    w.p("1. Purpose", bold=True, size=12)
    w.p(f"1.1 To present the {PORTFOLIOS[r.portfolio]} portfolio's performance indicators for "
        f"{quarter_name(q_end, 'quarter')}, to {long(q_end)}, as reported from the council's performance "
        "management system (Appendix 1).")
    w.p("2. Recommendations", bold=True, size=12)
    w.p(f"2.1 {r.executive} is asked to:")
    its = items(r, "lower", "note the performance indicators in Appendix 1")
    for k, it in enumerate(its):
        p = w.p(it + ends(k, len(its)))
        set_num(p, num, 0)
        if k:
            r.commit(it + ends(k, len(its)))
    w.p("3. Background", bold=True, size=12)
    for k, tx in enumerate([x for x in (thanks(r), background(r, 1)[0], other_member(r), word_counts(r)) if x], 1):
        w.p(f"3.{k} {tx}")
    w.p("4. Performance", bold=True, size=12)
    w.p(f"4.1 Appendix 1 is the system's export for the portfolio. Status compares the latest value with the "
        "target: OK (on or better than target), Warning (close to target), Alert (off target); 'Data Only' "
        "indicators have no target.")
    rated = [f for f in figs if f.rate is not None]
    extra, money = _extras(r, figs, q_end)
    k = 2
    if rated:
        r.traits.add("rate-in-line")
        w.p(f"4.{k} {cap(noun(rng, rated[0].key))} stood at {rated[0].show()} at {long(q_end)}, a rate of "
            f"{rate_words(rated[0])}.")
        k += 1
    for tx in extra:
        w.p(f"4.{k} {tx}")
        k += 1
    w.p("5. Implications", bold=True, size=12)
    w.p(f"5.1 Financial: {money}")
    w.p("5.2 Legal: none arising from this report.")
    nxt = r.meeting + dt.timedelta(weeks=rng.randint(3, 6), days=2)
    w.p(f"5.3 The Overview and Scrutiny Committee will consider the indicators on {long(nxt, weekday=True)}.")
    r.traits |= {"trap-other-meeting-date", "other-meetings-listed"}
    w.p("Background papers: none.", size=10)
    _landscape(doc)
    w.p(f"Appendix 1 \u2013 {PORTFOLIOS[r.portfolio]}: performance indicators, {quarter_name(q_end, 'quarter')}",
        bold=True, size=13)
    gen = r.report_date - dt.timedelta(days=rng.randint(2, 9))
    w.p(f"Generated on: {long(gen)} {rng.randint(8, 16):02d}:{rng.randint(0, 59):02d}    "
        f"Report: Portfolio PIs \u2013 Quarterly    Period: {quarter_name(q_end, 'quarter')}", size=8.5)
    mark = ["p", "star", "sup", "star", "p", "sup"][v % 6]
    if final.suffix == ".txt":
        mark = "star"
    marked = rng.choice(figs)
    marked.marker = mark
    head = ["PI Code", "PI Title", f"{quarter_name(qs[1])} Value", f"{quarter_name(q_end)} Value", "Current Target",
            "Status", "Short Trend", "Latest Note"]
    rows = [head]
    lab, lv = lookalike(r, 2)
    ctx = rng.randint(1, len(figs))
    codes = rng.sample(range(1, 40), len(figs) + 1)
    for n, f in enumerate(figs):
        code = pi_code(r, codes[n])
        note = rng.choice(NOTES)
        if f is marked:
            note = "Provisional: subject to validation. " + note
        rows.append([code, f.label, f.show(f.history[1]), _sup_cell(f, mark), f.target,
                     PENTANA_STATUS[status(f)], PENTANA_TREND[direction(f)], note])
        if f.rate is not None:
            rows.append([code + "a", row_rate(f), f"{f.rate_at(f.history[1], qs[1]):.1f}", f"{f.rate:.1f}", "", "Data Only",
                         "", ""])
            r.traits.add("rate-row")
        if n + 1 == ctx:
            rows.append([pi_code(r, codes[-1]), f"{lab} (data only)", lv[0], lv[1], "", "Data Only", "",
                         "Contextual indicator: not targeted."])
    _table(doc, rows, size=8, widths=[2.2, 6.2, 2.2, 2.2, 2.1, 1.8, 2.1, 7.0], fill="D0D7E5")
    w.p(NOTE[mark], size=8)
    return _job(r, final, work, w, pdf)


# =====================================================================================
# comment-row-indicator-table
# =====================================================================================

COMMENTS = ["The service expects the position to hold through the next quarter.",
            "Demand was higher than expected and the team is reviewing capacity.",
            "The improvement follows the changes made to the front door last year.",
            "The position is being watched closely by the management team."]


def make_commentrow(r: Report, final: Path, work: Path, pdf: bool = False) -> Job:
    rng = r.rng
    v = r.variant
    q_end, qs, figs = perf(r, n=(3, 4), rates=0.85)
    date = meeting_date(r, [4, 1, 3, 0, 2, 4][v % 6])
    member = who(r, ["cllr-full", "councillor-initial", "cllr-dot", "full", "cllr-initial", "cllr-full"][v % 6])
    r.traits |= {"comment-rows", "merged-comment-cells", "cover-table", "auto-numbering", "roman-items",
                 "agenda-item-number", "report-date-before-meeting-date", "trap-phone", "implications",
                 "period-columns", "target-column", "performance-table", "rag-column", "rate-in-line"}
    w = Word("Calibri", 11)
    doc = w.doc
    doc.sections[0].footer.paragraphs[0].text = f"{r.executive} {long(r.meeting)} \u2013 item {r.item}"
    num = add_numbering(doc, 93, [("lowerRoman", "(%1)", 851, 567)])
    w.p(COUNCIL, bold=True, size=12)
    w.p(r.title, bold=True, size=17)
    cover = [["Meeting", r.executive], ["Date", date], ["Item", str(r.item)],
             [f"{'Cabinet' if r.cabinet else 'Executive'} Member", f"{member} ({r.role})"],
             ["Responsible officer", f"{r.officer[0]}, {r.officer[1]}"], ["Telephone", r.officer[2]],
             ["Report date", long(r.report_date)]]
    t = _table(doc, cover, widths=[4.5, 11.5], size=10, head=False)
    for a in range(len(cover)):
        shade(t.cell(a, 0), "E7E6E6")
    w.p()
    w.p("Recommendations", bold=True, size=13)
    w.p(f"{r.executive} is asked to:")
    its = items(r, "lower", "note the performance and the commentary in the table")
    for k, it in enumerate(its):
        p = w.p(it + ends(k, len(its)))
        set_num(p, num, 0)
        if k:
            r.commit(it + ends(k, len(its)))
    w.p("Background", bold=True, size=13)
    for tx in [x for x in (thanks(r), background(r, 1)[0], other_member(r), word_counts(r)) if x]:
        w.p(tx)
    w.p("Performance", bold=True, size=13)
    w.p(f"Each indicator has two rows: its values for the last three quarters, to {long(q_end)}, with the target "
        "and rating, and under them the service's comment.")
    mark = ["star", "p", "star", "sup", "p", "sup"][v % 6]
    if final.suffix == ".txt":
        mark = "p"
    marked = rng.choice(figs)
    marked.marker = mark
    head = ["Indicator"] + [quarter_name(q) for q in qs] + ["Target", "RAG"]
    ncol = len(head)
    rows, merges = [head], []
    lab, lv = lookalike(r, 3)
    ctx = rng.randint(1, len(figs))
    for n, f in enumerate(figs):
        rows.append([f.label, f.show(f.history[0]), f.show(f.history[1]), _sup_cell(f, mark), f.target, status(f)])
        com = f"Comment: {f.show()} at the end of the quarter, against {f.show(f.history[1])} the quarter before. "
        if f.rate is not None:
            com += f"That is a rate of {rate_words(f)}. "
        com += rng.choice(COMMENTS)
        merges.append(len(rows))
        rows.append([com] + [""] * (ncol - 1))
        if n + 1 == ctx:
            rows.append([f"{lab} (context, no target)"] + lv + ["\u2013", ""])
            merges.append(len(rows))
            rows.append(["Comment: shown for context only."] + [""] * (ncol - 1))
    t = _table(doc, rows, size=9, widths=[5.6, 2.0, 2.0, 2.0, 1.8, 1.4], fill="C9DAF8")
    for i in merges:
        a = t.cell(i, 0).merge(t.cell(i, ncol - 1))
        shade(a, "F3F3F3")
        # the merged cell keeps the empty paragraphs of the cells it swallowed: drop them
        for p in a.paragraphs[1:]:
            if not p.text:
                p._p.getparent().remove(p._p)
    w.p(NOTE[mark], size=8.5)
    extra, money = _extras(r, figs, q_end)
    for tx in extra:
        w.p(tx)
    w.p("Implications", bold=True, size=13)
    w.p(f"Financial: {money}")
    w.p("Legal: none.")
    nxt = r.meeting + dt.timedelta(weeks=rng.randint(3, 6), days=1)
    w.p(f"The Scrutiny Committee will consider the commentary on {long(nxt, weekday=True)}.")
    r.traits |= {"trap-other-meeting-date", "other-meetings-listed"}
    return _job(r, final, work, w, pdf)


# =====================================================================================
# actual-slash-target-report
# =====================================================================================

def make_slash(r: Report, final: Path, work: Path, pdf: bool = False) -> Job:
    rng = r.rng
    v = r.variant
    q_end, qs, figs = perf(r, n=(3, 4), rates=0.85)
    date = meeting_date(r, [2, 0, 4, 3, 1, 2][v % 6])
    member = who(r, ["councillor-initial", "cllr-dot", "full", "cllr-full", "cllr-initial", "councillor-initial"][v % 6])
    r.traits |= {"actual-slash-target", "percent-of-target", "tick-cross", "cover-lines", "typed-numbering",
                 "lettered-items", "agenda-item-number", "report-date-before-meeting-date", "trap-phone",
                 "implications", "period-columns", "target-column", "performance-table"}
    w = Word("Tahoma", 10)
    doc = w.doc
    doc.sections[0].header.paragraphs[0].text = f"{COUNCIL.upper()}    {r.executive.upper()}"
    w.p(r.title, bold=True, size=17)
    for lab, val in (("Committee", r.executive), ("Date of meeting", date), ("Agenda item", str(r.item)),
                     ("Portfolio", PORTFOLIOS[r.portfolio]), ("Cabinet Member" if r.cabinet else "Executive Member", member),
                     ("Author", f"{r.officer[0]}, {r.officer[1]} (tel. {r.officer[2]})"),
                     ("Date of this report", long(r.report_date))):
        p = w.runs([(lab + ": ", "b"), (val, "")])
        p.paragraph_format.space_after = Pt(1)
    w.p()
    w.p("1. Summary", bold=True, size=12)
    w.p(f"This report sets out the {PORTFOLIOS[r.portfolio]} portfolio's results against target for "
        f"{quarter_name(q_end, 'quarter')} (to {long(q_end)}) and the quarter before.")
    w.p("2. Recommendations", bold=True, size=12)
    w.p(f"That {r.executive}:")
    its = items(r, "third", "notes the results against target")
    for k, it in enumerate(its):
        p = w.p(f"{'abcdef'[k]})\t{it}{ends(k, len(its))}")
        p.paragraph_format.left_indent = Cm(1.0)
        p.paragraph_format.first_line_indent = Cm(-1.0)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(1.0))
        if k:
            r.commit(it + ends(k, len(its)))
    w.p("3. Background", bold=True, size=12)
    for tx in [x for x in (thanks(r), background(r, 1)[0], other_member(r), word_counts(r)) if x]:
        w.p(tx)
    w.p("4. Results against target", bold=True, size=12)
    w.p("Each quarter shows the actual and the target as 'actual / target'. '% of target' compares the latest "
        "actual with its target; 'Target met?' is for the latest quarter.")
    mark = ["sup", "star", "p", "p", "star", "sup"][v % 6]
    if final.suffix == ".txt":
        mark = "star"
    marked = rng.choice(figs)
    marked.marker = mark
    head = ["Measure", f"{quarter_name(qs[1])}\nactual / target", f"{quarter_name(q_end)}\nactual / target",
            "% of target", "Target met?"]
    rows = [head]
    lab, lv = lookalike(r, 2)
    ctx = rng.randint(1, len(figs))
    for n, f in enumerate(figs):
        latest = [(f.show(), "")]
        if f is marked:
            latest = [(f.show(), ""), ("1", "sup")] if mark == "sup" else [(f.show() + mark_text(mark), "")]
        latest.append((f" / {f.target}", ""))
        rows.append([f.label, f"{f.show(f.history[1])} / {f.target}", latest, pct_of_target(f), met(f)])
        if f.rate is not None:
            rows.append([row_rate(f), f"{f.rate_at(f.history[1], qs[1]):.1f}", f"{f.rate:.1f}", "", ""])
            r.traits.add("rate-row")
        if n + 1 == ctx:
            rows.append([f"{lab} (no target set)", f"{lv[0]} / \u2013", f"{lv[1]} / \u2013", "", ""])
    _table(doc, rows, size=9, widths=[6.2, 2.8, 2.8, 1.9, 2.2], fill="FCE4D6")
    w.p(NOTE[mark], size=8)
    rated = [f for f in figs if f.rate is not None]
    if rated:
        r.traits.add("rate-in-line")
        w.p(f"{cap(noun(rng, rated[0].key))} were {rated[0].show()} at {long(q_end)}, a rate of {rate_words(rated[0])}.")
    extra, money = _extras(r, figs, q_end)
    for tx in extra:
        w.p(tx)
    w.p("5. Implications", bold=True, size=12)
    w.p(f"Financial: {money}")
    w.p("Legal: none arising from this report.")
    nxt = r.meeting + dt.timedelta(weeks=rng.randint(3, 6), days=3)
    w.p(f"The results go to the Overview and Scrutiny Committee on {long(nxt, weekday=True)}.")
    r.traits |= {"trap-other-meeting-date", "other-meetings-listed"}
    return _job(r, final, work, w, pdf)
