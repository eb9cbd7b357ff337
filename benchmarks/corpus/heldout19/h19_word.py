"""Held-out-19 templates in Word files written with python-docx (some saved as .odt, PDF or plain
text by LibreOffice):

  performance-summary-runin-report  a Cabinet report with no performance table: a 'Summary of
                                    performance' section, one paragraph per indicator, the
                                    indicator's name a bold run-in heading ('Children looked
                                    after. Performance at the end of Quarter 2 was 552 (Quarter 1:
                                    540; target 560), rated Amber.'); the recommendations lettered
                                    (a) (b) by Word's numbering
  joint-cabinet-members-report      a joint report of two Cabinet Members (the lead member named
                                    first, the second one after), the recommendations numbered (i)
                                    (ii) by Word, the lead portfolio's three-quarter table and a
                                    second table of the partner portfolio's shared measures, both
                                    members' signatures
  kpi-card-report                   a report opening with a row of 'KPI cards' (a one-row table,
                                    each cell a big value, the indicator, its target, the quarter
                                    before and a status) and the full table of quarters after it;
                                    the recommendations typed 1. 2.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

from council import COUNCIL, METRICS
from h3_model import step, value_for
from h7_common import Word
from h18_word import NOTE, _job, _rate_sentence, _table
from h19_common import (PORTFOLIOS, Job, Report, _extras, add_numbering, background, ends, items, long,
                        lookalike, meeting_date, noun, other_member, partner, perf, perf_rows15, q_words,
                        quarter_name, rate_words, set_num, shade, status, thanks, who, word_counts)

MARK = {"p": " (p)", "star": "*", "sup": ""}


# =====================================================================================
# performance-summary-runin-report
# =====================================================================================

def make_runin(r: Report, final: Path, work: Path, pdf: bool = False) -> Job:
    rng = r.rng
    v = r.variant
    q_end, qs, figs = perf(r, n=(3, 4), rates=0.85)
    date = meeting_date(r, [0, 3, 2, 1, 4, 0][v % 6])
    member = who(r, ["cllr-initial", "full", "cllr-dot", "councillor-initial", "cllr-full", "cllr-dot"][v % 6])
    r.traits |= {"run-in-headings", "performance-in-prose", "cover-lines", "auto-numbering", "lettered-items",
                 "agenda-item-number", "report-date-before-meeting-date", "trap-phone", "implications",
                 "rate-in-line", "decimal-section-numbers"}
    w = Word("Arial", 11)
    doc = w.doc
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.5)
    sec.footer.paragraphs[0].text = f"{r.executive} {long(r.meeting)} \u2013 Item {r.item}"
    num = add_numbering(doc, 51, [("lowerLetter", "(%1)", 1134, 567)])
    w.p(COUNCIL.upper(), bold=True, size=12)
    w.p(f"Report to {r.executive}", size=12)
    w.p(r.title, bold=True, size=16)
    for lab, val in (("Meeting date", date), ("Agenda item", str(r.item)),
                     (f"{'Cabinet' if r.cabinet else 'Executive'} Member", f"{member}, {r.role}"),
                     ("Report author", f"{r.officer[0]}, {r.officer[1]}"), ("Telephone", r.officer[2]),
                     ("Date of report", long(r.report_date)), ("Wards affected", "All wards")):
        p = w.runs([(lab + ":\t", "b"), (val, "")])
        p.paragraph_format.tab_stops.add_tab_stop(Cm(4.5))
        p.paragraph_format.space_after = Pt(2)
    w.p()
    w.p("1. Purpose of report", bold=True, size=12)
    w.p(f"1.1 To summarise the performance of the {PORTFOLIOS[r.portfolio]} portfolio at the end of "
        f"{quarter_name(q_end, 'quarter')} ({long(q_end)}) and to seek the decisions set out below.")
    w.p("2. Recommendations", bold=True, size=12)
    w.p(f"2.1 That {r.executive}:")
    its = items(r, "third", "notes the summary of performance in section 4")
    for k, it in enumerate(its):
        p = w.p(it + ends(k, len(its)))
        set_num(p, num, 0)
        if k:
            r.commit(it + ends(k, len(its)))
    w.p("3. Background", bold=True, size=12)
    for k, tx in enumerate([x for x in (thanks(r), background(r, 1)[0], other_member(r), word_counts(r)) if x], 1):
        w.p(f"3.{k} {tx}")
    w.p("4. Summary of performance", bold=True, size=12)
    w.p(f"4.1 Each indicator is summarised below: its position at the end of {q_words(q_end)} "
        f"({quarter_name(q_end)}), the quarter before in brackets and the target for the quarter.")
    mark = ["sup", "star", "p", "sup", "star", "p"][v % 6]
    marked = rng.choice(figs)
    marked.marker = mark
    lab, lv = lookalike(r, 2)
    ctx = rng.randint(0, len(figs))
    for n, f in enumerate(figs + [None]):
        if n == ctx:
            w.runs([(f"{lab} (for context only). ", "b"),
                    (f"There were {lv[1]} at the end of {q_words(q_end)} ({q_words(qs[1])}: {lv[0]}). "
                     "This is not a performance indicator and has no target.", "")])
        if f is None:
            break
        parts = [(f"{f.label}. ", "b"),
                 (f"Performance at the end of {q_words(q_end)} was {f.show()}{MARK[mark] if f is marked else ''}", "")]
        if f is marked and mark == "sup":
            parts.append(("1", "sup"))
        parts.append((f" ({q_words(qs[1])}: {f.show(f.history[1])}; target {f.target}), rated {status(f)}.", ""))
        if f.rate is not None:
            parts.append((f" This is a rate of {rate_words(f)}.", ""))
        if rng.random() < 0.5:
            parts.append((f" In {q_words(qs[0])} it was {f.show(f.history[0])}.", ""))
        w.runs(parts)
    w.p(NOTE[mark], size=8.5)
    extra, money = _extras(r, figs, q_end)
    for k, tx in enumerate(extra, 2):
        w.p(f"4.{k} {tx}")
    w.p("5. Implications", bold=True, size=12)
    w.p(f"5.1 Financial implications: {money}")
    w.p("5.2 Legal implications: none arising from this report.")
    w.p("5.3 Equality implications: an equality impact assessment is not needed for a performance summary.")
    nxt = r.meeting + dt.timedelta(weeks=rng.randint(3, 6), days=2)
    w.p("6. Next steps", bold=True, size=12)
    w.p(f"6.1 The Overview and Scrutiny Committee will consider this summary on {long(nxt, weekday=True)}.")
    r.traits |= {"trap-other-meeting-date", "other-meetings-listed"}
    w.p("Background documents: none.", size=10)
    return _job(r, final, work, w, pdf)


# =====================================================================================
# joint-cabinet-members-report
# =====================================================================================

def make_joint(r: Report, final: Path, work: Path, pdf: bool = False) -> Job:
    rng = r.rng
    v = r.variant
    q_end, qs, figs = perf(r, n=(3, 4), rates=0.85)
    date = meeting_date(r, [2, 0, 3, 1, 4, 2][v % 6])
    form = ["cllr-dot", "cllr-full", "councillor-initial", "full", "cllr-initial", "cllr-dot"][v % 6]
    member = who(r, form)
    m2, p2 = partner(r)
    m2_text = {"cllr-dot": f"Cllr {m2.first[0]}. {m2.surname}", "cllr-full": f"Cllr {m2.name}",
               "councillor-initial": f"Councillor {m2.first[0]} {m2.surname}", "full": f"Councillor {m2.name}",
               "cllr-initial": f"Cllr {m2.first[0]} {m2.surname}"}[form]
    role2 = f"{'Cabinet' if r.cabinet else 'Executive'} Member for {PORTFOLIOS[p2]}"
    r.traits |= {"joint-report", "cover-table", "auto-numbering", "roman-items", "agenda-item-number",
                 "report-date-before-meeting-date", "trap-phone", "implications", "signature", "period-columns",
                 "target-column", "performance-table", "rag-column", "decimal-section-numbers"}
    w = Word("Calibri", 11)
    doc = w.doc
    doc.sections[0].header.paragraphs[0].text = f"{COUNCIL} \u2013 joint report"
    num = add_numbering(doc, 61, [("lowerRoman", "(%1)", 1134, 567)])
    w.p(COUNCIL, bold=True, size=12)
    w.p(f"JOINT REPORT OF THE {'CABINET' if r.cabinet else 'EXECUTIVE'} MEMBERS", bold=True, size=11)
    w.p(r.title, bold=True, size=17)
    cover = [["Meeting", r.executive], ["Date of meeting", date], ["Agenda item", str(r.item)],
             ["Joint report of", f"{member}, {r.role} (lead member)\n{m2_text}, {role2}"],
             ["Lead officer", f"{r.officer[0]}, {r.officer[1]}"], ["Contact", f"{r.officer[2]}, {r.officer[3]}"],
             ["Report date", long(r.report_date)], ["Key decision", "No"]]
    t = _table(doc, cover, widths=[4.2, 12.2], size=10, head=False)
    for a in range(len(cover)):
        shade(t.cell(a, 0), "E7E6E6")
    w.p()
    w.p("1. Purpose", bold=True, size=12)
    w.p(f"1.1 This joint report sets out progress on the {PORTFOLIOS[r.portfolio]} portfolio, which leads the work, "
        f"and on the measures it shares with the {PORTFOLIOS[p2]} portfolio, for {quarter_name(q_end, 'quarter')} "
        f"(to {long(q_end)}).")
    w.p("2. Recommendations", bold=True, size=12)
    w.p(f"2.1 {r.executive} is recommended to:")
    its = items(r, "lower", "note the performance set out in section 4")
    for k, it in enumerate(its):
        p = w.p(it + ends(k, len(its)))
        set_num(p, num, 0)
        if k:
            r.commit(it + ends(k, len(its)))
    w.p("3. Background", bold=True, size=12)
    for k, tx in enumerate([x for x in (thanks(r), background(r, 1)[0]) if x], 1):
        w.p(f"3.{k} {tx}")
    w.p(f"3.{k + 1} {m2_text} contributes the shared measures in table 2; they are reported in full to "
        f"{r.executive} by the {PORTFOLIOS[p2]} portfolio.")
    w.p("4. Performance", bold=True, size=12)
    w.p(f"4.1 Table 1: {PORTFOLIOS[r.portfolio]} (lead portfolio)", bold=True, size=10)
    mark = ["star", "sup", "p", "star", "sup", "p"][v % 6]
    head, rows, marked = perf_rows15(r, figs, qs, marker=mark, rag=True)
    out = [head]
    for row in rows:
        if marked is not None and row[0] == marked.label and mark == "sup":
            row = row[:3] + [[(row[3], ""), ("1", "sup")]] + row[4:]
        out.append(row)
    _table(doc, out, size=9, widths=[6.0] + [2.1] * (len(head) - 1), fill="D9D9D9")
    w.p(NOTE[mark], size=8.5)
    w.p(f"4.2 Table 2: shared measures reported by {PORTFOLIOS[p2]} (for information)", bold=True, size=10)
    shared = [["Measure", quarter_name(qs[1]), quarter_name(q_end)]]
    pool = [m for m in METRICS if m.portfolio == p2 and (m.since or q_end) <= q_end]
    for m in rng.sample(pool, min(2, len(pool))):
        val = value_for(rng, m)
        before = step(rng, m, val)
        show = (lambda x: f"{x:.1f}%") if m.kind == "percent" else (lambda x: f"{int(x):,}")
        shared.append([m.label, show(before), show(val)])
    r.traits.add("trap-cross-portfolio")
    _table(doc, shared, size=9, widths=[8.0, 3.0, 3.0], fill="D9D9D9")
    rs = _rate_sentence(r, figs)
    extra, money = _extras(r, figs, q_end)
    for k, tx in enumerate(([rs] if rs else []) + extra, 3):
        w.p(f"4.{k} {tx}")
    w.p("5. Implications", bold=True, size=12)
    w.p(f"5.1 Financial: {money}")
    w.p("5.2 Legal: none arising from this report.")
    w.p("5.3 Risk: the shared programme is on both directorates' risk registers.")
    nxt = r.meeting + dt.timedelta(weeks=rng.randint(3, 6), days=3)
    w.p("6. Next steps", bold=True, size=12)
    w.p(f"6.1 The Overview and Scrutiny Committee will consider the joint report on {long(nxt, weekday=True)}.")
    r.traits |= {"trap-other-meeting-date", "other-meetings-listed"}
    w.p()
    sig = doc.add_table(rows=3, cols=2)
    for c, (name, role) in enumerate(((member, r.role), (m2_text, role2))):
        sig.cell(0, c).paragraphs[0].add_run("Signed:  ________________").font.size = Pt(10)
        sig.cell(1, c).paragraphs[0].add_run(name).bold = True
        sig.cell(2, c).paragraphs[0].add_run(role).font.size = Pt(10)
    return _job(r, final, work, w, pdf)


# =====================================================================================
# kpi-card-report
# =====================================================================================

def make_cards(r: Report, final: Path, work: Path, pdf: bool = False) -> Job:
    rng = r.rng
    v = r.variant
    q_end, qs, figs = perf(r, n=(3, 4), rates=0.85)
    date = meeting_date(r, [1, 4, 0, 3, 2, 1][v % 6])
    member = who(r, ["cllr-full", "cllr-dot", "full", "cllr-initial", "councillor-initial", "cllr-full"][v % 6])
    r.traits |= {"kpi-cards", "cover-lines", "typed-numbering", "agenda-item-number", "report-date-before-meeting-date",
                 "trap-phone", "implications", "period-columns", "target-column", "performance-table"}
    w = Word("Segoe UI", 10.5)
    doc = w.doc
    doc.sections[0].footer.paragraphs[0].text = f"{COUNCIL} | {r.executive} | {long(r.meeting)}"
    head = w.p(f"{COUNCIL}  \u2022  {r.executive}", size=10)
    head.runs[0].font.color.rgb = RGBColor(0x44, 0x54, 0x6A)
    w.p(r.title, bold=True, size=18)
    w.p(f"{PORTFOLIOS[r.portfolio]}: performance at a glance, {quarter_name(q_end, 'quarter')}", size=12)
    for lab, val in (("Date of meeting", date), ("Item", str(r.item)), ("Portfolio holder", f"{member}, {r.role}"),
                     ("Report author", f"{r.officer[0]} ({r.officer[2]})"), ("Published", long(r.report_date))):
        p = w.runs([(lab + ": ", "b"), (val, "")])
        p.paragraph_format.space_after = Pt(1)
    w.p()
    mark = ["p", "star", "sup", "p", "star", "sup"][v % 6]
    marked = rng.choice(figs)
    marked.marker = mark
    fill = {"Green": "E2EFDA", "Amber": "FFF2CC", "Red": "FCE4D6"}
    cards = doc.add_table(rows=1, cols=len(figs))
    cards.alignment = 1
    for c, f in enumerate(figs):
        cell = cards.cell(0, c)
        shade(cell, fill[status(f)])
        cell.width = Cm(16.0 / len(figs))
        p = cell.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = p.add_run(f.show() + (MARK[mark] if f is marked else ""))
        run.bold = True
        run.font.size = Pt(22)
        if f is marked and mark == "sup":
            s = p.add_run("1")
            s.font.superscript = True
            s.font.size = Pt(12)
        for text, size, bold in ((f.label, 9.5, True), (f"Target: {f.target}", 8.5, False),
                                 (f"{quarter_name(qs[1], 'short')}: {f.show(f.history[1])}", 8.5, False),
                                 (status(f), 8.5, True)):
            q = cell.add_paragraph()
            q.alignment = WD_ALIGN_PARAGRAPH.CENTER
            rr = q.add_run(text)
            rr.font.size = Pt(size)
            rr.bold = bold
    w.p(f"Latest values are for {quarter_name(q_end)}, the quarter to {long(q_end)}. {NOTE[mark]}", size=8.5)
    w.p("Recommendations", bold=True, size=13)
    w.p(f"{r.executive} is asked to:")
    its = items(r, "lower", "note the performance at a glance")
    for k, it in enumerate(its):
        p = w.p(f"{k + 1}. {it}{ends(k, len(its))}")
        p.paragraph_format.left_indent = Cm(0.8)
        p.paragraph_format.first_line_indent = Cm(-0.8)
        if k:
            r.commit(it + ends(k, len(its)))
    w.p("Background", bold=True, size=13)
    for tx in [x for x in (thanks(r), background(r, 1)[0], other_member(r)) if x]:
        w.p(tx)
    w.p("Indicator detail", bold=True, size=13)
    head_row, rows, _ = perf_rows15(r, figs, qs, marker="", rag=False)
    by_label = {f.label: f for f in figs}
    out = [head_row]
    for row in rows:
        f = by_label.get(row[0])
        if f is marked:
            row = row[:3] + ([[(row[3], ""), ("1", "sup")]] if mark == "sup" else [row[3] + MARK[mark]]) + row[4:]
        out.append(row)
    _table(doc, out, size=9, widths=[6.4] + [2.4] * (len(head_row) - 1), fill="D6DCE4")
    rs = _rate_sentence(r, figs)
    extra, money = _extras(r, figs, q_end)
    for tx in ([rs] if rs else []) + extra:
        w.p(tx)
    w.p("Implications", bold=True, size=13)
    w.p(f"Financial: {money}")
    w.p("Legal: none.")
    nxt = r.meeting + dt.timedelta(weeks=rng.randint(3, 6), days=1)
    w.p(f"The Scrutiny Management Board will look at the cards on {long(nxt)}.")
    r.traits |= {"trap-other-meeting-date", "other-meetings-listed"}
    return _job(r, final, work, w, pdf)
