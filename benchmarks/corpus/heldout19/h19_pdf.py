"""Held-out-19 template drawn straight to PDF with reportlab (../heldout12's page layout engine),
laid out as Microsoft Word exports a report ('Save as PDF' from Word for Microsoft 365):

  word-export-pdf-report  a Cabinet report with Word's look when saved as PDF: 'OFFICIAL' centred
                          in the header, 'Page 1 of 3' in the footer, a bordered cover table, the
                          recommendations typed 1. 2. with a hanging indent after 'RECOMMENDED that
                          Cabinet:', a 'latest period' table (Indicator, Frequency, Latest period,
                          Value, Previous value, Target, Status) whose period is a column, not a
                          heading; rate rows; the producer Word's own
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from council import COUNCIL
from h12_common import Pager, draw_ops
from h19_common import (PORTFOLIOS, Job, Report, _extras, background, cap, ends, items, long, lookalike,
                        meeting_date, noun, other_member, perf, quarter_name, rate_words, row_rate, status, thanks,
                        who, word_counts)


def make_wordpdf(r: Report, final: Path, work: Path, pdf: bool = False) -> Job:
    rng = r.rng
    v = r.variant
    q_end, qs, figs = perf(r, n=(3, 4), rates=0.85)
    date = meeting_date(r, [1, 0, 3, 2, 4][v % 5])
    member = who(r, ["cllr-full", "cllr-dot", "full", "councillor-initial", "cllr-initial"][v % 5])
    r.traits |= {"word-exported-pdf", "latest-period-column", "cover-table", "typed-numbering", "agenda-item-number",
                 "report-date-before-meeting-date", "trap-phone", "implications", "target-column",
                 "performance-table", "rag-column", "page-x-of-y"}
    p = Pager(font="Helvetica", bold="Helvetica-Bold", size=10.5, left=72, right=72, top=82, bottom=78)
    p.para(COUNCIL, font="Helvetica-Bold", size=14, after=2)
    p.para(f"Report to {r.executive}", size=12, after=10)
    p.para(r.title, font="Helvetica-Bold", size=16, after=10)
    cover = [["Meeting", r.executive], ["Date", date], ["Agenda item", str(r.item)],
             ["Portfolio", PORTFOLIOS[r.portfolio]],
             [f"{'Cabinet' if r.cabinet else 'Executive'} Member", f"{member}, {r.role}"],
             ["Lead officer", f"{r.officer[0]}, {r.officer[1]}"], ["Tel", r.officer[2]],
             ["Report date", long(r.report_date)], ["Exempt", "No"]]
    p.table([["Report details", ""]] + cover, [130, 321], size=9.5, head_fill=(0.87, 0.87, 0.87), after=12)
    p.para("1. Recommendations", font="Helvetica-Bold", size=12)
    p.para(f"RECOMMENDED that {r.executive}:")
    its = items(r, "lower", "note the performance set out in section 4")
    for k, it in enumerate(its):
        p.para(f"{it}{ends(k, len(its))}", indent=26, hang=f"{k + 1}.")
        if k:
            r.commit(it + ends(k, len(its)))
    p.para("2. Reasons for the recommendations", font="Helvetica-Bold", size=12)
    p.para(f"{r.executive} receives a report on each portfolio every quarter. This one covers "
           f"{quarter_name(q_end, 'quarter')}, to {long(q_end)}.")
    p.para("3. Background", font="Helvetica-Bold", size=12)
    for tx in [x for x in (thanks(r), background(r, 1)[0], other_member(r), word_counts(r)) if x]:
        p.para(tx)
    p.para("4. Performance", font="Helvetica-Bold", size=12)
    p.para("The table gives each indicator's latest value, the period it is for and the value for the period "
           "before. Status compares the latest value with the target.")
    mark = ["star", "p", "sup", "star", "p"][v % 5]
    marked = rng.choice(figs)
    marked.marker = mark
    head = ["Indicator", "Frequency", "Latest period", "Value", "Previous value", "Target", "Status"]
    rows, sup = [head], {}
    lab, lv = lookalike(r, 2)
    ctx = rng.randint(1, len(figs))
    for n, f in enumerate(figs):
        val = f.show() + ({"p": " (p)", "star": "*", "sup": ""}[mark] if f is marked else "")
        rows.append([f.label, "Quarterly", quarter_name(q_end), val, f.show(f.history[1]), f.target, status(f)])
        if f is marked and mark == "sup":
            sup[(len(rows) - 1, 3)] = "1"
        if f.rate is not None:
            rows.append([row_rate(f), "", "", f"{f.rate:.1f}", f"{f.rate_at(f.history[1], qs[1]):.1f}", "", ""])
            r.traits.add("rate-row")
        if n + 1 == ctx:
            rows.append([f"{lab} (contextual)", "Quarterly", quarter_name(q_end), lv[1], lv[0], "\u2013", "\u2013"])
    p.table(rows, [132, 52, 60, 50, 52, 48, 48], size=8.5, head_fill=(0.85, 0.85, 0.85), sup=sup)
    p.para({"sup": "1 Provisional figure, to be confirmed.", "p": "(p) provisional",
            "star": "* provisional until year-end validation"}[mark], size=8.5)
    rated = [f for f in figs if f.rate is not None]
    if rated:
        r.traits.add("rate-in-line")
        p.para(f"{cap(noun(rng, rated[0].key))} stood at {rated[0].show()}, a rate of {rate_words(rated[0])}.")
    extra, money = _extras(r, figs, q_end)
    for tx in extra:
        p.para(tx)
    p.para("5. Implications", font="Helvetica-Bold", size=12)
    p.para(f"5.1 Financial: {money}")
    p.para("5.2 Legal: there are no legal implications arising from this report.")
    p.para("5.3 Equalities: no adverse impact identified.")
    nxt = r.meeting + dt.timedelta(weeks=rng.randint(3, 6), days=2)
    p.para("6. Next steps", font="Helvetica-Bold", size=12)
    p.para(f"The Overview and Scrutiny Committee will look at the report on {long(nxt, weekday=True)}.")
    r.traits |= {"trap-other-meeting-date", "other-meetings-listed", "decimal-section-numbers"}
    p.para("Background papers: none.", size=9.5)
    out = work / (final.stem + ".pdf") if pdf else final
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setCreator("Microsoft\u00ae Word for Microsoft 365")
    c.setProducer("Microsoft\u00ae Word for Microsoft 365")
    c.setAuthor(r.officer[0])
    c.setTitle(r.title)
    W, H = A4
    n = len(p.pages)
    for k, ops in enumerate(p.pages, 1):
        c.setFont("Helvetica-Bold", 9)
        c.drawCentredString(W / 2, H - 40, "OFFICIAL")
        draw_ops(c, ops)
        c.setFont("Helvetica", 9)
        c.drawCentredString(W / 2, 36, f"Page {k} of {n}")
        c.showPage()
    c.save()
    return Job(r, final, out, [])
